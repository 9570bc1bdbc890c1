//! One paper listed twice as list items, anywhere in the list, the two
//! items naming different venues or years (`- [Title](arxiv X) - ARXIV -
//! 2018` and `- [Title](arxiv X) - CVPR - 2019`): one of them is stale.
//! Two items of one long title whose links name the paper in two forms
//! (its arXiv preprint, its CVF or OpenReview page) are one paper too when
//! one names only a preprint server and the other a reviewed venue.

use crate::diagnostic::Diagnostic;
use crate::knowledge::ids::PaperId;
use crate::registry::lint::CONFLICTING_DUPLICATE as META;
use crate::rules::item_details::{
    conference_and_journal, differing_details, findings_beside_main_track, gives_venue_or_year,
    one_conference_two_years, preprint_beside_publication, preprint_dated_later,
};
use crate::rules::list_entries::{ListEntry, NEAREST_COPIES};
use crate::rules::titles::{identity_key, short};
use crate::rules::Context;
use std::collections::HashMap;

pub(super) fn conflicting_list_items(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let entries = cx.list_entries();
    // Earlier items by title and paper id: only items sharing both are
    // copies (one title alone may name two papers), so each item meets
    // its own copies and no others.
    let mut copies_of: HashMap<(String, PaperId), Vec<usize>> = HashMap::new();
    let mut forms_of: HashMap<String, Vec<usize>> = HashMap::new();
    let mut in_run: HashMap<(usize, String), Vec<usize>> = HashMap::new();
    // Each item reported as a stale copy across link forms, with the copy.
    let mut stale_against: HashMap<usize, usize> = HashMap::new();
    for (index, entry) in entries.iter().enumerate() {
        let key = identity_key(&entry.title);
        let mut copies: Vec<usize> = Vec::new();
        for id in entry.paper_ids() {
            let earlier = copies_of.entry((key.clone(), id)).or_default();
            copies.extend(earlier.iter().copied());
            earlier.push(index);
        }
        copies.sort_unstable();
        copies.dedup();
        if copies.is_empty() {
            if let Some((copy, finding)) = stale_preprint_copy(cx, &mut forms_of, index) {
                stale_against.insert(index, copy);
                out.push(finding);
            } else {
                out.extend(one_conference_twice(cx, &mut in_run, index));
            }
            continue;
        }
        // A copy that gives neither venue nor year agrees with every other
        // and settles nothing (`Science.` between `arXiv 2022` and
        // `Science 2022`).
        let telling: Vec<usize> = (copies.iter().rev().copied())
            .filter(|&i| gives_venue_or_year(cx, &entries[i]))
            .take(NEAREST_COPIES)
            .collect();
        let Some(&nearest_index) = telling.first() else {
            continue;
        };
        let nearest = &entries[nearest_index];
        if conference_and_journal(cx, nearest, entry) {
            continue;
        }
        // A copy that agrees with an older one was compared with it there.
        let mut differences = telling.iter().map(|&copy| {
            differing_details(cx, &entries[copy], entry)
                .or_else(|| findings_beside_main_track(cx, &entries[copy], entry))
        });
        let Some(Some(difference)) = differences.next() else {
            continue;
        };
        if differences.all(|d| d.is_some())
            && !agrees_with_the_stale_copys_other(cx, &stale_against, nearest_index, entry)
        {
            out.push(finding(cx, nearest, entry, &difference));
        }
    }
}

/// Titles of at least this many words, and letters and digits, name one
/// paper: two papers rarely share one so long.
const LONG_TITLE_WORDS: usize = 6;
const LONG_TITLE_LETTERS: usize = 32;

