//! The columns a list often leaves empty, counted over all its paper tables.
//!
//! A list that writes a "Code" column in every table and leaves it empty in
//! many rows (`| |`, `[]()`, `-`, or no cell at all) says a paper without
//! code has an empty Code cell. A row that leaves that cell out renders the
//! same on GitHub (it pads the row), however many rows of its own table have
//! code: nothing is lost. Columns are matched by their header, so a list's
//! many small tables with one header pool what they show.
//!
//! Only columns of links (Code, Project, Data: most filled cells hold a
//! link) count: a row that leaves out a prose column ("Key Contribution")
//! more often lost a cell in the middle, its prose shifted one column left.

use super::shape::{shows_nothing, OFTEN_EMPTY};
use crate::document::{Role, Table};
use crate::knowledge::Knowledge;
use std::collections::HashMap;

/// Per column header (folded to lower case), over the tables with a title
/// column: what the rows under it hold.
#[derive(Debug, Default, Clone)]
pub struct EmptyColumns {
    counts: HashMap<String, Counts>,
}

#[derive(Debug, Default, Clone, Copy)]
struct Counts {
    rows: usize,
    /// Rows that leave the column out or show nothing in it.
    empty: usize,
    /// Rows with something in it, and those of them holding a link.
    filled: usize,
    linked: usize,
    /// Words in the filled cells.
    words: usize,
}

impl EmptyColumns {
    pub fn learn(tables: &[Table<'_>], knowledge: &Knowledge) -> Self {
        let mut counts: HashMap<String, Counts> = HashMap::new();
        for table in tables.iter().filter(|t| t.column(Role::Title).is_some()) {
            for (index, column) in table.columns.iter().enumerate() {
                let entry = counts.entry(fold(&column.header)).or_default();
                for row in table.rows() {
                    entry.rows += 1;
                    match row.cell(index) {
                        Some(cell) if !shows_nothing(&cell, knowledge) => {
                            entry.filled += 1;
                            entry.linked += usize::from(cell.links().next().is_some());
                            entry.words += cell.text().split_whitespace().count();
                        }
                        _ => entry.empty += 1,
                    }
                }
            }
        }
        EmptyColumns { counts }
    }

    /// Whether the list's other rows under this header leave it out or
    /// empty at least one time in [`OFTEN_EMPTY`], not counting the one row
    /// being judged (which leaves it out), and most of those that fill it
    /// hold a link there.
    pub fn often_empty(&self, header: &str) -> bool {
        let Some(&Counts {
            rows,
            empty,
            filled,
            linked,
            ..
        }) = self.counts.get(&fold(header))
        else {
            return false;
        };
        rows >= 2 && empty >= 2 && OFTEN_EMPTY * (empty - 1) >= rows - 1 && 2 * linked > filled
    }

    /// Whether most filled cells under this header hold a link (Code,
    /// Project).
    pub fn holds_links(&self, header: &str) -> bool {
        self.counts
            .get(&fold(header))
            .is_some_and(|c| c.filled >= 2 && 2 * c.linked > c.filled)
    }

    /// Whether the column holds prose (a "Key Contribution": sentences of
    /// PROSE_WORDS words or more on average), which a row that lost a cell
    /// in the middle shifts one column left.
    pub fn holds_prose(&self, header: &str) -> bool {
        self.counts
            .get(&fold(header))
            .is_some_and(|c| c.filled > 0 && c.words >= PROSE_WORDS * c.filled)
    }
}

/// Words a column's filled cells hold on average from which on it is prose.
const PROSE_WORDS: usize = 8;

fn fold(header: &str) -> String {
    header.trim().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn learn(text: &str) -> EmptyColumns {
        let knowledge = Knowledge::builtin().unwrap();
        let document = crate::document::parse(text, &knowledge.columns);
        EmptyColumns::learn(&document.tables, &knowledge)
    }

    /// A table of `full` rows with code and `empty` rows whose Code cell is
    /// written as `code`, and one row without the Code cell.
    fn table(full: usize, empty: usize, code: &str) -> String {
        let mut text = String::from("| Paper | Venue | Date | Code |\n|---|---|---|---|\n");
        for i in 0..full {
            text.push_str(&format!(
                "| [F{i}](https://b.org/{i}) | ACL | 2023-02 | [GitHub](https://github.com/f/{i}) |\n"
            ));
        }
        for i in 0..empty {
            text.push_str(&format!(
                "| [E{i}](https://e.org/{i}) | arXiv | 2023-03 | {code} |\n"
            ));
        }
        text.push_str("| [S](https://s.org/1) | arXiv | 2023-04 |\n\n");
        text
    }

    #[test]
    fn columns_empty_in_the_lists_other_tables_are_often_empty() {
        // This table has code in every other row; the next one mostly not.
        let list = format!("{}{}", table(6, 0, ""), table(1, 3, "[]()"));
        let columns = learn(&list);
        assert!(columns.often_empty("Code"));
        assert!(columns.often_empty(" code "));
        // The title, venue and date columns are filled everywhere.
        assert!(!columns.often_empty("Date"));
        assert!(!columns.often_empty("Venue"));
        assert!(!columns.often_empty("Notes"));
    }

    #[test]
    fn a_code_column_filled_almost_everywhere_is_not() {
        assert!(!learn(&format!("{}{}", table(8, 0, ""), table(8, 1, "-"))).often_empty("Code"));
        // Empty cells written as `| |`, `-` or `[]()` count alike.
        for code in ["", "-", "[]()"] {
            assert!(learn(&table(4, 1, code)).often_empty("Code"), "{code:?}");
        }
        // A prose column is not one of them, however often it is empty.
        let prose = table(4, 1, "").replace("[GitHub](https://github.com/f/", "our method (");
        assert!(!learn(&prose).often_empty("Code"));
        // A link to somewhere, even without text, is not empty.
        assert!(!learn(&table(4, 1, "[](https://github.com/a/b)")).often_empty("Code"));
    }
}
