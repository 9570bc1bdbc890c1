//! Months by name (`May`, `sept`) and two-digit years (`'21`, `ATC'25`).

use regex::Regex;
use std::sync::LazyLock;

/// `Oct-23`, `Mar 24`, `Aug'23`: a month's name and a two-digit year. Not
/// read as a date (which century, and whether the arXiv month or the
/// venue's, is the list's to say), but no bad year either.
static MONTH_SHORT_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::ascii(r"^([A-Za-z]{3,9})\.?(?:-|\s+|'|’)(\d{2})$").expect("valid regex")
});

/// The month of `30/9/` or `9/30/`: the number of the two that is no day
/// above 12, when the other is one; 0 when either could be the month.
pub(super) fn month_beside_a_day(before_year: &str) -> u32 {
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
pub(super) fn month_named(word: &str) -> Option<u32> {
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

/// `'21` is 2021 and `'94` 1994: two digits from 50 up are of the 1900s
/// (`JACM'76`, `TOPLAS '82` in reading lists of classic papers), no year
/// that far ahead being written.
pub fn two_digit_year(digits: &str) -> Option<i32> {
    if digits.len() != 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: i32 = digits.parse().ok()?;
    Some(if n >= 50 { 1900 + n } else { 2000 + n })
}
