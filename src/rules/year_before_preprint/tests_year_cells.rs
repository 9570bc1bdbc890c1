//! Tests of year-before-preprint: year and date columns, what they date and
//! how a date is read beside an arXiv id.

use super::tests::table;
use crate::rules::testing::*;

#[test]
fn a_column_of_numbers_under_a_date_header_dates_nothing() {
    // A NAS list's `Time` column gives the search cost in GPU days; one
    // cost reads as a year.
    let mut text = String::from("| Title | Venue | Time |\n|---|---|---|\n");
    for (id, venue, time) in [
        ("1806.09055", "ICLR 2019", "4"),
        ("1802.03268", "ICML 2018", "0.5"),
        ("1707.07012", "CVPR 2018", "2000"),
        ("1802.01548", "AAAI 2019", "3150"),
        ("1908.09791", "ICLR 2020", "1200"),
        ("1807.11626", "CVPR 2019", "2017"),
    ] {
        text.push_str(&format!(
            "| [P](https://arxiv.org/abs/{id}) | {venue} | {time} |\n"
        ));
    }
    assert!(lines("year-before-preprint", &text).is_empty());
    // The same cell in a column of dates is judged.
    let dated = text
        .replace("| 4 |", "| 2018 |")
        .replace("| 0.5 |", "| 2018 |")
        .replace("| 2000 |", "| 2018 |")
        .replace("| 3150 |", "| 2018 |")
        .replace("| 1200 |", "| 2019 |");
    assert_eq!(lines("year-before-preprint", &dated), [8]);
}

#[test]
fn a_column_of_notes_names_no_venue() {
    // mahmood-ul-hasan/slam-related-resources: `Comments` heads the venue
    // column and holds notes; VDO-SLAM's 2021 is a year before its id.
    let mut text =
        String::from("| Year | Paper Name | Comments | Paper Link |\n|---|---|---|---|\n");
    for (year, note, id) in [
        (
            "2021",
            "Combines visual and depth information.",
            "2208.01023",
        ),
        ("2017", "Monocular, stereo and RGB-D.", "1610.06475"),
        ("2020", "Tightly coupled with an IMU.", "2007.11898"),
        ("2019", "Dense mapping at frame rate.", "1904.06577"),
        ("2018", "Loop closure by bag of words.", "1808.06355"),
    ] {
        text.push_str(&format!(
            "| {year} | SLAM {id} | {note} | [Paper](https://arxiv.org/abs/{id}) |\n"
        ));
    }
    assert_eq!(lines("year-before-preprint", &text), [3]);
    // Beside venues the data does not know, the year is still not judged.
    let venues = [
        "International workshop on document analysis systems",
        "WSDR",
        "ICDAR-W",
        "RSS-W",
        "ICVS",
    ];
    let mut named = text.clone();
    for (note, venue) in text
        .lines()
        .skip(2)
        .map(|l| l.split('|').nth(3).unwrap().trim())
        .zip(venues)
    {
        named = named.replace(note, venue);
    }
    assert!(lines("year-before-preprint", &named).is_empty(), "{named}");
}

/// A `Year | Task | Title | Paper` table (no venue column) with one row per
/// `(year, arXiv id)`.
fn year_task_table(rows: &[(u32, &str)]) -> String {
    let mut text = String::from("|Year| Task | Title | Paper |\n|---|---|---|---|\n");
    for (i, (year, id)) in rows.iter().enumerate() {
        text.push_str(&format!(
            "|{year}| Reasoning | Bench{i}: a benchmark.|[[arXiv]](https://arxiv.org/pdf/{id}) |\n"
        ));
    }
    text
}

#[test]
fn a_year_well_before_the_preprint_is_a_slip_where_years_follow_preprints() {
    // Ten rows date each benchmark by its preprint's year or later: the
    // table's years follow its preprints, so 2019 for an id of July 2021
    // is a slip, not an old paper posted late.
    let mut rows: Vec<(u32, &str)> = vec![
        (2023, "2307.00001"),
        (2023, "2305.00002"),
        (2022, "2206.00003"),
        (2024, "2402.00004"),
        (2023, "2311.00005"),
        (2021, "2109.00006"),
        (2024, "2404.00007"),
        (2022, "2210.00008"),
        (2023, "2303.00009"),
        (2024, "2312.00010"),
    ];
    rows.push((2019, "2107.07498"));
    assert_eq!(lines("year-before-preprint", &year_task_table(&rows)), [13]);
    // An old id (before 2010) is an old paper posted late all the same.
    rows.pop();
    rows.push((2005, "0912.01234"));
    assert!(lines("year-before-preprint", &year_task_table(&rows)).is_empty());
    // Too few rows to tell: the old-paper reading stands.
    let few = [
        (2023, "2307.00001"),
        (2022, "2206.00003"),
        (2019, "2107.07498"),
    ];
    assert!(lines("year-before-preprint", &year_task_table(&few)).is_empty());
    // A table where many rows predate their ids lists old papers posted
    // late: quiet.
    let mut rows = rows[..8].to_vec();
    rows.extend([
        (2015, "2101.00011"),
        (2016, "2102.00012"),
        (2017, "2103.00013"),
        (2019, "2107.07498"),
    ]);
    assert!(lines("year-before-preprint", &year_task_table(&rows)).is_empty());
}

