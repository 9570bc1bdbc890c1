use crate::rules::testing::*;

#[test]
fn a_preprint_named_in_the_year_cell_beside_a_preprint_venue_is_no_bad_year() {
    // Visual-AI's `| PrePrint | [Hasan](...) | *ArXiv* |`.
    let header = "| Year | Title | Pub. |\n|---|---|---|\n";
    let row = |year: &str, venue: &str| {
        format!("| {year} | [A paper](https://arxiv.org/abs/2307.03856) | {venue} |")
    };
    for (year, venue) in [("PrePrint", "*ArXiv*"), ("ArXiv", "Preprint")] {
        let text = table_of(header, &[&row(year, venue)]);
        assert!(check("invalid-year", &text).is_empty(), "{text}");
    }
    // Beside a real venue it is no year at all.
    let text = table_of(header, &[&row("Preprint", "CVPR")]);
    assert_eq!(check("invalid-year", &text).len(), 1);
    // Beside a year, the cells are swapped.
    let text = table_of(header, &[&row("Arxiv", "2019")]);
    assert!(check("invalid-year", &text).is_empty());
    assert_eq!(check("swapped-columns", &text).len(), 1, "{text}");
    // With no venue column there is no venue beside it.
    let text = table_of(
        "| Year | Title |\n|---|---|\n",
        &["| Preprint | [A paper](https://arxiv.org/abs/2307.03856) |"],
    );
    assert_eq!(check("invalid-year", &text).len(), 1, "{text}");
}

#[test]
fn a_year_then_the_preprints_beside_a_venue_then_its_preprint_is_no_bad_year() {
    // yasong's binary-analysis list: `S&P(Arxiv) | 2023(2021)`.
    let header = "| Title | Venue | Year |\n|---|---|---|\n";
    let row = |venue: &str, year: &str| {
        format!("| [XFL](https://arxiv.org/pdf/2107.13404.pdf) | {venue} | {year} |")
    };
    let text = table_of(header, &[&row("S&P(Arxiv)", "2023(2021)")]);
    assert!(check("invalid-year", &text).is_empty(), "{text}");
    // Beside a venue alone the earlier year in parentheses is out of order.
    let text = table_of(header, &[&row("S&P", "2023(2021)")]);
    assert_eq!(check("invalid-year", &text).len(), 1, "{text}");
    // And an impossible year stays one.
    let text = table_of(header, &[&row("S&P(Arxiv)", "2023(2091)")]);
    assert_eq!(check("invalid-year", &text).len(), 1, "{text}");
}

#[test]
fn a_venue_with_two_digits_of_its_year_is_a_year() {
    // lambda7xx/awesome-AI-system: `ATC'25`, `OSDI 25` under `Pub. & Date`,
    // venues nas-lint knows or not.
    let header = "| Title | Paper | Pub. & Date |\n|---|---|---|\n";
    let rows: Vec<String> = [
        "ATC'25",
        "SIGMETRICS'26",
        "OSDI 25",
        "Arxiv 25",
        "NSDI'26",
        "2024",
        "2024",
        "2024",
        "2023",
        "2023",
    ]
    .iter()
    .enumerate()
    .map(|(i, cell)| format!("| P{i} | [pdf](https://arxiv.org/abs/2501.000{i:02}) | {cell} |"))
    .collect();
    let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
    let found = lines("invalid-year", &table_of(header, &rows));
    assert!(found.is_empty(), "{found:?}");
    // A word that names no venue, with a number: still no year.
    for cell in [
        "Top 10", "Week 12", "Vol 12", "Fig 87", "COVID 19", "TBD 25", "Foo'21",
    ] {
        let mut with_word = rows.clone();
        let row = format!("| P | [pdf](https://arxiv.org/abs/2501.00099) | {cell} |");
        with_word.push(&row);
        assert_eq!(
            lines("invalid-year", &table_of(header, &with_word)).len(),
            1,
            "{cell}"
        );
    }
}

