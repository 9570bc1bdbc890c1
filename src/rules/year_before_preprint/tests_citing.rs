//! year-before-preprint in tables that cite papers (datasets, benchmarks).

use crate::rules::testing::*;

#[test]
fn a_dataset_tables_year_without_a_venue_is_the_datasets_own() {
    // A math-datasets list: ASDiv (2020) whose paper reached arXiv in 2021.
    let header = "| Dataset | Size | Lang. | Year | Paper |\n|---|---:|---|---|---|\n";
    let rows = [
        "| ASDiv | 2,305 | EN | 2020 | [PDF](https://arxiv.org/pdf/2106.15772) |",
        "| AQuA | 97,975 | EN | 2017 | [PDF](https://arxiv.org/pdf/1705.04146) |",
        "| MathQA | 37,297 | EN | 2019 | [PDF](https://arxiv.org/pdf/1905.13319) |",
    ];
    assert!(lines("year-before-preprint", &table_of(header, &rows)).is_empty());
    // A table of papers gives the paper's year, and it is judged.
    let header = header.replacen("| Dataset |", "| Title |", 1);
    assert_eq!(
        lines("year-before-preprint", &table_of(&header, &rows)),
        [3]
    );
}
