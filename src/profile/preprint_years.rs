//! Whether a table's years follow its papers' preprints.
//!
//! A paper is seldom published a year or more before its arXiv preprint,
//! but old papers do get posted late, so a year well before the preprint
//! is let through as "an old paper posted late". A list's own rows say
//! which it is: when nearly every row with an arXiv id gives a year no
//! earlier than the id's (in its year column, or its venue's year), the
//! list dates its papers no earlier than their preprints, and a row that
//! does not is a slip. Ids from before [`FIRST_ID_YEAR`] are left out:
//! the old papers of those years really were posted late.

use crate::facts::{RowFacts, TableFacts};

/// Fewest rows with an arXiv id and a year for the evidence to count.
pub const MIN_ROWS: usize = 10;
/// The share of those rows (in per cent) whose year is the id's or later.
pub const MIN_PERCENT: usize = 90;
/// Ids older than this year are not evidence either way.
pub const FIRST_ID_YEAR: i32 = 2010;

/// How many rows of a table have an arXiv id and a year, and how many of
/// those give a year no earlier than the id's.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Count {
    pub rows: usize,
    pub following: usize,
}

impl Count {
    pub fn of(facts: &TableFacts) -> Count {
        let mut count = Count::default();
        for row in &facts.rows {
            if let Some(follows) = row_follows(row) {
                count.rows += 1;
                count.following += usize::from(follows);
            }
        }
        count
    }

    fn add(self, other: Count) -> Count {
        Count {
            rows: self.rows + other.rows,
            following: self.following + other.following,
        }
    }

    /// Whether there are enough rows and nearly all follow their ids.
    fn says_years_follow(self) -> Option<bool> {
        (self.rows >= MIN_ROWS).then(|| self.following * 100 >= self.rows * MIN_PERCENT)
    }
}

/// Whether a row's year (its year cell, else its venue cell's year) is no
/// earlier than its arXiv id's; `None` when it has no recent id or no year.
fn row_follows(row: &RowFacts) -> Option<bool> {
    let arxiv = row.arxiv?;
    if arxiv.year() < FIRST_ID_YEAR {
        return None;
    }
    let year = row.cell_year().or_else(|| row.venue_year())?;
    Some(year >= arxiv.year())
}

/// For each table, whether its years follow the preprints: by its own rows
/// when it has enough of them, else by the whole list's.
pub fn learn(tables: &[TableFacts]) -> Vec<bool> {
    let counts: Vec<Count> = tables.iter().map(Count::of).collect();
    let list = counts
        .iter()
        .fold(Count::default(), |sum, c| sum.add(*c))
        .says_years_follow()
        .unwrap_or(false);
    counts
        .iter()
        .map(|c| c.says_years_follow().unwrap_or(list))
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::knowledge::Knowledge;
    use crate::Settings;

    fn learn(text: &str) -> Vec<bool> {
        let knowledge = Knowledge::builtin().unwrap();
        let document = crate::document::parse(text, &knowledge.columns);
        let facts = crate::facts::understand(&document, &knowledge, &Settings::default());
        super::learn(&facts.tables)
    }

    fn table(rows: &[(u32, &str)]) -> String {
        let mut text = String::from("| Title | Venue | Year |\n|---|---|---|\n");
        for (i, (year, id)) in rows.iter().enumerate() {
            text.push_str(&format!(
                "| [P{i}](https://arxiv.org/abs/{id}) | CVPR | {year} |\n"
            ));
        }
        text
    }

    #[test]
    fn years_follow_preprints_when_nearly_all_rows_do() {
        let following: Vec<(u32, &str)> = (0..10).map(|_| (2023, "2211.00001")).collect();
        assert_eq!(learn(&table(&following)), [true]);
        // One row in eleven before its id still leaves 90%.
        let mut rows = following.clone();
        rows.push((2020, "2211.00002"));
        assert_eq!(learn(&table(&rows)), [true]);
        // Two in twelve do not.
        rows.push((2019, "2211.00003"));
        assert_eq!(learn(&table(&rows)), [false]);
        // Nine rows are too few; old ids do not count.
        assert_eq!(learn(&table(&following[..9])), [false]);
        let mut old = following[..9].to_vec();
        old.push((2009, "0911.00001"));
        assert_eq!(learn(&table(&old)), [false]);
    }

    #[test]
    fn a_small_table_takes_the_list_s_evidence() {
        let big: Vec<(u32, &str)> = (0..10).map(|_| (2023, "2301.00001")).collect();
        let small = [(2019, "2107.00001")];
        let text = format!("{}\n\n{}", table(&big), table(&small));
        assert_eq!(learn(&text), [true, true]);
    }
}
