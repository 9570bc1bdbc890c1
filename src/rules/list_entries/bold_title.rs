//! A title written in bold: `1. **Title** *Authors* [[pdf]](...)`. Four
//! words or more read as a title anywhere in the item; a shorter bold text
//! that opens the item (`1. **Contrastive Multiview Coding** *Tian et al.*
//! ...`) is a title only in a list that writes its titles so by habit,
//! which the caller judges.

use super::title_words::{is_label, is_title};
use crate::span::Span;
use std::sync::LazyLock;

/// Bold text: `**Title**` or `__Title__`.
static BOLD: LazyLock<regex::Regex> =
    LazyLock::new(|| regex::Regex::new(r"\*\*([^*\n]+?)\*\*|__([^_\n]+?)__").expect("valid regex"));

/// Words a short bold title has at least: one bold word is a name
/// (`**BERT**`), not a title.
const SHORT_TITLE_WORDS: usize = 2;

/// An item's bold title, by where it stands and how long it is.
pub(super) enum BoldTitle {
    /// Four words or more: a title wherever it stands.
    Long(Span),
    /// Two or three words opening the item, followed by no `:` or dash.
    Short(Span),
}

impl BoldTitle {
    pub(super) fn span(&self) -> Span {
        match self {
            BoldTitle::Long(span) | BoldTitle::Short(span) => *span,
        }
    }
}

/// The item's first bold text that reads as a title and holds no link,
/// or else a short one that opens the item. `text` is the item's text,
/// which starts at `start` in the document.
pub(super) fn bold_title(text: &str, start: usize) -> Option<BoldTitle> {
    let mut first = true;
    for c in BOLD.captures_iter(text) {
        let (Some(whole), Some(inner)) = (c.get(0), c.get(1).or_else(|| c.get(2))) else {
            continue;
        };
        let span = Span::new(start + whole.start(), start + whole.end());
        let inner = inner.as_str();
        if !inner.contains('[') && is_title(inner) {
            return Some(BoldTitle::Long(span));
        }
        if first
            && opens_the_item(&text[..whole.start()])
            && short_title(inner, &text[whole.end()..])
        {
            return Some(BoldTitle::Short(span));
        }
        first = false;
    }
    None
}

/// Whether only the item's marker stands before the bold text.
fn opens_the_item(before: &str) -> bool {
    before
        .trim()
        .trim_end_matches(['.', ')'])
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '-' | '*' | '+'))
}

/// Two or three words that are no link label, with no `:` or dash after
/// them: `**ViT**: An Image is Worth ...` names a model whose title follows.
fn short_title(inner: &str, after: &str) -> bool {
    let words = inner.split_whitespace().count();
    let after = after.trim_start();
    (SHORT_TITLE_WORDS..super::title_words::TITLE_WORDS).contains(&words)
        && !inner.contains(['[', ':'])
        && !inner.trim_end().ends_with([':', '.'])
        && !is_label(inner)
        && !after.starts_with([':', '-', '–', '—', '：'])
}
