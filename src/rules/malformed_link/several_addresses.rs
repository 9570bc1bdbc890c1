//! `[link](https://a.org/x；ResNet：https://b.org/y)`: several addresses
//! typed into one link's parentheses, parted by a list's marks. The whole
//! is one URL no site serves, and the reader reaches none of the pages.

use super::finding::diagnostic;
use crate::diagnostic::Diagnostic;
use crate::span::Span;

/// Marks that part one address from the next in a list of them.
const LIST_MARKS: [char; 6] = [';', '；', ',', '，', '、', '|'];
/// Marks that end a label before an address (`串讲：https://`).
const LABEL_MARKS: [char; 2] = [':', '：'];

/// The finding on a link whose URL holds a second address after a list's
/// mark (`；https://`), or after a label that follows one (`；ViT：https://`).
pub(super) fn several_addresses(span: Span, url: &str) -> Option<Diagnostic> {
    let after_scheme = super::hosts::after_web_scheme(url)?;
    // A second address holds a second `://`: without one, no copy in
    // lower case is needed (this runs for every link).
    if !after_scheme.contains("://") {
        return None;
    }
    let first_len = url.len() - after_scheme.len();
    // In lower case (`;HTTPS://`); ASCII case keeps every byte's place.
    let lower = after_scheme.to_ascii_lowercase();
    let at = ["https://", "http://"]
        .iter()
        .filter_map(|scheme| crate::knowledge::text::find(&lower, scheme))
        .min()?;
    let before = &after_scheme[..at];
    // In a query or a fragment, an address is the site's to read.
    if before.contains(['?', '#', '=', '&']) {
        return None;
    }
    let mark = before.chars().next_back()?;
    let parted =
        LIST_MARKS.contains(&mark) || (LABEL_MARKS.contains(&mark) && before.contains(LIST_MARKS));
    if !parted {
        return None;
    }
    // The first address ends at the first mark of the list.
    let first = &url[..first_len + before.find(LIST_MARKS).unwrap_or(before.len() - 1)];
    Some(
        diagnostic(
            span,
            format!("the URL `{url}` holds several addresses, so the link leads to none of them"),
        )
        .with_label("several addresses in one link")
        .with_help(format!(
            "give each address a link of its own, the first `{first}`"
        )),
    )
}
