use crate::rules::testing::*;

pub(super) fn table(arxiv: &str, venue: &str, year: &str) -> String {
    seed_table("S", &[&format!("| [A](https://arxiv.org/abs/{arxiv}) | {venue} | - | [Code](https://github.com/a/b) | {year} |")])
}

/// The table above with a second copy of the paper, dated `later` (seed
/// lines 175 and 199: ICML 2018 and ICML 2019 on one arXiv id).
fn with_a_later_copy(arxiv: &str, venue: &str, year: &str, later: &str) -> String {
    let row = |venue: &str, year: &str| {
        format!("| [A](https://arxiv.org/abs/{arxiv}) | {venue} | - | [Code](https://github.com/a/b) | {year} |")
    };
    seed_table("S", &[&row(venue, year), &row(later, "-")])
}

#[test]
fn quiet_when_the_rows_date_is_the_preprints_month() {
    // Published at CoRL 2022, posted to arXiv in March 2024: the Date
    // column records the posting, so the list knows.
    assert!(check(
        "year-before-preprint",
        &table("2403.09227", "CoRL 2022", "2024-03-14")
    )
    .is_empty());
    // Three years later is rare enough to question (CoRL 2018, posted
    // in September 2021).
    assert_eq!(
        lines(
            "year-before-preprint",
            &table("2109.13396", "CoRL 2018", "2021-09-27")
        ),
        [5]
    );
    // A Date that names another month is no such record.
    assert_eq!(
        lines(
            "year-before-preprint",
            &table("2403.09227", "CoRL 2022", "2023-03-14")
        ),
        [5]
    );
}

#[test]
fn fires_once_when_venue_or_year_predate_the_preprint() {
    let found = check(
        "year-before-preprint",
        &with_a_later_copy("1902.09635", "ICML 2018", "2018", "ICML 2019"),
    );
    assert_eq!(found.len(), 1);
    assert!(
        found[0].message.contains("1902.09635 (February 2019)"),
        "{}",
        found[0].message
    );
    assert_eq!(
        lines("year-before-preprint", &table("1902.09635", "-", "2018")),
        [5]
    );
}

#[test]
fn names_the_cell_that_is_too_early() {
    let found = check("year-before-preprint", &table("1902.09635", "-", "2018"));
    assert_eq!(
        found[0].message,
        "Date 2018 is earlier than the arXiv preprint 1902.09635 (February 2019)"
    );
    let found = check(
        "year-before-preprint",
        &table("1902.09635", "ICML 2018", "2019"),
    );
    assert!(
        found[0].message.starts_with("ICML 2018 is earlier"),
        "{}",
        found[0].message
    );
}

#[test]
fn quiet_on_preprints_posted_shortly_after_a_late_venue() {
    // NeurIPS meets in December: a February preprint still fits it.
    assert!(lines(
        "year-before-preprint",
        &table("2002.08012", "NeurIPS 2019", "2019")
    )
    .is_empty());
    // ICML meets in July: a preprint seven months later does not.
    assert_eq!(
        lines(
            "year-before-preprint",
            &table("1902.09635", "ICML 2018", "2019")
        ),
        [5]
    );
    // Posted months after the venue, but in the same year: common and fine.
    assert!(lines(
        "year-before-preprint",
        &table("1908.11514", "WWW 2019", "2019")
    )
    .is_empty());
}

#[test]
fn quiet_on_later_years_and_on_january_ids_of_the_year_before() {
    assert!(lines(
        "year-before-preprint",
        &table("1902.09635", "ICML 2019", "2019")
    )
    .is_empty());
    assert!(lines("year-before-preprint", &table("2301.01286", "-", "2022")).is_empty());
    assert!(lines(
        "year-before-preprint",
        &table("2006.12986", "ICLR 2020", "2020")
    )
    .is_empty());
}

#[test]
fn an_arxiv_venue_has_no_january_grace() {
    // A January id under `arXiv` of the year before: the preprint's
    // year is the id's own, past the year-end batch.
    for venue in ["arXiv 2025", "ArXiv 2025", "Preprint 2025"] {
        let found = check("year-before-preprint", &table("2601.06676", venue, "-"));
        assert_eq!(found.len(), 1, "{venue}");
        assert_eq!(
            found[0].message,
            format!("{venue} is earlier than the arXiv preprint 2601.06676 (January 2026)")
        );
    }
    // One of the first ids of a January: maybe submitted in the last
    // days of December, announced after the holiday break.
    assert!(lines(
        "year-before-preprint",
        &table("2601.00512", "arXiv 2025", "-")
    )
    .is_empty());
    // The id's own year, or a December conference's year.
    assert!(lines(
        "year-before-preprint",
        &table("2601.06676", "arXiv 2026", "-")
    )
    .is_empty());
    assert!(lines(
        "year-before-preprint",
        &table("2601.06676", "NeurIPS 2025", "-")
    )
    .is_empty());
}

