//! One body row as the rules see it.

use crate::document::{Cell, Row, Table};
use crate::facts::RowFacts;
use crate::span::Span;

/// One body row with its table and what was read from it.
pub struct RowRef<'a> {
    /// The whole document's text.
    pub text: &'a str,
    pub table_index: usize,
    pub table: &'a Table<'a>,
    pub row_index: usize,
    pub row: Row<'a, 'a>,
    pub facts: &'a RowFacts,
}

impl<'a> RowRef<'a> {
    /// The span of a cell, or the row's last character when the row stops
    /// before that column (an empty span would show no underline).
    pub fn cell_span(&self, column: usize) -> Span {
        match self.row.cell(column) {
            Some(cell) => cell.span(),
            None => self.row_end(),
        }
    }

    pub fn cell(&self, column: usize) -> Option<Cell<'a, 'a>> {
        self.row.cell(column)
    }

    /// A one-cell row without links in a table of three columns or more
    /// (`| _VLA Models_ |`): a label that groups the rows below it, not a
    /// paper row with cells missing.
    ///
    /// A row that draws one rule of dashes beside one emphasized label
    /// (`|---------|__In combination with classification__||`) is such a
    /// label too, and so is a row holding only a year (`| **2025** | | |`),
    /// which heads that year's rows, or only an emphasized name of a few
    /// words in its first cell (`| ***<ins>Overthinking</ins>*** | | |`)
    /// above a row with a link, which heads a sub-topic's rows (a model's
    /// bare name above another, `| **Asyrp** | | |`, is a stub).
    pub fn is_group_label(&self) -> bool {
        if self.table.columns.len() <= 2 || self.row.links().next().is_some() {
            return false;
        }
        if self.row.cell_count() == 1 {
            return true;
        }
        let (mut rules, mut labels, mut first_only) = (0, Vec::new(), true);
        for (column, cell) in self.row.cells().enumerate() {
            let raw = cell.raw().trim();
            if raw.len() >= 3 && raw.bytes().all(|b| b == b'-') {
                rules += 1;
            } else if !raw.is_empty() {
                labels.push(raw);
                first_only &= column == 0;
            }
        }
        match labels[..] {
            [label] if rules == 1 => is_emphasized(label),
            // `| **2025** | | | |`: the year of the rows below it.
            [label] if rules == 0 && is_year(unemphasized(label)) => true,
            // `| ***<ins>Overthinking</ins>*** | | | |`: a sub-topic's name.
            // A table that opens with one names its topics so; in any other,
            // a bare name is a stub (`| **Asyrp** | | |`).
            [label] if rules == 0 && first_only => {
                is_emphasized(label)
                    && unemphasized(label).split_whitespace().count() <= 6
                    && self.heads_a_linked_row(self.row_index)
                    && (self.row_index == 0
                        || self.heads_a_linked_row(0) && names_a_topic(self.table.row(0)))
            }
            _ => false,
        }
    }

    /// Whether row `index` of the table has a row with a link below it.
    fn heads_a_linked_row(&self, index: usize) -> bool {
        index + 1 < self.table.row_count() && self.table.row(index + 1).links().next().is_some()
    }

    /// A group label that names a topic, not a year: the rows under two
    /// such labels may share a paper, as two topic sections do.
    pub fn is_topic_label(&self) -> bool {
        self.is_group_label()
            && !self
                .row
                .cells()
                .any(|c| is_year(unemphasized(c.raw().trim())))
    }

    /// The last character of the row, where missing cells would go.
    pub fn row_end(&self) -> Span {
        let end = self.row.span().end;
        let start = self.text[..end]
            .char_indices()
            .next_back()
            .map_or(end, |(i, _)| i)
            .max(self.row.span().start);
        Span::new(start, end)
    }

    /// The title cell's span, or the whole row when there is none.
    pub fn title_span(&self) -> Span {
        self.table
            .column(crate::document::Role::Title)
            .and_then(|c| self.row.cell(c))
            .map_or(self.row.span(), |c| c.span())
    }

    pub fn cell_text(&self, column: usize) -> &'a str {
        self.row.cell(column).map_or("", |c| c.text())
    }

    /// Whether the cell's raw Markdown is exactly its visible text, so that
    /// byte ranges of the parsed text are byte ranges of the cell.
    pub fn cell_is_plain(&self, column: usize) -> bool {
        self.row.cell(column).is_some_and(|c| c.is_plain())
    }
}

/// `**Label**`, `__Label__`, `_Label_`, `<b>Label</b>`: a label set apart
/// by emphasis.
/// A row of only an emphasized name of a few words in its first cell.
fn names_a_topic(row: crate::document::Row<'_, '_>) -> bool {
    let mut cells = row.cells().map(|c| c.raw().trim());
    cells.next().is_some_and(|first| {
        is_emphasized(first) && unemphasized(first).split_whitespace().count() <= 6
    }) && row.links().next().is_none()
        && cells.all(str::is_empty)
}

fn is_year(text: &str) -> bool {
    text.len() == 4
        && text.bytes().all(|b| b.is_ascii_digit())
        && (text.starts_with("19") || text.starts_with("20"))
}

/// The text inside its emphasis marks, if any.
fn unemphasized(text: &str) -> &str {
    for mark in ["**", "__", "*", "_"] {
        if is_emphasized(text) && text.starts_with(mark) {
            return text[mark.len()..text.len() - mark.len()].trim();
        }
    }
    text.strip_prefix("<b>")
        .and_then(|t| t.strip_suffix("</b>"))
        .map_or(text, str::trim)
}

fn is_emphasized(text: &str) -> bool {
    ["**", "__", "*", "_"]
        .iter()
        .any(|mark| text.len() > 2 * mark.len() && text.starts_with(mark) && text.ends_with(mark))
        || (text.starts_with("<b>") && text.ends_with("</b>"))
}
