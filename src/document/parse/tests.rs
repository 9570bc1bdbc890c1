use super::*;
use crate::knowledge::Knowledge;

/// Everything the model says, as text, to compare two parses.
fn summary(document: &Document<'_>) -> String {
    let mut out = String::new();
    for h in &document.headings {
        out.push_str(&format!(
            "H {} {:?} {} {:?} {:?}\n",
            h.level, h.text, h.slug, h.parent, h.span
        ));
    }
    for a in &document.anchors {
        out.push_str(&format!("A {} {:?}\n", a.name, a.span));
    }
    for l in &document.fragment_links {
        out.push_str(&format!("F {} {:?}\n", l.url, l.span));
    }
    for l in &document.prose_links {
        out.push_str(&format!("P {} {:?}\n", l.url, l.span));
    }
    for o in &document.overflow_rows {
        out.push_str(&format!(
            "O {:?} {} {:?}\n",
            o.span, o.header_cells, o.extra
        ));
    }
    for r in &document.repeated_rows {
        out.push_str(&format!("R {:?} {:?}\n", r.span, r.first));
    }
    for t in &document.tables {
        out.push_str(&format!(
            "T {:?} {:?} {}\n",
            t.span,
            t.heading,
            t.row_count()
        ));
        for row in t.rows() {
            for cell in row.cells() {
                out.push_str(&format!("  {:?} {:?}", cell.span(), cell.text()));
            }
            for link in row.links() {
                out.push_str(&format!("  L {:?} {}", link.span, link.url));
            }
            out.push('\n');
        }
    }
    out
}

#[test]
fn pieces_parsed_apart_make_the_same_document() {
    let seed = include_str!("../../../fixtures/nas-seed.md");
    let mut text = String::from("[ref link][r]\n\n");
    for _ in 0..6 {
        text.push_str(seed);
        text.push_str(
            "\n<!--\n\n<a name=\"hidden\"></a>\n\n-->\n\n```\n\n| not | a table |\n\n```\n\n",
        );
    }
    text.push_str("[r]: https://arxiv.org/abs/2001.02525\n");
    let columns = Knowledge::builtin().unwrap().columns;
    let (whole, _) = parse_in_pieces(&text, &columns, usize::MAX);
    let (pieces, undone) = parse_in_pieces(&text, &columns, 4096);
    assert!(!undone);
    assert!(
        chunk_starts(&text, 0, 4096, true).len() > 10,
        "the text was cut"
    );
    assert_eq!(summary(&whole), summary(&pieces));
    assert_eq!(whole.tables.len(), 6 * 16);
    assert!(
        whole.headings.iter().any(|h| h.slug == "content-5"),
        "slugs count across pieces"
    );
}

#[test]
fn method_tables_cut_between_rows_are_settled_as_one() {
    // One table whose Method column links papers, one whose does not:
    // each is kept or dropped whole, however it was cut.
    let mut text = String::new();
    for (name, host) in [("Kept", "arxiv.org/abs"), ("Dropped", "example.com")] {
        text.push_str(&format!(
            "## {name}\n\n| Method | Pub | Date | Notes |\n|---|---|---|---|\n"
        ));
        for i in 0..300 {
            text.push_str(&format!(
                    "| [M{i}](https://{host}/2311.{i:05}) | CVPR'24 | 2023.11.{} | [note](https://example.org/{i}) |\n",
                    i % 28 + 1
                ));
        }
        text.push_str("| [X](https://example.org/x) | a | b | c | surplus |\n\n");
    }
    let columns = Knowledge::builtin().unwrap().columns;
    let (whole, _) = parse_in_pieces(&text, &columns, usize::MAX);
    assert_eq!(whole.tables.len(), 1);
    assert_eq!(whole.tables[0].row_count(), 301);
    assert_eq!(whole.prose_links.len(), 2 * 300 + 1);
    assert_eq!(whole.overflow_rows.len(), 1);
    for piece_bytes in [700, 4096] {
        let (pieces, undone) = parse_in_pieces(&text, &columns, piece_bytes);
        assert!(!undone);
        assert_eq!(summary(&whole), summary(&pieces), "{piece_bytes}");
    }
}