#[test]
fn a_year_column_beside_a_bare_arxiv_venue_dates_the_preprint() {
    let mut text = String::from("|Year|Venue|Paper Title|\n|---|---|---|\n");
    text.push_str("|2025|`arXiv`|[A](https://arxiv.org/pdf/2601.19887)|\n");
    text.push_str("|2025|preprint|[B](https://arxiv.org/abs/2601.22984)|\n");
    text.push_str("|2025|`arXiv`|[C](https://arxiv.org/abs/2601.00701)|\n");
    text.push_str("|2026|`arXiv`|[D](https://arxiv.org/abs/2601.05503)|\n");
    text.push_str("|2025|`NeurIPS`|[E](https://arxiv.org/abs/2601.05504)|\n");
    text.push_str("|2025|-|[F](https://arxiv.org/abs/2601.05505)|\n");
    let found = check("year-before-preprint", &text);
    assert_eq!(
        found.iter().map(|d| d.message.as_str()).collect::<Vec<_>>(),
        [
            "Year 2025 is earlier than the arXiv preprint 2601.19887 (January 2026)",
            "Year 2025 is earlier than the arXiv preprint 2601.22984 (January 2026)",
        ]
    );
}

#[test]
fn a_bare_arxiv_venue_years_before_its_id_is_no_old_paper_posted_late() {
    // Tomsawyerhu/Awesome-Personalized-Alignment: `2023 | arxiv` on an id of
    // August 2025, in a table whose Year gives the venue's year.
    let mut text = String::from("| Paper | Year | Source |\n|---|---|---|\n");
    for (id, year, venue) in [
        ("2508.20312", "2023", "arxiv"),
        ("2305.10001", "2023", "ACL"),
        ("2306.10002", "2023", "EMNLP"),
        ("2401.10003", "2024", "ICLR"),
        ("2402.10004", "2024", "NAACL"),
        ("2403.10005", "2024", "arxiv"),
        ("2107.10006", "2019", "NeurIPS"),
    ] {
        text.push_str(&format!(
            "| [P {id}](https://arxiv.org/abs/{id}) | {year} | {venue} |\n"
        ));
    }
    // The NeurIPS row is an old paper posted late; the arXiv row is not.
    assert_eq!(lines("year-before-preprint", &text), [3]);
}

#[test]
fn a_venue_year_off_by_one_is_reported_when_the_list_dates_the_paper_later() {
    // Posted five to twelve months after the meeting, in the next year,
    // and the row's own year column gives the later year...
    for (id, venue, year) in [
        ("2505.09698", "CoRL 2024", "2025"),
        ("1902.09635", "ICML 2018", "2019"),
    ] {
        assert_eq!(
            lines("year-before-preprint", &table(id, venue, year)),
            [5],
            "{venue}"
        );
    }
    // ...or another copy of the paper does.
    assert_eq!(
        lines(
            "year-before-preprint",
            &with_a_later_copy("1902.09635", "ICML 2018", "2018", "ICML 2019")
        ),
        [5]
    );
    // A copy under another id, or one as early, is no such evidence.
    let other_id = with_a_later_copy("1902.09635", "ICML 2018", "2018", "ICML 2019").replacen(
        "1902.09635",
        "1902.09636",
        1,
    );
    assert!(lines("year-before-preprint", &other_id).is_empty());
    assert!(lines(
        "year-before-preprint",
        &with_a_later_copy("1902.09635", "ICML 2018", "2018", "ICML 2018")
    )
    .is_empty());
    // ...or the table's Date column dates its rows by their preprints, and
    // this row's date is as early as its venue (ManipBench: CoRL 2024 and
    // 2024-05-14 on a May 2025 id).
    let mut dated = String::from("| Title | Venue | Date |\n|---|---|---|\n");
    for (id, date) in [
        ("2403.01111", "2024-03-02"),
        ("2404.02222", "2024-04-03"),
        ("2406.03333", "2024-06-04"),
    ] {
        dated.push_str(&format!(
            "| [T](https://arxiv.org/abs/{id}) | CVPR 2024 | {date} |\n"
        ));
    }
    dated.push_str("| [M](https://arxiv.org/abs/2505.09698) | CoRL 2024 | 2024-05-14 |\n");
    assert_eq!(lines("year-before-preprint", &dated), [6]);
    // There, a row dated at its preprint's year is the late posting again.
    let later = dated.replace("| CoRL 2024 | 2024-05-14 |", "| CoRL 2024 | 2025-06-14 |");
    assert!(lines("year-before-preprint", &later).is_empty());
    // Without it, the row is what a conference paper first posted months
    // later looks like (DecompDiff: ICML 2023, arXiv March 2024).
    assert!(lines(
        "year-before-preprint",
        &table("2403.07902", "ICML 2023", "2023")
    )
    .is_empty());
    // A preprint's year is the id's own.
    assert_eq!(
        lines(
            "year-before-preprint",
            &table("2303.11435", "Preprint'22", "2022")
        ),
        [5]
    );
}

