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
use hashbrown::hash_table::{self as table, HashTable};
use identity::{dataset_entry, identities, same_identity, Identity, CITED_PAPERS};
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hash, Hasher};

impl Context<'_> {
    /// Whether a paper table's row names a dataset that cites its paper
    /// (`Dataset` in the venue cell), not a paper.
    pub fn is_dataset_entry(&self, row: &RowRef<'_>) -> bool {
        dataset_entry(self, row)
    }

    /// Finds the duplicate pairs now, if not yet found. Called before the
    /// rules run side by side: a rule task that asked first would hold the
    /// others waiting, and the pairing's own tasks on the pool could pick
    /// up a rule that asks for the pairs again, from inside their finding.
    pub fn find_duplicate_pairs(&self) {
        self.duplicate_pairs.get_or_init(|| find_pairs(self));
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
    let mut ids: Vec<(u32, u32)> =
        Vec::with_capacity(cx.document.tables.iter().map(|t| t.row_count()).sum());
    ids.extend(
        cx.rows()
            .filter(|r| cx.is_paper(r))
            .map(|r| (r.table_index as u32, r.row_index as u32)),
    );
    let view = |index: usize| cx.row((ids[index].0 as usize, ids[index].1 as usize));
    // Hashing is most of the work and each row's own: done in ranges of
    // rows on the pool, kept small (hashes, not identities), then walked
    // in order.
    let hashed = Entries::new(crate::parallel::in_range_parts(ids.len(), |range| {
        let mut out = Vec::new();
        for index in range {
            out.extend(row_hashes(cx, &view(index), index as u32));
        }
        // The parts live through the walk: a part's doubling slack, up to
        // half of it, would stay with it.
        out.shrink_to_fit();
        out
    }));
    // Rows per PDF file: a file three rows or more link under their own
    // titles is a collection (a workshop's proceedings, a thesis).
    let mut pdf_rows: HashMap<u64, u32, BuildHasherDefault<AlreadyHashed>> = HashMap::default();
    // The walk in order finds each hit's nearest earlier row; confirming
    // a hit reads only its two rows, so the hits are confirmed apart, row
    // by row, on the pool when the list is long.
    let hits = hashed.walk(|entry| {
        if entry.pdf() {
            *pdf_rows.entry(entry.unsalted()).or_default() += 1;
        }
    });
    // A row's entries are side by side: so are its hits.
    let hit_rows: Vec<&[Hit<'_>]> = hits.chunk_by(|a, b| a.0.row == b.0.row).collect();
    let confirm_row = |row_hits: &&[Hit<'_>]| {
        let row = &view(row_hits[0].0.row as usize);
        let mut pairing = RowPairing::default();
        let mut pairs = Vec::new();
        for &(entry, earlier) in row_hits.iter() {
            let identity = pairing.identity(cx, row, entry);
            pairs.extend(pairing.confirm(cx, (&view(earlier as usize), row), identity));
        }
        pairs
    };
    let mut found: Vec<PairIds> = if crate::parallel::worth_threads(ids.len()) {
        use rayon::prelude::*;
        let per_row: Vec<Vec<PairIds>> = hit_rows
            .par_iter()
            .with_min_len(HIT_ROWS_PER_TASK)
            .map(confirm_row)
            .collect();
        per_row.into_iter().flatten().collect()
    } else {
        hit_rows.iter().flat_map(confirm_row).collect()
    };
    found.retain(|pair| match &pair.evidence {
        Evidence::Id(id @ (PaperId::Pdf(_) | PaperId::Hal(_))) if !pair.same_title => {
            let mut hasher = Fnv64::default();
            id.hash(&mut hasher);
            pdf_rows.get(&hasher.finish()).copied().unwrap_or(0) < COLLECTION_ROWS
        }
        _ => true,
    });
    found
}

/// A hash hit: an identity met before, with the nearest earlier row that
/// has it.
type Hit<'h> = (&'h RowHash, u32);

