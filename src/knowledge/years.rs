//! Year cells: `2021`, `2021.05.30`, `2021-05`, `May 2021`.

use regex::Regex;
use std::sync::LazyLock;

/// What a year (Date) cell says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearCell {
    Empty,
    Placeholder,
    Year {
        year: i32,
        /// Byte range of the four digits inside the parsed text.
        digits: (u32, u32),
    },
    Invalid,
}

static YEAR_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?i:[a-z]{2,9})\.?(?:,\s*|\s+))?(\d{4})(?:[./\-](\d{1,2})(?:[./\-](\d{1,2}))?)?(?:\s+(?i:[a-z]{3,9})\.?)?$")
        .expect("valid regex")
});
/// `24-01-16`: two-digit year, month, day, as some lists write dates.
static SHORT_YEAR_FIRST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{2})-(\d{2})-(\d{2})$").expect("valid regex"));
static YEAR_LAST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\d{1,2}[./\-]){1,2}(\d{4})$").expect("valid regex"));

/// Reads a year cell. A year outside `earliest..=latest` or a month above 12
/// makes the cell invalid.
pub fn parse_year_cell(text: &str, is_placeholder: bool, earliest: i32, latest: i32) -> YearCell {
    let text = text.trim();
    if text.is_empty() {
        return YearCell::Empty;
    }
    if is_placeholder {
        return YearCell::Placeholder;
    }
    if let Some(c) = SHORT_YEAR_FIRST.captures(text) {
        let year = 2000 + c[1].parse::<i32>().unwrap_or(0);
        let month: u32 = c[2].parse().unwrap_or(0);
        let digits = c.get(1).expect("group 1");
        if !(1..=12).contains(&month) || !(earliest..=latest).contains(&year) {
            return YearCell::Invalid;
        }
        return YearCell::Year {
            year,
            digits: (digits.start() as u32, digits.end() as u32),
        };
    }
    let (digits, month) = if let Some(c) = YEAR_FIRST.captures(text) {
        (c.get(1).expect("group 1"), c.get(2).map(|m| m.as_str()))
    } else if let Some(c) = YEAR_LAST.captures(text) {
        (c.get(1).expect("group 1"), None)
    } else {
        return YearCell::Invalid;
    };
    let year: i32 = digits.as_str().parse().unwrap_or(0);
    let month_ok = month.is_none_or(|m| m.parse::<u32>().is_ok_and(|m| (1..=12).contains(&m)));
    if !(earliest..=latest).contains(&year) || !month_ok {
        return YearCell::Invalid;
    }
    YearCell::Year {
        year,
        digits: (digits.start() as u32, digits.end() as u32),
    }
}

/// `'21` and `CVPR21`: 19NN from 87 on (the first NeurIPS), else 20NN.
pub fn two_digit_year(digits: &str) -> Option<i32> {
    if digits.len() != 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: i32 = digits.parse().ok()?;
    Some(if n >= 87 { 1900 + n } else { 2000 + n })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn year(text: &str) -> Option<i32> {
        match parse_year_cell(text, false, 1900, 2027) {
            YearCell::Year { year, .. } => Some(year),
            _ => None,
        }
    }

    #[test]
    fn accepts_common_date_forms() {
        for text in [
            "2021",
            " 2021 ",
            "2021.05.30",
            "2021-05",
            "2021/5",
            "May 2021",
            "30.05.2021",
            "2021 Oct",
            "21-06-13",
            "May, 2021",
            "Jul., 2021",
            "CVPR,2021",
            "MM, 2021",
        ] {
            assert_eq!(year(text), Some(2021), "{text}");
        }
    }

    #[test]
    fn rejects_implausible_years() {
        for text in ["20211", "1850", "2031", "2021.13", "soon", "21", "21-13-01"] {
            assert_eq!(year(text), None, "{text}");
            assert_eq!(
                parse_year_cell(text, false, 1900, 2027),
                YearCell::Invalid,
                "{text}"
            );
        }
    }

    #[test]
    fn empty_and_placeholder_are_not_invalid() {
        assert_eq!(parse_year_cell("  ", false, 1900, 2027), YearCell::Empty);
        assert_eq!(
            parse_year_cell("-", true, 1900, 2027),
            YearCell::Placeholder
        );
    }

    #[test]
    fn digits_point_at_the_year() {
        let text = "2021.05.30";
        match parse_year_cell(text, false, 1900, 2027) {
            YearCell::Year { digits, .. } => {
                assert_eq!(&text[digits.0 as usize..digits.1 as usize], "2021")
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn two_digit_years_pivot_at_87() {
        assert_eq!(two_digit_year("99"), Some(1999));
        assert_eq!(two_digit_year("21"), Some(2021));
        assert_eq!(two_digit_year("2021"), None);
    }
}
