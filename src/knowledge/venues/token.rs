//! The words of a venue cell: a name, a year, or both glued
//! (`CVPR2021`, `CVPR'21`, `arXiv21.11`, `'17-ECCV`).

use crate::knowledge::years::two_digit_year;

/// Marks that stand for the century of a two-digit year (`CVPR'21`,
/// `ICCV’21`, `ICCV‘21`: lists type either curly quote).
const APOSTROPHES: [char; 3] = ['\'', '’', '‘'];

#[derive(Debug)]
pub(super) struct Token {
    pub(super) range: (usize, usize),
    /// The name part of the word, if it has one.
    pub(super) name: Option<String>,
    pub(super) name_range: (usize, usize),
    pub(super) year: Option<i32>,
    /// The year is two digits 01-12 glued to the name (`arXiv02`): a
    /// month as well as a year.
    pub(super) month_like: bool,
}

impl Token {
    /// Reads one word: `CVPR`, `2021`, `'21`, `CVPR2021`, `CVPR'21`, `AAAI-21`,
    /// `CVPR_2019`.
    pub(super) fn read(text: &str, (start, end): (usize, usize)) -> Token {
        let word = &text[start..end];
        let bare = |name: Option<String>, name_end: usize, year| Token {
            range: (start, end),
            name,
            name_range: (start, name_end),
            year,
            month_like: false,
        };
        if let Some(year) = full_year(word).or_else(|| year_with_month(word)) {
            return bare(None, start, Some(year));
        }
        if let Some(digits) = word.strip_prefix(APOSTROPHES) {
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
        // `axiv2020.09`: a four-digit year and its month, glued to the name.
        if let Some((head, mm)) = word.rsplit_once('.') {
            let year_at = head.len().saturating_sub(4);
            let (name, yyyy) = (
                head.get(..year_at).unwrap_or(""),
                head.get(year_at..).unwrap_or(""),
            );
            let month = mm.parse::<u32>().ok().filter(|m| (1..=12).contains(m));
            if name.ends_with(char::is_alphabetic) && two_digits(mm) && month.is_some() {
                if let Some(year) = full_year(yyyy) {
                    return bare(Some(name.to_string()), start + name.len(), Some(year));
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
            let name =
                name.trim_end_matches(|c| APOSTROPHES.contains(&c) || matches!(c, '-' | '_' | ' '));
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

/// A word that writes the year before the name, `'17-ECCV` (or `’17-ECCV`,
/// or `2018-CVPR`): where the name starts, and the year. Without the
/// apostrophe (`19-CVPR`) only when the name is letters alone, so that
/// `3D-...` and `16-bit` stay names. The name must not carry its own digits.
fn year_first(word: &str) -> Option<(usize, i32)> {
    let (quote, rest) = match word.strip_prefix(APOSTROPHES) {
        Some(rest) => (word.len() - rest.len(), rest),
        None => (0, word),
    };
    let full = (quote == 0)
        .then(|| rest.get(..4).and_then(full_year))
        .flatten();
    let (digits, year) = match full {
        Some(year) => (4, year),
        None => (2, two_digit_year(rest.get(..2)?)?),
    };
    let name = rest.get(digits..)?.strip_prefix('-')?;
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    let well_formed = if quote > 0 {
        name.starts_with(char::is_alphabetic)
            && !name.contains(|c: char| c.is_ascii_digit())
            && letters >= 2
    } else {
        letters >= 2 && name.chars().all(char::is_alphabetic)
    };
    well_formed.then_some((quote + digits + 1, year))
}

/// `arxiv 202305`, `arxiv 2023.05`: a year and its month as one word.
fn year_with_month(word: &str) -> Option<i32> {
    let (yyyy, mm) = match word.len() {
        6 => (word.get(..4)?, word.get(4..)?),
        7 if word.as_bytes()[4] == b'.' => (word.get(..4)?, word.get(5..)?),
        _ => return None,
    };
    let month: u32 = mm
        .parse()
        .ok()
        .filter(|_| mm.bytes().all(|b| b.is_ascii_digit()))?;
    full_year(yyyy).filter(|_| (1..=12).contains(&month))
}

/// `arxiv2202`: a preprint's year and month, as arXiv ids write them.
fn year_of_yymm(digits: &str) -> Option<i32> {
    let (yy, mm) = (digits.get(..2)?, digits.get(2..)?);
    let month: u32 = mm.parse().ok()?;
    (digits.len() == 4 && (1..=12).contains(&month)).then(|| 2000 + yy.parse::<i32>().unwrap_or(0))
}

/// Whether `phrase` stands in `text` as whole words.
pub(super) fn contains_word(text: &str, phrase: &str) -> bool {
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
pub(super) fn split_words(text: &str, symbols: &[char]) -> Vec<(usize, usize)> {
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
    let words: Vec<(usize, usize)> = words
        .into_iter()
        .filter(|&(s, e)| text[s..e].chars().any(|c| c.is_alphanumeric()))
        .collect();
    join_spaced_years(text, words)
}

/// `ICCV' 19`, as some lists write every venue: the name with its
/// apostrophe and the two digits after one space are one word.
fn join_spaced_years(text: &str, words: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    let mut joined: Vec<(usize, usize)> = Vec::with_capacity(words.len());
    for (start, end) in words {
        let digits = &text[start..end];
        if let Some(last) = joined.last_mut() {
            let spaced = &text[last.1..start] == " "
                && text[last.0..last.1].ends_with(APOSTROPHES)
                && digits.len() == 2
                && digits.bytes().all(|b| b.is_ascii_digit());
            if spaced {
                last.1 = end;
                continue;
            }
        }
        joined.push((start, end));
    }
    joined
}

pub(super) fn drop_marker_words(
    text: &str,
    words: &mut Vec<(usize, usize)>,
    markers: &[Vec<String>],
) {
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
