use crate::document::{parse, Role};
use crate::knowledge::Knowledge;

fn method_table(cells: &[&str]) -> String {
    let mut text =
        String::from("## Decoding\n\n| Method | Pub | Date | Methodology |\n|---|---|---|---|\n");
    for (i, cell) in cells.iter().enumerate() {
        text.push_str(&format!(
            "| {cell} | arXiv'24 | 2024.5.{} | **Decoding**: a note. |\n",
            i + 1
        ));
    }
    text
}

#[test]
fn a_linked_method_column_names_the_papers() {
    let text = method_table(&[
        "[ReCo](https://arxiv.org/pdf/2506.22636)",
        "[VCD](https://arxiv.org/pdf/2311.16922.pdf)",
        "[LURE](https://openreview.net/forum?id=oZDJKTlOUe)",
        "OPERA",
    ]);
    let columns = Knowledge::builtin().unwrap().columns;
    let document = parse(&text, &columns);
    assert_eq!(document.tables.len(), 1);
    let table = &document.tables[0];
    assert_eq!(table.column(Role::Title), Some(0));
    assert_eq!(table.row_count(), 4);
    // Its rows' links are the table's, not prose.
    assert!(document.prose_links.is_empty());
}

#[test]
fn a_linked_method_column_after_the_date_names_the_papers() {
    // PhoneLLM's `| Date | Method | Project |`, Visual-AI's `| Year |
    // Method | Pub. |`: the names stand after the date.
    let columns = Knowledge::builtin().unwrap().columns;
    for header in ["| Date | Method | Project |", "| Year | Method | Pub. |"] {
        let mut text = format!("{header}\n|---|---|---|\n");
        for i in 1..=3 {
            text.push_str(&format!(
                "| 2024.0{i} | [A paper on agents number {i}](https://arxiv.org/abs/2401.0000{i}) | x |\n"
            ));
        }
        let document = parse(&text, &columns);
        assert_eq!(document.tables.len(), 1, "{header}");
        assert_eq!(document.tables[0].column(Role::Title), Some(1), "{header}");
        // Products linked to their sites name no papers.
        let text = text.replace("https://arxiv.org/abs/", "https://example.com/");
        assert!(parse(&text, &columns).tables.is_empty(), "{header}");
    }
}

#[test]
fn a_linked_resource_column_with_release_dates_names_the_papers() {
    // An OCR list's `Resource | Released | Tasks | Status`, each
    // Resource cell a linked title.
    let mut text = String::from("| Resource | Released | Tasks | Status |\n|---|---|---|---|\n");
    for i in 1..=3 {
        text.push_str(&format!(
            "| [Paper number {i}](https://arxiv.org/abs/2608.1755{i}) | 2026-08-1{i} | parsing | candidate |\n"
        ));
    }
    let columns = Knowledge::builtin().unwrap().columns;
    let document = parse(&text, &columns);
    assert_eq!(document.tables.len(), 1);
    assert_eq!(document.tables[0].column(Role::Title), Some(0));
    assert_eq!(document.tables[0].column(Role::Year), Some(1));
}

#[test]
fn a_reading_groups_linked_topics_name_the_papers() {
    // DAVIAN-Lab/Paper-study's seminar schedule: `Date | Topic | Presenters`.
    let mut text = String::from("| Date | Topic | Presenters | Slides |\n|---|---|---|---|\n");
    for i in 1..=3 {
        text.push_str(&format!(
            "| {i}th December, 2021 | [Projected GANs Converge Faster {i}](https://arxiv.org/abs/2111.0100{i}) | A. Presenter | [Slide](https://drive.google.com/{i}) |\n"
        ));
    }
    let columns = Knowledge::builtin().unwrap().columns;
    let document = parse(&text, &columns);
    assert_eq!(document.tables.len(), 1);
    assert_eq!(document.tables[0].column(Role::Title), Some(1));
    // Topics of talks, not linked papers, are no paper table.
    let text = text.replace("https://arxiv.org/abs/", "https://example.com/");
    assert!(parse(&text, &columns).tables.is_empty());
}

#[test]
fn tables_whose_first_column_does_not_link_papers_stay_out() {
    let columns = Knowledge::builtin().unwrap().columns;
    // Products with their sites, a paper link in one row of three.
    let text = method_table(&[
        "[Sora](https://openai.com/sora)",
        "[Pika](https://pika.art)",
        "[VCD](https://arxiv.org/pdf/2311.16922.pdf) | x | y | z | surplus",
    ]);
    let document = parse(&text, &columns);
    assert!(document.tables.is_empty());
    // Their links and surplus cells are the document's, as for any
    // table that lists no papers.
    assert_eq!(document.prose_links.len(), 3);
    assert_eq!(document.overflow_rows.len(), 1);
    // Too few rows to tell.
    let text = method_table(&["[A](https://arxiv.org/abs/2311.16922)"; 2]);
    assert!(parse(&text, &columns).tables.is_empty());
    // No venue or date column beside it.
    let text = "| Method | Task |\n|---|---|\n".to_string()
        + &"| [A](https://arxiv.org/abs/2311.16922) | Gen |\n".repeat(3);
    assert!(parse(&text, &columns).tables.is_empty());
    // A benchmark table is not named by a method column.
    let text = method_table(&["[POPE](https://arxiv.org/pdf/2305.10355.pdf)"; 3])
        .replace("| Method |", "| Benchmark |");
    assert!(parse(&text, &columns).tables.is_empty());
}