/// The item at `index` beside an earlier one of its long title, in another
/// run, whose link names the paper in another form (`arxiv.org` beside
/// `openaccess.thecvf.com`) and which names only a preprint server where
/// this one names a reviewed venue, or the other way round: the preprint
/// copy is stale. In one run, duplicate-paper reports the pair.
fn stale_preprint_copy(
    cx: &Context<'_>,
    forms_of: &mut HashMap<String, Vec<usize>>,
    index: usize,
) -> Option<(usize, Diagnostic)> {
    let entries = cx.list_entries();
    let entry = &entries[index];
    let key = identity_key(&entry.title);
    if !long_title(&entry.title) || entry.paper_ids().is_empty() {
        return None;
    }
    let earlier = forms_of.entry(key).or_default();
    let copy_index = earlier
        .iter()
        .rev()
        .take(NEAREST_COPIES)
        .copied()
        .find(|&i| entries[i].run != entry.run && in_other_forms(&entries[i], entry));
    earlier.push(index);
    let copy_index = copy_index?;
    let copy = &entries[copy_index];
    if !preprint_beside_publication(cx, copy, entry) || preprint_dated_later(cx, copy, entry) {
        return None;
    }
    let difference = differing_details(cx, copy, entry)?;
    Some((copy_index, finding(cx, copy, entry, &difference)))
}

/// The item at `index` beside an earlier one of its long title in its run
/// (linked in any form, or not by an id), the two at one conference in two
/// years (mingli-ai's `(ICLR 2019)` and `(ICLR 2020)` on one title):
/// duplicate-paper takes two years for two editions, but a paper appears
/// at a conference once.
fn one_conference_twice(
    cx: &Context<'_>,
    in_run: &mut HashMap<(usize, String), Vec<usize>>,
    index: usize,
) -> Option<Diagnostic> {
    let entries = cx.list_entries();
    let entry = &entries[index];
    if !long_title(&entry.title) {
        return None;
    }
    let earlier = in_run
        .entry((entry.run, identity_key(&entry.title)))
        .or_default();
    let copy = earlier.iter().rev().take(NEAREST_COPIES).find_map(|&i| {
        let difference = one_conference_two_years(cx, &entries[i], entry)?;
        Some((&entries[i], difference))
    });
    earlier.push(index);
    let (copy, difference) = copy?;
    Some(finding(cx, copy, entry, &difference))
}

/// Three copies (`(AAAI 2024)` on the publisher's page, then `(arXiv
/// 2024)` and `(AAAI 2024)` on one preprint): the middle copy was reported
/// against the first across link forms, and the third, agreeing with the
/// first, is not wrong for disagreeing with the middle one.
fn agrees_with_the_stale_copys_other(
    cx: &Context<'_>,
    stale_against: &HashMap<usize, usize>,
    nearest: usize,
    entry: &ListEntry,
) -> bool {
    stale_against
        .get(&nearest)
        .is_some_and(|&other| differing_details(cx, &cx.list_entries()[other], entry).is_none())
}

fn long_title(title: &str) -> bool {
    identity_key(title).chars().count() >= LONG_TITLE_LETTERS
        && title
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .count()
            >= LONG_TITLE_WORDS
}

/// Whether two items' links name their paper only by ids of different
/// kinds (arXiv beside CVF): two ids of one kind that differ are two
/// papers.
fn in_other_forms(a: &ListEntry, b: &ListEntry) -> bool {
    let (x, y) = (a.paper_ids(), b.paper_ids());
    let kind = std::mem::discriminant::<PaperId>;
    !x.is_empty() && !y.is_empty() && !x.iter().any(|i| y.iter().any(|j| kind(i) == kind(j)))
}

fn finding(
    cx: &Context<'_>,
    earlier: &ListEntry,
    later: &ListEntry,
    difference: &str,
) -> Diagnostic {
    let earlier_line = cx.line(earlier.span);
    Diagnostic::new(
        META.name,
        META.severity,
        later.title_span,
        format!(
            "\"{}\" is listed twice with different details ({difference}, line {earlier_line})",
            short(&later.title)
        ),
    )
    .with_label(format!("conflicts with line {earlier_line}"))
    .with_related(earlier.title_span, "the other copy")
    .with_help("find out which copy is right, correct it and delete the other")
}
