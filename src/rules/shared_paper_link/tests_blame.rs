//! Tests of shared-paper-link: which of two rows on one link the message
//! blames, by the link's text, the code repository, a citation, the date
//! or the arXiv title.

use super::tests::{assert_blames_one_row, assert_the_one_finding_says, PAPER_TABLE};
use crate::rules::testing::*;

#[test]
fn names_the_row_whose_link_text_names_the_other_paper() {
    // The second row's link was copied from the first: its text still says so.
    let text = format!(
            "{PAPER_TABLE}| ResShift: Efficient Diffusion Model for Image Super-resolution by Residual Shifting | NeurIPS 2023 | [ResShift](https://arxiv.org/abs/2307.12348) | - |\n\
             | SinSR: Diffusion-Based Image Super-Resolution in a Single Step | CVPR 2024 | [ResShift](https://arxiv.org/abs/2307.12348) | - |\n"
        );
    let found = check("shared-paper-link", &text);
    assert_the_one_finding_says(&found, "probably wrong");
    assert!(
        found[0].message.contains("link itself says \"ResShift\""),
        "{}",
        found[0].message
    );
    assert_eq!(lines("shared-paper-link", &text), [6]);
    // When the first row is the one whose link names the other paper, it is the one named.
    let text = format!(
            "{PAPER_TABLE}| SinSR: Diffusion-Based Image Super-Resolution in a Single Step | CVPR 2024 | [ResShift](https://arxiv.org/abs/2307.12348) | - |\n\
             | ResShift: Efficient Diffusion Model for Image Super-resolution by Residual Shifting | NeurIPS 2023 | [arXiv](https://arxiv.org/abs/2307.12348) | - |\n"
        );
    assert_eq!(lines("shared-paper-link", &text), [5]);
}

#[test]
fn names_the_row_whose_code_repository_is_the_other_papers() {
    let a = "| [DOTS: Decoupling Operation and Topology in Differentiable Architecture Search](https://arxiv.org/abs/2010.00969) | CVPR 2021 | Gradient | [Code](https://github.com/guyuchao/DOTS) | 2021 |";
    let b = "| [NEAS: One-Shot Neural Ensemble Architecture Search](https://arxiv.org/abs/2010.00969) | CVPR 2021 | Gradient | [Code](https://github.com/guyuchao/DOTS) | 2021 |";
    let found = check("shared-paper-link", &seed_table("S", &[a, b]));
    assert_the_one_finding_says(&found, "code repository");
    assert_eq!(lines("shared-paper-link", &seed_table("S", &[a, b])), [6]);
}

#[test]
fn names_the_row_whose_arxiv_title_differs_under_links() {
    let a = "| [One-Shot Neural Ensemble Architecture Search by Diversity-Guided Search Space Shrinking](https://arxiv.org/pdf/2010.00969v3.pdf) | CVPR 2021 | Gradient | [Code](https://github.com/researchmm/NEAS) | 2021 |";
    let b = "| [DOTS: Decoupling Operation and Topology in Differentiable Architecture Search](https://arxiv.org/abs/2010.00969) | CVPR 2021 | Gradient | [Code](https://github.com/guyuchao/DOTS) | 2021 |";
    let text = seed_table("S", &[a, b]);
    // What the link check reports under --links: arXiv 2010.00969 is DOTS.
    let link = text.find("https://arxiv.org/pdf/2010.00969v3.pdf").unwrap();
    let mismatch = crate::Diagnostic::new(
        crate::registry::links::ARXIV_TITLE_MISMATCH.name,
        crate::Severity::Error,
        crate::Span::new(link, link + 10),
        "arXiv 2010.00969 is another paper",
    );
    let options = crate::LintOptions {
        selection: crate::RuleSelection::only(&["shared-paper-link"]).unwrap(),
        ..crate::LintOptions::default()
    };
    let knowledge = crate::Knowledge::builtin().unwrap();
    let found: Vec<_> =
        crate::lint_document_with(&text, &knowledge, &options, Some(vec![mismatch]))
            .diagnostics
            .into_iter()
            .filter(|d| d.rule == "shared-paper-link")
            .collect();
    assert_the_one_finding_says(&found, "probably wrong");
    assert!(
        found[0].message.contains("arXiv gives"),
        "{}",
        found[0].message
    );
    // The NEAS row (line 5) is named, not the later DOTS row.
    assert_eq!(
        crate::LineIndex::new(&text).line_of(found[0].span.start) + 1,
        5
    );
}

const CITATION_TABLE: &str = "## Papers\n\n| Paper | Method | Venue | Year |\n|---|---|---|---|\n";

#[test]
fn citations_by_the_same_authors_are_told_apart_by_their_titles() {
    // Shaped like a federated-learning list that cites each paper in
    // full: two papers of one group, the second row with the first's link.
    let text = format!(
            "{CITATION_TABLE}| [Kato R, Mori T, Ueda K. Distilled federated training with unlabeled shared data for private clients. IEEE Transactions on Networking, 2021, 9(1): 11-20](https://arxiv.org/abs/2008.01234) | Distillation | IEEE | 2021 |\n\
             | [Kato R, Mori T, Ueda K. Zero-data transfer of knowledge across devices of unequal size. IEEE Transactions on Networking, 2021, 9(1): 11-20](https://arxiv.org/abs/2008.01234) | Distillation | IEEE | 2021 |\n"
        );
    let found = check("shared-paper-link", &text);
    assert_eq!(found.len(), 1, "{found:?}");
    // Quoted by its title, not by its authors.
    assert!(
        found[0].message.contains("\"Distilled federated training"),
        "{}",
        found[0].message
    );
    // The same citation twice is one paper, not a shared link.
    let text = format!(
            "{CITATION_TABLE}| [Kato R, Mori T. Distilled federated training with unlabeled data. IEEE TNET, 2021](https://arxiv.org/abs/2008.01234) | Distillation | IEEE | 2021 |\n\
             | [Kato R, Mori T, Ueda K. Distilled federated training with unlabeled data. IEEE Transactions on Networking, 2021, 9(1)](https://arxiv.org/abs/2008.01234) | Distillation | IEEE | 2021 |\n"
        );
    assert!(check("shared-paper-link", &text).is_empty());
}

