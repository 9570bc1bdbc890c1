//! What a table's columns hold, decided over its rows (or the whole list's
//! when the table is small): venues, strategies, the venue's year or the
//! preprint's.

use super::model::{RowFacts, TableFacts};
use crate::document::Document;
use crate::document::Role;
use crate::knowledge::{Knowledge, VenueCell};
use crate::Settings;

/// Share of a column's filled cells that must be recognised before the
/// column counts as a venue column (strategy columns: profile::strategy_column).
const COLUMN_PROFILE_SHARE: f64 = 0.5;
/// Below this many filled cells a table borrows the document's profile.
const COLUMN_PROFILE_MIN_CELLS: usize = 5;

pub(super) fn profile_columns(tables: &mut [TableFacts]) {
    let venue_counts: Vec<(usize, usize)> = tables.iter().map(|t| venue_profile(&t.rows)).collect();
    let holds = |counts: &[(usize, usize)], own: (usize, usize)| {
        let (known, filled) = if own.1 >= COLUMN_PROFILE_MIN_CELLS {
            own
        } else {
            counts.iter().fold((0, 0), |a, c| (a.0 + c.0, a.1 + c.1))
        };
        filled > 0 && known as f64 >= COLUMN_PROFILE_SHARE * filled as f64
    };
    for (i, table) in tables.iter_mut().enumerate() {
        table.venue_column_holds_venues = holds(&venue_counts, venue_counts[i]);
    }
}

fn venue_profile(rows: &[RowFacts]) -> (usize, usize) {
    rows.iter()
        .filter_map(|r| r.venue.as_ref())
        .filter(|v| !matches!(v.value, VenueCell::Placeholder))
        .fold((0, 0), |(known, filled), v| {
            let recognised = !matches!(v.value, VenueCell::Unknown { .. });
            (known + usize::from(recognised), filled + 1)
        })
}

/// Share of agreeing rows from which a year column gives the venue's year.
const VENUE_YEAR_AGREEMENT: f64 = 0.8;
/// Rows with both years before their agreement decides.
const VENUE_YEAR_MIN_ROWS: usize = 5;
/// Rows with an arXiv id and a dated year cell before the arXiv dates decide.
const ARXIV_DATE_MIN_ROWS: usize = 3;

/// Decides, per table, whether its year column gives the venue's year. The
/// setting `year-column` decides when set. Otherwise: a header that names
/// the preprint says no; a column whose dates repeat the arXiv ids' year and
/// month in most rows says no; then the rows whose venue cell names a year
/// say whether the column follows it (the table's, or the whole list's when
/// the table has too few); else the column is the publication year.
pub(super) fn read_year_columns(
    document: &Document<'_>,
    tables: &mut [TableFacts],
    knowledge: &Knowledge,
    settings: &Settings,
) {
    use crate::settings::YearColumn;
    let agreement = |rows: &[RowFacts]| {
        rows.iter()
            .filter(|r| !venue_is_preprint_or_in_year_cell(r, knowledge))
            .filter_map(|r| Some((r.venue_year()?, r.cell_year()?)))
            .fold((0usize, 0usize), |(agree, both), (venue, cell)| {
                (agree + usize::from(venue == cell), both + 1)
            })
    };
    let arxiv_dates = |rows: &[RowFacts]| {
        rows.iter()
            .filter_map(|r| Some((r.arxiv?, r.cell_year()?, r.cell_month()?)))
            .fold((0usize, 0usize), |(same, dated), (arxiv, year, month)| {
                let is_arxiv_date = arxiv.year() == year && arxiv.month() == u32::from(month);
                (same + usize::from(is_arxiv_date), dated + 1)
            })
    };
    let sum =
        |counts: Vec<(usize, usize)>| counts.iter().fold((0, 0), |a, c| (a.0 + c.0, a.1 + c.1));
    let document_agreement = sum(tables.iter().map(|t| agreement(&t.rows)).collect());
    let document_dates = sum(tables.iter().map(|t| arxiv_dates(&t.rows)).collect());
    for (table, facts) in document.tables.iter().zip(tables.iter_mut()) {
        let Some(column) = table.column(Role::Year) else {
            continue;
        };
        let (same, dated) = arxiv_dates(&facts.rows);
        facts.dates_follow_arxiv = (dated >= ARXIV_DATE_MIN_ROWS).then_some(same * 2 >= dated);
        facts.year_column_gives_venue_year = match settings.year_column {
            YearColumn::Venue => true,
            YearColumn::Preprint => false,
            YearColumn::Auto => {
                let header = table.columns[column].header.to_lowercase();
                let names_preprint = ["arxiv", "preprint", "submi"]
                    .iter()
                    .any(|w| header.contains(w));
                let own = agreement(&facts.rows);
                let (agree, both) = if own.1 >= VENUE_YEAR_MIN_ROWS {
                    own
                } else {
                    document_agreement
                };
                let own_dates = arxiv_dates(&facts.rows);
                let (same, dated) = if own_dates.1 >= ARXIV_DATE_MIN_ROWS {
                    own_dates
                } else {
                    document_dates
                };
                // Dates that repeat the arXiv ids' year and month date the
                // preprints, however often their year matches the venue's.
                let follows_arxiv = dated >= ARXIV_DATE_MIN_ROWS && same * 2 >= dated;
                if names_preprint || follows_arxiv {
                    false
                } else if both >= VENUE_YEAR_MIN_ROWS {
                    agree as f64 >= VENUE_YEAR_AGREEMENT * both as f64
                } else {
                    true
                }
            }
        };
    }
}

/// How far the year column follows the venue's year. Preprint "venues"
/// ("arXiv 2023") agree with a preprint date by construction, and a venue
/// read from the year cell itself agrees with itself: neither is evidence.
pub(super) fn venue_year_agreement(tables: &[TableFacts], knowledge: &Knowledge) -> (f64, usize) {
    let (agree, both) = tables
        .iter()
        .flat_map(|t| &t.rows)
        .filter(|r| !venue_is_preprint_or_in_year_cell(r, knowledge))
        .filter_map(|r| Some((r.venue_year()?, r.cell_year()?)))
        .fold((0usize, 0usize), |(agree, both), (venue, cell)| {
            (agree + usize::from(venue == cell), both + 1)
        });
    if both == 0 {
        (0.0, 0)
    } else {
        (agree as f64 / both as f64, both)
    }
}

pub fn venue_is_preprint_or_in_year_cell(row: &RowFacts, knowledge: &Knowledge) -> bool {
    let Some(venue) = &row.venue else {
        return false;
    };
    let in_year_cell = row
        .year
        .as_ref()
        .is_some_and(|y| y.column() == venue.column());
    let preprint = venue
        .value
        .mention()
        .is_some_and(|m| !knowledge.venues.venue(m.venue).kind.is_reviewed());
    in_year_cell || preprint
}
