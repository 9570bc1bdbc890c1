//! Tables that name each row by its model and label its paper links with
//! where the paper appeared: the label is no title.

use crate::rules::testing::*;

/// Shaped like a model list: `Model | Date | Paper | Code`, each Paper
/// link labelled with its journal or preprint server.
const MODELS: &str = "## Models\n\n| Model | Date | Paper | Code |\n|---|---|---|---|\n\
    | CellAlpha | 2026-07-03 | [bioRxiv](https://www.biorxiv.org/content/10.1101/2026.06.29.111111v1) |  |\n\
    | CellBeta | 2026-06-23 | [bioRxiv](https://www.biorxiv.org/content/10.1101/2026.06.18.222222v2) |  |\n\
    | GeneGamma | 2026-05-05 | [Nature Communications](https://www.nature.com/articles/s41467-026-00001-x), [bioRxiv](https://www.biorxiv.org/content/10.1101/2025.01.24.333333v1) |  |\n\
    | GeneDelta | 2026-02-05 | [Nature Communications](https://www.nature.com/articles/s41467-026-00002-y), [bioRxiv](https://www.biorxiv.org/content/10.1101/2024.11.09.444444v1) |  |\n\
    | TissueEps | 2025-06 | [Nature Methods](https://www.nature.com/articles/s41592-025-00003-z) |  |\n\
    | TissueZeta | 2024-02 | [Nature Methods](https://www.nature.com/articles/s41592-024-00004-w) |  |\n\
    | SpotEta | 2024 | [iScience / PMC](https://pmc.ncbi.nlm.nih.gov/articles/PMC10000001/) |  |\n\
    | SpotTheta | 2025 | [bioRxiv, PMC](https://pmc.ncbi.nlm.nih.gov/articles/PMC10000002/) |  |\n\
    | SpotIota | 2023 | [bioRxiv, PMC](https://pmc.ncbi.nlm.nih.gov/articles/PMC10000003/) |  |\n\
    | GraphKappa | 2023-05 | [NeurIPS 2023](https://proceedings.neurips.cc/paper/2023/hash/aaaa) |  |\n\
    | GraphLambda | 2024-05 | [NeurIPS 2023](https://proceedings.neurips.cc/paper/2023/hash/bbbb) |  |\n";

#[test]
fn two_models_from_one_journal_are_two_papers() {
    assert!(lines("conflicting-duplicate", MODELS).is_empty());
    assert!(lines("duplicate-paper", MODELS).is_empty());
}

#[test]
fn rows_labelled_with_a_venue_still_pair_by_their_link() {
    let text = format!(
        "{MODELS}| CellBeta | 2025-06-23 | [bioRxiv](https://www.biorxiv.org/content/10.1101/2026.06.18.222222v2) |  |\n"
    );
    assert_eq!(lines("conflicting-duplicate", &text), vec![16]);
    let found = check("conflicting-duplicate", &text);
    // Named neither by its label nor as the row it is not.
    assert!(
        !found[0].message.contains("\"bioRxiv\""),
        "{}",
        found[0].message
    );
}

#[test]
fn rows_labelled_with_a_journal_pair_by_the_page_they_link() {
    let text = format!(
        "{MODELS}| TissueZeta | 2023-02 | [Nature Methods](https://www.nature.com/articles/s41592-024-00004-w/) |  |\n"
    );
    assert_eq!(lines("conflicting-duplicate", &text), vec![16]);
}

#[test]
fn a_title_that_is_not_a_venue_name_still_pairs_by_title() {
    let text = "## Models\n\n| Model | Date | Paper | Code |\n|---|---|---|---|\n\
        | CellAlpha | 2026-07 | [Single-cell atlas foundation model](https://example.org/a) |  |\n\
        | CellAlpha | 2025-07 | [Single-cell atlas foundation model](https://example.org/b) |  |\n";
    assert_eq!(lines("conflicting-duplicate", text), vec![6]);
}

#[test]
fn two_models_labelled_with_one_chemistry_journal_are_two_papers() {
    // AxelRolov's multimodal chemistry list: each model's paper link
    // labelled with its journal, two journals each holding two models.
    let text = "## Images\n\n| Model | Year | Paper | Code |\n|---|:--:|---|---|\n\
        | **DECIMER** | 2021 | [Journal of Cheminformatics](https://doi.org/10.1186/s13321-021-00538-8) | |\n\
        | **Img2Mol** | 2021 | [Chemical Science](https://doi.org/10.1039/D1SC01839F) | |\n\
        | **MolScribe** | 2022 | [J. Chem. Inf. Model.](https://arxiv.org/abs/2205.14311) | |\n\
        | **RxnScribe** | 2023 | [J. Chem. Inf. Model.](https://arxiv.org/abs/2305.11845) | |\n\
        | **MolNexTR** | 2024 | [Journal of Cheminformatics](https://arxiv.org/abs/2403.03691) | |\n\
        | **RxnIM** | 2025 | [Chemical Science](https://arxiv.org/abs/2503.08156) | |\n";
    assert!(lines("conflicting-duplicate", text).is_empty());
    assert!(lines("duplicate-paper", text).is_empty());
}
