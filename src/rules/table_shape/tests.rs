use crate::rules::testing::*;

pub(super) const FULL: &str = "| [A](https://arxiv.org/abs/2001.02525) | ICLR 2020 | Gradient | [Code](https://github.com/a/b) | 2020 |";
pub(super) const SHORT: &str = "| [B](https://arxiv.org/abs/2006.12986) | ICLR 2020 | Gradient | [Code](https://github.com/a/c) |";

#[test]
fn fires_on_a_short_row_with_a_safe_fix_from_the_venue_year() {
    let text = seed_table("S", &[FULL, SHORT]);
    let found = check("table-shape", &text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].message, "row has 4 cells, the header has 5");
    let fixed = apply_fix(&text, &found[0]);
    assert!(
        fixed.contains("[Code](https://github.com/a/c) | 2020 |\n"),
        "{fixed}"
    );
    assert!(found[0].is_safe_fixable());
}

#[test]
fn fix_is_unsafe_when_the_value_is_unknown() {
    let row = "| [B](https://example.com/b) | - | Gradient | [Code](https://github.com/a/c) |";
    let found = check("table-shape", &seed_table("S", &[row]));
    assert!(!found[0].is_safe_fixable());
}

#[test]
fn fires_on_extra_cells_without_a_fix() {
    let row = "| [A](https://example.com/a) | ICLR 2020 | Gradient | [Code](https://github.com/a/b) | 2020 | oops |";
    let found = check("table-shape", &seed_table("S", &[row]));
    assert_eq!(found.len(), 1);
    assert!(found[0].fix.is_none());
    assert_eq!(found[0].label, "1 extra cell");
}

#[test]
fn quiet_when_most_rows_leave_out_the_same_empty_trailing_cells() {
    // Shaped like lists whose last columns ("Code", "Notes") are mostly
    // empty and mostly not written at all.
    let text = "## Papers\n\n| Title | Venue | Code | Notes |\n|---|---|---|---|\n\
                    | [A](https://arxiv.org/abs/2001.02525) | ICLR 2020 |\n\
                    | [B](https://arxiv.org/abs/2006.12986) | CVPR 2020 | [code](https://github.com/b/b) |\n\
                    | [C](https://arxiv.org/abs/2003.11818) | ECCV 2020 |\n\
                    | [D](https://arxiv.org/abs/1903.10979) | NeurIPS 2019 | | |\n";
    assert!(lines("table-shape", text).is_empty());
}

#[test]
fn still_fires_in_such_a_table_when_a_cell_lost_in_the_middle_shifts_a_link() {
    // nabeelxy/llm-watch: `Date | Title | Venue | Materials | Tags | Code |
    // Summary`, Code and Summary mostly empty; one row lost its Venue
    // cell, so its paper link sits under Venue.
    let row = |title: &str, id: &str| {
        format!(
            "| Mar 2026 | {title} | arXiv | [Paper](https://arxiv.org/pdf/{id}) | agents | | |\n"
        )
    };
    let mut text = String::from(
        "| Date | Title | Venue | Materials | Tags | Code | Summary |\n|---|---|---|---|---|---|---|\n",
    );
    let shifted_row =
        "| Mar 2026 | SWE-CI | [Paper](https://arxiv.org/pdf/2603.03823) | SWI, CI | | |\n";
    let ids = [
        "2603.05344",
        "2603.04448",
        "2602.01234",
        "2602.04321",
        "2601.01111",
    ];
    for (i, id) in ids[..4].iter().enumerate() {
        text.push_str(&row(&format!("Agent paper number {i}"), id));
    }
    // Four full rows are too few to tell what the columns hold.
    assert!(lines("table-shape", &format!("{text}{shifted_row}")).is_empty());
    text.push_str(&row("Agent paper number 4", ids[4]));
    // Leaving out the empty Summary cell loses nothing.
    let harmless = format!(
        "{text}| Mar 2026 | SWE-CI | arXiv | [Paper](https://arxiv.org/pdf/2603.03823) | CI | |\n"
    );
    assert!(lines("table-shape", &harmless).is_empty());
    assert_eq!(lines("table-shape", &format!("{text}{shifted_row}")), [8]);
}

