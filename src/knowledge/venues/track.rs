//! What a venue cell says beside the venue's name: a workshop held with
//! the venue, or its Findings volume.

use super::{NameKind, VenueBook, VenueMention};
use crate::knowledge::text::{lookup_key, lookup_key_into};

impl VenueBook {
    /// Whether a venue cell's `text`, read as `mention`, names a workshop
    /// held with the venue rather than its main track: the workshop form
    /// of its name (`CVPRW`), a workshop word of the venue data
    /// (`NeurIPS Workshop`, `ICML WS`, `NeurIPS-W`), or a workshop named
    /// before its host (`LRGSD@ICML`).
    pub fn names_a_workshop(&self, text: &str, mention: &VenueMention) -> bool {
        let venue = self.venue(mention.venue);
        // `NIPSW`: the workshop form of a former name.
        let suffixed = |key: &str| {
            venue.workshop_suffix
                && key.strip_suffix('w').is_some_and(|stem| {
                    stem == lookup_key(&venue.name)
                        || venue
                            .former_names
                            .iter()
                            .any(|f| stem == lookup_key(&f.name))
                })
        };
        // One key buffer for the words: a string each cost more than the look-ups.
        let mut key = String::new();
        mention.kind == NameKind::Workshop
            || text.contains('@')
            || text.split(|c: char| !c.is_alphanumeric()).any(|word| {
                lookup_key_into(word, &mut key);
                self.workshop_words.contains(&key) || suffixed(&key)
            })
    }

    /// Whether a venue cell's `text` names the venue's Findings volume
    /// (`Findings of ACL 2025`, `EMNLP 2023 Findings`) rather than its main
    /// proceedings.
    pub fn names_findings(&self, text: &str) -> bool {
        text.split(|c: char| !c.is_alphanumeric())
            .any(|word| self.findings_words.contains(&word.to_lowercase()))
    }
}
