//! Two rows that name one paper, as duplicate detection finds them.

use super::row::RowRef;
use crate::knowledge::ids::PaperId;

#[derive(Debug, Clone)]
pub enum Evidence {
    Id(PaperId),
    Title,
}

/// Where a row is: table index, row index.
pub type RowId = (usize, usize);

/// Two rows that name one paper.
#[derive(Debug, Clone)]
pub struct PairIds {
    pub earlier: RowId,
    pub later: RowId,
    pub evidence: Evidence,
    /// False when the rows share a paper link under clearly different titles.
    pub same_title: bool,
    /// The rows name two entries (two datasets, two models) of one paper.
    pub distinct_entries: bool,
}

pub struct Pair<'a> {
    pub earlier: RowRef<'a>,
    pub later: RowRef<'a>,
    pub evidence: &'a Evidence,
    pub same_title: bool,
    pub distinct_entries: bool,
}
