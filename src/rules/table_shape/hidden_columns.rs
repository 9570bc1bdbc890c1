//! Columns a list hides on purpose: the header it used to show, commented
//! out right above the one it shows now, with more columns
//! (`<!-- | Title | Venue | Date | Code | Notes |` ... `-->` over `| Title
//! | Venue | Date | Code |`). The rows keep their notes in the hidden
//! column, which GitHub drops: the maintainer's choice, not a lost cell.

use crate::document::{split_row, Table};
use crate::span::Span;

/// How many cells the table's rows may hold: the commented-out header's
/// count when it starts with every column the shown header names, in
/// order, and has more; else the shown header's.
pub(super) fn cells_allowed(text: &str, table: &Table<'_>) -> usize {
    let shown = table.columns.len();
    let Some(hidden) = commented_header(text, table.span.start) else {
        return shown;
    };
    let (cells, _) = split_row(text, hidden);
    let names: Vec<String> = cells
        .iter()
        .map(|c| c.content.slice(text).trim().to_lowercase())
        .collect();
    let same_start = names.len() > shown
        && table
            .columns
            .iter()
            .zip(&names)
            .all(|(column, name)| column.header.trim().to_lowercase() == *name);
    if same_start {
        names.len()
    } else {
        shown
    }
}

/// The first line of an HTML comment that ends on the line right above
/// `header_start` and opens with a table row (`<!-- | Title | ... |`),
/// without the comment's opening.
fn commented_header(text: &str, header_start: usize) -> Option<Span> {
    let above = text[..header_start].trim_end_matches(['\n', '\r']);
    // The comment closes on the line right above the header.
    let last_line_start = above.rfind('\n').map_or(0, |i| i + 1);
    if !above[last_line_start..].trim_end().ends_with("-->") {
        return None;
    }
    let open = above.rfind("<!--")?;
    let after_open = open + "<!--".len();
    let mut line_end = text[after_open..]
        .find('\n')
        .map_or(text.len(), |i| after_open + i);
    if let Some(close) = text[after_open..line_end].find("-->") {
        line_end = after_open + close;
    }
    let first_line = &text[after_open..line_end];
    let row_start = after_open + (first_line.len() - first_line.trim_start().len());
    text[row_start..line_end]
        .starts_with('|')
        .then(|| Span::new(row_start, line_end))
}
