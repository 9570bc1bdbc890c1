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
fn a_link_in_doubled_parentheses_is_one_problem() {
    let text = "# L\n\n- [PromptTTS 2](https://arxiv.org/abs/2309.02285), [Codec]((https://arxiv.org/abs/2309.02285))\n";
    let found = check("malformed-link", text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.contains("doubled parentheses"));
}
