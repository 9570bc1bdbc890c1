//! Tests of table-shape: rows broken over two lines or cut off by a blank
//! line, and surplus cells.

use super::tests::{FULL, SHORT};
use crate::rules::testing::*;

#[test]
fn fires_on_surplus_cells_with_content_in_a_table_of_no_papers() {
    // A contest table (no title column): GitHub drops the ninth cell
    // and the solution links in it.
    let mut text = String::from(
            "| Year | Target | Contest | Track | Pairs | Size | Resolution | Other |\n|---|---|---|---|---|---|---|---|\n",
        );
    text.push_str("| 2021 | Land cover | [Cup](https://example.org/a) | Cropland | 6,000 | 512×512 | 1-2m |[Top4 Solution](https://github.com/a/top4)|\n");
    text.push_str("| 2021 | Building | [Contest](https://example.org/b) | Buildings | 10,000 | 512×512 | - |-|[Top2 Solution](https://github.com/a/top2), [Top3 Solution](https://github.com/a/top3)|\n");
    text.push_str("| 2020 | Land cover | [Contest](https://example.org/c) | Change | 4,662 | 512×512 | 0.5-3m | - | - |\n");
    text.push_str("| 2019 | Land cover | [Contest](https://example.org/d) | Change | 4,662 | 512×512 | 0.5-3m | - |  <!-- later --> |\n");
    let found = check("table-shape", &text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].message, "row has 9 cells, the header has 8");
    assert_eq!(lines("table-shape", &text), [4]);
    assert!(text[found[0].span.start..found[0].span.end].starts_with("[Top2 Solution]"));
    // Short rows of such a table are not judged: nothing is lost.
    let short = text.replace(
        "| 6,000 | 512×512 | 1-2m |[Top4 Solution](https://github.com/a/top4)|",
        "|",
    );
    assert_eq!(lines("table-shape", &short), [4]);
}

const BENCH: &str = "| Name | Title | Venue |\n|---|---|---|\n| RAVine | [RAVine](https://arxiv.org/abs/2507.16725) | arXiv 2025 |\n";

#[test]
fn a_row_broken_over_two_lines_is_reported_once_with_a_fix_that_joins_them() {
    // A line break inside the link's target.
    let text = format!("{BENCH}| Chameleon |\t[The Chameleon Nature of LLMs](https://arxiv.org/abs/2510.16712\n) |\tarXiv 2025\t|\n| FACTS | [FACTS](https://arxiv.org/abs/2512.10791) | arXiv 2025 |\n");
    let found = check("table-shape", &text);
    assert_eq!(found.len(), 1);
    assert_eq!(
            found[0].message,
            "row is broken over two lines: a line break inside a cell ends it, and line 5 holds the rest"
        );
    assert_eq!(lines("table-shape", &text), [4]);
    assert!(!found[0].is_safe_fixable());
    assert!(apply_fix(&text, &found[0]).contains(
            "| Chameleon |\t[The Chameleon Nature of LLMs](https://arxiv.org/abs/2510.16712) |\tarXiv 2025\t|\n| FACTS"
        ));
    // A line break inside the link's text: the lines join with a space.
    let text = format!("{BENCH}| Chameleon | [The Chameleon\r\nNature of LLMs](https://arxiv.org/abs/2510.16712) | arXiv 2025 |\n");
    let found = check("table-shape", &text);
    assert_eq!(found.len(), 1);
    assert!(apply_fix(&text, &found[0])
        .contains("| [The Chameleon Nature of LLMs](https://arxiv.org/abs/2510.16712) |"));
}

#[test]
fn two_short_rows_without_an_open_bracket_are_two_findings() {
    let full = BENCH.lines().nth(2).unwrap();
    let text = format!("{BENCH}{full}\n{full}\n{full}\n{full}\n| A | [A](https://arxiv.org/abs/2510.16712) |\n| B | [B](https://arxiv.org/abs/2510.16713) |\n");
    let found = check("table-shape", &text);
    assert_eq!(
        found.iter().map(|d| d.message.as_str()).collect::<Vec<_>>(),
        ["row has 2 cells, the header has 3"; 2]
    );
}

