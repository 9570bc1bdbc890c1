//! One paper link under two titles in list items (`- [Title A](arxiv X)`
//! and `- [Title B](arxiv X)`): one of the two links is wrong, wherever the
//! two items sit, since each names its own paper.

use crate::diagnostic::Diagnostic;
use crate::knowledge::ids::PaperId;
use crate::registry::lint::SHARED_PAPER_LINK as META;
use crate::rules::item_titles::{two_versions, ItemTitles};
use crate::rules::list_entries::ListEntry;
use crate::rules::titles::short;
use crate::rules::Context;
use std::collections::HashMap;

pub(super) fn shared_by_list_items(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let entries = cx.list_entries();
    let titles = ItemTitles::new(cx);
    let mut first_with: HashMap<PaperId, usize> = HashMap::new();
    for (index, entry) in entries.iter().enumerate() {
        for id in entry.paper_ids() {
            if let Some(&first) = first_with.get(&id) {
                let earlier = &entries[first];
                if titles.two_titles(&earlier.title, &entry.title)
                    && !two_versions(earlier, entry, &id)
                {
                    out.push(finding(cx, earlier, entry, &id));
                }
                break;
            }
            first_with.insert(id, index);
        }
    }
}

fn finding(cx: &Context<'_>, earlier: &ListEntry, later: &ListEntry, id: &PaperId) -> Diagnostic {
    let earlier_line = cx.line(earlier.span);
    let span = later
        .paper_link
        .as_ref()
        .map_or(later.title_span, |l| l.span);
    Diagnostic::new(
        META.name,
        META.severity,
        span,
        format!(
            "this item links {id}, which line {earlier_line} links for \"{}\"; one of the two links is wrong",
            short(&earlier.title)
        ),
    )
    .with_label(format!("same paper as line {earlier_line}"))
    .with_related(
        earlier.paper_link.as_ref().map_or(earlier.title_span, |l| l.span),
        format!("also links {id}"),
    )
    .with_help("one of the two links is wrong: open both and correct the link that does not match its title")
}
