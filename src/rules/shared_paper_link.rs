use super::duplicate_paper::short;
use super::duplicates::Evidence;
use super::{Context, FixKind, Rule, RuleMeta};
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::row_title;

pub struct SharedPaperLink;

static META: RuleMeta = RuleMeta {
    default: true,
    name: "shared-paper-link",
    severity: Severity::Error,
    summary: "different titles whose paper links point at the same paper",
    doc: include_str!("../../rules/docs/shared-paper-link.md"),
    fix: FixKind::None,
};

impl Rule for SharedPaperLink {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for pair in cx.duplicate_pairs() {
            let Evidence::Id(id) = pair.evidence else {
                continue;
            };
            if pair.same_title {
                continue;
            }
            let earlier_line = cx.line(pair.earlier.row.span());
            let other = row_title(pair.earlier.table, pair.earlier.row).unwrap_or("another paper");
            let span = pair.later.row.links().next().map(|l| l.span);
            out.push(
                Diagnostic::new(
                    META.name,
                    META.severity,
                    span.unwrap_or(pair.later.row.span()),
                    format!("this row links {id}, which line {earlier_line} links for \"{}\"", short(other)),
                )
                .with_label(format!("same paper as line {earlier_line}"))
                .with_related(pair.earlier.title_span(), format!("also links {id}"))
                .with_help("one of the two links is wrong: open both and correct the link that does not match its title"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn fires_when_two_titles_share_one_arxiv_paper() {
        let a = "| [One-Shot Neural Ensemble Architecture Search by Diversity-Guided Search Space Shrinking](https://arxiv.org/pdf/2010.00969v3.pdf) | CVPR 2021 | Gradient | [Code](https://github.com/researchmm/NEAS) | 2021 |";
        let b = "| [DOTS: Decoupling Operation and Topology in Differentiable Architecture Search](https://arxiv.org/abs/2010.00969) | CVPR 2021 | Gradient | [Code](https://github.com/guyuchao/DOTS) | 2021 |";
        let found = check("shared-paper-link", &seed_table("S", &[a, b]));
        assert_eq!(found.len(), 1);
        assert!(
            found[0].message.contains("arXiv 2010.00969"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn quiet_on_shared_code_links_and_on_duplicates_of_one_title() {
        let a = "| [Paper A](https://arxiv.org/abs/2301.06393) | - | - | [Code](https://github.com/x/y) | 2023 |";
        let b = "| [Paper B](https://arxiv.org/abs/2203.01665) | - | - | [Code](https://github.com/x/y) | 2022 |";
        let c = "| [Paper A](https://arxiv.org/pdf/2301.06393v1.pdf) | - | - | [Code](https://github.com/x/z) | 2023 |";
        assert!(lines("shared-paper-link", &seed_table("S", &[a, b, c])).is_empty());
    }
}