#[test]
fn an_unknown_acronym_glued_to_its_year_is_the_columns_form() {
    // hzwer/Awesome-Optical-Flow: `| Time | Paper | Repo |` with
    // `CVPR20`, `ECCV18` and `3DV21`, `GCPR18` (venues nas-lint does
    // not know).
    let header = "| Time | Paper | Repo |\n|---|---|---|\n";
    let cells = ["CVPR20", "ECCV18", "ICCV19", "3DV21", "GCPR18"];
    let rows: Vec<String> = cells
        .iter()
        .enumerate()
        .map(|(i, cell)| format!("| {cell} | [Flow {i}](https://arxiv.org/abs/2109.0754{i}) | - |"))
        .collect();
    let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
    let found = lines("invalid-year", &table_of(header, &rows));
    assert!(found.is_empty(), "{found:?}");
    // In a column of plain years, the same cells are no years.
    let plain: Vec<String> = rows
        .iter()
        .map(|r| {
            r.replace("CVPR20", "2020")
                .replace("ECCV18", "2018")
                .replace("ICCV19", "2019")
        })
        .collect();
    let plain: Vec<&str> = plain.iter().map(String::as_str).collect();
    let found = lines("invalid-year", &table_of(header, &plain));
    assert_eq!(found.len(), 2, "{found:?}");
    // Nor, in the venues' column, are a word in lower case or a
    // letter for a digit.
    let mut odd = rows.clone();
    odd.extend(&plain[..3]);
    odd.extend([
        "| Foo21 | [F](https://arxiv.org/abs/2109.07550) | - |",
        "| FG202O | [G](https://arxiv.org/abs/2109.07551) | - |",
    ]);
    assert_eq!(lines("invalid-year", &table_of(header, &odd)).len(), 2);
    // A table of two rows follows the list's other tables.
    let venues: Vec<String> = ["CVPR20", "ECCV18", "ICCV19", "WACV21", "BMVC19", "ICRA22"]
        .iter()
        .enumerate()
        .map(|(i, cell)| {
            format!("| {cell} | [Other {i}](https://arxiv.org/abs/2109.0756{i}) | - |")
        })
        .collect();
    let venues: Vec<&str> = venues.iter().map(String::as_str).collect();
    let short = format!(
        "{}\n{}",
        table_of(header, &venues),
        table_of(header, &rows[2..4])
    );
    assert!(lines("invalid-year", &short).is_empty());
    let short = format!(
        "{}\n{}",
        table_of(header, &plain),
        table_of(header, &rows[2..4])
    );
    assert_eq!(lines("invalid-year", &short).len(), 3, "{short}");
}

