//! A `)` typed once too often after a link (`[Title](url))`): Markdown ends
//! the link at the first `)`, and the second one shows in the cell. Its
//! mirror, a `[` typed twice before one (`[[Source](url)`), shows too.

use super::finding::diagnostic;
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::document::Cell;
use crate::knowledge::text;
use crate::span::Span;

/// The cell's first link written with `[` followed straight by a `)` that
/// no `(` of the cell's own text opens, or by a `]` that no `[` opens
/// (`[Title](...)]`; `[[Paper](...)]` is a bracketed link): reported with
/// the safe fix that deletes it.
pub(super) fn stray_closing_paren(text: &str, cell: &Cell<'_, '_>) -> Option<Diagnostic> {
    stray_closing(text, cell, '(', ')').or_else(|| stray_closing(text, cell, '[', ']'))
}

fn stray_closing(text: &str, cell: &Cell<'_, '_>, open: char, close: char) -> Option<Diagnostic> {
    let raw = cell.raw();
    let after_a_link = if close == ')' { "))" } else { ")]" };
    if !text::contains(raw, after_a_link) {
        return None;
    }
    let start = cell.span().start;
    // The cell's text outside its links: `(see [x](...))` opens its own `(`.
    let mut outside = String::new();
    let mut at = 0;
    let mut stray = None;
    let mut bracketed = false;
    for link in cell.links() {
        let (from, to) = (
            link.span.start.checked_sub(start)?,
            link.span.end.checked_sub(start)?,
        );
        outside.push_str(raw.get(at..from)?);
        at = to;
        let written = text.as_bytes().get(link.span.start) == Some(&b'[');
        // A link right after a `[` (`[[paper](...)]`) closes it.
        let opened = close == ']' && raw.get(..from)?.ends_with(open);
        bracketed |= raw.get(..from)?.ends_with('[');
        if stray.is_none() && written && !opened && raw.get(to..)?.starts_with(close) {
            stray = Some((link.span.start, link.span.end));
        }
    }
    outside.push_str(raw.get(at..)?);
    let (link_start, stray) = stray?;
    if outside.matches(close).count() <= outside.matches(open).count() {
        return None;
    }
    // In a cell of bracketed links (`[[paper](...)][code](...)]`: a link
    // right after a `[`) the `]` is this link's, which lost its `[`.
    if close == ']' && bracketed {
        let fix = Fix::safe(vec![Edit::insert(link_start, "[")]);
        return Some(
            diagnostic(
                Span::new(stray, stray + 1),
                "the `]` after the link shows in the cell: the `[` that opens it is missing"
                    .to_string(),
            )
            .with_label("`]` without its `[`")
            .with_help("write `[` before the link, as the cell's other links have")
            .with_fix(Some(fix)),
        );
    }
    let fix = Fix::safe(vec![Edit::replace(Span::new(stray, stray + 1), "")]);
    let which = if close == ')' { "second " } else { "" };
    Some(
        diagnostic(
            Span::new(stray, stray + 1),
            format!("a `{close}` after the link is one too many and shows in the cell"),
        )
        .with_label(format!("stray `{close}`"))
        .with_help(format!("delete the {which}`{close}`"))
        .with_fix(Some(fix)),
    )
}

/// A link of the cell written with `[[` before it whose first `[` no `]`
/// after the link closes (`[[Source](...)]` is a bracketed link, `\[` a
/// bracket shown on purpose): reported with the safe fix that deletes it.
pub(super) fn stray_opening_bracket(text: &str, cell: &Cell<'_, '_>) -> Option<Diagnostic> {
    let raw = cell.raw();
    if !text::contains(raw, "[[") {
        return None;
    }
    let start = cell.span().start;
    let links = link_ranges(cell);
    // The cell's own text after `to`, its links left out.
    let text_after = |to: usize| -> String {
        let mut rest = String::new();
        let mut at = to;
        for &(from, end) in links.iter().filter(|(from, _)| *from >= to) {
            rest.push_str(raw.get(at..from).unwrap_or(""));
            at = end;
        }
        rest.push_str(raw.get(at..).unwrap_or(""));
        rest
    };
    let stray = links.iter().find_map(|&(from, to)| {
        let written = text.as_bytes().get(start + from) == Some(&b'[');
        let before = raw.get(..from)?;
        let escaped = before.strip_suffix('[')?.ends_with('\\');
        let closed_inside = closes_inside(raw.get(from..to)?);
        (written && !escaped && !closed_inside && !text_after(to).contains(']'))
            .then_some(start + from - 1)
    })?;
    Some(stray_bracket(stray, "cell", "delete the first `[`"))
}

