//! Which tables list papers and which only cite them.
//!
//! A dataset, benchmark, leaderboard or tool table names one thing a row and
//! links the paper that introduced it; that paper is often listed again in a
//! paper table. Such a table is told by its header vocabulary
//! (`[citing_tables]` in rules/columns.toml): a first or title column headed
//! "Dataset" / "Benchmark" / "Tool", or headed "Name" under a section whose
//! heading says "Datasets" / "Benchmarks" / "Tools".

use crate::document::{Document, Role, Table};
use crate::knowledge::{ColumnRoles, Knowledge};

/// Whether the rows of a table are things that cite a paper, not papers.
pub fn cites_only(document: &Document<'_>, table: &Table<'_>, knowledge: &Knowledge) -> bool {
    let vocabulary = &knowledge.columns.citing;
    let mut naming_columns = vec![0];
    if let Some(title) = table.column(Role::Title) {
        naming_columns.push(title);
    }
    let headers: Vec<&str> = naming_columns
        .iter()
        .filter_map(|&c| table.columns.get(c))
        .map(|c| c.header.as_str())
        .collect();
    if headers
        .iter()
        .any(|h| ColumnRoles::header_is(&vocabulary.entity_headers, h))
    {
        return true;
    }
    let named = headers
        .iter()
        .any(|h| ColumnRoles::header_is(&vocabulary.name_headers, h));
    named
        && document.heading_chain(table.heading).any(|h| {
            h.text.split(|c: char| !c.is_alphanumeric()).any(|word| {
                vocabulary
                    .section_words
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(word))
            })
        })
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
                    ## Benchmarks\n\n| Benchmark | Paper | Tasks |\n|---|---|---|\n| MMLU | [Measuring Massive Multitask](https://arxiv.org/abs/2009.03300) | 57 |\n";
        assert_eq!(judge(text), [true, true]);
    }

    #[test]
    fn paper_tables_list_papers_even_under_a_benchmarks_heading() {
        let text = "## Benchmarks\n\n| Paper Title | Conference | Code |\n|---|---|---|\n| [NAS-Bench-101](https://arxiv.org/abs/1902.09635) | ICML 2019 | - |\n\n\
                    ## Models\n\n| Model | Paper | Venue |\n|---|---|---|\n| SR3 | [Image SR via Iterative Refinement](https://arxiv.org/abs/2104.07636) | TPAMI |\n\n\
                    ## Methods\n\n| Name | Paper | Venue |\n|---|---|---|\n| SR3 | [Image SR via Iterative Refinement](https://arxiv.org/abs/2104.07636) | TPAMI |\n";
        assert_eq!(judge(text), [false, false, false]);
    }
}
