use super::{Context, Rule, RuleMeta};
use crate::diagnostic::Diagnostic;
use crate::knowledge::ids::{arxiv_link, ArxivLink};
use crate::span::Span;

mod arxiv_page;
mod bare;
mod bracket_space;
mod cell_marks;
mod closing_bracket;
mod destination;
mod empty;
mod finding;
mod foreign_marks;
mod home_page;
mod hosts;
mod link_syntax;
mod mistyped_marks;
mod nested;
mod no_domain;
mod search_wrapper;
mod sentence_mark;
mod several_addresses;
mod stray_paren;
mod unparsed;
mod written;

use finding::diagnostic;
use unparsed::{spaced, spaced_links_outside_paper_tables, written_links};
use written::written_link_problem;

pub struct MalformedLink;

use crate::registry::lint::MALFORMED_LINK as META;

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
            .any(|l| empty::no_address_in_a_filled_line(text, l));
        let labels = if !any_empty {
            empty::LabelUse::default()
        } else {
            empty::LabelUse::learn(
                cx.document
                    .prose_links
                    .iter()
                    .filter(|l| !empty::in_a_titleless_item(text, l.span.start))
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
            out.extend(closing_bracket::stray_closing_bracket_in_prose(
                text, link.span,
            ));
            out.extend(closing_bracket::stray_closing_paren_in_prose(
                text, link.span,
            ));
            if let Some(d) = destination::address_after_parentheses(text, link.span, &link.url) {
                out.push(d);
                continue;
            }
            if !empty::in_a_titleless_item(text, link.span.start) {
                out.extend(labels.forgotten(cx.knowledge, text, link));
            }
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
            if let Some(d) = destination::nameless_site(text, link.span, &link.url) {
                out.push(d);
                continue;
            }
            if let Some(d) = arxiv_page::id_without_page(text, link.span, &link.url) {
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
            if let Some(d) = sentence_mark::bracket_at_the_end(text, link.span, &link.url) {
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
        // An HTML anchor outside tables (`<a href="https://arxiv.org/pdf/2113.01234.pdf">`,
        // an HTML table's cell) leads to an error page just the same.
        for anchor in crate::rules::list_entries::html_anchors(cx.document) {
            out.extend(destination::impossible_arxiv_id(&anchor.url, anchor.span));
        }
        // So does a bare URL GitHub shows as a link, the next item's title
        // glued to its id (`https://arxiv.org/abs/quant-ph/9601029Multiplexed`).
        // One in parentheses after a link's text is a spaced link's
        // (`[Title] (https://...)`), reported as such; one in a comment
        // shows as no link. Marks after the id (`">`) are left to the eye:
        // the id itself is sound.
        for bare in crate::rules::list_entries::bare_url_links(cx.document) {
            let before = text[..bare.span.start].trim_end_matches('(');
            let spaced = before.len() < bare.span.start && before.trim_end().ends_with(']');
            let url = bare.url.trim_end_matches(|c: char| !c.is_alphanumeric());
            if !spaced && !in_an_inline_comment(text, bare.span.start) {
                out.extend(destination::impossible_arxiv_id(url, bare.span));
            }
        }
        spaced_links_outside_paper_tables(cx, out);
        home_page::home_page_links(cx, out);
        out.extend(cx.check_rows(|r, out| check_row(cx, r, out)));
    }
}

/// Whether `at` sits after a `<!--` its line does not close before it.
fn in_an_inline_comment(text: &str, at: usize) -> bool {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let before = &text[line_start..at];
    before
        .rfind("<!--")
        .is_some_and(|open| !before[open..].contains("-->"))
}

/// The links and link syntax of one table row.
fn check_row(cx: &Context<'_>, r: &crate::rules::RowRef<'_>, out: &mut Vec<Diagnostic>) {
    let text = cx.document.text;
    // A template row kept for the next paper (`|[]()||||[Official]()|`)
    // is empty on purpose.
    if r.row
        .links()
        .all(|l| crate::knowledge::text::trim(l.url).is_empty())
        && !cx.is_paper(r)
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
            if cx.profile.empty_links.intended(
                cx.knowledge,
                text,
                (r.table_index, &link),
                papers_own_link,
            ) {
                continue;
            }
            if let Some(d) = nested::nested_link(text, link.span, link.url) {
                out.push(d);
            } else if let Some(d) = destination::placeholder(text, link.span, link.url) {
                out.push(d);
            } else if let Some(d) = search_wrapper::search_for_an_address(text, link.span, link.url)
            {
                out.push(d);
            } else if let Some(d) = destination::nameless_site(text, link.span, link.url) {
                out.push(d);
            } else if let Some(d) = arxiv_page::id_without_page(text, link.span, link.url) {
                out.push(d);
            } else if let Some(d) = destination::host_glued_to_path(text, link.span, link.url) {
                out.push(d);
            } else if let Some(d) = destination::emphasis_in_address(text, link.span, link.url) {
                out.push(d);
            } else if let Some(d) = text_as_href(text, &link) {
                out.push(d);
            } else if let Some(d) = sentence_mark::bracket_at_the_end(text, link.span, link.url) {
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
        // Each check below starts from a mark that nearly no cell holds.
        let marks = cell_marks::CellMarks::of(cell.raw());
        if marks.closing_after_paren {
            out.extend(stray_paren::stray_closing_paren(text, &cell));
        }
        if marks.doubled_bracket {
            out.extend(stray_paren::stray_opening_bracket(text, &cell));
        }
        if marks.link_syntax == 0 {
            continue;
        }
        out.extend(stray_paren::missing_opening_bracket(text, &cell));
        // Only link syntax that Markdown did not turn into a link is of interest.
        let written = marks.link_syntax;
        let parsed = cell
            .links()
            .filter(|l| r.text.as_bytes().get(l.span.start) == Some(&b'['))
            .count();
        if written <= parsed {
            continue;
        }
        for (whole, url) in written_links(cell.raw()) {
            let start = cell.span().start + whole.start;
            let url = crate::knowledge::text::trim(url);
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
            && links
                .iter()
                .all(|l| crate::knowledge::text::trim(l.url).is_empty())
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

/// `<a href="Face Deblurring Based on ...">`: an HTML anchor whose target
/// is words, not an address; GitHub links it to a path of the repository.
fn text_as_href(text: &str, link: &crate::document::Link<'_>) -> Option<Diagnostic> {
    // Only an HTML anchor's target: most links are Markdown's, whose URL
    // need not be read for words.
    let anchor = text.get(link.span.start..link.span.start + 2)?;
    if !anchor.eq_ignore_ascii_case("<a") {
        return None;
    }
    let url = crate::knowledge::text::trim(link.url);
    // `href=“https://...”`: typographic quotes are part of the target.
    if url.starts_with(['“', '”', '‘', '’']) {
        return Some(
            diagnostic(
                link.span,
                format!("the link's target `{url}` is in typographic quotes, so GitHub links to a path of the repository"),
            )
            .with_help("write the target between straight quotes: href=\"...\""),
        );
    }
    let words = url.split_whitespace().count() >= 3 && !url.contains(['/', '#', '.']);
    words.then(|| {
        diagnostic(
            link.span,
            format!("the link's target `{url}` is words, not an address"),
        )
        .with_help("write the paper's URL in `href`")
    })
}

fn problem_with(url: &str) -> Option<String> {
    if crate::knowledge::text::trim(url).is_empty() {
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
