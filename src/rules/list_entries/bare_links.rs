//! Bare URLs on list items' lines (`doi: https://doi.org/10.1101/...`),
//! which GitHub shows as links (GFM's autolinks) and pulldown-cmark leaves
//! as text: for an item whose only paper link is written so, it is the
//! item's link.

use super::super::prose_lines::prose_lines;
use crate::document::{bare_urls, Document, FragmentLink};
use crate::knowledge::text::contains;

/// The bare URLs of the document's prose lines that no written link,
/// image or HTML attribute holds, as links showing their URL; `written`
/// are the links already read there, sorted by their start.
pub(super) fn bare_url_links(
    document: &Document<'_>,
    written: &[&FragmentLink],
) -> Vec<FragmentLink> {
    let mut found = Vec::new();
    for line in prose_lines(document) {
        if line.hidden || !(contains(line.text, "http") || contains(line.text, "www.")) {
            continue;
        }
        let mut urls = bare_urls(line.text);
        urls.extend(angle_autolinks(line.text));
        urls.sort_unstable();
        for (start, end) in urls {
            let at = line.start + start;
            if is_written_link(written, at) || !shown_as_link(line.text, start) {
                continue;
            }
            let shown = &line.text[start..end];
            let url = if shown.starts_with("www.") {
                format!("http://{shown}")
            } else {
                shown.to_string()
            };
            found.push(FragmentLink {
                text: shown.to_string(),
                url,
                span: crate::span::Span::new(at, line.start + end),
            });
        }
    }
    found
}

/// The URLs written in angle brackets (`<https://arxiv.org/abs/...>`),
/// CommonMark's autolinks: links, though not written as `[text](url)`.
fn angle_autolinks(line: &str) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = line[from..].find("<http").map(|i| from + i) {
        let start = at + 1;
        let rest = &line[start..];
        let end = rest.find(|c: char| c == '>' || c == '<' || c.is_whitespace());
        match end {
            Some(len) if rest[len..].starts_with('>') && rest[..len].contains("://") => {
                found.push((start, start + len));
                from = start + len;
            }
            _ => from = start,
        }
    }
    found
}

/// Whether a written link (`[text](url)`, an HTML anchor) covers `at`.
fn is_written_link(written: &[&FragmentLink], at: usize) -> bool {
    // Links nest only a level or two (`[![badge](img)](url)`): one that
    // covers `at` is among the last few to start before it.
    let after = written.partition_point(|l| l.span.start <= at);
    written[..after]
        .iter()
        .rev()
        .take(4)
        .any(|l| at < l.span.end)
}

/// Whether GitHub shows the URL at `start` of `line` as a link: not an
/// image's or an unread link's destination (`](https://...`), not inside
/// code (`` `https://...` ``), not a reference definition's target
/// (`[1]: https://...`).
fn shown_as_link(line: &str, start: usize) -> bool {
    let before = &line[..start];
    let destination = before.ends_with("](");
    let in_code = before.matches('`').count() % 2 == 1;
    let definition = before.trim_start().starts_with('[') && before.trim_end().ends_with("]:");
    !(destination || in_code || definition)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bare(text: &str) -> Vec<String> {
        let knowledge = crate::knowledge::Knowledge::builtin().expect("builtin knowledge");
        let document = crate::document::parse(text, &knowledge.columns);
        let written: Vec<&FragmentLink> = document.prose_links.iter().collect();
        bare_url_links(&document, &written)
            .into_iter()
            .map(|l| {
                assert_eq!(&text[l.span.start..l.span.end], l.text);
                l.url
            })
            .collect()
    }

    #[test]
    fn a_labelled_bare_url_on_an_items_second_line_is_a_link() {
        let text = "1. **\"A Paper Title Here.\"** medRxiv, 2020. <br>\n   doi: https://doi.org/10.1101/2020.04.24.20078998\n";
        assert_eq!(bare(text), ["https://doi.org/10.1101/2020.04.24.20078998"]);
        assert_eq!(
            bare("- see www.example.org/x.\n"),
            ["http://www.example.org/x"]
        );
        assert_eq!(
            bare("- Title <https://arxiv.org/abs/2001.00001>\n"),
            ["https://arxiv.org/abs/2001.00001"]
        );
    }

    #[test]
    fn urls_inside_links_images_code_attributes_and_definitions_are_not() {
        for text in [
            "- [A Paper](https://arxiv.org/abs/2001.00001)\n",
            "- ![badge](https://img.shields.io/badge/x)\n",
            "- `see https://arxiv.org/abs/2001.00001`\n",
            "- <img src=\"https://example.org/a.png\">\n",
            "[1]: https://arxiv.org/abs/2001.00001\n",
            "```\nhttps://arxiv.org/abs/2001.00001\n```\n",
        ] {
            assert!(bare(text).is_empty(), "{text}");
        }
    }
}
