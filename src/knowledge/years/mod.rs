//! Year cells: `2021`, `2021.05.30`, `2021-05`, `May 2021`, `202105`,
//! `20210530`, `arxiv 21.05`.

mod cell;
mod lone;
mod months;
mod patterns;

use cell::{dated, whole_year, year_at};
pub use cell::{DateForm, YearCell};
pub use lone::lone_year;
use lone::{cited_year, short_span};
pub use months::{
    is_month_and_short_year, month_name, name_with_short_year, names_a_month, two_digit_year,
    ShortYear,
};
use months::{month_beside_a_day, month_named};
use patterns::*;
use regex::Regex;
use std::sync::LazyLock;

/// Reads a year cell. A year outside `earliest..=latest` or a month above 12
/// makes the cell invalid. A span of years (`2005-2026`, `1993-`) and two
/// dates (`2021.07 / 2022.05`, two versions of one work) are read as their
/// first year.
pub fn parse_year_cell(text: &str, is_placeholder: bool, earliest: i32, latest: i32) -> YearCell {
    let cell = read_year_cell(text, is_placeholder, earliest, latest, true);
    if cell != YearCell::Invalid {
        return cell;
    }
    // `Jul 2025 (revised Mar 2026)`: a date, then a note on it.
    if let Some(date) = before_a_note(text) {
        if let dated @ YearCell::Year { .. } = read_year_cell(date, false, earliest, latest, true) {
            return dated;
        }
    }
    // `arXiv(v2) 2023.10`, `2023.11(v2)`: the date of one version of the
    // preprint, named so.
    let trimmed = text.trim();
    let Some(c) = VERSION_MARKED.captures(trimmed) else {
        return cell;
    };
    let date = c
        .name("after")
        .or_else(|| c.name("before"))
        .expect("one of the two");
    match read_year_cell(date.as_str(), false, earliest, latest, false) {
        YearCell::Year {
            year,
            month,
            digits: (start, end),
            later,
            ..
        } => {
            let shift = date.start() as u32;
            YearCell::Year {
                year,
                month,
                digits: (start + shift, end + shift),
                form: DateForm::Separated,
                later,
            }
        }
        _ => cell,
    }
}

/// The text before a closing note in parentheses (`Jul 2025` of `Jul
/// 2025 (revised Mar 2026)`), from the text's start, so that the date's
/// digits keep their place.
/// The note must hold a word (`revised`, `rev`): a number or a mark in
/// parentheses (`ECCV 2024 (2)`, `2024 (×)`) may be part of the date.
fn before_a_note(text: &str) -> Option<&str> {
    const NOTE_WORD: usize = 3;
    let body = text.trim_end().strip_suffix(')')?;
    let open = body.rfind(" (")?;
    let note = &body[open + 2..];
    let worded = note
        .split(|c: char| !c.is_alphabetic())
        .any(|word| word.chars().count() >= NOTE_WORD);
    let date = text[..open].trim_end();
    (worded && !date.trim().is_empty() && !note.contains('(')).then_some(date)
}

/// `cell`, read from a part of its text `shift` bytes in, with its
/// digits' place in the whole text.
fn shifted(cell: YearCell, shift: u32) -> YearCell {
    match cell {
        YearCell::Year {
            year,
            month,
            digits: (start, end),
            form,
            later,
        } => YearCell::Year {
            year,
            month,
            digits: (start + shift, end + shift),
            form,
            later,
        },
        other => other,
    }
}

/// The month and year of a date whose day the list marks as unknown
/// (`--/06/2020`, `2020-06-??`).
fn without_an_unknown_day(text: &str) -> Option<regex::Match<'_>> {
    UNKNOWN_DAY_FIRST
        .captures(text)
        .or_else(|| UNKNOWN_DAY_LAST.captures(text))
        .and_then(|c| c.get(1))
}

static VERSION_MARKED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?i:arxiv)\s*\([vV][1-9]\d*\)\s*(?P<after>[\d.\-/]+)|(?P<before>[\d.\-/]+)\s*\([vV][1-9]\d*\))$",
    )
    .expect("valid regex")
});

