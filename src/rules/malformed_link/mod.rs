use super::{Context, Rule, RuleMeta};
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::knowledge::ids::{arxiv_link, ArxivLink};
use crate::knowledge::text::count;
use crate::span::Span;
use std::sync::LazyLock;

mod bare;
mod bracket_space;
mod destination;
mod empty;
mod finding;
mod foreign_marks;
mod home_page;
mod hosts;
mod nested;
mod search_wrapper;
mod sentence_mark;
mod stray_paren;
mod written;

use finding::diagnostic;
use written::written_link_problem;

pub struct MalformedLink;

use crate::registry::lint::MALFORMED_LINK as META;

/// Link syntax as written, for links Markdown did not accept. The text may
/// hold one level of brackets (`[[code]](...)`, as many lists label links).
static LINK_SYNTAX: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    crate::pattern::ascii_bytes(r"\[(?:[^\[\]\n]|\[[^\[\]\n]*\])*\]\(([^)\n]*)\)")
        .expect("valid regex")
});

/// Each `[text](url)` written on one line of `text`: its byte range and URL.
fn written_links(text: &str) -> impl Iterator<Item = (std::ops::Range<usize>, &str)> {
    LINK_SYNTAX
        .captures_iter(text.as_bytes())
        .filter_map(move |c| Some((c.get(0)?.range(), crate::pattern::matched(text, c.get(1))?)))
}

impl Rule for MalformedLink {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let text = cx.document.text;
        // Counted only for a list with an empty link outside its tables.
        let any_empty = cx
            .document
            .prose_links
            .iter()
            .any(|l| l.url.trim().is_empty());
        let labels = if !any_empty {
            empty::LabelUse::default()
        } else {
            empty::LabelUse::learn(
                cx.document
                    .prose_links
                    .iter()
                    .map(|l| (l.text.as_str(), l.url.as_str()))
                    .chain(cx.rows().flat_map(|r| {
                        r.row
                            .cells()
                            .flat_map(|c| c.links().map(|l| (l.text, l.url)).collect::<Vec<_>>())
                            .collect::<Vec<_>>()
                    })),
            )
        };
        for link in &cx.document.prose_links {
            // Before the link's own problems: a stray `[` is another mark.
            out.extend(stray_paren::stray_opening_bracket_in_prose(text, link.span));
            if let Some(d) = destination::address_after_parentheses(text, link.span, &link.url) {
                out.push(d);
                continue;
            }
            out.extend(labels.forgotten(cx.knowledge, link));
            // One problem a link: `((https://arxiv.org/abs/...))` is in
            // doubled parentheses, not an id with a `)` after it.
            if let Some(d) = written_link_problem(text, link.span, &link.url) {
                out.push(d);
                continue;
            }
            if let Some(d) = search_wrapper::search_for_an_address(text, link.span, &link.url) {
                out.push(d);
                continue;
            }
            if let Some(d) = destination::nameless_site(&link.url, link.span) {
                out.push(d);
                continue;
            }
            if let Some(d) = destination::host_glued_to_path(text, link.span, &link.url) {
                out.push(d);
                continue;
            }
            if let Some(d) = destination::emphasis_in_address(text, link.span, &link.url) {
                out.push(d);
                continue;
            }
            if let Some(d) = foreign_marks::foreign_marks(text, link.span, &link.url) {
                out.push(d);
                continue;
            }
            if let Some(d) = sentence_mark::sentence_mark_at_the_end(text, link.span, &link.url) {
                out.push(d);
                continue;
            }
            out.extend(empty::empty_title_link(cx.knowledge, cx.document, link));
            out.extend(destination::impossible_arxiv_id(&link.url, link.span));
        }
        spaced_links_outside_paper_tables(cx, out);
        home_page::home_page_links(cx, out);
        out.extend(cx.check_rows(|r, out| check_row(cx, r, out)));
    }
}

