use crate::rules::testing::*;

fn table(last: &str) -> String {
    let mut rows: Vec<String> = (0..5)
        .map(|i| format!("| [P{i}](https://example.com/{i}) | CVPR 2021 | - | [Code](https://github.com/a/{i}) | 2021 |"))
        .collect();
    rows.push(last.to_string());
    seed_table("S", &rows.iter().map(String::as_str).collect::<Vec<_>>())
}

#[test]
fn fires_where_the_list_agrees_elsewhere_with_an_unsafe_fix() {
    let text = table("| [NAR-Former](https://example.com/n) | CVPR 2023 | - | [Code](https://github.com/a/n) | 2022 |");
    let found = check("year-mismatch", &text);
    assert_eq!(found.len(), 1);
    assert!(!found[0].is_safe_fixable());
    assert!(apply_fix(&text, &found[0])
        .contains("| CVPR 2023 | - | [Code](https://github.com/a/n) | 2023 |"));
}

#[test]
fn quiet_where_the_row_dates_its_own_preprint_to_the_month() {
    // The arXiv link under a method's name, the date day first.
    let preprint = "| [FLaRe](https://arxiv.org/abs/2209.16578) | CVPR 2023 | - | [Code](https://github.com/a/n) | 30/9/2022 |";
    assert!(lines("year-mismatch", &table(preprint)).is_empty());
    // Another month of that year is no preprint date.
    let other = "| [FLaRe](https://arxiv.org/abs/2209.16578) | CVPR 2023 | - | [Code](https://github.com/a/n) | 30/11/2022 |";
    assert_eq!(lines("year-mismatch", &table(other)).len(), 1);
    // Nor is the date of a preprint linked only from the code column.
    let code = "| [FLaRe](https://example.com/f) | CVPR 2023 | - | [Code](https://arxiv.org/abs/2209.16578) | 30/9/2022 |";
    assert_eq!(lines("year-mismatch", &table(code)).len(), 1);
}

#[test]
fn a_list_that_gives_several_papers_their_preprints_year_does_so_by_habit() {
    let preprint = |i: usize| {
        format!("| [P{i}](https://arxiv.org/abs/2306.1169{i}) | CVPR 2024 | - | [Code](https://github.com/a/p{i}) | 2023 |")
    };
    // Years after the venue's, reported in any case: the table keeps no
    // first-appearance convention.
    let late = |i: usize| {
        format!("| [L{i}](https://example.com/l{i}) | CVPR 2021 | - | [Code](https://github.com/a/l{i}) | 2022 |")
    };
    // Rows whose 2023 preprint came out at a 2024 venue, dated 2024:
    // they had the choice and wrote the venue's year.
    let chose_venue = |i: usize| {
        format!("| [V{i}](https://arxiv.org/abs/2310.1{i:04}) | CVPR 2024 | - | [Code](https://github.com/a/v{i}) | 2024 |")
    };
    let list_with = |preprints: usize, venue_years: usize| {
        let mut rows: Vec<String> = (0..30)
            .map(|i| format!("| [A{i}](https://example.com/{i}) | CVPR 2021 | - | [Code](https://github.com/a/{i}) | 2021 |"))
            .collect();
        rows.extend((0..2).map(late));
        rows.extend((0..venue_years).map(chose_venue));
        rows.extend((0..preprints).map(preprint));
        seed_table("S", &rows.iter().map(String::as_str).collect::<Vec<_>>())
    };
    let list = |preprints: usize| list_with(preprints, 0);
    let text = list(1);
    let said = |text: &str, year: &str| {
        check("year-mismatch", text)
            .iter()
            .filter(|d| d.message.starts_with(&format!("Date says {year}")))
            .count()
    };
    // One row with its preprint's year among agreeing rows is a slip.
    assert_eq!((said(&text, "2023"), said(&text, "2022")), (1, 2));
    // Three are the list's habit.
    let text = list(3);
    assert_eq!((said(&text, "2023"), said(&text, "2022")), (0, 2));
    // Not where twenty rows that had the choice wrote the venue's year:
    // three in twenty-three are slips.
    let text = list_with(3, 20);
    assert_eq!((said(&text, "2023"), said(&text, "2022")), (3, 2));
}

