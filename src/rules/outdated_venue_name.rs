use super::venue_typo::{corrected_cell, name_span};
use super::{Context, Rule, RuleMeta};
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::knowledge::NameKind;

pub struct OutdatedVenueName;

use crate::registry::lint::OUTDATED_VENUE_NAME as META;

impl Rule for OutdatedVenueName {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for r in cx.rows() {
            let Some(fact) = &r.facts.venue else { continue };
            let Some(mention) = fact.value.mention() else {
                continue;
            };
            let NameKind::Former { last_year } = mention.kind else {
                continue;
            };
            let Some(year) = cx.venue_year(&r).map(|v| v.year) else {
                continue;
            };
            if year <= last_year {
                continue;
            }
            let current = &cx.knowledge.venues.venue(mention.venue).name;
            let span = name_span(&r, fact.column(), mention);
            out.push(
                Diagnostic::new(
                    META.name,
                    META.severity,
                    r.cell_span(fact.column()),
                    format!(
                        "`{}` was renamed {current} after {last_year}",
                        mention.written(r.cell_text(fact.column()))
                    ),
                )
                .with_label(format!("{current} in {year}"))
                .with_help(format!(
                    "write `{}`",
                    corrected_cell(&r, fact.column(), mention, current)
                ))
                .with_fix(span.map(|span| Fix::safe(vec![Edit::replace(span, current.as_str())]))),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    fn table(venue: &str) -> String {
        seed_table("S", &[&format!("| [A](https://example.com/a) | {venue} | - | [Code](https://github.com/a/b) | 2019 |")])
    }

    #[test]
    fn fires_on_nips_after_2017_with_a_safe_fix() {
        let text = table("NIPS 2019");
        let found = check("outdated-venue-name", &text);
        assert_eq!(found.len(), 1);
        assert_eq!(apply_fix(&text, &found[0]), table("NeurIPS 2019"));
    }

    #[test]
    fn reads_the_year_from_the_date_column() {
        let mut text = String::from("| Title | Venue | Date |\n|---|---|---|\n");
        for (i, (venue, date)) in [
            ("NIPS", "2023-10"),
            ("NIPS", "2016-12"),
            ("CVPR", "2021-06"),
        ]
        .iter()
        .enumerate()
        {
            text.push_str(&format!(
                "| [P{i}](https://example.com/{i}) | {venue} | {date} |\n"
            ));
        }
        let found = check("outdated-venue-name", &text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].message, "`NIPS` was renamed NeurIPS after 2017");
        assert!(apply_fix(&text, &found[0]).contains("| NeurIPS | 2023-10 |"));
    }

    #[test]
    fn quiet_on_nips_up_to_2017_and_on_neurips() {
        for venue in ["NIPS 2017", "NIPS'16", "NeurIPS 2019", "NeurIPS 2017"] {
            assert!(
                lines("outdated-venue-name", &table(venue)).is_empty(),
                "{venue}"
            );
        }
    }

    #[test]
    fn reads_the_year_of_a_bare_venue_from_a_year_column_first() {
        // `|Year|Pub|Paper|`: the venue cells never name a year, the Year
        // column gives it (issue 9 item 4).
        let mut text = String::from("|Year|Pub|Paper|Repo|\n|:---:|:---:|:---:|:---:|\n");
        for (i, (year, venue)) in [
            ("2020", "NIPS"),
            ("2017", "NIPS"),
            ("2019", "CVPR"),
            ("2018", "ICCV"),
        ]
        .iter()
        .enumerate()
        {
            text.push_str(&format!(
                "|{year}|{venue}|[P{i}](https://example.com/{i})||\n"
            ));
        }
        let found = check("outdated-venue-name", &text);
        assert_eq!(lines("outdated-venue-name", &text), [3]);
        assert!(apply_fix(&text, &found[0]).contains("|2020|NeurIPS|[P0]"));
        // So is an impossible year of a bare venue.
        assert_eq!(lines("impossible-venue-year", &text), [6]);
    }
}