/// Whether a link's text ends with an escaped `]` (`[Web\]](url)`), which
/// shows after the text and closes the `[` written before the link: the
/// list's bracketed label, `[Web]`, on purpose.
fn closes_inside(link: &str) -> bool {
    link.find("](")
        .is_some_and(|end| link[..end].ends_with("\\]"))
}

/// The finding on a `[` typed twice before a link, at `stray`, with the
/// safe fix that deletes it; `shown_in` says where the reader sees it.
fn stray_bracket(stray: usize, shown_in: &str, help: &str) -> Diagnostic {
    let span = Span::new(stray, stray + 1);
    diagnostic(
        span,
        format!("a `[` before the link is one too many and shows in the {shown_in}"),
    )
    .with_label("stray `[`")
    .with_help(help)
    .with_fix(Some(Fix::safe(vec![Edit::replace(span, "")])))
}

/// Outside tables, a link written with `[[` before it (`[[Code](...)
/// CVPR2018`, `[[[arxiv link](...)]`) whose first `[` nothing after the
/// link in its paragraph or list item closes:
/// brackets are counted, so that of `[[A](...), [[B](...)]` the first
/// is reported. A line of a table is left to the cells' check.
pub(super) fn stray_opening_bracket_in_prose(text: &str, link: Span) -> Option<Diagnostic> {
    let before = &text[..link.start];
    let written = text.as_bytes().get(link.start) == Some(&b'[');
    let opened = before.len() - before.trim_end_matches('[').len();
    let stray = link.start.checked_sub(opened)?;
    if !written
        || opened == 0
        || before[..stray].ends_with('\\')
        || closes_inside(&text[link.start..link.end])
    {
        return None;
    }
    let line_start = before.rfind('\n').map_or(0, |at| at + 1);
    if text[line_start..].trim_start().starts_with('|') {
        return None;
    }
    let closed = closes_brackets(entry_rest(&text[link.end..]), opened);
    (!closed).then(|| {
        stray_bracket(
            stray,
            "text",
            "delete the first `[`, or close it after the link",
        )
    })
}

/// The rest of a paragraph or list item from `rest`'s start: to a blank
/// line or the next item (`- [[Paper](...),` then `  [Code](...)]` closes
/// on its second line).
fn entry_rest(rest: &str) -> &str {
    let mut end = rest.find('\n').map_or(rest.len(), |at| at + 1);
    for next in rest[end..].split_inclusive('\n') {
        let line = next.trim_start();
        let item = line.starts_with(['-', '*', '+', '#', '|'])
            || line.starts_with(|c: char| c.is_ascii_digit());
        if line.trim().is_empty() || item {
            break;
        }
        end += next.len();
    }
    &rest[..end]
}

/// Whether `text`, brackets counted, closes the `opened` brackets opened
/// before it.
fn closes_brackets(text: &str, opened: usize) -> bool {
    let mut depth = opened;
    for b in text.bytes() {
        match b {
            b'[' => depth += 1,
            b']' => depth -= 1,
            _ => {}
        }
        if depth == 0 {
            return true;
        }
    }
    false
}

/// The byte ranges of the cell's links, from the cell's start.
fn link_ranges(cell: &Cell<'_, '_>) -> Vec<(usize, usize)> {
    let start = cell.span().start;
    cell.links()
        .filter_map(|l| link_range(l.span, start))
        .collect()
}

/// A link's byte range from its cell's `start`.
fn link_range(link: Span, start: usize) -> Option<(usize, usize)> {
    Some((link.start.checked_sub(start)?, link.end.checked_sub(start)?))
}

/// Whether each of a run of rising offsets is inside one of `links`: a
/// cursor over the ranges by their start, so that a cell of thousands of
/// links is read once, not once per byte.
fn inside(links: &[(usize, usize)]) -> impl FnMut(usize) -> bool {
    let mut by_start = links.to_vec();
    by_start.sort_unstable();
    let mut next = 0;
    move |at| {
        // A range that ends at or before `at` holds no later offset either.
        while by_start.get(next).is_some_and(|&(_, to)| to <= at) {
            next += 1;
        }
        // The first range left ends after `at`: it holds `at` if it starts
        // by then; if it starts later, so do all after it.
        by_start.get(next).is_some_and(|&(from, _)| from <= at)
    }
}

