//! One paper listed twice as list items, anywhere in the list, the two
//! items naming different venues or years (`- [Title](arxiv X) - ARXIV -
//! 2018` and `- [Title](arxiv X) - CVPR - 2019`): one of them is stale.

use crate::diagnostic::Diagnostic;
use crate::knowledge::ids::PaperId;
use crate::registry::lint::CONFLICTING_DUPLICATE as META;
use crate::rules::item_details::{conference_and_journal, differing_details};
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
        let Some(&nearest) = copies.last() else {
            continue;
        };
        let nearest = &entries[nearest];
        if conference_and_journal(cx, nearest, entry) {
            continue;
        }
        // A copy that agrees with an older one was compared with it there.
        let mut differences = copies
            .iter()
            .rev()
            .take(NEAREST_COPIES)
            .map(|&i| differing_details(cx, &entries[i], entry));
        let Some(Some(difference)) = differences.next() else {
            continue;
        };
        if differences.all(|d| d.is_some()) {
            out.push(finding(cx, nearest, entry, &difference));
        }
    }
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
