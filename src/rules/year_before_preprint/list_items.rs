//! Outside tables: a list item that links its paper on arXiv and dates the
//! preprint itself (`**[Arxiv' 20]**`, `arxiv 2023`) to a year before its
//! id's. A preprint's year is its id's; a conference's year may precede
//! the posting in many ways (a paper posted after it appeared), so only
//! the preprint's own year is judged here.

use super::year_end::in_year_end_batch;
use crate::diagnostic::Diagnostic;
use crate::knowledge::ids::{arxiv_link, ArxivId, ArxivLink};
use crate::knowledge::{month_name, VenueCell, VenueKind};
use crate::registry::lint::YEAR_BEFORE_PREPRINT as META;
use crate::rules::list_entries::ListEntry;
use crate::rules::Context;

pub(super) fn preprint_years_in_items(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let mentions = cx.prose_venues();
    for entry in cx.list_entries() {
        let Some(id) = the_items_one_preprint(cx, entry) else {
            continue;
        };
        let first = mentions.partition_point(|m| m.span.start < entry.span.start);
        for mention in mentions[first..]
            .iter()
            .take_while(|m| m.span.end <= entry.span.end)
        {
            let VenueCell::Known(known) = &mention.cell else {
                continue;
            };
            let Some(year) = known.year else { continue };
            let preprint = cx.knowledge.venues.venue(known.venue).kind == VenueKind::Preprint;
            if preprint && year < id.year && !in_year_end_batch(id.month, &id.id) {
                out.push(finding(mention.span, &mention.text, &id));
            }
        }
    }
}

/// The arXiv paper the item links, when it links one and no other: an
/// item that cites a second preprint does not say which one its year is.
fn the_items_one_preprint(cx: &Context<'_>, entry: &ListEntry) -> Option<ArxivId> {
    let Some(ArxivLink::Valid(id)) = arxiv_link(&entry.paper_link.as_ref()?.url) else {
        return None;
    };
    entry.links_one_arxiv_paper(cx.document).then_some(id)
}

fn finding(span: crate::span::Span, written: &str, id: &ArxivId) -> Diagnostic {
    let month = month_name(id.month.clamp(1, 12)).unwrap_or_default();
    Diagnostic::new(
        META.name,
        META.severity,
        span,
        format!(
            "{written} is earlier than the arXiv preprint {} ({month} {})",
            id.id, id.year
        ),
    )
    .with_label(format!("before {month} {}", id.year))
    .with_help("check the year, or whether the link points at the right paper")
}