/// The line before the one holding `at`.
fn line_before(text: &str, at: usize) -> &str {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let before = text[..line_start].trim_end_matches(['\n', '\r']);
    before.rfind('\n').map_or(before, |i| &before[i + 1..])
}

/// Whether a cell of a table line (cut at its pipes, `\|` left whole) has
/// a `[` that no `]` after it closes.
fn opens_a_link_it_does_not_close(line: &str) -> bool {
    let mut cells = Vec::new();
    let mut from = 0;
    for (at, _) in line.match_indices('|') {
        if !line[..at].ends_with('\\') {
            cells.push(&line[from..at]);
            from = at + 1;
        }
    }
    cells.push(&line[from..]);
    cells.iter().any(|cell| {
        cell.rfind('[')
            .is_some_and(|open| !cell[open..].contains(']'))
    })
}

/// The part of the cell's line before the cell.
fn line_up_to(text: &str, at: usize) -> &str {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    &text[line_start..at]
}

/// Whether the cell's text cannot hold the link's `[`: a line break inside
/// a link's text (`| [Leveraging ... Education` then `| Through Playful
/// ... Learning](https://doi.org/...)`) left it on the line above, and a
/// pipe inside one (`| [a | b](url) |`) in the cell before: the row is
/// broken, not the link. Hidden or code text holds no link either.
fn broken_or_hidden(text: &str, start: usize, raw: &str) -> bool {
    opens_a_link_it_does_not_close(line_before(text, start))
        || opens_a_link_it_does_not_close(line_up_to(text, start))
        || raw.contains("<!--")
        || raw.to_ascii_lowercase().contains("<code")
}

/// A link's `](url)` with no `[` before it in the cell
/// (`| Context-Alignment: Activating ...](https://openreview.net/...) |`):
/// Markdown shows it all as text, and the paper has no link. Reported
/// with the unsafe fix that opens the link where its text most likely
/// starts: after the cell's last link before it, else at the cell's text.
pub(super) fn missing_opening_bracket(text: &str, cell: &Cell<'_, '_>) -> Option<Diagnostic> {
    let raw = cell.raw();
    if !text::contains(raw, "](") {
        return None;
    }
    let start = cell.span().start;
    // Most cells' every `](` belongs to a link the parser read: nothing to
    // scan for, and no list of the links' ranges to build.
    let unread = text::find_all(raw, "](").any(|at| {
        !cell
            .links()
            .filter_map(|l| link_range(l.span, start))
            .any(|(from, to)| from <= at && at < to)
    });
    if !unread {
        return None;
    }
    let links = link_ranges(cell);
    let mut in_link = inside(&links);
    let bytes = raw.as_bytes();
    let (mut open, mut in_code) = (0usize, false);
    for (at, &byte) in bytes.iter().enumerate() {
        let escaped = at > 0 && bytes[at - 1] == b'\\';
        match byte {
            b'`' if !escaped => in_code = !in_code,
            // An escaped `\[` opens nothing, but shows the writer meant one.
            b'[' if escaped && !in_code => open += 1,
            _ if in_code || escaped || in_link(at) => {}
            b'[' => open += 1,
            b']' if open > 0 => open -= 1,
            b']' => {
                let Some(target) = raw[at + 1..].strip_prefix('(') else {
                    continue;
                };
                let address = ["http://", "https://", "www.", "#", "./"]
                    .iter()
                    .any(|p| target.starts_with(p));
                let Some(close) = target.find(')') else {
                    continue;
                };
                if !address || target[..close].contains(char::is_whitespace) {
                    continue;
                }
                let end = at + 2 + close + 1;
                // The link's text starts after the cell's last link before
                // the `]`, or at the cell's text; emphasis goes inside it
                // (`[**Title**](...)`).
                let after_links = links
                    .iter()
                    .map(|&(_, to)| to)
                    .filter(|&to| to <= at)
                    .max()
                    .unwrap_or(0);
                let rest = &raw[after_links..];
                let opening = after_links + (rest.len() - rest.trim_start().len());
                if opening >= at || broken_or_hidden(text, start, raw) {
                    return None;
                }
                let fix = Fix::unsafe_(vec![Edit::insert(start + opening, "[")]);
                return Some(
                    diagnostic(
                        Span::new(start + at, start + end),
                        "the link has no opening `[`, so the cell shows its Markdown as text and links nowhere".to_string(),
                    )
                    .with_label("`]` without its `[`")
                    .with_help("write `[` where the link's text starts")
                    .with_fix(Some(fix)),
                );
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests;
