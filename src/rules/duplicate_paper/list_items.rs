//! The same paper twice in one run of list items (`- [Title](link)` under
//! one heading, with no category between): a copy the maintainer would
//! delete. Across runs, lists file a paper under each topic it touches, so
//! only a run is judged.

use super::bold_years::BoldYears;
use super::item_apart::{
    named_apart, names_a_genre_of, nested_under, pages_on_two_sites, post_beside_paper,
};
use crate::diagnostic::{Diagnostic, Edit, Fix, Severity};
use crate::knowledge::ids::PaperId;
use crate::registry::lint::DUPLICATE_PAPER as META;
use crate::rules::item_details::{
    arxiv_link_beside_publisher_link, differing_details, preprint_beside_publication,
    two_conferences, writes_year,
};
use crate::rules::item_titles::{two_versions, ItemTitles};
use crate::rules::list_entries::{ListEntry, NEAREST_COPIES};
use crate::rules::titles::short;
use crate::rules::titles::{identity_key, same_title_past_a_name, title_after_name};
use crate::rules::Context;
use std::collections::HashMap;

/// Titles shorter than this many letters and digits may name two papers
/// (`Deep Learning for Music`): two items so titled are one paper only
/// when they link one paper.
const DISTINCT_KEY: usize = 24;

pub(super) fn repeated_list_items(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let entries = cx.list_entries();
    let mut earlier_of: HashMap<(usize, String), Vec<usize>> = HashMap::new();
    // Items by their title past a leading name (`SMD-Nets: Stereo Mixture
    // Density Networks` under `stereo mixture density networks`).
    let mut named_of: HashMap<(usize, String), Vec<usize>> = HashMap::new();
    for (index, entry) in entries.iter().enumerate() {
        let key = identity_key(&entry.title);
        let past_name = title_after_name(&entry.title).map(|(_, rest)| identity_key(rest));
        let distinct = key.chars().count() >= DISTINCT_KEY && !names_a_genre_of(&entry.title);
        let same_title = earlier_of.get(&(entry.run, key.clone()));
        let copies = nearest_copies(cx, same_title, entry, distinct);
        let copies = if copies.is_empty() {
            // The name written in one copy only: `NAME: Title` and `Title`.
            let named = named_of.get(&(entry.run, key.clone()));
            let bare = past_name
                .as_ref()
                .and_then(|rest| earlier_of.get(&(entry.run, rest.clone())));
            let mut candidates: Vec<usize> =
                named.into_iter().chain(bare).flatten().copied().collect();
            candidates.sort_unstable();
            candidates.dedup();
            // On one paper id, the pair is reported as one paper under two
            // titles (a warning), below.
            candidates.retain(|&i| {
                same_title_past_a_name(&entries[i].title, &entry.title)
                    && !shares_a_paper_id(&entries[i], entry)
            });
            let distinct_rest = past_name
                .as_ref()
                .map_or(distinct, |rest| rest.chars().count() >= DISTINCT_KEY);
            nearest_copies(cx, Some(&candidates), entry, distinct_rest)
        } else {
            copies
        };
        // The nearest copy on the item's own link, else the nearest.
        let copy = copies
            .iter()
            .find(|e| !two_papers_linked(e, entry))
            .or(copies.first())
            .copied();
        earlier_of.entry((entry.run, key)).or_default().push(index);
        if let Some(rest) = past_name {
            named_of.entry((entry.run, rest)).or_default().push(index);
        }
        if let Some(copy) = copy {
            out.push(finding(cx, copy, entry));
        }
    }
}

/// The nearest earlier items of `earlier` (indices into the list's
/// entries) that are `entry`'s paper, not nested under it on purpose.
fn nearest_copies<'e>(
    cx: &'e Context<'_>,
    earlier: Option<&Vec<usize>>,
    entry: &ListEntry,
    distinct: bool,
) -> Vec<&'e ListEntry> {
    let entries = cx.list_entries();
    earlier
        .into_iter()
        .flatten()
        .rev()
        .take(NEAREST_COPIES)
        .map(|&i| &entries[i])
        .filter(|e| one_paper(cx, e, entry, distinct) && !nested_under(cx, e, entry))
        .collect()
}