#[test]
fn two_digits_glued_to_arxiv_that_could_be_a_month_are_no_year() {
    // `arXiv02` beside a 2021 Year: the month of posting (February
    // 2021), not 2002.
    for venue in ["arXiv02", "arXiv08", "arXiv12"] {
        assert!(
            check("year-before-preprint", &table("2102.06867", venue, "2021")).is_empty(),
            "{venue}"
        );
    }
    // Above 12 it can only be a year, and with an apostrophe it is one.
    for venue in ["arXiv19", "arXiv'02"] {
        assert_eq!(
            lines("year-before-preprint", &table("2102.06867", venue, "-")),
            [5],
            "{venue}"
        );
    }
}

#[test]
fn reads_a_year_and_month_glued_to_arxiv() {
    // `arXiv21.11` is November 2021: before a preprint of November 2022.
    let found = check(
        "year-before-preprint",
        &table("2211.05783", "arXiv21.11", "-"),
    );
    assert_eq!(found.len(), 1);
    assert!(
        found[0].message.starts_with("arXiv21.11 is earlier"),
        "{}",
        found[0].message
    );
    // The same month as its preprint: nothing.
    assert!(check(
        "year-before-preprint",
        &table("2111.05783", "arXiv21.11", "-")
    )
    .is_empty());
}

#[test]
fn a_month_a_season_before_the_posting_is_when_the_paper_appeared() {
    // yyf17's `Date | Keywords | Institute | Paper | Code`, no venue: BC-Z
    // appeared at CoRL in November 2021 and reached arXiv in February 2022;
    // OTTER's `2024-05` is ten months before its id, copied from a neighbour.
    let table = |date: &str, id: &str| {
        format!(
            "| Date | Keywords | Paper |\n|---|---|---|\n\
             | 2023-01 | A | [Paper](https://arxiv.org/abs/2301.00001) |\n\
             | {date} | B | [Paper](https://arxiv.org/abs/{id}) |\n"
        )
    };
    assert!(lines("year-before-preprint", &table("2021-11", "2202.02005")).is_empty());
    assert_eq!(
        lines("year-before-preprint", &table("2024-05", "2503.03734")),
        [4]
    );
    // A year alone tells no month: still early.
    assert_eq!(
        lines("year-before-preprint", &table("2021", "2202.02005")),
        [4]
    );
}

#[test]
fn a_december_day_beside_a_january_id_is_the_submission_day() {
    // friedrichor's FrameFusion: `2024-12-30` under `arXiv`, 2501.01986
    // (past the year-end batch): submitted on the 30th, announced in
    // January.
    let header = "| Title | Venue | Date |\n|---|---|---|\n";
    let rows = |date: &str| {
        [
            format!("| [A](https://arxiv.org/abs/2501.01986) | arXiv | {date} |"),
            "| [B](https://arxiv.org/abs/2502.01986) | arXiv | 2025-02-03 |".to_string(),
            "| [C](https://arxiv.org/abs/2503.01986) | arXiv | 2025-03-03 |".to_string(),
        ]
    };
    let text = |date: &str| {
        let rows = rows(date);
        table_of(header, &rows.iter().map(String::as_str).collect::<Vec<_>>())
    };
    let found = check("year-before-preprint", &text("2024-12-30"));
    assert!(found.is_empty(), "{found:?}");
    // November is no year-end submission.
    let found = check("year-before-preprint", &text("2024-11-30"));
    assert_eq!(found.len(), 1);
}

