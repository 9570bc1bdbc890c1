//! Year columns written like merged cells: the year stands once, on the
//! first row of its papers, and the rows below it leave the cell empty
//! (Visual-AI's `| 2021 | [UNO](...) |` then `|        | [DualRS](...) |`).
//!
//! Such a column names each year once, in order, and leaves more cells empty
//! than it fills. A list that writes one table so writes its small tables so
//! too, where one empty cell under a year says as little as ten: an empty
//! cell there is the year above, not a missing one.

use crate::document::{Role, Table};
use crate::facts::TableFacts;
use crate::knowledge::YearCell;

/// How a table's year column reads as year groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// No groups: a year repeats, the order breaks, a cell is no year, the
    /// first row has none, or no cell is empty.
    NotGroups,
    /// Could be groups: each year once and in order, some cells empty.
    MayBeGroups,
    /// Plainly groups: as above, with two years or more, at least
    /// [`CLEAR_EMPTY`] empty cells and no fewer empty cells than years.
    Groups,
}

/// Empty cells under years that show the table writes year groups.
const CLEAR_EMPTY: usize = 3;

/// For each table, whether its year column writes year groups: plainly, or
/// in a shape that may be, in a list that plainly does elsewhere.
pub fn learn(tables: &[Table<'_>], facts: &[TableFacts]) -> Vec<bool> {
    let shapes: Vec<Shape> = tables
        .iter()
        .zip(facts)
        .map(|(table, facts)| shape(table, facts))
        .collect();
    let list_writes_groups = shapes.contains(&Shape::Groups);
    shapes
        .into_iter()
        .map(|s| s == Shape::Groups || (list_writes_groups && s == Shape::MayBeGroups))
        .collect()
}

fn shape(table: &Table<'_>, facts: &TableFacts) -> Shape {
    let Some(column) = table.column(Role::Year) else {
        return Shape::NotGroups;
    };
    let (mut years, mut empty) = (Vec::new(), 0usize);
    for (row, row_facts) in table.rows().zip(&facts.rows) {
        // A row without the cell (a one-cell label) is no paper row.
        if row.cell(column).is_none() {
            continue;
        }
        let Some(fact) = row_facts.year.filter(|y| y.column() == column) else {
            continue;
        };
        match fact.value {
            YearCell::Year { year, .. } => years.push(year),
            YearCell::Empty if years.is_empty() => return Shape::NotGroups,
            YearCell::Empty => empty += 1,
            YearCell::Placeholder => {}
            YearCell::Invalid => return Shape::NotGroups,
        }
    }
    let rising = years.windows(2).all(|w| w[0] < w[1]);
    let falling = years.windows(2).all(|w| w[0] > w[1]);
    if empty == 0 || years.is_empty() || !(rising || falling) {
        return Shape::NotGroups;
    }
    // One year over empty cells is one group, or one row dated and the
    // rest forgotten: only the list's other tables tell.
    if years.len() >= 2 && empty >= CLEAR_EMPTY && empty >= years.len() {
        Shape::Groups
    } else {
        Shape::MayBeGroups
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

    fn table(years: &[&str]) -> String {
        let mut text = String::from("| Year | Title | Venue |\n|---|---|---|\n");
        for (i, year) in years.iter().enumerate() {
            text.push_str(&format!(
                "| {year} | [Paper number {i}](https://arxiv.org/abs/2001.0{i:04}) | ICLR |\n"
            ));
        }
        text
    }

    fn missing_lines(text: &str) -> Vec<usize> {
        check("missing-year", text)
            .iter()
            .map(|d| text[..d.span.start].lines().count())
            .collect()
    }

    #[test]
    fn a_list_writing_year_groups_leaves_cells_under_a_year_empty() {
        let grouped = table(&["2019", "", "", "2020", "", "2021", ""]);
        let small = table(&["2022", "", "2023", "2024"]);
        // The small table alone: its one empty cell is reported.
        assert_eq!(missing_lines(&small), [4]);
        // Beside a table that plainly writes groups, it is the year above.
        let text = format!("{grouped}\n{small}");
        assert!(missing_lines(&text).is_empty(), "{text}");
    }

    #[test]
    fn repeated_years_or_an_empty_first_year_are_no_groups() {
        let grouped = table(&["2019", "", "", "2020", "", "2021", ""]);
        for other in [
            table(&["2022", "2022", "", "2023"]),
            table(&["", "2022", "2023", "2024"]),
            table(&["2024", "", "2022", "2023"]),
        ] {
            let text = format!("{grouped}\n{other}");
            assert_eq!(missing_lines(&text).len(), 1, "{text}");
        }
        // Too few empty cells to be plain groups on their own.
        assert_eq!(
            missing_lines(&table(&["2019", "", "2020", "", "2021"])).len(),
            2
        );
        // One year over empty cells: a group only beside plain groups.
        let one_year = table(&["2024", "", ""]);
        assert_eq!(missing_lines(&one_year).len(), 2);
        assert!(missing_lines(&format!("{grouped}\n{one_year}")).is_empty());
    }
}
