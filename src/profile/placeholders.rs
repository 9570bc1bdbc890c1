//! How the list writes its year (date) column: the shape of its dates
//! (`2023`, `2023-10`, `202310`, `arxiv 23.10`...), whether its cells are
//! dates at all, and how often it leaves the cell as a placeholder (`-`,
//! `N/A`, `TBD`, `—`).

use crate::document::{Role, Table};
use crate::facts::TableFacts;
use crate::knowledge::{DateForm, YearCell};
use std::collections::HashMap;

/// Cells that are no dates before a Year column that mostly holds them is
/// taken for no date column: one or two bad cells in a short table are slips.
const NOT_DATES_MIN: usize = 3;

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
    /// How most year cells write their date (`2023`, `202310`, `23.10`).
    pub form: Option<DateForm>,
    /// Cells holding a year or a date.
    pub years: usize,
    /// Cells holding something else.
    pub invalid: usize,
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
        let mut forms: HashMap<DateForm, usize> = HashMap::new();
        for (row, row_facts) in table.rows().zip(&facts.rows) {
            let Some(fact) = row_facts.year.filter(|y| y.column() == column) else {
                continue;
            };
            match fact.value {
                YearCell::Year { month, form, .. } => {
                    profile.years += 1;
                    *forms.entry(form).or_default() += 1;
                    let text = row.cell(column).map_or("", |c| c.text()).trim();
                    if month == 0 && text.len() == 4 {
                        plain += 1;
                    } else if month > 0 {
                        dated += 1;
                    }
                }
                YearCell::Placeholder => profile.placeholders += 1,
                YearCell::Empty => profile.empty += 1,
                YearCell::Invalid => profile.invalid += 1,
            }
        }
        profile.format = if plain * 2 > profile.years {
            Some(YearFormat::Year)
        } else if dated * 2 > profile.years {
            Some(YearFormat::Dated)
        } else {
            None
        };
        // `2019/??` says the month is unknown: no form to write dates in.
        profile.form = forms
            .into_iter()
            .find(|&(form, n)| n * 2 > profile.years && form != DateForm::UnknownMonth)
            .map(|(form, _)| form);
        Some(profile)
    }

    /// Whether the column holds dates at all: a header that says Year over
    /// cells that mostly say something else (`<sup>EVP</sup>`, a venue) is
    /// a header that does not match its rows, not a column of bad years.
    pub fn holds_dates(&self) -> bool {
        self.invalid < NOT_DATES_MIN || self.invalid <= self.years
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
    fn learns_the_form_of_the_dates() {
        let p = profile(&["202511", "202402", "202312", "2023", "20211"]);
        assert_eq!(p.form, Some(DateForm::Compact));
        assert_eq!(p.format, Some(YearFormat::Dated));
        assert_eq!((p.years, p.invalid), (4, 1));
        assert!(p.holds_dates());
        let p = profile(&["arxiv 24.07", "24.01", "2023", "19.06"]);
        assert_eq!(p.form, Some(DateForm::ShortYear));
        let p = profile(&["2021", "2022", "202203", "2021.05"]);
        assert_eq!(p.form, None);
        // `2019/??` marks a month unknown: no form to suggest.
        let p = profile(&["2019/??", "2014/??", "2015/??", "20199"]);
        assert_eq!(p.form, None);
    }

    #[test]
    fn a_column_of_non_dates_does_not_hold_dates() {
        let p = profile(&["EVP", "CVPR", "2021", "Img", "Vid"]);
        assert!(!p.holds_dates());
        let p = profile(&["2021", "soon", "2019"]);
        assert!(p.holds_dates());
        let p = profile(&["soon", "tba"]);
        assert!(p.holds_dates());
    }

    #[test]
    fn a_column_of_placeholders_is_not_normally_filled() {
        let p = profile(&["-", "N/A", "2021", "TBD", "—"]);
        assert!(!p.normally_filled());
    }
}
