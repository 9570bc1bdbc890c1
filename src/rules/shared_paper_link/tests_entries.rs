//! shared-paper-link and rows that are entries about a paper.

use crate::rules::testing::*;

#[test]
fn a_repository_row_linking_its_paper_is_no_second_paper() {
    // A story-generation list's "Open-source Projects" rows link the paper
    // each repository implements; the paper has its own row.
    let header = "| Title | Venue | Date | Paper |\n| --- | --- | --- | --- |\n";
    let rows = [
        "| SEED-Story: Multimodal Long Story Generation | NeurIPS 2024 | 2024-07 | [arXiv](https://arxiv.org/abs/2407.08683) |",
        "| SEED-Story (Official Repository) | GitHub 2024 (Open-source repository) | 2024-07 | [arXiv](https://arxiv.org/abs/2407.08683) |",
    ];
    assert!(lines("shared-paper-link", &table_of(header, &rows)).is_empty());
    // A paper row in its place is a second title on the link.
    let paper = rows[1].replace("GitHub 2024 (Open-source repository)", "ICLR 2025");
    assert_eq!(
        lines("shared-paper-link", &table_of(header, &[rows[0], &paper])),
        [4]
    );
}

#[test]
fn a_named_link_in_a_note_right_of_the_title_cites_another_work() {
    // A grammatical-error-correction list credits a name to another paper
    // in its Note column; the row's own paper link is right.
    let header = "|Method|Year|Paper|Note|\n|---|---|---|---|\n";
    let rows = [
        "|DirectNoise|2019|[Improving Grammatical Error Correction via Pre-Training a Copy-Augmented Architecture](https://aclanthology.org/N19-1014/)|First called \"DirectNoise\" by [[kiyono+ 2019]](https://aclanthology.org/D19-1119/)|",
        "|PseudoData|2019|[An Empirical Study of Incorporating Pseudo Data into Grammatical Error Correction](https://aclanthology.org/D19-1119/)||",
    ];
    assert!(lines("shared-paper-link", &table_of(header, &rows)).is_empty());
    // A generic label there is the row's own link, and a wrong one is reported.
    let paper = rows[0].replace("[[kiyono+ 2019]]", "[Paper]");
    assert_eq!(
        lines("shared-paper-link", &table_of(header, &[&paper, rows[1]])),
        [4]
    );
}

#[test]
fn a_named_link_left_of_the_title_is_the_rows_paper() {
    // `| [PaLM](InstructGPT's page) | PaLM: Scaling ... |`: the model's
    // link is the row's, and it is another row's paper.
    let header = "| Model | Title | Date |\n|---|---|---|\n";
    let rows = [
        "| [InstructGPT](https://proceedings.neurips.cc/paper_files/paper/2022/hash/b1efde53be364a73914f58805a001731-Abstract-Conference.html) | Training language models to follow instructions with human feedback | 2022.3 |",
        "| [PaLM](https://proceedings.neurips.cc/paper_files/paper/2022/hash/b1efde53be364a73914f58805a001731-Abstract-Conference.html) | PaLM: Scaling Language Modeling with Pathways | 2022.4 |",
    ];
    assert_eq!(lines("shared-paper-link", &table_of(header, &rows)), [4]);
}
