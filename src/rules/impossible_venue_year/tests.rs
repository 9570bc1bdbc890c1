use crate::rules::testing::*;

fn table(venue: &str) -> String {
    seed_table(
        "S",
        &[&format!(
            "| [A](https://example.com/a) | {venue} | - | [Code](https://github.com/a/b) | - |"
        )],
    )
}

#[test]
fn fires_on_off_years_early_years_and_future_years() {
    for venue in [
        "ICCV 2020",
        "ECCV 2021",
        "ICLR 2012",
        "TMLR 2021",
        "CVPR 2031",
        "ICCV'22",
        // Zakiyi's medical lists: an IPMI 2017 paper under 2016.
        "IPMI 2016",
        // zhijing-jin/NLP4SocialGood_Papers L574: AIES first met in 2018.
        "AIES 2017",
        "FAccT 2017",
        // benedekrozemberczki's decision-tree papers: a 1991 DARPA
        // workshop paper as `(NAACL 1991)`; NAACL first met in 2000.
        "NAACL 1991",
        "EACL 1982",
    ] {
        assert_eq!(
            lines("impossible-venue-year", &table(venue)),
            [5],
            "{venue}"
        );
    }
}

#[test]
fn outside_tables_a_venue_with_its_year() {
    // ExeCuteRunrunrun's dialogue bullets: `ECCV2019`. Classic papers'
    // two-digit years are of the 1900s (`[JACM'76]`, `TOPLAS '82`).
    let text =
        "# L\n\n- [Paper A](https://a.org/a) ECCV2019\n- [Paper B](https://a.org/b) ECCV 2020\n\n\
                [JACM'76] [Paper C](https://a.org/c)\n\n- Paper D. TOPLAS '82.\n\n\
                - [Paper E](https://a.org/e) ICCV‘20\n\
                - Paper F | **[ICCV' 20]** | [pdf](https://a.org/f)\n";
    assert_eq!(lines("impossible-venue-year", text), [3, 10, 11]);
    // Not in a heading or an address; two mentions one mark apart are
    // both read; a table without outer pipes is the row check's alone.
    let text = "# L\n\n## ECCV 2019 papers\n\n- [a](https://www.google.com/search?q=deep+ECCV2019) <https://x.org/a,ECCV2019>\n\
                - Paper. CVPR 2019,ICCV 2020\n\n\
                Title | Venue\n--- | ---\n[Paper E](https://a.org/e) | ECCV 2019\n";
    let found = check("impossible-venue-year", text);
    assert_eq!(lines("impossible-venue-year", text), [6, 10], "{found:?}");
}

fn year_column_table(rows: &[(&str, &str)]) -> String {
    let mut text = String::from("| Title | Venue | Year |\n|---|---|---|\n");
    for (i, (venue, year)) in rows.iter().enumerate() {
        text.push_str(&format!(
            "| [P{i}](https://example.com/{i}) | {venue} | {year} |\n"
        ));
    }
    text
}

#[test]
fn reads_the_year_from_the_year_column() {
    let text = year_column_table(&[
        ("ECCV", "2019"),
        ("ICCV", "2022"),
        ("CVPR", "2021"),
        ("ECCV", "2020"),
        ("ICCV", "2021"),
    ]);
    assert_eq!(lines("impossible-venue-year", &text), [3, 4]);
    let found = check("impossible-venue-year", &text);
    assert_eq!(
        found[0].message,
        "there was no ECCV 2019: it is held in even years only"
    );
}

#[test]
fn a_biennial_venue_that_became_annual_is_judged_by_its_new_rhythm() {
    // ICDAR: odd years until 2023, every year since.
    let text = year_column_table(&[("ICDAR", "2024"), ("ICDAR", "2025"), ("ICDAR", "2020")]);
    assert_eq!(lines("impossible-venue-year", &text), [5]);
    // SOSP: odd years, alternating with OSDI, until 2023; every year
    // since 2024 (pingcap/awesome-database-learning's `2010, ..., SOSP`).
    let text = year_column_table(&[("SOSP", "2024"), ("SOSP", "2023"), ("SOSP", "2010")]);
    assert_eq!(lines("impossible-venue-year", &text), [5]);
}

#[test]
fn a_venue_whose_rhythm_settled_is_judged_by_it_from_then_on() {
    // ACCV: 2007 and 2009, then even years from 2010.
    let text = year_column_table(&[("ACCV", "2009"), ("ACCV", "2018"), ("ACCV", "2019")]);
    assert_eq!(lines("impossible-venue-year", &text), [5]);
}

#[test]
fn a_span_of_years_names_a_real_edition_when_either_end_does() {
    // `ICCV / arXiv | 2024–2025`: posted in 2024, at ICCV 2025; `2019-20`:
    // ICCV 2019. A span of two even years names none.
    let text = year_column_table(&[
        ("ICCV / arXiv", "2024–2025"),
        ("CVPR", "2021"),
        ("ICCV", "2019-2020"),
        ("ICCV", "2021-22"),
        ("ICCV", "2018"),
        ("ICCV", "2016-2018"),
        ("ICCV", "2017"),
    ]);
    assert_eq!(lines("impossible-venue-year", &text), [7, 8]);
}

