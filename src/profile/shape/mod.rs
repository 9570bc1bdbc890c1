//! Per table, the trailing cells most rows leave out.
//!
//! Many lists write rows shorter than their header when the last cells are
//! empty ("| [Paper](url) | CVPR 2023 |" under a header that also has
//! "Code | Notes"); GitHub pads such rows and nothing is lost. When most rows
//! of a table leave the same trailing cells out or empty, that is the table's
//! convention. A year column never counts: a missing year is missing data.
//!
//! A single short row is harmless too when the cells it leaves out belong to
//! columns the table often leaves empty (at least one row in
//! [`OFTEN_EMPTY`]), unless its cells do not fit their columns: a cell
//! missing in the middle shifts the rest one column left, and the link or
//! words that belong under "Code" or "Backbone" render under "Task".

use crate::document::{Cell, Role, Row, Table};
use crate::knowledge::Knowledge;
use std::collections::HashSet;
use std::sync::OnceLock;

/// A column is often empty when at least one row in this many leaves it
/// out, empty or holding a placeholder.
pub const OFTEN_EMPTY: usize = 5;

/// Full rows a table needs before they show what its columns hold.
const FULL_ROWS: usize = 5;

/// What the table's rows hold, column by column, to judge rows that stop
/// before the header's last column.
#[derive(Debug, Clone, Default)]
pub struct ShortRows {
    /// Rows of the table, and those that write every cell.
    rows: usize,
    full_rows: usize,
    /// Per column: the rows that leave it out, empty or a placeholder.
    empty: Vec<usize>,
    /// Per column, over the rows that write every cell: the filled cells,
    /// those holding a link, and (read only when a short row needs them:
    /// most tables with a short row never do) the words they use.
    filled: Vec<usize>,
    linked: Vec<usize>,
    words: OnceLock<Vec<HashSet<String>>>,
}

impl ShortRows {
    pub fn learn(table: &Table<'_>, knowledge: &Knowledge) -> Self {
        let width = table.columns.len();
        if !table.rows().any(|row| row.cell_count() < width) {
            return ShortRows::default();
        }
        let mut learnt = ShortRows {
            rows: table.row_count(),
            full_rows: 0,
            empty: vec![0; width],
            filled: vec![0; width],
            linked: vec![0; width],
            words: OnceLock::new(),
        };
        for row in table.rows() {
            let full = row.cell_count() >= width;
            learnt.full_rows += usize::from(full);
            for column in 0..width {
                let cell = row.cell(column);
                if cell.is_none_or(|c| shows_nothing(&c, knowledge)) {
                    learnt.empty[column] += 1;
                    continue;
                }
                if let Some(cell) = cell.filter(|_| full) {
                    learnt.filled[column] += 1;
                    if cell.links().next().is_some() {
                        learnt.linked[column] += 1;
                    }
                }
            }
        }
        learnt
    }

    /// Whether the table's full rows, enough of them to tell ([`FULL_ROWS`]),
    /// show that a short row's cells do not fit their columns. A table
    /// whose rows mostly stop early shows too little: its few full rows
    /// may be the odd ones.
    pub fn shows_a_shift(
        &self,
        table: &Table<'_>,
        row: Row<'_, '_>,
        knowledge: &Knowledge,
    ) -> bool {
        self.full_rows >= FULL_ROWS && !self.fits(table, row, knowledge)
    }

    /// Whether a row that stops before the header's last column loses
    /// nothing: every cell it leaves out is in a column (not the year's)
    /// that the table's other rows often leave empty, and each cell it
    /// writes fits its own column better than the columns to its right.
    pub fn harmless(&self, table: &Table<'_>, row: Row<'_, '_>, knowledge: &Knowledge) -> bool {
        let (written, width) = (row.cell_count(), table.columns.len());
        if written >= width || self.rows < 2 || self.empty.len() != width {
            return false;
        }
        let others = self.rows - 1;
        let often_empty = |column: usize| {
            table.columns[column].role != Some(Role::Year)
                // This row leaves the column out too: count the others.
                && OFTEN_EMPTY * (self.empty[column] - 1) >= others
        };
        if !(written..width).all(often_empty) {
            return false;
        }
        self.fits(table, row, knowledge)
    }

