//! Outside tables: a list item that links its paper on arXiv and dates the
//! preprint itself (`**[Arxiv' 20]**`, `arxiv 2023`) to a year before its
//! id's. A preprint's year is its id's; a conference's year may precede
//! the posting in many ways (a paper posted after it appeared), so only
//! the preprint's own year is judged here, and a bare year the item opens
//! with (`- 2021 Title`) or writes right after its title (`- Title, 2021.`)
//! only where nine in ten of the list's such years come no earlier than
//! their ids.

use super::year_end::{earliest_plausible_year, in_year_end_batch};
use crate::diagnostic::Diagnostic;
use crate::knowledge::ids::{arxiv_link, ArxivId, ArxivLink};
use crate::knowledge::{month_name, VenueCell, VenueKind};
use crate::profile::preprint_years::{FIRST_ID_YEAR, MIN_PERCENT, MIN_ROWS};
use crate::registry::lint::YEAR_BEFORE_PREPRINT as META;
use crate::rules::list_entries::ListEntry;
use crate::rules::Context;
use crate::span::Span;

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
                out.push(finding(mention.span, &mention.quoted, &id));
            }
        }
    }
    leading_years_before_preprints(cx, out);
}

/// Items that open with a bare year (`- 2021 Point Density-Aware Voxels`)
/// and link one recent arXiv paper. When nearly all of them give a year no
/// earlier than the id's, the list dates its papers by their preprints or
/// later, and one that comes before its id is a slip, as in a table whose
/// years follow its preprints. Otherwise the year may be a venue's, earlier
/// than a late posting: not judged.
fn leading_years_before_preprints(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let mentions = cx.prose_venues();
    let dated: Vec<(Span, i32, ArxivId)> = cx
        .list_entries()
        .iter()
        .filter_map(|entry| {
            let (span, year) = leading_year_of_title(cx, entry, mentions)
                .or_else(|| year_after_title(cx.document.text, entry))?;
            let id = the_items_one_preprint(cx, entry).filter(|id| id.year >= FIRST_ID_YEAR)?;
            Some((span, year, id))
        })
        .collect();
    let too_early = |year: i32, id: &ArxivId| year < earliest_plausible_year(id.year, id.month);
    let following = dated
        .iter()
        .filter(|(_, year, id)| !too_early(*year, id))
        .count();
    if dated.len() < MIN_ROWS || following * 100 < dated.len() * MIN_PERCENT {
        return;
    }
    for (span, year, id) in dated {
        if too_early(year, &id) {
            out.push(finding(span, &year.to_string(), &id));
        }
    }
}

/// The bare year an item opens with, when its title follows right after
/// it: no venue or other words between them that the year could belong to
/// (`- 2019 NIPSWorkshop [Title](...)`, `- 2019 NeurIPS Title`, a venue's
/// year, whose paper may be posted later).
fn leading_year_of_title(
    cx: &Context<'_>,
    entry: &ListEntry,
    mentions: &[crate::rules::prose_venues::ProseVenue],
) -> Option<(Span, i32)> {
    let text = cx.document.text;
    let (span, year) = leading_year(text, entry.span)?;
    let between = text.get(span.end..entry.title_span.start).unwrap_or("");
    let title_follows = entry.title_span.start <= span.start
        || between
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, ':' | '[' | '*' | '_' | '"' | '“'));
    let next_word = text[span.end..]
        .trim_start_matches([':', ' '])
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let venue_first = matches!(cx.knowledge.parse_venue(next_word), VenueCell::Known(_))
        || mentions
            .binary_search_by_key(&span.start, |m| m.span.start)
            .is_ok();
    (title_follows && !venue_first).then_some((span, year))
}

/// The bare year written right after an item's title, `Title, 2021.` or
/// `Title (2021)`, with nothing but a mark between them, and nothing but
/// marks before the item's links after it: a year with a venue after it
/// (`Title, 2019. *J. Fluid Mech.*`) is the venue's.
fn year_after_title(text: &str, entry: &ListEntry) -> Option<(Span, i32)> {
    let after = text.get(entry.title_span.end..entry.span.end)?;
    let rest = after.trim_start_matches(['*', '_', '"', '”', '\'']);
    let rest = rest.strip_prefix([',', '.']).unwrap_or(rest);
    let rest = rest.trim_start_matches([' ', '\t']);
    let rest = rest.strip_prefix('(').unwrap_or(rest);
    let digits = rest
        .get(..4)
        .filter(|d| d.bytes().all(|b| b.is_ascii_digit()))?;
    let beyond = rest[4..].trim_start_matches([')', '.', ',', ';', ' ', '\t']);
    let ends = !rest[4..].starts_with(|c: char| c.is_alphanumeric())
        && (beyond.is_empty() || beyond.starts_with(['(', '[', '\n', '\r', '|']));
    let year: i32 = digits.parse().ok()?;
    let start = entry.title_span.end + (after.len() - rest.len());
    (ends && (1990..=2100).contains(&year)).then(|| (Span::new(start, start + 4), year))
}

/// The bare year an item opens with, after its marker and before a word or
/// a marked title: `- 2021 Title`, `* 2019: Title`, `- 2020 [Title](...)`;
/// where it is written.
fn leading_year(text: &str, item: Span) -> Option<(Span, i32)> {
    let line = &text[item.start..item.end];
    let marker_end = line
        .find(|c: char| !(c.is_whitespace() || matches!(c, '-' | '*' | '+')))
        .filter(|&at| at > 0 && line[..at].ends_with([' ', '\t']))?;
    let rest = &line[marker_end..];
    let digits = rest
        .get(..4)
        .filter(|d| d.bytes().all(|b| b.is_ascii_digit()))?;
    let after = rest[4..].trim_start_matches([':', ' ']);
    let year: i32 = digits.parse().ok()?;
    let spaced = rest[4..].starts_with([' ', ':']);
    let word_follows = after.starts_with(|c: char| c.is_alphabetic() || "[*_\"“".contains(c));
    (spaced && (1990..=2100).contains(&year) && word_follows).then(|| {
        let start = item.start + marker_end;
        (Span::new(start, start + 4), year)
    })
}

/// The arXiv paper the item links, when it links one and no other: an
/// item that cites a second preprint does not say which one its year is.
fn the_items_one_preprint(cx: &Context<'_>, entry: &ListEntry) -> Option<ArxivId> {
    let Some(ArxivLink::Valid(id)) = arxiv_link(&entry.paper_link.as_ref()?.url) else {
        return None;
    };
    entry.links_one_arxiv_paper(cx.document).then_some(id)
}

fn finding(span: Span, written: &str, id: &ArxivId) -> Diagnostic {
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