#[test]
fn quiet_on_papers_posted_to_arxiv_after_publication() {
    for (id, venue, year) in [
        // Four months after a November meeting: a late posting.
        ("2203.06852", "ICDM 2021", "2021"),
        ("2603.28732", "BMVC25", "2025"),
        // Eighteen months after: an old paper posted late.
        ("2102.00397", "IJCAI 2019", "2019"),
        // A journal's year is fuzzy, and accepted papers are posted late.
        ("1904.08671", "TIP 2015", "2015"),
        ("1904.08671", "TPAMI 2018", "2018"),
        // Later in the venue's own year.
        ("2312.00853", "CVPR 2023", "2023"),
    ] {
        assert!(
            lines("year-before-preprint", &table(id, venue, year)).is_empty(),
            "{venue} {id}"
        );
    }
    // A bare venue with its year in the Year column, years before the id.
    let mut text = String::from("|Year|Venue|Paper|\n|---|---|---|\n");
    text.push_str("|2015|TIP|[A](https://arxiv.org/pdf/1904.08671.pdf)|\n");
    text.push_str("|2015|-|[B](https://arxiv.org/abs/1904.08672)|\n");
    text.push_str("|2019|CVPR|[C](https://arxiv.org/abs/1904.08673)|\n");
    assert!(lines("year-before-preprint", &text).is_empty());
    // A year one before the id is still reported.
    let text = text.replace("|2015|-|", "|2018|-|");
    assert_eq!(lines("year-before-preprint", &text), [4]);
}

#[test]
fn quiet_beside_a_venue_the_data_does_not_know() {
    // A workshop paper of 2020 posted to arXiv the next April: the
    // venue is not in the data, so its year has nothing to be judged by.
    let mut text = String::from("|Year|Venue|Title|Code|\n|---|---|---|---|\n");
    text.push_str("|2019|ICCV|[A](https://openaccess.thecvf.com/a.pdf)||\n");
    text.push_str(
        "|2020|WSDR|[B](https://arXiv.org/pdf/2104.06901.pdf)|[Code](https://github.com/a/b)|\n",
    );
    text.push_str("|2020|ECCV|[C](https://arXiv.org/pdf/2008.02231.pdf)||\n");
    assert!(lines("year-before-preprint", &text).is_empty());
    // Beside a venue that is empty, the year is still judged.
    let text = text.replace("|2020|WSDR|", "|2020|-|");
    assert_eq!(lines("year-before-preprint", &text), [4]);
    // A Date column that follows the arXiv ids dates the preprints:
    // one row that breaks it is judged, whatever its venue.
    let mut text = String::from("| Title | Venue | Date |\n|---|---|---|\n");
    text.push_str("| [A](https://arxiv.org/abs/2310.11511) | WSDR | 2023-10 |\n");
    text.push_str("| [B](https://arxiv.org/abs/2305.18395) | WSDR | 2023-05 |\n");
    text.push_str("| [C](https://arxiv.org/abs/2306.18395) | WSDR | 2023-06 |\n");
    text.push_str("| [D](https://arxiv.org/abs/2404.18395) | WSDR | 2023-04 |\n");
    assert_eq!(lines("year-before-preprint", &text), [6]);
    // Unless that row marks its month unknown (johnnyhwu's `2023/??` on a
    // workshop paper posted in 2024): no arXiv id gave that date.
    let text = text.replace("| 2023-04 |", "| 2023/?? |");
    assert!(lines("year-before-preprint", &text).is_empty());
}

