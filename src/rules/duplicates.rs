//! Finds rows that name the same paper, by hashing: each row's identities
//! (arXiv id, OpenReview id, DOI, normalised title) are looked up in one map,
//! so a list of n rows costs O(n), never all pairs.

use super::{Context, RowRef};
use crate::facts::Title;
use crate::knowledge::ids::PaperId;
use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Identity<'a> {
    Id(&'a PaperId),
    Title(&'a str),
}

#[derive(Debug, Clone)]
pub enum Evidence {
    Id(PaperId),
    Title,
}

/// Two rows that name one paper.
pub struct Pair<'a> {
    pub earlier: RowRef<'a>,
    pub later: RowRef<'a>,
    pub evidence: Evidence,
    /// False when the rows share a paper link under clearly different titles.
    pub same_title: bool,
}

/// Every later row paired with the first earlier row it repeats, at most
/// once for "same paper" and once for "same link, other title".
pub fn pairs<'a>(cx: &Context<'a>) -> Vec<Pair<'a>> {
    let rows: Vec<RowRef<'a>> = cx.rows().collect();
    let mut first_seen: HashMap<Identity<'a>, usize> = HashMap::new();
    let mut found = Vec::new();
    for (index, row) in rows.iter().enumerate() {
        let identities = identities(row);
        let mut paired_same = false;
        let mut paired_other = false;
        let mut earlier_rows = HashSet::new();
        for identity in identities {
            match first_seen.entry(identity.clone()) {
                Entry::Vacant(slot) => {
                    slot.insert(index);
                }
                Entry::Occupied(seen) => {
                    let earlier = *seen.get();
                    if !earlier_rows.insert(earlier) {
                        continue;
                    }
                    let same_title =
                        titles_match(rows[earlier].facts.title.as_ref(), row.facts.title.as_ref());
                    let evidence = match identity {
                        Identity::Id(id) => Evidence::Id(id.clone()),
                        Identity::Title(_) => Evidence::Title,
                    };
                    let already = if same_title {
                        &mut paired_same
                    } else {
                        &mut paired_other
                    };
                    if !*already {
                        *already = true;
                        found.push(Pair {
                            earlier: clone_ref(&rows[earlier]),
                            later: clone_ref(row),
                            evidence,
                            same_title,
                        });
                    }
                }
            }
        }
    }
    found
}

fn identities<'a>(row: &RowRef<'a>) -> Vec<Identity<'a>> {
    let mut identities: Vec<Identity<'a>> = row.facts.paper_ids.iter().map(Identity::Id).collect();
    if let Some(title) = &row.facts.title {
        identities.push(Identity::Title(title.key.as_str()));
    }
    identities
}

fn clone_ref<'a>(r: &RowRef<'a>) -> RowRef<'a> {
    RowRef {
        text: r.text,
        table_index: r.table_index,
        table: r.table,
        row_index: r.row_index,
        row: r.row,
        facts: r.facts,
    }
}

/// Titles name one paper when equal after normalising, when one is the
/// other's leading words ("DARTS" / "DARTS: Differentiable ..."), or when
/// they share most of their words (a small edit).
pub fn titles_match(a: Option<&Title>, b: Option<&Title>) -> bool {
    let (Some(a), Some(b)) = (a, b) else {
        // Without a title there is nothing to contradict the shared id.
        return true;
    };
    if a.key == b.key {
        return true;
    }
    let (short, long) = if a.key.len() <= b.key.len() {
        (&a.key, &b.key)
    } else {
        (&b.key, &a.key)
    };
    if long.starts_with(short.as_str()) && long.as_bytes().get(short.len()) == Some(&b' ') {
        return true;
    }
    let words_a: HashSet<&str> = a.key.split(' ').collect();
    let words_b: HashSet<&str> = b.key.split(' ').collect();
    let shared = words_a.intersection(&words_b).count();
    let all = words_a.union(&words_b).count();
    all > 0 && shared as f64 / all as f64 >= 0.7
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::title_key;

    fn title(text: &str) -> Title {
        Title {
            text: text.to_string(),
            key: title_key(text),
        }
    }

    #[test]
    fn titles_match_despite_case_prefixes_and_small_edits() {
        let m = |a: &str, b: &str| titles_match(Some(&title(a)), Some(&title(b)));
        assert!(m(
            "NAS-Bench-101: Towards Reproducible NAS",
            "nas-bench-101 towards reproducible NAS"
        ));
        assert!(m("DARTS", "DARTS: Differentiable Architecture Search"));
        assert!(m("Once for All: Train One Network and Specialize it for Efficient Deployment", "Once-for-All: Train One Network and Specialize It for Efficient Deployment on Diverse Hardware"));
        assert!(!m(
            "One-Shot Neural Ensemble Architecture Search by Diversity-Guided Search Space Shrinking",
            "DOTS: Decoupling Operation and Topology in Differentiable Architecture Search"
        ));
        assert!(!m(
            "β-DARTS++: Bi-level Regularization",
            "β-DARTS: Beta-Decay Regularization"
        ));
    }
}