#[test]
fn marks_and_copies_of_the_header_are_no_years() {
    let header = "| Title | Year | Venue |\n|---|---|---|\n";
    let paper = |i: usize| format!("| [P{i}](https://arxiv.org/abs/2401.0000{i}) | 2024 | ICLR |");
    // A divider row of backslashes (jujingliuzy/Unlearning-LLM-papers),
    // and the header written again under the last paper.
    let rows = [
        paper(1),
        "| Multimodal: | \\ | \\ |".into(),
        paper(2),
        "| Title | Year | Venue |".into(),
    ];
    let text = table_of(header, &rows.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(
        lines("invalid-year", &text).is_empty(),
        "{:?}",
        lines("invalid-year", &text)
    );
    // A word under Year in a paper's row is still a bad year.
    let bad = "| [P3](https://arxiv.org/abs/2401.00003) | Announced | ICLR |".to_string();
    let rows = [paper(1), bad];
    let text = table_of(header, &rows.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(lines("invalid-year", &text).len(), 1);
}

#[test]
fn a_header_the_list_fills_with_no_dates_is_no_year_column_in_a_short_table_either() {
    // An LLM catalogue writes `MM/YY` under Date in every table.
    let header = "| Model | Link | Date |\n|---|---|---|\n";
    let row = |i: usize, date: &str| {
        format!("| M{i} | [paper](https://arxiv.org/abs/2401.0000{i}) | {date} |")
    };
    let big: Vec<String> = (0..6).map(|i| row(i, &format!("0{}/23", i + 1))).collect();
    let one = row(9, "01/25");
    let text = format!(
        "## Base\n\n{}\n\n## Reasoning\n\n{}",
        table_of(header, &big.iter().map(String::as_str).collect::<Vec<_>>()),
        table_of(header, &[&one])
    );
    assert!(lines("invalid-year", &text).is_empty());
    // Alone, the one-row table's cell is judged as a year.
    assert_eq!(lines("invalid-year", &table_of(header, &[&one])).len(), 1);
    // So is a bad year in a table whose other cells are years.
    let dated = [
        row(1, "2021"),
        row(2, "2021"),
        row(3, "2021"),
        row(4, "20211"),
    ];
    let text = format!(
        "## Base\n\n{}\n\n## Methods\n\n{}",
        table_of(header, &big.iter().map(String::as_str).collect::<Vec<_>>()),
        table_of(
            header,
            &dated.iter().map(String::as_str).collect::<Vec<_>>()
        )
    );
    assert_eq!(lines("invalid-year", &text).len(), 1);
    // A month's name and a two-digit year is a date, not a bad year.
    let named = [
        row(1, "2021"),
        row(2, "2021"),
        row(3, "2021"),
        row(4, "Oct-23"),
    ];
    let text = table_of(
        header,
        &named.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    assert!(lines("invalid-year", &text).is_empty());
}

#[test]
fn quiet_on_a_row_with_more_cells_than_its_header() {
    // A name cell added after the title shifts the date one cell right.
    let text = seed_table(
        "S",
        &["| [Clip-Eval: A Benchmark](https://arxiv.org/abs/2511.07250) | Clip-Eval | NeurIPS 2025 | Other | [Code](https://github.com/a/b) | 2025 |"],
    );
    assert!(lines("invalid-year", &text).is_empty());
    assert_eq!(lines("table-shape", &text), [5]);
    // The same row without the extra cell is judged as before.
    let text = seed_table(
        "S",
        &["| [Clip-Eval: A Benchmark](https://arxiv.org/abs/2511.07250) | NeurIPS 2025 | Other | [Code](https://github.com/a/b) | Clip-Eval |"],
    );
    assert_eq!(lines("invalid-year", &text), [5]);
}

fn table(year: &str) -> String {
    seed_table(
        "S",
        &[&format!(
            "| [A](https://example.com/a) | - | - | [Code](https://github.com/a/b) | {year} |"
        )],
    )
}

#[test]
fn a_venue_with_its_year_in_a_date_column_is_that_year() {
    // A video-generation list dates preprints `22.11` and papers by
    // their venue: `ECCV22`, `NIPS22`, `CVPR23 23.04`.
    let header = "| Name | Date | Affiliation |\n|---|---|---|\n";
    let rows: Vec<String> = [
        "21.04",
        "ECCV22",
        "NIPS22",
        "CVPR23 23.04",
        "22.10",
        "Blah22",
    ]
    .iter()
    .enumerate()
    .map(|(i, date)| format!("| [Model {i}](https://arxiv.org/abs/2211.1000{i}) | {date} | Lab |"))
    .collect();
    let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
    assert_eq!(lines("invalid-year", &table_of(header, &rows)), [8]);
}

#[test]
fn two_lines_of_years_are_two_publications() {
    // WenyanLiu's reading list: `TODS<br>SIGMOD | 2017<br>2014`.
    for year in ["2017<br>2014", "2016 <br> 2014", "**2017**<br/>2014"] {
        assert!(lines("invalid-year", &table(year)).is_empty(), "{year}");
    }
    assert_eq!(lines("invalid-year", &table("20211<br>2014")), [5]);
}

#[test]
fn fires_on_implausible_years() {
    for year in ["20211", "1750", "2031", "soon", "2021.13.01", "2021(2019)"] {
        assert_eq!(lines("invalid-year", &table(year)), [5], "{year}");
    }
}

#[test]
fn a_year_with_a_range_mark_stands_for_the_years_up_to_it() {
    // Round 65, DAVIAN-Lab/Paper-study: `| ~ 2019 | [Link](paper-list(~2019).md) |`
    // opens the archive of earlier sessions.
    for year in ["~ 2019", "<2018", "before 2016", "2020~"] {
        assert!(lines("invalid-year", &table(year)).is_empty(), "{year}");
    }
    for year in ["~ 2039", "~ soon", "< 20211"] {
        assert_eq!(lines("invalid-year", &table(year)), [5], "{year}");
    }
}

#[test]
fn a_classic_of_the_1800s_is_a_plausible_year() {
    // Shaped like an emotion list's table of books.
    let books = |year: &str| {
        format!(
            "# L\n\n## Books\n\n| Cover | Title | Author(s) | Year | Publisher | Link |\n|---|---|---|---|---|---|\n\
             | 📖 | **Feelings Revealed** | A. Author | 2003 | Press | [Shop](https://example.com/a) |\n\
             | 📖 | **The Expression of Feelings** | C. Author | {year} | Press | [PDF](https://example.com/b) |\n"
        )
    };
    assert!(lines("invalid-year", &books("1872")).is_empty());
    assert!(lines("invalid-year", &table("1872")).is_empty());
    assert_eq!(lines("invalid-year", &books("1750")), [8]);
}

#[test]
fn quiet_on_years_dates_and_placeholders() {
    for year in [
        "2021",
        "2021.05.30",
        "2021-05",
        "2027",
        "-",
        "",
        "202105",
        "20210530",
        "arxiv 21.05",
        "2019(2021)",
        "2019 (2021)",
    ] {
        assert!(lines("invalid-year", &table(year)).is_empty(), "{year}");
    }
}

fn dated(first: &str, rest: &str) -> String {
    let mut text = String::from("| Date | Authors | Title |\n|---|---|---|\n");
    text.push_str(&format!(
        "| {first} | A. B | [A](https://example.com/a) |\n"
    ));
    for i in 0..4 {
        text.push_str(&format!(
            "| {rest} | A. B | [P{i}](https://example.com/{i}) |\n"
        ));
    }
    text
}

#[test]
fn a_compact_date_column_is_read_as_dates() {
    assert!(lines("invalid-year", &dated("202511", "202402")).is_empty());
    assert!(lines("invalid-year", &dated("20251103", "20240229")).is_empty());
    // A digit lost in a column of YYYYMM dates is still no date.
    let text = dated("20251", "202402");
    assert_eq!(lines("invalid-year", &text), [3]);
    let help = check("invalid-year", &text)[0].help.clone();
    assert!(
        help.as_deref().unwrap_or("").contains("`202105`"),
        "{help:?}"
    );
}

#[test]
fn a_year_header_over_cells_that_are_no_dates_is_no_year_column() {
    let mut text = String::from("| **Year** | **Pub.** | **Title** |\n|---|---|---|\n");
    for i in 0..4 {
        text.push_str(&format!(
            "| TPAMI<br><sup>2025</sup> | <sup>`M{i}`</sup> | [P{i}](https://example.com/{i}) |\n"
        ));
    }
    assert!(lines("invalid-year", &text).is_empty());
    // One slip in a column of years is still reported.
    let mut text = String::from("| Year | Venue | Title |\n|---|---|---|\n");
    text.push_str("| soon | CVPR | [A](https://example.com/a) |\n");
    for i in 0..3 {
        text.push_str(&format!(
            "| 2021 | CVPR | [P{i}](https://example.com/{i}) |\n"
        ));
    }
    assert_eq!(lines("invalid-year", &text), [3]);
}

#[test]
fn a_year_column_of_venue_and_year_reads_long_venue_names_too() {
    let mut text = String::from("| Title | Abstract | Year | Project |\n|---|---|---|---|\n");
    for (i, year) in [
        "TITS 2020",
        "Applied sciences 2021",
        "ESEC/FSE 2022",
        "ACM Computing Surveys 2025",
        "Arxiv 2024",
        "AIR",
    ]
    .iter()
    .enumerate()
    {
        text.push_str(&format!(
            "| [P{i}](https://example.com/{i}) | <details><summary>Details</summary> </details> | {year} | |\n"
        ));
    }
    // Only the venue without its year is no year.
    assert_eq!(lines("invalid-year", &text), [8]);
}

fn venue_year_column(cells: &[&str]) -> String {
    let mut text = String::from("| Paper | repo | year | note |\n|---|---|---|---|\n");
    for (i, year) in cells.iter().enumerate() {
        text.push_str(&format!(
            "| [P{i}](https://arxiv.org/abs/2403.0000{i}) | [repo](https://github.com/a/b{i}) | {year} | |\n"
        ));
    }
    text
}

#[test]
fn one_year_among_a_venue_and_marks_is_that_year() {
    // A tracking list's year column: venue, year, a mark for "no code".
    let text = venue_year_column(&[
        "ECCV 2024",
        "ECCV 2024 (×)",
        "ECCV-TAO-2020",
        "CVPR 2023 (Highlight)",
        "ECCV 2024 (v2)",
        "ECCV 2O24 (×)",
        "ECCV 20241 (×)",
        "ECCV 2031 (×)",
    ]);
    // Another number, a letter for a digit, a longer run, a year out of
    // range: reported as before.
    assert_eq!(lines("invalid-year", &text), [7, 8, 9, 10]);
    // The venue rules read the cell as they read `ICLR 2010`.
    let text = venue_year_column(&["ICLR 2010", "ICLR 2010 (×)", "ECCV 2021 (×)"]);
    assert!(lines("invalid-year", &text).is_empty());
    assert_eq!(lines("impossible-venue-year", &text), [3, 4, 5]);
}

#[test]
fn a_span_of_years_or_two_versions_dates_is_a_year_cell() {
    // A project's lifetime, a series since 1993, two versions of one work.
    // A span whose end keeps two digits (`2021–24`, `2008/22`).
    for date in [
        "2005-2026",
        "1993-",
        "2021.07 / 2022.05",
        "2021–24",
        "2008/22",
    ] {
        assert!(
            lines("invalid-year", &dated(date, "2024.02")).is_empty(),
            "{date}"
        );
    }
    // A span that ends before it starts, or a bad year in a pair, is no year.
    for date in ["2023-2019", "1799-2020", "2021.07 / 2O22.05", "2024/19"] {
        assert_eq!(
            lines("invalid-year", &dated(date, "2024.02")),
            [3],
            "{date}"
        );
    }
}

#[test]
fn a_date_without_end_is_no_bad_year() {
    // Wanying-He's social-simulation list dates a platform developed
    // without end `ongoing`, as others write `2019-present`.
    for date in ["ongoing", "Present", "continuous"] {
        assert!(lines("invalid-year", &table(date)).is_empty(), "{date}");
    }
    assert_eq!(lines("invalid-year", &table("going")), [5]);
}

#[test]
fn a_preprint_s_yymm_in_a_time_column_is_its_date() {
    // lihong2303's 3D datasets: `| time | paper |` over `CVPR 2024` and
    // `ArXiv 2212`, the preprint's id opening with 2212.
    let header = "| time | paper | Sources |\n|---|---|---|\n";
    let rows = [
        "| CVPR 2024 | [Paint-it: Text-to-Texture Synthesis](https://arxiv.org/pdf/2312.11360) | - |",
        "| ArXiv 2212 | [GeoCode: Interpretable Shape Programs](https://arxiv.org/pdf/2212.11715) | - |",
        "| ArXiv 2213 | [Another Shape Program Paper](https://arxiv.org/pdf/2211.11715) | - |",
    ];
    assert_eq!(lines("invalid-year", &table_of(header, &rows)), [5]);
}

#[test]
fn a_date_with_a_note_in_parentheses_is_that_date() {
    // tfatykhov's agent-memory list: a first posting and its revision.
    let header = "| Paper | Date |\n|---|---|\n";
    let row = |date: &str| format!("| [A paper](https://arxiv.org/abs/2507.05257) | {date} |");
    let text = table_of(
        header,
        &[
            &row("Jul 2025 (revised Mar 2026)"),
            &row("Mar 2026 (rev May 2026)"),
        ],
    );
    assert!(lines("invalid-year", &text).is_empty());
    // A number or a mark in the parentheses may be part of the date.
    let text = table_of(
        header,
        &[&row("Jul 2025"), &row("Aug 2025"), &row("2024 (×)")],
    );
    assert_eq!(lines("invalid-year", &text), [5]);
}

#[test]
fn a_project_s_state_where_papers_give_a_date_is_no_bad_year() {
    let header = "| Paper | Date |\n|---|---|\n";
    let rows = [
        "| [A paper](https://arxiv.org/abs/2507.05257) | Oct 2025 |",
        "| [A second paper](https://arxiv.org/abs/2507.05259) | Sep 2025 |",
        "| [A third paper](https://arxiv.org/abs/2507.05260) | Aug 2025 |",
        "| [tinyHippo](https://github.com/max-talanov/tinyHippo) | Active |",
        "| [Membrain](https://github.com/tfatykhov/membrain) | Active |",
    ];
    assert!(lines("invalid-year", &table_of(header, &rows)).is_empty());
    // On a paper's row the word is a bad year still, its code linked or not.
    let paper = "| [Another paper](https://arxiv.org/abs/2507.05258) [code](https://github.com/a/b) | Active |";
    let text = table_of(header, &[rows[0], rows[1], rows[2], paper]);
    assert_eq!(lines("invalid-year", &text), [6]);
    // A month without its year is a date cut short, wherever the row links.
    let month = "| [DDPM](https://github.com/hojonathanho/diffusion) | March |";
    let text = table_of(header, &[rows[0], rows[1], rows[2], month]);
    assert_eq!(lines("invalid-year", &text), [6]);
    // So is a row with no link at all.
    let unlinked = "| A paper without a link | Active |";
    let text = table_of(header, &[rows[0], rows[1], rows[2], unlinked]);
    assert_eq!(lines("invalid-year", &text), [6]);
}
