//! One paper listed twice as list items, anywhere in the list, the two
//! items naming different venues or years (`- [Title](arxiv X) - ARXIV -
//! 2018` and `- [Title](arxiv X) - CVPR - 2019`): one of them is stale.

use crate::diagnostic::Diagnostic;
use crate::registry::lint::CONFLICTING_DUPLICATE as META;
use crate::rules::item_details::{conference_and_journal, differing_details};
use crate::rules::list_entries::ListEntry;
use crate::rules::titles::{identity_key, short};
use crate::rules::Context;
use std::collections::HashMap;

pub(super) fn conflicting_list_items(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let entries = cx.list_entries();
    let mut by_title: HashMap<String, Vec<usize>> = HashMap::new();
    for (index, entry) in entries.iter().enumerate() {
        let key = identity_key(&entry.title);
        let earlier = by_title.entry(key).or_default();
        let copies: Vec<&ListEntry> = (earlier.iter().rev())
            .map(|&i| &entries[i])
            .filter(|e| one_paper_id(e, entry))
            .collect();
        earlier.push(index);
        let Some(nearest) = copies.first() else {
            continue;
        };
        if conference_and_journal(cx, nearest, entry) {
            continue;
        }
        // A copy that agrees with an older one was compared with it there.
        let differences: Vec<Option<String>> = copies
            .iter()
            .map(|e| differing_details(cx, e, entry))
            .collect();
        if differences.iter().any(Option::is_none) {
            continue;
        }
        if let Some(Some(difference)) = differences.into_iter().next() {
            out.push(finding(cx, nearest, entry, &difference));
        }
    }
}

/// Both items link one paper by its id: one title alone may name two.
fn one_paper_id(a: &ListEntry, b: &ListEntry) -> bool {
    let y = b.paper_ids();
    a.paper_ids().iter().any(|id| y.contains(id))
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