#[test]
fn long_tables_cut_between_rows_make_the_same_document() {
    let text = crate::document::testing::long_tables();
    let columns = Knowledge::builtin().unwrap().columns;
    let (whole, _) = parse_in_pieces(&text, &columns, usize::MAX);
    assert_eq!(chunk_starts(&text, 0, usize::MAX, true).len(), 1);
    for piece_bytes in [1, 700, 4096] {
        let cuts = chunk_starts(&text, 0, piece_bytes, true);
        assert!(
            cuts.iter().filter(|c| c.table_header.is_some()).count() > 5,
            "tables were cut between rows"
        );
        let (pieces, undone) = parse_in_pieces(&text, &columns, piece_bytes);
        assert!(!undone, "every cut read as one table");
        assert_eq!(summary(&whole), summary(&pieces), "pieces of {piece_bytes}");
    }
    assert_eq!(whole.tables[0].row_count(), 4 * 85);
    // Only the contest rows with a surplus cell, each once.
    assert_eq!(whole.overflow_rows.len(), 300 / 37 + 1);
    assert!(whole.overflow_rows.iter().all(|o| o.header_cells == 3
        && o.extra.len() == 1
        && o.extra[0].slice(&text).starts_with("[Top1]")));
}

#[test]
fn a_cut_that_does_not_read_as_one_table_is_undone() {
    // The delimiter line has fewer cells than the header: no table at
    // all, though the cutter takes it for one.
    let mut text = String::from("| A | B |\n|---|\n");
    for i in 0..50 {
        text.push_str(&format!("| [P{i}](https://a.org/{i}) | x |\n"));
    }
    let columns = Knowledge::builtin().unwrap().columns;
    let (whole, _) = parse_in_pieces(&text, &columns, usize::MAX);
    let (pieces, undone) = parse_in_pieces(&text, &columns, 64);
    assert!(undone);
    assert_eq!(summary(&whole), summary(&pieces));
}

#[test]
fn a_tab_beside_a_pipe_in_the_delimiter_row_keeps_the_table() {
    // As a human-motion list writes two of its tables; GitHub renders them.
    let mut text = String::from(
        "Intro\n\n|  **Date**  \t| **Title** \t| **Venue** \t|\n|:----:\t|:----:\t|:----:\t|\n",
    );
    for i in 0..40 {
        text.push_str(&format!(
                "| 2023 01 {:02} \t| [Paper {i}](https://arxiv.org/abs/2301.{i:05}) \t| CVPR 2024 \t|\n",
                i % 28 + 1
            ));
    }
    let columns = Knowledge::builtin().unwrap().columns;
    let whole = parse(&text, &columns);
    assert_eq!(whole.tables.len(), 1);
    assert_eq!(whole.tables[0].row_count(), 40);
    // Cells borrow the document's own bytes, tabs and all.
    let first = whole.tables[0].rows().next().unwrap();
    assert_eq!(first.cell(1).unwrap().text_without_badges(), "Paper 0");
    // Cut between rows, the pieces read the same table.
    for piece_bytes in [1, 300] {
        let (pieces, undone) = parse_in_pieces(&text, &columns, piece_bytes);
        assert!(!undone, "{piece_bytes}");
        assert_eq!(summary(&whole), summary(&pieces), "{piece_bytes}");
    }
    // A tab that indents the delimiter row makes it no table, as on GitHub.
    let indented = "| Title | Venue |\n\t|---|---|\n| [A](https://a.org) | CVPR |\n";
    assert!(parse(indented, &columns).tables.is_empty());
    // Other text keeps its tabs.
    assert_eq!(untabbed_delimiter_rows("a\tb\n|-x\t|\n"), None);
    assert_eq!(
        untabbed_delimiter_rows("| A |\n|---\t|\n").as_deref(),
        Some("| A |\n|--- |\n")
    );
}