#[test]
fn a_year_read_from_a_venue_name_gets_no_fix() {
    // `ECCV23` in the Date column is the year 2023, written in no
    // digits a fix could replace.
    let mut text = String::from("| Title | Venue | Date |\n|---|---|---|\n");
    for (i, (venue, date)) in [
        ("CVPR 2021", "2021"),
        ("ICCV 2021", "2021"),
        ("ICLR 2022", "2022"),
        ("NeurIPS 2021", "2021"),
        ("ECCV 2022", "ECCV23"),
    ]
    .iter()
    .enumerate()
    {
        text.push_str(&format!(
            "| [P{i}](https://arxiv.org/abs/2101.0000{i}) | {venue} | {date} |\n"
        ));
    }
    let found = check("year-mismatch", &text);
    assert_eq!(found.len(), 1);
    assert!(found[0].fix.is_none());
}

#[test]
fn reads_compact_and_two_digit_dates_and_fixes_them_in_their_form() {
    for (agreeing, wrong, fixed) in [
        ("21.05", "22.06", "| 23.06 |"),
        ("202105", "202206", "| 202306 |"),
    ] {
        let mut text = String::from("| Date | Title | Venue |\n|---|---|---|\n");
        for i in 0..5 {
            text.push_str(&format!(
                "| {agreeing} | [P{i}](https://example.com/{i}) | CVPR 2021 |\n"
            ));
        }
        text.push_str(&format!(
            "| {wrong} | [X](https://example.com/x) | CVPR 2023 |\n"
        ));
        let found = check("year-mismatch", &text);
        assert_eq!(found.len(), 1, "{wrong}");
        assert!(apply_fix(&text, &found[0]).contains(fixed), "{wrong}");
    }
}

#[test]
fn quiet_on_a_date_column_of_arxiv_dates_even_when_most_years_agree() {
    // Five of six years agree with the venue, but every date is the
    // arXiv id's own month: the column dates the preprints.
    let rows = [
        ("2301.00001", "ICLR 2023", "2023.01"),
        ("2302.00002", "CVPR 2023", "2023.02"),
        ("2303.00003", "ICML 2023", "2023.03"),
        ("2304.00004", "NeurIPS 2023", "2023.04"),
        ("2305.00005", "EMNLP 2023", "2023.05"),
        ("2310.00006", "ICLR 2024", "2023.10"),
    ];
    let mut text = String::from("| Date | Title | Venue |\n|---|---|---|\n");
    for (id, venue, time) in rows {
        text.push_str(&format!(
            "| {time} | [P](https://arxiv.org/abs/{id}) | {venue} |\n"
        ));
    }
    assert!(lines("year-mismatch", &text).is_empty());
    // The same table with dates that are not the preprints' is judged.
    let text = text
        .replace("| 2023.01 |", "| 2023.05 |")
        .replace("| 2023.02 |", "| 2023.06 |")
        .replace("| 2023.03 |", "| 2023.07 |")
        .replace("| 2023.04 |", "| 2023.12 |")
        .replace(
            "| 2023.05 | [P](https://arxiv.org/abs/2305",
            "| 2023.12 | [P](https://arxiv.org/abs/2305",
        )
        .replace("| 2023.10 |", "| 2023.09 |");
    assert_eq!(lines("year-mismatch", &text), [8]);
}

#[test]
fn dates_with_named_months_are_read_as_arxiv_dates_too() {
    // yanliang3612/Awesome-MLLMs-for-Science: `Jun 27, 2024`.
    let rows = [
        ("2301.00001", "ICLR 2023", "Jan 5, 2023"),
        ("2302.00002", "CVPR 2023", "Feb 9, 2023"),
        ("2303.00003", "ICML 2023", "Mar 2, 2023"),
        ("2304.00004", "NeurIPS 2023", "Apr 20, 2023"),
        ("2305.00005", "EMNLP 2023", "May 1, 2023"),
        ("2310.00006", "ICLR 2024", "Oct 27, 2023"),
    ];
    let mut text = String::from("| Date | Title | Venue |\n|---|---|---|\n");
    for (id, venue, time) in rows {
        text.push_str(&format!(
            "| {time} | [P](https://arxiv.org/abs/{id}) | {venue} |\n"
        ));
    }
    assert!(lines("year-mismatch", &text).is_empty());
}

