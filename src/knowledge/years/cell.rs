//! What a year cell says, and how it writes its date.

use super::months::two_digit_year;

/// What a year (Date) cell says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearCell {
    Empty,
    Placeholder,
    Year {
        year: i32,
        /// 1-12 when the cell names the month (`2023.05.17`, `May, 2023`), else 0.
        month: u8,
        /// Byte range of the four digits inside the parsed text (the two
        /// digits of a two-digit year).
        digits: (u32, u32),
        /// How the cell writes its date.
        form: DateForm,
        /// The second year of `2019(2021)` (some lists give the preprint's
        /// year, then the journal's in parentheses) or the end of a span
        /// (`2024–2025`: preprint, then venue).
        later: Option<i32>,
    },
    Invalid,
}

/// How a cell writes its date: lists keep one form per column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateForm {
    /// Four digits only: `2021`.
    Year,
    /// A year with a month (and day) set apart: `2021-05`, `2021.05.30`,
    /// `May 2021`, `30.05.2021`.
    Separated,
    /// Digits run together: `202105`, `20210530`.
    Compact,
    /// A two-digit year: `21.05`, `arxiv 21.05`, `21-05-30`.
    ShortYear,
    /// A year whose month the list marks as unknown: `2021/??`, `2021.xx`.
    UnknownMonth,
}

impl DateForm {
    /// An example of the form, for messages.
    pub fn example(self) -> &'static str {
        match self {
            DateForm::Year => "2021",
            DateForm::Separated => "2021.05",
            DateForm::Compact => "202105",
            DateForm::ShortYear => "21.05",
            DateForm::UnknownMonth => "2021/??",
        }
    }
}

pub(super) fn whole_year(year: i32, digits: (u32, u32), later: Option<i32>) -> YearCell {
    YearCell::Year {
        year,
        month: 0,
        digits,
        form: DateForm::Year,
        later,
    }
}

/// The year whose four digits sit at `range` of the cell, with its month
/// if the cell names one (0 if not).
pub(super) fn year_at(
    text: &str,
    range: std::ops::Range<usize>,
    month: u32,
    (earliest, latest): (i32, i32),
) -> YearCell {
    let year: i32 = text[range.clone()].parse().unwrap_or(0);
    if !(earliest..=latest).contains(&year) {
        return YearCell::Invalid;
    }
    let plain = range.start == 0 && range.end == text.len();
    YearCell::Year {
        year,
        month: month as u8,
        digits: (range.start as u32, range.end as u32),
        form: if plain {
            DateForm::Year
        } else {
            DateForm::Separated
        },
        later: None,
    }
}

/// A date whose groups 1 and 2 are the year (four or two digits) and the
/// month; `day_ok` says whether its day, if any, is one.
pub(super) fn dated(
    c: &regex::Captures<'_>,
    earliest: i32,
    latest: i32,
    day_ok: bool,
    form: DateForm,
) -> YearCell {
    let digits = c.get(1).expect("group 1");
    let year =
        two_digit_year(digits.as_str()).unwrap_or_else(|| digits.as_str().parse().unwrap_or(0));
    let month: u32 = c[2].parse().unwrap_or(0);
    if !day_ok || !(1..=12).contains(&month) || !(earliest..=latest).contains(&year) {
        return YearCell::Invalid;
    }
    YearCell::Year {
        year,
        month: month as u8,
        digits: (digits.start() as u32, digits.end() as u32),
        form,
        later: None,
    }
}
