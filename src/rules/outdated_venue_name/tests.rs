use crate::rules::testing::*;

fn table(venue: &str) -> String {
    seed_table(
        "S",
        &[&format!(
            "| [A](https://example.com/a) | {venue} | - | [Code](https://github.com/a/b) | 2019 |"
        )],
    )
}

#[test]
fn fires_on_nips_after_2017_with_a_safe_fix() {
    let text = table("NIPS 2019");
    let found = check("outdated-venue-name", &text);
    assert_eq!(found.len(), 1);
    assert_eq!(apply_fix(&text, &found[0]), table("NeurIPS 2019"));
}

#[test]
fn a_line_break_parts_the_venue_from_the_next_line() {
    // KwanWaiPang/Awesome-VLN: `` `NIPS`<br>Chinese Academy of Sciences ``,
    // the venue and the authors' institute on two lines.
    let text = table("`NIPS`<br>Chinese Academy of Sciences");
    assert_eq!(lines("outdated-venue-name", &text), [5]);
}

#[test]
fn reads_the_year_from_a_section_heading_that_is_a_year() {
    let section = |heading: &str, venue: &str| {
        format!(
            "# Papers\n\n## {heading}\n\n| Title | Venue | Paper |\n|---|---|---|\n\
             | A | NeurIPS | [paper](https://example.com/a) |\n\
             | B | {venue} | [paper](https://example.com/b) |\n"
        )
    };
    let text = section("2019", "NIPS");
    let found = check("outdated-venue-name", &text);
    assert_eq!(found.len(), 1);
    assert!(apply_fix(&text, &found[0]).contains("| B | NeurIPS |"));
    // Not before the rename, nor under a heading that is no bare year.
    for heading in ["2017", "Before 2019", "Vision"] {
        let text = section(heading, "NIPS");
        assert!(lines("outdated-venue-name", &text).is_empty(), "{heading}");
    }
}

#[test]
fn a_former_name_the_lists_glossary_spells_out_is_its_choice() {
    // SaeedShurrab's self-supervised medical imaging list: `NIPS`
    // under `## 2020`, its venue glossary spelling out `(NIPS)`.
    let list = |glossary: &str| {
        format!(
            "# Papers\n\n## Venues\n\n{glossary}\n## 2020\n\n| Title | Venue | Paper |\n|---|---|---|\n\
             | A | NIPS | [paper](https://example.com/a) |\n"
        )
    };
    let nips = "- **Annual Conference on Neural Information Processing Systems (NIPS)**\n";
    assert!(lines("outdated-venue-name", &list(nips)).is_empty());
    // Without it, or beside the current name, the row is reported.
    let both =
        format!("{nips}- **Conference on Neural Information Processing Systems (NeurIPS)**\n");
    for glossary in [
        "- **Medical Imaging with Deep Learning (MIDL)**\n",
        both.as_str(),
    ] {
        assert_eq!(
            lines("outdated-venue-name", &list(glossary)).len(),
            1,
            "{glossary}"
        );
    }
}

#[test]
fn earlier_editions_under_the_old_name_make_no_house_style() {
    // NIPS'16 and NIPS'17 were right then; NIPS'19, the one later
    // edition, is out of date even though the list never writes NeurIPS.
    let rows: Vec<String> = ["NIPS'16", "NIPS'16", "NIPS'17", "NIPS'17", "NIPS'19"]
        .iter()
        .enumerate()
        .map(|(i, v)| format!("| [P{i}](https://example.com/{i}) | {v} | - | - | - |"))
        .collect();
    let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
    assert_eq!(lines("outdated-venue-name", &seed_table("S", &rows)), [9]);
}

