//! Where a part of a venue cell stands in the source.

use crate::rules::RowRef;
use crate::span::Span;

/// Where a byte range of the cell's parsed text stands in the source, when
/// it can be found exactly.
pub(super) fn span_in_cell(
    r: &RowRef<'_>,
    column: usize,
    (from, to): (usize, usize),
) -> Option<Span> {
    let cell = r.row.cell(column)?;
    let start = cell.span().start;
    if cell.is_plain() {
        return Some(Span::new(start + from, start + to));
    }
    let written = cell.text().get(from..to)?;
    let mut found = cell.raw().match_indices(written);
    match (found.next(), found.next()) {
        (Some((at, _)), None) => Some(Span::new(start + at, start + at + written.len())),
        _ => None,
    }
}
