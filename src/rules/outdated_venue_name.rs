use super::venue_typo::{corrected_cell, name_span};
use super::{Context, RowRef, Rule, RuleMeta};
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::knowledge::NameKind;
use std::collections::HashMap;

pub struct OutdatedVenueName;

/// A former name written for most of a venue's later editions, in at least
/// this many rows, is the list's own choice (a list that writes `NIPS 2023`
/// throughout), not a slip to report row by row.
const CONVENTION_ROWS: usize = 3;
/// ... and in at least this share (per cent) of the rows naming those
/// editions; a list that mostly writes the new name still hears of the rest.
const CONVENTION_PERCENT: usize = 75;

/// A row's venue with the year the venue gives it.
struct Edition<'a> {
    row: RowRef<'a>,
    venue: u32,
    former_until: Option<i32>,
    year: i32,
}

use crate::registry::lint::OUTDATED_VENUE_NAME as META;

impl Rule for OutdatedVenueName {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let editions = editions(cx);
        let conventional = conventional_former_names(&editions);
        for edition in &editions {
            let Some(last_year) = edition.former_until else {
                continue;
            };
            if edition.year <= last_year || conventional.contains(&edition.venue) {
                continue;
            }
            let (r, year) = (&edition.row, edition.year);
            let Some(fact) = &r.facts.venue else { continue };
            let Some(mention) = fact.value.mention() else {
                continue;
            };
            let current = &cx.knowledge.venues.venue(mention.venue).name;
            let span = name_span(r, fact.column(), mention);
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
                    corrected_cell(r, fact.column(), mention, current)
                ))
                .with_fix(span.map(|span| Fix::safe(vec![Edit::replace(span, current.as_str())]))),
            );
        }
    }
}

/// Every row that names a known venue and gives it a year.
fn editions<'a>(cx: &Context<'a>) -> Vec<Edition<'a>> {
    cx.rows()
        .filter_map(|row| {
            let mention = row.facts.venue.as_ref()?.value.mention()?;
            let (venue, kind) = (mention.venue, mention.kind);
            let year = cx.venue_year(&row)?.year;
            let former_until = match kind {
                NameKind::Former { last_year } => Some(last_year),
                _ => None,
            };
            Some(Edition {
                row,
                venue,
                former_until,
                year,
            })
        })
        .collect()
}

/// Venues whose former name the list writes on purpose for later editions:
/// in [`CONVENTION_ROWS`] rows or more, and in [`CONVENTION_PERCENT`] of the
/// rows naming an edition after the rename.
fn conventional_former_names(editions: &[Edition<'_>]) -> Vec<u32> {
    let mut renamed_after: HashMap<u32, i32> = HashMap::new();
    for e in editions {
        if let Some(last_year) = e.former_until {
            renamed_after.insert(e.venue, last_year);
        }
    }
    let mut counts: HashMap<u32, (usize, usize)> = HashMap::new();
    for e in editions {
        let Some(&last_year) = renamed_after.get(&e.venue) else {
            continue;
        };
        if e.year <= last_year {
            continue;
        }
        let (former, all) = counts.entry(e.venue).or_default();
        *former += usize::from(e.former_until.is_some());
        *all += 1;
    }
    counts
        .into_iter()
        .filter(|&(_, (former, all))| {
            former >= CONVENTION_ROWS && former * 100 >= all * CONVENTION_PERCENT
        })
        .map(|(venue, _)| venue)
        .collect()
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
    fn a_list_that_writes_nips_for_later_editions_throughout_keeps_its_spelling() {
        let rows = |venues: &[&str]| -> String {
            let rows: Vec<String> = venues
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    format!("| [P{i}](https://example.com/{i}) | {v} | - | [Code](https://github.com/a/b{i}) | 2019 |")
                })
                .collect();
            let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
            seed_table("S", &rows)
        };
        // Three of three later editions as NIPS (one before the rename does
        // not count either way): the list's choice.
        let text = rows(&["NIPS 2019", "NIPS 2021", "NIPS 2023", "NIPS 2016"]);
        assert!(lines("outdated-venue-name", &text).is_empty());
        // Three of five: the list has no settled spelling; each NIPS is reported.
        let text = rows(&[
            "NIPS 2019",
            "NIPS 2021",
            "NIPS 2023",
            "NeurIPS 2022",
            "NeurIPS 2024",
        ]);
        assert_eq!(lines("outdated-venue-name", &text).len(), 3);
        // Two rows are too few to call a convention.
        let text = rows(&["NIPS 2019", "NIPS 2021"]);
        assert_eq!(lines("outdated-venue-name", &text).len(), 2);
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
