use super::duplicate_paper::{differences, links_two_papers, quoted};
use super::pair::{Pair, RowId};
use super::RowRef;
use super::{Context, Rule, RuleMeta};
use crate::diagnostic::Diagnostic;
use std::collections::HashMap;

mod list_items;

pub struct ConflictingDuplicate;

use crate::registry::lint::CONFLICTING_DUPLICATE as META;

impl Rule for ConflictingDuplicate {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn reads_duplicate_pairs(&self) -> bool {
        true
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let pairs = cx.duplicate_pairs();
        // Each copy's nearest earlier copy, to walk back through the copies.
        let earlier: HashMap<RowId, usize> = (pairs.iter().enumerate())
            .filter(|(_, p)| p.same_title)
            .map(|(i, p)| (id(&p.later), i))
            .collect();
        for pair in &pairs {
            if !pair.same_title {
                continue;
            }
            let Some(difference) = differences(pair, cx) else {
                continue;
            };
            if agrees_with_an_older_copy(cx, &pairs, &earlier, pair) {
                continue;
            }
            let earlier_line = cx.line(pair.earlier.row.span());
            // Two papers under one title: one row carries the other's
            // title (or link), and deleting either loses a paper.
            let help = if links_two_papers(pair, &difference) {
                "open both links: one row carries the other paper's title or link; correct that row"
            } else {
                "find out which copy is right, correct it and delete the other"
            };
            out.push(
                Diagnostic::new(
                    META.name,
                    META.severity,
                    pair.later.title_span(),
                    format!(
                        "{} is listed twice with different details ({difference}, line {earlier_line})",
                        quoted(&pair.later)
                    ),
                )
                .with_label(format!("conflicts with line {earlier_line}"))
                .with_related(pair.earlier.title_span(), "the other copy")
                .with_help(help),
            );
        }
        list_items::conflicting_list_items(cx, out);
    }
}

fn id(row: &RowRef<'_>) -> RowId {
    (row.table_index, row.row_index)
}

/// With three copies of which two agree (160 and 476 say 2023-12, 399 says
/// 2023-10), only the odd one is wrong: the later copy of a disagreeing
/// pair is not reported when it agrees with an older copy that the pair's
/// earlier copy disagrees with (that disagreement is reported already).
fn agrees_with_an_older_copy(
    cx: &Context<'_>,
    pairs: &[Pair<'_>],
    earlier: &HashMap<RowId, usize>,
    pair: &Pair<'_>,
) -> bool {
    let mut at = id(&pair.earlier);
    // Bounded: every step goes to an earlier row.
    while let Some(&index) = earlier.get(&at) {
        let older = id(&pairs[index].earlier);
        let with = |row: RowId| Pair {
            earlier: cx.row(older),
            later: cx.row(row),
            evidence: pair.evidence,
            same_title: true,
            distinct_entries: pair.distinct_entries,
        };
        if differences(&with(id(&pair.later)), cx).is_none()
            && differences(&with(id(&pair.earlier)), cx).is_some()
        {
            return true;
        }
        at = older;
    }
    false
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_list_items;
#[cfg(test)]
mod tests_titles;

#[cfg(test)]
mod venue_labels;

#[cfg(test)]
mod copies;