#[test]
fn still_fires_on_a_missing_year_and_on_extra_cells_in_such_a_table() {
    let text = "## Papers\n\n| Title | Venue | Year | Notes |\n|---|---|---|---|\n\
                    | [A](https://arxiv.org/abs/2001.02525) | ICLR 2020 | 2020 |\n\
                    | [B](https://arxiv.org/abs/2006.12986) | CVPR 2020 | 2020 |\n\
                    | [C](https://arxiv.org/abs/2003.11818) | ECCV 2020 |\n\
                    | [D](https://arxiv.org/abs/1903.10979) | NeurIPS 2019 | 2019 | | oops |\n";
    assert_eq!(lines("table-shape", text), [7, 8]);
}

#[test]
fn quiet_on_group_label_rows_and_empty_extra_cells() {
    let text = "## Papers\n\n| Title | Venue | Date | Code |\n|---|---|---|---|\n\
                    | _Rectangle-based Grasp_ |\n\
                    | [A](https://arxiv.org/abs/2001.02525) | ICLR 2020 | 2020-01-08 | [Github](https://github.com/a/a) |  |\n\
                    | [B](https://arxiv.org/abs/2006.12986) | CVPR 2020 | 2020-06-23 | - | |\n\
                    | [C](https://arxiv.org/abs/2003.11818) | CVPR 2020 | 2020-03-26 | - | - |\n";
    assert!(lines("table-shape", text).is_empty());
}

/// A table whose Code column is empty in one row of three, shaped
/// like SpursGoZmy's: Title | Source | Date | Task | Backbone | Code.
fn often_empty_code(extra: &[&str]) -> String {
    let mut text = String::from(
            "## Papers\n\n| Title | Source | Date | Task | Backbone | Code |\n|---|---|---|---|---|---|\n\
             | [A](https://arxiv.org/abs/2401.00001) | ACL 2024 | 2024-01-02 | TQA | Llama2-7B | [Github](https://github.com/a/a) |\n\
             | [B](https://arxiv.org/abs/2402.00002) | arxiv | 2024-02-03 | Table Recognition | Qwen2.5-7B | |\n\
             | [C](https://arxiv.org/abs/2403.00003) | EMNLP 2024 | 2024-03-04 | TQA, TFV | Mistral-7B | [Github](https://github.com/c/c) |\n\
             | [D](https://arxiv.org/abs/2404.00004) | NIPS 2024 | 2024-04-05 | Text2SQL | Llama3.1-8B | [Github](https://github.com/d/d) |\n\
             | [E](https://arxiv.org/abs/2405.00005) | arxiv | 2024-05-06 | Table Recognition | | - |\n\
             | [F](https://arxiv.org/abs/2406.00006) | ICLR 2025 | 2024-06-07 | TQA | GPT-4 | [Github](https://github.com/f/f) |\n",
        );
    for row in extra {
        text.push_str(row);
        text.push('\n');
    }
    text
}

#[test]
fn quiet_when_a_row_leaves_out_only_cells_its_table_often_leaves_empty() {
    let text = often_empty_code(&[
        "| [G](https://arxiv.org/abs/2407.00007) | arxiv | 2024-07-08 | Table Recognition | |",
        "| [H](https://arxiv.org/abs/2408.00008) | ACL 2024 | 2024-08-09 | TQA | Llama2-7B |",
        "| [I](https://arxiv.org/abs/2409.00009) | ACL 2024 | 2024-09-10 | TQA |",
    ]);
    assert!(lines("table-shape", &text).is_empty());
}

#[test]
fn fires_when_the_short_row_shifts_its_content() {
    // The Task cell is missing: backbone names render under Task.
    let text = often_empty_code(&[
            "| [G](https://arxiv.org/abs/2407.00007) | arxiv | 2024-07-08 | Qwen2.5-7B, Llama3.1-8B | |",
        ]);
    assert_eq!(lines("table-shape", &text), [11]);
    // The Backbone cell is missing: the code link renders under Backbone.
    let text = often_empty_code(&[
            "| [G](https://arxiv.org/abs/2407.00007) | arxiv | 2024-07-08 | TQA | [Github](https://github.com/g/g) |",
        ]);
    assert_eq!(lines("table-shape", &text), [11]);
}

