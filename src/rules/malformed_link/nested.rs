//! A link whose destination is itself a link, `[text]([https://a](https://b))`:
//! Markdown takes the whole `[https://a](https://b)` for the URL, a path of
//! the repository to GitHub, and the link 404s.

use super::finding::diagnostic;
use super::hosts::schemeless_host;
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::knowledge::ids::paper_ids;
use crate::span::Span;

/// The two parts of a destination written as a link, `[a](b)`: the inner
/// link's text (often a URL pasted twice, or a label such as `[Paper]`)
/// and its URL, when at least one of them is a web address.
fn inner_link(url: &str) -> Option<(&str, &str)> {
    let inside = url.strip_prefix('[')?.strip_suffix(')')?;
    let (first, second) = inside.split_once("](")?;
    let (first, second) = (first.trim(), second.trim());
    // `[[Paper]]( [[Paper]](https://...))`: a bracketed label as the inner
    // link's text; other brackets are some other syntax.
    let label = first
        .strip_prefix('[')
        .and_then(|l| l.strip_suffix(']'))
        .is_some_and(|l| !l.contains(['[', ']']));
    if first.is_empty()
        || second.is_empty()
        || (first.contains(['[', ']']) && !label)
        || !(web_address(first) || web_address(second))
    {
        return None;
    }
    Some((first, second))
}

fn web_address(u: &str) -> bool {
    let lower = u.to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://") || schemeless_host(u).is_some()
}

/// Whether the two URLs of a nested link lead to one place: equal up to a
/// trailing slash or the scheme, one the start of the other
/// (`github.com/a/b` and `github.com/a/b/tree/main`), or two links of one
/// paper (its arXiv abstract and PDF).
fn one_target(first: &str, second: &str) -> bool {
    let bare = |u: &str| {
        let lower = u.trim_end_matches('/').to_ascii_lowercase();
        let rest = lower
            .strip_prefix("https://")
            .or_else(|| lower.strip_prefix("http://"))
            .map(str::to_string)
            .unwrap_or_else(|| lower.clone());
        rest.strip_prefix("www.")
            .map(str::to_string)
            .unwrap_or(rest)
    };
    let (a, b) = (bare(first), bare(second));
    let starts = |long: &str, short: &str| {
        long.strip_prefix(short)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['/', '?', '#']))
    };
    if starts(&a, &b) || starts(&b, &a) {
        return true;
    }
    let ids = paper_ids(second);
    paper_ids(first).iter().any(|id| ids.contains(id))
}

