use super::{Context, RowRef, Rule, RuleMeta};
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::knowledge::text::{is_publisher, is_short_name, lookup_key, venue_slip, Slip};
use crate::knowledge::{VenueCell, VenueMention};
use crate::span::Span;

pub struct VenueTypo;

use crate::registry::lint::VENUE_TYPO as META;

mod abbreviation;
mod bullets;
mod cell_span;
mod cut_short;
mod doi_name;
mod spelling;

use cell_span::span_in_cell;
use spelling::closest_spelling;

impl Rule for VenueTypo {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for r in cx.rows() {
            let Some(fact) = &r.facts.venue else { continue };
            if let Some(mention) = fact.value.mention() {
                marker_slips(cx, &r, fact.column(), mention, out);
            }
            let VenueCell::Typo(mention) = &fact.value else {
                continue;
            };
            let written = mention.written(r.cell_text(fact.column()));
            if abbreviation::abbreviates(written, cx.knowledge.venues.venue(mention.venue)) {
                continue;
            }
            // A name the list's own glossary spells out (`- **ICIR**:
            // International Conference on Intelligent Reality`), or the
            // row's own IEEE DOI, is a venue.
            if cx.profile.glossary.defines(written) || doi_name::named_by_its_doi(&r, written) {
                continue;
            }
            let listed = cx.knowledge.venues.lists_name(written);
            // A name the list writes the same way in several rows is its
            // own (a venue nas-lint does not know), not a slip, unless the
            // venue it is a slip of is written far more often, or it holds
            // a known name's very letters in another order (`Avrxi`).
            if !listed
                && !cx.knowledge.venues.scrambles_a_name(written)
                && cx
                    .profile
                    .venues
                    .is_convention_beside(written, mention.venue)
            {
                continue;
            }
            // The list's own spelling of the venue (`Arxiv`), else the
            // venue data's spelling nearest to what was written.
            let usual = cx.profile.venues.usual_spelling(mention.venue);
            let canonical = usual.unwrap_or_else(|| {
                closest_spelling(cx.knowledge.venues.venue(mention.venue), written)
            });
            let (key, known) = (lookup_key(written), lookup_key(canonical));
            let slip = venue_slip(&key, &known);
            // One slip of a short name (`CVRR`, `ICIRA`) is as often a real
            // venue nas-lint does not know (HPCC beside HPDC, ICIRA beside
            // ICIAR): a slip only in a list that names the venue it is a
            // slip of elsewhere. A last letter typed twice (`ICLRR`) or a
            // name's letters scrambled (`Avrxi`) need no more; a letter
            // doubled inside (`ICCSE`) may be another acronym's.
            // Any name with one letter typed for another (`ICISSP` beside
            // ICASSP, both real) is a slip only on the same evidence.
            // A slip inside one long word of a name whose other words are
            // the known name's own (`IEEE Acess`, `ISPSR P&RS`) is a slip
            // of that word, not another acronym.
            let in_a_word = slip_in_a_long_word(written, canonical);
            let slip = in_a_word.or(slip);
            // A letter added to a short name counts only inside one word
            // (`arixiv`): `ACM SAC` is ACM's SAC, not ACSAC.
            let short_insertion = slip == Some(Slip::Inserted) && is_short_name(&known);
            if short_insertion && !written.chars().all(char::is_alphanumeric) {
                continue;
            }
            // An acronym's letters in another order are as often another
            // acronym (ITAIC beside ICTAI, SIGSEC beside SIGCSE, all real);
            // a word's (`Avrxi`) are not.
            let scrambled_acronym = slip == Some(Slip::Scrambled)
                && written
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase);
            let weak = in_a_word.is_none()
                && (slip == Some(Slip::Substituted)
                    || scrambled_acronym
                    || short_insertion
                    || (is_short_name(&key)
                        && slip != Some(Slip::Scrambled)
                        && !repeats_last_letter(&key, &known)));
            if !listed && usual.is_none() && weak {
                continue;
            }
            let span = r.cell_span(fact.column());
            let corrected = corrected_cell(&r, fact.column(), mention, canonical);
            let name_fix = |spelling: &str, safe: bool| {
                name_span(&r, fact.column(), mention)
                    .map(|span| Fix::safe_if(safe, vec![Edit::replace(span, spelling)]))
            };
            let another_publisher = cx
                .knowledge
                .venues
                .under_another_publisher(written)
                .filter(|&(other, _)| other != mention.venue);
            // A slip as near a venue the list writes as the one the data
            // finds likeliest (`MICAAI`: MICAI with a doubled A, MICCAI,
            // which the list writes, with an A for a C) may be either.
            let written_instead = (!listed)
                .then(|| the_lists_venue(cx, written, mention.venue))
                .flatten();
            // A listed misspelling one letter from the venue the list
            // writes (`ICRL` among ICRAs, no ICLR): the data's evidence and
            // the list's weigh alike, so no fix.
            let listed_beside = listed
                .then(|| {
                    let no_text = std::collections::HashMap::new();
                    bullets::one_letter_from_the_lists_venue(cx, &no_text, written, mention.venue)
                })
                .flatten();
            let (message, label, help, fix) = if let Some(other) = listed_beside {
                let instead = corrected_cell(&r, fact.column(), mention, other);
                (
                    format!(
                        "`{written}` is a misspelling of {other}, which this list writes, \
                         or of {canonical}"
                    ),
                    "which venue?".to_string(),
                    format!("write `{instead}` or `{corrected}`, whichever the paper is in"),
                    None,
                )
            } else if let Some((_, spelling)) = another_publisher {
                // `IEEE TIST`: ACM's TIST under the wrong publisher, or IEEE
                // TITS with two letters swapped. Both happen; only the paper
                // tells which, so no fix.
                let instead = corrected_cell(&r, fact.column(), mention, spelling);
                (
                    format!(
                        "`{written}` names no venue: {spelling} under another publisher, \
                         or a misspelling of {canonical}"
                    ),
                    "which venue?".to_string(),
                    format!("write `{instead}` or `{corrected}`, whichever the paper is in"),
                    None,
                )
            } else if let Some(spelling) = written_instead {
                let instead = corrected_cell(&r, fact.column(), mention, spelling);
                (
                    format!(
                        "`{written}` is a misspelling of {spelling}, which this list writes, \
                         or of {canonical}"
                    ),
                    format!("did you mean {spelling}?"),
                    format!("write `{instead}`, or `{corrected}`"),
                    name_fix(spelling, false),
                )
            } else {
                // A listed misspelling, a swapped, doubled or dropped letter
                // leave no doubt; another letter may be another venue's name.
                let safe = listed || slip.is_some_and(Slip::is_safe_to_fix);
                (
                    format!("`{written}` is a misspelling of {canonical}"),
                    format!("did you mean {canonical}?"),
                    format!("write `{corrected}`"),
                    name_fix(canonical, safe),
                )
            };
            out.push(
                Diagnostic::new(META.name, META.severity, span, message)
                    .with_label(label)
                    .with_help(help)
                    .with_fix(fix),
            );
        }
        bullets::bullet_slips(cx, out);
        cut_short::cut_short_names(cx, out);
    }
}