/// The same paper in two runs under two sibling year headings (`### Year
/// 2025`, `### Year 2024`), or two bold year lines of one section
/// (`**2023**`, `**2021**`): a list that files its papers by year gives each
/// one place, as for table rows (a warning: which year is right is the
/// maintainer's call). Only the nearest such copy is named.
pub(super) fn list_items_under_two_years(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let entries = cx.list_entries();
    if entries.is_empty() {
        return;
    }
    let bold_years = BoldYears::find(cx.document.text);
    let heading = |e: &ListEntry| cx.document.heading_above(e.span.start);
    let mut earlier_of: HashMap<String, Vec<usize>> = HashMap::new();
    for (index, entry) in entries.iter().enumerate() {
        let key = identity_key(&entry.title);
        let distinct = key.chars().count() >= DISTINCT_KEY;
        let earlier = earlier_of.entry(key).or_default();
        // A copy in its own run is judged there, once.
        let copy_in_its_run = earlier.iter().any(|&i| entries[i].run == entry.run);
        let copy = earlier
            .iter()
            .rev()
            .map(|&i| &entries[i])
            .filter(|e| e.run != entry.run && !copy_in_its_run)
            .take(NEAREST_COPIES)
            .find(|e| {
                (cx.profile
                    .sections
                    .years_apart(cx.document, heading(e), heading(entry))
                    || bold_years.apart(cx.document, e.span.start, entry.span.start))
                    && (distinct || shares_a_paper_id(e, entry))
                    && one_paper(cx, e, entry, distinct)
                    && !logged_when_each_appeared(cx, &bold_years, e, entry)
            });
        earlier.push(index);
        if let Some(copy) = copy {
            out.push(in_another_year(cx, copy, entry));
        }
    }
}

/// Two copies that differ (a preprint and its journal article) and each
/// give the year they are filed under: a log of what appeared when, the
/// preprint under its year and the article under its own.
/// So is a preprint filed under its id's year in a section of preprints
/// (`## 2023` > `### arXiv`) beside the paper under a later year.
fn logged_when_each_appeared(
    cx: &Context<'_>,
    bold_years: &BoldYears,
    a: &ListEntry,
    b: &ListEntry,
) -> bool {
    let year_of = |e: &ListEntry| {
        let heading = cx.document.heading_above(e.span.start);
        (cx.profile.sections.year_of(cx.document, heading))
            .or_else(|| bold_years.year_above(cx.document, e.span.start))
    };
    let under_its_year = |e: &ListEntry| year_of(e).is_some_and(|year| writes_year(cx, e, year));
    let preprint_then_paper = |preprint: &ListEntry, paper: &ListEntry| {
        let (Some(year), Some(later)) = (year_of(preprint), year_of(paper)) else {
            return false;
        };
        later > year && in_preprint_section(cx, preprint) && posted_in(preprint, year)
    };
    (differing_details(cx, a, b).is_some() && under_its_year(a) && under_its_year(b))
        || preprint_then_paper(a, b)
        || preprint_then_paper(b, a)
}

/// Whether a heading above the item names preprints (`### arXiv`, `###
/// Preprint`).
fn in_preprint_section(cx: &Context<'_>, entry: &ListEntry) -> bool {
    let heading = cx.document.heading_above(entry.span.start);
    cx.document.heading_chain(heading).any(|h| {
        let text = h.text.to_lowercase();
        text.contains("arxiv") || text.contains("preprint")
    })
}

/// Whether the item's arXiv link was posted in `year`.
fn posted_in(entry: &ListEntry, year: i32) -> bool {
    let Some(link) = &entry.paper_link else {
        return false;
    };
    matches!(
        crate::knowledge::ids::arxiv_link(&link.url),
        Some(crate::knowledge::ids::ArxivLink::Valid(a)) if a.year == year
    )
}

