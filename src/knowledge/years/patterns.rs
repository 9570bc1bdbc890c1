//! The forms of a date cell, as patterns.

use regex::Regex;
use std::sync::LazyLock;

/// `202105`, `20210530`: year, month and maybe day run together, after an
/// optional word (`arXiv, 20240310`).
pub(super) static COMPACT: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::ascii(r"^(?:[A-Za-z][A-Za-z\-]{1,11}\.?(?:,\s*|\s+))?(\d{4})(\d{2})(\d{2})?$")
        .expect("valid regex")
});
/// `24.07`, `arxiv 24.07`: two-digit year and month, after an optional word.
pub(super) static SHORT_YEAR_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::ascii(r"^(?:[A-Za-z][A-Za-z\-]{1,11}\.?(?:,\s*|\s+))?(\d{2})\.(\d{2})$")
        .expect("valid regex")
});

pub(super) static YEAR_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::ascii(r"^(?:((?i:[a-z]{2,9}))\.?(?:,\s*|\s+))?(\d{4})(?:[./\-](\d{1,2})(?:[./\-](\d{1,2}))?)?(?:\s+((?i:[a-z]{3,9}))\.?)?$")
        .expect("valid regex")
});
/// `24-01-16`: two-digit year, month, day, as some lists write dates.
pub(super) static SHORT_YEAR_FIRST: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::ascii(r"^(\d{2})-(\d{2})-(\d{2})$").expect("valid regex"));
/// `05/2023`, `5.2023`: month and year.
pub(super) static MONTH_YEAR: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::ascii(r"^(\d{1,2})[./\-](\d{4})$").expect("valid regex"));
/// `2019(2021)`, `2019 (2021)`: the preprint's year, then the journal's.
pub(super) static YEAR_THEN_LATER: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::ascii(r"^(\d{4})\s*\((\d{4})\)$").expect("valid regex"));
/// `Jun 27, 2024`, `27 June 2024`: a date with its month named and its day.
pub(super) static NAMED_DATE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::ascii(
        r"^(?:(?P<m1>(?i:[a-z]{3,9}))\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?P<m2>(?i:[a-z]{3,9}))\.?),?\s+(?P<year>\d{4})$",
    )
    .expect("valid regex")
});
pub(super) static YEAR_LAST: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::ascii(r"^(?:\d{1,2}[./\-]){1,2}(\d{4})$").expect("valid regex")
});

/// `2018年11月`, `2020年3月5日`, `2023년 5월`: a date written with the
/// Chinese and Japanese (年 月 日) or Korean (년 월 일) units.
pub(super) static CJK_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([0-9]{4})\s*[年년](?:\s*([0-9]{1,2})\s*[月월](?:\s*([0-9]{1,2})\s*[日일号])?)?$")
        .expect("valid regex")
});

/// `ESEC/FSE 2022`, `ACM Computing Surveys 2025`, `3DV 2022`: a venue of
/// any length, then the year (a "Year" column that names the venue too).
pub(super) static VENUE_THEN_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([^\s,][^,]*?)(?:,\s*|\s+)([0-9]{4})$").expect("valid regex"));
/// The longest venue name read before a year (a bounded repeat of "any
/// character but a comma" in the pattern would compile 80 copies of it).
pub(super) const LONGEST_VENUE: usize = 80;
/// Four digits in a row: a second year, or a number that is no venue.
pub(super) static FOUR_DIGITS: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::ascii(r"\d{4}").expect("valid regex"));

/// `2014/??`, `2023.xx`, `2019-?-?`, `2014 (?)`, and day first `--/--/2021`,
/// `??/2021` (two marks each: `-/-/2021`, `*/2021` are no date): a year
/// whose month (and day) the list marks as unknown.
pub(super) static UNKNOWN_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::ascii(
        r"^(\d{4})(?:\s*[./\-]\s*(?:\?{1,2}|[xX]{1,2}|_{1,2}|\*{1,2})){1,2}$|^(\d{4})\s*\(\s*\?\s*\)$|^(?:(?:\?{2}|[xX]{2}|_{2}|\*{2})\s*[./\-]\s*|-{2}\s*[./]\s*){1,2}(\d{4})$",
    )
    .expect("valid regex")
});

/// A day the list marks as unknown before a month and year (`--/06/2020`,
/// `??.06.2020`): group 1 is the month and year.
pub(super) static UNKNOWN_DAY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::ascii(
        r"^(?:(?:\?{2}|[xX]{2}|_{2}|\*{2})\s*[./\-]|-{2}\s*[./])\s*(\d{1,2}\s*[./\-]\s*\d{4})$",
    )
    .expect("valid regex")
});

/// A day the list marks as unknown after a year and month (`2020-06-??`,
/// `2020.06.xx`): group 1 is the year and month.
pub(super) static UNKNOWN_DAY_LAST: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::ascii(
        r"^(\d{4}\s*[./\-]\s*\d{1,2})\s*[./\-]\s*(?:\?{1,2}|[xX]{1,2}|_{1,2}|\*{1,2})$",
    )
    .expect("valid regex")
});

/// `2005-2026`, `2019 – 2023`, `1993-`: a span of years (a project's
/// lifetime, a competition series), or an open one (since 1993).
pub(super) static YEAR_RANGE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{4})\s*[-–]\s*(\d{4})?$").expect("valid regex"));