/// The links and link syntax of one table row.
fn check_row(cx: &Context<'_>, r: &crate::rules::RowRef<'_>, out: &mut Vec<Diagnostic>) {
    let text = cx.document.text;
    // A template row kept for the next paper (`|[]()||||[Official]()|`)
    // is empty on purpose.
    if r.row.links().all(|l| l.url.trim().is_empty())
        && !r.is_paper(cx.knowledge)
        && template_row(cx, r)
    {
        return;
    }
    // The paper's own link: the title cell's first.
    let title_column = r.table.column(crate::document::Role::Title);
    let own_link = (r.row.cell_of(title_column)).and_then(|c| c.links().next().map(|l| l.span));
    for cell in r.row.cells() {
        for link in cell.links() {
            if let Some(d) = destination::address_after_parentheses(text, link.span, link.url) {
                out.push(d);
                continue;
            }
            // An empty URL the list writes on purpose (`[Coming soon]()`).
            let papers_own_link = own_link == Some(link.span);
            if cx
                .profile
                .empty_links
                .intended(cx.knowledge, text, &link, papers_own_link)
            {
                continue;
            }
            if let Some(d) = nested::nested_link(text, link.span, link.url) {
                out.push(d);
            } else if let Some(d) = destination::placeholder(text, link.span, link.url) {
                out.push(d);
            } else if let Some(d) = search_wrapper::search_for_an_address(text, link.span, link.url)
            {
                out.push(d);
            } else if let Some(d) = destination::nameless_site(link.url, link.span) {
                out.push(d);
            } else if let Some(d) = destination::host_glued_to_path(text, link.span, link.url) {
                out.push(d);
            } else if let Some(d) = destination::emphasis_in_address(text, link.span, link.url) {
                out.push(d);
            } else if let Some(d) = text_as_href(text, &link) {
                out.push(d);
            } else if let Some(problem) =
                problem_with(link.url).filter(|_| !in_doubled_parentheses(link.url))
            {
                out.push(diagnostic(link.span, problem));
            } else if let Some(d) = foreign_marks::foreign_marks(text, link.span, link.url) {
                out.push(d);
            } else if let Some(d) = destination::bare_number(text, &link) {
                out.push(d);
            } else if let Some(d) =
                sentence_mark::sentence_mark_at_the_end(text, link.span, link.url)
            {
                out.push(d);
            } else if text.as_bytes().get(link.span.start) == Some(&b'[') {
                // Written as a link (not a bare URL that GitHub links by itself).
                out.extend(written_link_problem(text, link.span, link.url));
            }
        }
        out.extend(stray_paren::stray_closing_paren(text, &cell));
        out.extend(stray_paren::stray_opening_bracket(text, &cell));
        out.extend(stray_paren::missing_opening_bracket(text, &cell));
        // Only link syntax that Markdown did not turn into a link is of interest.
        let written = count(cell.raw(), "](");
        let parsed = cell
            .links()
            .filter(|l| r.text.as_bytes().get(l.span.start) == Some(&b'['))
            .count();
        if written <= parsed {
            continue;
        }
        for (whole, url) in written_links(cell.raw()) {
            let start = cell.span().start + whole.start;
            let url = url.trim();
            let parsed = cell
                .links()
                .any(|l| l.span.start <= start && start < l.span.end);
            let after = &cell.raw()[whole.end..];
            if !parsed && spaced(url, after) {
                let span = Span::new(start, cell.span().start + whole.end);
                out.push(
                    diagnostic(
                        span,
                        format!("the URL `{url}` contains a space, so this is not a link"),
                    )
                    .with_help("remove the space, or write it as %20"),
                );
            }
        }
    }
}

