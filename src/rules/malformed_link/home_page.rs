//! Paper links that go to a paper site's home page: a placeholder kept for
//! the real link, or a link cut back to its host.

use super::finding::diagnostic;
use super::hosts::KNOWN_HOSTS;
use crate::diagnostic::Diagnostic;
use crate::knowledge::Role;
use crate::rules::Context;
use crate::span::Span;

/// Each paper-site home page linked from a table's title or paper column,
/// reported once per table at its first link, with how many rows share it.
pub(super) fn home_page_links(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (table_index, table) in cx.document.tables.iter().enumerate() {
        let (title, paper) = (table.column(Role::Title), table.column(Role::Paper));
        let mut found: Vec<(String, Span, usize)> = Vec::new();
        for row_index in 0..table.row_count() {
            let r = cx.row((table_index, row_index));
            let mut title_links = 0;
            for link in r.row.links() {
                // A title cell's first link is the paper's; the ones after it
                // label where it appeared (`[Title](...) [[CVPR](https://openaccess.thecvf.com/)]`).
                let in_title = Some(link.cell) == title;
                title_links += usize::from(in_title);
                if !(in_title && title_links == 1) && Some(link.cell) != paper {
                    continue;
                }
                let Some(host) = home_page_host(link.url) else {
                    continue;
                };
                match found.iter_mut().find(|(h, _, _)| *h == host) {
                    Some((_, _, rows)) => *rows += 1,
                    None => found.push((host, link.span, 1)),
                }
            }
        }
        for (host, span, rows) in found {
            let message = if rows == 1 {
                format!("the link goes to the home page of {host}, not to a paper")
            } else {
                format!("{rows} rows of this table link the home page of {host}, not their papers (this is the first)")
            };
            out.push(diagnostic(span, message).with_label("a site's home page"));
        }
    }
}

/// The host of a URL that is a well-known site's address and nothing more:
/// no paper lives at the root of arXiv, a publisher, GitHub or YouTube.
fn home_page_host(url: &str) -> Option<String> {
    let url = crate::knowledge::text::trim(url);
    let rest = ["https://", "http://"].iter().find_map(|scheme| {
        url.get(..scheme.len())
            .filter(|s| s.eq_ignore_ascii_case(scheme))
            .map(|_| &url[scheme.len()..])
    })?;
    let host = rest.strip_suffix('/').unwrap_or(rest).to_ascii_lowercase();
    KNOWN_HOSTS.contains(&host.as_str()).then_some(host)
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn paper_links_to_a_paper_sites_home_page_are_reported_once_per_table() {
        // OpenSourcerer-A's CVPR 2024 file: every row's link is the CVF home page.
        let header = "| 序号 | 题目 | link |\n|---|---|---|\n";
        let row = |i: usize| {
            format!("| {i} | Paper number {i} on segmentation | [link](https://openaccess.thecvf.com) |")
        };
        let rows: Vec<String> = (1..=3).map(row).collect();
        let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
        let text = table_of(header, &rows);
        let found = check("malformed-link", &text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].message.starts_with("3 rows of this table"),
            "{}",
            found[0].message
        );
        // A title linked to arXiv's front page, alone.
        let text = table_with_title_cell("[A Paper](https://arxiv.org/)");
        assert_eq!(lines("malformed-link", &text).len(), 1);
        // A venue cell may link its conference's site; a paper's page is fine.
        let text = seed_table(
            "S",
            &["| [A](https://openaccess.thecvf.com/content/CVPR2024/html/A_CVPR_2024_paper.html) | [CVPR](https://openaccess.thecvf.com) | - | - | 2024 |"],
        );
        assert!(lines("malformed-link", &text).is_empty());
        // A venue label after the title's own link links its conference.
        let text = table_with_title_cell(
            "[A Paper](https://arxiv.org/abs/2401.00001) [[CVPR](https://openaccess.thecvf.com/)]",
        );
        assert!(lines("malformed-link", &text).is_empty());
    }
}