#[test]
fn quiet_when_years_agree_or_the_list_uses_another_meaning() {
    assert!(lines("year-mismatch", &table("| [X](https://example.com/x) | CVPR 2023 | - | [Code](https://github.com/a/x) | 2023 |")).is_empty());
    let preprint_years: Vec<String> = (0..6)
        .map(|i| format!("| [P{i}](https://example.com/{i}) | CVPR 2021 | - | [Code](https://github.com/a/{i}) | 2020 |"))
        .collect();
    let text = seed_table(
        "S",
        &preprint_years
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
    );
    assert!(lines("year-mismatch", &text).is_empty());
}

#[test]
fn a_journal_year_in_parentheses_is_the_venues_year() {
    // `2019(2021)`: the preprint's year, then the journal's.
    let text = table("| [X](https://example.com/x) | TIP 2021 | - | [Code](https://github.com/a/x) | 2019(2021) |");
    assert!(lines("year-mismatch", &text).is_empty());
    // Neither year the venue's: reported.
    let text = table("| [X](https://example.com/x) | TIP 2022 | - | [Code](https://github.com/a/x) | 2019(2021) |");
    assert_eq!(lines("year-mismatch", &text), [10]);
}

/// A method table: Year, name, title, and the venue glued to its year
/// in a link, as remote-sensing lists write them.
fn methods(rows: &[(&str, &str)]) -> String {
    let mut text =
        String::from("| Year | Abbreviation | Title | Publication |\n|---|---|---|---|\n");
    for (i, (year, venue)) in rows.iter().enumerate() {
        text.push_str(&format!(
            "| {year} | [M{i}](https://github.com/a/m{i}) | Method {i} | [{venue}](https://ieeexplore.ieee.org/document/{i}) |\n"
        ));
    }
    text
}

#[test]
fn quiet_where_the_table_keeps_the_year_a_paper_first_appeared() {
    let mut rows = vec![("2024", "TGRS2024"); 20];
    rows.extend([("2023", "TGRS2024"), ("2022", "TGRS2023")]);
    assert!(lines("year-mismatch", &methods(&rows)).is_empty());
    // A Year after the venue's fits no such convention.
    // (with a third earlier row, the convention still holds).
    rows.push(("2025", "TGRS2024"));
    rows.push(("2021", "TGRS2022"));
    assert_eq!(lines("year-mismatch", &methods(&rows)), [25]);
    // One earlier row alone is a year never updated (seed line 118).
    let mut rows = vec![("2024", "TGRS2024"); 6];
    rows.push(("2023", "TGRS2024"));
    assert_eq!(lines("year-mismatch", &methods(&rows)), [9]);
}

#[test]
fn reads_the_year_beside_a_venue_it_does_not_know() {
    let mut rows = vec![("2024", "TGRS2024"); 6];
    rows.extend([("2025", "RSE2024"), ("2016", "计算机研究与发展2015")]);
    let found = check("year-mismatch", &methods(&rows));
    assert_eq!(
        found.iter().map(|d| d.message.as_str()).collect::<Vec<_>>(),
        [
            "Year says 2025, the venue says 2024",
            "Year says 2016, the venue says 2015"
        ]
    );
    // The same names with their own year: nothing to report.
    let rows: Vec<_> = rows
        .iter()
        .map(|&(y, v)| (y, if v == "RSE2024" { "RSE2025" } else { v }))
        .map(|(y, v)| (y, v.replace("2015", "2016")))
        .collect();
    let rows: Vec<_> = rows.iter().map(|(y, v)| (*y, v.as_str())).collect();
    assert!(lines("year-mismatch", &methods(&rows)).is_empty());
}

