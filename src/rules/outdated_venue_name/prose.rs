//! Former venue names outside tables (`- Title. Authors. NIPS 2019.`): a
//! name written with a year after its rename. A list that writes the
//! former name for most later editions, or never the current one, has
//! chosen it, as in tables.

use super::convention::{CONVENTION_PERCENT, CONVENTION_ROWS};
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::knowledge::text::edit_distance;
use crate::knowledge::{NameKind, VenueCell, VenueMention};
use crate::registry::lint::OUTDATED_VENUE_NAME as META;
use crate::rules::Context;
use crate::span::Span;
use std::collections::HashMap;

pub(super) fn prose_former_names(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let mentions: Vec<(Span, &str, &VenueMention, i32)> = cx
        .prose_venues()
        .iter()
        .filter_map(|m| match &m.cell {
            VenueCell::Known(v) => Some((m.span, m.text.as_str(), v, v.year?)),
            _ => None,
        })
        .collect();
    if !mentions
        .iter()
        .any(|(_, _, v, _)| matches!(v.kind, NameKind::Former { .. }))
    {
        return;
    }
    // A slip of a name (`Neurlps 2025`) shows which name the list meant,
    // as a table's venue cell does: it counts toward the choice only.
    let slips = cx.prose_venues().iter().filter_map(|m| match &m.cell {
        VenueCell::Typo(v) => {
            let kind = name_meant(cx, v, &m.text)?;
            Some((VenueMention { kind, ..*v }, v.year?))
        }
        _ => None,
    });
    let written = mentions.iter().map(|&(_, _, v, year)| (*v, year));
    let chosen = chosen_former_names(cx, written.chain(slips));
    for &(span, text, mention, year) in &mentions {
        let NameKind::Former {
            last_year,
            either_years,
        } = mention.kind
        else {
            continue;
        };
        let last_year = i32::from(last_year);
        if year <= last_year + i32::from(either_years) || chosen.contains(&mention.venue) {
            continue;
        }
        let current = &cx.knowledge.venues.venue(mention.venue).name;
        let (from, to) = mention.name_range;
        let name = Span::new(span.start + from as usize, span.start + to as usize);
        out.push(
            Diagnostic::new(
                META.name,
                META.severity,
                name,
                format!(
                    "`{}` was renamed {current} after {last_year}",
                    mention.written(text)
                ),
            )
            .with_label(format!("{current} in {year}"))
            .with_help(format!("write `{current}`"))
            .with_fix(Some(Fix::safe(vec![Edit::replace(name, &**current)]))),
        );
    }
}

/// The name a slip was meant as: the one it is a slip of, or, for a
/// misspelling the venue data lists (`NeulPS`), the venue's current name
/// when that is nearer to it than every former name.
fn name_meant(cx: &Context<'_>, slip: &VenueMention, text: &str) -> Option<NameKind> {
    if slip.kind != NameKind::Misspelling {
        return Some(slip.kind);
    }
    let venue = cx.knowledge.venues.venue(slip.venue);
    let written = slip.written(text).to_lowercase();
    let distance = |name: &str| edit_distance(&written, &name.to_lowercase(), 8);
    let current = distance(&venue.name);
    venue
        .former_names
        .iter()
        .all(|former| distance(&former.name) > current)
        .then_some(NameKind::Canonical)
}

/// Venues whose former name the list writes on purpose for later
/// editions: in [`CONVENTION_ROWS`] mentions or more, and in
/// [`CONVENTION_PERCENT`] of the mentions of those editions, or whenever
/// the list never writes the current name, in its tables or outside them.
fn chosen_former_names(
    cx: &Context<'_>,
    mentions: impl Iterator<Item = (VenueMention, i32)>,
) -> Vec<u32> {
    let mut counts: HashMap<u32, (usize, usize)> = HashMap::new();
    let mut current_named = std::collections::HashSet::new();
    for (v, year) in mentions {
        match v.kind {
            NameKind::Former {
                last_year,
                either_years,
            } => {
                if year > i32::from(last_year) + i32::from(either_years) {
                    let (former, all) = counts.entry(v.venue).or_default();
                    *former += 1;
                    *all += 1;
                }
            }
            NameKind::Misspelling => {}
            _ => {
                current_named.insert(v.venue);
                counts.entry(v.venue).or_default().1 += 1;
            }
        }
    }
    // The tables' rows count too: a list that writes `| NIPS 2024 |`
    // throughout has chosen the name for its prose as well.
    for row in cx.rows() {
        let Some(m) = row.facts.venue.as_ref().and_then(|f| f.value.mention()) else {
            continue;
        };
        let year = cx.venue_year(&row).map(|v| v.year);
        match m.kind {
            NameKind::Former {
                last_year,
                either_years,
            } => {
                if year.is_none_or(|y| y > i32::from(last_year) + i32::from(either_years)) {
                    let (former, all) = counts.entry(m.venue).or_default();
                    *former += 1;
                    *all += 1;
                }
            }
            NameKind::Misspelling => {}
            _ => {
                current_named.insert(m.venue);
                counts.entry(m.venue).or_default().1 += 1;
            }
        }
    }
    counts
        .into_iter()
        .filter(|&(venue, (former, all))| {
            former >= CONVENTION_ROWS
                && (former * 100 >= all * CONVENTION_PERCENT || !current_named.contains(&venue))
        })
        .map(|(venue, _)| venue)
        .collect()
}