    /// Whether each cell a short row writes fits its own column better
    /// than the columns its content would have come from had a cell
    /// before it gone missing: no link under a column that never holds
    /// one while a column to the right mostly does, no words the column to
    /// the right uses and its own hardly does, and no year or date outside
    /// the table's year column (nor words without a digit inside it).
    pub fn fits(&self, table: &Table<'_>, row: Row<'_, '_>, knowledge: &Knowledge) -> bool {
        let (written, width) = (row.cell_count(), table.columns.len());
        if written >= width || self.empty.len() != width {
            return false;
        }
        let year_column = table.column(Role::Year);
        let missing = width - written;
        !(0..written).any(|column| {
            let Some(cell) = row.cell(column) else {
                return false;
            };
            if knowledge.is_placeholder(cell.text()) {
                return false;
            }
            let text = cell.text().trim();
            if year_column.is_some_and(|year| year != column)
                && is_date(text)
                && !counts(table, column)
            {
                return true;
            }
            if year_column == Some(column) && !text.chars().any(|c| c.is_ascii_digit()) {
                return true;
            }
            // A venue's home page (`[计算机研究与发展](https://crad.ict.ac.cn/)`)
            // names where the paper appeared; only a link to a page of its own
            // could have come from the paper's column.
            let linked = cell.links().any(|l| !site_root(l.url));
            let own: Vec<String> = words(cell.text()).collect();
            (1..=missing)
                .map(|shift| column + shift)
                .filter(|&right| right < width)
                .any(|right| {
                    self.shifted_link(linked, column, right)
                        || self.fits_better(&own, column, right, || column_words(table, knowledge))
                })
        })
    }

    /// A link in a column whose filled cells never hold one, while most of
    /// those of a column to the right do.
    fn shifted_link(&self, linked: bool, column: usize, right: usize) -> bool {
        linked
            && self.filled[column] >= 2
            && self.linked[column] == 0
            && 2 * self.linked[right] > self.filled[right]
    }

    /// Words most of which the column to the right uses and its own column
    /// hardly does.
    fn fits_better(
        &self,
        own: &[String],
        column: usize,
        right: usize,
        read_words: impl FnOnce() -> Vec<HashSet<String>>,
    ) -> bool {
        // One word (a tag: `Pipeline`) is in any prose column's words.
        if own.len() < 2 || self.filled[column] < 2 || self.filled[right] < 2 {
            return false;
        }
        let words = self.words.get_or_init(read_words);
        let share = |c: usize| {
            own.iter().filter(|w| words[c].contains(*w)).count() as f64 / own.len() as f64
        };
        share(right) >= 0.6 && share(column) <= 0.2
    }
}

/// Whether `url` is a site's home page: a host with no path after it.
fn site_root(url: &str) -> bool {
    let url = url.trim();
    let Some((_, rest)) = url.split_once("://") else {
        return false;
    };
    let path = rest.find('/').map_or("", |at| &rest[at..]);
    !rest.is_empty() && matches!(path, "" | "/")
}

/// Per column, the words of the filled cells of the rows that write every
/// cell (the cells `ShortRows::learn` counts as filled).
fn column_words(table: &Table<'_>, knowledge: &Knowledge) -> Vec<HashSet<String>> {
    let width = table.columns.len();
    let mut words_of = vec![HashSet::new(); width];
    for row in table.rows().filter(|row| row.cell_count() >= width) {
        for (column, set) in words_of.iter_mut().enumerate() {
            let Some(cell) = row.cell(column) else {
                continue;
            };
            if knowledge.is_placeholder(cell.text()) && knowledge.is_placeholder(cell.raw()) {
                continue;
            }
            set.extend(words(cell.text()));
        }
    }
    words_of
}

