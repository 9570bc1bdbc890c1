//! Names one slip of the finger from a venue's: the venues a written
//! name may have meant.

use super::data::{NameKind, Venue, VenueKind};
use super::VenueBook;
use crate::knowledge::text::{lookup_key, split_publisher, venue_slip};

/// Letters a name has at least (its publisher aside) for its last letter
/// dropped to be read as a slip at all: `ICML` is ICMLA's start and a
/// venue of its own, as four-letter acronyms so often are.
const CUT_SHORT_MIN: usize = 5;

/// Whether a spelling of `venue` with lookup key `key` ends in a word of
/// one letter (`IEEE Sensors J.`): the name without it (`IEEE SENSORS`, a
/// conference) has lost a word, not a letter.
fn ends_in_a_letter_word(venue: &Venue, key: &str) -> bool {
    let spellings = std::iter::once(&venue.name)
        .chain(&venue.full_name)
        .chain(venue.aliases.iter())
        .chain(venue.former_names.iter().map(|former| &former.name));
    spellings
        .filter(|spelling| lookup_key(spelling) == key)
        .any(|spelling| {
            spelling
                .split(|c: char| !c.is_alphanumeric())
                .rfind(|word| !word.is_empty())
                .is_some_and(|word| word.chars().count() == 1)
        })
}

impl VenueBook {
    /// The venues `written` is one slip of the finger from (a swap, a letter
    /// doubled, dropped or typed for another), by index: `MICAAI` is MICAI
    /// with a doubled A and MICCAI with an A for a C.
    pub fn venues_one_slip_from(&self, written: &str) -> Vec<u32> {
        let key = lookup_key(written);
        let mut venues: Vec<u32> = self
            .names
            .iter()
            .filter(|(known, hit)| {
                hit.kind != NameKind::Misspelling
                    && self.venue(hit.venue as u32).kind != VenueKind::Channel
                    && venue_slip(&key, known).is_some()
            })
            .map(|(_, hit)| hit.venue as u32)
            .collect();
        venues.sort_unstable();
        venues.dedup();
        venues
    }

    /// The one venue (by index) whose name is `written` with one more
    /// letter at its end (`ASPLO` for ASPLOS, `Sensor` for Sensors), for a
    /// name of five letters or more, not counting a publisher before it.
    /// Such a name is as often another venue's acronym (ICML, ICMLA): a
    /// slip only on the list's own evidence, which the caller weighs.
    pub fn cut_short_of(&self, written: &str) -> Option<u32> {
        let mut key = lookup_key(written);
        let bare = split_publisher(&key).map_or(key.as_str(), |(_, rest)| rest);
        if bare.chars().count() < CUT_SHORT_MIN || self.names.contains_key(&key) {
            return None;
        }
        let mut found = None;
        for letter in 'a'..='z' {
            key.push(letter);
            let hit = self.names.get(&key).filter(|hit| {
                let venue = &self.venues[hit.venue];
                hit.kind != NameKind::Misspelling
                    && venue.kind != VenueKind::Channel
                    && !ends_in_a_letter_word(venue, &key)
            });
            key.pop();
            if let Some(hit) = hit {
                let venue = u32::try_from(hit.venue).ok()?;
                if found.is_some_and(|other| other != venue) {
                    return None;
                }
                found = Some(venue);
            }
        }
        found
    }

    /// Whether `written` holds the very letters of a known venue's name in
    /// another order (`Avrxi` for arXiv): a scrambled name, not a venue of
    /// its own, however often a list repeats it.
    pub fn scrambles_a_name(&self, written: &str) -> bool {
        let key = lookup_key(written);
        if key.chars().count() < 4 {
            return false;
        }
        let sorted = |k: &str| {
            let mut chars: Vec<char> = k.chars().collect();
            chars.sort_unstable();
            chars
        };
        let letters = sorted(&key);
        self.names.iter().any(|(known, hit)| {
            hit.kind != NameKind::Misspelling
                && known.len() == key.len()
                && *known != key
                && sorted(known) == letters
        })
    }
}
