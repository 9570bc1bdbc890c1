//! When a former name is the list's own choice rather than a slip.

/// A former name written for most of a venue's later editions, in at least
/// this many rows, is the list's own choice (a list that writes `NIPS 2023`
/// throughout), not a slip to report row by row.
pub(super) const CONVENTION_ROWS: usize = 3;
/// ... and in at least this share (per cent) of the rows naming those
/// editions; a list that mostly writes the new name still hears of the rest.
pub(super) const CONVENTION_PERCENT: usize = 75;
