//! The paper ids of a row's links, read once with its facts where they
//! fit in a few bytes: most rows have one arXiv id, held as two numbers.
//! Any other row's ids are read again when asked (facts hold no strings).

use super::is_paper_column;
use crate::document::{Role, Row, Table};
use crate::facts::model::{PackedArxiv, RowIds};
use crate::knowledge::ids::{paper_ids, paper_ids_and_arxiv_date, PaperId};

impl RowIds {
    /// The ids of the row's own links in the columns `wanted` keeps (the
    /// code column never), each once, in their order.
    pub fn each_once(
        self,
        table: &Table<'_>,
        row: Row<'_, '_>,
        wanted: impl Fn(usize) -> bool,
    ) -> Vec<PaperId> {
        match self {
            RowIds::None => Vec::new(),
            RowIds::Arxiv { cell, id } if wanted(usize::from(cell)) => vec![id.unpack()],
            RowIds::Arxiv { .. } => Vec::new(),
            RowIds::Reread => {
                let code = table.column(Role::Code);
                paper_ids_where(row, |column| Some(column) != code && wanted(column))
            }
        }
    }
}

/// What [`RowIds`] holds of a row, and the year and month of the first
/// valid arXiv id among its paper links (the id `first_arxiv` finds):
/// each URL read once for both.
pub fn link_ids(table: &Table<'_>, row: Row<'_, '_>) -> (RowIds, Option<(i32, u32)>) {
    let code = table.column(Role::Code);
    let mut ids = Vec::new();
    let mut arxiv = None;
    for link in row.own_links().filter(|l| Some(l.cell) != code) {
        let (link_ids, date) = paper_ids_and_arxiv_date(link.url);
        if arxiv.is_none() && is_paper_column(table, link.cell) {
            arxiv = date;
        }
        ids.extend(link_ids.into_iter().map(|id| (link.cell, id)));
    }
    let packed = match ids.as_slice() {
        [] => Some(RowIds::None),
        [(cell, PaperId::Arxiv(id))] => u16::try_from(*cell)
            .ok()
            .zip(PackedArxiv::pack(id))
            .map(|(cell, id)| RowIds::Arxiv { cell, id }),
        _ => None,
    };
    (packed.unwrap_or(RowIds::Reread), arxiv)
}

/// The ids of the row's own links in the columns `wanted` keeps, each once.
fn paper_ids_where(row: Row<'_, '_>, wanted: impl Fn(usize) -> bool) -> Vec<PaperId> {
    let mut ids = Vec::new();
    // A row of many links (a cell of thousands, in a generated list) is
    // kept apart from its repeats by a set, not by reading the list each
    // time; most rows have two or three.
    let mut seen: Option<std::collections::HashSet<PaperId>> = None;
    for link in row.own_links().filter(|l| wanted(l.cell)) {
        for id in paper_ids(link.url) {
            let new = match &mut seen {
                Some(seen) => seen.insert(id.clone()),
                None => !ids.contains(&id),
            };
            if !new {
                continue;
            }
            ids.push(id);
            if seen.is_none() && ids.len() > MANY_IDS {
                seen = Some(ids.iter().cloned().collect());
            }
        }
    }
    ids
}

/// Ids a row may have before they are kept apart by a set.
const MANY_IDS: usize = 16;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_ids_read_back_as_written() {
        for id in [
            "2106.06560",
            "1412.6980",
            "0704.0001",
            "1501.00001",
            "9912.00001",
        ] {
            let packed = PackedArxiv::pack(id).expect(id);
            assert_eq!(packed.unpack(), PaperId::Arxiv(id.to_string()));
        }
        // Digits that do not fit the month, or an old-style id, stay strings.
        for id in [
            "2106.0656",
            "1412.69800",
            "cs/0112017",
            "2106.06560v2",
            "2106.",
            "21a6.06560",
        ] {
            assert!(PackedArxiv::pack(id).is_none(), "{id}");
        }
    }
}