/// Under a short title (`PyTorch for custom data`, an example's code link)
/// one address names no paper: only a paper id does.
fn shares_a_paper_id(a: &ListEntry, b: &ListEntry) -> bool {
    let ids = b.paper_ids();
    a.paper_ids().iter().any(|id| ids.contains(id))
}

fn in_another_year(cx: &Context<'_>, earlier: &ListEntry, later: &ListEntry) -> Diagnostic {
    let earlier_line = cx.line(earlier.span);
    let details = differing_details(cx, later, earlier)
        .map(|d| format!(", with other details ({d})"))
        .unwrap_or_default();
    Diagnostic::new(
        META.name,
        Severity::Warning,
        later.title_span,
        format!(
            "\"{}\" is already listed at line {earlier_line} (under another year){details}",
            short(&later.title)
        ),
    )
    .with_label(format!("duplicate of line {earlier_line}, same title"))
    .with_related(earlier.title_span, "first listed here")
    .with_help("a paper has one year: keep the item under the year of its publication")
}

/// One paper id twice in one run under two titles of one paper (one
/// shortened, or the paper renamed after review): the list holds the
/// paper twice, and one of the two titles is out of date.
pub(super) fn retitled_list_items(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let entries = cx.list_entries();
    let titles = ItemTitles::new(cx);
    let mut last_with: HashMap<(usize, PaperId), usize> = HashMap::new();
    for (index, entry) in entries.iter().enumerate() {
        let ids = entry.paper_ids();
        let copy = ids.iter().find_map(|id| {
            let earlier = &entries[*last_with.get(&(entry.run, id.clone()))?];
            // Two conferences are two papers whatever their titles share:
            // one link is wrong (shared-paper-link's).
            (titles.one_paper_retitled(&earlier.title, &entry.title)
                && !two_versions(earlier, entry, id)
                && !named_apart(cx, earlier, entry)
                && !two_conferences(cx, earlier, entry))
            .then_some((earlier, id))
        });
        if let Some((earlier, id)) = copy {
            out.push(retitled_finding(cx, earlier, entry, id));
        }
        for id in ids {
            last_with.insert((entry.run, id), index);
        }
    }
}

fn retitled_finding(
    cx: &Context<'_>,
    earlier: &ListEntry,
    later: &ListEntry,
    id: &PaperId,
) -> Diagnostic {
    let earlier_line = cx.line(earlier.span);
    Diagnostic::new(
        META.name,
        Severity::Warning,
        later.title_span,
        format!(
            "\"{}\" links {id}, which line {earlier_line} lists as \"{}\": one paper listed twice under two titles",
            short(&later.title),
            short(&earlier.title)
        ),
    )
    .with_label(format!("same paper as line {earlier_line}"))
    .with_related(earlier.title_span, "first listed here")
    .with_help("keep one of the two items, under the paper's current title")
}

/// Whether two items of one title and run are one paper listed twice.
/// Two venues or two years, none shared, are a conference paper and its
/// journal version, two editions of a yearly challenge, or copies that
/// contradict each other (conflicting-duplicate's); but a preprint beside
/// its publication is the paper twice.
fn one_paper(cx: &Context<'_>, earlier: &ListEntry, later: &ListEntry, distinct: bool) -> bool {
    let linked = if long_title(&later.title) && only_on_arxiv(earlier, later) {
        // As in one table: a paper posted twice on arXiv, or a title
        // pasted on the next paper's item.
        true
    } else if distinct {
        !two_papers_linked(earlier, later)
            && (long_title(&later.title) || !pages_on_two_sites(earlier, later))
            && !post_beside_paper(cx, earlier, later)
    } else {
        one_paper_linked(earlier, later)
    };
    // On one paper id, the two are conflicting-duplicate's.
    let shared_id = earlier
        .paper_ids()
        .iter()
        .any(|id| later.paper_ids().contains(id));
    let editions = differing_details(cx, earlier, later).is_some()
        && (shared_id
            || !(preprint_beside_publication(cx, earlier, later)
                || arxiv_link_beside_publisher_link(cx, earlier, later)));
    linked && !editions && !named_apart(cx, earlier, later)
}

