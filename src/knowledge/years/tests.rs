use super::*;

pub(super) fn year(text: &str) -> Option<i32> {
    match parse_year_cell(text, false, 1900, 2027) {
        YearCell::Year { year, .. } => Some(year),
        _ => None,
    }
}

#[test]
fn a_lone_number_before_the_year_is_its_month() {
    // As a video-LLM list writes its Date column: `06/2023`.
    let month = |text: &str| match parse_year_cell(text, false, 1900, 2027) {
        YearCell::Year { year, month, .. } => Some((year, month)),
        _ => None,
    };
    assert_eq!(month("06/2023"), Some((2023, 6)));
    assert_eq!(month("5.2023"), Some((2023, 5)));
    assert_eq!(month("11-2023"), Some((2023, 11)));
    // Not a month: the year stays, the month is unknown.
    assert_eq!(month("13/2023"), Some((2023, 0)));
    // Day and month in either order: the month stays unknown, unless one
    // of the two can only be a day.
    assert_eq!(month("05.06.2021"), Some((2021, 0)));
    assert_eq!(month("30/9/2024"), Some((2024, 9)));
    assert_eq!(month("9/30/2024"), Some((2024, 9)));
    assert_eq!(month("31.13.2024"), Some((2024, 0)));
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
fn reads_a_venue_of_any_length_before_the_year() {
    for (text, expected) in [
        ("TITS 2020", 2020),
        ("Applied sciences 2021", 2021),
        ("ESEC/FSE 2022", 2022),
        ("ACM Computing Surveys 2025", 2025),
        ("3DV 2024", 2024),
        ("IEEE T-ITS, 2023", 2023),
    ] {
        assert_eq!(year(text), Some(expected), "{text}");
    }
    // A venue alone, a second year, a year out of range: no year.
    for text in [
        "AIR",
        "CVPR 2021 2022",
        "ACM Computing Surveys 2031",
        "1.5 2021",
    ] {
        assert_eq!(
            parse_year_cell(text, false, 1900, 2027),
            YearCell::Invalid,
            "{text}"
        );
    }
}

#[test]
fn a_citations_year_stands_beside_its_pages_and_volume() {
    // wotchin's database list: the Year column holds a citation.
    for (text, expected) in [
        ("SIGMOD 2019, 1553-1570.", 2019),
        ("SIGMOD 2019,1189-1206.", 2019),
        ("SIGMOD 2018: 489-504.", 2018),
        ("ICML 2018: 1924-1933.", 2018),
        ("PVLDB 13(3), 279 - 292, 2019.", 2019),
    ] {
        let YearCell::Year { year, digits, .. } = parse_year_cell(text, false, 1800, 2027) else {
            panic!("{text}");
        };
        assert_eq!(year, expected, "{text}");
        assert_eq!(
            &text[digits.0 as usize..digits.1 as usize],
            expected.to_string()
        );
    }
    // An arXiv id cut short names no year; nor does a cell of two years
    // beside pages.
    for text in ["CoRR abs/1911.", "arXiv:1803.", "SIGMOD 2019, 2020, 1-10"] {
        assert_eq!(
            parse_year_cell(text, false, 1800, 2027),
            YearCell::Invalid,
            "{text}"
        );
    }
    // No month in its last two digits: a year after all.
    for text in ["arXiv:2021", "CoRR abs/2021"] {
        let cell = parse_year_cell(text, false, 1800, 2027);
        assert!(
            matches!(cell, YearCell::Year { year: 2021, .. }),
            "{text}: {cell:?}"
        );
    }
}

#[test]
fn one_year_among_words_and_marks_is_that_year() {
    // A tracking list's year column: venue, year, and a mark for "no code".
    for (text, expected) in [
        ("ECCV 2024 (×)", 2024),
        ("ECCV-TAO-2020", 2020),
        ("CVPR 2023 (Highlight)", 2023),
        ("ECCV 2024 Oral, code soon", 2024),
        ("NeurIPS 2022 🔥", 2022),
        // tsinghua-fib-lab/World-Model: two venues of one year.
        ("ACL 2025, COLM 2025", 2025),
    ] {
        let cell = parse_year_cell(text, false, 1900, 2027);
        let YearCell::Year {
            year, digits, form, ..
        } = cell
        else {
            panic!("{text}: {cell:?}");
        };
        assert_eq!(year, expected, "{text}");
        assert_eq!(
            &text[digits.0 as usize..digits.1 as usize],
            expected.to_string()
        );
        assert_eq!(form, DateForm::Separated, "{text}");
    }
    // Another number, a longer run, a letter for a digit, a year out of
    // range, a digit of another script: still no year.
    for text in [
        "ECCV 2024 (v2)",
        "ECCV-20241",
        "ECCV 2O24 (×)",
        "ECCV 2031 (×)",
        "ECCV 1850 (×)",
        "ECCV ２０２４ (×)",
        "2024 (×)",
        "Top-1 2024 (×)",
        "ACL 2024, COLM 2025",
    ] {
        assert_eq!(
            parse_year_cell(text, false, 1900, 2027),
            YearCell::Invalid,
            "{text}"
        );
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
fn a_preprint_year_then_the_journal_year_is_a_year() {
    // As a low-light list writes EnlightenGAN's row: `2019(2021)` under a
    // Publication cell `arXiv(TIP)`.
    let read = |text: &str| match parse_year_cell(text, false, 1900, 2027) {
        YearCell::Year {
            year, month, later, ..
        } => Some((year, month, later)),
        _ => None,
    };
    assert_eq!(read("2019(2021)"), Some((2019, 0, Some(2021))));
    assert_eq!(read("2020 (2020)"), Some((2020, 0, Some(2020))));
    assert_eq!(read("2021"), Some((2021, 0, None)));
    // The journal's year before the preprint's, or out of range: no year.
    for text in [
        "2021(2019)",
        "2019(2031)",
        "1850(2019)",
        "2019(21)",
        "2019()",
    ] {
        assert_eq!(read(text), None, "{text}");
    }
    let text = "2019 (2021)";
    match parse_year_cell(text, false, 1900, 2027) {
        YearCell::Year { digits, .. } => {
            assert_eq!(&text[digits.0 as usize..digits.1 as usize], "2019")
        }
        other => panic!("{other:?}"),
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
fn month_names_only_for_months() {
    assert_eq!(month_name(1), Some("January"));
    assert_eq!(month_name(12), Some("December"));
    assert_eq!(month_name(0), None);
    assert_eq!(month_name(13), None);
}

#[test]
fn months_are_read_when_the_cell_names_one() {
    let month = |text: &str| match parse_year_cell(text, false, 1900, 2027) {
        YearCell::Year { month, .. } => month,
        other => panic!("{text}: {other:?}"),
    };
    assert_eq!(month("2023.05.17"), 5);
    assert_eq!(month("May, 2023"), 5);
    assert_eq!(month("Jul., 2023"), 7);
    assert_eq!(month("2023 Sept"), 9);
    assert_eq!(month("24-01-16"), 1);
    assert_eq!(month("2023"), 0);
    // A month's name and a two-digit year is a date, read as none.
    assert!(is_month_and_short_year("Oct-23"));
    assert!(is_month_and_short_year("Mar 24"));
    assert!(!is_month_and_short_year("ECCV 22"));
    assert_eq!(month("CVPR, 2023"), 0);
    // Day first: 30 is no month.
    assert_eq!(month("30.05.2021"), 5);
}

#[test]
fn a_bare_year_reads_as_the_patterns_read_it() {
    // Bare years skip the patterns; the same year with a month goes through them.
    for (bare, dated) in [
        ("2021", "2021.05"),
        ("1999", "1999-12"),
        (" 2024 ", "2024/01"),
    ] {
        match (
            parse_year_cell(bare, false, 1900, 2027),
            parse_year_cell(dated, false, 1900, 2027),
        ) {
            (
                YearCell::Year {
                    year: a,
                    month: 0,
                    digits: (0, 4),
                    form: DateForm::Year,
                    later: None,
                },
                YearCell::Year {
                    year: b,
                    digits: (0, 4),
                    ..
                },
            ) => {
                assert_eq!(a, b, "{bare}")
            }
            other => panic!("{bare}: {other:?}"),
        }
    }
    for out_of_range in ["1850", "0000", "2099"] {
        assert_eq!(
            parse_year_cell(out_of_range, false, 1900, 2027),
            YearCell::Invalid,
            "{out_of_range}"
        );
    }
}

#[test]
fn a_name_with_two_digits_of_its_year_gives_the_year() {
    // lambda7xx/awesome-AI-system's `Pub. & Date` column, venues nas-lint
    // knows or not.
    for (text, expected) in [
        ("ATC'25", Some(("ATC", 2025, true))),
        ("SIGMETRICS'26", Some(("SIGMETRICS", 2026, true))),
        ("OSDI 25", Some(("OSDI", 2025, false))),
        ("Arxiv 25", Some(("Arxiv", 2025, false))),
        ("Eurosys’24", Some(("Eurosys", 2024, true))),
        ("Oct 23", None),
        ("SIGMETRICS'29", None),
        ("ATC'2025", None),
        ("Top 10 list", None),
    ] {
        let read = name_with_short_year(text, 2027).map(|s| (s.name, s.year, s.apostrophe));
        assert_eq!(read, expected, "{text}");
    }
}

#[test]
fn a_mark_before_the_year_is_no_part_of_it() {
    // mahmood-ul-hasan/slam-related-resources stars recommended systems: `⭐2024`.
    for text in ["⭐2024", "🔥 2024.06"] {
        let cell = parse_year_cell(text, false, 1900, 2027);
        let YearCell::Year { year, digits, .. } = cell else {
            panic!("{text}: {cell:?}");
        };
        assert_eq!(year, 2024, "{text}");
        assert_eq!(
            &text[digits.0 as usize..digits.0 as usize + 4],
            "2024",
            "{text}"
        );
    }
    assert_eq!(parse_year_cell("⭐", false, 1900, 2027), YearCell::Invalid);
}
