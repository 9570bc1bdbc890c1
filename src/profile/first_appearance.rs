//! Whether a table's year column keeps the year each paper first appeared.
//!
//! Lists that add papers as preprints and fill in the journal later often
//! keep the first year in their Year column (`| 2023 | BAN | ... |
//! [TGRS2024](...) |`) and sort by it. Where such a column and the venue
//! disagree, the Year is the earlier one. A table counts as doing this when
//! at least [`MIN_ROWS`] of its rows have a Year earlier than their venue's
//! year, and they are more than twice as many as the rows that disagree
//! otherwise: a Year after the venue's, or one before the row's own arXiv
//! preprint (no first appearance either). Those fit neither meaning and
//! stay slips in any table; so does one earlier row alone, as likely a
//! year never updated.

use crate::facts::{venue_is_preprint_or_in_year_cell, RowFacts, TableFacts};
use crate::knowledge::{Knowledge, VenueCell};

/// Fewest rows with an earlier Year for the table to show the convention.
pub const MIN_ROWS: usize = 2;
/// The earlier rows must outnumber the other disagreements this many times.
const OTHER_RATIO: usize = 2;

/// The year the row's venue cell writes: a known venue's, or the year
/// beside a name nas-lint does not know (`RSE2024`, `计算机研究与发展2015`),
/// when the venue cell is not the year cell itself.
pub fn written_venue_year(row: &RowFacts) -> Option<i32> {
    let venue = row.venue.as_ref()?;
    if row
        .year
        .as_ref()
        .is_some_and(|y| y.column() == venue.column())
    {
        return None;
    }
    match venue.value {
        VenueCell::Unknown { year, .. } => year,
        _ => row.venue_year(),
    }
}

/// Whether a row's Year is earlier than its venue's year and fits a first
/// appearance: no arXiv link, or one from that very year.
pub fn first_appearance_row(row: &RowFacts) -> bool {
    match (written_venue_year(row), row.cell_year()) {
        (Some(venue), Some(year)) => {
            year < venue && row.arxiv.is_none_or(|arxiv| arxiv.year() == year)
        }
        _ => false,
    }
}

/// Whether the table's year column keeps the year each paper first appeared.
pub fn learn(facts: &TableFacts, knowledge: &Knowledge) -> bool {
    let (mut earlier, mut other) = (0usize, 0usize);
    for row in &facts.rows {
        if venue_is_preprint_or_in_year_cell(row, knowledge) {
            continue;
        }
        let (Some(venue), Some(year)) = (written_venue_year(row), row.cell_year()) else {
            continue;
        };
        if first_appearance_row(row) {
            earlier += 1;
        } else if year != venue {
            other += 1;
        }
    }
    earlier >= MIN_ROWS && other * OTHER_RATIO < earlier
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Settings;

    fn learned(rows: &[(&str, &str, &str)]) -> bool {
        let mut text = String::from("| Year | Title | Publication |\n|---|---|---|\n");
        for (i, (year, link, venue)) in rows.iter().enumerate() {
            let link = if link.is_empty() {
                format!("https://example.com/{i}")
            } else {
                format!("https://arxiv.org/abs/{link}")
            };
            text.push_str(&format!("| {year} | [P{i}]({link}) | {venue} |\n"));
        }
        let knowledge = Knowledge::builtin().unwrap();
        let document = crate::document::parse(&text, &knowledge.columns);
        let facts = crate::facts::understand(&document, &knowledge, &Settings::default());
        learn(&facts.tables[0], &knowledge)
    }

    const AGREE: (&str, &str, &str) = ("2023", "", "[TGRS2023](https://example.com/t)");

    #[test]
    fn two_earlier_years_and_no_other_disagreement_are_the_convention() {
        let mut rows = vec![AGREE; 6];
        rows.push(("2023", "", "[TGRS2024](https://example.com/a)"));
        rows.push(("2022", "2211.00001", "CVPR 2023"));
        assert!(learned(&rows));
        // One earlier row is as likely a year never updated.
        assert!(!learned(&rows[..7]));
        // A Year before the row's own preprint is no first appearance.
        rows[7] = ("2022", "2301.00001", "CVPR 2023");
        assert!(!learned(&rows));
    }

    #[test]
    fn other_disagreements_must_be_few() {
        let mut rows = vec![AGREE; 6];
        rows.push(("2023", "", "[TGRS2024](https://example.com/a)"));
        rows.push(("2021", "", "[RSE2022](https://example.com/b)"));
        rows.push(("2025", "", "[RSE2024](https://example.com/c)"));
        assert!(!learned(&rows));
        rows.push(("2020", "", "[JAG2021](https://example.com/d)"));
        rows.push(("2019", "", "[TIP2020](https://example.com/e)"));
        assert!(learned(&rows));
    }
}