#[test]
fn reads_the_year_from_the_date_column() {
    let mut text = String::from("| Title | Venue | Date |\n|---|---|---|\n");
    for (i, (venue, date)) in [
        ("NIPS", "2023-10"),
        ("NIPS", "2016-12"),
        ("CVPR", "2021-06"),
    ]
    .iter()
    .enumerate()
    {
        text.push_str(&format!(
            "| [P{i}](https://example.com/{i}) | {venue} | {date} |\n"
        ));
    }
    let found = check("outdated-venue-name", &text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].message, "`NIPS` was renamed NeurIPS after 2017");
    assert!(apply_fix(&text, &found[0]).contains("| NeurIPS | 2023-10 |"));
}

#[test]
fn a_list_that_writes_nips_for_later_editions_throughout_keeps_its_spelling() {
    let rows = |venues: &[&str]| -> String {
        let rows: Vec<String> = venues
            .iter()
            .enumerate()
            .map(|(i, v)| {
                format!("| [P{i}](https://example.com/{i}) | {v} | - | [Code](https://github.com/a/b{i}) | 2019 |")
            })
            .collect();
        let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
        seed_table("S", &rows)
    };
    // Three of three later editions as NIPS (one before the rename does
    // not count either way): the list's choice.
    let text = rows(&["NIPS 2019", "NIPS 2021", "NIPS 2023", "NIPS 2016"]);
    assert!(lines("outdated-venue-name", &text).is_empty());
    // Three of five: the list has no settled spelling; each NIPS is reported.
    let text = rows(&[
        "NIPS 2019",
        "NIPS 2021",
        "NIPS 2023",
        "NeurIPS 2022",
        "NeurIPS 2024",
    ]);
    assert_eq!(lines("outdated-venue-name", &text).len(), 3);
    // Two rows are too few to call a convention.
    let text = rows(&["NIPS 2019", "NIPS 2021"]);
    assert_eq!(lines("outdated-venue-name", &text).len(), 2);
}

#[test]
fn a_list_that_never_writes_neurips_keeps_nips_on_rows_it_gives_no_year() {
    // Two rows dated by their arXiv ids, the rest by headings nas-lint
    // does not read (`**<h3>2022</h3>**`).
    let rows = |venues: &[&str]| -> String {
        let mut text = String::from("| Title | Venue |\n|---|---|\n");
        for (i, v) in venues.iter().enumerate() {
            let link = if i < 2 {
                format!("https://arxiv.org/abs/2305.1{i:04}")
            } else {
                format!("https://openreview.net/forum?id=p{i}")
            };
            text.push_str(&format!("| [Paper {i}]({link}) | {v} |\n"));
        }
        text
    };
    let text = rows(&["NIPS", "NIPS", "NIPS", "NIPS", "NIPS"]);
    assert!(lines("outdated-venue-name", &text).is_empty());
    // The list writes NeurIPS too: the two dated rows are slips.
    let text = rows(&["NIPS", "NIPS", "NIPS", "NIPS", "NeurIPS"]);
    assert_eq!(lines("outdated-venue-name", &text), [3, 4]);
    // Two rows are too few to call a convention.
    let text = rows(&["NIPS", "NIPS", "ICML", "ICML", "ICML"]);
    assert_eq!(lines("outdated-venue-name", &text), [3, 4]);
}

#[test]
fn quiet_on_nips_up_to_2017_and_on_neurips() {
    for venue in ["NIPS 2017", "NIPS'16", "NeurIPS 2019", "NeurIPS 2017"] {
        assert!(
            lines("outdated-venue-name", &table(venue)).is_empty(),
            "{venue}"
        );
    }
}

#[test]
fn reads_the_year_of_a_bare_venue_from_a_year_column_first() {
    // `|Year|Pub|Paper|`: the venue cells never name a year, the Year
    // column gives it (issue 9 item 4).
    let mut text = String::from("|Year|Pub|Paper|Repo|\n|:---:|:---:|:---:|:---:|\n");
    for (i, (year, venue)) in [
        ("2020", "NIPS"),
        ("2017", "NIPS"),
        ("2019", "CVPR"),
        ("2018", "ICCV"),
    ]
    .iter()
    .enumerate()
    {
        text.push_str(&format!(
            "|{year}|{venue}|[P{i}](https://example.com/{i})||\n"
        ));
    }
    let found = check("outdated-venue-name", &text);
    assert_eq!(lines("outdated-venue-name", &text), [3]);
    assert!(apply_fix(&text, &found[0]).contains("|2020|NeurIPS|[P0]"));
    // So is an impossible year of a bare venue.
    assert_eq!(lines("impossible-venue-year", &text), [6]);
}