#[test]
fn a_row_broken_before_its_last_cells_is_reported_once_with_a_fix_that_joins_them() {
    // The title cell lost its closing pipe; the next line holds the
    // missing cell (or the title's tail, then the missing cell).
    let head = "|Venue|Abbr|Title|Code|\n|:-:|:-:|:-:|:-:|\n|ICLR'23|[Abc](https://arxiv.org/abs/2301.00001)|A Full Row|N/A|\n";
    let text = format!("{head}|CVPR'23|[Xyz](https://arxiv.org/abs/2305.00002)|Region Pretraining for Detection\n|N/A|\n");
    let found = check("table-shape", &text);
    assert_eq!(lines("table-shape", &text), [4]);
    assert!(found[0].message.contains("line 5 holds the rest"));
    assert!(apply_fix(&text, &found[0]).ends_with("|Region Pretraining for Detection|N/A|\n"));
    let text = format!("{head}|CVPR'23|[Xyz](https://arxiv.org/abs/2305.00002)|Region Pretraining\nfor Detection|N/A|\n");
    let found = check("table-shape", &text);
    assert_eq!(lines("table-shape", &text), [4]);
    assert!(apply_fix(&text, &found[0]).ends_with("|Region Pretraining for Detection|N/A|\n"));
    // Without closing pipes anywhere, two short rows are two rows.
    let head = "| Title | Year | Venue\n| --- | --- | ---\n| [Abc](https://arxiv.org/abs/2301.00001) | 2023 | ICLR\n";
    let text = format!("{head}| [Xyz](https://arxiv.org/abs/2305.00002) | 2023\n| [Uvw](https://arxiv.org/abs/2305.00003)\n");
    let found = check("table-shape", &text);
    assert!(!found.is_empty());
    assert!(found.iter().all(|d| !d.message.contains("broken")));
    // A short row ending with its pipe is a short row, whatever follows.
    let text = "|Venue|Abbr|Title|Code|\n|:-:|:-:|:-:|:-:|\n|CVPR'23|[Xyz](https://arxiv.org/abs/2305.00002)|Region Pretraining for Detection|\n|N/A|\n";
    let found = check("table-shape", text);
    assert!(found.iter().all(|d| !d.message.contains("broken")));
}

#[test]
fn marks_in_a_closed_surplus_cell_are_lost_content() {
    // `+` between two pipes is a cell GitHub drops; stray marks after the
    // last pipe (previous test) are not a cell.
    let text = "## Papers\n\n| Title | Venue | Links |\n|---|---|---|\n\
                | [A](https://arxiv.org/abs/2001.02525) | ICLR | [Code](https://github.com/a/a) | + |\n";
    assert_eq!(lines("table-shape", text), [5]);
}

/// A table headed `Title | Venue | Links` whose rows each hold `surplus` of
/// `papers` rows with a fourth cell, a code link GitHub drops.
fn header_one_column_short(papers: usize, surplus: usize) -> String {
    let mut text = String::from("## 3D\n\n| Title | Venue | Links |\n|---|---|---|\n");
    for i in 0..papers {
        let code = if i < surplus {
            " [Code](https://github.com/a/b) |"
        } else {
            ""
        };
        text.push_str(&format!(
            "| Paper number {i} | [arXiv](https://arxiv.org/abs/2401.0{i:04}) | `CVPR 2024` |{code}\n"
        ));
    }
    text
}

#[test]
fn a_table_whose_rows_all_have_surplus_cells_gets_one_finding_on_its_header() {
    let text = header_one_column_short(6, 6);
    let found = check("table-shape", &text);
    assert_eq!(lines("table-shape", &text), [3], "{found:?}");
    assert_eq!(
        found[0].message,
        "every row has more cells than the header's 3: GitHub drops the extra cells"
    );
    let text = header_one_column_short(6, 4);
    assert_eq!(lines("table-shape", &text), [3]);
    assert!(check("table-shape", &text)[0]
        .message
        .starts_with("4 of 6 rows"));
}

#[test]
fn a_few_rows_with_surplus_cells_are_reported_one_by_one() {
    let text = header_one_column_short(6, 3);
    assert_eq!(lines("table-shape", &text), [5, 6, 7]);
}

#[test]
fn surplus_cells_beside_short_rows_are_no_burst() {
    // Three rows with a surplus cell and one short row: four findings of
    // seven rows would be a burst, but the surplus content is lost all the
    // same, and so is the short row's venue.
    let mut text = header_one_column_short(6, 3);
    text.push_str("| [Paper number 9](https://arxiv.org/abs/2401.00009) |\n");
    assert_eq!(lines("table-shape", &text), [5, 6, 7, 11]);
}

