//! What `add` is given (the paper, the options) and what it gives back.

use crate::knowledge::ids::{arxiv_link, ArxivLink};
use crate::Settings;

/// What is known about the paper to add.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Paper {
    pub title: String,
    /// The paper's page (arXiv abs, OpenReview forum), for the title link.
    pub url: Option<String>,
    pub year: Option<i32>,
    /// 1-12, when known.
    pub month: Option<u8>,
    /// 1-31, when known.
    pub day: Option<u8>,
    /// Where it was published, as any source writes it ("NeurIPS 2023",
    /// "ICLR 2024 poster"); `None`: unpublished.
    pub venue: Option<String>,
    /// The code repository.
    pub code: Option<String>,
}

impl Paper {
    /// A paper known only by its arXiv id or URL: its page and the year
    /// and month the id gives.
    pub fn from_arxiv(id_or_url: &str) -> Option<Paper> {
        let url = if id_or_url.contains("://") {
            id_or_url.to_string()
        } else {
            format!("https://arxiv.org/abs/{id_or_url}")
        };
        let Some(ArxivLink::Valid(id)) = arxiv_link(&url) else {
            return None;
        };
        Some(Paper {
            url: Some(format!("https://arxiv.org/abs/{}", id.id)),
            year: Some(id.year),
            month: u8::try_from(id.month).ok(),
            ..Paper::default()
        })
    }
}

/// Where and how to add.
#[derive(Debug, Clone, Default)]
pub struct AddOptions {
    /// Case-insensitive prefix of a heading above the target table, or of
    /// several in order, separated by `>` (`Gradient > CNN`).
    pub section: Option<String>,
    /// Values of other columns, by header (case-insensitive).
    pub set: Vec<(String, String)>,
    pub settings: Settings,
}

/// The text with the row added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Addition {
    pub text: String,
    /// The row as written, without its line ending.
    pub row: String,
    /// 1-based line of the new row in the new text.
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AddError {
    #[error("the list has no paper table")]
    NoTable,
    #[error("no paper table under a heading starting with `{0}`")]
    NoSection(String),
    #[error("several paper tables could take the row; choose one with --section:\n{}", .0.join("\n"))]
    Ambiguous(Vec<String>),
    #[error("the table has no column `{0}` (--set)")]
    UnknownColumn(String),
    #[error("{0}")]
    Missing(String),
    #[error("the paper is already listed, line {line}: {row}")]
    Duplicate { line: usize, row: String },
}

impl AddError {
    /// Whether the error is the duplicate refusal (exit 1), not bad input.
    pub fn is_duplicate(&self) -> bool {
        matches!(self, AddError::Duplicate { .. })
    }
}
