//! Tests of year cells: dates written in full, compact, short or CJK forms,
//! spans, versions and months.

use super::tests::year;
use super::*;

#[test]
fn compact_and_short_dates_are_dates() {
    let read = |text: &str| match parse_year_cell(text, false, 1900, 2027) {
        YearCell::Year {
            year, month, form, ..
        } => Some((year, month, form)),
        _ => None,
    };
    assert_eq!(read("202511"), Some((2025, 11, DateForm::Compact)));
    assert_eq!(read("20240310"), Some((2024, 3, DateForm::Compact)));
    assert_eq!(read("arXiv, 20240310"), Some((2024, 3, DateForm::Compact)));
    assert_eq!(read("arxiv 24.07"), Some((2024, 7, DateForm::ShortYear)));
    assert_eq!(read("19.06"), Some((2019, 6, DateForm::ShortYear)));
    assert_eq!(read("24-01-16"), Some((2024, 1, DateForm::ShortYear)));
    assert_eq!(read("2021"), Some((2021, 0, DateForm::Year)));
    assert_eq!(read("2021.05"), Some((2021, 5, DateForm::Separated)));
    assert_eq!(read("May 2021"), Some((2021, 5, DateForm::Separated)));
    // Not dates: a month or day that does not exist, a digit too many or few.
    for text in [
        "202513",
        "202500",
        "20240332",
        "2024031",
        "2025111",
        "24.13",
        "arxiv 24.7",
    ] {
        assert_eq!(read(text), None, "{text}");
    }
}