/// Words a title has at least for two items of one run under it to be
/// one paper whatever their links, as two rows of one table are.
const LONG_TITLE_WORDS: usize = 6;

fn long_title(title: &str) -> bool {
    crate::rules::titles::naming_part(title)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count()
        >= LONG_TITLE_WORDS
}

/// Whether both items link their papers on arXiv only: two DOIs under one
/// title are as often a conference paper and its journal version.
fn only_on_arxiv(a: &ListEntry, b: &ListEntry) -> bool {
    let on_arxiv = |e: &ListEntry| {
        let ids = e.paper_ids();
        !ids.is_empty() && ids.iter().all(|id| matches!(id, PaperId::Arxiv(_)))
    };
    on_arxiv(a) && on_arxiv(b)
}

/// Two links with paper ids of one kind that share none link two papers
/// (or two versions: a preprint and its journal article). Ids of two kinds
/// (OpenReview beside arXiv) are one paper's two forms as often as not.
fn two_papers_linked(a: &ListEntry, b: &ListEntry) -> bool {
    let (x, y) = (a.paper_ids(), b.paper_ids());
    let kind = std::mem::discriminant::<PaperId>;
    let one_kind = x.iter().any(|i| y.iter().any(|j| kind(i) == kind(j)));
    one_kind && !x.iter().any(|id| y.contains(id))
}

/// One paper id or one address on both.
fn one_paper_linked(a: &ListEntry, b: &ListEntry) -> bool {
    let (x, y) = (a.paper_ids(), b.paper_ids());
    let address = |e: &ListEntry| {
        e.paper_link
            .as_ref()
            .map(|l| l.url.trim_end_matches('/').to_string())
    };
    x.iter().any(|id| y.contains(id)) || address(a).is_some_and(|u| Some(u) == address(b))
}

fn finding(cx: &Context<'_>, earlier: &ListEntry, later: &ListEntry) -> Diagnostic {
    let earlier_line = cx.line(earlier.span);
    let (message, help) = if two_papers_linked(earlier, later) {
        (
            format!(
                "\"{}\" is already listed at line {earlier_line}, on another paper's link: one paper posted twice, or its title pasted on the next paper's item",
                short(&later.title)
            ),
            "open both links: keep one item if they are one paper, else give this item its own paper's title",
        )
    } else if let Some(details) = differing_details(cx, later, earlier) {
        // A preprint beside its publication: one copy is out of date.
        (
            format!(
                "\"{}\" is already listed at line {earlier_line}, with other details ({details})",
                short(&later.title)
            ),
            "keep one of the two items, with the paper's published venue and year",
        )
    } else {
        (
            format!(
                "\"{}\" is already listed at line {earlier_line}",
                short(&later.title)
            ),
            "keep one of the two items",
        )
    };
    Diagnostic::new(META.name, Severity::Error, later.title_span, message)
        .with_label(format!("duplicate of line {earlier_line}, same title"))
        .with_related(earlier.title_span, "first listed here")
        .with_help(help)
        .with_fix(delete_identical_copy(cx, earlier, later))
}

/// Deleting is offered only for an item that repeats the other byte for
/// byte and has no nested items of its own (they would move under the
/// item above): then nothing can be lost.
fn delete_identical_copy(cx: &Context<'_>, earlier: &ListEntry, later: &ListEntry) -> Option<Fix> {
    let text = cx.document.text;
    if earlier.span.slice(text) != later.span.slice(text) {
        return None;
    }
    let lines = &cx.document.lines;
    let first = lines.full_line_span(lines.line_of(later.span.start));
    let last = lines.full_line_span(lines.line_of(later.span.end));
    let indent = |line: &str| line.len() - line.trim_start().len();
    let next = text[last.end..].lines().find(|l| !l.trim().is_empty());
    if next.is_some_and(|n| indent(n) > indent(first.slice(text))) {
        return None;
    }
    Some(Fix::unsafe_(vec![Edit::replace(
        crate::span::Span::new(first.start, last.end),
        "",
    )]))
}
