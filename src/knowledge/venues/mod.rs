//! Venues: what a Conference cell may say, and when each venue was held.

mod cell;

use super::text::{lookup_key, split_publisher, venue_slip, Slip};
use super::KnowledgeError;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize, Serialize, Default)]
#[serde(deny_unknown_fields)]
pub struct VenueFile {
    #[serde(default)]
    pub markers: Markers,
    #[serde(default)]
    pub venue: Vec<Venue>,
}

#[derive(Debug, Clone, Deserialize, Serialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Markers {
    #[serde(default)]
    pub words: Vec<String>,
    #[serde(default)]
    pub symbols: Vec<String>,
    /// Words that say the paper is not published yet ("NeurIPS 2024
    /// submission"): such a cell names no venue.
    #[serde(default)]
    pub pending: Vec<String>,
    /// Words that say a cell names a workshop of the venue
    /// ("NeurIPS Workshop", "ICML WS").
    #[serde(default)]
    pub workshop: Vec<String>,
    /// Endings of a web address ("unitary.ai"): such a cell names a site.
    #[serde(default)]
    pub web_suffixes: Vec<String>,
    /// The release channel a web address is read as.
    #[serde(default)]
    pub web_channel: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum VenueKind {
    Conference,
    Journal,
    Preprint,
    /// A release channel, not a venue: a company or lab's own publication,
    /// a blog, a technical report, a project page (`OpenAI`, `Blog`).
    Channel,
}

