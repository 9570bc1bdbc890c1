//! year-before-preprint on list items.

use crate::rules::testing::*;

#[test]
fn an_items_preprint_year_is_judged_by_its_bare_arxiv_url() {
    // HzFu's COVID-19 imaging list L1061: `arXiv, 2020` on arXiv 2101.11943,
    // the paper's only link a bare URL on the item's second line.
    let text = "## CT-based methods\n\n\
        1. **\"An Explainable AI System for Automated COVID-19 Assessment and Lesion Categorization from CT-scans.\"** arXiv, 2020. <br>\n\
        arXiv: https://arxiv.org/abs/2101.11943\n\n    *Some Authors*\n";
    assert_eq!(lines("year-before-preprint", text), [3]);
    // A second bare arXiv URL in the item cites another paper: which one
    // the year belongs to is not known.
    let citing = text.replace(
        "2101.11943\n",
        "2101.11943 (extends https://arxiv.org/abs/2005.00001)\n",
    );
    assert!(lines("year-before-preprint", &citing).is_empty());
}

#[test]
fn a_preprint_year_in_italics_or_cited_after_its_year_is_quoted_as_written() {
    let text = "# P\n\n\
        - [A Study of Things That Matter](https://arxiv.org/abs/2203.01234) (Smith et al., 2021, arXiv)\n\
        - [A Study of Other Things That Matter](https://arxiv.org/abs/2203.01235) in *arXiv*, 2021.\n";
    let found = check("year-before-preprint", text);
    let messages: Vec<&str> = found.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "2021, arXiv is earlier than the arXiv preprint 2203.01234 (March 2022)",
            "arXiv, 2021 is earlier than the arXiv preprint 2203.01235 (March 2022)",
        ]
    );
}
