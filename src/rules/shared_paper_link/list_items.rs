//! One paper link under two titles in list items (`- [Title A](arxiv X)`
//! and `- [Title B](arxiv X)`): one of the two links is wrong, wherever the
//! two items sit, since each names its own paper.

use crate::diagnostic::Diagnostic;
use crate::knowledge::ids::PaperId;
use crate::registry::lint::SHARED_PAPER_LINK as META;
use crate::rules::item_details::preprint_beside_publication;
use crate::rules::item_titles::{two_versions, ItemTitles};
use crate::rules::list_entries::ListEntry;
use crate::rules::titles::{identity_key, short};
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
                // One title the other's part (`Foundation Reinforcement
                // Learning (FRL)` in `FoundationReinforcement Learning:
                // towards ...`) names one paper, however few words the
                // rest shares: in one run, duplicate-paper reports it.
                let retitled = titles.one_paper_retitled(&earlier.title, &entry.title);
                if two_versions(earlier, entry, &id) {
                } else if titles.two_titles(&earlier.title, &entry.title) && !retitled {
                    out.push(finding(cx, earlier, entry, &id));
                } else if earlier.run != entry.run && renamed_after_review(cx, earlier, entry) {
                    // One paper under two titles in two runs: in one run,
                    // duplicate-paper reports it.
                    out.extend(renamed(cx, earlier, entry, &id));
                }
                break;
            }
            first_with.insert(id, index);
        }
    }
}

/// Two items of one paper under two titles, one a preprint's and the other
/// a reviewed venue's, neither title the other's with a name or a word
/// added (`Omnigrasp: Grasping Diverse Objects ...` beside `Grasping
/// Diverse Objects ...`, cross-listed under a shorter name): the
/// preprint's copy keeps the paper's old title, which the list should
/// update. Without a venue to tell them apart, two titles of one paper in
/// two sections are a list's own shorthand as often as not.
fn renamed_after_review(cx: &Context<'_>, a: &ListEntry, b: &ListEntry) -> bool {
    let (x, y) = (identity_key(&a.title), identity_key(&b.title));
    let one_within_the_other = x.contains(&y) || y.contains(&x);
    !one_within_the_other
        && preprint_beside_publication(cx, a, b)
        // An item citing another paper (`built on [DDPM](arxiv)`) may share
        // that link with the cited paper's own item.
        && a.links_one_arxiv_paper(cx.document)
        && b.links_one_arxiv_paper(cx.document)
}

fn finding(cx: &Context<'_>, earlier: &ListEntry, later: &ListEntry, id: &PaperId) -> Diagnostic {
    renamed(cx, earlier, later, id).unwrap_or_else(|| wrong_link(cx, earlier, later, id))
}

/// Words in a row two titles of one paper keep through a renaming
/// (`Robustness of Graph Neural Networks`); two papers of one topic share
/// words here and there (`Graph and Graphon Neural Network Stability`,
/// `Graph Neural Networks: Architectures, Stability and Transferability`)
/// or the name of their field (`Risk-Sensitive Reinforcement Learning`).
const RENAMED_RUN: usize = 5;

/// One arXiv paper under two related titles (they share several words and
/// coin no two names) that also share a run of words or stand as a
/// preprint beside its publication: most likely the paper renamed, often
/// after review, and listed again under its new title.
fn renamed(
    cx: &Context<'_>,
    earlier: &ListEntry,
    later: &ListEntry,
    id: &PaperId,
) -> Option<Diagnostic> {
    let (a, b) = (&earlier.title, &later.title);
    let related = super::one_paper::related_titles(a, b)
        || crate::rules::titles::one_name_two_subtitles(a, b);
    if !matches!(id, PaperId::Arxiv(_)) || !related || crate::rules::titles::two_coined_names(a, b)
    {
        return None;
    }
    let after_review = preprint_beside_publication(cx, earlier, later);
    if !after_review && super::one_paper::shared_run(a, b) < RENAMED_RUN {
        return None;
    }
    let earlier_line = cx.line(earlier.span);
    let message = if after_review {
        format!(
            "{id} is listed twice, probably once under the preprint's older title: \"{}\" here and \"{}\" at line {earlier_line}",
            short(b),
            short(a)
        )
    } else {
        format!(
            "{id} is listed twice, probably once under an older title: \"{}\" here and \"{}\" at line {earlier_line}",
            short(b),
            short(a)
        )
    };
    let span = later
        .paper_link
        .as_ref()
        .map_or(later.title_span, |l| l.span);
    Some(
        Diagnostic::new(META.name, META.severity, span, message)
            .with_label("same arXiv paper under another title")
            .with_related(
                earlier.paper_link.as_ref().map_or(earlier.title_span, |l| l.span),
                format!("also links {id}"),
            )
            .with_help("check that both items are one paper renamed; if so, keep the item with the current title and venue and delete the other; if not, correct the link that does not match its title"),
    )
}

fn wrong_link(
    cx: &Context<'_>,
    earlier: &ListEntry,
    later: &ListEntry,
    id: &PaperId,
) -> Diagnostic {
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
