//! Finds rows that name the same paper, by hashing: each row's identities
//! (arXiv id, OpenReview id, DOI, normalised title) go into one map of 64-bit
//! hashes, so a list of n rows costs O(n), never all pairs, and the map stays
//! small. A hash hit is confirmed on the real identities before it counts.

mod apart;
mod entries;
mod identity;

use super::distinct_works::{two_checkpoints, two_results};
pub use super::pair::{Evidence, Pair, PairIds};
use super::titles::Fnv64;
use super::{Context, RowRef};
use crate::knowledge::ids::PaperId;
use apart::{listed_apart, shares_the_title};
use entries::different_entries;
pub(crate) use entries::{row_name, title_by_name};
use identity::{dataset_entry, identities, same_identity, Identity, CITED_PAPERS};
use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hash, Hasher};

impl Context<'_> {
    /// Whether a paper table's row names a dataset that cites its paper
    /// (`Dataset` in the venue cell), not a paper.
    pub fn is_dataset_entry(&self, row: &RowRef<'_>) -> bool {
        dataset_entry(self, row)
    }

    /// Rows that name the same paper as an earlier row.
    pub fn duplicate_pairs(&self) -> Vec<Pair<'_>> {
        self.duplicate_pairs
            .get_or_init(|| find_pairs(self))
            .iter()
            .map(|p| Pair {
                earlier: self.row(p.earlier),
                later: self.row(p.later),
                evidence: &p.evidence,
                same_title: p.same_title,
                distinct_entries: p.distinct_entries,
            })
            .collect()
    }
}

/// Every later row paired with the nearest earlier row it repeats, at most
/// once for "same paper" and once for "same link, other title".
pub fn find_pairs(cx: &Context<'_>) -> Vec<PairIds> {
    // Row ids, not row views: this list is as long as the document.
    let ids: Vec<(u32, u32)> = cx
        .rows()
        .filter(|r| r.is_paper(cx.knowledge))
        .map(|r| (r.table_index as u32, r.row_index as u32))
        .collect();
    let view = |index: usize| cx.row((ids[index].0 as usize, ids[index].1 as usize));
    let mut last_seen: HashMap<u64, u32, BuildHasherDefault<AlreadyHashed>> =
        HashMap::with_capacity_and_hasher(ids.len() * 2, BuildHasherDefault::default());
    let mut found = Vec::new();
    // Rows per PDF file: a file three rows or more link under their own
    // titles is a collection (a workshop's proceedings, a thesis).
    let mut pdf_rows: HashMap<u64, u32, BuildHasherDefault<AlreadyHashed>> = HashMap::default();
    for index in 0..ids.len() {
        let row = &view(index);
        let mut paired = (false, false);
        let mut earlier_rows = HashSet::new();
        let cites_only = cx.profile.tables[row.table_index].cites_only;
        for (hash, identity) in identities(cx, row) {
            // A table of datasets or tools cites papers: its rows pair only
            // with rows of the same table.
            // The paper links of those rows pair across citing tables, to
            // find two datasets that give two papers' details on one link.
            if matches!(identity, Identity::Id(PaperId::Pdf(_))) {
                *pdf_rows.entry(hash).or_default() += 1;
            }
            let hash = match (cites_only, &identity) {
                (false, _) => hash,
                (true, Identity::Id(_)) => hash ^ CITED_PAPERS,
                (true, _) => {
                    hash ^ (row.table_index as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15)
                }
            };
            // Each copy is compared with its nearest earlier copy: the map
            // keeps the latest row of each identity.
            let earlier = match last_seen.entry(hash) {
                Entry::Vacant(slot) => {
                    slot.insert(index as u32);
                    continue;
                }
                Entry::Occupied(mut seen) => {
                    let earlier = *seen.get() as usize;
                    seen.insert(index as u32);
                    earlier
                }
            };
            let earlier_row = view(earlier);
            if !earlier_rows.insert(earlier) || !same_identity(cx, &earlier_row, row, &identity) {
                continue;
            }
            if listed_apart(cx, &earlier_row, row, &identity) {
                continue;
            }
            let same_title = shares_the_title(cx, &earlier_row, row, &identity);
            // Where a table's "titles" repeat (a model, a journal), two
            // names on one link say nothing about which is wrong.
            if !same_title
                && (cx.profile.tables[row.table_index].titles_repeat
                    || cx.profile.tables[earlier_row.table_index].titles_repeat)
            {
                continue;
            }
            let already = if same_title {
                &mut paired.0
            } else {
                &mut paired.1
            };
            if *already {
                continue;
            }
            *already = true;
            // Two rows of one paper under two names are two entries: they
            // still must agree on the paper's details.
            let distinct_entries = (same_title
                && identity != Identity::Name
                && different_entries(cx, &earlier_row, row))
                || two_results(cx, &earlier_row, row)
                || two_checkpoints(cx, &earlier_row, row);
            found.push(PairIds {
                earlier: (earlier_row.table_index, earlier_row.row_index),
                later: (row.table_index, row.row_index),
                evidence: match identity {
                    Identity::Id(id) => Evidence::Id(id),
                    Identity::Title | Identity::Name | Identity::Page(_) => Evidence::Title,
                },
                same_title,
                distinct_entries,
            });
        }
    }
    found.retain(|pair| match &pair.evidence {
        Evidence::Id(id @ PaperId::Pdf(_)) if !pair.same_title => {
            let mut hasher = Fnv64::default();
            id.hash(&mut hasher);
            pdf_rows.get(&hasher.finish()).copied().unwrap_or(0) < COLLECTION_ROWS
        }
        _ => true,
    });
    found
}

/// Rows that link one PDF file under their own titles, from which it is a
/// collection of papers rather than one paper linked twice.
const COLLECTION_ROWS: u32 = 3;

/// The map's keys are 64-bit hashes already: hashing them again is waste.
#[derive(Default)]
struct AlreadyHashed(u64);

impl Hasher for AlreadyHashed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = value;
    }
}
