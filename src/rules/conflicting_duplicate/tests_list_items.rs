//! Tests of conflicting-duplicate on list items: one paper twice, two
//! venues or years.

use crate::rules::testing::*;

const AUNET: &str = "Attention-guided Unified Network for Panoptic Segmentation";

#[test]
fn one_paper_under_two_venues_is_reported_anywhere() {
    let text = format!(
        "## Panoptic\n\n- [{AUNET} - ARXIV - 2018](https://arxiv.org/abs/1812.03904)\n\n## Other\n\n- [{AUNET} - CVPR - 2019](https://arxiv.org/abs/1812.03904)\n"
    );
    let found = check("conflicting-duplicate", &text);
    assert_eq!(found.len(), 1);
    assert_eq!(lines("conflicting-duplicate", &text), [7]);
    assert!(
        found[0].message.contains("2018 vs 2019"),
        "{}",
        found[0].message
    );
    // Venues named with their year are quoted as written.
    let text = format!(
        "- [{AUNET}](https://arxiv.org/abs/1812.03904), arXiv 2018\n- [{AUNET}](https://arxiv.org/pdf/1812.03904.pdf), CVPR 2019\n"
    );
    let found = check("conflicting-duplicate", &text);
    assert_eq!(found.len(), 1);
    assert!(
        found[0].message.contains("arXiv 2018 vs CVPR 2019"),
        "{}",
        found[0].message
    );
    // Not duplicate-paper's too.
    assert!(lines("duplicate-paper", &text).is_empty());
}

#[test]
fn copies_that_agree_or_link_two_papers_are_not_reported() {
    let same = format!("- [{AUNET}](https://arxiv.org/abs/1812.03904), CVPR 2019\n");
    let text = format!("{same}\n## B\n\n{same}");
    assert!(lines("conflicting-duplicate", &text).is_empty());
    // One title on two papers' links proves no conflict.
    let text = format!(
        "- [{AUNET}](https://arxiv.org/abs/1812.03904), arXiv 2018\n- [{AUNET}](https://arxiv.org/abs/1812.99999), CVPR 2019\n"
    );
    assert!(lines("conflicting-duplicate", &text).is_empty());
    // Three copies, two agreeing: only the odd one is reported.
    let copy =
        |venue: &str| format!("- [{AUNET}](https://arxiv.org/abs/1812.03904), {venue}\n\n## X\n\n");
    let text = format!(
        "{}{}{}",
        copy("CVPR 2019"),
        copy("arXiv 2018"),
        copy("CVPR 2019")
    );
    assert_eq!(lines("conflicting-duplicate", &text), [5]);
}

#[test]
fn a_conference_paper_and_its_journal_version_are_listed_on_purpose() {
    let title = "Cognitive Mapping and Planning for Visual Navigation";
    let text = format!(
        "* [{title}](https://arxiv.org/pdf/1702.03920v2.pdf) CVPR 2017\n* [{title}](https://arxiv.org/pdf/1702.03920.pdf) IJCV 2019\n"
    );
    assert!(lines("conflicting-duplicate", &text).is_empty());
    let text = text.replace("IJCV 2019", "ICCV 2019");
    assert_eq!(lines("conflicting-duplicate", &text), [2]);
}

#[test]
fn a_stale_preprint_copy_in_another_section_is_reported_across_link_forms() {
    let title =
        "Re2TAL: Rewiring Pretrained Video Backbones for Reversible Temporal Action Localization";
    let text = format!(
        "## Fully supervised\n\n- [{title}](https://arxiv.org/abs/2211.14053) (arxiv 2022)\n\n## Pretraining\n\n- [{title}](https://openaccess.thecvf.com/content/CVPR2023/html/Zhao_Re2TAL_Rewiring_CVPR_2023_paper.html) (CVPR 2023)\n"
    );
    assert_eq!(lines("conflicting-duplicate", &text), [7]);
    let found = check("conflicting-duplicate", &text);
    assert!(
        found[0].message.contains("arxiv 2022 vs CVPR 2023"),
        "{}",
        found[0].message
    );
    // Two reviewed venues across forms may be two editions (a workshop
    // paper, then the conference's): left alone.
    let editions = text.replace("(arxiv 2022)", "(NeurIPS 2022)");
    assert!(lines("conflicting-duplicate", &editions).is_empty());
    // A preprint dated after the publication is its extension.
    let extension = text.replace("(arxiv 2022)", "(arXiv 2024)");
    assert!(lines("conflicting-duplicate", &extension).is_empty());
    // In one run, duplicate-paper reports the pair.
    let one_run = text.replace("\n## Pretraining\n\n", "");
    assert!(lines("conflicting-duplicate", &one_run).is_empty());
    assert_eq!(lines("duplicate-paper", &one_run), [4]);
    // Two arXiv ids are two papers, whatever their titles.
    let two_papers = text.replace(
        "https://openaccess.thecvf.com/content/CVPR2023/html/Zhao_Re2TAL_Rewiring_CVPR_2023_paper.html",
        "https://arxiv.org/abs/2301.00001",
    );
    assert!(lines("conflicting-duplicate", &two_papers).is_empty());
    // A short title may name two papers.
    let short = text.replace(title, "Temporal Action Localization Revisited");
    assert!(lines("conflicting-duplicate", &short).is_empty());
}

