//! Year cells: `2021`, `2021.05.30`, `2021-05`, `May 2021`, `202105`,
//! `20210530`, `arxiv 21.05`.

use regex::Regex;
use std::sync::LazyLock;

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

/// `202105`, `20210530`: year, month and maybe day run together, after an
/// optional word (`arXiv, 20240310`).
static COMPACT: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::ascii(r"^(?:[A-Za-z][A-Za-z\-]{1,11}\.?(?:,\s*|\s+))?(\d{4})(\d{2})(\d{2})?$")
        .expect("valid regex")
});
/// `24.07`, `arxiv 24.07`: two-digit year and month, after an optional word.
static SHORT_YEAR_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::ascii(r"^(?:[A-Za-z][A-Za-z\-]{1,11}\.?(?:,\s*|\s+))?(\d{2})\.(\d{2})$")
        .expect("valid regex")
});

/// `Oct-23`, `Mar 24`, `Aug'23`: a month's name and a two-digit year. Not
/// read as a date (which century, and whether the arXiv month or the
/// venue's, is the list's to say), but no bad year either.
static MONTH_SHORT_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::ascii(r"^([A-Za-z]{3,9})\.?(?:-|\s+|'|’)(\d{2})$").expect("valid regex")
});

static YEAR_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::ascii(r"^(?:((?i:[a-z]{2,9}))\.?(?:,\s*|\s+))?(\d{4})(?:[./\-](\d{1,2})(?:[./\-](\d{1,2}))?)?(?:\s+((?i:[a-z]{3,9}))\.?)?$")
        .expect("valid regex")
});
/// `24-01-16`: two-digit year, month, day, as some lists write dates.
static SHORT_YEAR_FIRST: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::ascii(r"^(\d{2})-(\d{2})-(\d{2})$").expect("valid regex"));
/// `05/2023`, `5.2023`: month and year.
static MONTH_YEAR: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::ascii(r"^(\d{1,2})[./\-](\d{4})$").expect("valid regex"));
/// `2019(2021)`, `2019 (2021)`: the preprint's year, then the journal's.
static YEAR_THEN_LATER: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::ascii(r"^(\d{4})\s*\((\d{4})\)$").expect("valid regex"));
/// `Jun 27, 2024`, `27 June 2024`: a date with its month named and its day.
static NAMED_DATE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::ascii(
        r"^(?:(?P<m1>(?i:[a-z]{3,9}))\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?P<m2>(?i:[a-z]{3,9}))\.?),?\s+(?P<year>\d{4})$",
    )
    .expect("valid regex")
});
static YEAR_LAST: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::ascii(r"^(?:\d{1,2}[./\-]){1,2}(\d{4})$").expect("valid regex")
});

/// `2018年11月`, `2020年3月5日`, `2023년 5월`: a date written with the
/// Chinese and Japanese (年 月 日) or Korean (년 월 일) units.
static CJK_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([0-9]{4})\s*[年년](?:\s*([0-9]{1,2})\s*[月월](?:\s*([0-9]{1,2})\s*[日일号])?)?$")
        .expect("valid regex")
});

/// `ESEC/FSE 2022`, `ACM Computing Surveys 2025`, `3DV 2022`: a venue of
/// any length, then the year (a "Year" column that names the venue too).
static VENUE_THEN_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([^\s,][^,]*?)(?:,\s*|\s+)([0-9]{4})$").expect("valid regex"));
/// The longest venue name read before a year (a bounded repeat of "any
/// character but a comma" in the pattern would compile 80 copies of it).
const LONGEST_VENUE: usize = 80;
/// Four digits in a row: a second year, or a number that is no venue.
static FOUR_DIGITS: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::ascii(r"\d{4}").expect("valid regex"));

/// `2014/??`, `2023.xx`, `2019-?-?`, `2014 (?)`: a year whose month (and
/// day) the list marks as unknown.
static UNKNOWN_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::ascii(
        r"^(\d{4})(?:\s*[./\-]\s*(?:\?{1,2}|[xX]{1,2}|_{1,2}|\*{1,2})){1,2}$|^(\d{4})\s*\(\s*\?\s*\)$",
    )
    .expect("valid regex")
});

/// `2005-2026`, `2019 – 2023`, `1993-`: a span of years (a project's
/// lifetime, a competition series), or an open one (since 1993).
static YEAR_RANGE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{4})\s*[-–]\s*(\d{4})?$").expect("valid regex"));

