//! Venues: what a Conference cell may say, and when each venue was held.

use super::text::{lookup_key, venue_slip};
use super::years::two_digit_year;
use super::KnowledgeError;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

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
    #[serde(default)]
    pub workshop_suffix: bool,
    #[serde(default)]
    pub former_names: Vec<FormerName>,
    /// The month the venue usually meets (journals: none), so that a
    /// preprint posted a little after it is not taken for a later paper.
    #[serde(default)]
    pub month: Option<u32>,
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
    names: HashMap<String, NameHit>,
    marker_words: Vec<Vec<String>>,
    marker_symbols: Vec<char>,
    pending_words: Vec<String>,
    web_suffixes: Vec<String>,
    web_channel: Option<String>,
}

impl VenueBook {
    pub fn new(files: &[VenueFile]) -> Result<Self, KnowledgeError> {
        let mut book = VenueBook::default();
        for file in files {
            for words in &file.markers.words {
                book.marker_words
                    .push(words.split_whitespace().map(str::to_lowercase).collect());
            }
            book.marker_symbols
                .extend(file.markers.symbols.iter().flat_map(|s| s.chars()));
            book.pending_words
                .extend(file.markers.pending.iter().map(|w| w.to_lowercase()));
            book.web_suffixes
                .extend(file.markers.web_suffixes.iter().map(|w| w.to_lowercase()));
            if file.markers.web_channel.is_some() {
                book.web_channel.clone_from(&file.markers.web_channel);
            }
            for venue in &file.venue {
                book.add(venue.clone())?;
            }
        }
        // Longer marker phrases first, so "best paper" wins over "paper".
        book.marker_words
            .sort_by_key(|w| std::cmp::Reverse(w.len()));
        Ok(book)
    }