/// The hashed ranges' entries, read in order as one list.
struct Entries {
    parts: Vec<Vec<RowHash>>,
    /// Where each part starts in the whole list.
    starts: Vec<usize>,
}

impl Entries {
    fn new(parts: Vec<Vec<RowHash>>) -> Self {
        let starts = (parts.iter())
            .scan(0, |at, part| Some(std::mem::replace(at, *at + part.len())))
            .collect();
        Entries { parts, starts }
    }

    fn len(&self) -> usize {
        self.parts.iter().map(Vec::len).sum()
    }

    /// The entry at `index` of the whole list: in the last part that
    /// starts at or before it (an empty part starts where the next does).
    fn get(&self, index: u32) -> &RowHash {
        let part = self.starts.partition_point(|&s| s <= index as usize) - 1;
        &self.parts[part][index as usize - self.starts[part]]
    }

    /// Each entry, in order, handed to `each`, and the hits among them.
    /// The table keeps the latest entry of each hash by its place in the
    /// list (4 bytes, where a map from hash to row took 16: 3 MB on a
    /// 100,000-row list), so that each copy meets its nearest earlier copy.
    fn walk(&self, mut each: impl FnMut(&RowHash)) -> Vec<Hit<'_>> {
        let mut latest: HashTable<u32> = HashTable::with_capacity(self.len());
        let mut hits = Vec::new();
        for (entry, index) in self.parts.iter().flatten().zip(0u32..) {
            each(entry);
            let hash = entry.hash;
            let same = |&at: &u32| self.get(at).hash == hash;
            match latest.entry(hash, same, |&at| self.get(at).hash) {
                table::Entry::Vacant(slot) => {
                    slot.insert(index);
                }
                table::Entry::Occupied(mut seen) => {
                    let earlier = std::mem::replace(seen.get_mut(), index);
                    hits.push((entry, self.get(earlier).row));
                }
            }
        }
        hits
    }
}

/// Rows of hits a task confirms: a hit costs a few microseconds, a task's
/// start about one.
const HIT_ROWS_PER_TASK: usize = 64;

/// One row's hash hits, confirmed one by one: each earlier row at most
/// once, and at most one pair for "same paper" and one for "same link,
/// other title".
#[derive(Default)]
struct RowPairing {
    earlier_rows: HashSet<(usize, usize)>,
    paired_same_title: bool,
    paired_other_title: bool,
    /// The row's identities, built again only when a hit needs one that
    /// its hash entry does not tell (an id, a page).
    identities: Option<Vec<(u64, Identity)>>,
}

impl RowPairing {
    fn identity(&mut self, cx: &Context<'_>, row: &RowRef<'_>, entry: &RowHash) -> Identity {
        match entry.kind {
            IdentityKind::Title => Identity::Title,
            IdentityKind::Name => Identity::Name,
            IdentityKind::Other => {
                let all = self.identities.get_or_insert_with(|| identities(cx, row));
                let at = usize::from(entry.ordinal);
                if entry.ordinal < u16::MAX {
                    return all[at].1.clone();
                }
                all[at..]
                    .iter()
                    .find(|(hash, identity)| salted(cx, row, *hash, identity) == entry.hash)
                    .map_or(Identity::Title, |(_, identity)| identity.clone())
            }
        }
    }

