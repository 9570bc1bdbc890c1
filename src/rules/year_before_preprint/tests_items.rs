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
