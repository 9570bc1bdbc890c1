//! What a table row's own line says, read from the text rather than from
//! the rows kept: cells past the header's (GitHub drops them) and a line
//! that repeats the line above it. Reading the text holds across the
//! pieces a long table is cut into.

use super::cells::split_row;
use super::rows::line_without_terminator;
use super::{OverflowRow, RepeatedRow};
use crate::span::Span;
use std::ops::Range;

/// A row's cells past the header's, if it has any.
pub(super) fn overflow_row(
    text: &str,
    range: &Range<usize>,
    header_cells: usize,
) -> Option<OverflowRow> {
    let line = line_without_terminator(text, range.clone());
    let (cells, _) = split_row(text, line);
    (cells.len() > header_cells).then(|| OverflowRow {
        span: line,
        header_cells,
        extra: cells[header_cells..].iter().map(|c| c.content).collect(),
    })
}

/// The row, if its line repeats the line above it (trimmed) and holds a
/// link to a web address and two filled cells: an entry pasted twice. A
/// template's rows (`| TBD | TBD | [link]() |`) and rows linking within the
/// page (`[docs](#install)`) repeat by design. The line above a
/// table's first row is its delimiter row, so only rows compare; reading
/// the text, not the rows kept, holds across the pieces of a long table.
pub(super) fn repeated_row(text: &str, range: &Range<usize>) -> Option<RepeatedRow> {
    let line = line_without_terminator(text, range.clone());
    let line_start = text[..line.start].rfind('\n').map_or(0, |at| at + 1);
    let above_end = line_start.checked_sub(1)?;
    let above_end = if text[..above_end].ends_with('\r') {
        above_end - 1
    } else {
        above_end
    };
    let above_start = text[..above_end].rfind('\n').map_or(0, |at| at + 1);
    let (this, above) = (&text[line_start..line.end], &text[above_start..above_end]);
    let (cells, _) = split_row(text, line);
    let filled = cells
        .iter()
        .filter(|c| !c.content.slice(text).trim().is_empty())
        .count();
    let lower = this.to_ascii_lowercase();
    let linked = lower.contains("](http") || lower.contains("](<http");
    let identical = this.trim() == above.trim();
    // The next number: `7 | Llama 2` and `13 | Llama 2` are two sizes.
    let renumbered = !identical
        && matches!(
            (without_row_number(this), without_row_number(above)),
            (Some((n, a)), Some((m, b))) if a.trim() == b.trim() && Some(n) == m.checked_add(1)
        );
    ((identical || renumbered) && linked && filled >= 2).then(|| RepeatedRow {
        renumbered,
        span: Span::new(line_start, line.end),
        first: Span::new(above_start, above_end),
    })
}

/// A row's number and the row without it, when its first cell holds only
/// a number (`2 | [**HFUT**](...) | 2017 |`): a copy pasted under the next
/// number is still a copy.
fn without_row_number(row: &str) -> Option<(u64, &str)> {
    let row = row.trim_start();
    let row = row.strip_prefix('|').unwrap_or(row).trim_start();
    let digits = row.bytes().take_while(u8::is_ascii_digit).count();
    let number = row[..digits].parse().ok()?;
    Some((number, row[digits..].trim_start().strip_prefix('|')?))
}