#[test]
fn a_row_leaving_out_only_its_last_cell_renders_the_same() {
    // Code is filled in every other row, but the row without it shows an
    // empty cell all the same (a coreset list's row without its Dataset).
    let text = "## Papers\n\n| Title | Venue | Year | Code |\n|---|---|---|---|\n\
                    | [A](https://arxiv.org/abs/2001.02525) | ICLR 2020 | 2020 | [Code](https://github.com/a/a) |\n\
                    | [B](https://arxiv.org/abs/2006.12986) | CVPR 2020 | 2020 | [Code](https://github.com/b/b) |\n\
                    | [C](https://arxiv.org/abs/2003.11818) | ECCV 2020 | 2020 |\n";
    assert!(lines("table-shape", text).is_empty());
    // Two cells left out, or a column of prose left out (most often its
    // prose shifted left into the column before it), are reported.
    let two = text.replace(
        "| Code |\n|---|---|---|---|",
        "| Code | Data |\n|---|---|---|---|---|",
    );
    let two = two.replace("/a) |\n", "/a) | [D](https://d.org/a) |\n");
    let two = two.replace("/b) |\n", "/b) | [D](https://d.org/b) |\n");
    assert_eq!(lines("table-shape", &two), [7]);
    let prose = "## Papers\n\n| Title | Venue | Year | Used Datasets | Key Contribution |\n|---|---|---|---|---|\n\
                    | [A](https://arxiv.org/abs/2001.02525) | ICLR 2020 | 2020 | UCI | we propose a novel framework that leverages statistical strength across domains |\n\
                    | [B](https://arxiv.org/abs/2006.12986) | CVPR 2020 | 2020 | PEMS | this paper proposes a dynamic graph network to model the complex interactions |\n\
                    | [C](https://arxiv.org/abs/2003.11818) | ECCV 2020 | 2020 | we take inspiration from well studied domains to introduce a new class of models |\n";
    assert_eq!(lines("table-shape", prose), [7]);
    // Text under a column of links is the next column's: the Code cell was
    // lost in the middle.
    let shifted = "## Papers\n\n| Title | Venue | Year | Code | Highlight |\n|---|---|---|---|---|\n\
                    | [A](https://arxiv.org/abs/2102.00001) | CVPR | 2021 | [Code](https://github.com/b/a) | SOTA on COCO |\n\
                    | [B](https://arxiv.org/abs/2102.00002) | CVPR | 2021 | [Code](https://github.com/b/b) | Fast inference |\n\
                    | [C](https://arxiv.org/abs/2102.00003) | CVPR | 2021 | Real-time on mobile |\n";
    assert_eq!(lines("table-shape", shifted), [7]);
}

#[test]
fn a_count_that_reads_as_a_year_is_no_shifted_date() {
    // oneTaken's `Year | Publication | Paper | Citation | code`: most rows
    // stop after the citation count, one of which is `2046`.
    let table = |count_of_the_sixth: &str| {
        let mut text =
            String::from("|Year|Publication|Paper|Citation|code|\n|---|---|---|---|---|\n");
        for i in 10..30 {
            let count = if i == 15 {
                count_of_the_sixth.to_string()
            } else {
                (i * 37).to_string()
            };
            let code = if i % 4 == 0 {
                format!(" [Code](https://github.com/a/b{i}) |")
            } else {
                String::new()
            };
            text.push_str(&format!(
                "|2018|IJCV|[Paper number {i}](https://arxiv.org/abs/1608.000{i})|{count}|{code}\n"
            ));
        }
        text
    };
    assert!(lines("table-shape", &table("555")).is_empty());
    assert!(lines("table-shape", &table("2046")).is_empty());
    // Under a column of words, a year is a date moved out of its column.
    let words = (10..30)
        .filter(|i| *i != 15)
        .fold(table("2046"), |text, i| {
            text.replace(&format!("|{}|", i * 37), "|several|")
        });
    assert_eq!(lines("table-shape", &words), [8]);
}

#[test]
fn fires_when_the_left_out_column_is_the_year() {
    // A year column is never left out harmlessly, however often empty.
    let text = "## Papers\n\n| Title | Venue | Code | Year |\n|---|---|---|---|\n\
                    | [A](https://arxiv.org/abs/2001.02525) | ICLR 2020 | - | |\n\
                    | [B](https://arxiv.org/abs/2006.12986) | CVPR 2020 | - | 2020 |\n\
                    | [C](https://arxiv.org/abs/2003.11818) | ECCV 2020 | - | |\n\
                    | [D](https://arxiv.org/abs/2003.11819) | ECCV 2020 | - |\n";
    assert_eq!(lines("table-shape", text), [8]);
}

