//! A conference row that links its journal extension after a `<br>`
//! (`[Ext](...)`, `[IJCV](...)` on a CVPR row): that link is the
//! extension's, a paper with a row of its own, not this row's.

use crate::rules::testing::*;

const HEADER: &str = "## RGB-D\n\n| Year | Pub. | Title | Links |\n|---|---|---|---|\n";

fn list(rows: &[&str]) -> String {
    format!("{HEADER}{}\n", rows.join("\n"))
}

const IJCV: &str = "| 2022 | IJCV | Learnable Depth Attention with Architecture Search for Saliency | [Paper](https://link.springer.com/article/10.1007/s11263-022-09999-0)/Code |";
const TPAMI: &str = "| 2022 | TPAMI | Mutual Attention and Contrast for Saliency Detection | [Paper](https://arxiv.org/abs/2010.09999)/[Code](https://github.com/a/b) |";

#[test]
fn a_journal_extension_after_a_break_is_another_paper() {
    let text = list(&[
        IJCV,
        TPAMI,
        "| 2021 | CVPR | Depth Attention for Saliency Detection | [Paper](https://arxiv.org/abs/2103.19999)/[Code](https://github.com/c/d)<br>[IJCV](https://link.springer.com/article/10.1007/s11263-022-09999-0) |",
        "| 2020 | CVPR | Selective Mutual Attention for Saliency Detection | Paper/[Code](https://github.com/a/b)<br>[Ext](https://arxiv.org/abs/2010.09999) |",
    ]);
    for rule in [
        "conflicting-duplicate",
        "shared-paper-link",
        "duplicate-paper",
    ] {
        assert!(
            lines(rule, &text).is_empty(),
            "{rule}: {:?}",
            check(rule, &text)
        );
    }
}

#[test]
fn a_link_labelled_with_the_rows_own_venue_is_its_paper() {
    let text = list(&[
        "| 2021 | CVPR | Depth Attention for Saliency Detection | [Paper](https://arxiv.org/abs/2103.19999)<br>[CVPR](https://openaccess.thecvf.com/content/CVPR2021/html/Sun_Depth_CVPR_2021_paper.html) |",
        "| 2021 | CVPR | Learning Graph Transformers for Point Clouds | [Paper](https://openaccess.thecvf.com/content/CVPR2021/html/Sun_Depth_CVPR_2021_paper.html) |",
    ]);
    assert_eq!(lines("shared-paper-link", &text), vec![6]);
}

#[test]
fn a_rows_only_paper_link_still_names_it() {
    // The same links without a break before them: the row's own.
    for label in ["Paper", "arXiv", "Ext"] {
        let text = list(&[
            TPAMI,
            &format!("| 2020 | CVPR | Sparse Convolutions for Video Object Tracking | [{label}](https://arxiv.org/abs/2010.09999) |"),
        ]);
        assert_eq!(lines("shared-paper-link", &text), vec![6], "{label}");
    }
}

#[test]
fn a_journal_row_linking_its_conference_version_after_its_own_link() {
    // visionxiang's aerial list: the IJCV row links its own paper, then the
    // CVPR 2018 version (`[CVPR18](...)`), which has a row of its own.
    let text = list(&[
        "| 2020 | IJCV | Multi-task Generative Adversarial Network for Small Objects | [Paper](https://link.springer.com/article/10.1007/s11263-020-01301-6)/[CVPR18](https://openaccess.thecvf.com/content_cvpr_2018/papers/Bai_Finding_Tiny_Faces_CVPR_2018_paper.pdf) |",
        "| 2018 | CVPR | Finding Tiny Faces in the Wild With Generative Adversarial Network | [Paper](https://openaccess.thecvf.com/content_cvpr_2018/html/Bai_Finding_Tiny_Faces_CVPR_2018_paper.html)/Code |",
    ]);
    assert!(check("shared-paper-link", &text).is_empty());
    assert!(check("conflicting-duplicate", &text).is_empty());
    // As the row's only link it names the row's paper.
    let only = text.replace(
        "[Paper](https://link.springer.com/article/10.1007/s11263-020-01301-6)/",
        "",
    );
    assert_eq!(lines("shared-paper-link", &only), [6]);
    // Written as HTML anchors, the same.
    let anchors = text.replace(
        "[Paper](https://link.springer.com/article/10.1007/s11263-020-01301-6)/[CVPR18](https://openaccess.thecvf.com/content_cvpr_2018/papers/Bai_Finding_Tiny_Faces_CVPR_2018_paper.pdf)",
        "<a href=\"https://link.springer.com/article/10.1007/s11263-020-01301-6\">Paper</a>/<a href=\"https://openaccess.thecvf.com/content_cvpr_2018/papers/Bai_Finding_Tiny_Faces_CVPR_2018_paper.pdf\">CVPR18</a>",
    );
    assert!(anchors.contains("<a href"));
    assert!(check("shared-paper-link", &anchors).is_empty());
}
