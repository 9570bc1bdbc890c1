use super::{Context, FixKind, Rule, RuleMeta};
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::{first_arxiv, ArxivDate};

pub struct YearBeforePreprint;

static META: RuleMeta = RuleMeta {
    name: "year-before-preprint",
    severity: Severity::Warning,
    summary: "venue or year earlier than the year of the row's arXiv id",
    doc: include_str!("../../rules/docs/year-before-preprint.md"),
    fix: FixKind::None,
};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Rule for YearBeforePreprint {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for r in cx.rows() {
            let Some(arxiv) = &r.facts.arxiv else {
                continue;
            };
            let earliest = earliest_plausible_year(arxiv);
            let venue = r
                .facts
                .venue_year()
                .filter(|&y| y < earliest)
                .zip(r.facts.venue.as_ref());
            let cell = r
                .facts
                .cell_year()
                .filter(|&y| y < earliest)
                .zip(r.facts.year.as_ref());
            let (year, column, what) = match (venue, cell) {
                (Some((year, fact)), _) => (year, fact.column, "venue"),
                (None, Some((year, fact))) => (year, fact.column, "year"),
                (None, None) => continue,
            };
            let id = first_arxiv(r.table, r.row).map_or_else(String::new, |a| a.id);
            let month = MONTHS[(arxiv.month as usize).clamp(1, 12) - 1];
            out.push(
                Diagnostic::new(
                    META.name,
                    META.severity,
                    r.cell_span(column),
                    format!(
                        "the {what} year {year} is earlier than the arXiv preprint {} ({month} {})",
                        id, arxiv.year
                    ),
                )
                .with_label(format!("before {}", arxiv.year))
                .with_help("check the year, or whether the link points at the right paper"),
            );
        }
    }
}

/// A January id may belong to a submission from the last days of December.
fn earliest_plausible_year(arxiv: &ArxivDate) -> i32 {
    if arxiv.month == 1 {
        arxiv.year - 1
    } else {
        arxiv.year
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    fn table(arxiv: &str, venue: &str, year: &str) -> String {
        seed_table("S", &[&format!("| [A](https://arxiv.org/abs/{arxiv}) | {venue} | - | [Code](https://github.com/a/b) | {year} |")])
    }

    #[test]
    fn fires_once_when_venue_or_year_predate_the_preprint() {
        let found = check(
            "year-before-preprint",
            &table("1902.09635", "ICML 2018", "2018"),
        );
        assert_eq!(found.len(), 1);
        assert!(
            found[0].message.contains("1902.09635 (February 2019)"),
            "{}",
            found[0].message
        );
        assert_eq!(
            lines("year-before-preprint", &table("1902.09635", "-", "2018")),
            [5]
        );
    }

    #[test]
    fn quiet_on_later_years_and_on_january_ids_of_the_year_before() {
        assert!(lines(
            "year-before-preprint",
            &table("1902.09635", "ICML 2019", "2019")
        )
        .is_empty());
        assert!(lines("year-before-preprint", &table("2301.01286", "-", "2022")).is_empty());
        assert!(lines(
            "year-before-preprint",
            &table("2006.12986", "ICLR 2020", "2020")
        )
        .is_empty());
    }
}
