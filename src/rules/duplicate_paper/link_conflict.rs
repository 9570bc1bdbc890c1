//! One long title on two rows whose links name two different published
//! papers: a title pasted on another paper's row, or a copy linked to the
//! wrong paper. Either way one of the two links or titles is wrong.

use super::super::duplicates::{Evidence, Pair};
use super::super::titles::naming_part;
use super::super::RowRef;
use crate::facts::{row_paper_ids, row_title};
use crate::knowledge::ids::PaperId;

/// Below this many words a title may be shared by two papers.
const LONG_TITLE_WORDS: usize = 6;

/// The two ids, when copies found by their title link two different papers
/// of one proceedings-like kind.
pub(super) fn link_conflict(pair: &Pair<'_>) -> Option<String> {
    if !matches!(pair.evidence, Evidence::Title) {
        return None;
    }
    if !long_title(&pair.earlier) || !long_title(&pair.later) {
        return None;
    }
    let earlier = published_ids(&pair.earlier);
    let later = published_ids(&pair.later);
    if earlier.iter().any(|id| later.contains(id)) {
        return None;
    }
    let (a, b) = earlier
        .iter()
        .find_map(|x| later.iter().find(|y| one_series(x, y)).map(|y| (x, y)))?;
    Some(format!("{b} vs {a}"))
}

fn long_title(row: &RowRef<'_>) -> bool {
    row_title(row.table, row.row).is_some_and(|title| {
        naming_part(title)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .count()
            >= LONG_TITLE_WORDS
    })
}

/// Ids that name one published version. An arXiv paper may be posted twice
/// and an OpenReview submission rejected and sent again under one title,
/// a ResearchGate page or a HAL deposit is anyone's upload and a paper's
/// PDF lies on many sites: those prove nothing.
fn published_ids(row: &RowRef<'_>) -> Vec<PaperId> {
    row_paper_ids(row.table, row.row, row.facts)
        .into_iter()
        .filter(|id| {
            !matches!(
                id,
                PaperId::Arxiv(_)
                    | PaperId::OpenReview(_)
                    | PaperId::ResearchGate(_)
                    | PaperId::Hal(_)
                    | PaperId::Pdf(_)
            )
        })
        .collect()
}

/// Two ids of one kind and form; DOIs only of one registrant, since a
/// preprint server's DOI (bioRxiv's 10.1101) and the journal's name one
/// paper twice.
fn one_series(a: &PaperId, b: &PaperId) -> bool {
    match (a, b) {
        (PaperId::Doi(x), PaperId::Doi(y)) => registrant(x) == registrant(y),
        // An old paper number (`6672`) and a proceedings hash name one
        // paper two ways.
        (PaperId::Neurips(x), PaperId::Neurips(y)) => x.len() == y.len(),
        _ => std::mem::discriminant(a) == std::mem::discriminant(b),
    }
}

fn registrant(doi: &str) -> &str {
    doi.split('/').next().unwrap_or(doi)
}