#[test]
fn a_third_copy_agreeing_with_the_first_across_link_forms_is_not_reported() {
    let title = "Mitigating Large Language Model Hallucinations via Autonomous Knowledge Graph-based Retrofitting";
    let publisher = "https://dl.acm.org/doi/10.1609/aaai.v38i16.29770";
    let preprint = "https://arxiv.org/abs/2311.13314";
    let copy = |venue: &str, link: &str| format!("- ({venue}) **{title}** [[Paper]]({link})\n\n");
    let text = format!(
        "## A\n\n{}## B\n\n{}## C\n\n{}",
        copy("AAAI 2024", publisher),
        copy("arXiv 2024", preprint),
        copy("AAAI 2024", preprint)
    );
    // Only the odd middle copy.
    assert_eq!(lines("conflicting-duplicate", &text), [7]);
    // A third copy that agrees with neither is reported.
    let odd_third = format!(
        "{}- (IJCAI 2025) **{title}** [[Paper]]({preprint})\n",
        text.trim_end_matches(&copy("AAAI 2024", preprint)[..])
    );
    assert_eq!(lines("conflicting-duplicate", &odd_third), [7, 11]);
    // Where the middle copy was not reported against the first (two
    // reviewed venues across forms), the third reports it.
    let mae = "Masked Autoencoders Are Scalable Vision Learners For Detection";
    let cvf = "https://openaccess.thecvf.com/content/CVPR2022/html/He_Masked_Autoencoders_Are_Scalable_Vision_Learners_CVPR_2022_paper.html";
    let text = format!(
        "## A\n\n- [{mae}]({cvf}) (CVPR 2022)\n\n## B\n\n- [{mae}](https://arxiv.org/abs/2111.06377) (CVPR 2021)\n\n## C\n\n- [{mae}](https://arxiv.org/abs/2111.06377) (CVPR 2022)\n"
    );
    assert_eq!(lines("conflicting-duplicate", &text), [11]);
}

#[test]
fn one_title_at_one_conference_in_two_years_in_one_run() {
    // mingli-ai's recommendation list: `(ICLR 2020)` on the OpenReview
    // page, `(ICLR 2019)` on the preprint, nine items apart.
    let title = "Inductive Matrix Completion Based on Graph Neural Networks";
    let text = format!(
        "## GNN\n\n- (ICLR 2020) {title}. [[paper](https://openreview.net/pdf?id=ByxxgCEYDS)]\n\
         - (2019) Binarized Collaborative Filtering with Distilling Graph Networks. [[paper](https://arxiv.org/pdf/1906.01829.pdf)]\n\
         - (ICLR 2019) {title}. [[paper](https://arxiv.org/abs/1904.12058)]\n"
    );
    let found = check("conflicting-duplicate", &text);
    assert_eq!(lines("conflicting-duplicate", &text), [5], "{found:?}");
    assert!(
        found[0].message.contains("ICLR 2020 vs ICLR 2019, line 3"),
        "{}",
        found[0].message
    );
    // Linked by no id at all (gnipping's `IEEE S&P 2023` and `2024`
    // proceedings pages), the same.
    let unlinked = text
        .replace(
            "https://openreview.net/pdf?id=ByxxgCEYDS",
            "https://example.org/a.pdf",
        )
        .replace(
            "https://arxiv.org/abs/1904.12058",
            "https://example.org/b.pdf",
        );
    assert_eq!(lines("conflicting-duplicate", &unlinked), [5]);
    // A workshop or challenge is held each year under one name.
    let workshop = text.replace(
        title,
        "Workshop on Graph Neural Networks for Recommendation",
    );
    assert!(lines("conflicting-duplicate", &workshop).is_empty());
    // A paper under submission may try again; a word that only holds one
    // of those words (`Tracking`) is no event.
    let submission = text.replace("(ICLR 2019)", "(ICLR 2019 submission)");
    assert!(lines("conflicting-duplicate", &submission).is_empty());
    let tracking = text.replace(
        title,
        "Inductive Object Tracking Based on Graph Neural Networks",
    );
    assert_eq!(lines("conflicting-duplicate", &tracking), [5]);
    // Two conferences, or two runs (topics), are left to other readings.
    let two_venues = text.replace("(ICLR 2019)", "(KDD 2019)");
    assert!(lines("conflicting-duplicate", &two_venues).is_empty());
    let two_runs = text.replace("- (ICLR 2019)", "\n## Matrix completion\n\n- (ICLR 2019)");
    assert!(lines("conflicting-duplicate", &two_runs).is_empty());
    // A short title may name two papers.
    let short = text.replace(title, "Graph Matrix Completion");
    assert!(lines("conflicting-duplicate", &short).is_empty());
}