#[test]
fn a_link_back_to_the_contents_after_a_table_is_no_paper() {
    // Mkalilia/Self-Supervised-depth writes `([Back](#Contents))` on the
    // line after each table: GitHub makes it a one-cell row.
    let mut text = header_one_column_short(3, 0);
    text.push_str("([Back](#Contents))\n");
    assert!(lines("table-shape", &text).is_empty());
    // A paper's link in a one-cell row is a short row still.
    text.push_str("[Paper number 8](https://arxiv.org/abs/2401.00008)\n");
    assert_eq!(lines("table-shape", &text), [9]);
}

/// boboyoudiancai/Efficient-VLA-Survey: the table's last paper sits after
/// a blank line, so GitHub shows it as text below the table.
#[test]
fn a_row_cut_off_by_a_blank_line_is_reported_with_an_unsafe_fix() {
    let table = seed_table("S", &[FULL]);
    for eol in ["\n", "\r\n"] {
        let text = format!("{table}\n{SHORT} 2020 |\n\n## Next\n").replace('\n', eol);
        let found = check("table-shape", &text);
        assert_eq!(found.len(), 1, "{eol:?}");
        assert!(found[0]
            .message
            .starts_with("a blank line cuts this row off"));
        assert!(!found[0].is_safe_fixable());
        let fixed = apply_fix(&text, &found[0]);
        assert_eq!(
            fixed,
            format!("{table}{SHORT} 2020 |\n\n## Next\n").replace('\n', eol)
        );
    }
    // Text right below the row would join the table too: the row is
    // reported, with no fix.
    for below in [
        "**Note**: text",
        "| a | b | c | d | e |\n|---|---|---|---|---|",
    ] {
        let text = format!("{table}\n{SHORT} 2020 |\n{below}\n");
        let found = check("table-shape", &text);
        assert_eq!(found.len(), 1, "{below}");
        assert!(found[0].fix.is_none(), "{below}");
    }
    // A header of a table of its own, a line of other cells, two blank
    // lines, or a line without a link: no row of the table above.
    for after in [
        format!("\n{FULL}\n|---|---|---|---|---|\n{FULL}\n"),
        format!("\n{SHORT}\n"),
        format!("\n\n{FULL}\n"),
        // Indented: a code block, with spaces or a tab.
        format!("\n    {FULL}\n"),
        format!("\n\t{FULL}\n"),
        "\n| a | b | c | d | e |\n".to_string(),
    ] {
        let text = format!("{table}{after}");
        assert!(lines("table-shape", &text).is_empty(), "{after}");
    }
}

/// CaterpillarStudyGroup's motion-generation table: rows stop after their
/// title, most without the closing pipe's cells.
const NOTEBOOK: &str = "|ID|Year|Name|Method|Notes|Link|\n|---|---|---|---|---|---|\n||2024|Emotional speech-driven 3d body animation via disentangled latent diffusion|\n";

#[test]
fn a_row_that_opens_with_a_pipe_and_its_own_year_is_no_rest_of_the_row_above() {
    // Three cells without the closing pipe, then three: together the
    // header's six, but the second line is a paper of its own.
    let text = format!("{NOTEBOOK}||2024|Diffsheg: A diffusion-based approach for real-time speech-driven holistic 3d expression\n||2024|Semantic gesticulator: Semantics-aware co-speech gesture synthesis|\n");
    assert!(
        lines("table-shape", &text).is_empty(),
        "{:?}",
        check("table-shape", &text)
    );
    // A line that goes on the row above holds no year where the row has one.
    let broken = format!(
        "{NOTEBOOK}||2024|Diffsheg: A diffusion-based approach\n|Diffusion|speech|[link](43.md)|\n"
    );
    assert_eq!(lines("table-shape", &broken), [4]);
}

#[test]
fn a_line_no_pipe_opens_goes_on_the_row_above_however_few_cells_the_two_hold() {
    let text = format!("{NOTEBOOK}||2022|Humanise: Language-conditioned human motion generation in\n3d scenes|\n||2023|Synthesizing diverse human motions in 3d indoor scenes|\n");
    let found = check("table-shape", &text);
    assert_eq!(lines("table-shape", &text), [4], "{found:?}");
    assert!(apply_fix(&text, &found[0]).contains("generation in 3d scenes|\n"));
    // Without pipes around the table's lines, a line without one is a row.
    let bare = text.replace(
        "|ID|Year|Name|Method|Notes|Link|",
        "ID|Year|Name|Method|Notes|Link",
    );
    assert!(
        lines("table-shape", &bare).is_empty(),
        "{:?}",
        check("table-shape", &bare)
    );
}