/// Reads a year cell. A year outside `earliest..=latest` or a month above 12
/// makes the cell invalid. A span of years (`2005-2026`, `1993-`) and two
/// dates (`2021.07 / 2022.05`, two versions of one work) are read as their
/// first year.
pub fn parse_year_cell(text: &str, is_placeholder: bool, earliest: i32, latest: i32) -> YearCell {
    let cell = read_year_cell(text, is_placeholder, earliest, latest, true);
    if cell != YearCell::Invalid {
        return cell;
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
        return match read_year_cell(unmarked, false, earliest, latest, lone) {
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
        };
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
        .and_then(|c| c.get(1).or_else(|| c.get(2)))
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

/// The year whose four digits sit at `range` of the cell, with its month
/// if the cell names one (0 if not).
fn year_at(
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

/// `SIGMOD 2019, 1553-1570.`, `PVLDB 13(3), 279 - 292, 2019.`,
/// `ICML 2018: 1924-1933.`: a citation's year beside its pages and its
/// volume and issue. Those numbers are masked (a page range only as a part
/// of its own between commas or colons), and the rest must hold one year
/// among words, as [`lone_year`] reads it.
fn cited_year(text: &str) -> Option<std::ops::Range<usize>> {
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
fn short_span(text: &str, earliest: i32, latest: i32) -> Option<YearCell> {
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

fn whole_year(year: i32, digits: (u32, u32), later: Option<i32>) -> YearCell {
    YearCell::Year {
        year,
        month: 0,
        digits,
        form: DateForm::Year,
        later,
    }
}

/// Whether the words before a year can be a venue's name: they hold a
/// letter and no other four-digit number.
fn names_a_venue(words: &str) -> bool {
    words.chars().any(char::is_alphabetic) && !FOUR_DIGITS.is_match(words)
}

/// A date whose groups 1 and 2 are the year (four or two digits) and the
/// month; `day_ok` says whether its day, if any, is one.
fn dated(
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

/// The month of `30/9/` or `9/30/`: the number of the two that is no day
/// above 12, when the other is one; 0 when either could be the month.
fn month_beside_a_day(before_year: &str) -> u32 {
    let numbers: Vec<u32> = before_year
        .split(['.', '/', '-'])
        .filter(|n| !n.is_empty())
        .map(|n| n.parse().unwrap_or(0))
        .collect();
    let is_month = |n: u32| (1..=12).contains(&n);
    let is_day_only = |n: u32| (13..=31).contains(&n);
    match numbers[..] {
        [a, b] if is_day_only(a) && is_month(b) => b,
        [a, b] if is_month(a) && is_day_only(b) => a,
        _ => 0,
    }
}

/// Whether a cell is a month's name and a two-digit year (`Oct-23`).
pub fn is_month_and_short_year(text: &str) -> bool {
    MONTH_SHORT_YEAR
        .captures(text.trim())
        .is_some_and(|c| month_named(&c[1]).is_some())
}

/// The months' English names, January first.
const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `5` is `May`; `None` outside 1-12.
pub fn month_name(month: u32) -> Option<&'static str> {
    let index = usize::try_from(month).ok()?.checked_sub(1)?;
    MONTH_NAMES.get(index).copied()
}

/// Whether a word names a month (`Nov`, `september`).
pub fn names_a_month(word: &str) -> bool {
    month_named(word.trim_end_matches('.')).is_some()
}

/// `May`, `jul`, `September`: the month a word names, if it names one.
fn month_named(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = word.to_ascii_lowercase();
    let prefix = lower.get(..3)?;
    let index = MONTHS.iter().position(|m| *m == prefix)?;
    // "Mayday" is not May: beyond three letters, the word must be the month's name.
    let full = MONTH_NAMES[index].to_ascii_lowercase();
    (lower.len() == 3 || full.starts_with(&lower) || (index == 8 && lower == "sept"))
        .then_some(index as u32 + 1)
}

/// `'21` and `CVPR21`: 19NN from 87 on (the first NeurIPS), else 20NN.
/// `ATC'25`, `SIGMETRICS'26`, `OSDI 25`: a name with its year's last two
/// digits, as lists write a venue (known to nas-lint or not) and its year
/// in one cell. Not a month's name (`Oct 23` may be a day of it). Whether
/// the name is a venue's is for the caller to judge.
pub fn name_with_short_year(text: &str, latest: i32) -> Option<ShortYear<'_>> {
    let c = NAME_SHORT_YEAR.captures(text.trim())?;
    let name = c.get(1)?.as_str();
    if month_named(name).is_some() {
        return None;
    }
    let year = two_digit_year(&c[3]).filter(|&year| year <= latest)?;
    Some(ShortYear {
        name,
        year,
        apostrophe: !c[2].trim().is_empty(),
    })
}

/// A name with two digits of its year, read by [`name_with_short_year`].
#[derive(Debug, PartialEq, Eq)]
pub struct ShortYear<'t> {
    pub name: &'t str,
    pub year: i32,
    /// Written `ATC'25`, not `OSDI 25`.
    pub apostrophe: bool,
}

static NAME_SHORT_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([A-Za-z][A-Za-z&.\-]{1,19})(\s*['’‘`]\s*|\s+)(\d{2})$").expect("valid regex")
});

pub fn two_digit_year(digits: &str) -> Option<i32> {
    if digits.len() != 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: i32 = digits.parse().ok()?;
    Some(if n >= 87 { 1900 + n } else { 2000 + n })
}

#[cfg(test)]
mod tests;