#[test]
fn a_workshop_paper_may_be_posted_the_year_after() {
    // A 2019 workshop paper put on arXiv (retitled) in September 2020 is
    // the list's first appearance; the main track of that year is not.
    let mut text = String::from("| Year | Title | Venue |\n|---|---|---|\n");
    for venue in ["NeurIPS Workshop", "CVPRW", "ICML WS", "NeurIPS"] {
        text.push_str(&format!(
            "| 2019 | [{venue}](https://arxiv.org/abs/2009.00395) | {venue} |\n"
        ));
    }
    // The list dates the paper 2020 elsewhere: the main track's 2019 is
    // then a slip.
    text.push_str("| 2020 | [Later](https://arxiv.org/abs/2009.00395) | NeurIPS |\n");
    assert_eq!(lines("year-before-preprint", &text), [6]);
    // The venue in one cell: the same.
    let text = "| Title | Venue |\n|---|---|\n\
        | [A](https://arxiv.org/abs/2009.00395) | NeurIPS Workshop 2019 |\n\
        | [B](https://arxiv.org/abs/2009.00396) | NeurIPS 2019 |\n\
        | [A](https://arxiv.org/abs/2009.00395) | NeurIPS 2020 |\n\
        | [B](https://arxiv.org/abs/2009.00396) | NeurIPS 2020 |\n";
    assert_eq!(lines("year-before-preprint", text), [4]);
    // The leeway is for the workshop's year: a Date of another year is judged.
    let text = "| Title | Venue | Date |\n|---|---|---|\n\
        | [A](https://arxiv.org/abs/2508.05614) | ICLRW 2026 | 2024-08-07 |\n";
    assert_eq!(lines("year-before-preprint", text), [3]);
}

#[test]
fn a_list_item_dating_its_preprint_before_its_id() {
    // AIoT-MLSys-Lab's survey: `<ins>arXiv, 2022</ins>` on an id of 2023.
    let item = |title: &str, venue: &str, id: &str| {
        format!("- [{title}](https://arxiv.org/abs/{id}), <ins>{venue}</ins>\n")
    };
    let text = [
        "## In-context learning\n\n".to_string(),
        item("In-Context Learning with Iterative Demonstration Selection", "arXiv, 2022", "2310.09881"),
        item("Finding Supporting Examples for In-Context Learning", "arXiv, 2023", "2302.13539"),
        // Submitted in the last days of December, numbered in January.
        item("A Paper Posted Over the Holidays", "arXiv, 2020", "2101.00512"),
        // A conference may come before the posting.
        item("A Paper Posted After It Appeared", "CVPR 2022", "2303.11111"),
        "- [One Paper Citing Another](https://arxiv.org/abs/2310.00001) arXiv 2022, after [it](https://arxiv.org/abs/2201.00001)\n".to_string(),
    ]
    .concat();
    let found = check("year-before-preprint", &text);
    assert_eq!(lines("year-before-preprint", &text), [3], "{found:?}");
    assert_eq!(
        found[0].message,
        "arXiv, 2022 is earlier than the arXiv preprint 2310.09881 (October 2023)"
    );
}

#[test]
fn a_leading_tag_with_a_four_digit_year_after_an_apostrophe() {
    // HKUDS's LLM4Graph list: `(arxiv'2022) Title [[paper](arxiv)]`, every
    // tag of the list written `(VENUE'YYYY)`.
    let item = |tag: &str, title: &str, id: &str| {
        format!("- ({tag}) {title} [[paper](https://arxiv.org/abs/{id})]\n")
    };
    let text = [
        "## Agents\n\n".to_string(),
        item(
            "ACL'2023",
            "Don't Generate, Discriminate: A Proposal for Grounding",
            "2212.09736",
        ),
        item(
            "arxiv'2022",
            "Graph Agent: Explicit Reasoning Agent for Graphs",
            "2310.16421",
        ),
        item(
            "arxiv'2024",
            "Middleware for LLMs: Tools Are Instrumental",
            "2402.14672",
        ),
        item(
            "arxiv’2023",
            "Call Me When Necessary: LLMs Reason over Structures",
            "2403.08593",
        ),
    ]
    .concat();
    let found = check("year-before-preprint", &text);
    assert_eq!(lines("year-before-preprint", &text), [4, 6], "{found:?}");
    assert!(
        found[0].message.starts_with("arxiv'2022 is earlier"),
        "{found:?}"
    );
}

