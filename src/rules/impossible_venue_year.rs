use super::{Context, FixKind, Rule, RuleMeta};
use crate::diagnostic::{Diagnostic, Severity};
use crate::knowledge::{Cadence, Venue};

pub struct ImpossibleVenueYear;

static META: RuleMeta = RuleMeta {
    name: "impossible-venue-year",
    severity: Severity::Error,
    summary: "a venue in a year it was not held",
    doc: include_str!("../../rules/docs/impossible-venue-year.md"),
    fix: FixKind::None,
};

impl Rule for ImpossibleVenueYear {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for r in cx.rows() {
            let Some(fact) = &r.facts.venue else { continue };
            let Some(mention) = fact.value.mention() else {
                continue;
            };
            let Some(year) = mention.year else { continue };
            let venue = cx.knowledge.venues.venue(mention.venue);
            let Some(reason) = why_impossible(venue, year, cx.settings.current_year) else {
                continue;
            };
            out.push(
                Diagnostic::new(
                    META.name,
                    META.severity,
                    r.cell_span(fact.column()),
                    format!("there was no {} {year}: {reason}", venue.name),
                )
                .with_label(format!("no {} in {year}", venue.name))
                .with_help("check the venue and the year against the paper's proceedings"),
            );
        }
    }
}

fn why_impossible(venue: &Venue, year: i32, current_year: i32) -> Option<String> {
    if !venue.kind.is_reviewed() {
        return None;
    }
    if year > current_year + 1 {
        return Some(format!("{year} is more than a year ahead"));
    }
    if let Some(first) = venue.first_year.filter(|&first| year < first) {
        return Some(format!("its first edition was in {first}"));
    }
    match venue.cadence {
        Cadence::Odd if year % 2 == 0 => Some("it is held in odd years only".to_string()),
        Cadence::Even if year % 2 != 0 => Some("it is held in even years only".to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    fn table(venue: &str) -> String {
        seed_table(
            "S",
            &[&format!(
                "| [A](https://example.com/a) | {venue} | - | [Code](https://github.com/a/b) | - |"
            )],
        )
    }

    #[test]
    fn fires_on_off_years_early_years_and_future_years() {
        for venue in [
            "ICCV 2020",
            "ECCV 2021",
            "ICLR 2012",
            "TMLR 2021",
            "CVPR 2031",
            "ICCV'22",
        ] {
            assert_eq!(
                lines("impossible-venue-year", &table(venue)),
                [5],
                "{venue}"
            );
        }
    }

    #[test]
    fn quiet_on_real_editions() {
        for venue in [
            "ICCV 2019",
            "ECCV 2020",
            "ICLR 2013",
            "CVPR 2027",
            "arXiv 2030",
            "ICCV",
        ] {
            assert!(
                lines("impossible-venue-year", &table(venue)).is_empty(),
                "{venue}"
            );
        }
    }
}
