//! How the list writes its year (date) column: the shape of its dates, and
//! how often it leaves the cell as a placeholder (`-`, `N/A`, `TBD`, `—`).

use crate::document::{Role, Table};
use crate::facts::TableFacts;
use crate::knowledge::YearCell;

/// The shape the list gives its year cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearFormat {
    /// Four digits only: `2023`.
    Year,
    /// A date that names the month too: `2023-10`, `2023.05.17`, `May 2023`.
    Dated,
}

/// What was learned about a table's year column.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct YearColumnProfile {
    /// The shape most year cells have, when most have one.
    pub format: Option<YearFormat>,
    /// Cells holding a year or a date.
    pub years: usize,
    /// Cells holding a placeholder.
    pub placeholders: usize,
    /// Empty or missing cells.
    pub empty: usize,
}

impl YearColumnProfile {
    pub fn learn(table: &Table<'_>, facts: &TableFacts) -> Option<Self> {
        let column = table.column(Role::Year)?;
        let mut profile = YearColumnProfile::default();
        let (mut plain, mut dated) = (0usize, 0usize);
        for (row, row_facts) in table.rows().zip(&facts.rows) {
            let Some(fact) = row_facts.year.filter(|y| y.column() == column) else {
                continue;
            };
            match fact.value {
                YearCell::Year { month, .. } => {
                    profile.years += 1;
                    let text = row.cell(column).map_or("", |c| c.text()).trim();
                    if month == 0 && text.len() == 4 {
                        plain += 1;
                    } else if month > 0 {
                        dated += 1;
                    }
                }
                YearCell::Placeholder => profile.placeholders += 1,
                YearCell::Empty => profile.empty += 1,
                YearCell::Invalid => {}
            }
        }
        profile.format = if plain * 2 > profile.years {
            Some(YearFormat::Year)
        } else if dated * 2 > profile.years {
            Some(YearFormat::Dated)
        } else {
            None
        };
        Some(profile)
    }

    /// Whether the list fills this column as a rule, so that a placeholder
    /// in it stands out: most cells hold a year, few hold placeholders.
    pub fn normally_filled(&self) -> bool {
        let cells = self.years + self.placeholders + self.empty;
        cells > 0 && self.years * 10 >= cells * 8
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::Knowledge;
    use crate::Settings;

    fn profile(years: &[&str]) -> YearColumnProfile {
        let mut text = String::from("| Title | Venue | Year |\n|---|---|---|\n");
        for (i, y) in years.iter().enumerate() {
            text.push_str(&format!(
                "| [P{i}](https://example.com/{i}) | CVPR | {y} |\n"
            ));
        }
        let knowledge = Knowledge::builtin().unwrap();
        let document = crate::document::parse(&text, &knowledge.columns);
        let facts = crate::facts::understand(&document, &knowledge, &Settings::default());
        YearColumnProfile::learn(&document.tables[0], &facts.tables[0]).unwrap()
    }

    #[test]
    fn learns_the_shape_of_the_dates() {
        let p = profile(&["2021", "2022", "2020", "-", "2019"]);
        assert_eq!(p.format, Some(YearFormat::Year));
        assert_eq!((p.years, p.placeholders), (4, 1));
        assert!(p.normally_filled());
        let p = profile(&["2021-05", "2022.10", "May 2020", "2019"]);
        assert_eq!(p.format, Some(YearFormat::Dated));
    }

    #[test]
    fn a_column_of_placeholders_is_not_normally_filled() {
        let p = profile(&["-", "N/A", "2021", "TBD", "—"]);
        assert!(!p.normally_filled());
    }
}
