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

/// Two or three words that are no link label and end in no full stop or
/// colon of their own (`**rotatable bond.**`, a term defined), followed as
/// a reference follows its title: by the authors in italics, a comma
/// (inside the bold, `**GPT Understands, Too,**`, or after it), a full
/// stop, a line break. A name with an aside, a colon or a link after it
/// (`**Vision Transformer** (ViT)`, `**ViT**: An Image is ...`,
/// `**Vision Transformer** [[pdf]](...)`) names a model, not its paper.
fn short_title(inner: &str, after: &str) -> bool {
    let words = inner.split_whitespace().count();
    let after = after.trim_start_matches([' ', '\t']);
    let ends_like_a_reference = inner.trim_end().ends_with(',')
        || after.is_empty()
        || after.starts_with(['*', '_', ',', '.', '\n', '\r'])
        || after.starts_with("<br");
    (SHORT_TITLE_WORDS..super::title_words::TITLE_WORDS).contains(&words)
        && !inner.contains(['[', ':'])
        && !inner.trim_end().ends_with([':', '.'])
        && !is_label(inner)
        && ends_like_a_reference
}