#[test]
fn an_arxiv_id_long_after_the_rename_bounds_the_edition() {
    // `| NIPS | 2023-10 |` where the Date column is the arXiv month and
    // the venue cell names no year: the edition is 2023 or later.
    let mut text = String::from("| Title | Venue | Date |\n|---|---|---|\n");
    for (i, (id, venue, date)) in [
        ("2310.11511", "NIPS", "2023-10"),
        ("2305.18395", "NIPS Workshop", "2023-05"),
        ("2306.01234", "NeurIPS", "2023-06"),
        ("2307.01234", "ICLR", "2023-07"),
        // Posted a year after a NIPS 2017: within the slack.
        ("1805.01234", "NIPS", "2018-05"),
        ("1605.01234", "NIPS", "2016-05"),
    ]
    .iter()
    .enumerate()
    {
        text.push_str(&format!(
            "| [P{i}](https://arxiv.org/abs/{id}) | {venue} | {date} |\n"
        ));
    }
    let found = check("outdated-venue-name", &text);
    assert_eq!(lines("outdated-venue-name", &text), [3, 4]);
    assert_eq!(found[0].message, "`NIPS` was renamed NeurIPS after 2017");
    // The year is only bounded: the fix is offered as unsafe.
    let fix = found[0].fix.as_ref().expect("a fix");
    assert_eq!(fix.applicability, crate::diagnostic::Applicability::Unsafe);
    assert!(apply_fix(&text, &found[0]).contains("| NeurIPS | 2023-10 |"));
    // The arXiv id alone bounds it too (no date column).
    let text = table("NIPS").replace("| 2019 |", "| - |");
    let with_id = text.replace("https://example.com/a", "https://arxiv.org/abs/2105.01234");
    assert_eq!(lines("outdated-venue-name", &with_id), [5]);
    // An id from the year after the rename is within the slack.
    let with_id = text.replace("https://example.com/a", "https://arxiv.org/abs/1805.01234");
    assert!(lines("outdated-venue-name", &with_id).is_empty());
    // Without an id or a year, nothing is known.
    assert!(lines("outdated-venue-name", &text).is_empty());
}

#[test]
fn a_list_that_writes_nips_for_bounded_editions_throughout_keeps_its_spelling() {
    let mut text = String::from("| Title | Venue | Date |\n|---|---|---|\n");
    for i in 0..4 {
        text.push_str(&format!(
            "| [P{i}](https://arxiv.org/abs/230{i}.01234) | NIPS | 2023-0{i} |\n"
        ));
    }
    assert!(lines("outdated-venue-name", &text).is_empty());
}

#[test]
fn the_rename_years_edition_may_carry_either_name() {
    let header = "| Title | Venue | Code |\n|---|---|---|\n";
    let row = |venue: &str| format!("| [A](https://example.com/{venue}) | {venue} | |");
    // zhuxyme's super-resolution list: `NIPS18` twice, `NIPS 2019` once,
    // `NeurIPS 2020` once. Its 2018 rows show no house style, and are
    // no slip: the 2019 row is the one the list has to fix.
    let rows = ["NIPS18", "NIPS 2018", "NIPS 2019", "NeurIPS 2020"].map(row);
    let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
    assert_eq!(lines("outdated-venue-name", &table_of(header, &rows)), [5]);
    // Only a venue whose data says so: SysML met as MLSys in 2020, and
    // TNN was TNNLS from its first 2012 issue.
    for venue in ["SysML 2020", "IEEE TNN 2012"] {
        let text = table_of(header, &[&row(venue)]);
        assert_eq!(lines("outdated-venue-name", &text), [3], "{venue}");
    }
}