/// A list shaped like those whose rows leave out their empty Code and
/// Data cells in every table: three tables under `Title | Venue | Date |
/// Code | Data`, most rows of the first two short. The third table's
/// rows mostly write every cell; `rows` are appended to it.
fn list_leaving_out_tails(rows: &[&str]) -> String {
    let header = "| Title | Venue | Date | Code | Data |\n|---|:---:|:---:|:---:|:---:|\n";
    let mut text = format!("## Reasoning\n\n{header}");
    for (i, month) in ["01", "02", "03", "04", "05", "06"].iter().enumerate() {
        text.push_str(&format!(
                "| [**Paper R{i}**](https://arxiv.org/abs/23{month}.1000{i}) | arXiv | 2023-{month} |\n"
            ));
    }
    text.push_str(&format!("| [**Paper R9**](https://arxiv.org/abs/2307.10009) | ACL | 2023-07 | [Github](https://github.com/r/r9) |\n\n## Alignment\n\n{header}"));
    for (i, month) in ["01", "02", "03", "04", "05"].iter().enumerate() {
        text.push_str(&format!(
                "| [**Paper A{i}**](https://arxiv.org/abs/24{month}.2000{i}) | arXiv | 2024-{month} | [Github](https://github.com/a/a{i}) |\n"
            ));
    }
    text.push_str(&format!("\n## Science\n\n{header}"));
    for (i, month) in ["06", "07", "08", "09", "10", "11"].iter().enumerate() {
        text.push_str(&format!(
                "| [**Paper S{i}**](https://arxiv.org/abs/24{month}.3000{i}) | arXiv | 2024-{month} | [Github](https://github.com/s/s{i}) | [Data](https://huggingface.co/datasets/s/s{i}) |\n"
            ));
    }
    for row in rows {
        text.push_str(row);
        text.push('\n');
    }
    text
}

#[test]
fn quiet_on_a_row_leaving_out_empty_code_and_data_in_a_list_that_does_so() {
    // In its own table such a row is the odd one out (two in eight),
    // but the list leaves these cells out in eleven rows of three tables.
    let text = list_leaving_out_tails(&[
            "| [**Paper S8**](https://arxiv.org/pdf/2412.30008.pdf) | arXiv | 2024-12 | ",
            "| [**Paper S9**](https://arxiv.org/pdf/2412.30009.pdf) | NeurIPS | 2024-12 | [Github](https://github.com/s/s9) |",
        ]);
    assert!(lines("table-shape", &text).is_empty());
    // The same rows in a list that writes every cell: the row without
    // both its Code and Data cells is reported, the one without its last
    // cell only is not.
    let alone = format!(
        "## Science\n\n{}",
        text.split("## Science\n\n").nth(1).unwrap()
    );
    assert_eq!(lines("table-shape", &alone), [11]);
}

#[test]
fn still_fires_in_such_a_list_on_a_lost_date_shifted_content_or_extra_cells() {
    let text = list_leaving_out_tails(&[
            // No Date cell: the year is missing, not an empty tail.
            "| [**Paper S8**](https://arxiv.org/pdf/2412.30008.pdf) | arXiv |",
            // No Venue cell: the date renders under Venue, the link under Date.
            "| [**Paper S9**](https://arxiv.org/pdf/2412.30009.pdf) | 2024-12 | [Github](https://github.com/s/s9) |",
            // More cells than the header: GitHub drops the last one.
            "| [**Paper S10**](https://arxiv.org/pdf/2412.30010.pdf) | arXiv | 2024-12 | [Github](https://github.com/s/s10) | [Data](https://huggingface.co/datasets/s/s10) | [Demo](https://s10.github.io) |",
        ]);
    let found = lines("table-shape", &text);
    let last = text.lines().count();
    assert_eq!(found, [last - 2, last - 1, last]);
}

