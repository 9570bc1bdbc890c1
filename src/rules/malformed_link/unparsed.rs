//! Link syntax Markdown did not accept: a URL holding a space, a `(`
//! typed twice before an address; found in the text as written.

use super::finding::diagnostic;
use super::{bracket_space, hosts};
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::rules::Context;
use crate::span::Span;
use std::sync::LazyLock;

/// Whether an address in parentheses follows a word with no `]` between
/// (`[official code(https://...)]`): the quick test before the patterns
/// of mistyped marks run on every line.
fn address_after_a_word(text: &str) -> bool {
    memchr::memmem::find_iter(text.as_bytes(), "(http").any(|at| {
        at > 0 && {
            let before = text.as_bytes()[at - 1];
            !(before == b']' || before == b'(' || before.is_ascii_whitespace())
        }
    })
}

/// Whether the text holds `)(http`, `][http`, `]http` or `)[http`, read
/// in one pass from each `]` and `)` (four searches of the whole text
/// before; a search for `http` stops at every link).
fn mistyped_before_http(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b']', b')', bytes).any(|at| {
        let after = &bytes[at + 1..];
        let rest = match (bytes[at], after.first()) {
            (b']', Some(b'[')) | (b')', Some(b'(' | b'[')) => &after[1..],
            (b']', _) => after,
            _ => return false,
        };
        rest.starts_with(b"http")
    })
}

/// Each `[text](url)` written on one line of `text`: its byte range and URL.
/// Brackets around a whole link (`[[code](https://...)](**CCP, a note**)`,
/// as ict-bigdatalab's retrieval list writes a note after each code link)
/// are text around a link that works: what follows in parentheses is the
/// note, not an address.
pub(super) fn written_links(text: &str) -> impl Iterator<Item = (std::ops::Range<usize>, &str)> {
    super::link_syntax::link_syntax(text.as_bytes()).filter_map(move |(whole, url)| {
        let label = text.get(whole.start + 1..url.start.saturating_sub(2))?;
        if label.contains("](") {
            return None;
        }
        Some((whole, text.get(url)?))
    })
}

/// Link syntax that Markdown did not accept: a URL holding a space,
/// outside the paper tables (whose cells are checked above: dataset tables,
/// bullet lists), and a space between `]` and `(`, anywhere. Code blocks,
/// code spans and comments are skipped.
pub(super) fn spaced_links_outside_paper_tables(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let document = cx.document;
    let text = document.text;
    let mistyped = mistyped_before_http(text) || address_after_a_word(text);
    // A `] (` lies within a line: a text without one has no line to read
    // for it (reading each line for it was a third of this pass).
    let spaced_anywhere = bracket_space::spaced_paren(text);
    if !text.contains("](") && !spaced_anywhere && !mistyped {
        return;
    }
    let mut tables = &document.tables[..];
    let mut code_blocks = &document.code_blocks[..];
    let mut offset = 0;
    // Whether an HTML comment opened on an earlier line is still open:
    // GitHub shows nothing of it (a template row between `<!--` and `-->`).
    let mut comment_open = false;
    for line in crate::knowledge::text::lines_inclusive(text) {
        let start = offset;
        offset += line.len();
        let open_before = comment_open;
        // Code blocks as the parser found them, in list items too.
        while code_blocks.first().is_some_and(|b| b.end <= start) {
            code_blocks = &code_blocks[1..];
        }
        if code_blocks.first().is_some_and(|b| b.start < offset) {
            continue;
        }
        comment_open = comment_open_after(line, open_before);
        // Whether the line's byte `at` shows as text: not in a code span
        // nor a comment.
        let shown = |at: usize| {
            let before = &line[..at];
            before.bytes().filter(|&b| b == b'`').count() % 2 == 0
                && !comment_open_after(before, open_before)
        };
        if spaced_anywhere {
            out.extend(bracket_space::spaced_after_bracket(
                text, line, start, shown,
            ));
        }
        // Tables are in document order: skip those that ended before this line.
        while tables.first().is_some_and(|t| t.span.end <= start) {
            tables = &tables[1..];
        }
        let in_paper_table = tables.first().is_some_and(|t| t.span.start <= start);
        if mistyped && !in_paper_table {
            out.extend(super::mistyped_marks::mistyped_marks(
                text, line, start, shown,
            ));
        }
        if in_paper_table || !line.contains("](") {
            continue;
        }
        out.extend(unclosed_links(cx, line, start, open_before));
        for (whole, url) in written_links(line) {
            let url = url.trim();
            let doubled = doubled_opening_paren(url);
            if !doubled && !spaced(url, &line[whole.end..]) {
                continue;
            }
            let before = &line[..whole.start];
            let in_code = before.bytes().filter(|&b| b == b'`').count() % 2 == 1;
            let in_comment = comment_open_after(before, open_before);
            let at = start + whole.start;
            let parsed = document
                .prose_links
                .iter()
                .any(|l| l.span.start <= at && at < l.span.end);
            if in_code || in_comment || parsed {
                continue;
            }
            let span = Span::new(at, start + whole.end);
            out.push(if doubled {
                doubled_paren_diagnostic(text, span, url)
            } else {
                diagnostic(
                    span,
                    format!("the URL `{url}` contains a space, so this is not a link"),
                )
                .with_help("remove the space, or write it as %20")
            });
        }
    }
}

