use super::{Context, Rule, RuleMeta};
use crate::diagnostic::Diagnostic;
use crate::knowledge::{Cadence, Venue};

pub struct ImpossibleVenueYear;

use crate::registry::lint::IMPOSSIBLE_VENUE_YEAR as META;

impl Rule for ImpossibleVenueYear {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let mut venue_years: Vec<Option<bool>> = vec![None; cx.document.tables.len()];
        let mut whole_list = None;
        for r in cx.rows() {
            let Some(fact) = &r.facts.venue else { continue };
            let Some(mention) = fact.value.mention() else {
                continue;
            };
            let Some(venue_year) = cx.venue_year(&r) else {
                continue;
            };
            let year = venue_year.year;
            let venue = cx.knowledge.venues.venue(mention.venue);
            let Some(reason) = why_impossible(venue, year, cx.settings.current_year) else {
                continue;
            };
            // A year column may give this row its preprint's year: with an
            // arXiv id of that very year and a real edition the year after
            // (`| ECCV | 2019 |`, arXiv 1911.xxxxx, ECCV 2020), nothing is
            // certain.
            // A span (`2019-2020`, `ICCV / arXiv | 2024–2025`) names a real
            // edition when either of its ends does.
            let span_start = match r.facts.year.as_ref().map(|y| &y.value) {
                Some(crate::knowledge::YearCell::Year {
                    year: start,
                    later: Some(_),
                    ..
                }) if venue_year.from_year_column => Some(*start),
                _ => None,
            };
            if span_start.is_some_and(|start| {
                why_impossible(venue, start, cx.settings.current_year).is_none()
            }) {
                continue;
            }
            let preprint_year = r.facts.arxiv.is_some_and(|a| a.year() == year);
            let writes_venue_years = *venue_years[r.table_index].get_or_insert_with(|| {
                year_column_dates_venues(cx, r.table_index, &mut whole_list)
            });
            if venue_year.from_year_column
                && preprint_year
                && !writes_venue_years
                && why_impossible(venue, year + 1, cx.settings.current_year).is_none()
            {
                continue;
            }
            let mut diagnostic = Diagnostic::new(
                META.name,
                META.severity,
                r.cell_span(fact.column()),
                format!("there was no {} {year}: {reason}", venue.name),
            )
            .with_label(format!("no {} in {year}", venue.name))
            .with_help("check the venue and the year against the paper's proceedings");
            if let (true, Some(year_fact)) = (venue_year.from_year_column, &r.facts.year) {
                let header = &r.table.columns[year_fact.column()].header;
                diagnostic = diagnostic.with_related(
                    r.cell_span(year_fact.column()),
                    format!("{header} gives the year {year}"),
                );
            }
            out.push(diagnostic);
        }
        prose_venue_years(cx, out);
    }
}

/// Outside tables (`- [Paper](...) ECCV2019`), a known venue named with a
/// year it did not meet in: the year is the one written right after it.
fn prose_venue_years(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for m in cx.prose_venues() {
        let crate::knowledge::VenueCell::Known(mention) = &m.cell else {
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
                m.span,
                format!("there was no {} {year}: {reason}", venue.name),
            )
            .with_label(format!("no {} in {year}", venue.name))
            .with_help("check the venue and the year against the paper's proceedings"),
        );
    }
}

pub(crate) fn why_impossible(venue: &Venue, year: i32, current_year: i32) -> Option<String> {
    if !venue.kind.is_reviewed() {
        return None;
    }
    if venue.met_late_in(year) {
        return None;
    }
    if year > current_year + 1 {
        return Some(format!("{year} is more than a year ahead"));
    }
    if let Some(first) = venue.first_year.filter(|&first| year < first) {
        return Some(format!("its first edition was in {first}"));
    }
    if venue.annual_since.is_some_and(|since| year >= since)
        || venue.cadence_since.is_some_and(|since| year < since)
    {
        return None;
    }
    match venue.cadence {
        Cadence::Odd if year % 2 == 0 => Some("it is held in odd years only".to_string()),
        Cadence::Even if year % 2 != 0 => Some("it is held in even years only".to_string()),
        _ => None,
    }
}

/// Whether a table's Year column plainly gives the venue's year, not the
/// preprint's: in a fifth of its conference rows at least (three or more),
/// the year comes after the row's arXiv id's year (`| CVPR | 2020 |` on
/// 1911.xxxxx). A list that dates preprints seldom writes a later year.
/// A table with fewer than [`OWN_EVIDENCE_ROWS`] such rows is judged with
/// the whole list's (sixteen small tables under one header).
fn year_column_dates_venues(
    cx: &Context<'_>,
    table_index: usize,
    whole_list: &mut Option<(usize, usize)>,
) -> bool {
    let (later, rows) = later_years(cx, table_index);
    let (later, rows) = if rows < OWN_EVIDENCE_ROWS {
        *whole_list.get_or_insert_with(|| {
            (0..cx.document.tables.len())
                .map(|t| later_years(cx, t))
                .fold((0, 0), |(l, r), (x, y)| (l + x, r + y))
        })
    } else {
        (later, rows)
    };
    later >= 3 && later * 5 >= rows
}

/// See [`year_column_dates_venues`].
const OWN_EVIDENCE_ROWS: usize = 10;

/// Of a table's conference rows with an arXiv id and a year cell, how many
/// are dated after their id's year, and how many there are.
fn later_years(cx: &Context<'_>, table_index: usize) -> (usize, usize) {
    let (mut later, mut rows) = (0usize, 0usize);
    for row_index in 0..cx.document.tables[table_index].row_count() {
        let r = cx.row((table_index, row_index));
        let conference = r
            .facts
            .venue
            .as_ref()
            .and_then(|v| v.value.mention())
            .is_some_and(|m| {
                cx.knowledge.venues.venue(m.venue).kind == crate::knowledge::VenueKind::Conference
            });
        let (Some(arxiv), Some(year)) = (r.facts.arxiv, r.facts.cell_year()) else {
            continue;
        };
        if conference {
            rows += 1;
            later += usize::from(year > arxiv.year());
        }
    }
    (later, rows)
}

#[cfg(test)]
mod tests;
