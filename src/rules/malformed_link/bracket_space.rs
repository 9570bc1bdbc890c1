//! `[ECoT VLA] (https://openreview.net/...)`, `[Codes] (#codes)`: a space
//! between the text and the address keeps Markdown from reading a link, so the brackets, the
//! parentheses and the address show as plain text and nothing is linked.

use super::finding::diagnostic;
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::span::Span;
use regex::Regex;
use std::sync::LazyLock;

/// Bracketed text (holding one level of brackets, `[[paper]]`, as many
/// lists label links), spaces, then a web address or a `#fragment` (a
/// contents entry, `[Codes] (#codes)`) alone in parentheses.
static SPACED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\[((?:[^\[\]\n]|\[[^\[\]\n]*\])+)\]([ \t]+)\((https?://[^()\s]+|#[^()\s]+)\)")
        .expect("valid regex")
});

/// The findings for a line that starts at byte `start` of the document
/// `text`; `shown(at)` tells whether the line's byte `at` shows as text
/// (not in a code span nor a comment).
pub(super) fn spaced_after_bracket(
    text: &str,
    line: &str,
    start: usize,
    shown: impl Fn(usize) -> bool,
) -> Vec<Diagnostic> {
    if !spaced_paren(line) {
        return Vec::new();
    }
    SPACED
        .captures_iter(line)
        .filter_map(|c| {
            let (whole, label, space) = (c.get(0)?, c.get(1)?, c.get(2)?);
            if !shown(whole.start())
                || is_something_else(text, &line[..whole.start()], label.as_str())
            {
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
                        "a space between `[{}]` and `(...)` keeps the text from being a link: the brackets show as typed",
                        &c[1]
                    ),
                )
                .with_help("remove the space between `]` and `(`")
                .with_fix(Some(fix)),
            )
        })
        .collect()
}

/// Whether a `]` is followed by spaces or tabs, one or more, and a `(`: the
/// cheap test before the pattern runs (on the whole document too, so read
/// as bytes: a `]` that a space does not follow is left at once).
pub(super) fn spaced_paren(line: &str) -> bool {
    let bytes = line.as_bytes();
    memchr::memchr_iter(b']', bytes).any(|at| {
        let after = &bytes[at + 1..];
        let spaces = after
            .iter()
            .take_while(|&&b| b == b' ' || b == b'\t')
            .count();
        spaces > 0 && after.get(spaces) == Some(&b'(')
    })
}

/// Brackets that are something else than a link's text: a task list's
/// checkbox (`- [ ] (https://...)`), escaped brackets (`\[text\]`), a
/// footnote (`[^1]`), or a reference the document defines (`[Transformer]`
/// with `[Transformer]: url`), already a link.
fn is_something_else(text: &str, before: &str, label: &str) -> bool {
    let checkbox = matches!(label, " " | "x" | "X");
    let escaped = before.ends_with('\\') || label.ends_with('\\');
    let footnote = label.starts_with('^');
    let defined = || {
        let wanted = format!("[{}]:", label.to_lowercase());
        text.lines()
            .any(|l| l.trim_start().to_lowercase().starts_with(&wanted))
    };
    checkbox || escaped || footnote || defined()
}