/// A row of nothing but blank cells, placeholders and empty links
/// (`|[]()||||[Official]()|`, `| 2025 | **TBD** | | [link]() |`: any year),
/// kept for the next paper. A stub that names something (`| 2023 | Arxiv |
/// Shikra | []() |`) is not one.
fn template_row(cx: &Context<'_>, r: &crate::rules::RowRef<'_>) -> bool {
    // The year may be filled in ahead (`| 2025 | **TBD** | | | [link]() |`).
    let year = r.table.column(crate::document::Role::Year);
    r.row.cells().enumerate().all(|(c, cell)| {
        if Some(c) == year {
            return true;
        }
        let links: Vec<_> = cell.links().collect();
        let squeezed = |t: &str| t.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        let only_links = !links.is_empty()
            && links.iter().all(|l| l.url.trim().is_empty())
            && squeezed(&cell.text().replace("[]()", ""))
                == links.iter().map(|l| squeezed(l.text)).collect::<String>();
        only_links || cx.knowledge.is_placeholder(cell.text())
    })
}

/// `((https://...))`: a URL in doubled parentheses, whose one problem is
/// those (written_link_problem reports it with a fix), not the `)` after
/// an id.
fn in_doubled_parentheses(url: &str) -> bool {
    url.len() > 2 && url.starts_with('(') && url.ends_with(')')
}

/// Link syntax that Markdown did not accept: a URL holding a space,
/// outside the paper tables (whose cells are checked above: dataset tables,
/// bullet lists), and a space between `]` and `(`, anywhere. Code blocks,
/// code spans and comments are skipped.
fn spaced_links_outside_paper_tables(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let document = cx.document;
    let text = document.text;
    if !text.contains("](") && !text.contains("] (") {
        return;
    }
    let mut tables = &document.tables[..];
    let mut code_blocks = &document.code_blocks[..];
    let mut offset = 0;
    // Whether an HTML comment opened on an earlier line is still open:
    // GitHub shows nothing of it (a template row between `<!--` and `-->`).
    let mut comment_open = false;
    for line in text.split_inclusive('\n') {
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
        out.extend(bracket_space::spaced_after_bracket(
            text,
            line,
            start,
            |at| {
                let before = &line[..at];
                before.bytes().filter(|&b| b == b'`').count() % 2 == 0
                    && !comment_open_after(before, open_before)
            },
        ));
        // Tables are in document order: skip those that ended before this line.
        while tables.first().is_some_and(|t| t.span.end <= start) {
            tables = &tables[1..];
        }
        let in_paper_table = tables.first().is_some_and(|t| t.span.start <= start);
        if in_paper_table || !line.contains("](") {
            continue;
        }
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
        let Some(at) = text[from..].find(next).map(|at| from + at) else {
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
fn spaced(inside: &str, after: &str) -> bool {
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

/// `<a href="Face Deblurring Based on ...">`: an HTML anchor whose target
/// is words, not an address; GitHub links it to a path of the repository.
fn text_as_href(text: &str, link: &crate::document::Link<'_>) -> Option<Diagnostic> {
    let anchor = text.get(link.span.start..link.span.start + 2)?;
    let url = link.url.trim();
    // `href=“https://...”`: typographic quotes are part of the target.
    if anchor.eq_ignore_ascii_case("<a") && url.starts_with(['“', '”', '‘', '’']) {
        return Some(
            diagnostic(
                link.span,
                format!("the link's target `{url}` is in typographic quotes, so GitHub links to a path of the repository"),
            )
            .with_help("write the target between straight quotes: href=\"...\""),
        );
    }
    let words = url.split_whitespace().count() >= 3 && !url.contains(['/', '#', '.']);
    (anchor.eq_ignore_ascii_case("<a") && words).then(|| {
        diagnostic(
            link.span,
            format!("the link's target `{url}` is words, not an address"),
        )
        .with_help("write the paper's URL in `href`")
    })
}

fn problem_with(url: &str) -> Option<String> {
    if url.trim().is_empty() {
        return Some("the link has an empty URL".to_string());
    }
    match arxiv_link(url) {
        Some(ArxivLink::Malformed { written, reason }) => {
            Some(format!("arXiv id `{written}` cannot exist: {reason}"))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_addresses;
