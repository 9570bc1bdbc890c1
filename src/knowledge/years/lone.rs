//! A year among words: `ECCV 2024 (×)`, a citation's year beside its
//! pages, a span cut short (`2021–24`).

use super::cell::{whole_year, YearCell};
use super::months::month_named;
use regex::Regex;
use std::sync::LazyLock;

/// `SIGMOD 2019, 1553-1570.`, `PVLDB 13(3), 279 - 292, 2019.`,
/// `ICML 2018: 1924-1933.`: a citation's year beside its pages and its
/// volume and issue. Those numbers are masked (a page range only as a part
/// of its own between commas or colons), and the rest must hold one year
/// among words, as [`lone_year`] reads it.
pub(super) fn cited_year(text: &str) -> Option<std::ops::Range<usize>> {
    let mut masked = VOLUME_ISSUE
        .replace_all(text, |c: &regex::Captures<'_>| " ".repeat(c[0].len()))
        .into_owned();
    let mut at = 0;
    for part in text.split([',', ':', ';']) {
        if PAGE_RANGE.is_match(part) {
            masked.replace_range(at..at + part.len(), &" ".repeat(part.len()));
        }
        at += part.len() + 1;
    }
    if masked == text {
        return None;
    }
    lone_year(&masked).map(|m| m.range())
}

/// `13(3)`: a journal's volume and issue.
static VOLUME_ISSUE: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::ascii(r"\b\d{1,3}\s?\(\d{1,3}\)").expect("valid regex"));

/// ` 279 - 292.`, `pp. 1553-1570`: the pages of a citation, a part of its own.
static PAGE_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:pp?\.\s*)?[0-9]{1,5}\s*[-–]\s*[0-9]{1,5}\s*\.?\s*$").expect("valid regex")
});

/// The four digits of a cell whose only number is one four-digit run, the
/// rest words (at least one), marks and punctuation (`ECCV 2024 (×)`, `ECCV-TAO-2020`):
/// read like `TITS 2020`. A second number (`2021.13`, `2O21`), a longer run
/// (`20211`) or a digit of another script leaves the cell unread.
pub fn lone_year(text: &str) -> Option<regex::Match<'_>> {
    // A word names what the year belongs to; `2019()` is a broken
    // `2019(2021)`, not a year with a mark.
    if !text.chars().any(char::is_alphabetic)
        || text.chars().any(|c| c.is_numeric() && !c.is_ascii_digit())
    {
        return None;
    }
    // Beside it, a day after a month's name (`Tech report, Oct 13 2025`).
    let mut year = None;
    for run in DIGIT_RUN.find_iter(text) {
        if run.len() == 4
            && names_an_arxiv_month(&text[..run.start()], run.as_str(), &text[run.end()..])
        {
            return None;
        }
        if run.len() == 4 && year.is_none() {
            year = Some(run);
        } else if year.is_some_and(|y: regex::Match<'_>| y.as_str() == run.as_str()) {
            // `ACL 2025, COLM 2025`: one year, named by each of its venues.
        } else if !(run.len() <= 2 && follows_a_month(&text[..run.start()])) {
            return None;
        }
    }
    year
}

/// Whether four digits are an arXiv id's year and month cut short (`CoRR
/// abs/1911.`, `arXiv:1803.`): after `abs/` or `arXiv:`, a month in their
/// last two digits, and a dot or nothing after them. `arXiv:2021` is a year.
fn names_an_arxiv_month(before: &str, digits: &str, after: &str) -> bool {
    let before = before.trim_end().to_ascii_lowercase();
    let month = digits[2..]
        .parse::<u32>()
        .is_ok_and(|m| (1..=12).contains(&m));
    let after = after.trim();
    (before.ends_with("abs/") || before.ends_with("arxiv:"))
        && month
        && (after.is_empty() || after.starts_with('.'))
}

/// Whether the text before a number ends with a month's name (`Oct `).
fn follows_a_month(before: &str) -> bool {
    before
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .is_some_and(|word| month_named(word).is_some())
}

/// A run of ASCII digits, however long.
static DIGIT_RUN: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::ascii(r"\d+").expect("valid regex"));

/// A year cell that gives a year and no month, its digits at `digits`.
/// `2021–24`, `2008/22`: a span whose end keeps only its last two digits
/// (two systems or versions of one row). Read so only when the two digits
/// cannot be a month (`2021/05` is May 2021) and come after the start.
pub(super) fn short_span(text: &str, earliest: i32, latest: i32) -> Option<YearCell> {
    let c = SHORT_SPAN.captures(text)?;
    let digits = c.get(1).expect("group 1");
    let year: i32 = digits.as_str().parse().ok()?;
    let end: i32 = c[2].parse().ok()?;
    let end = year - year % 100 + end;
    if end % 100 <= 12 || end <= year || !(earliest..=latest).contains(&year) || end > latest {
        return None;
    }
    Some(whole_year(
        year,
        (digits.start() as u32, digits.end() as u32),
        Some(end),
    ))
}

static SHORT_SPAN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{4})\s*[-–/]\s*(\d{2})$").expect("valid regex"));