#[test]
fn a_year_after_the_meeting_its_proceedings_link_is_in() {
    let header = "| Model | Title | Venue | Year | Paper |\n|---|---|---|---|---|\n";
    let row = |venue: &str, year: &str, url: &str| {
        format!("| R-MeN | A relational memory model | {venue} | {year} | [link]({url}) |")
    };
    let acl = "https://aclanthology.org/2020.acl-main.313/";
    let text = table_of(header, &[&row("ACL", "2021", acl)]);
    let found = check("year-mismatch", &text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].message.contains("after ACL 2020"),
        "{}",
        found[0].message
    );
    assert_eq!(
        apply_fix(&text, &found[0]),
        table_of(header, &[&row("ACL", "2020", acl)])
    );
    let findings = "https://aclanthology.org/2023.findings-emnlp.221";
    let cvf = "https://openaccess.thecvf.com/content_ICCV_2019/html/A_B_ICCV_2019_paper.html";
    let poster = "https://iclr.cc/virtual/2024/poster/17412";
    for (venue, year, url) in [
        ("EMNLP", "2024", findings),
        ("ICCV", "2021", cvf),
        ("ICLR", "2025", poster),
    ] {
        let text = table_of(header, &[&row(venue, year, url)]);
        assert_eq!(lines("year-mismatch", &text), [3], "{venue} {year}");
    }
    // The meeting's year, an earlier one (a preprint's), another venue
    // than the link's, and a journal presented at a meeting are quiet.
    for (venue, year, url) in [
        ("ACL", "2020", acl),
        ("ACL", "2019", acl),
        ("EMNLP", "2021", acl),
        ("TACL", "2023", "https://aclanthology.org/2022.tacl-1.5/"),
    ] {
        let text = table_of(header, &[&row(venue, year, url)]);
        assert!(
            lines("year-mismatch", &text).is_empty(),
            "{venue} {year} {url}"
        );
    }
}

#[test]
fn a_pmlr_volume_gives_its_meeting_and_its_key_the_year_it_came_out() {
    let header = "| Title | Venue | Year | Paper |\n|---|---|---|---|\n";
    let row = |venue: &str, year: &str, url: &str| {
        format!("| Temporal Logic Point Processes | {venue} | {year} | [link]({url}) |")
    };
    let v119 = "https://proceedings.mlr.press/v119/li20p.html";
    let v205 = "https://proceedings.mlr.press/v205/suresh23a.html";
    // ICML 2020's volume; CoRL 2022's, which came out in 2023.
    for (venue, year, url, reported) in [
        ("ICML", "2022", v119, true),
        ("ICML", "2020", v119, false),
        ("CoRL", "2024", v205, true),
        ("CoRL", "2023", v205, false),
        (
            "AISTATS",
            "2019",
            "http://proceedings.mlr.press/v84/kallus18a.html",
            true,
        ),
    ] {
        let text = table_of(header, &[&row(venue, year, url)]);
        assert_eq!(
            !lines("year-mismatch", &text).is_empty(),
            reported,
            "{venue} {year} {url}"
        );
    }
}

#[test]
fn a_later_year_in_the_arxiv_month_of_a_table_dated_by_its_preprints() {
    // Applied-Machine-Learning-Lab's LLM-enhanced recommenders: dates are
    // the arXiv months, but one row says 2024.9 on arXiv 2309.01157.
    let rows: Vec<String> = (0..10)
        .map(|i| {
            format!(
                "| [Paper {i}](https://arxiv.org/abs/23{:02}.0115{i}) | arXiv | - | - | 2023.{} |",
                i + 1,
                i + 1
            )
        })
        .chain(std::iter::once(
            "| [Slip](https://arxiv.org/abs/2309.01157) | COLING 2025 | - | - | 2024.9 |"
                .to_string(),
        ))
        .collect();
    let text = seed_table("S", &rows.iter().map(String::as_str).collect::<Vec<_>>());
    let found = check("year-mismatch", &text);
    assert_eq!(found.len(), 1);
    assert!(
        found[0].message.contains("September 2023"),
        "{}",
        found[0].message
    );
    // Another month is the venue's date, not a slip; too few rows, or too
    // many that are not their ids' months, say nothing of the column.
    let other_month = text.replace("| 2024.9 |", "| 2024.5 |");
    assert!(lines("year-mismatch", &other_month).is_empty());
    // A reviewed venue of the date's year, or of no year, may have met in
    // that month: the date may be the venue's.
    for venue in ["COLING 2024", "ICLR"] {
        let venue_date = text.replace("| COLING 2025 |", &format!("| {venue} |"));
        assert!(lines("year-mismatch", &venue_date).is_empty(), "{venue}");
    }
    let preprint = text.replace("| COLING 2025 |", "| arXiv |");
    assert_eq!(lines("year-mismatch", &preprint).len(), 1);
    let few = seed_table(
        "S",
        &rows[5..].iter().map(String::as_str).collect::<Vec<_>>(),
    );
    assert!(lines("year-mismatch", &few).is_empty());
    let loose =
        text.replacen("| 2023.1 |", "| 2023.7 |", 1)
            .replacen("| 2023.2 |", "| 2023.8 |", 1);
    assert!(lines("year-mismatch", &loose).is_empty());
}