#[test]
fn a_date_alone_before_the_venue_year_of_the_other_copy_is_the_preprints() {
    // alopatenko/LLMEvaluation files MMLU under two topics, once by its
    // preprint's date and once by its venue.
    let mmlu = "Measuring Massive Multitask Language Understanding";
    let text = format!(
        "## Frontier models\n\n- {mmlu}, May 2020, [arxiv](https://arxiv.org/abs/2009.03300)\n- Holistic Evaluation of Language Models, Nov 2022, [arxiv](https://arxiv.org/abs/2211.09110)\n- Beyond the Imitation Game Benchmark, Jun 2022, [arxiv](https://arxiv.org/abs/2206.04615)\n\n## Large benchmarks\n\n- {mmlu},  MMLU, ICLR, 2021, [arxiv](https://arxiv.org/pdf/2009.03300.pdf)\n"
    );
    assert!(lines("conflicting-duplicate", &text).is_empty());
    // A date after the venue's year is no preprint's.
    let later = text.replace("May 2020", "May 2022");
    assert_eq!(lines("conflicting-duplicate", &later), [9]);
    // A copy that calls itself a preprint names its venue (THUDM/CogDL's
    // `arXiv preprint arXiv:1810.00826 2018` beside `ICLR 2019`): stale.
    let preprint = text.replace("May 2020,", "arXiv preprint arXiv:2009.03300 2020.");
    assert_eq!(lines("conflicting-duplicate", &preprint), [9]);
}

#[test]
fn a_copy_without_venue_or_year_settles_nothing() {
    // Round 66, RUCAIBox/LLMSurvey L575/L706/L895: AlphaCode as `arXiv
    // 2022`, `Science.` and `Science 2022`; the bare copy between them had
    // hidden the stale preprint.
    let item = |details: &str| {
        format!("1. **\"Competition-Level Code Generation with AlphaCode\"**. *Yujia Li et al.* {details} [[Paper](http://arxiv.org/abs/2203.07814v1)]\n")
    };
    let text = format!(
        "### Closed-source Models\n\n{}\n### Program Synthesis\n\n{}\n### Capacity Evaluation\n\n{}",
        item("arXiv 2022."),
        item("Science."),
        item("Science 2022.")
    );
    let found = check("conflicting-duplicate", &text);
    assert_eq!(lines("conflicting-duplicate", &text), [11]);
    assert!(
        found[0].message.contains("arXiv 2022 vs Science 2022"),
        "{}",
        found[0].message
    );
    // Bare copies alone still make no finding.
    let text = format!("{}\n## B\n\n{}", item("Science."), item("Science."));
    assert!(lines("conflicting-duplicate", &text).is_empty());
}

#[test]
fn one_paper_in_a_findings_volume_and_in_the_main_track_is_reported() {
    // LiyuHou8/Embodied-AI-Eval-Survey: `Findings of ACL 2025` at 79 and
    // `ACL 2025` at 471, both on the Findings paper's Anthology page.
    let item = |venue: &str| {
        format!(
            "[Can Vision Language Models Understand Mimed Actions?](https://aclanthology.org/2025.findings-acl.1372/). Hyundong Justin Cho et al. {venue}. [[projectpage](https://justin-cho.com/mime)]"
        )
    };
    let text = |first: &str, second: &str| {
        format!(
            "## Perception\n\n1. {}\n\n## Language\n\n1. {}\n",
            item(first),
            item(second)
        )
    };
    let found = check(
        "conflicting-duplicate",
        &text("Findings of ACL 2025", "ACL 2025"),
    );
    assert_eq!(found.len(), 1);
    assert!(
        found[0]
            .message
            .contains("Findings of ACL 2025 vs ACL 2025 main track"),
        "{}",
        found[0].message
    );
    // Both in the Findings, written two ways: one place.
    assert!(check(
        "conflicting-duplicate",
        &text("Findings of ACL 2025", "ACL 2025 Findings")
    )
    .is_empty());
    assert!(check("conflicting-duplicate", &text("ACL 2025", "ACL 2025")).is_empty());
}