#[test]
fn a_former_name_outside_tables_after_its_rename_is_reported() {
    let text = "## Papers\n\n- [Deep Kernels for Few-Shot Learning Today](https://arxiv.org/abs/2001.00001), NIPS 2020.\n\
        - [Another Paper of the Same Kind Here](https://arxiv.org/abs/2001.00002), NeurIPS 2021.\n\
        - [An Older Paper of the Same Kind Here](https://arxiv.org/abs/1701.00002), NIPS 2017.\n";
    let found = check("outdated-venue-name", text);
    assert_eq!(found.len(), 1);
    assert_eq!(lines("outdated-venue-name", text), [3]);
    assert_eq!(found[0].message, "`NIPS` was renamed NeurIPS after 2017");
    assert_eq!(
        apply_fix(text, &found[0]),
        text.replace("NIPS 2020", "NeurIPS 2020")
    );
}

#[test]
fn a_list_that_keeps_the_former_name_outside_tables_has_chosen_it() {
    let item = |n: u32, venue: &str| {
        format!("- [Paper number {n} of this list](https://arxiv.org/abs/2001.0000{n}), {venue}.\n")
    };
    // Never the current name: the list's choice.
    let text: String = (1..=3)
        .map(|n| item(n, &format!("NIPS 20{}", 18 + n)))
        .collect();
    assert!(lines("outdated-venue-name", &text).is_empty());
    // The current name written too, the former one for most later editions.
    let text = format!("{text}{}", item(4, "NeurIPS 2023"));
    assert!(lines("outdated-venue-name", &text).is_empty());
    // Mostly the current name: the rest is a slip.
    let text: String = (1..=4)
        .map(|n| item(n, &format!("NeurIPS 20{}", 18 + n)))
        .chain([item(5, "NIPS 2023")])
        .collect();
    assert_eq!(lines("outdated-venue-name", &text), [5]);
}

#[test]
fn a_slip_of_the_current_name_counts_as_writing_it() {
    // operator22th/awesome-world-models-for-robots: `NIPS 2023` x3 and
    // `NIPS 2024` beside `NeurIPS 2024`, `Neulps 2024` and `Neurlps 2025`:
    // three of seven later editions are meant as NeurIPS, no house style.
    let item = |n: u32, venue: &str| {
        format!("- {venue}, Paper number {n} of this list. [Paper](https://arxiv.org/abs/2001.0000{n})\n")
    };
    let venues = [
        "NIPS 2023",
        "NIPS 2023",
        "NIPS 2023",
        "NIPS 2024",
        "NeurIPS 2024",
    ];
    let text: String = venues.iter().zip(1..).map(|(v, n)| item(n, v)).collect();
    assert!(lines("outdated-venue-name", &text).is_empty());
    // A listed misspelling (`NeulPS`) and a slip (`Neurlps`) of NeurIPS.
    let text = format!(
        "{text}{}{}",
        item(6, "Neulps 2024"),
        item(7, "Neurlps 2025")
    );
    assert_eq!(lines("outdated-venue-name", &text), [1, 2, 3, 4]);
}

#[test]
fn a_former_name_the_tables_keep_is_the_lists_choice_in_prose_too() {
    // ddz16: `| NIPS 2023 |` throughout the tables, "his talk at NIPS
    // 2024" in a paragraph.
    let mut text = String::from("A critique from his talk at NIPS 2024 is worth watching.\n\n| Title | Venue |\n|---|---|\n");
    for n in 1..=4 {
        text.push_str(&format!(
            "| [Paper number {n} of the list](https://arxiv.org/abs/2301.0000{n}) | NIPS 2023 |\n"
        ));
    }
    assert!(lines("outdated-venue-name", &text).is_empty());
}