fn summary_table(header: &str, links: &[&str]) -> String {
    let mut text = format!("{header}\n|---|---|\n");
    for (i, link) in links.iter().enumerate() {
        text.push_str(&format!(
            "| ICLR22 <br />[Quantizing model number {i}]({link}) <br /> A. Author <br /> [Github](https://github.com/a/q{i}) | A summary. |\n"
        ));
    }
    text
}

#[test]
fn a_title_column_beside_a_summary_lists_papers_when_its_cells_link_papers() {
    let columns = Knowledge::builtin().unwrap().columns;
    let header = "| Title & Author & Link | Summary |";
    let papers = [
        "https://arxiv.org/abs/2210.17323",
        "https://arxiv.org/abs/2306.00978",
        "https://openreview.net/forum?id=abc",
    ];
    let text = summary_table(header, &papers);
    let document = parse(&text, &columns);
    assert_eq!(document.tables.len(), 1);
    assert_eq!(document.tables[0].column(Role::Title), Some(0));
    // Its rows are papers: one arXiv id under two titles is reported,
    // each quoted by its linked title, not the venue stacked above it.
    let mut text = summary_table(header, &papers);
    text.push_str(
        "| ICML23 <br />[Another paper on quantization](https://arxiv.org/abs/2210.17323) | B. |\n",
    );
    let found = crate::rules::testing::check("shared-paper-link", &text);
    assert_eq!(found.len(), 1);
    assert!(
        found[0].message.contains("\"Quantizing model number 0\""),
        "{}",
        found[0].message
    );
    // Names of products or models beside a summary: not papers.
    let sites = [
        "https://openai.com/sora",
        "https://pika.art",
        "https://x.ai",
    ];
    let text = summary_table(header, &sites);
    assert!(parse(&text, &columns).tables.is_empty());
    // A column nas-lint does not know beside a leading title column
    // (EIT-NLP's `Title & Authors & Links | Areas | Tags`): the links
    // decide too.
    let text = summary_table("| Title & Author & Link | Flavour |", &papers);
    assert_eq!(parse(&text, &columns).tables.len(), 1);
    let text = summary_table("| Title & Author & Link | Flavour |", &sites);
    assert!(parse(&text, &columns).tables.is_empty());
    // Left out as no paper table, such a table still has its rows
    // pasted twice reported (enguard-ai's model tables).
    let mut pasted = summary_table(header, &sites);
    let last_row = pasted.lines().last().unwrap().to_string();
    pasted.push_str(&format!("{last_row}\n"));
    let found = crate::rules::testing::check("duplicate-paper", &pasted);
    assert_eq!(found.len(), 1);
    assert!(found[0].message.contains("repeats line 5 word for word"));
    // Behind such a column, the title column keeps the old rule: what
    // leads the rows is what they list (a benchmark's `Name | Paper`).
    let mut flipped = String::from("| Flavour | Title & Author & Link |\n|---|---|\n");
    for (i, link) in papers.iter().enumerate() {
        flipped.push_str(&format!(
            "| Bench-{i} | [Quantizing model number {i}]({link}) |\n"
        ));
    }
    assert!(parse(&flipped, &columns).tables.is_empty());
    // A column numbering the rows changes nothing (yangxze's `Num |
    // Paper | Summary`).
    let mut text = String::from("| Num | Paper | Summary |\n| :-: | --- | --- |\n");
    for (i, link) in papers.iter().enumerate() {
        text.push_str(&format!(
            "| {i} | [Paper number {i}]({link}) | A summary. |\n"
        ));
    }
    let document = parse(&text, &columns);
    assert_eq!(document.tables.len(), 1, "{text}");
    assert_eq!(document.tables[0].column(Role::Title), Some(1));
}

#[test]
fn a_title_header_joined_to_resource_words_heads_titles_when_its_cells_are_titles() {
    // chang-xinhai's `| Date | Paper / Resource | Venue |`, JiwenJ's
    // `Paper and resources`.
    let columns = Knowledge::builtin().unwrap().columns;
    for header in ["Paper / Resource", "Paper and resources", "Title / Links"] {
        let mut text = format!("| Date | {header} | Notes |\n|---|---|---|\n");
        for i in 1..=3 {
            text.push_str(&format!(
                "| 2024-0{i} | [A paper on topic number {i}](https://arxiv.org/abs/2401.0000{i}) [code](https://github.com/a/b{i}) | x |\n"
            ));
        }
        let document = parse(&text, &columns);
        assert_eq!(document.tables.len(), 1, "{header}");
        assert_eq!(document.tables[0].column(Role::Title), Some(1), "{header}");
    }
    // A leaderboard's `Paper/Code` column of `[Paper](...)` links holds no titles.
    let mut text =
        String::from("| Method/Model | Dev EX | Paper/Code | Date |\n|---|---|---|---|\n");
    for i in 1..=3 {
        text.push_str(&format!(
            "| Model {i} | 7{i}.5 | [[Paper](https://arxiv.org/pdf/2505.1998{i})] | 2025-12-1{i} |\n"
        ));
    }
    assert!(parse(&text, &columns).tables.is_empty());
}

