use super::duplicates::{Evidence, Pair};
use super::{Context, FixKind, Rule, RuleMeta};
use crate::diagnostic::{Diagnostic, Edit, Fix, Severity};
use crate::facts::{row_title, RowFacts};
use crate::knowledge::{VenueCell, VenueKind};

pub struct DuplicatePaper;

static META: RuleMeta = RuleMeta {
    name: "duplicate-paper",
    severity: Severity::Error,
    summary: "the same paper twice (a warning when the copies are in different sections)",
    doc: include_str!("../../rules/docs/duplicate-paper.md"),
    fix: FixKind::Unsafe,
};

impl Rule for DuplicatePaper {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for pair in cx.duplicate_pairs() {
            if !pair.same_title || conflict(pair.earlier.facts, pair.later.facts, cx).is_some() {
                continue;
            }
            let same_section = pair.earlier.table.heading == pair.later.table.heading;
            let severity = if same_section {
                Severity::Error
            } else {
                Severity::Warning
            };
            let earlier_line = cx.line(pair.earlier.row.span());
            let where_ = if same_section {
                ""
            } else {
                " (in another section)"
            };
            let title = row_title(pair.later.table, pair.later.row).unwrap_or("this paper");
            out.push(
                Diagnostic::new(
                    META.name,
                    severity,
                    pair.later.title_span(),
                    format!(
                        "\"{}\" is already listed at line {earlier_line}{where_}",
                        short(title)
                    ),
                )
                .with_label(format!(
                    "duplicate of line {earlier_line}, same {}",
                    evidence(&pair)
                ))
                .with_related(pair.earlier.title_span(), "first listed here")
                .with_help("keep one of the two rows")
                .with_fix(delete_identical_copy(&pair, cx)),
            );
        }
    }
}

/// What differs between two copies, if anything: venue or year.
pub(super) fn conflict(a: &RowFacts, b: &RowFacts, cx: &Context<'_>) -> Option<String> {
    // A release channel (`Google`, `Blog`) names where a paper was shown,
    // not where it was published: it disagrees with no venue.
    let venue = |facts: &RowFacts| match facts.venue.as_ref().map(|v| &v.value) {
        Some(VenueCell::Known(m) | VenueCell::Typo(m))
            if cx.knowledge.venues.venue(m.venue).kind != VenueKind::Channel =>
        {
            Some((m.venue, m.year))
        }
        _ => None,
    };
    if let (Some((va, ya)), Some((vb, yb))) = (venue(a), venue(b)) {
        let name = |v: u32| cx.knowledge.venues.venue(v).name.clone();
        let describe = |v: u32, y: Option<i32>| match y {
            Some(y) => format!("{} {y}", name(v)),
            None => name(v),
        };
        if va != vb || (ya.is_some() && yb.is_some() && ya != yb) {
            return Some(format!("{} vs {}", describe(vb, yb), describe(va, ya)));
        }
    }
    if let (Some(ya), Some(yb)) = (a.cell_year(), b.cell_year()) {
        if ya != yb {
            return Some(format!("year {yb} vs {ya}"));
        }
        if let (Some(ma), Some(mb)) = (a.cell_month(), b.cell_month()) {
            if ma != mb {
                return Some(format!("date {yb}-{mb:02} vs {ya}-{ma:02}"));
            }
        }
    }
    None
}

fn evidence(pair: &Pair<'_>) -> String {
    match pair.evidence {
        Evidence::Id(id) => id.to_string(),
        Evidence::Title => "title".to_string(),
    }
}

/// Deleting is offered only for byte-identical rows in one table: then
/// nothing can be lost.
fn delete_identical_copy(pair: &Pair<'_>, cx: &Context<'_>) -> Option<Fix> {
    let text = cx.document.text;
    let same_table = pair.earlier.table_index == pair.later.table_index;
    if !same_table || pair.earlier.row.span().slice(text) != pair.later.row.span().slice(text) {
        return None;
    }
    let line = cx.document.lines.line_of(pair.later.row.span().start);
    let span = cx.document.lines.full_line_span(line);
    Some(Fix::unsafe_(vec![Edit::replace(span, "")]))
}

pub(super) fn short(title: &str) -> String {
    const MAX: usize = 60;
    if title.chars().count() <= MAX {
        title.to_string()
    } else {
        let cut: String = title.chars().take(MAX).collect();
        format!("{}…", cut.trim_end())
    }
}

#[cfg(test)]
mod tests {
    use crate::diagnostic::Severity;
    use crate::rules::testing::*;

    const TENAS: &str = "| [Neural Architecture Search on ImageNet in Four GPU Hours](https://openreview.net/forum?id=Cnon5ezMHtu) | ICLR 2021 | Gradient | [Code](https://github.com/VITA-Group/TENAS) | 2021 |";
    const TENAS_OTHER: &str = "| [Neural Architecture Search on ImageNet in Four GPU Hours](https://openreview.net/forum?id=Cnon5ezMHtu) | ICLR 2021 | Training-free | [Code](https://github.com/VITA-Group/TENAS) | 2021 |";

    #[test]
    fn fires_as_warning_across_sections() {
        let text = format!(
            "{}\n{}",
            seed_table("Gradient", &[TENAS]),
            seed_table("Other", &[TENAS_OTHER])
        );
        let found = check("duplicate-paper", &text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Warning);
        assert_eq!(found[0].related.len(), 1);
        assert!(
            found[0].message.contains("already listed at line 5"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn fires_as_error_within_a_section_and_offers_to_delete_identical_rows() {
        let text = seed_table("S", &[TENAS, TENAS]);
        let found = check("duplicate-paper", &text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Error);
        assert_eq!(apply_fix(&text, &found[0]), seed_table("S", &[TENAS]));
    }

    #[test]
    fn finds_any_arxiv_url_form_and_the_title() {
        let a = "| [Paper A](https://arxiv.org/pdf/2001.02525v2.pdf) | ICLR 2020 | - | [Code](https://github.com/a/a) | 2020 |";
        let b = "| [Paper A](https://arxiv.org/abs/2001.02525) | ICLR 2020 | - | [Code](https://github.com/a/b) | 2020 |";
        let c = "| [paper a.](https://example.com/a) | ICLR 2020 | - | [Code](https://github.com/a/c) | 2020 |";
        assert_eq!(
            lines("duplicate-paper", &seed_table("S", &[a, b, c])),
            [6, 7]
        );
    }

    #[test]
    fn quiet_on_different_papers_sharing_a_repository() {
        let a = "| [β-DARTS++: Bi-level Regularization](https://arxiv.org/pdf/2301.06393v1.pdf) | - | - | [Code](https://github.com/Sunshine-Ye/Beta-DARTS) | 2023 |";
        let b = "| [β-DARTS: Beta-Decay Regularization](http://openaccess.thecvf.com//content/CVPR2022/papers/x.pdf) | - | - | [Code](https://github.com/Sunshine-Ye/Beta-DARTS) | 2022 |";
        assert!(lines("duplicate-paper", &seed_table("S", &[a, b])).is_empty());
    }

    #[test]
    fn leaves_conflicting_copies_to_conflicting_duplicate() {
        let a = "| [NAS-Bench-101](https://arxiv.org/abs/1902.09635) | ICML 2018 | Other | [Code](https://github.com/a/a) | 2018 |";
        let b = "| [NAS-Bench-101](https://arxiv.org/abs/1902.09635) | ICML 2019 | Benchmark | [Code](https://github.com/a/a) | 2019 |";
        assert!(lines("duplicate-paper", &seed_table("S", &[a, b])).is_empty());
    }
}