impl VenueKind {
    /// Whether a paper here went through a venue's review and proceedings,
    /// so that its year and name follow the venue's calendar.
    pub fn is_reviewed(self) -> bool {
        matches!(self, VenueKind::Conference | VenueKind::Journal)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Cadence {
    #[default]
    Annual,
    Odd,
    Even,
    Irregular,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Venue {
    pub name: String,
    #[serde(default)]
    pub full_name: Option<String>,
    pub kind: VenueKind,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub misspellings: Vec<String>,
    #[serde(default)]
    pub first_year: Option<i32>,
    #[serde(default)]
    pub cadence: Cadence,
    /// Editions that met in another year than the one in their name (ICPR
    /// 2020 met in January 2021): a list may give either year.
    #[serde(default)]
    pub held_late: Vec<HeldLate>,
    #[serde(default)]
    pub workshop_suffix: bool,
    #[serde(default)]
    pub former_names: Vec<FormerName>,
    /// The month the venue usually meets (journals: none), so that a
    /// preprint posted a little after it is not taken for a later paper.
    #[serde(default)]
    pub month: Option<u32>,
}

/// An edition named after one year and held in another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct HeldLate {
    pub edition: i32,
    pub held: i32,
}

impl Venue {
    /// Whether some edition of this venue met in `year` although named
    /// after another year.
    pub fn met_late_in(&self, year: i32) -> bool {
        self.held_late.iter().any(|late| late.held == year)
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FormerName {
    pub name: String,
    pub last_year: i32,
}

/// How a written name relates to a venue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    Canonical,
    Alias,
    /// Right up to and including `last_year`.
    Former {
        last_year: i32,
    },
    Workshop,
    Misspelling,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct NameHit {
    venue: usize,
    kind: NameKind,
}

/// What a venue cell says. Ranges are byte ranges of the parsed text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VenueCell {
    Placeholder,
    YearOnly(i32),
    Known(VenueMention),
    /// A misspelling of exactly one known venue.
    Typo(VenueMention),
    Unknown {
        name_range: (u32, u32),
        year: Option<i32>,
    },
}

impl VenueCell {
    pub fn mention(&self) -> Option<&VenueMention> {
        match self {
            VenueCell::Known(m) | VenueCell::Typo(m) => Some(m),
            _ => None,
        }
    }

    pub fn year(&self) -> Option<i32> {
        match self {
            VenueCell::Known(m) | VenueCell::Typo(m) => m.year,
            VenueCell::YearOnly(y) => Some(*y),
            VenueCell::Unknown { year, .. } => *year,
            VenueCell::Placeholder => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VenueMention {
    pub venue: u32,
    pub kind: NameKind,
    pub year: Option<i32>,
    /// Where the name stands in the parsed text.
    pub name_range: (u32, u32),
}

impl VenueMention {
    /// The name as written in `text`, the text this mention was read from.
    pub fn written<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.name_range.0 as usize..self.name_range.1 as usize)
            .unwrap_or(text)
    }
}

#[derive(Debug, Clone, Default)]
pub struct VenueBook {
    venues: Vec<Venue>,
    names: FxHashMap<String, NameHit>,
    marker_words: Vec<Vec<String>>,
    marker_symbols: Vec<char>,
    pending_words: Vec<String>,
    workshop_words: Vec<String>,
    web_suffixes: Vec<String>,
    web_channel: Option<String>,
}

impl VenueBook {
    pub fn new(files: &[VenueFile]) -> Result<Self, KnowledgeError> {
        let mut book = VenueBook::default();
        // Where each venue is, by name: a user's file may extend a known one.
        let mut by_name: FxHashMap<&str, usize> = FxHashMap::default();
        for file in files {
            for words in &file.markers.words {
                book.marker_words
                    .push(words.split_whitespace().map(str::to_lowercase).collect());
            }
            book.marker_symbols
                .extend(file.markers.symbols.iter().flat_map(|s| s.chars()));
            book.pending_words
                .extend(file.markers.pending.iter().map(|w| w.to_lowercase()));
            book.workshop_words
                .extend(file.markers.workshop.iter().map(|w| w.to_lowercase()));
            book.web_suffixes
                .extend(file.markers.web_suffixes.iter().map(|w| w.to_lowercase()));
            if file.markers.web_channel.is_some() {
                book.web_channel.clone_from(&file.markers.web_channel);
            }
            for venue in &file.venue {
                book.add(venue, &mut by_name)?;
            }
        }
        // Longer marker phrases first, so "best paper" wins over "paper".
        book.marker_words
            .sort_by_key(|w| std::cmp::Reverse(w.len()));
        Ok(book)
    }

    fn add<'v>(
        &mut self,
        venue: &'v Venue,
        by_name: &mut FxHashMap<&'v str, usize>,
    ) -> Result<(), KnowledgeError> {
        let index = match by_name.get(venue.name.as_str()).copied() {
            Some(existing) => {
                // A user's entry of a known venue extends it.
                let known = &mut self.venues[existing];
                known.aliases.extend(venue.aliases.iter().cloned());
                known
                    .misspellings
                    .extend(venue.misspellings.iter().cloned());
                known.held_late.extend(venue.held_late.iter().copied());
                existing
            }
            None => {
                self.venues.push(venue.clone());
                by_name.insert(&venue.name, self.venues.len() - 1);
                self.venues.len() - 1
            }
        };
        let mut entries = vec![(venue.name.clone(), NameKind::Canonical)];
        entries.extend(venue.aliases.iter().map(|a| (a.clone(), NameKind::Alias)));
        entries.extend(venue.former_names.iter().map(|f| {
            (
                f.name.clone(),
                NameKind::Former {
                    last_year: f.last_year,
                },
            )
        }));
        entries.extend(
            venue
                .misspellings
                .iter()
                .map(|m| (m.clone(), NameKind::Misspelling)),
        );
        if venue.workshop_suffix {
            entries.push((format!("{}W", venue.name), NameKind::Workshop));
            entries.extend(venue.former_names.iter().map(|f| {
                (
                    format!("{}W", f.name),
                    NameKind::Former {
                        last_year: f.last_year,
                    },
                )
            }));
        }
        for (name, kind) in entries {
            let key = lookup_key(&name);
            if key.is_empty() {
                continue;
            }
            let hit = NameHit { venue: index, kind };
            match self.names.get(&key) {
                Some(other) if other.venue != index => {
                    return Err(KnowledgeError::Conflict(format!(
                        "the venue name `{name}` is given to both {} and {}",
                        self.venues[other.venue].name, self.venues[index].name
                    )))
                }
                Some(_) if kind == NameKind::Canonical => {
                    self.names.insert(key, hit);
                }
                Some(_) => {}
                None => {
                    self.names.insert(key, hit);
                }
            }
        }
        Ok(())
    }

    /// Whether `written` is one of the names the venue data lists (a name,
    /// an alias, a former name or a known misspelling), as opposed to a
    /// slip found by its likeness to one.
    pub fn lists_name(&self, written: &str) -> bool {
        self.names.contains_key(&lookup_key(written))
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

    /// The venue `written` names once its publisher is set aside, when
    /// the name with that publisher is not one the data lists: `IEEE TIST`
    /// is ACM's TIST under the wrong publisher (or a slip of IEEE TITS).
    /// With it, the spelling of that venue to suggest: one written with
    /// another publisher (`ACM TIST`) if it has one, else its name.
    pub fn under_another_publisher(&self, written: &str) -> Option<(u32, &str)> {
        let key = lookup_key(written);
        if self.names.contains_key(&key) {
            return None;
        }
        let (publisher, bare) = split_publisher(&key)?;
        let hit = self.names.get(bare)?;
        let venue = &self.venues[hit.venue];
        if hit.kind == NameKind::Misspelling || venue.kind == VenueKind::Channel {
            return None;
        }
        let spelling = venue
            .aliases
            .iter()
            .find(|a| {
                let k = lookup_key(a);
                k.ends_with(bare) && split_publisher(&k).is_some_and(|(p, _)| p != publisher)
            })
            .unwrap_or(&venue.name);
        Some((hit.venue as u32, spelling))
    }

    /// The marker word (`workshop`, `spotlight`) that `word`, a word of a
    /// venue cell outside its name, is one slip of: `Worshop`. Only markers
    /// of six letters or more are judged, a word the venue data knows as a
    /// name or a marker never is, and a word one slip from two markers is
    /// left alone.
    pub fn marker_slip(&self, word: &str) -> Option<(&str, Slip)> {
        let key = lookup_key(word);
        if key.chars().count() < 5 || self.names.contains_key(&key) {
            return None;
        }
        let mut found = None;
        for marker in self.marker_words.iter().filter_map(|m| match &m[..] {
            [one] if one.chars().count() >= 6 && one.chars().all(char::is_alphabetic) => Some(one),
            _ => None,
        }) {
            if *marker == key {
                return None;
            }
            if let Some(slip) = venue_slip(&key, marker) {
                if found.is_some() {
                    return None;
                }
                found = Some((marker.as_str(), slip));
            }
        }
        found
    }

    pub fn venue(&self, index: u32) -> &Venue {
        &self.venues[index as usize]
    }

    pub fn len(&self) -> usize {
        self.venues.len()
    }

    pub fn is_empty(&self) -> bool {
        self.venues.is_empty()
    }
}

#[cfg(test)]
mod tests;
