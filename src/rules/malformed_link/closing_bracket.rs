//! A `]` or `)` after a link outside tables that nothing before it opens:
//! shown as text, as in `[pdf](https://...)]` or `[[pdf]](https://...))`.

use super::finding::diagnostic;
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::span::Span;

/// Outside tables, a `]` right after a link (`[10.1016/j.sbi...](https://doi.org/...)]`)
/// that no `[` before the link in its paragraph or list item opens,
/// brackets counted: the reader sees it. Of `[[A](...)]]` the second is
/// reported. The safe fix deletes it. A line of a table is left to the
/// cells' check.
pub(super) fn stray_closing_bracket_in_prose(text: &str, link: Span) -> Option<Diagnostic> {
    let (span, open) = unopened_mark_after(text, link, b'[', b']')?;
    let line_start = text[..link.start].rfind('\n').map_or(0, |at| at + 1);
    // Among bracketed links (`[[pdf](...)] [demo](...)]`) the link lost
    // its `[`.
    let line_end = text[link.end..]
        .find('\n')
        .map_or(text.len(), |at| link.end + at);
    let bracketed =
        text[line_start..link.start].contains("[[") || text[link.end..line_end].contains("[[");
    // `[[paper link]](...)]`: the link's text holds its brackets already.
    let text_in_brackets = text[link.start + 1..].starts_with('[');
    if bracketed && open == 0 && !text_in_brackets {
        return Some(
            diagnostic(
                span,
                "the `]` after the link shows in the text: the `[` that opens it is missing"
                    .to_string(),
            )
            .with_label("`]` without its `[`")
            .with_help("write `[` before the link, as the other links have")
            .with_fix(Some(Fix::safe(vec![Edit::insert(link.start, "[")]))),
        );
    }
    Some(
        diagnostic(
            span,
            "a `]` after the link is one too many and shows in the text".to_string(),
        )
        .with_label("stray `]`")
        .with_help("delete the `]`, or open it with a `[` before the link")
        .with_fix(Some(Fix::safe(vec![Edit::replace(span, "")]))),
    )
}

/// Outside tables, a `)` right after a link (`[[pdf]](http://arxiv.org/pdf/1312.5602.pdf))`)
/// that no `(` before the link in its paragraph or list item opens,
/// parentheses counted (`(see [x](...))` closes its own): the reader sees
/// it. (An address's own balanced parentheses, `.../Foo_(bar)`, are inside
/// the link.) The safe fix deletes it.
pub(super) fn stray_closing_paren_in_prose(text: &str, link: Span) -> Option<Diagnostic> {
    let (span, _) = unopened_mark_after(text, link, b'(', b')')?;
    Some(
        diagnostic(
            span,
            "a `)` after the link is one too many and shows in the text".to_string(),
        )
        .with_label("stray `)`")
        .with_help("delete the second `)`")
        .with_fix(Some(Fix::safe(vec![Edit::replace(span, "")]))),
    )
}

/// The first `close` mark right after a link written with `[`, outside a
/// table's line, that no `open` mark before the link in its paragraph or
/// list item, or in the link's text, opens, marks counted; and how many
/// stay open before it.
fn unopened_mark_after(text: &str, link: Span, open: u8, close: u8) -> Option<(Span, usize)> {
    let written = text.as_bytes().get(link.start) == Some(&b'[');
    let closing = text[link.end..].bytes().take_while(|&b| b == close).count();
    if !written || closing == 0 {
        return None;
    }
    let line_start = text[..link.start].rfind('\n').map_or(0, |at| at + 1);
    if text[line_start..].trim_start().starts_with('|') {
        return None;
    }
    // The link's own text counts: `[(Hopsworks Video](...))` shows
    // `(Hopsworks Video)`.
    let link_text = text[link.start..link.end]
        .rfind("](")
        .map_or("", |end| &text[link.start + 1..link.start + end]);
    let still_open = open_marks(entry_before(text, link.start), open, close)
        + open_marks(link_text, open, close);
    (closing > still_open).then(|| {
        let at = link.end + still_open;
        (Span::new(at, at + 1), still_open)
    })
}

/// The paragraph or list item up to `at`: back to a blank line or the
/// line that opens the item.
fn entry_before(text: &str, at: usize) -> &str {
    let mut start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    loop {
        let line = text[start..at].trim_start();
        let item = line.starts_with(['-', '*', '+', '#', '|'])
            || line.starts_with(|c: char| c.is_ascii_digit());
        if item || start == 0 {
            return &text[start..at];
        }
        let previous = text[..start - 1].rfind('\n').map_or(0, |i| i + 1);
        if text[previous..start].trim().is_empty() {
            return &text[start..at];
        }
        start = previous;
    }
}

/// How many `open` marks of `text` stay open at its end. An escaped `\[`
/// counts: it shows, and a `]` after the link closes it for the reader
/// (`\[[Paper](...)]`).
fn open_marks(text: &str, open: u8, close: u8) -> usize {
    text.bytes().fold(0, |depth: usize, b| {
        if b == open {
            depth + 1
        } else if b == close {
            depth.saturating_sub(1)
        } else {
            depth
        }
    })
}