/// The list's spelling of another venue the name is one slip from, as it
/// is from the one the data finds likeliest, when the list never names the
/// likeliest and names exactly one such other (MICCAI, fourteen rows,
/// beside `MICAAI`, which is MICAI with a doubled A): a list's slips are
/// most often of the venues it writes.
fn the_lists_venue<'c>(cx: &'c Context<'_>, written: &str, likeliest: u32) -> Option<&'c str> {
    let vocabulary = &cx.profile.venues;
    if vocabulary.rows_naming(likeliest) > 0 {
        return None;
    }
    // One slip from the list's own spelling, `&` kept: `IEETSP` is IEEE
    // TSP, not `IEEE S&P` (beside `IEEE SP` it may be either).
    let with_ampersand = |name: &str| -> String {
        name.chars()
            .filter(|c| c.is_alphanumeric() || *c == '&')
            .flat_map(char::to_lowercase)
            .collect()
    };
    let key = with_ampersand(written);
    let mut named = cx
        .knowledge
        .venues
        .venues_one_slip_from(written)
        .into_iter()
        .filter(|&venue| venue != likeliest)
        .filter_map(|venue| vocabulary.usual_spelling(venue))
        .filter(|spelling| venue_slip(&key, &with_ampersand(spelling)).is_some());
    match (named.next(), named.next()) {
        (Some(spelling), None) => Some(spelling),
        _ => None,
    }
}

