//! Venues: what a Conference cell may say, and when each venue was held.

mod cell;
mod data;
mod names;
mod slips;
mod token;
mod track;

pub use data::{Cadence, Markers, NameKind, Venue, VenueFile, VenueKind};
use data::{Catalogue, NameHit};
use names::Names;

use super::text::{lookup_key, split_publisher, venue_slip, Slip};
use super::KnowledgeError;
use std::borrow::Cow;

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
    venues: Cow<'static, [Venue]>,
    names: Names,
    marker_words: Vec<Vec<String>>,
    marker_symbols: Vec<char>,
    pending_words: Vec<String>,
    workshop_words: Vec<String>,
    findings_words: Vec<String>,
    web_suffixes: Vec<String>,
    web_channel: Option<String>,
    /// The longest lookup key of any name, found once: a longer run of a
    /// cell's words can name no venue.
    longest_key: std::sync::OnceLock<usize>,
}

impl VenueBook {
    /// The venues of `files`, in order: a later entry of a known venue
    /// extends it.
    pub fn new(files: &[VenueFile]) -> Result<Self, KnowledgeError> {
        let mut book = VenueBook::default();
        book.extend(Catalogue::default(), files)?;
        Ok(book)
    }

    /// The built-in venues (`rules/venues.toml`) and the user's `extra`
    /// files. The built-in ones come ready-made from the build; only a user
    /// file that adds venues makes an index at start-up.
    pub fn with_builtin(extra: &[VenueFile]) -> Result<Self, KnowledgeError> {
        let Some(builtin) = &names::BUILTIN else {
            // The TOML did not parse at build time: read it, to say why.
            let file: VenueFile = super::from_toml("rules/venues.toml", super::BUILTIN_VENUES)?;
            let mut files = vec![file];
            files.extend_from_slice(extra);
            return Self::new(&files);
        };
        let mut book = VenueBook {
            venues: Cow::Borrowed(builtin.venues),
            names: Names::Builtin(builtin.names),
            ..VenueBook::default()
        };
        book.add_markers(&builtin.markers);
        if extra.iter().all(|file| file.venue.is_empty()) {
            for file in extra {
                book.add_markers(&file.markers);
            }
            book.sort_markers();
            return Ok(book);
        }
        let venues = std::mem::take(&mut book.venues).into_owned();
        let names = std::mem::take(&mut book.names).into_map();
        book.extend(Catalogue::extending(venues, names), extra)?;
        Ok(book)
    }

    fn extend(
        &mut self,
        mut catalogue: Catalogue,
        files: &[VenueFile],
    ) -> Result<(), KnowledgeError> {
        for file in files {
            self.add_markers(&file.markers);
            for venue in &file.venue {
                catalogue
                    .add(venue, lookup_key)
                    .map_err(KnowledgeError::Conflict)?;
            }
        }
        self.venues = Cow::Owned(catalogue.venues);
        self.names = Names::Map(catalogue.names);
        self.sort_markers();
        self.check_joint_meetings()
            .map_err(KnowledgeError::Conflict)
    }

    /// A joint meeting must name another venue the data knows: a misspelt
    /// `with` would otherwise be read as no joint meeting at all.
    fn check_joint_meetings(&self) -> Result<(), String> {
        for (index, venue) in self.venues.iter().enumerate() {
            for joint in venue.joint.iter() {
                match self.venue_named(&joint.with) {
                    Some(other) if other != index => {}
                    Some(_) => {
                        return Err(format!("the venue {} names itself in `joint`", venue.name))
                    }
                    None => {
                        return Err(format!(
                            "the venue {} is held jointly with `{}`, which is no known venue",
                            venue.name, joint.with
                        ))
                    }
                }
            }
        }
        Ok(())
    }

    fn add_markers(&mut self, markers: &Markers) {
        for words in markers.words.iter() {
            self.marker_words
                .push(words.split_whitespace().map(str::to_lowercase).collect());
        }
        self.marker_symbols
            .extend(markers.symbols.iter().flat_map(|s| s.chars()));
        self.pending_words
            .extend(markers.pending.iter().map(|w| w.to_lowercase()));
        self.workshop_words
            .extend(markers.workshop.iter().map(|w| w.to_lowercase()));
        self.findings_words
            .extend(markers.findings.iter().map(|w| w.to_lowercase()));
        self.web_suffixes
            .extend(markers.web_suffixes.iter().map(|w| w.to_lowercase()));
        if let Some(channel) = &markers.web_channel {
            self.web_channel = Some(channel.to_string());
        }
    }

    /// Longer marker phrases first, so "best paper" wins over "paper".
    fn sort_markers(&mut self) {
        self.marker_words
            .sort_by_key(|w| std::cmp::Reverse(w.len()));
    }

    /// Whether `written` is one of the names the venue data lists (a name,
    /// an alias, a former name or a known misspelling), as opposed to a
    /// slip found by its likeness to one.
    pub fn lists_name(&self, written: &str) -> bool {
        self.names.contains_key(&lookup_key(written))
    }

    /// The venue a name the data lists stands for (by its index), with
    /// known misspellings: `NIPS` and `NeurIPS` give one venue.
    pub fn venue_named(&self, written: &str) -> Option<usize> {
        self.names.get(&lookup_key(written)).map(|hit| hit.venue)
    }

    /// The journal whose print ISSN is `issn`, written as an article id
    /// carries it: eight characters, no hyphen (`09574174`).
    pub fn journal_with_issn(&self, issn: &str) -> Option<u32> {
        let index = self.venues.iter().position(|venue| {
            venue
                .issn
                .iter()
                .any(|known| known.replace('-', "").eq_ignore_ascii_case(issn))
        })?;
        u32::try_from(index).ok()
    }

    /// The venue (by its index) and year of PMLR volume `volume`, when the
    /// data gives it.
    pub fn pmlr_volume(&self, volume: u32) -> Option<(usize, i32)> {
        self.venues.iter().enumerate().find_map(|(index, venue)| {
            venue
                .pmlr_volumes
                .iter()
                .find(|v| v.volume == volume)
                .map(|v| (index, v.year))
        })
    }

    /// Whether `written` is a name the data gives a venue's workshops
    /// (`CVPRW`, `WACVW`).
    pub fn is_workshop_name(&self, written: &str) -> bool {
        self.names
            .get(&lookup_key(written))
            .is_some_and(|hit| hit.kind == NameKind::Workshop)
    }

    /// Whether venues `a` and `b` (by index) held their `year` editions as
    /// one meeting (ACL-IJCNLP 2021, COLING-ACL 2006), as either one's data
    /// says.
    pub fn met_jointly(&self, a: usize, b: usize, year: i32) -> bool {
        let says = |from: usize, to: usize| {
            self.venues[from].joint.iter().any(|joint| {
                joint.editions.contains(&year) && self.venue_named(&joint.with) == Some(to)
            })
        };
        says(a, b) || says(b, a)
    }

    /// Whether papers of journal `journal` are presented at `meeting` (by
    /// index), as the journal's data says: RA-L's at ICRA.
    pub fn presents_at(&self, journal: u32, meeting: u32) -> bool {
        self.venue(journal)
            .presented_at
            .iter()
            .any(|name| self.venue_named(name) == Some(meeting as usize))
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