/// Whether a cell shows nothing a reader could miss: it is empty, holds
/// only a placeholder (`-`, `N/A`), or only a link with neither text nor
/// target (`[]()`, which renders as nothing).
pub fn shows_nothing(cell: &Cell<'_, '_>, knowledge: &Knowledge) -> bool {
    if knowledge.is_placeholder(cell.text()) && knowledge.is_placeholder(cell.raw()) {
        return true;
    }
    // Only `[]()` links, spaces anywhere, without building a string per cell.
    const EMPTY_LINK: [char; 4] = ['[', ']', '(', ')'];
    let mut seen = 0;
    for c in cell.raw().chars().filter(|c| !c.is_whitespace()) {
        if c != EMPTY_LINK[seen % 4] {
            return false;
        }
        seen += 1;
    }
    seen >= 4 && seen % 4 == 0
}

/// Whether a column holds counts: most of its filled cells whole numbers,
/// most of those no year (oneTaken's `Citation` column, `778`, `252`,
/// `2046`: a year there is a number like the others).
fn counts(table: &Table<'_>, column: usize) -> bool {
    let (mut filled, mut numbers, mut years) = (0usize, 0usize, 0usize);
    for row in table.rows() {
        let text = row.cell(column).map_or("", |c| c.text()).trim();
        if text.is_empty() {
            continue;
        }
        filled += 1;
        if text.bytes().all(|b| b.is_ascii_digit()) {
            numbers += 1;
            years += usize::from(is_date(text));
        }
    }
    numbers * 2 > filled && years * 2 < numbers
}

/// A cell holding only a year or a date (`2023`, `2023-05`, `2023.05.17`).
fn is_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() >= 4
        && bytes[..4].iter().all(u8::is_ascii_digit)
        && matches!(&bytes[..2], b"19" | b"20")
        && bytes[4..]
            .iter()
            .all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'.' | b'/'))
}

/// Whether the list as a whole leaves out trailing cells: at least
/// [`LIST_SHORT_ROWS`] rows of tables with a title column stop before
/// their header's last column, they are at least one row in
/// [`OFTEN_EMPTY`] of those tables' rows, and they sit in at least two
/// tables. Such a list writes a row without its empty Code or Data cells as
/// a matter of course, in every table, however few rows of one table do it.
pub fn list_omits_trailing_cells(tables: &[Table<'_>]) -> bool {
    let (mut rows, mut short, mut tables_with_short) = (0, 0, 0);
    for table in tables.iter().filter(|t| t.column(Role::Title).is_some()) {
        let width = table.columns.len();
        let here = table.rows().filter(|r| r.cell_count() < width).count();
        rows += table.row_count();
        short += here;
        tables_with_short += usize::from(here > 0);
    }
    short >= LIST_SHORT_ROWS && OFTEN_EMPTY * short >= rows && tables_with_short >= 2
}

/// The fewest short rows that make omitting trailing cells a list's
/// convention.
pub const LIST_SHORT_ROWS: usize = 10;

/// Whether a column may be left out of a row in a list that leaves out
/// trailing cells: any but the title, venue and year (or date) columns,
/// which a paper row needs.
pub fn optional_column(role: Option<Role>) -> bool {
    !matches!(role, Some(Role::Title | Role::Venue | Role::Year))
}

/// The words of a cell's text, lower case, two characters or more, that
/// are not numbers alone.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 2 && !w.chars().all(|c| c.is_ascii_digit()))
        .map(str::to_lowercase)
}

/// How many trailing columns of a table most rows leave out or empty.
pub fn optional_tail(table: &Table<'_>) -> usize {
    let rows = table.row_count();
    if rows == 0 {
        return 0;
    }
    let mut tail = 0;
    for column in (0..table.columns.len()).rev() {
        if table.columns[column].role == Some(Role::Year) {
            break;
        }
        let empty = table
            .rows()
            .filter(|row| row.cell(column).is_none_or(|c| c.raw().trim().is_empty()))
            .count();
        if 2 * empty <= rows {
            break;
        }
        tail += 1;
    }
    tail
}

#[cfg(test)]
mod tests;
