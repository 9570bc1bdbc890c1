//! The venue data as `rules/venues.toml` and a user's files write it, and
//! the names each venue answers to. Plain data on std and serde alone:
//! build.rs compiles this very file to turn the built-in TOML into static
//! tables, so that the binary and the build read the data one way.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::HashMap;

/// Text that is either built in (static) or read from a user's file.
pub type Text = Cow<'static, str>;
/// A list that is either built in (static) or read from a user's file.
pub type List<T> = Cow<'static, [T]>;

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
    pub words: List<Text>,
    #[serde(default)]
    pub symbols: List<Text>,
    /// Words that say the paper is not published yet ("NeurIPS 2024
    /// submission"): such a cell names no venue.
    #[serde(default)]
    pub pending: List<Text>,
    /// Words that say a cell names a workshop of the venue
    /// ("NeurIPS Workshop", "ICML WS").
    #[serde(default)]
    pub workshop: List<Text>,
    /// Words that say a cell names the venue's Findings volume ("Findings
    /// of ACL 2025", "ACL 2025 Findings"), published apart from its main
    /// proceedings.
    #[serde(default)]
    pub findings: List<Text>,
    /// Endings of a web address ("unitary.ai"): such a cell names a site.
    #[serde(default)]
    pub web_suffixes: List<Text>,
    /// The release channel a web address is read as.
    #[serde(default)]
    pub web_channel: Option<Text>,
}

impl Markers {
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
            && self.symbols.is_empty()
            && self.pending.is_empty()
            && self.workshop.is_empty()
            && self.findings.is_empty()
            && self.web_suffixes.is_empty()
            && self.web_channel.is_none()
    }
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
    pub name: Text,
    #[serde(default)]
    pub full_name: Option<Text>,
    pub kind: VenueKind,
    #[serde(default)]
    pub aliases: List<Text>,
    #[serde(default)]
    pub misspellings: List<Text>,
    #[serde(default)]
    pub first_year: Option<i32>,
    #[serde(default)]
    pub cadence: Cadence,
    /// The year from which a biennial venue meets every year (ICDAR, odd
    /// years until 2023, annual since).
    #[serde(default)]
    pub annual_since: Option<i32>,
    /// The first year the cadence holds, for a venue whose early editions
    /// kept no rhythm (ACCV: 2007 and 2009, then even years from 2010).
    #[serde(default)]
    pub cadence_since: Option<i32>,
    /// Editions that met in another year than the one in their name (ICPR
    /// 2020 met in January 2021): a list may give either year.
    #[serde(default)]
    pub held_late: List<HeldLate>,
    /// Editions held as one meeting with another venue under both names
    /// (ACL-IJCNLP 2021): a paper of that meeting is either venue's.
    #[serde(default)]
    pub joint: List<JointMeeting>,
    #[serde(default)]
    pub workshop_suffix: bool,
    #[serde(default)]
    pub former_names: List<FormerName>,
    /// The month the venue usually meets (journals: none), so that a
    /// preprint posted a little after it is not taken for a later paper.
    #[serde(default)]
    pub month: Option<u32>,
    /// A journal's print ISSNs (`0957-4174`), as its publisher's article
    /// ids carry them (ScienceDirect's PII `S0957417422023272`): a link
    /// then names its journal.
    #[serde(default)]
    pub issn: List<Text>,
    /// The volumes of Proceedings of Machine Learning Research that hold
    /// the venue's editions (`{ volume = 97, year = 2019 }` for ICML): a
    /// PMLR link then names its meeting and year.
    #[serde(default)]
    pub pmlr_volumes: List<PmlrVolume>,
    /// The meetings a journal's papers are presented at (RA-L's at ICRA
    /// and IROS, TACL's at ACL): a copy under the journal and one under
    /// such a meeting of that year or the next are one paper, both right.
    #[serde(default)]
    pub presented_at: List<Text>,
}

/// An edition named after one year and held in another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct HeldLate {
    pub edition: i32,
    pub held: i32,
}

/// One volume of Proceedings of Machine Learning Research.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PmlrVolume {
    pub volume: u32,
    pub year: i32,
}

/// The editions a venue held as one meeting with the venue named `with`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct JointMeeting {
    pub with: Text,
    pub editions: List<i32>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FormerName {
    pub name: Text,
    pub last_year: i32,
    /// The last year whose edition may still carry the former name, when a
    /// rename came weeks before a meeting (NIPS 2018); `last_year` if not
    /// given.
    #[serde(default)]
    pub either_name_until: Option<i32>,
}

/// How a written name relates to a venue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    Canonical,
    Alias,
    /// Right up to and including `last_year`; still tolerated for the
    /// `either_years` editions after it (two bytes and one, so that a
    /// row's facts stay small).
    Former {
        last_year: i16,
        either_years: u8,
    },
    Workshop,
    Misspelling,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameHit {
    pub venue: usize,
    pub kind: NameKind,
}

impl Venue {
    /// Whether some edition of this venue met in `year` although named
    /// after another year.
    pub fn met_late_in(&self, year: i32) -> bool {
        self.held_late.iter().any(|late| late.held == year)
    }

    /// Whether the edition named after `edition` met in `year`: that year,
    /// or the year it met in when it met late (IJCAI-PRICAI 2020, held in
    /// January 2021).
    pub fn edition_met_in(&self, edition: i32, year: i32) -> bool {
        edition == year
            || self
                .held_late
                .iter()
                .any(|late| late.edition == edition && late.held == year)
    }