#[test]
fn an_item_opening_with_a_year_before_its_preprint_where_the_others_follow() {
    // dingfuzhou's 3D detection list: `- 2021 Title; [[Paper]](arxiv)`,
    // each year its preprint's or later, but one.
    let item = |year: u32, title: &str, id: &str| {
        format!("- {year} {title}; [[Paper]](https://arxiv.org/abs/{id}) [[Code]](https://github.com/a/b)\n")
    };
    let mut items: Vec<String> = (0..10)
        .map(|n| {
            let year = 2020 + n % 3;
            let id = format!("{}05.0{n}123", year - 2000);
            item(year, &format!("Detector Number {n}"), &id)
        })
        .collect();
    items.push(item(2021, "Point Density-Aware Voxels", "2203.05662"));
    // Submitted at the end of December, numbered in January: no slip.
    items.push(item(2021, "A Holiday Posting", "2201.00100"));
    let text = format!("# Voxel based\n\n{}", items.concat());
    let found = check("year-before-preprint", &text);
    assert_eq!(lines("year-before-preprint", &text), [13], "{found:?}");
    assert_eq!(
        found[0].message,
        "2021 is earlier than the arXiv preprint 2203.05662 (March 2022)"
    );
    // A year-first venue is the venue's year, judged (or not) as a venue,
    // even one the data does not know, before a linked title
    // (AdamtayZzz's `- 2019 NIPSWorkshop [Title](arxiv)`).
    let venue = text.replace("- 2021 Point", "- 2021 CVPR Point");
    assert!(lines("year-before-preprint", &venue).is_empty());
    let linked = |before_title: &str| {
        text.replace(
            "- 2021 Point Density-Aware Voxels; [[Paper]](https://arxiv.org/abs/2203.05662)",
            &format!("- 2021 {before_title}[Point Density-Aware Voxels for LiDAR Detection](https://arxiv.org/abs/2203.05662)"),
        )
    };
    assert_eq!(lines("year-before-preprint", &linked("")), [13]);
    assert!(lines("year-before-preprint", &linked("Privacy Workshop ")).is_empty());
    // Where many items predate their ids, the years are not the preprints'.
    let mut old: Vec<String> = items[..9].to_vec();
    old.extend((0..3).map(|n| item(2015, &format!("Old Work {n}"), &format!("2105.0{n}001"))));
    old.push(item(2021, "Point Density-Aware Voxels", "2203.05662"));
    assert!(lines("year-before-preprint", &format!("# V\n\n{}", old.concat())).is_empty());
    // Nine items are too few to tell.
    let few = format!("# V\n\n{}{}", items[..8].concat(), items[10]);
    assert!(lines("year-before-preprint", &few).is_empty());
}

#[test]
fn a_year_right_after_an_items_title_is_judged_as_one_before_it() {
    // ikespand's fluid-mechanics list: `13. Title, 2021. ([arXiv](...))`,
    // each year its preprint's or later, but one.
    let item = |n: usize, year: u32, id: &str| {
        format!("{n}. Learned Turbulence Model Number {n} For Fluids, {year}. ([arXiv](https://arxiv.org/abs/{id}))\n\n")
    };
    let mut text = String::from("# Turbulence\n\n");
    for n in 1..=10 {
        let year = 2020 + (n % 3) as u32;
        text.push_str(&item(n, year, &format!("{}04.0{n:02}12", year - 2000)));
    }
    text.push_str(&item(11, 2021, "2202.06988"));
    let found = check("year-before-preprint", &text);
    assert_eq!(lines("year-before-preprint", &text), [23], "{found:?}");
    // In parentheses too.
    let parenthesised = text.replace(
        ", 2021. ([arXiv](https://arxiv.org/abs/2202",
        " (2021). ([arXiv](https://arxiv.org/abs/2202",
    );
    assert_ne!(parenthesised, text);
    assert_eq!(lines("year-before-preprint", &parenthesised), [23]);
    // A venue after the year: the year is the venue's.
    let venue = text.replace(
        ", 2021. ([arXiv](https://arxiv.org/abs/2202",
        ", 2021. *Nature Machine Intelligence* ([arXiv](https://arxiv.org/abs/2202",
    );
    assert_ne!(venue, text);
    assert!(lines("year-before-preprint", &venue).is_empty());
    // A year that is part of a longer number is no year.
    let number = text.replace(
        ", 2021. ([arXiv](https://arxiv.org/abs/2202",
        ", 20215. ([arXiv](https://arxiv.org/abs/2202",
    );
    assert!(lines("year-before-preprint", &number).is_empty());
}