#[test]
fn a_date_of_the_meeting_or_of_openreview_is_no_slip() {
    // yanliang3612/awesome-imbalanced-learning-on-graphs dates each paper.
    let row = |title: &str, id: &str, venue: &str, date: &str| {
        format!("| [**{title}**](https://arxiv.org/abs/{id}) | {venue} | {date} | - |\n")
    };
    let header = "| Title | Venue | Date | Code |\n| - | - | - | - |\n";
    let dated = [
        row(
            "Iceberg: Debiased self-training",
            "2502.06280",
            "WWW 2025",
            "2025.02.10",
        ),
        row(
            "GraphSHA: Synthesizing Harder Samples",
            "2306.09612",
            "KDD 2023",
            "2023.06.16",
        ),
        row(
            "GraphSR: A Data Augmentation Algorithm",
            "2302.12814",
            "AAAI 2023",
            "2023.02.24",
        ),
        row(
            "TAM: Topology-Aware Margin Loss",
            "2206.01729",
            "ICML 2022",
            "2022.06.01",
        ),
    ]
    .concat();
    // UNREAL was under review on OpenReview months before its arXiv id;
    // IJCAI-PRICAI 2020 met in January 2021.
    let unreal = row(
        "UNREAL: Unlabeled Nodes Retrieval",
        "2303.10371",
        "Openreview 2022",
        "2022.09.30",
    );
    let imgcl = row(
        "Multi-Class Imbalanced Graph Convolutional Network Learning",
        "2210.05274",
        "IJCAI 2020",
        "2021.01.07",
    );
    let text = format!("{header}{dated}{unreal}{imgcl}");
    assert!(lines("year-before-preprint", &text).is_empty());
    // Without the review site, or in a year neither the edition's name nor
    // its meeting gives, the date is judged.
    let text = format!(
        "{header}{dated}{}{}",
        unreal.replace("Openreview 2022", "2022"),
        imgcl.replace("2021.01.07", "2019.01.07")
    );
    assert_eq!(lines("year-before-preprint", &text), [7, 8]);
    // A date years before the id is no review posting, OpenReview or not.
    let text = format!(
        "{header}{dated}{}",
        unreal.replace("2022.09.30", "2021.01.30")
    );
    assert_eq!(lines("year-before-preprint", &text), [7]);
}

#[test]
fn a_day_of_publication_before_the_posting_in_a_table_of_publication_dates() {
    // USTC-StarTeam/Awesome-Large-Recommendation-Models: `Title | Link |
    // Date | Code`, no venue; the dates are the days papers appeared (most
    // not the id's month, one before its id). MATN appeared at SIGIR on
    // 2020-7-25 and reached arXiv in October 2021.
    let table = |date: &str| {
        format!(
            "| Title | Link | Date |\n|---|---|---|\n\
             | A | [PDF](https://arxiv.org/pdf/2402.17152) | 2024-5-6 |\n\
             | B | [PDF](https://arxiv.org/pdf/2402.14473) | 2023-10-27 |\n\
             | C | [PDF](https://arxiv.org/pdf/2203.10576) | 2022-4-8 |\n\
             | D | [PDF](https://arxiv.org/pdf/2110.04002) | {date} |\n"
        )
    };
    assert!(lines("year-before-preprint", &table("2020-7-25")).is_empty());
    // The id's own month a year early is a slip of the year.
    assert_eq!(lines("year-before-preprint", &table("2020-10-25")), [6]);
    // So is a year alone.
    assert_eq!(lines("year-before-preprint", &table("2020")), [6]);
    // Beside a bare `arXiv` the date is the preprint's own.
    let preprint = table("2020-7-25")
        .replace(
            "| Title | Link | Date |\n|---|---|---|",
            "| Title | Link | Venue | Date |\n|---|---|---|---|",
        )
        .replace(") |", ") | arXiv |");
    assert_eq!(lines("year-before-preprint", &preprint), [6]);
    // With a venue's year the row is judged by the venue.
    let venue = table("2020-7-25")
        .replace(
            "| Title | Link | Date |\n|---|---|---|",
            "| Title | Link | Venue | Date |\n|---|---|---|---|",
        )
        .replace(") |", ") | - |")
        .replace("2110.04002) | - |", "2110.04002) | SIGIR 2020 |");
    assert!(lines("year-before-preprint", &venue).is_empty());
    // Where the dates are the ids' own, any date before its id is a slip.
    let following = table("2020-7-25")
        .replace("2024-5-6", "2024-2-6")
        .replace("2023-10-27", "2024-2-27")
        .replace("2022-4-8", "2022-3-8");
    assert_eq!(lines("year-before-preprint", &following), [6]);
}

#[test]
fn a_table_of_the_same_year_slip_is_reported_row_by_row() {
    // 7HHHHH/Awesome-Multimodal-Agents: a whole table dated `2024-04` on
    // ids of April 2025. Many findings in one table usually mean a
    // convention misread and are dropped; the id's own month a year early
    // is each row's own slip.
    let mut text = String::from("| Date | Title | Venue | Paper |\n|---|---|---|---|\n");
    for id in ["2504.13180", "2504.13181", "2504.13123", "2504.13119"] {
        text.push_str(&format!(
            "| 2024-04 | P{id} | arXiv | [paper](https://arxiv.org/abs/{id}) |\n"
        ));
    }
    assert_eq!(lines("year-before-preprint", &text), [3, 4, 5, 6]);
    // Another month a year early is no such proof: the burst is dropped.
    let other_month = text.replace("2024-04", "2024-06");
    assert!(lines("year-before-preprint", &other_month).is_empty());
}