#[test]
fn digits_of_a_compact_date_point_at_its_year() {
    let text = "arXiv, 20240310";
    match parse_year_cell(text, false, 1900, 2027) {
        YearCell::Year { digits, .. } => {
            assert_eq!(&text[digits.0 as usize..digits.1 as usize], "2024")
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

#[test]
fn a_span_of_years_or_two_dates_is_read_as_its_first_year() {
    for (text, first) in [
        ("2005-2026", 2005),
        ("2019 – 2023", 2019),
        ("1993-", 1993),
        ("2014-", 2014),
        ("2021.07 / 2022.05", 2021),
        ("2019 / 2021", 2019),
        // The list's highlight after a date is no part of it.
        ("2024.07 ✨✨✨", 2024),
        ("2023 🔥", 2023),
        // A conference paper and its journal version, joined on purpose.
        ("2017&2019", 2017),
        ("2017 & 2019", 2017),
    ] {
        assert_eq!(year(text), Some(first), "{text}");
    }
    // The digits point at the first year, where a fix would write.
    assert!(matches!(
        parse_year_cell("2005-2026", false, 1900, 2027),
        YearCell::Year { digits: (0, 4), .. }
    ));
}

#[test]
fn a_span_or_pair_with_a_bad_end_is_still_invalid() {
    for text in [
        "1899-2020",
        "2023-2019",
        "2020-2031",
        "2O21-2022",
        "20211 / 2022",
        "2021 / 2O22",
    ] {
        assert_eq!(year(text), None, "{text}");
    }
    // One date with slashes is one date, not two.
    assert_eq!(year("05/2023"), Some(2023));
    assert_eq!(year("2021/05/30"), Some(2021));
}

#[test]
fn a_day_after_its_month_stands_beside_the_year() {
    assert_eq!(year("Tech report, Oct 13 2025"), Some(2025));
    assert_eq!(year("ECCV 2024 (2)"), None);
}

#[test]
fn the_date_of_a_version_is_a_date() {
    // WILLOSCAR/Awesome-HCI-LLM dates some preprints by their version.
    let month = |text: &str| match parse_year_cell(text, false, 1900, 2027) {
        YearCell::Year {
            year,
            month,
            digits,
            ..
        } => Some((year, month, digits)),
        _ => None,
    };
    assert_eq!(month("arXiv(v2) 2023.10"), Some((2023, 10, (10, 14))));
    assert_eq!(month("2023.11(v2)"), Some((2023, 11, (0, 4))));
    assert_eq!(month("2023.13(v2)"), None);
    assert_eq!(month("arXiv(v2)"), None);
    assert_eq!(month("ARXIV (V2) 2023.10"), Some((2023, 10, (11, 15))));
    assert_eq!(month("2023.11(v0)"), None);
}

#[test]
fn a_date_with_its_month_named_gives_its_month() {
    // yanliang3612/Awesome-MLLMs-for-Science dates papers `Jun 27, 2024`.
    for text in [
        "Jun 27, 2024",
        "Nov 26 2024",
        "27 June 2024",
        "Sept. 3rd, 2024",
    ] {
        let cell = parse_year_cell(text, false, 1900, 2027);
        let YearCell::Year { year, month, .. } = cell else {
            panic!("{text}: {cell:?}");
        };
        assert_eq!(year, 2024, "{text}");
        assert!(matches!(month, 6 | 9 | 11), "{text}: {month}");
    }
    // A word that names no month gives none.
    let cell = parse_year_cell("Top 27, 2024", false, 1900, 2027);
    assert!(
        !matches!(cell, YearCell::Year { month: 1..=12, .. }),
        "{cell:?}"
    );
}

#[test]
fn reads_dates_written_with_cjk_units() {
    // UpcNlp/Paper-Read-Task: `2017年`, `2018年11月` in one Year column.
    let month = |text: &str| match parse_year_cell(text, false, 1900, 2027) {
        YearCell::Year { year, month, .. } => Some((year, month)),
        _ => None,
    };
    assert_eq!(month("2017年"), Some((2017, 0)));
    assert_eq!(month("2018年11月"), Some((2018, 11)));
    assert_eq!(month("2020年 3月 5日"), Some((2020, 3)));
    assert_eq!(month("2023년 5월"), Some((2023, 5)));
    assert_eq!(month("2018年13月"), None);
    assert_eq!(month("2018年11月40日"), None);
    assert_eq!(month("1850年"), None);
}

#[test]
fn a_month_marked_unknown_leaves_the_year() {
    // Separius's `2014/??`; other lists' `2023.xx`, `2019-??-??`, `2014 (?)`.
    let month = |text: &str| match parse_year_cell(text, false, 1900, 2027) {
        YearCell::Year { year, month, .. } => Some((year, month)),
        _ => None,
    };
    for text in [
        "2014/??",
        "2014-?",
        "2023.xx",
        "2019-??-??",
        "2019.XX.__",
        "2014 (?)",
        "--/--/2021",
        "??/2021",
        "xx.xx.2021",
    ] {
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        assert_eq!(month(text), Some((digits.parse().unwrap(), 0)), "{text}");
    }
    // A day marked unknown leaves the month and year, first or last
    // (michellexxz's `--/06/2020` beside `22/12/2020`).
    for text in ["--/06/2020", "??.06.2020", "2020-06-??", "2020/06/xx"] {
        assert_eq!(month(text), Some((2020, 6)), "{text}");
    }
    // The year's digits keep their place in the whole cell.
    for (text, digits) in [("--/06/2020", (6, 10)), ("2020-06-??", (0, 4))] {
        match parse_year_cell(text, false, 1900, 2027) {
            YearCell::Year { digits: found, .. } => assert_eq!(found, digits, "{text}"),
            other => panic!("{text}: {other:?}"),
        }
    }
    assert_eq!(month("--/13/2020"), None);
    assert_eq!(month("---2021"), None);
    // One mark is no unknown part: a stray dash or star.
    for text in ["-/-/2021", "-.2021", "*/2021", "-/06/2020"] {
        assert_eq!(month(text), None, "{text}");
    }
    // The year must still be plausible, and a mark is no month of a year
    // written short.
    assert_eq!(year("1014/??"), None);
    assert_eq!(year("14/??"), None);
}
