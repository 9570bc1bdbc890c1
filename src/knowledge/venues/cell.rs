//! Reading a venue cell: words, years, markers, then the venue names.

use super::token::{contains_word, drop_marker_words, split_words, Token};
use super::{NameHit, NameKind, VenueBook, VenueCell, VenueKind, VenueMention};
use crate::knowledge::text::{lookup_key, venue_slip};

/// The year arXiv took its first paper.
const ARXIV_OPENED: i32 = 1991;

impl VenueBook {
    /// Reads a venue cell's text: `CVPR 2021`, `CVPR2021`, `CVPR'21`,
    /// `ICLR 2022 Oral`, `CVPR 2020*`, `TPAMI2022`, `2020`, `-`.
    pub fn parse(&self, text: &str, is_placeholder: impl Fn(&str) -> bool) -> VenueCell {
        let text = text.trim();
        let mut cell = self.read_cell(text, &is_placeholder);
        // `IEEE International Conference on Computer Vision (ICCV)`: a long
        // name nas-lint does not know as written, with the acronym it
        // knows in brackets after it.
        if let VenueCell::Unknown { year, .. } = cell {
            if let Some(mention) = self.bracketed_acronym(text, year, &is_placeholder) {
                cell = VenueCell::Known(mention);
            }
        }
        // `Arxiv Feb 2024, NeurIPS 2024`: the preprint's date, then where
        // the paper was published; the cell's venue is the second.
        if let VenueCell::Known(mention) = &cell {
            if self.venue(mention.venue).kind == VenueKind::Preprint {
                if let Some(published) = self.published_after_preprint(text, &is_placeholder) {
                    cell = VenueCell::Known(published);
                }
            }
        }
        // `arXiv02`: two digits glued to a preprint's name that could be a
        // month (some lists write the month of posting, the year standing
        // in its own column) as well as a year: not read as a year.
        if let VenueCell::Known(mention) | VenueCell::Typo(mention) = &mut cell {
            let month_like = self.tokens(text).iter().any(|t| t.month_like);
            let preprint = self.venue(mention.venue).kind == VenueKind::Preprint;
            if month_like && preprint {
                mention.year = None;
            }
            // `arxiv 1910`: arXiv opened in 1991, so four digits before
            // that on it are an id's YYMM (October 2019). Other preprint
            // archives (HAL) hold older papers.
            let name = &self.venue(mention.venue).name;
            let arxiv = name.eq_ignore_ascii_case("arXiv") || name.eq_ignore_ascii_case("CoRR");
            if let Some(year) = mention.year.filter(|&y| arxiv && y < ARXIV_OPENED) {
                let (yy, mm) = (year / 100, year % 100);
                mention.year = (1..=12).contains(&mm).then_some(2000 + yy);
            }
            // `ArXiv 2212`: four digits that are no year after the name
            // alone, an id's YYMM (December 2022); not another number of
            // the cell (`arXiv, 1205 cites`).
            if arxiv && mention.year.is_none() {
                mention.year = match text.split_whitespace().collect::<Vec<_>>()[..] {
                    [_, word] => yymm_of_new_id(word).or_else(|| yymm_of_id(word)),
                    _ => None,
                };
            }
        }
        cell
    }

