//! Date columns written `YYMM` (`2308` for August 2023, the arXiv id's
//! prefix), as some lists date their papers. Four digits read alone are a
//! year, and `2308` no plausible one; but `2006` is June 2020 in such a
//! column. So the form is the column's, decided from all its cells: every
//! filled cell is four digits whose last two are a month, and several of
//! them cannot be years.

use super::{CellFact, TableFacts};
use crate::document::{Document, Role, Table};
use crate::knowledge::{two_digit_year, DateForm, YearCell};

/// Rereads the year cells of `YYMM` columns as year and month. A small
/// table (`| 1706 | Vaswani et al. | NeurIPS |`) is read by the list's
/// other tables: its column is a `YYMM` column when one under the same
/// header is, and all its cells are such dates.
pub(super) fn read_year_month_columns(
    document: &Document<'_>,
    tables: &mut [TableFacts],
    latest_year: i32,
) {
    let read: Vec<Option<(usize, Dates)>> = document
        .tables
        .iter()
        .map(|table| {
            let column = table.column(Role::Year)?;
            Some((column, year_month_cells(table, column, latest_year)?))
        })
        .collect();
    let headers: Vec<String> = (read.iter().zip(&document.tables))
        .filter_map(|(dates, table)| match dates {
            Some((column, dates)) if dates.is_year_month_column() => {
                Some(table.columns[*column].header.to_lowercase())
            }
            _ => None,
        })
        .collect();
    for ((table, facts), read) in document.tables.iter().zip(tables.iter_mut()).zip(read) {
        let Some((column, dates)) = read else {
            continue;
        };
        let header = table.columns[column].header.to_lowercase();
        let like_the_list = dates.filled > 0 && headers.contains(&header);
        if !(dates.is_year_month_column() || like_the_list) {
            continue;
        }
        for (row, (year, month)) in facts.rows.iter_mut().zip(dates.cells) {
            if let Some(fact) = row.year.as_mut().filter(|_| year > 0) {
                *fact = CellFact::new(
                    column,
                    YearCell::Year {
                        year,
                        month,
                        digits: (0, 2),
                        form: DateForm::ShortYear,
                        later: None,
                    },
                );
            }
        }
    }
}

/// A column whose filled cells are all `YYMM` dates: each row's year and
/// month (`(0, 0)` for an empty cell).
struct Dates {
    cells: Vec<(i32, u8)>,
    filled: usize,
    /// Cells that are no plausible year read as one.
    not_years: usize,
}

impl Dates {
    /// At least three filled cells, and at least two of them, and one in
    /// four, no plausible year.
    fn is_year_month_column(&self) -> bool {
        self.filled >= 3 && self.not_years >= 2 && self.not_years * 4 >= self.filled
    }
}

/// The column's dates when all its filled cells are `YYMM` dates no later
/// than `latest_year`.
fn year_month_cells(table: &Table<'_>, column: usize, latest_year: i32) -> Option<Dates> {
    let mut dates = Dates {
        cells: Vec::with_capacity(table.row_count()),
        filled: 0,
        not_years: 0,
    };
    for row in table.rows() {
        let text = row.cell(column).map_or("", |c| c.text().trim());
        if text.is_empty() || text == "-" {
            dates.cells.push((0, 0));
            continue;
        }
        let date = year_month(text).filter(|&(year, _)| year <= latest_year)?;
        dates.filled += 1;
        let as_year: i32 = text.parse().ok()?;
        dates.not_years += usize::from(!(super::EARLIEST_YEAR..=latest_year).contains(&as_year));
        dates.cells.push(date);
    }
    Some(dates)
}

/// `2308`: August 2023.
fn year_month(text: &str) -> Option<(i32, u8)> {
    if text.len() != 4 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year = two_digit_year(&text[..2])?;
    let month: u8 = text[2..].parse().ok()?;
    (1..=12).contains(&month).then_some((year, month))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn years(cells: &[&str]) -> Vec<Option<YearCell>> {
        let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
        let mut text = String::from("| Date | Venue | Title |\n|---|---|---|\n");
        for (i, cell) in cells.iter().enumerate() {
            text.push_str(&format!("| {cell} | ICLR | Paper number {i} |\n"));
        }
        let document = crate::document::parse(&text, &knowledge.columns);
        let settings = crate::Settings::new(2026);
        let facts = crate::facts::understand(&document, &knowledge, &settings);
        facts.tables[0]
            .rows
            .iter()
            .map(|r| r.year.map(|y| y.value))
            .collect()
    }

    fn year_month_of(cell: Option<YearCell>) -> Option<(i32, u8)> {
        match cell? {
            YearCell::Year { year, month, .. } => Some((year, month)),
            _ => None,
        }
    }

    #[test]
    fn a_column_of_arxiv_months_is_read_as_year_and_month() {
        // `1606` is June 2016, no year of a paper either.
        let read = years(&["2308", "2006", "1606", "", "2511"]);
        let dates: Vec<_> = read.into_iter().map(year_month_of).collect();
        assert_eq!(
            dates,
            [
                Some((2023, 8)),
                Some((2020, 6)),
                Some((2016, 6)),
                None,
                Some((2025, 11))
            ]
        );
    }

    #[test]
    fn a_small_table_is_read_like_the_lists_other_tables() {
        let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
        let table = |cells: &[&str]| {
            let mut text = String::from("| Date | Venue | Title |\n|---|---|---|\n");
            for (i, cell) in cells.iter().enumerate() {
                text.push_str(&format!("| {cell} | ICLR | Paper number {i} |\n"));
            }
            text
        };
        let text = format!(
            "{}\n## Other\n\n{}",
            table(&["2308", "2401", "2006"]),
            table(&["1706"])
        );
        let document = crate::document::parse(&text, &knowledge.columns);
        let facts = crate::facts::understand(&document, &knowledge, &crate::Settings::new(2026));
        let small = facts.tables[1].rows[0].year.map(|y| y.value);
        assert_eq!(year_month_of(small), Some((2017, 6)));
        // Alone, it is a year that cannot be.
        let alone = table(&["1706"]);
        let document = crate::document::parse(&alone, &knowledge.columns);
        let facts = crate::facts::understand(&document, &knowledge, &crate::Settings::new(2026));
        assert_eq!(
            facts.tables[0].rows[0].year.map(|y| y.value),
            Some(YearCell::Invalid)
        );
    }

    #[test]
    fn years_stay_years() {
        // Real years, and a column with one slip: no `YYMM` column.
        for cells in [
            &["2006", "2010", "2012", "2011"][..],
            &["2019", "2308", "2020", "2021"][..],
            &[
                "2006", "2308", "2010", "2012", "2011", "2009", "2008", "2007", "2005",
            ][..],
            &[
                "1606", "2010", "2012", "2011", "2009", "2008", "2007", "2005",
            ][..],
        ] {
            let months: Vec<u8> = years(cells)
                .into_iter()
                .filter_map(|cell| Some(year_month_of(cell)?.1))
                .collect();
            assert!(months.iter().all(|&m| m == 0), "{cells:?}");
            assert!(!months.is_empty());
        }
    }
}
