//! Reading a venue cell: words, years, markers, then the venue names.

use super::{NameHit, NameKind, VenueBook, VenueCell, VenueKind, VenueMention};
use crate::knowledge::text::{lookup_key, venue_slip};
use crate::knowledge::years::two_digit_year;

impl VenueBook {
    /// Reads a venue cell's text: `CVPR 2021`, `CVPR2021`, `CVPR'21`,
    /// `ICLR 2022 Oral`, `CVPR 2020*`, `TPAMI2022`, `2020`, `-`.
    pub fn parse(&self, text: &str, is_placeholder: impl Fn(&str) -> bool) -> VenueCell {
        let text = text.trim();
        let mut cell = self.read_cell(text, is_placeholder);
        // `arXiv02`: two digits glued to a preprint's name that could be a
        // month (some lists write the month of posting, the year standing
        // in its own column) as well as a year: not read as a year.
        if let VenueCell::Known(mention) | VenueCell::Typo(mention) = &mut cell {
            let month_like = self.tokens(text).iter().any(|t| t.month_like);
            if month_like && self.venue(mention.venue).kind == VenueKind::Preprint {
                mention.year = None;
            }
        }
        cell
    }

    fn read_cell(&self, text: &str, is_placeholder: impl Fn(&str) -> bool) -> VenueCell {
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
        if let Some(cell) = self.match_prefixes(&name_tokens, year, |key| self.names.get(key)) {
            return cell;
        }
        // A workshop named before its host venue ("LRGSD@ICML 2019",
        // "PMAI@IJCAI 2023"): the host decides, before any slip is looked
        // for in the workshop's own name.
        if text.contains('@') {
            for skip in 1..name_tokens.len() {
                let hit =
                    self.match_prefixes(&name_tokens[skip..], year, |key| self.names.get(key));
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
        mention.kind == NameKind::Workshop
            || text.contains('@')
            || text
                .split(|c: char| !c.is_alphanumeric())
                .map(lookup_key)
                .any(|key| self.workshop_words.contains(&key) || suffixed(&key))
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
        for (known, hit) in self.names.iter() {
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
    /// The year is two digits 01-12 glued to the name (`arXiv02`): a
    /// month as well as a year.
    month_like: bool,
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
            month_like: false,
        };
        if let Some(year) = full_year(word) {
            return bare(None, start, Some(year));
        }
        if let Some(digits) = word.strip_prefix(['\'', '’']) {
            if let Some(year) = two_digit_year(digits) {
                return bare(None, start, Some(year));
            }
        }
        // `'17-ECCV`: the year first, as some lists write it.
        if let Some((name_at, year)) = year_first(word) {
            return Token {
                range: (start, end),
                name: Some(word[name_at..].to_string()),
                name_range: (start + name_at, end),
                year: Some(year),
                month_like: false,
            };
        }
        // `arxiv 24.07`: a preprint's year and month, YY.MM; glued to the
        // name too (`arXiv21.11`).
        let two_digits = |d: &str| d.len() == 2 && d.bytes().all(|b| b.is_ascii_digit());
        if let Some((name, yy, mm)) = word.rsplit_once('.').and_then(|(head, mm)| {
            let yy = head.get(head.len().checked_sub(2)?..)?;
            Some((&head[..head.len() - 2], yy, mm))
        }) {
            let glued = name.is_empty() || name.ends_with(char::is_alphabetic);
            if glued && two_digits(yy) && two_digits(mm) {
                if let Some(year) = year_of_yymm(&format!("{yy}{mm}")) {
                    let name = (!name.is_empty()).then(|| name.to_string());
                    return bare(name, start + word.len() - 5, Some(year));
                }
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
                let glued = name.len() == split;
                let month_like = glued
                    && digits.len() == 2
                    && year.is_some_and(|y| (1..=12).contains(&(y % 100)));
                return Token {
                    month_like,
                    ..bare(Some(name.to_string()), start + name.len(), year)
                };
            }
        }
        bare(Some(word.to_string()), end, None)
    }
}

/// A word that writes the year before the name, `'17-ECCV` (or `’17-ECCV`):
/// where the name starts, and the year. Without the apostrophe
/// (`19-CVPR`) only when the name is letters alone, so that `3D-...`
/// and `16-bit` stay names. The name must not carry its own digits.
fn year_first(word: &str) -> Option<(usize, i32)> {
    let (quote, rest) = match word.strip_prefix(['\'', '’']) {
        Some(rest) => (word.len() - rest.len(), rest),
        None => (0, word),
    };
    let digits = rest.get(..2)?;
    let name = rest.get(2..)?.strip_prefix('-')?;
    let year = two_digit_year(digits)?;
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    let well_formed = if quote > 0 {
        name.starts_with(char::is_alphabetic)
            && !name.contains(|c: char| c.is_ascii_digit())
            && letters >= 2
    } else {
        letters >= 2 && name.chars().all(char::is_alphabetic)
    };
    well_formed.then_some((quote + 3, year))
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
