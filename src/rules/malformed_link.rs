use super::{Context, FixKind, Rule, RuleMeta};
use crate::diagnostic::{Diagnostic, Severity};
use crate::knowledge::ids::{arxiv_link, ArxivLink};
use crate::knowledge::text::count;
use crate::span::Span;
use regex::Regex;
use std::sync::LazyLock;

pub struct MalformedLink;

static META: RuleMeta = RuleMeta {
    default: true,
    name: "malformed-link",
    severity: Severity::Error,
    summary: "an empty URL, a URL with spaces, or an arXiv id that cannot exist",
    doc: include_str!("../../rules/docs/malformed-link.md"),
    fix: FixKind::None,
};

/// Link syntax as written, for links Markdown did not accept.
static LINK_SYNTAX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[[^\]\n]*\]\(([^)\n]*)\)").expect("valid regex"));

impl Rule for MalformedLink {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for r in cx.rows() {
            for cell in r.row.cells() {
                for link in cell.links() {
                    if let Some(problem) = problem_with(link.url) {
                        out.push(diagnostic(link.span, problem));
                    }
                }
                // Only link syntax that Markdown did not turn into a link is of interest.
                let written = count(cell.raw(), "](");
                let parsed = cell
                    .links()
                    .filter(|l| r.text.as_bytes().get(l.span.start) == Some(&b'['))
                    .count();
                if written <= parsed {
                    continue;
                }
                for written in LINK_SYNTAX.captures_iter(cell.raw()) {
                    let whole = written.get(0).expect("group 0");
                    let start = cell.span().start + whole.start();
                    let url = written[1].trim();
                    let parsed = cell
                        .links()
                        .any(|l| l.span.start <= start && start < l.span.end);
                    if !parsed && url.contains(char::is_whitespace) && !url.starts_with('<') {
                        let span = Span::new(start, cell.span().start + whole.end());
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
    }
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

fn diagnostic(span: Span, message: String) -> Diagnostic {
    Diagnostic::new(META.name, META.severity, span, message)
        .with_label("malformed link")
        .with_help("correct the URL so that it points at the paper")
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    fn table(title_cell: &str) -> String {
        seed_table(
            "S",
            &[&format!(
                "| {title_cell} | CVPR 2021 | - | [Code](https://github.com/a/b) | 2021 |"
            )],
        )
    }

    #[test]
    fn fires_on_empty_urls_spaces_and_impossible_arxiv_ids() {
        for cell in [
            "[A]()",
            "[A](https://example.com/a paper.pdf)",
            "[A](https://arxiv.org/abs/2113.05538)",
            "[A](https://arxiv.org/abs/1501.1234)",
            "[A](https://arxiv.org/abs/2302.12831c)",
        ] {
            assert_eq!(lines("malformed-link", &table(cell)), [5], "{cell}");
        }
    }

    #[test]
    fn quiet_on_well_formed_links() {
        for cell in [
            "[A](https://arxiv.org/pdf/2106.06560v1.pdf)",
            "[A](https://arxiv.org/abs/cs/0112017)",
            "[A](https://openreview.net/pdf?id=_jMtny3sMKU)",
            "[A](<https://example.com/a paper.pdf>)",
            "[A](https://openaccess.thecvf.com//content/CVPR2023/papers/x.pdf)",
        ] {
            assert!(lines("malformed-link", &table(cell)).is_empty(), "{cell}");
        }
    }
}