#[test]
fn quiet_on_an_extra_cell_holding_only_a_comment() {
    let text = "## Papers\n\n| Title & Authors | Introduction | Links |\n|---|---|---|\n\
                    | [A](https://arxiv.org/abs/2001.02525) <br> Ann Author | text | [Paper](https://arxiv.org/abs/2001.02525) | [//]: #Recommend\n\
                    | [B](https://arxiv.org/abs/2006.12986) <br> Bo Author | text | [Paper](https://arxiv.org/abs/2006.12986) | <!-- later -->\n\
                    | [C](https://arxiv.org/abs/2003.11818) <br> Cy Author | text | [Paper](https://arxiv.org/abs/2003.11818) | [Code](https://github.com/c/c)\n\
                    | [D](https://arxiv.org/abs/2406.02290) <br> Di Author | text | [Paper](https://arxiv.org/abs/2406.02290) |\\\n\
                    | [E](https://arxiv.org/abs/2406.02291) <br> Ed Author | text | [Paper](https://arxiv.org/abs/2406.02291) |```\n";
    // Stray marks after the last pipe are no cell to read either.
    assert_eq!(lines("table-shape", text), [7]);
    // A comment holding a pipe of its own spans two cells, and is still
    // only a comment (wuxingyu-ai/LLM4EC hides its descriptions so).
    let text = "| Name | Title | Venue |\n|---|---|---|\n\
                | DSA | [A](https://openreview.net/forum?id=rgtrYVC9n4) | NeurIPS | <!-- a note | -->\n\
                | OPT | [B](https://arxiv.org/abs/2406.02291) | arXiv | <!-- a note |-->|\n\
                | Bad | [C](https://arxiv.org/abs/2406.02292) | arXiv | <!-- a note | [Code](https://github.com/c/c) |\n\
                | Two | [D](https://arxiv.org/abs/2406.02293) | arXiv | <!-- a --> | lost text | <!-- b --> |\n\
                | Ref | [E](https://arxiv.org/abs/2406.02294) | arXiv | [//]: # | [Code](https://github.com/x/y) |\n";
    assert_eq!(lines("table-shape", text), [5, 6, 7]);
}

#[test]
fn quiet_on_full_rows_and_escaped_pipes() {
    let row = "| [A \\| B](https://example.com/a) | ICLR 2020 | Gradient | [Code](https://github.com/a/b) | 2020 |";
    assert!(lines("table-shape", &seed_table("S", &[FULL, row])).is_empty());
}

/// Two tables under one header: the first has code in every row but
/// `short` (written without its last cell); the second writes `empty` as
/// the Code cell of its code-less rows.
fn list_with_empty_code(short: &str, empty: &str) -> String {
    let header = "| Paper | Venue | Date | Code |\n|---|---|---|---|\n";
    let mut text = format!("## Relations\n\n{header}");
    for i in 0..6 {
        text.push_str(&format!(
            "| [R{i}](https://arxiv.org/abs/2401.0000{i}) | ACL | 2024-0{} | [GitHub](https://github.com/r/{i}) |\n",
            i + 1
        ));
    }
    text.push_str(short);
    text.push_str(&format!("\n\n## Events\n\n{header}"));
    for i in 0..3 {
        text.push_str(&format!(
            "| [E{i}](https://arxiv.org/abs/2402.0000{i}) | Arxiv | 2024-02 | {empty} |\n"
        ));
    }
    text.push_str("| [E9](https://arxiv.org/abs/2402.00009) | EMNLP | 2023-12 | [GitHub](https://github.com/e/9) |\n");
    text
}

#[test]
fn quiet_on_a_row_without_the_code_cell_the_lists_code_less_rows_leave_empty() {
    // Line 13: no Code cell, where the list's other code-less rows write
    // `[]()` or `| |`: GitHub shows the same empty cell.
    let short = "| [C-ICL](https://arxiv.org/abs/2402.11254) | Arxiv | 2024-02 |";
    for empty in ["[]()", "", "-"] {
        assert!(
            lines("table-shape", &list_with_empty_code(short, empty)).is_empty(),
            "{empty:?}"
        );
    }
    // Where the list's rows all have code, the row leaving out only its
    // last cell still shows an empty one.
    let full = "[GitHub](https://github.com/e/1)";
    assert!(lines("table-shape", &list_with_empty_code(short, full)).is_empty());
}