#[test]
fn titles_without_badges() {
    let text = "| Title | Venue |\n|---|---|\n\
                    | [Paper A](https://a.org) ![Star](https://img.shields.io/s.svg) | CVPR 2021 |\n\
                    | [![arXiv](https://img.shields.io/a.svg)](https://arxiv.org/abs/2101.00001) **Paper B** [![Star](https://img.shields.io/s.svg)](https://github.com/a/b) | CVPR 2021 |\n\
                    | Paper ![inline](x.png) C | CVPR 2021 |\n\
                    | ![Star](x.svg) | CVPR 2021 |\n\
                    | [![ICDAR 2015](https://img.shields.io/i.svg)](https://rrc.example.org/4)<br>**ICDAR 2015 Recognition** | ICDAR 2015 |\n";
    let columns = Knowledge::builtin().unwrap().columns;
    let document = parse(text, &columns);
    let titles: Vec<&str> = document.tables[0]
        .rows()
        .map(|r| r.cell(0).unwrap().text_without_badges())
        .collect();
    // An image inside the title is part of what the reader sees.
    // A badge's alt text is set aside once: the name may repeat its words.
    assert_eq!(
        titles,
        [
            "Paper A",
            "Paper B",
            "Paper inline C",
            "",
            "ICDAR 2015 Recognition"
        ]
    );
}

#[test]
fn an_image_url_is_no_bare_link() {
    // Jason-cs18/awesome-avatar's code cells: two badges written without a
    // space between them. Their URLs are pictures' sources, not links,
    // however they touch.
    let text = "| Title | Code |\n|---|---|\n\
                | [A](https://arxiv.org/abs/2103.11078) | [Code](https://github.com/a/b), ![Github stars](https://img.shields.io/github/stars/a/b.svg)![Github forks](https://img.shields.io/github/forks/a/b.svg) |\n\
                | [B](https://arxiv.org/abs/2103.11079) | see https://github.com/c/d and ![x](https://img.shields.io/x.svg) |\n";
    let columns = Knowledge::builtin().unwrap().columns;
    let document = parse(text, &columns);
    let urls: Vec<Vec<&str>> = document.tables[0]
        .rows()
        .map(|r| r.links().map(|l| l.url).collect())
        .collect();
    assert_eq!(
        urls,
        [
            vec!["https://arxiv.org/abs/2103.11078", "https://github.com/a/b"],
            vec!["https://arxiv.org/abs/2103.11079", "https://github.com/c/d"],
        ]
    );
}

#[test]
fn a_paper_title_column_makes_a_paper_table_on_its_own() {
    // As easonPing's pathology list heads its model tables: no venue, year
    // or code column, the paper's link a badge among the resources.
    let knowledge = Knowledge::builtin().unwrap();
    let rows = "|---|---|---|---|\n\
                | PLIP | A Visual-Language Foundation Model for Pathology | G1 | <a href=\"https://doi.org/10.1038/x\">paper</a> |\n\
                | CONCH | A Foundation Model for Computational Pathology | G2 | |\n";
    let paper_titles = format!("| Model Name | Paper Title | Granularity | Resources |\n{rows}");
    let document = parse(&paper_titles, &knowledge.columns);
    assert_eq!(document.tables.len(), 1);
    assert_eq!(document.tables[0].row_count(), 2);
    // A plain "Title" or "Paper" beside no other known column is not enough:
    // a benchmark table cites papers, a feature matrix names models.
    for header in ["Title", "Paper", "Model"] {
        let text = format!("| Name | {header} | Granularity | Resources |\n{rows}");
        assert!(
            parse(&text, &knowledge.columns).tables.is_empty(),
            "{header}"
        );
    }
}

#[test]
fn pieces_are_longer_on_a_long_text_with_few_threads() {
    let pool = |threads| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap()
    };
    let long = 22 << 20;
    assert_eq!(piece_bytes(1000), CHUNK_BYTES);
    assert_eq!(pool(2).install(|| piece_bytes(long)), MAX_PIECE_BYTES);
    assert_eq!(pool(16).install(|| piece_bytes(long)), long / 256);
    assert_eq!(pool(64).install(|| piece_bytes(long)), CHUNK_BYTES);
}
