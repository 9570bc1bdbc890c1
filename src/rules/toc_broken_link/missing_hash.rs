//! A contents entry whose target lost its `#`: `[Meta Data](meta-data)`
//! beside `[Papers](#papers)`. GitHub takes the target for a file of the
//! repository beside the README, and the entry 404s.

use super::super::Context;
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::document::FragmentLink;
use std::collections::HashSet;

use crate::registry::lint::TOC_BROKEN_LINK as META;

/// Reports the links of contents lists whose target is a heading's anchor
/// written without its `#`: the target is exactly a heading's slug or an
/// HTML heading's id (a file's name would have a dot or another case:
/// `LICENSE`), the link is a list item, and the list links another heading
/// with its `#`.
pub(super) fn report(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let doc = cx.document;
    // An HTML heading's id (`<h3 id="flood">`) is as much a heading's
    // anchor as a Markdown heading's slug; another tag's (`<img id="logo">`)
    // may share its name with a file.
    let html_headings = doc
        .anchors
        .iter()
        .filter(|a| on_an_html_heading(doc.text, a.span.start))
        .map(|a| a.name.as_str());
    let anchors: HashSet<&str> = doc
        .headings
        .iter()
        .map(|h| h.slug.as_str())
        .chain(html_headings)
        .collect();
    for link in &doc.prose_links {
        let target = link.url.as_str();
        if !could_be_a_slug(target) || !anchors.contains(target) {
            continue;
        }
        if !among_contents_links(doc.text, link.span.start) {
            continue;
        }
        out.push(diagnostic(doc.text, link, target));
    }
}

/// Whether the tag around `at` is an HTML heading, `<h1>` to `<h6>`.
fn on_an_html_heading(text: &str, at: usize) -> bool {
    let Some(open) = text[..at].rfind('<') else {
        return false;
    };
    let tag = &text.as_bytes()[open + 1..at];
    matches!(tag, [b'h' | b'H', b'1'..=b'6', space, ..] if space.is_ascii_whitespace())
}

/// Letters, digits, `-` and `_` only: no path, extension, scheme or query.
fn could_be_a_slug(target: &str) -> bool {
    !target.is_empty()
        && target.chars().any(char::is_alphabetic)
        && target
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
}

/// Whether the line at `at` is a list item in a run of list items (blank
/// lines between them allowed) of which one links `#` a fragment.
pub(super) fn among_contents_links(text: &str, at: usize) -> bool {
    let line_start = text[..at].rfind('\n').map_or(0, |n| n + 1);
    if !is_list_item(line_of(text, line_start)) {
        return false;
    }
    let above = text[..line_start].lines().rev();
    let below = text[line_start..].lines().skip(1);
    let in_run = |line: &&str| line.trim().is_empty() || is_list_item(line);
    let links_a_fragment = |line: &str| line.contains("](#");
    above.take_while(in_run).any(links_a_fragment) || below.take_while(in_run).any(links_a_fragment)
}

fn line_of(text: &str, start: usize) -> &str {
    text[start..].lines().next().unwrap_or("")
}

/// `- [x](...)`, `* [x]`, `+ [x]`, `1. [x]`, indented or not.
fn is_list_item(line: &str) -> bool {
    let line = line.trim_start();
    let after_number = line.trim_start_matches(|c: char| c.is_ascii_digit());
    let rest = if after_number.len() < line.len() {
        after_number.strip_prefix(['.', ')'])
    } else {
        line.strip_prefix(['-', '*', '+'])
    };
    rest.is_some_and(|r| r.starts_with([' ', '\t']))
}

fn diagnostic(text: &str, link: &FragmentLink, target: &str) -> Diagnostic {
    let written = link.span.slice(text);
    let fix = written
        .rfind(&format!("({target}"))
        .map(|at| Fix::unsafe_(vec![Edit::insert(link.span.start + at + 1, "#")]));
    Diagnostic::new(
        META.name,
        META.severity,
        link.span,
        format!("`{target}` has no `#`: GitHub links a file `{target}` of the repository, not the heading"),
    )
    .with_label("missing `#`")
    .with_help(format!("write `#{target}`"))
    .with_fix(fix)
}