#[test]
fn still_fires_in_such_a_list_on_a_lost_date_or_extra_cells() {
    let no_date =
        "| [C-ICL](https://arxiv.org/abs/2402.11254) | Arxiv | [GitHub](https://github.com/c/d) |";
    assert_eq!(
        lines("table-shape", &list_with_empty_code(no_date, "[]()")),
        [11]
    );
    let extra = "| [C-ICL](https://arxiv.org/abs/2402.11254) | Arxiv | 2024-02 | | [GitHub](https://github.com/c/d) |";
    assert_eq!(
        lines("table-shape", &list_with_empty_code(extra, "[]()")),
        [11]
    );
}

/// XMUDeepLIT/Awesome-Self-Evolving-Agents: a table of libraries whose
/// `Paper` column holds only `[[Paper]](...)` labels; a library without a
/// paper stops after its GitHub link.
const LIBRARIES: &str = "## Post-training\n\n| Library | Key Features | Link | Paper |\n| --- | --- | --- | --- |\n\
| **Megatron-LM** | Facilitates high-performance training | [GitHub](https://github.com/NVIDIA/Megatron-LM) | [[Paper]](https://arxiv.org/abs/1909.08053) |\n\
| **slime** | High-Performance Training and Flexible Data Generation | [GitHub](https://github.com/THUDM/slime)\n\
| **VeRL** | Provides a HybridFlow-based RL library | [GitHub](https://github.com/verl-project/verl) | [[Paper]](https://arxiv.org/abs/2409.19256) |\n\
| **OpenRLHF** | Supports distributed RLHF | [GitHub](https://github.com/OpenRLHF/OpenRLHF) | [[Paper]](https://arxiv.org/abs/2405.11143) |\n";

#[test]
fn quiet_on_a_short_row_where_the_paper_column_holds_only_link_labels() {
    assert_eq!(check("table-shape", LIBRARIES), vec![]);
}

#[test]
fn a_paper_column_of_titles_still_needs_its_cell() {
    // The same rows with titles in the Paper column: the short row lacks one.
    let titled = LIBRARIES
        .replace("[[Paper]](https://arxiv.org/abs/1909.08053)", "[Megatron-LM: Training Multi-Billion Parameter Language Models](https://arxiv.org/abs/1909.08053)")
        .replace("[[Paper]](https://arxiv.org/abs/2409.19256)", "[HybridFlow: A Flexible and Efficient RLHF Framework](https://arxiv.org/abs/2409.19256)")
        .replace("[[Paper]](https://arxiv.org/abs/2405.11143)", "[OpenRLHF: An Easy-to-use RLHF Framework](https://arxiv.org/abs/2405.11143)");
    let found = check("table-shape", &titled);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].message, "row has 3 cells, the header has 4");
}

#[test]
fn quiet_on_cells_of_a_column_hidden_by_commenting_out_its_header() {
    // CloudEngineHub's planning tables: the old header with `Notes` kept in
    // a comment over the header shown, the rows keeping their notes.
    let rows = "| [**A Paper on Task Planning**](https://arxiv.org/abs/2305.11176) | arXiv | 2023-05-18 | - | LLMs, Code Generation |\n\
                | [**Another Paper on Planning**](https://arxiv.org/abs/2305.11177) | CoRL 2023 | 2023-05-19 | - |  |\n\
                | [**A Third Paper on Planning**](https://arxiv.org/abs/2305.11178) | arXiv | 2023-05-20 | - | a note | more |\n";
    let shown = "|  Title  |   Venue  |   Date   |   Code   | \n|:--------|:--------:|:--------:|:--------:|\n";
    let hidden = "<!-- |  Title  |   Venue  |   Date   |   Code   |   Notes  |\n|:--------|:--------:|:--------:|:--------:|:--------:| -->\n";
    let text = format!("## Task Planning\n{hidden}{shown}{rows}");
    // More cells than even the hidden header: still reported.
    assert_eq!(lines("table-shape", &text), [8]);
    // Without the hidden header, or with one naming other columns, the
    // notes are lost cells.
    let plain = format!("## Task Planning\n\n{shown}{rows}");
    assert_eq!(lines("table-shape", &plain), [5, 7]);
    let other = text.replace("|   Code   |   Notes  |\n", "|   Link   |   Notes  |\n");
    assert_eq!(lines("table-shape", &other), [6, 8]);
}