/// Whether a cell holds a year only as one number among words and marks
/// (`ICLR 2019 (Oral)`), no form of a date: under a Year header beside a
/// Venue cell that holds the year, it is the venue, swapped.
pub fn is_lone_year_only(text: &str, earliest: i32, latest: i32) -> bool {
    read_year_cell(text, false, earliest, latest, false) == YearCell::Invalid
        && matches!(
            read_year_cell(text, false, earliest, latest, true),
            YearCell::Year { .. }
        )
}

fn read_year_cell(
    text: &str,
    is_placeholder: bool,
    earliest: i32,
    latest: i32,
    lone: bool,
) -> YearCell {
    let text = text.trim();
    if text.is_empty() {
        return YearCell::Empty;
    }
    if is_placeholder {
        return YearCell::Placeholder;
    }
    // A highlight after the date (`2024.07 ✨✨✨`, `2023 🔥`) or before it
    // (`⭐2024`, a recommended paper) is the list's mark, no part of it.
    let mark = |c: char| c.is_whitespace() || (!c.is_ascii() && !c.is_alphanumeric());
    let text = text.trim_end_matches(mark);
    if text.is_empty() {
        return YearCell::Invalid;
    }
    let unmarked = text.trim_start_matches(mark);
    if unmarked.len() < text.len() {
        let shift = (text.len() - unmarked.len()) as u32;
        return shifted(
            read_year_cell(unmarked, false, earliest, latest, lone),
            shift,
        );
    }
    // Most cells are a bare year: read without compiling any pattern.
    if text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()) {
        let year: i32 = text.parse().unwrap_or(0);
        if !(earliest..=latest).contains(&year) {
            return YearCell::Invalid;
        }
        return whole_year(year, (0, 4), None);
    }
    if let Some(digits) = UNKNOWN_MONTH
        .captures(text)
        .and_then(|c| c.get(1).or_else(|| c.get(2)).or_else(|| c.get(3)))
    {
        let year: i32 = digits.as_str().parse().unwrap_or(0);
        if !(earliest..=latest).contains(&year) {
            return YearCell::Invalid;
        }
        return YearCell::Year {
            year,
            month: 0,
            digits: (digits.start() as u32, digits.end() as u32),
            form: DateForm::UnknownMonth,
            later: None,
        };
    }
    if let Some(known) = without_an_unknown_day(text) {
        // The month must be there: `--/--/2021` is read above.
        return match read_year_cell(known.as_str(), false, earliest, latest, lone) {
            cell @ YearCell::Year { month, .. } if month != 0 => {
                shifted(cell, known.start() as u32)
            }
            _ => YearCell::Invalid,
        };
    }
    if let Some(c) = YEAR_RANGE.captures(text) {
        let digits = c.get(1).expect("group 1");
        let year: i32 = digits.as_str().parse().unwrap_or(0);
        let end = c.get(2).map_or(Some(year), |m| m.as_str().parse().ok());
        // The span ends no earlier than it starts, and both ends are plausible.
        if !(earliest..=latest).contains(&year)
            || !end.is_some_and(|e| (year..=latest).contains(&e))
        {
            return YearCell::Invalid;
        }
        let later = end.filter(|&e| e != year);
        return whole_year(year, (digits.start() as u32, digits.end() as u32), later);
    }
    if let Some(c) = CJK_DATE.captures(text) {
        if c.get(2).is_none() {
            let digits = c.get(1).expect("group 1");
            let year: i32 = digits.as_str().parse().unwrap_or(0);
            if !(earliest..=latest).contains(&year) {
                return YearCell::Invalid;
            }
            return whole_year(year, (digits.start() as u32, digits.end() as u32), None);
        }
        let day_ok = c
            .get(3)
            .is_none_or(|d| (1..=31).contains(&d.as_str().parse::<u32>().unwrap_or(0)));
        return dated(&c, earliest, latest, day_ok, DateForm::Separated);
    }
    if let Some(span) = short_span(text, earliest, latest) {
        return span;
    }
    if let Some(first) = first_of_two_dates(text, earliest, latest) {
        return first;
    }
    if let Some(c) = COMPACT.captures(text) {
        let day = c
            .get(3)
            .map_or(1, |d| d.as_str().parse::<u32>().unwrap_or(0));
        return dated(
            &c,
            earliest,
            latest,
            (1..=31).contains(&day),
            DateForm::Compact,
        );
    }
    if let Some(c) = SHORT_YEAR_FIRST
        .captures(text)
        .or_else(|| SHORT_YEAR_MONTH.captures(text))
    {
        return dated(&c, earliest, latest, true, DateForm::ShortYear);
    }
    if let Some(c) = YEAR_THEN_LATER.captures(text) {
        let digits = c.get(1).expect("group 1");
        let year: i32 = digits.as_str().parse().unwrap_or(0);
        let later: i32 = c[2].parse().unwrap_or(0);
        // The journal's year is the preprint's or later; both plausible.
        if !(earliest..=latest).contains(&year) || !(year..=latest).contains(&later) {
            return YearCell::Invalid;
        }
        return whole_year(
            year,
            (digits.start() as u32, digits.end() as u32),
            Some(later),
        );
    }
    let (digits, month) = if let Some(c) = YEAR_FIRST.captures(text) {
        let named = [1, 5]
            .iter()
            .find_map(|&g| c.get(g).and_then(|m| month_named(m.as_str())));
        let numbered = c.get(3).map(|m| m.as_str().parse::<u32>().unwrap_or(0));
        if numbered.is_some_and(|m| !(1..=12).contains(&m)) {
            return YearCell::Invalid;
        }
        (c.get(2).expect("group 2"), numbered.or(named).unwrap_or(0))
    } else if let Some(c) = MONTH_YEAR.captures(text) {
        // `05/2023`: a lone number before the year is its month (a day
        // needs a month beside it).
        let month = c[1].parse::<u32>().unwrap_or(0);
        (
            c.get(2).expect("group 2"),
            if (1..=12).contains(&month) { month } else { 0 },
        )
    } else if let Some((year, month)) = NAMED_DATE.captures(text).and_then(|c| {
        let name = c.name("m1").or_else(|| c.name("m2"))?;
        Some((c.name("year")?, month_named(name.as_str())?))
    }) {
        (year, month)
    } else if let Some(c) = YEAR_LAST.captures(text) {
        // `05.06.2021`: day first or month first; the month stays unknown,
        // unless one of the two numbers can only be a day (`30/9/2024`).
        let year = c.get(1).expect("group 1");
        (year, month_beside_a_day(&text[..year.start()]))
    } else if let Some(c) = VENUE_THEN_YEAR
        .captures(text)
        .filter(|c| c[1].chars().count() <= LONGEST_VENUE && names_a_venue(&c[1]))
    {
        // Read the same way as `TITS 2020`, whatever the venue's length.
        (c.get(2).expect("group 2"), 0)
    } else if let Some(digits) = lone.then(|| lone_year(text)).flatten() {
        // `ECCV 2024 (×)`, `ECCV-TAO-2020`: one year among words and marks.
        (digits, 0)
    } else if let Some(range) = lone.then(|| cited_year(text)).flatten() {
        return year_at(text, range, 0, (earliest, latest));
    } else {
        return YearCell::Invalid;
    };
    year_at(text, digits.range(), month, (earliest, latest))
}

/// `2021.07 / 2022.05`, `2017&2019`: two dates (two versions of one
/// paper), each a year or date of its own, read as the first. `05/2023` (a
/// month and a year) is one date, not two.
fn first_of_two_dates(text: &str, earliest: i32, latest: i32) -> Option<YearCell> {
    let (first, second) = text.split_once(['/', '&'])?;
    let is_date = |part: &str| {
        FOUR_DIGITS.is_match(part)
            && matches!(
                parse_year_cell(part, false, earliest, latest),
                YearCell::Year { later: None, .. }
            )
    };
    (is_date(first) && is_date(second)).then(|| parse_year_cell(first, false, earliest, latest))
}

/// Whether the words before a year can be a venue's name: they hold a
/// letter and no other four-digit number.
fn names_a_venue(words: &str) -> bool {
    words.chars().any(char::is_alphabetic) && !FOUR_DIGITS.is_match(words)
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_dates;
