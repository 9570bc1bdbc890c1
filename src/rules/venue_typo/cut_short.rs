//! A venue's name with its last letter left out (`(ASPLO'25)` beside
//! `(ASPLOS'24)`, `Sensor` beside `Sensors`). Alone, such a name is as
//! often another venue's acronym (ICML is ICMLA's start), so it is read as
//! a slip only on the list's own evidence: the list writes the venue
//! rightly elsewhere, at least as often as it writes the short name, and
//! does not write the short name as its own convention.

use super::spelling::closest_spelling;
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::knowledge::text::{lookup_key, without_short_year};
use crate::knowledge::VenueCell;
use crate::profile::vocabulary::{CONVENTION_ROWS, SLIP_RATIO};
use crate::rules::Context;
use crate::span::Span;
use std::collections::HashMap;

use crate::registry::lint::VENUE_TYPO as META;

/// One name read as cut short: where it stands and what the list means.
struct CutShort<'t> {
    written: &'t str,
    venue: u32,
    /// The name's span in the source, when it can be found exactly.
    name: Option<Span>,
    /// The whole mention's or cell's span, where the finding points.
    span: Span,
}

pub(super) fn cut_short_names(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let mut found = in_cells(cx);
    found.extend(in_prose(cx));
    if found.is_empty() {
        return;
    }
    let rightly = times_named_rightly(cx);
    let mut times_written: HashMap<String, usize> = HashMap::new();
    for cut in &found {
        *times_written.entry(lookup_key(cut.written)).or_default() += 1;
    }
    for cut in found {
        let named = rightly.get(&cut.venue).copied().unwrap_or(0);
        let times = times_written[&lookup_key(cut.written)];
        let convention = times >= CONVENTION_ROWS && times * SLIP_RATIO > named;
        if named == 0 || named < times || convention || cx.profile.glossary.defines(cut.written) {
            continue;
        }
        let venue = cx.knowledge.venues.venue(cut.venue);
        let spelling = cx
            .profile
            .venues
            .usual_spelling(cut.venue)
            .unwrap_or_else(|| closest_spelling(venue, cut.written));
        let written = cut.written;
        out.push(
            Diagnostic::new(
                META.name,
                META.severity,
                cut.span,
                format!(
                    "`{written}` is a misspelling of {spelling}, which this list writes \
                     elsewhere: its last letter is left out"
                ),
            )
            .with_label(format!("did you mean {spelling}?"))
            .with_help(format!("write `{spelling}`"))
            .with_fix(
                cut.name
                    .map(|name| Fix::safe(vec![Edit::replace(name, spelling)])),
            ),
        );
    }
}

/// Venue cells whose whole name is a known venue's cut short.
fn in_cells<'c>(cx: &'c Context<'_>) -> Vec<CutShort<'c>> {
    cx.rows()
        .filter_map(|r| {
            let fact = r.facts.venue.as_ref()?;
            let VenueCell::Unknown { name_range, .. } = fact.value else {
                return None;
            };
            let (from, to) = (name_range.0 as usize, name_range.1 as usize);
            let (from, written) = bare_name(r.cell_text(fact.column()).get(from..to)?, from);
            let range = (from, from + written.len());
            let venue = cx.knowledge.venues.cut_short_of(written)?;
            Some(CutShort {
                written,
                venue,
                name: super::cell_span::span_in_cell(&r, fact.column(), range),
                span: r.cell_span(fact.column()),
            })
        })
        .collect()
}

/// Names outside tables written with their year (`(ASPLO'25)`).
fn in_prose<'c>(cx: &'c Context<'_>) -> Vec<CutShort<'c>> {
    cx.prose_venues()
        .iter()
        .filter_map(|m| {
            let VenueCell::Unknown { name_range, .. } = m.cell else {
                return None;
            };
            let (from, to) = (name_range.0 as usize, name_range.1 as usize);
            // `[ASPLO 25]` is read as `ASPLO'25`: the name is its first word.
            let name = m.text.get(from..to)?;
            let name = match name.split_once(' ') {
                Some((first, _)) if !name.contains(['\'', '’']) => first,
                _ => name,
            };
            let (from, written) = bare_name(name, from);
            if !tagged(cx.document.text, m.span.start + from, written) {
                return None;
            }
            let venue = cx.knowledge.venues.cut_short_of(written)?;
            let name = Span::new(m.span.start + from, m.span.start + from + written.len());
            Some(CutShort {
                written,
                venue,
                name: Some(name),
                span: name,
            })
        })
        .collect()
}

/// The name without marks around it (`“Sensor”`) and the two-digit year
/// an unknown name keeps (`ASPLO'25`), with where it now starts.
fn bare_name(name: &str, from: usize) -> (usize, &str) {
    let name = without_short_year(name);
    let trimmed = name.trim_start_matches(|c: char| !c.is_alphanumeric());
    let start = from + (name.len() - trimmed.len());
    (
        start,
        trimmed.trim_end_matches(|c: char| !c.is_alphanumeric()),
    )
}

/// Whether a name outside tables stands as an item's venue tag: in
/// brackets, parentheses or emphasis (`(ASPLO'25)`, `[ASPLO 25]`,
/// `*ASPLO*, 2025`) or with its year's apostrophe. A word of a title
/// (`the Sensor 2022 challenge`) is none.
fn tagged(text: &str, start: usize, written: &str) -> bool {
    let before = text.get(..start).and_then(|t| t.chars().next_back());
    let after = text
        .get(start..)
        .and_then(|t| t.strip_prefix(written))
        .unwrap_or("");
    matches!(before, Some('(' | '[' | '*' | '_' | '`')) || after.starts_with(['\'', '’', '*', '_'])
}

/// How often the list names each venue rightly, in its rows and its text.
fn times_named_rightly(cx: &Context<'_>) -> HashMap<u32, usize> {
    let mut times: HashMap<u32, usize> = HashMap::new();
    for venue in cx.profile.venues.venues_named() {
        times.insert(venue, cx.profile.venues.rows_naming(venue));
    }
    for m in cx.prose_venues() {
        if let VenueCell::Known(known) = &m.cell {
            *times.entry(known.venue).or_default() += 1;
        }
    }
    times
}
