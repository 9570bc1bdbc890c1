//! Which tables list papers and which only cite them.
//!
//! A dataset, benchmark, leaderboard or tool table names one thing a row and
//! links the paper that introduced it; that paper is often listed again in a
//! paper table. Such a table is told by its header vocabulary
//! (`[citing_tables]` in rules/columns.toml) and its content: a first or
//! title column headed "Dataset" / "Benchmark" / "Tool", a first column
//! "Name" beside the paper column, a title column "Name" under a section
//! whose heading says "Datasets" / "Benchmarks" / "Tools", or a header
//! naming a metric (a leaderboard: one row per result). A table with a
//! venue column lists papers whatever its first column says.

use crate::document::{Document, Role, Table};
use crate::knowledge::{ColumnRoles, Knowledge};

/// Whether the rows of a table are things that cite a paper, not papers.
pub fn cites_only(document: &Document<'_>, table: &Table<'_>, knowledge: &Knowledge) -> bool {
    let vocabulary = &knowledge.columns.citing;
    let title = table.column(Role::Title);
    let header = |c: usize| table.columns.get(c).map_or("", |c| c.header.as_str());
    let first = header(0);
    let title_header = title.map_or("", header);
    let is = |names: &[String], h: &str| ColumnRoles::header_is(names, h);
    // A venue column says where each row was published: its rows are
    // papers, even under "Dataset | Title | Venue | Date" (one benchmark
    // paper a row).
    let has_venue = table.column(Role::Venue).is_some();
    if !has_venue
        && (is(&vocabulary.entity_headers, first) || is(&vocabulary.entity_headers, title_header))
    {
        return true;
    }
    // "Name | Paper | Code": the rows are named things citing a paper.
    if !has_venue && is(&vocabulary.name_headers, first) && title.is_some_and(|t| t != 0) {
        return true;
    }
    let has_word = |text: &str, words: &[String]| {
        text.split(|c: char| !c.is_alphanumeric() && c != '-')
            .any(|word| words.iter().any(|w| w.eq_ignore_ascii_case(word)))
    };
    if table
        .columns
        .iter()
        .enumerate()
        .filter(|(c, _)| Some(*c) != title)
        .any(|(_, c)| has_word(&c.header, &vocabulary.metric_words))
    {
        return true;
    }
    is(&vocabulary.name_headers, title_header)
        && document
            .heading_chain(table.heading)
            .any(|h| has_word(&h.text, &vocabulary.section_words))
}

/// The column that names a citing table's rows: its first column when the
/// title column (the cited paper) stands elsewhere.
pub fn naming_column(table: &Table<'_>) -> Option<usize> {
    match table.column(Role::Title) {
        Some(0) | None => table.column(Role::Title),
        Some(_) => Some(0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn judge(text: &str) -> Vec<bool> {
        let knowledge = Knowledge::builtin().unwrap();
        let document = crate::document::parse(text, &knowledge.columns);
        document
            .tables
            .iter()
            .map(|t| cites_only(&document, t, &knowledge))
            .collect()
    }

    #[test]
    fn dataset_and_benchmark_tables_only_cite() {
        let text = "## Datasets\n\n| Name | Paper | Link | Notes |\n|---|---|---|---|\n| Set5 | [Low-Complexity SR](https://example.com/p) | [data](https://example.com/d) | 5 images |\n\n\
                    ## Benchmarks\n\n| Benchmark | Paper | Tasks | Code |\n|---|---|---|---|\n| MMLU | [Measuring Massive Multitask](https://arxiv.org/abs/2009.03300) | 57 | - |\n";
        assert_eq!(judge(text), [true, true]);
    }

    #[test]
    fn toolbox_and_leaderboard_tables_only_cite() {
        // Algorithms citing one book; results of one paper with and without an extra trick.
        let text = "## Causal Discovery\n\n|Name|Paper|Code|\n|---|---|---|\n|PC algorithm|Causation, Prediction, and Search|[R](https://github.com/cran/pcalg)|\n\n\
                    ### Penn Treebank\n\n| Model | Test perplexity | Paper / Source | Code |\n|---|---|---|---|\n| AWD-LSTM (Merity et al., 2017) | 57.3 | [Regularizing LSTMs](https://arxiv.org/abs/1708.02182) | - |\n";
        assert_eq!(judge(text), [true, true]);
    }

    #[test]
    fn paper_tables_list_papers_even_under_a_benchmarks_heading() {
        let text = "## Benchmarks\n\n| Paper Title | Conference | Code |\n|---|---|---|\n| [NAS-Bench-101](https://arxiv.org/abs/1902.09635) | ICML 2019 | - |\n\n\
                    ## Models\n\n| Model | Paper | Venue |\n|---|---|---|\n| SR3 | [Image SR via Iterative Refinement](https://arxiv.org/abs/2104.07636) | TPAMI |\n\n\
                    ## Methods\n\n| Name | Venue | Code |\n|---|---|---|\n| [SR3](https://arxiv.org/abs/2104.07636) | TPAMI | - |\n";
        assert_eq!(judge(text), [false, false, false]);
        // A benchmark paper a row, with its venue.
        let text = "## Benchmark Papers\n\n| Dataset | Title | Venue | Date | Code |\n|---|---|---|---|---|\n| `RepoBench` | [RepoBench: Benchmarking Repository-Level Code Auto-Completion Systems](https://arxiv.org/abs/2306.03091) | `ICLR'24` | `2023.06` | - |\n";
        assert_eq!(judge(text), [false]);
    }
}
