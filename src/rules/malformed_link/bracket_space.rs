//! `[ECoT VLA] (https://openreview.net/...)`: a space between the text and
//! the address keeps Markdown from reading a link, so the brackets, the
//! parentheses and the address show as plain text and nothing is linked.

use super::finding::diagnostic;
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::span::Span;
use regex::Regex;
use std::sync::LazyLock;

/// Bracketed text, spaces, then a web address alone in parentheses.
static SPACED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\[([^\[\]\n]+)\]([ \t]+)\((https?://[^()\s]+)\)").expect("valid regex")
});

/// The findings for a line that starts at byte `start` of the document;
/// `shown(at)` tells whether the line's byte `at` shows as text (not in a
/// code span nor a comment).
pub(super) fn spaced_after_bracket(
    line: &str,
    start: usize,
    shown: impl Fn(usize) -> bool,
) -> Vec<Diagnostic> {
    if !line.contains("] (") && !line.contains("]\t(") {
        return Vec::new();
    }
    SPACED
        .captures_iter(line)
        .filter_map(|c| {
            let (whole, space) = (c.get(0)?, c.get(2)?);
            if !shown(whole.start()) {
                return None;
            }
            let fix = Fix::unsafe_(vec![Edit::replace(
                Span::new(start + space.start(), start + space.end()),
                "",
            )]);
            Some(
                diagnostic(
                    Span::new(start + whole.start(), start + whole.end()),
                    format!(
                        "a space between `[{}]` and `(...)` keeps this from being a link: it shows as plain text",
                        &c[1]
                    ),
                )
                .with_help("remove the space between `]` and `(`")
                .with_fix(Some(fix)),
            )
        })
        .collect()
}