    /// The known venue a name of several words gives in brackets after
    /// itself (`... Computer Vision (ICCV)`), placed in the whole cell's
    /// text, with the cell's year.
    fn bracketed_acronym(
        &self,
        text: &str,
        year: Option<i32>,
        is_placeholder: &impl Fn(&str) -> bool,
    ) -> Option<VenueMention> {
        let open = text.rfind('(')?;
        let close = open + text[open..].find(')')?;
        let acronym = &text[open + 1..close];
        let words_before = text[..open].split_whitespace().count();
        let acronym_like = (2..=12).contains(&acronym.len())
            && acronym.chars().any(|c| c.is_ascii_uppercase())
            && acronym
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "&-'".contains(c));
        if words_before < 3 || !acronym_like {
            return None;
        }
        let VenueCell::Known(mut mention) = self.read_cell(acronym, is_placeholder) else {
            return None;
        };
        let shift = (open + 1) as u32;
        mention.name_range = (mention.name_range.0 + shift, mention.name_range.1 + shift);
        mention.year = mention.year.or(year);
        Some(mention)
    }

    /// A reviewed venue named after a comma or semicolon in a cell that
    /// names a preprint first, its name placed in the whole cell's text.
    fn published_after_preprint(
        &self,
        text: &str,
        is_placeholder: &impl Fn(&str) -> bool,
    ) -> Option<VenueMention> {
        let mut start = 0;
        for part in text.split([',', ';']) {
            let at = start;
            start += part.len() + 1;
            if at == 0 {
                continue;
            }
            let lead = part.len() - part.trim_start().len();
            if let VenueCell::Known(mut mention) = self.read_cell(part.trim(), is_placeholder) {
                if self.venue(mention.venue).kind.is_reviewed() {
                    let shift = (at + lead) as u32;
                    mention.name_range =
                        (mention.name_range.0 + shift, mention.name_range.1 + shift);
                    return Some(mention);
                }
            }
        }
        None
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
        let names_from = |from: usize| -> Vec<&Token> {
            tokens[from.min(tokens.len())..]
                .iter()
                .take_while(|t| t.year.is_none() || t.name.is_some())
                .filter(|t| t.name.is_some())
                .collect()
        };
        let mut name_tokens = names_from(0);
        // `2022 Conference on Cognitive Computational Neuroscience`: a
        // venue named after its year, not a year alone.
        let has_words = |t: &&Token| {
            t.name
                .as_deref()
                .is_some_and(|n| n.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        };
        if name_tokens.is_empty() && names_from(1).iter().any(has_words) {
            name_tokens = names_from(1);
        }
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
            return self
                .slip_beyond_the_name(&cell, &name_tokens, year)
                .unwrap_or(cell);
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

    /// `Nature Method`, `Briefings in Bioinformatic`: a known name (Nature)
    /// followed by words that, with it, are one slip from a longer known
    /// name that starts with it (Nature Methods). The longer one was meant;
    /// a known name and a note after it (`Nature (cover)`) are no slip.
    fn slip_beyond_the_name(
        &self,
        exact: &VenueCell,
        name_tokens: &[&Token],
        year: Option<i32>,
    ) -> Option<VenueCell> {
        let VenueCell::Known(mention) = exact else {
            return None;
        };
        let last = name_tokens.last()?;
        if mention.name_range.1 as usize >= last.name_range.1 {
            return None;
        }
        let words = |tokens: &[&Token]| {
            lookup_key(
                &tokens
                    .iter()
                    .filter_map(|t| t.name.as_deref())
                    .collect::<Vec<_>>()
                    .join(" "),
            )
        };
        let matched = name_tokens
            .iter()
            .take_while(|t| t.name_range.1 <= mention.name_range.1 as usize)
            .count();
        let prefix = words(&name_tokens[..matched]);
        let whole = words(name_tokens);
        let hit = self.slip_of(&whole)?;
        let meant = self.venue(hit.venue as u32);
        let starts_alike = std::iter::once(&meant.name)
            .chain(meant.aliases.iter())
            .any(|name| lookup_key(name).starts_with(&prefix));
        (hit.venue as u32 != mention.venue && starts_alike).then(|| {
            VenueCell::Typo(VenueMention {
                venue: hit.venue as u32,
                kind: hit.kind,
                year,
                name_range: (name_tokens[0].name_range.0 as u32, last.name_range.1 as u32),
            })
        })
    }

    /// A name that is one web address (`unitary.ai`), read as the release
    /// channel the venue data names for web sites.
    fn web_address(&self, name_tokens: &[&Token], year: Option<i32>) -> Option<VenueCell> {
        let [token] = name_tokens else { return None };
        let written = token.name.as_deref()?;
        // `Front.Robot.AI`, `Nat.Mach.Intell.AI`: a journal's name
        // abbreviated word by word, each word capitalised, no address; a
        // company's name before its domain (`Character.AI`) is one.
        let labels: Vec<&str> = written.split('.').collect();
        let capitalised = labels[..labels.len().saturating_sub(1)]
            .iter()
            .filter(|label| label.starts_with(|c: char| c.is_uppercase()))
            .count();
        if capitalised >= 2 {
            return None;
        }
        let name = written.to_lowercase();
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
        // A run of words whose key is longer than any name's (and one
        // letter more, for a slip) names nothing: a long comment read as a
        // venue cell is not tried at every length.
        let longest = *self.longest_key.get_or_init(|| {
            self.names
                .iter()
                .map(|(key, _)| key.len())
                .max()
                .unwrap_or(0)
        });
        let mut key_length = 0;
        let within = name_tokens
            .iter()
            .take_while(|t| {
                key_length += t.name.as_deref().map_or(0, |n| lookup_key(n).len());
                key_length <= longest + 1
            })
            .count();
        for take in (1..=within).rev() {
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

    /// Whether the text names nothing but how or whether a paper appeared
    /// (`Oral`, `Spotlight`, `Workshop`, `Accepted`): the marker words.
    pub fn only_markers(&self, text: &str) -> bool {
        let mut words = split_words(text, &self.marker_symbols);
        drop_marker_words(text, &mut words, &self.marker_words);
        words.is_empty()
    }

    fn tokens(&self, text: &str) -> Vec<Token> {
        let mut words = split_words(text, &self.marker_symbols);
        drop_marker_words(text, &mut words, &self.marker_words);
        words.into_iter().map(|w| Token::read(text, w)).collect()
    }
}

/// The year of a whole new-style arXiv id (`2401.12345`, `2401.12345v2`).
fn yymm_of_id(word: &str) -> Option<i32> {
    let (yymm, rest) = word.split_once('.')?;
    let number = rest.split_once('v').map_or(rest, |(number, _)| number);
    let digits = (4..=5).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit());
    digits.then(|| yymm_of_new_id(yymm)).flatten()
}

/// The year of `word` read as the YYMM a new-style arXiv id opens with
/// (2007 on; `2212` is December 2022), when it is four digits.
fn yymm_of_new_id(word: &str) -> Option<i32> {
    if word.len() != 4 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (yy, mm): (i32, i32) = (word[..2].parse().ok()?, word[2..].parse().ok()?);
    ((7..=39).contains(&yy) && (1..=12).contains(&mm)).then_some(2000 + yy)
}