    fn add(&mut self, venue: Venue) -> Result<(), KnowledgeError> {
        let index = match self.venues.iter().position(|v| v.name == venue.name) {
            Some(existing) => {
                // A user's entry of a known venue extends it.
                let known = &mut self.venues[existing];
                known.aliases.extend(venue.aliases.iter().cloned());
                known
                    .misspellings
                    .extend(venue.misspellings.iter().cloned());
                existing
            }
            None => {
                self.venues.push(venue.clone());
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

    pub fn venue(&self, index: u32) -> &Venue {
        &self.venues[index as usize]
    }

    pub fn len(&self) -> usize {
        self.venues.len()
    }

    pub fn is_empty(&self) -> bool {
        self.venues.is_empty()
    }

    /// Reads a venue cell's text: `CVPR 2021`, `CVPR2021`, `CVPR'21`,
    /// `ICLR 2022 Oral`, `CVPR 2020*`, `TPAMI2022`, `2020`, `-`.
    pub fn parse(&self, text: &str, is_placeholder: impl Fn(&str) -> bool) -> VenueCell {
        let text = text.trim();
        if text.is_empty() || is_placeholder(text) {
            return VenueCell::Placeholder;
        }
        let lower = text.to_lowercase();
        if self.pending_words.iter().any(|w| contains_word(&lower, w)) {
            return VenueCell::Placeholder;
        }
        let tokens = self.tokens(text);
        let year = tokens.iter().find_map(|t| t.year);
        let name_tokens: Vec<&Token> = tokens
            .iter()
            .take_while(|t| t.year.is_none() || t.name.is_some())
            .filter(|t| t.name.is_some())
            .collect();
        if name_tokens.is_empty() {
            return match year {
                Some(year) => VenueCell::YearOnly(year),
                None => VenueCell::Unknown {
                    name_range: (0, text.len() as u32),
                    year: None,
                },
            };
        }
        if let Some(cell) =
            self.match_prefixes(&name_tokens, year, |key| self.names.get(key).copied())
        {
            return cell;
        }
        // A workshop named before its host venue ("LRGSD@ICML 2019",
        // "PMAI@IJCAI 2023"): the host decides, before any slip is looked
        // for in the workshop's own name.
        if text.contains('@') {
            for skip in 1..name_tokens.len() {
                let hit = self.match_prefixes(&name_tokens[skip..], year, |key| {
                    self.names.get(key).copied()
                });
                if let Some(cell @ VenueCell::Known(_)) = hit {
                    return cell;
                }
            }
        }
        // A slip is looked for in the whole name only: a word of a longer
        // name (`Appl.` of "Appl. Soft Comput.") is not a venue of its own.
        let whole = lookup_key(
            &name_tokens
                .iter()
                .filter_map(|t| t.name.as_deref())
                .collect::<Vec<_>>()
                .join(" "),
        );
        if let Some(cell) = self.match_prefixes(&name_tokens, year, |key| {
            (key == whole).then(|| self.slip_of(key)).flatten()
        }) {
            return cell;
        }
        let (start, end) = (
            name_tokens[0].range.0,
            name_tokens[name_tokens.len() - 1].range.1,
        );
        if let Some(cell) = self.web_address(&name_tokens, year) {
            return cell;
        }
        VenueCell::Unknown {
            name_range: (start as u32, end as u32),
            year,
        }
    }

    /// A name that is one web address (`unitary.ai`), read as the release
    /// channel the venue data names for web sites.
    fn web_address(&self, name_tokens: &[&Token], year: Option<i32>) -> Option<VenueCell> {
        let [token] = name_tokens else { return None };
        let name = token.name.as_deref()?.to_lowercase();
        let host = name.strip_prefix("www.").unwrap_or(&name);
        let is_address = !host.starts_with('.')
            && host
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-'))
            && self.web_suffixes.iter().any(|s| host.ends_with(s.as_str()));
        if !is_address {
            return None;
        }
        let channel = self.names.get(&lookup_key(self.web_channel.as_deref()?))?;
        Some(VenueCell::Known(VenueMention {
            venue: channel.venue as u32,
            kind: NameKind::Alias,
            year,
            name_range: (token.name_range.0 as u32, token.name_range.1 as u32),
        }))
    }

    /// Tries the whole name, then ever shorter leading parts of it
    /// ("NIPS DLTP Workshop" is NIPS).
    fn match_prefixes(
        &self,
        name_tokens: &[&Token],
        year: Option<i32>,
        lookup: impl Fn(&str) -> Option<NameHit>,
    ) -> Option<VenueCell> {
        for take in (1..=name_tokens.len()).rev() {
            let used = &name_tokens[..take];
            let written: Vec<&str> = used.iter().filter_map(|t| t.name.as_deref()).collect();
            let written = written.join(" ");
            let Some(hit) = lookup(&lookup_key(&written)) else {
                continue;
            };
            let mention = VenueMention {
                venue: hit.venue as u32,
                kind: hit.kind,
                year,
                name_range: (
                    used[0].name_range.0 as u32,
                    used[take - 1].name_range.1 as u32,
                ),
            };
            return Some(if hit.kind == NameKind::Misspelling {
                VenueCell::Typo(mention)
            } else {
                VenueCell::Known(mention)
            });
        }
        None
    }

    /// The one known venue that `key` is a slip of the finger for. A swap,
    /// a doubled or a dropped letter is a likelier slip than another letter:
    /// `ICMLL` is ICML with a doubled L before it is ICMLA with an L for
    /// the A. Two venues equally near make no slip.
    fn slip_of(&self, key: &str) -> Option<NameHit> {
        let mut likely: Option<Option<usize>> = None;
        let mut other: Option<Option<usize>> = None;
        let note = |found: &mut Option<Option<usize>>, venue: usize| {
            *found = match *found {
                None => Some(Some(venue)),
                Some(Some(v)) if v == venue => Some(Some(v)),
                _ => Some(None),
            };
        };
        for (known, hit) in &self.names {
            // A release channel (Apple, Google) is never what a slip meant.
            if hit.kind == NameKind::Misspelling
                || self.venue(hit.venue as u32).kind == VenueKind::Channel
            {
                continue;
            }
            match venue_slip(key, known) {
                Some(slip) if slip.is_safe_to_fix() => note(&mut likely, hit.venue),
                Some(_) => note(&mut other, hit.venue),
                None => {}
            }
        }
        let venue = match likely {
            Some(found) => found?,
            None => other??,
        };
        Some(NameHit {
            venue,
            kind: NameKind::Misspelling,
        })
    }

    fn tokens(&self, text: &str) -> Vec<Token> {
        let mut words = split_words(text, &self.marker_symbols);
        drop_marker_words(text, &mut words, &self.marker_words);
        words.into_iter().map(|w| Token::read(text, w)).collect()
    }
}

#[derive(Debug)]
struct Token {
    range: (usize, usize),
    /// The name part of the word, if it has one.
    name: Option<String>,
    name_range: (usize, usize),
    year: Option<i32>,
}

impl Token {
    /// Reads one word: `CVPR`, `2021`, `'21`, `CVPR2021`, `CVPR'21`, `AAAI-21`.
    fn read(text: &str, (start, end): (usize, usize)) -> Token {
        let word = &text[start..end];
        let bare = |name: Option<String>, name_end: usize, year| Token {
            range: (start, end),
            name,
            name_range: (start, name_end),
            year,
        };
        if let Some(year) = full_year(word) {
            return bare(None, start, Some(year));
        }
        if let Some(digits) = word.strip_prefix(['\'', '’']) {
            if let Some(year) = two_digit_year(digits) {
                return bare(None, start, Some(year));
            }
        }
        // `arxiv 24.07`: a preprint's year and month, YY.MM.
        let two_digits = |d: &str| d.len() == 2 && d.bytes().all(|b| b.is_ascii_digit());
        if let Some((yy, mm)) = word
            .split_once('.')
            .filter(|(y, m)| two_digits(y) && two_digits(m))
        {
            if let Some(year) = year_of_yymm(&format!("{yy}{mm}")) {
                return bare(None, start, Some(year));
            }
        }
        let digits_start = word
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_ascii_digit())
            .last()
            .map(|(i, _)| i);
        if let Some(split) = digits_start.filter(|&i| i > 0) {
            let (name, digits) = word.split_at(split);
            let name = name.trim_end_matches(['\'', '’', '-']);
            // `CVPR2021`, `Proc.21`; not `24.13`.
            let ends_in_letter = name.chars().any(char::is_alphabetic)
                && name
                    .chars()
                    .last()
                    .is_some_and(|c| c.is_alphabetic() || c == '.');
            let year = full_year(digits)
                .or_else(|| two_digit_year(digits))
                .or_else(|| year_of_yymm(digits));
            if ends_in_letter && year.is_some() {
                return bare(Some(name.to_string()), start + name.len(), year);
            }
        }
        bare(Some(word.to_string()), end, None)
    }
}

/// `arxiv2202`: a preprint's year and month, as arXiv ids write them.
fn year_of_yymm(digits: &str) -> Option<i32> {
    let (yy, mm) = (digits.get(..2)?, digits.get(2..)?);
    let month: u32 = mm.parse().ok()?;
    (digits.len() == 4 && (1..=12).contains(&month)).then(|| 2000 + yy.parse::<i32>().unwrap_or(0))
}

/// Whether `phrase` stands in `text` as whole words.
fn contains_word(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

fn full_year(word: &str) -> Option<i32> {
    if word.len() == 4 && (word.starts_with("19") || word.starts_with("20")) {
        word.parse().ok()
    } else {
        None
    }
}

/// Splits on white space and on punctuation that separates qualifiers
/// ("(Oral)", "@ FITML", "NeurIPS, 2020"), dropping footnote symbols.
fn split_words(text: &str, symbols: &[char]) -> Vec<(usize, usize)> {
    let is_separator = |c: char| {
        c.is_whitespace()
            || matches!(c, ',' | ';' | '(' | ')' | '[' | ']' | '@' | '|')
            || symbols.contains(&c)
    };
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (is_separator(c), start) {
            (true, Some(s)) => {
                words.push((s, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, text.len()));
    }
    words
        .into_iter()
        .filter(|&(s, e)| text[s..e].chars().any(|c| c.is_alphanumeric()))
        .collect()
}

fn drop_marker_words(text: &str, words: &mut Vec<(usize, usize)>, markers: &[Vec<String>]) {
    let lower: Vec<String> = words
        .iter()
        .map(|&(s, e)| text[s..e].to_lowercase())
        .collect();
    let mut keep = vec![true; words.len()];
    let mut i = 0;
    while i < words.len() {
        let phrase = markers
            .iter()
            .find(|m| lower.len() >= i + m.len() && lower[i..i + m.len()] == m[..]);
        match phrase {
            Some(m) => {
                keep[i..i + m.len()].iter_mut().for_each(|k| *k = false);
                i += m.len();
            }
            None => i += 1,
        }
    }
    let mut flags = keep.into_iter();
    words.retain(|_| flags.next().unwrap_or(true));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn book() -> VenueBook {
        let file: VenueFile = toml::from_str(
            r#"
            [markers]
            words = ["oral", "workshop", "best paper", "spotlight"]
            symbols = ["*"]
            pending = ["submission", "under review"]
            [[venue]]
            name = "ICLR"
            kind = "conference"
            misspellings = ["ILCR", "ICRL"]
            first_year = 2013
            [[venue]]
            name = "CVPR"
            kind = "conference"
            workshop_suffix = true
            [[venue]]
            name = "NeurIPS"
            kind = "conference"
            workshop_suffix = true
            former_names = [{ name = "NIPS", last_year = 2017 }]
            [[venue]]
            name = "TPAMI"
            kind = "journal"
            aliases = ["T-PAMI", "IEEE TPAMI"]
            [[venue]]
            name = "ICML"
            kind = "conference"
            [[venue]]
            name = "ICME"
            kind = "conference"
            "#,
        )
        .unwrap();
        VenueBook::new(&[file]).unwrap()
    }

    fn parse(text: &str) -> VenueCell {
        book().parse(text, |t| t == "-")
    }

    fn known(text: &str) -> (String, Option<i32>, NameKind) {
        match parse(text) {
            VenueCell::Known(m) => (m.written(text).to_string(), m.year, m.kind),
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn reads_year_forms() {
        for text in ["CVPR 2021", "CVPR2021", "CVPR'21", "CVPR21", "cvpr 2021"] {
            let (_, year, _) = known(text);
            assert_eq!(year, Some(2021), "{text}");
        }
        assert_eq!(known("TPAMI2022").1, Some(2022));
        assert_eq!(known("NeurIPS99").1, Some(1999));
        assert_eq!(known("ICLR'18 Workshop").1, Some(2018));
        // A preprint's YY.MM (MarkMoHR's Source column), not 2007.
        assert!(matches!(
            parse("arxiv 24.07"),
            VenueCell::Unknown {
                year: Some(2024),
                ..
            }
        ));
        assert!(matches!(
            parse("arxiv 24.13"),
            VenueCell::Unknown { year: None, .. }
        ));
        assert!(matches!(
            parse("Foo2202"),
            VenueCell::Unknown {
                year: Some(2022),
                ..
            }
        ));
    }

    #[test]
    fn strips_markers() {
        assert_eq!(known("CVPR 2020*").1, Some(2020));
        assert_eq!(known("ICLR 2022 Oral").0, "ICLR");
        assert_eq!(known("ICLR'18 Workshop").1, Some(2018));
        assert_eq!(known("ICLR 2022 (Oral)").1, Some(2022));
        assert_eq!(known("CVPRW 2020").2, NameKind::Workshop);
    }

    #[test]
    fn knows_aliases_and_former_names() {
        assert_eq!(known("IEEE TPAMI 2020").2, NameKind::Alias);
        assert_eq!(known("NIPS 2019").2, NameKind::Former { last_year: 2017 });
        assert_eq!(known("NIPS DLTP Workshop 2017").0, "NIPS");
    }

    #[test]
    fn a_web_address_is_the_web_channel() {
        let file: VenueFile = toml::from_str(
            r#"
            [markers]
            web_suffixes = [".ai", ".com"]
            web_channel = "Website"
            [[venue]]
            name = "Website"
            kind = "channel"
            "#,
        )
        .unwrap();
        let book = VenueBook::new(&[file]).unwrap();
        for text in ["unitary.ai", "www.openai.com", "Example.com 2023"] {
            assert!(
                matches!(book.parse(text, |_| false), VenueCell::Known(_)),
                "{text}"
            );
        }
        for text in ["a.b", "Proc. of Foo", ".ai"] {
            assert!(
                matches!(book.parse(text, |_| false), VenueCell::Unknown { .. }),
                "{text}"
            );
        }
    }

    #[test]
    fn a_workshop_before_its_host_is_no_slip() {
        // "CVPRR" alone would be a slip of CVPR; before "@" it names a
        // workshop of the host.
        assert!(matches!(parse("CVPRR 2021"), VenueCell::Typo(_)));
        assert_eq!(known("CVPRR@ICML 2021").0, "ICML");
    }

    #[test]
    fn placeholders_and_bare_years() {
        assert_eq!(parse("-"), VenueCell::Placeholder);
        assert_eq!(parse(""), VenueCell::Placeholder);
        assert_eq!(parse("2020"), VenueCell::YearOnly(2020));
    }

    #[test]
    fn misspellings_are_typos_of_one_venue() {
        for (text, written) in [
            ("ILCR 2022", "ILCR"),
            ("ICRL 2019", "ICRL"),
            ("CPVR 2021", "CPVR"),
        ] {
            match parse(text) {
                VenueCell::Typo(m) => {
                    assert_eq!(m.written(text), written);
                    assert_eq!(
                        &text[m.name_range.0 as usize..m.name_range.1 as usize],
                        written
                    );
                }
                other => panic!("{text}: {other:?}"),
            }
        }
        assert!(matches!(parse("NeurlPS 2023"), VenueCell::Typo(_)));
    }

    #[test]
    fn reads_workshops_preprint_months_and_pending_papers() {
        assert_eq!(known("NIPSW 2017").2, NameKind::Former { last_year: 2017 });
        assert_eq!(known("RLGM@ICLR 2019").0, "ICLR");
        assert!(matches!(
            parse("NeurIPS 2024 submission"),
            VenueCell::Placeholder
        ));
    }

    #[test]
    fn real_neighbours_are_not_typos() {
        assert!(matches!(parse("ICME 2021"), VenueCell::Known(_)));
        assert!(matches!(
            parse("SIBGRAPI 2022"),
            VenueCell::Unknown {
                year: Some(2022),
                ..
            }
        ));
        assert!(matches!(
            parse("IEEE Trans 2023"),
            VenueCell::Unknown { .. }
        ));
    }
}
