//! A bare two-digit year (`23`) in a column of `YY.MM` dates (`24.06`,
//! `23.10`): the year without its month, written as the column writes
//! its years. Read alone, two digits are no plausible year; the column's
//! own form tells what they mean.

use super::{CellFact, TableFacts};
use crate::document::{Document, Role};
use crate::knowledge::{two_digit_year, DateForm, YearCell};

/// Dates of two-digit years a column holds at least, and at least half
/// its filled cells, for a bare two-digit number in it to be a year.
const SHORT_DATES: usize = 3;

/// Rereads the two-digit cells of `YY.MM` columns as years.
pub(super) fn read_bare_short_years(
    document: &Document<'_>,
    tables: &mut [TableFacts],
    latest_year: i32,
) {
    for (table, facts) in document.tables.iter().zip(tables.iter_mut()) {
        let Some(column) = table.column(Role::Year) else {
            continue;
        };
        let years = || facts.rows.iter().filter_map(|row| row.year.as_ref());
        let filled = years()
            .filter(|fact| !matches!(fact.value, YearCell::Empty | YearCell::Placeholder))
            .count();
        let short_years: Vec<i32> = years()
            .filter_map(|fact| match fact.value {
                YearCell::Year {
                    year,
                    form: DateForm::ShortYear,
                    month: 1..,
                    ..
                } => Some(year),
                _ => None,
            })
            .collect();
        let short = short_years.len();
        if short < SHORT_DATES || short * 2 < filled {
            continue;
        }
        for (row, facts) in table.rows().zip(facts.rows.iter_mut()) {
            let Some(fact) = facts.year.as_mut() else {
                continue;
            };
            if fact.value != YearCell::Invalid {
                continue;
            }
            let text = row.cell(column).map_or("", |c| c.text().trim());
            // A year the column's dates use (`23` beside `23.06`); `03`
            // among `24.04` and `24.05` is a month whose year was left out.
            let year = two_digit_year(text).filter(|&year| year <= latest_year);
            if let Some(year) = year.filter(|year| short_years.contains(year)) {
                *fact = CellFact::new(
                    column,
                    YearCell::Year {
                        year,
                        month: 0,
                        digits: (0, 2),
                        form: DateForm::ShortYear,
                        later: None,
                    },
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    fn years(cells: &[&str]) -> Vec<Option<(i32, u8)>> {
        let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
        let mut text = String::from("| Paper | Date |\n|---|---|\n");
        for (i, cell) in cells.iter().enumerate() {
            text.push_str(&format!(
                "| [Paper number {i}](https://a.org/{i}) | {cell} |\n"
            ));
        }
        let document = crate::document::parse(&text, &knowledge.columns);
        let facts = crate::facts::understand(&document, &knowledge, &crate::Settings::new(2026));
        facts.tables[0]
            .rows
            .iter()
            .map(|r| match r.year?.value {
                crate::knowledge::YearCell::Year { year, month, .. } => Some((year, month)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn two_digits_in_a_column_of_short_dates_are_a_year() {
        // ShacklesLay/Awesome-Multimodal-Language-Model dates two papers
        // `23` among `22.12`, `23.06`, `24.01`.
        assert_eq!(
            years(&["22.12", "23", "23.06", "24.01"]),
            [
                Some((2022, 12)),
                Some((2023, 0)),
                Some((2023, 6)),
                Some((2024, 1))
            ]
        );
        // Not beside fewer short dates, nor beside years of four digits,
        // nor a number that would be a year to come.
        assert_eq!(years(&["22.12", "23", "24.01"])[1], None);
        assert_eq!(
            years(&["2022", "23", "2023", "2021", "2020", "22.12", "23.06", "24.01"])[1],
            None
        );
        assert_eq!(years(&["22.12", "23.06", "24.01", "45"])[3], None);
        // A month alone, its year left out, is no year the column uses.
        assert_eq!(years(&["24.06", "24.05", "24.04", "03"])[3], None);
        // Empty cells and placeholders do not count against the dates.
        assert_eq!(
            years(&["22.12", "-", "", "", "23", "23.06", "24.01"])[4],
            Some((2023, 0))
        );
    }
}