/// The finding for a nested link, with the fix that keeps the inner link's
/// destination: safe when both URLs lead to one place or the inner text is
/// no address at all, unsafe otherwise (one of the two may be a leftover of
/// another row).
pub(super) fn nested_link(text: &str, span: Span, url: &str) -> Option<Diagnostic> {
    let (first, second) = inner_link(url)?;
    let url_at = super::destination::url_at(text, span, url);
    let only_one_address = !web_address(first);
    let same = only_one_address || one_target(first, second);
    let edits = url_at.map(|at| vec![Edit::replace(Span::new(at, at + url.len()), second)]);
    let fix = edits.map(|edits| Fix::safe_if(same, edits));
    let help = if only_one_address {
        format!("`{first}` is the inner link's text, not an address: write `({second})`")
    } else if same {
        format!("both URLs lead to one place: write `({second})`")
    } else {
        format!(
            "write one of the two URLs, `({second})` or `({first})`, whichever this link is for"
        )
    };
    Some(
        diagnostic(
            span,
            format!("the link's destination is another link, `{url}`, so GitHub links to a path of the repository"),
        )
        .with_label("a link inside a link's parentheses")
        .with_help(help)
        .with_fix(fix),
    )
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;
    use crate::Applicability;

    fn table(title_cell: &str, code_cell: &str) -> String {
        seed_table(
            "S",
            &[&format!(
                "| {title_cell} | CVPR 2021 | - | {code_cell} | 2021 |"
            )],
        )
    }

    #[test]
    fn a_link_in_the_parentheses_of_a_link() {
        // As a citation-style row writes it: a publisher page, then the
        // arXiv link, both inside the parentheses.
        let text = table(
            "[Lee K, Park J. Federated distillation. Wireless Learning, 2022]([https://www.researchgate.net/publication/1_Federated_Distillation](https://arxiv.org/abs/2011.01234))",
            "[Code](https://github.com/a/b)",
        );
        let found = check("malformed-link", &text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].message.contains("destination is another link"),
            "{}",
            found[0].message
        );
        let fix = found[0].fix.as_ref().expect("a fix");
        assert_eq!(fix.applicability, Applicability::Unsafe);
        assert_eq!(
            apply_fix(&text, &found[0]),
            text.replace(
                "([https://www.researchgate.net/publication/1_Federated_Distillation](https://arxiv.org/abs/2011.01234))",
                "(https://arxiv.org/abs/2011.01234)"
            )
        );
        // Two repositories, in the code cell: which one is right is not
        // known, so the fix is unsafe.
        let text = table(
            "[A](https://arxiv.org/abs/2011.01234)",
            "[Github]([https://github.com/a/old](https://github.com/b/new))",
        );
        let found = check("malformed-link", &text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].fix.as_ref().map(|f| f.applicability),
            Some(Applicability::Unsafe)
        );
        // Around a badge image.
        let text = table(
            "[A](https://arxiv.org/abs/2011.01234)",
            "[![Stars](https://img.shields.io/github/stars/b/new)]([https://github.com/a/old](https://github.com/b/new))",
        );
        assert_eq!(lines("malformed-link", &text), [5]);
    }

    #[test]
    fn one_target_written_twice_gets_a_safe_fix() {
        for (destination, kept) in [
            (
                "[https://github.com/a/b](https://github.com/a/b)",
                "https://github.com/a/b",
            ),
            (
                "[http://arxiv.org/abs/2307.03339](https://arxiv.org/pdf/2307.03339.pdf)",
                "https://arxiv.org/pdf/2307.03339.pdf",
            ),
            (
                "[https://github.com/a/b](https://github.com/a/b/tree/main)",
                "https://github.com/a/b/tree/main",
            ),
        ] {
            let text = table(
                "[A](https://arxiv.org/abs/2011.01234)",
                &format!("[Code]({destination})"),
            );
            let found = check("malformed-link", &text);
            assert_eq!(found.len(), 1, "{destination}: {found:?}");
            assert_eq!(
                found[0].fix.as_ref().map(|f| f.applicability),
                Some(Applicability::Safe),
                "{destination}"
            );
            assert_eq!(apply_fix(&text, &found[0]), text.replace(destination, kept));
        }
        // A repository and another one whose name merely starts the same.
        let text = table(
            "[A](https://arxiv.org/abs/2011.01234)",
            "[Code]([https://github.com/a/b](https://github.com/a/bc))",
        );
        let found = check("malformed-link", &text);
        assert_eq!(
            found[0].fix.as_ref().map(|f| f.applicability),
            Some(Applicability::Unsafe)
        );
    }

    #[test]
    fn a_labelled_link_pasted_into_a_labelled_link() {
        // WKUAILAB's point-cloud list: `[[Paper]]( [[Paper]](url))`. The
        // inner `[Paper]` is link text, so the one URL there is the fix.
        for url in [
            "https://arxiv.org/pdf/2109.04456.pdf",
            "https://github.com/x/y",
        ] {
            let text = format!("# List\n\n- Title [[Paper]]( [[Paper]]({url}))\n");
            let found = check("malformed-link", &text);
            assert_eq!(found.len(), 1, "{found:?}");
            assert!(
                found[0].message.contains("destination is another link"),
                "{}",
                found[0].message
            );
            assert_eq!(
                found[0].fix.as_ref().map(|f| f.applicability),
                Some(Applicability::Safe)
            );
            assert_eq!(
                apply_fix(&text, &found[0]),
                format!("# List\n\n- Title [[Paper]]( {url})\n")
            );
        }
    }

    #[test]
    fn outside_the_tables_and_not_for_other_bracketed_paths() {
        let text = "# List\n\n- [Survey]([https://a.org/x](https://a.org/x))\n- [Notes]([draft]) \n- [Site](https://example.com)\n";
        assert_eq!(lines("malformed-link", text), [3]);
        // A bracketed file name is a path of the repository, not a link.
        assert!(lines(
            "malformed-link",
            &table(
                "[A](https://arxiv.org/abs/2011.01234)",
                "[Code]([v1](notes.md))"
            )
        )
        .is_empty());
    }
}