fn publication_table(header: &str, cells: &[&str]) -> String {
    let mut text = format!("## Models\n\n{header}\n|---|---|---|---|\n");
    for (i, cell) in cells.iter().enumerate() {
        text.push_str(&format!(
            "| {cell} | *Nature* | 2024 | [\\[paper\\]](https://arxiv.org/abs/2401.0000{}) |\n",
            i + 1
        ));
    }
    text
}

const TITLES: [&str; 3] = [
    "Neural general circulation models for weather",
    "A foundation model of the atmosphere",
    "Skilful precipitation nowcasting with deep generative models",
];

#[test]
fn a_publication_column_beside_a_venue_column_holds_the_titles() {
    let columns = Knowledge::builtin().unwrap().columns;
    let header = "| Publication | Venue | Year | Resource |";
    let text = publication_table(header, &TITLES);
    let document = parse(&text, &columns);
    assert_eq!(document.tables.len(), 1);
    let table = &document.tables[0];
    assert_eq!(table.column(Role::Title), Some(0));
    assert_eq!(table.column(Role::Venue), Some(1));
    assert_eq!(table.row_count(), 3);
    // Its rows take part in the rules: one arXiv id under two titles.
    let mut text = publication_table(header, &TITLES);
    text.push_str("| Prithvi WxC: a foundation model for weather | *arXiv* | 2024 | [\\[paper\\]](https://arxiv.org/abs/2401.00001) |\n");
    assert_eq!(
        crate::rules::testing::lines("shared-paper-link", &text),
        [8]
    );
}

#[test]
fn a_publication_column_of_venues_or_without_a_venue_column_stays_as_read() {
    let columns = Knowledge::builtin().unwrap().columns;
    // Venues, repeated: not titles.
    let text = publication_table(
        "| Publication | Venue | Year | Resource |",
        &["CVPR", "NeurIPS", "CVPR", "ICML Workshop"],
    );
    assert!(parse(&text, &columns).tables.is_empty());
    // Too few rows to tell.
    let text = publication_table("| Publication | Venue | Year | Resource |", &TITLES[..2]);
    assert!(parse(&text, &columns).tables.is_empty());
    // No other venue column: Publication is the venue, as before.
    let text = publication_table("| Publication | Notes | Year | Resource |", &TITLES);
    assert!(parse(&text, &columns).tables.is_empty());
    // A title column of its own: Publication stays what it was.
    let text = "| Title | Publication | Venue | Code |\n|---|---|---|---|\n".to_string()
        + &"| A paper on things | CVPR | CVPR 2021 | - |\n".repeat(3);
    let document = parse(&text, &columns);
    assert_eq!(document.tables[0].column(Role::Title), Some(0));
}

#[test]
fn one_arxiv_id_under_two_method_names_is_reported() {
    let text = method_table(&[
        "[ReCo](https://arxiv.org/pdf/2506.22636)",
        "[Preemptive Hallucination Reduction](https://arxiv.org/pdf/2506.22636)",
        "[VCD](https://arxiv.org/pdf/2311.16922.pdf)",
    ]);
    // Dated by their preprints, as ZiiJianLiu's list: the two rows'
    // dates agree because their links do, which proves nothing.
    let text = text
        .replace("2024.5.1", "2025.6.27")
        .replace("2024.5.2", "2025.6.27")
        .replace("2024.5.3", "2023.11.28");
    assert_eq!(
        crate::rules::testing::lines("shared-paper-link", &text),
        [6]
    );
}

#[test]
fn a_blank_first_header_over_linked_names_names_the_papers() {
    // xinzhuma's KITTI leaderboards: `|      | Venue | Easy | Moderate | Hard |`.
    let columns = Knowledge::builtin().unwrap().columns;
    let mut text =
        String::from("|      | Venue | Easy | Moderate | Hard |\n|---|---|---|---|---|\n");
    for i in 1..=3 {
        text.push_str(&format!(
            "| [Mono{i}](https://arxiv.org/abs/2205.0937{i}) | CVPR'22 | 24.9 | 17.1 | 15.1 |\n"
        ));
    }
    let document = parse(&text, &columns);
    assert_eq!(document.tables.len(), 1);
    assert_eq!(document.tables[0].column(Role::Title), Some(0));
    // Unlinked names (or a table without a venue) are no paper table.
    let unlinked = text.replace("https://arxiv.org/abs/", "https://example.com/");
    assert!(parse(&unlinked, &columns).tables.is_empty());
}
