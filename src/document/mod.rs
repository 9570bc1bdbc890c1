//! The document model: what a paper list is made of, every piece with the
//! byte span it came from. Built once by [`parse`]; rules only read it.

mod anchors;
mod cells;
mod parse;
mod slug;

pub use cells::{split_row, RawCell};
pub use parse::parse;
pub use slug::github_slug;

use crate::span::{LineIndex, Span};
use serde::{Deserialize, Serialize};

/// What a table column holds, decided from its header text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Title,
    Venue,
    Strategy,
    Code,
    Year,
    /// An extra column of paper links ("arXiv", "PDF").
    Paper,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Title => "title",
            Role::Venue => "venue",
            Role::Strategy => "strategy",
            Role::Code => "code",
            Role::Year => "year",
            Role::Paper => "paper",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Document<'a> {
    pub text: &'a str,
    pub lines: LineIndex,
    pub headings: Vec<Heading>,
    /// Anchors written by hand: `<a name="x">`, `id="x"`.
    pub anchors: Vec<Anchor>,
    /// Links to `#fragment`s of this document.
    pub fragment_links: Vec<Link>,
    /// Tables whose header names a title column; other tables are left out.
    pub tables: Vec<Table<'a>>,
}

#[derive(Debug, Clone)]
pub struct Heading {
    pub level: u8,
    /// The heading's text as rendered (inline markup and HTML removed).
    pub text: String,
    pub span: Span,
    /// The anchor GitHub generates for it, with -1, -2 for repeated titles.
    pub slug: String,
    /// The closest heading of a higher level before this one.
    pub parent: Option<usize>,
}

#[derive(Debug, Clone)]
pub struct Anchor {
    pub name: String,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub text: String,
    pub url: String,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Column {
    pub header: String,
    pub role: Option<Role>,
}

#[derive(Debug, Clone)]
pub struct Table<'a> {
    pub span: Span,
    /// The heading this table sits under, if any.
    pub heading: Option<usize>,
    pub header: Row<'a>,
    pub columns: Vec<Column>,
    pub rows: Vec<Row<'a>>,
}

impl Table<'_> {
    pub fn column(&self, role: Role) -> Option<usize> {
        self.columns.iter().position(|c| c.role == Some(role))
    }
}

#[derive(Debug, Clone)]
pub struct Row<'a> {
    /// The row's line, without the line terminator and any container prefix.
    pub span: Span,
    pub cells: Vec<Cell<'a>>,
    pub has_trailing_pipe: bool,
}

impl<'a> Row<'a> {
    pub fn cell(&self, column: Option<usize>) -> Option<&Cell<'a>> {
        column.and_then(|c| self.cells.get(c))
    }
}

#[derive(Debug, Clone)]
pub struct Cell<'a> {
    /// The cell's content, without the padding around it.
    pub span: Span,
    /// Everything between the two pipes, padding included.
    pub outer: Span,
    /// The raw Markdown of the content.
    pub raw: &'a str,
    /// The rendered text, when it differs from `raw` (links, emphasis, escapes).
    rendered: Option<String>,
    pub links: Vec<Link>,
}

impl<'a> Cell<'a> {
    /// The text a reader sees: link text instead of link syntax, no emphasis.
    pub fn text(&self) -> &str {
        self.rendered.as_deref().unwrap_or(self.raw).trim()
    }

    pub fn is_blank(&self) -> bool {
        self.text().is_empty() && self.links.is_empty()
    }
}

impl Document<'_> {
    /// The heading itself and all headings above it, nearest first.
    pub fn heading_chain(&self, heading: Option<usize>) -> impl Iterator<Item = &Heading> {
        let mut next = heading;
        std::iter::from_fn(move || {
            let current = next?;
            next = self.headings[current].parent;
            Some(&self.headings[current])
        })
    }

    /// 1-based line number of a byte offset.
    pub fn line_number(&self, offset: usize) -> usize {
        self.lines.line_of(offset) + 1
    }
}