/// The slip that makes `written` of `known` when both are names of two
/// words or more and all words but one are the same: the one that differs
/// holds the slip, is five letters or more in `known`, and is a word
/// (`Access` of IEEE Access) or has a neighbour other than a publisher
/// (`ISPRS` of ISPRS P&RS). `IEEE TOHCI` stays a short acronym.
fn slip_in_a_long_word(written: &str, known: &str) -> Option<Slip> {
    let words = |name: &str| -> Vec<(String, bool)> {
        name.split_whitespace()
            .map(|w| (lookup_key(w), w.chars().any(char::is_lowercase)))
            .filter(|(k, _)| !k.is_empty())
            .collect()
    };
    let (w, k) = (words(written), words(known));
    if w.len() != k.len() || w.len() < 2 {
        return None;
    }
    let differing: Vec<usize> = (0..w.len()).filter(|&i| w[i].0 != k[i].0).collect();
    let [i] = differing[..] else { return None };
    let (known_word, is_word) = &k[i];
    if known_word.chars().count() < 5 {
        return None;
    }
    let other_neighbour = k
        .iter()
        .enumerate()
        .any(|(j, (key, _))| j != i && !is_publisher(key));
    if !is_word && !other_neighbour {
        return None;
    }
    venue_slip(&w[i].0, known_word)
}

/// Reports a marker word of the cell outside its venue's name written with
/// one slip (`ICLR Worshop`): its name was read, the marker is misspelt.
fn marker_slips(
    cx: &Context<'_>,
    r: &RowRef<'_>,
    column: usize,
    mention: &VenueMention,
    out: &mut Vec<Diagnostic>,
) {
    let text = r.cell_text(column);
    let (name_start, name_end) = (mention.name_range.0 as usize, mention.name_range.1 as usize);
    for (start, end) in alphabetic_words(text) {
        if start < name_end && end > name_start {
            continue;
        }
        let word = &text[start..end];
        let Some((marker, slip)) = cx.knowledge.venues.marker_slip(word) else {
            continue;
        };
        let marker = in_case_of(word, marker);
        let corrected = format!("{}{marker}{}", &text[..start], &text[end..]);
        let fix = span_in_cell(r, column, (start, end)).map(|span| {
            Fix::safe_if(
                slip.is_safe_to_fix(),
                vec![Edit::replace(span, marker.clone())],
            )
        });
        out.push(
            Diagnostic::new(
                META.name,
                META.severity,
                r.cell_span(column),
                format!("`{word}` is a misspelling of {marker}"),
            )
            .with_label(format!("did you mean {marker}?"))
            .with_help(format!("write `{corrected}`"))
            .with_fix(fix),
        );
    }
}

/// The byte ranges of the runs of letters in `text`.
fn alphabetic_words(text: &str) -> Vec<(usize, usize)> {
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphabetic(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, text.len()));
    }
    words
}

/// `marker` (lower case) written in the case of `word`: `Workshop` for
/// `Worshop`, `WORKSHOP` for `WORSHOP`.
fn in_case_of(word: &str, marker: &str) -> String {
    if word.chars().all(char::is_uppercase) {
        return marker.to_uppercase();
    }
    let mut chars = marker.chars();
    match (word.chars().next(), chars.next()) {
        (Some(first), Some(m)) if first.is_uppercase() => m.to_uppercase().chain(chars).collect(),
        _ => marker.to_string(),
    }
}

/// Whether `key` is `known` with its last letter typed twice (`iclrr`).
fn repeats_last_letter(key: &str, known: &str) -> bool {
    key.strip_prefix(known)
        .is_some_and(|extra| extra.chars().count() == 1 && known.ends_with(extra))
}

/// Where the venue's name stands in the source, when it can be found exactly.
pub(super) fn name_span(r: &RowRef<'_>, column: usize, mention: &VenueMention) -> Option<Span> {
    let (from, to) = mention.name_range;
    span_in_cell(r, column, (from as usize, to as usize))
}

/// The cell's text with the name replaced, for the help line.
pub(super) fn corrected_cell(
    r: &RowRef<'_>,
    column: usize,
    mention: &VenueMention,
    canonical: &str,
) -> String {
    let text = r.cell_text(column);
    let (start, end) = mention.name_range;
    format!(
        "{}{canonical}{}",
        &text[..start as usize],
        &text[end as usize..]
    )
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_cut_short;
#[cfg(test)]
mod tests_look_alikes;