/// Link syntax whose `(` no `)` closes: the address runs to the line's
/// end, or to a full-width `）` typed for the `)` (an input method's
/// slip), and GitHub shows the brackets as typed.
static UNCLOSED: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"\[(?:[^\[\]\n]|\[[^\[\]\n]*\])*\]\((https?:[^\s)）]*)(）|\s*$)")
        .expect("valid regex")
});

fn unclosed_links(
    cx: &Context<'_>,
    line: &str,
    start: usize,
    comment_before: bool,
) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    if !line.contains("](http") {
        return found;
    }
    for c in UNCLOSED.captures_iter(line) {
        let (Some(whole), Some(url), Some(end)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        let before = &line[..whole.start()];
        let in_code = before.bytes().filter(|&b| b == b'`').count() % 2 == 1;
        let at = start + whole.start();
        let parsed = cx
            .document
            .prose_links
            .iter()
            .any(|l| l.span.start <= at && at < l.span.end);
        if in_code || parsed || comment_open_after(before, comment_before) {
            continue;
        }
        let span = Span::new(at, start + url.end());
        found.push(if end.as_str() == "）" {
            let mark = Span::new(start + end.start(), start + end.end());
            diagnostic(
                span,
                format!(
                    "a full-width `）` closes `{}`, so this is not a link",
                    url.as_str()
                ),
            )
            .with_label("not the `)` Markdown needs")
            .with_help("type `)` for `）`")
            .with_fix(Some(Fix::safe(vec![Edit::replace(mark, ")")])))
        } else {
            let help = if goes_on_next_line(cx.document.text, start + line.len()) {
                "the address goes on in the next line: join its two parts"
            } else {
                "close the address with `)`"
            };
            diagnostic(
                span,
                format!(
                    "no `)` closes `{}` on its line, so this is not a link",
                    url.as_str()
                ),
            )
            .with_label("link left open")
            .with_help(help)
        });
    }
    found
}

/// Whether the line after the one ending at `line_end` opens with the rest
/// of an address and its `)` (`[code](https:` then `//github.com/a/b)]`):
/// one address broken over two lines.
fn goes_on_next_line(text: &str, line_end: usize) -> bool {
    // `line_end` is the next line's start: the line ends included.
    let next = &text[line_end..];
    let word = next.split(char::is_whitespace).next().unwrap_or_default();
    word.len() > 1 && word.contains(')') && !word.starts_with(')')
}