    /// Every name the venue answers to, as written, with how it relates.
    pub fn names(&self) -> Vec<(Cow<'_, str>, NameKind)> {
        let mut names = vec![(Cow::Borrowed(&*self.name), NameKind::Canonical)];
        names.extend(
            self.aliases
                .iter()
                .map(|a| (Cow::Borrowed(&**a), NameKind::Alias)),
        );
        let former = |f: &FormerName| NameKind::Former {
            // Any year a list writes fits; a config's year past the range
            // compares with them as the bound it is clamped to.
            last_year: f.last_year.clamp(i16::MIN.into(), i16::MAX.into()) as i16,
            either_years: f.either_name_until.map_or(0, |until| {
                u8::try_from((until - f.last_year).max(0)).unwrap_or(u8::MAX)
            }),
        };
        names.extend(
            self.former_names
                .iter()
                .map(|f| (Cow::Borrowed(&*f.name), former(f))),
        );
        names.extend(
            self.misspellings
                .iter()
                .map(|m| (Cow::Borrowed(&**m), NameKind::Misspelling)),
        );
        if self.workshop_suffix {
            names.push((Cow::Owned(format!("{}W", self.name)), NameKind::Workshop));
            names.extend(
                self.former_names
                    .iter()
                    .map(|f| (Cow::Owned(format!("{}W", f.name)), former(f))),
            );
        }
        names
    }
}

/// The venues of one or more files in the order they come, a later entry
/// of a known venue extending it, and every name by its lookup key.
#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    pub venues: Vec<Venue>,
    pub names: HashMap<String, NameHit>,
    by_name: HashMap<String, usize>,
}

impl Catalogue {
    /// A catalogue that goes on from venues and names already indexed.
    pub fn extending(venues: Vec<Venue>, names: HashMap<String, NameHit>) -> Self {
        let by_name = venues
            .iter()
            .enumerate()
            .map(|(index, venue)| (venue.name.to_string(), index))
            .collect();
        Catalogue {
            venues,
            names,
            by_name,
        }
    }

    /// Each ISSN `venue` gives is written `NNNN-NNNC` and is no other
    /// venue's: an article's ISSN names one journal, so a second owner
    /// would turn a journal's own article into another's.
    fn check_issns(&self, venue: &Venue) -> Result<(), String> {
        for issn in venue.issn.iter() {
            let bytes = issn.as_bytes();
            let well_written = bytes.len() == 9
                && bytes[4] == b'-'
                && bytes[..4]
                    .iter()
                    .chain(&bytes[5..8])
                    .all(u8::is_ascii_digit)
                && (bytes[8].is_ascii_digit() || bytes[8] == b'X');
            if !well_written {
                return Err(format!(
                    "the ISSN `{issn}` of {} is not written as NNNN-NNNC (`0957-4174`)",
                    venue.name
                ));
            }
            if let Some(other) = self
                .venues
                .iter()
                .find(|v| v.name != venue.name && v.issn.iter().any(|known| known == issn))
            {
                return Err(format!(
                    "the ISSN `{issn}` is given to both {} and {}",
                    other.name, venue.name
                ));
            }
        }
        Ok(())
    }

    /// Each PMLR volume `venue` gives is no other venue's: a volume holds
    /// one meeting's papers.
    fn check_pmlr_volumes(&self, venue: &Venue) -> Result<(), String> {
        for volume in venue.pmlr_volumes.iter() {
            if let Some(other) = self.venues.iter().find(|v| {
                v.name != venue.name
                    && v.pmlr_volumes
                        .iter()
                        .any(|known| known.volume == volume.volume)
            }) {
                return Err(format!(
                    "the PMLR volume {} is given to both {} and {}",
                    volume.volume, other.name, venue.name
                ));
            }
        }
        Ok(())
    }

    /// Adds `venue`, keying its names with `key`. Two venues that answer to
    /// one name are an error, said in words.
    pub fn add(&mut self, venue: &Venue, key: impl Fn(&str) -> String) -> Result<(), String> {
        self.check_issns(venue)?;
        self.check_pmlr_volumes(venue)?;
        let index = match self.by_name.get(&*venue.name).copied() {
            Some(existing) => {
                // A user's entry of a known venue extends it.
                let known = &mut self.venues[existing];
                known.aliases.to_mut().extend(venue.aliases.iter().cloned());
                known
                    .misspellings
                    .to_mut()
                    .extend(venue.misspellings.iter().cloned());
                known
                    .held_late
                    .to_mut()
                    .extend(venue.held_late.iter().copied());
                known.joint.to_mut().extend(venue.joint.iter().cloned());
                known.issn.to_mut().extend(venue.issn.iter().cloned());
                known
                    .pmlr_volumes
                    .to_mut()
                    .extend(venue.pmlr_volumes.iter().copied());
                existing
            }
            None => {
                self.venues.push(venue.clone());
                self.by_name
                    .insert(venue.name.to_string(), self.venues.len() - 1);
                self.venues.len() - 1
            }
        };
        for (name, kind) in venue.names() {
            let key = key(&name);
            if key.is_empty() {
                continue;
            }
            let hit = NameHit { venue: index, kind };
            match self.names.get(&key) {
                Some(other) if other.venue != index => {
                    return Err(format!(
                        "the venue name `{name}` is given to both {} and {}",
                        self.venues[other.venue].name, self.venues[index].name
                    ))
                }
                Some(_) if kind != NameKind::Canonical => {}
                _ => {
                    self.names.insert(key, hit);
                }
            }
        }
        Ok(())
    }
}