    /// The pair the hit on `earlier` makes, once its identity is confirmed.
    fn confirm(
        &mut self,
        cx: &Context<'_>,
        (earlier_row, row): (&RowRef<'_>, &RowRef<'_>),
        identity: Identity,
    ) -> Option<PairIds> {
        let earlier = (earlier_row.table_index, earlier_row.row_index);
        if !self.earlier_rows.insert(earlier) || !same_identity(cx, earlier_row, row, &identity) {
            return None;
        }
        if listed_apart(cx, earlier_row, row, &identity) {
            return None;
        }
        let same_title = shares_the_title(cx, earlier_row, row, &identity);
        // Where a table's "titles" repeat (a model, a journal), two
        // names on one link say nothing about which is wrong.
        if !same_title
            && (cx.profile.tables[row.table_index].titles_repeat
                || cx.profile.tables[earlier_row.table_index].titles_repeat)
        {
            return None;
        }
        let already = if same_title {
            &mut self.paired_same_title
        } else {
            &mut self.paired_other_title
        };
        if std::mem::replace(already, true) {
            return None;
        }
        // Two rows of one paper under two names are two entries: they
        // still must agree on the paper's details.
        let distinct_entries =
            (same_title && identity != Identity::Name && different_entries(cx, earlier_row, row))
                || two_results(cx, earlier_row, row)
                || two_checkpoints(cx, earlier_row, row);
        Some(PairIds {
            earlier,
            later: (row.table_index, row.row_index),
            evidence: match identity {
                Identity::Id(id) => Evidence::Id(id),
                Identity::Title | Identity::Name | Identity::Page(_) | Identity::CoinedName => {
                    Evidence::Title
                }
            },
            same_title,
            distinct_entries,
        })
    }
}

/// One identity of a paper row, as the map meets it: its hash (salted for
/// a citing table), which of the row's identities it is, and whether it is
/// a PDF file's.
struct RowHash {
    hash: u64,
    row: u32,
    ordinal: u16,
    kind: IdentityKind,
    /// [`PDF`] and [`CITED`]: one byte, so that an entry takes 16.
    marks: u8,
}

/// The identity is a PDF file's or a HAL deposit's (one file, maybe a
/// workshop's proceedings that each paper links).
const PDF: u8 = 1;
/// The hash is salted as a citing table's paper link.
const CITED: u8 = 2;

impl RowHash {
    fn pdf(&self) -> bool {
        self.marks & PDF != 0
    }

    /// The hash before a citing table's salt: a PDF file's rows are
    /// counted across tables.
    fn unsalted(&self) -> u64 {
        if self.marks & CITED != 0 {
            self.hash ^ CITED_PAPERS
        } else {
            self.hash
        }
    }
}

/// What a hash entry tells of its identity without building it again.
#[derive(Clone, Copy)]
#[repr(u8)]
enum IdentityKind {
    Title,
    Name,
    Other,
}

/// A table of datasets or tools cites papers: its rows pair only with
/// rows of the same table. The paper links of those rows pair across
/// citing tables, to find two datasets that give two papers' details on
/// one link.
fn salted(cx: &Context<'_>, row: &RowRef<'_>, hash: u64, identity: &Identity) -> u64 {
    match (cx.profile.tables[row.table_index].cites_only, identity) {
        (false, _) => hash,
        (true, Identity::Id(_)) => hash ^ CITED_PAPERS,
        (true, _) => hash ^ (row.table_index as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15),
    }
}

fn row_hashes(cx: &Context<'_>, row: &RowRef<'_>, index: u32) -> Vec<RowHash> {
    let cites_only = cx.profile.tables[row.table_index].cites_only;
    identities(cx, row)
        .into_iter()
        .enumerate()
        .map(|(ordinal, (hash, identity))| {
            RowHash {
                row: index,
                // Past the last ordinal a u16 holds (a row of 65,535
                // links), the identity is found again by its hash.
                ordinal: u16::try_from(ordinal).unwrap_or(u16::MAX),
                hash: salted(cx, row, hash, &identity),
                kind: match identity {
                    Identity::Title => IdentityKind::Title,
                    Identity::Name => IdentityKind::Name,
                    Identity::Id(_) | Identity::Page(_) | Identity::CoinedName => {
                        IdentityKind::Other
                    }
                },
                marks: if matches!(identity, Identity::Id(PaperId::Pdf(_) | PaperId::Hal(_))) {
                    PDF
                } else {
                    0
                } | if cites_only && matches!(identity, Identity::Id(_)) {
                    CITED
                } else {
                    0
                },
            }
        })
        .collect()
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