/// `[[Paper]((https://...)]`: a `(` typed twice before an address that one
/// `)` closes, so Markdown reads no link (`((url))` is a link, reported
/// apart).
fn doubled_opening_paren(url: &str) -> bool {
    url.strip_prefix('(').is_some_and(|rest| {
        !rest.contains(['(', ')', ' ']) && hosts::after_web_scheme(rest).is_some()
    })
}

/// The finding on written link syntax whose address has a `(` typed twice
/// before it, with the safe fix that deletes one.
fn doubled_paren_diagnostic(text: &str, span: Span, url: &str) -> Diagnostic {
    let written = &text[span.start..span.end];
    let fix = written
        .rfind(&format!("]({url})"))
        .map(|at| span.start + at + 2)
        .map(|paren| Fix::safe(vec![Edit::replace(Span::new(paren, paren + 1), "")]));
    diagnostic(
        span,
        format!(
            "a `(` typed twice before `{}`, so this is not a link",
            &url[1..]
        ),
    )
    .with_label("one `(` too many")
    .with_help("delete one `(`")
    .with_fix(fix)
}

/// Whether an HTML comment is open at the end of `text` (a line, or the
/// start of one), given whether one was open at its start. A `<!--` inside
/// a code span opens nothing.
fn comment_open_after(text: &str, mut open: bool) -> bool {
    let mut from = 0;
    loop {
        let next = if open { "-->" } else { "<!--" };
        let Some(at) = crate::knowledge::text::find(&text[from..], next).map(|at| from + at) else {
            return open;
        };
        from = at + next.len();
        let in_code = text[..at].bytes().filter(|&b| b == b'`').count() % 2 == 1;
        if open || !in_code {
            open = !open;
        }
    }
}

/// Whether the inside of `(...)` in written link syntax is a URL with a
/// space, not a URL followed by a link title (`(url "title")`, `(url
/// 'title')`, `(url (title))`). `after` is the line after the `)` that
/// ended the syntax, which the `(title)` form continues into.
pub(super) fn spaced(inside: &str, after: &str) -> bool {
    if inside.starts_with('<') || !inside.contains(char::is_whitespace) {
        return false;
    }
    let Some((_, title)) = inside.split_once(char::is_whitespace) else {
        return true;
    };
    let title = title.trim_start();
    let quoted = |q: char| {
        title.len() >= 2
            && title.starts_with(q)
            && title.ends_with(q)
            && !title[1..title.len() - 1].contains(q)
    };
    let parenthesised =
        title.starts_with('(') && !title[1..].contains(['(', ')']) && after.starts_with(')');
    !(quoted('"') || quoted('\'') || parenthesised)
}

#[cfg(test)]
mod tests {
    use super::mistyped_before_http;

    #[test]
    fn mistyped_before_http_is_the_four_searches() {
        let texts = [
            "",
            "http",
            "]http",
            "x](http",
            "a)(http://x",
            "a][https://x",
            "a)[http",
            "a([http",
            "[(http",
            "a) (http",
            "é]http",
            "論)(http",
            "httphttp)(htt",
            "(http ](http [http",
        ];
        for text in texts {
            let searches = [")(http", "][http", "]http", ")[http"]
                .iter()
                .any(|marks| text.contains(marks));
            assert_eq!(mistyped_before_http(text), searches, "{text:?}");
        }
    }

    #[test]
    fn spaced_paren_is_the_search_by_str() {
        let by_str = |line: &str| {
            line.match_indices(']').any(|(at, _)| {
                let after = &line[at + 1..];
                let rest = after.trim_start_matches([' ', '\t']);
                rest.len() < after.len() && rest.starts_with('(')
            })
        };
        let lines = [
            "", "]", "] (", "](", "]\t \t(x", "] x (", "] ", "a] (b", "]]  (", "é] (論", "] \n(",
        ];
        for line in lines {
            let ours = super::super::bracket_space::spaced_paren(line);
            assert_eq!(ours, by_str(line), "{line:?}");
        }
    }
}