#[test]
fn names_the_row_whose_citation_names_another_arxiv_id() {
    let text = format!(
            "{CITATION_TABLE}| [Ross J, Li Q, Poor H V. Tackling drift in heterogeneous federated optimization. Advances in neural information processing systems, 2020, 33: 7611-7623](https://arxiv.org/abs/2007.01234) | Restriction | NIPS | 2020 |\n\
             | [Hanz F, Rich P. Federated learning of a mixture of global and local models. arXiv preprint arXiv:2002.05516, 2020](https://arxiv.org/abs/2007.01234) | Interpolation | arXiv | 2020 |\n"
        );
    assert_blames_one_row(&text, "its own citation names arXiv:2002.05516");
    assert_eq!(lines("shared-paper-link", &text), [6]);
    // A citation naming the very id it links is no evidence.
    let text = text.replace("arXiv:2002.05516", "arXiv:2007.01234");
    let found = check("shared-paper-link", &text);
    assert!(
        !found[0].message.contains("citation names"),
        "{}",
        found[0].message
    );
}

#[test]
fn names_the_row_whose_title_the_list_gives_another_link() {
    // The first copy of a paper has its own link; a cross-listed copy
    // later carries its neighbour's.
    let text = format!(
            "{PAPER_TABLE}| Zero-shot transfer of distilled knowledge to small devices | TMC 2021 | [arXiv](https://arxiv.org/abs/2109.03775) | - |\n\
             | Semi-supervised federated learning with non-iid private data | TMC 2021 | [arXiv](https://arxiv.org/abs/2008.06180) | - |\n\n\
             ## More\n\n| Title | Venue | Paper | Code |\n|---|---|---|---|\n\
             | Zero-shot transfer of distilled knowledge to small devices | TMC 2021 | [arXiv](https://arxiv.org/abs/2008.06180) | - |\n"
        );
    let found = check("shared-paper-link", &text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0]
            .message
            .contains("line 5 lists this row's title with arXiv 2109.03775"),
        "{}",
        found[0].message
    );
    assert_eq!(lines("shared-paper-link", &text), [12]);
}

#[test]
fn names_the_row_whose_date_is_not_the_arxiv_papers_month() {
    // Shaped like an LLM-inference list dated by arXiv month: the
    // December row carries the July paper's link.
    let table = "| Date | Title | Paper |\n|---|---|---|\n";
    let rows = [
            "|2024.05|[**Tensor Product**] Acceleration of Tensor-Product Operations with Tensor Cores|[[pdf]](https://arxiv.org/pdf/2405.09621)|",
            "|2024.12|[**HADAKERN**] HADAKERN: Tensor Core Accelerated Hadamard Transform Kernel|[[pdf]](https://arxiv.org/pdf/2405.09621)|",
            "|2024.03|[**A**] A First Kernel for Sparse Attention|[[pdf]](https://arxiv.org/pdf/2403.01111)|",
            "|2024.04|[**B**] A Second Kernel for Sparse Attention|[[pdf]](https://arxiv.org/pdf/2404.01111)|",
        ];
    let text = format!("# L\n\n## Kernels\n\n{table}{}\n", rows.join("\n"));
    assert_blames_one_row(&text, "2024-12 is not that paper's (2024-05)");
    assert_eq!(lines("shared-paper-link", &text), [8]);
    // When the table's dates are not the arXiv months, the dates say nothing.
    let text = text
        .replace("|2024.03|", "|2024.09|")
        .replace("|2024.04|", "|2024.10|");
    let found = check("shared-paper-link", &text);
    assert!(
        found[0].message.contains("one of the two links is wrong"),
        "{}",
        found[0].message
    );
}

#[test]
fn names_the_rows_whose_link_spells_another_rows_title() {
    // LiuTingWed's NAS list: four rows on the NAS-FCOS paper's CVF PDF,
    // whose file name spells its title; the three others are wrong, each
    // reported once, and the NAS-FCOS row not at all.
    let pdf = "https://openaccess.thecvf.com/content_CVPR_2020/papers/Wang_NAS-FCOS_Fast_Neural_Architecture_Search_for_Object_Detection_CVPR_2020_paper.pdf";
    let row = |title: &str| format!("| {title} | CVPR 2020 | [Paper]({pdf}) | - |\n");
    let text = format!(
        "{PAPER_TABLE}{}{}{}{}",
        row("Achieving on-Mobile Real-Time Super-Resolution with Neural Architecture and Pruning Search"),
        row("Neural Architecture Search for Joint Human Parsing and Pose Estimation"),
        row("Fast Neural Architecture Search for Object Detection"),
        row("Rethinking Performance Estimation in Neural Architecture Search"),
    );
    let found = check("shared-paper-link", &text);
    assert_eq!(lines("shared-paper-link", &text), [5, 6, 8]);
    for finding in &found {
        assert!(
            finding.message.contains("spells that paper's title")
                && finding.message.contains("(line 7)"),
            "{}",
            finding.message
        );
    }
}