#[test]
fn quiet_when_the_year_may_be_the_preprint_s() {
    // arXiv 1911: ECCV 2020 took the paper; the Year column says when it
    // was posted. With an arXiv id of another year the row is wrong.
    let mut text = String::from("| Title | Venue | Year |\n|---|---|---|\n");
    text.push_str("| [A](https://arxiv.org/abs/1911.00001) | ECCV | 2019 |\n");
    text.push_str("| [B](https://arxiv.org/abs/1803.00002) | ECCV | 2019 |\n");
    assert_eq!(lines("impossible-venue-year", &text), [4]);
}

#[test]
fn a_year_column_of_venue_years_gets_no_preprint_excuse() {
    // neptune-T's style-transfer list: `| CVPR | 2016 |` on 1511.xxxxx
    // shows its years are the venues'; PoseNormGAN's `ECCV | 2017` on
    // 1712.02225 is then a slip (ECCV 2018), not a preprint year.
    let mut text = String::from("| Title | Venue | Year |\n|---|---|---|\n");
    for (id, venue, year) in [
        ("1511.06434", "ICLR", "2016"),
        ("1512.03385", "CVPR", "2016"),
        ("1611.07004", "CVPR", "2017"),
        ("1710.10196", "ICLR", "2018"),
        ("1712.02225", "ECCV", "2017"),
    ] {
        text.push_str(&format!(
            "| [P{id}](https://arxiv.org/abs/{id}) | {venue} | {year} |\n"
        ));
    }
    assert_eq!(lines("impossible-venue-year", &text), [7]);
}

#[test]
fn small_tables_judge_their_year_column_by_the_whole_list() {
    // ahmeterdempmk's tokenization list: small tables under one header,
    // none with three venue years of its own; together they show the
    // Year column gives the venue's year, so `AACL | 2019` on a 2019
    // preprint is no preprint year (AACL began in 2020).
    let mut text = String::new();
    let rows = [
        ("1511.06434", "ICLR", "2016"),
        ("1512.03385", "CVPR", "2016"),
        ("1611.07004", "CVPR", "2017"),
        ("1710.10196", "ICLR", "2018"),
        ("1909.00001", "AACL", "2019"),
    ];
    for (i, (id, venue, year)) in rows.iter().enumerate() {
        text.push_str(&format!(
            "## Topic {i}\n\n| Title | Venue | Year |\n|---|---|---|\n| [P{id}](https://arxiv.org/abs/{id}) | {venue} | {year} |\n\n"
        ));
    }
    let aacl = text.lines().position(|l| l.contains("AACL")).unwrap() + 1;
    assert_eq!(lines("impossible-venue-year", &text), [aacl]);
    // Alone, the AACL table has the preprint-year excuse.
    let alone = text[text.find("## Topic 4").unwrap()..].to_string();
    assert!(lines("impossible-venue-year", &alone).is_empty());
}

#[test]
fn quiet_when_the_date_column_is_the_arxiv_date() {
    // The Date column repeats each arXiv id's year and month: it dates the
    // preprint, which may come a year before the venue.
    let rows = [
        (
            "| [A](https://arxiv.org/abs/1911.00001) | ECCV |",
            "2019-11",
        ),
        (
            "| [B](https://arxiv.org/abs/2003.00002) | ICCV |",
            "2020-03",
        ),
        (
            "| [C](https://arxiv.org/abs/2105.00003) | CVPR |",
            "2021-05",
        ),
        (
            "| [D](https://arxiv.org/abs/2207.00004) | ECCV |",
            "2022-07",
        ),
    ];
    let mut text = String::from("| Title | Venue | Date |\n|---|---|---|\n");
    for (row, date) in rows {
        text.push_str(&format!("{row} {date} |\n"));
    }
    assert!(lines("impossible-venue-year", &text).is_empty());
}

#[test]
fn an_edition_held_late_makes_its_year_real() {
    // ICPR is held in even years, but ICPR 2020 met in January 2021
    // (rules/venues.toml, held_late): 2021 is quiet, 2019 and 2023 are
    // not, in the venue cell as in a year column.
    assert!(lines("impossible-venue-year", &table("ICPR 2021")).is_empty());
    assert!(lines("impossible-venue-year", &table("ICPR 2020")).is_empty());
    assert_eq!(lines("impossible-venue-year", &table("ICPR 2019")), [5]);
    let text = year_column_table(&[("ICPR", "2021"), ("ICPR", "2019"), ("ICPR", "2023")]);
    assert_eq!(lines("impossible-venue-year", &text), [4, 5]);
}

#[test]
fn quiet_on_real_editions() {
    for venue in [
        "ICCV 2019",
        "ECCV 2020",
        "ICLR 2013",
        "CVPR 2027",
        "arXiv 2030",
        "ICCV",
        "AIES 2018",
        "NAACL 2000",
        "HLT-NAACL 2003",
        "EACL 1983",
    ] {
        assert!(
            lines("impossible-venue-year", &table(venue)).is_empty(),
            "{venue}"
        );
    }
}
