//! Venue slips outside tables, in list items and paragraphs: `- Title.
//! Authors. NeuIPS 2021.`, `[PLID'94] [Title](...)`. Only a name written with its year right
//! after it is read, and only a slip the list itself shows to be one: a
//! listed misspelling, or two letters swapped, one typed twice or one left
//! out (or, in a name of six letters or more, one typed for another) of a
//! venue the list writes correctly more often elsewhere.

use super::abbreviation;
use super::spelling::closest_spelling;
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::knowledge::text::{edit_distance, lookup_key, venue_slip, Slip};
use crate::knowledge::VenueCell;
use crate::rules::Context;
use crate::span::Span;
use std::collections::HashMap;

use crate::registry::lint::VENUE_TYPO as META;

/// Letters and digits a name has at least for one substituted letter in it
/// to be read as a slip.
const SUBSTITUTION_LETTERS: usize = 6;

/// Venue slips in the document's text outside tables.
pub(super) fn bullet_slips(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let mentions = cx.prose_venues();
    if !mentions
        .iter()
        .any(|m| matches!(m.cell, VenueCell::Typo(_)))
    {
        return;
    }
    // How often the text names each venue rightly, and writes each slip.
    let mut known: HashMap<u32, usize> = HashMap::new();
    let mut slips: HashMap<String, usize> = HashMap::new();
    for m in mentions {
        match &m.cell {
            VenueCell::Known(v) => *known.entry(v.venue).or_default() += 1,
            VenueCell::Typo(v) => *slips.entry(lookup_key(v.written(&m.text))).or_default() += 1,
            _ => {}
        }
    }
    for m in mentions {
        let VenueCell::Typo(mention) = &m.cell else {
            continue;
        };
        let written = mention.written(&m.text);
        let venue = cx.knowledge.venues.venue(mention.venue);
        if abbreviation::abbreviates(written, venue) || cx.profile.glossary.defines(written) {
            continue;
        }
        let usual = cx.profile.venues.usual_spelling(mention.venue);
        let canonical = usual.unwrap_or_else(|| closest_spelling(venue, written));
        let listed = cx.knowledge.venues.lists_name(written);
        let slip = venue_slip(&lookup_key(written), &lookup_key(canonical));
        let plain_slip = matches!(slip, Some(Slip::Transposed | Slip::Doubled | Slip::Dropped));
        // One letter typed for another in a long name (`NAACL-HIT`): short
        // acronyms one letter apart are as often two venues.
        let substituted = slip == Some(Slip::Substituted)
            && written.chars().filter(|c| c.is_alphanumeric()).count() >= SUBSTITUTION_LETTERS;
        let rightly = known.get(&mention.venue).copied().unwrap_or(0)
            + cx.profile.venues.rows_naming(mention.venue);
        let times = slips.get(&lookup_key(written)).copied().unwrap_or(0);
        if !(listed || ((plain_slip || substituted) && rightly > times)) {
            continue;
        }
        let (from, to) = mention.name_range;
        let name = Span::new(m.span.start + from as usize, m.span.start + to as usize);
        // `ICRL` in a robotics list that writes ICRA and never ICLR.
        if let Some(other) = listed
            .then(|| one_letter_from_the_lists_venue(cx, &known, written, mention.venue))
            .flatten()
        {
            out.push(
                Diagnostic::new(
                    META.name,
                    META.severity,
                    name,
                    format!("`{written}` is a misspelling of {other}, which this list writes, or of {canonical}"),
                )
                .with_label("which venue?")
                // Either happens (`ICRL` for an ICLR paper in a robotics
                // list): only the paper tells, so no fix.
                .with_help(format!("write `{other}` or `{canonical}`, whichever the paper is in")),
            );
            continue;
        }
        out.push(
            Diagnostic::new(
                META.name,
                META.severity,
                name,
                format!("`{written}` is a misspelling of {canonical}"),
            )
            .with_label(format!("did you mean {canonical}?"))
            .with_help(format!("write `{canonical}`"))
            // A substituted letter may be a name the data does not know.
            .with_fix(Some(Fix::safe_if(
                listed || !substituted,
                vec![Edit::replace(name, canonical)],
            ))),
        );
    }
}

/// How often a list names a venue for a listed misspelling one letter
/// from it to be read as that venue's as likely as the data's (`IICV` in a
/// list with one IJCV paper is still ICCV's).
const LISTS_OWN_VENUE_TIMES: usize = 3;

/// The one other venue the list names (in its text or its rows, three
/// times or more) that `written` is one letter from (`ICRL` beside ICRA, a
/// last letter typed for another), when the list never names the venue
/// the data finds likeliest: a list's slips are most often of the venues
/// it writes.
pub(super) fn one_letter_from_the_lists_venue<'c>(
    cx: &'c Context<'_>,
    named_in_text: &HashMap<u32, usize>,
    written: &str,
    likeliest: u32,
) -> Option<&'c str> {
    let rows = &cx.profile.venues;
    if named_in_text.contains_key(&likeliest) || rows.rows_naming(likeliest) > 0 {
        return None;
    }
    let key = lookup_key(written);
    let mut named: Vec<u32> = named_in_text
        .keys()
        .copied()
        .chain(rows.venues_named())
        .collect();
    named.sort_unstable();
    named.dedup();
    let times =
        |venue: u32| named_in_text.get(&venue).copied().unwrap_or(0) + rows.rows_naming(venue);
    let mut others = named.into_iter().filter_map(|venue| {
        let spelling = closest_spelling(cx.knowledge.venues.venue(venue), written);
        (venue != likeliest
            && times(venue) >= LISTS_OWN_VENUE_TIMES
            && edit_distance(&key, &lookup_key(spelling), 1) <= 1)
            .then_some(spelling)
    });
    match (others.next(), others.next()) {
        (Some(spelling), None) => Some(spelling),
        _ => None,
    }
}
