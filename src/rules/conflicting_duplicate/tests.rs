use crate::rules::testing::*;

#[test]
fn fires_when_the_copies_disagree_on_venue_year() {
    let a = "| [NAS-Bench-101](https://arxiv.org/abs/1902.09635) | ICML 2018 | Other | [Code](https://github.com/a/a) | 2018 |";
    let b = "| [NAS-Bench-101](https://arxiv.org/abs/1902.09635) | ICML 2019 | Benchmark | [Code](https://github.com/a/a) | 2019 |";
    let found = check("conflicting-duplicate", &seed_table("S", &[a, b]));
    assert_eq!(found.len(), 1);
    assert!(
        found[0].message.contains("ICML 2019 vs ICML 2018"),
        "{}",
        found[0].message
    );
}

#[test]
fn a_preprint_copy_beside_a_venue_nas_lint_does_not_know() {
    // Armorhtk's radar list: one paper in two topic sections, once in `IEEE
    // Transactions on Radar Systems`, once as `arXiv`, both 2024.
    let row = |venue: &str, link: &str| {
        format!("| [A Deep Automotive Radar Detector Using the RaDelft Dataset]({link}) | {venue} | - | - | 2024 |")
    };
    let journal = row(
        "IEEE Transactions on Radar Systems",
        "https://ieeexplore.ieee.org/document/10731871",
    );
    let preprint = row("arXiv", "https://arxiv.org/abs/2406.04723");
    let text = format!(
        "{}\n{}",
        seed_table("Detection", &[&journal]),
        seed_table("Datasets", &[&preprint])
    );
    let found = check("conflicting-duplicate", &text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0]
            .message
            .contains("arXiv vs IEEE Transactions on Radar Systems"),
        "{}",
        found[0].message
    );
    // A review site (`OpenReview, Jun 2021`) or a note names no venue.
    for other in ["OpenReview, Jun 2021", "Oral", "PDF", "ADS"] {
        let text = format!(
            "{}\n{}",
            seed_table(
                "Detection",
                &[&row(other, "https://ieeexplore.ieee.org/document/10731871")]
            ),
            seed_table("Datasets", &[&preprint])
        );
        assert!(check("conflicting-duplicate", &text).is_empty(), "{other}");
    }
}

#[test]
fn a_joint_conference_agrees_with_either_of_its_parts() {
    // Egg-Hu/Awesome-Synthetic-Data-Generation: `COLING` and `LREC-COLING`
    // for one paper of LREC-COLING 2024.
    let row = |venue: &str| {
        format!("| [Tree-instruct: complexity and alignment](https://aclanthology.org/2024.lrec-main.1460) | {venue} | - | - | 2024 |")
    };
    let pair = |a: &str, b: &str| seed_table("S", &[&row(a), &row(b)]);
    assert!(check(
        "conflicting-duplicate",
        &pair("COLING 2024", "LREC-COLING 2024")
    )
    .is_empty());
    assert!(check(
        "conflicting-duplicate",
        &pair("LREC/COLING 2024", "LREC 2024")
    )
    .is_empty());
    // Another venue, or a workshop's form (`CVPR-W`), still disagrees.
    assert_eq!(
        check(
            "conflicting-duplicate",
            &pair("ACL 2024", "LREC-COLING 2024")
        )
        .len(),
        1
    );
    assert_eq!(
        check("conflicting-duplicate", &pair("CVPR 2019", "CVPR-W 2019")).len(),
        1
    );
}

/// Tables shaped like lists that name each paper by its model and link
/// it as `[arXiv](...)` under "Paper": the link text is no title. The
/// first table, with a "Params" column, is a leaderboard: its rows pair
/// by model name, and `LIMoE` and `LiMoE` are two models.
const MODELS: &str = "## Vision Encoders\n\n| Model | Location | Params / Active | Venue | Paper |\n|---|---|---|---|---|\n\
    | V-MoE | ViT FFN layers | 15B / 2B | NeurIPS 2021 | [arXiv](https://arxiv.org/abs/2106.05974) |\n\
    | LIMoE | Shared encoder | 5.6B / 675M | NeurIPS 2022 | [arXiv](https://arxiv.org/abs/2206.02770) |\n\
    | LiMoE | LiDAR + image encoder | 85.8M / — | CVPR 2025 | [arXiv](https://arxiv.org/abs/2501.04004) |\n\n\
    ## Audio-Visual\n\n| Model | Modalities | Venue | Paper |\n|---|---|---|---|\n\
    | AVMoE | Audio+Video | NeurIPS 2024 | [arXiv](https://openreview.net/forum?id=SNmuKbU0am) |\n\
    | GLM-4.5V | Video + text | arXiv 2025 | [arXiv](https://arxiv.org/abs/2507.01006) |\n";

#[test]
fn generic_link_labels_and_names_differing_in_case_pair_no_papers() {
    assert!(lines("conflicting-duplicate", MODELS).is_empty());
    assert!(lines("duplicate-paper", MODELS).is_empty());
}

#[test]
fn rows_without_a_real_title_still_pair_by_paper_id() {
    let text = format!(
        "{MODELS}| MoE-LLaVA | Image + text | NeurIPS 2021 | [arXiv](https://arxiv.org/abs/2401.15947) |\n\
         | MoE-LLaVA | Image + text | ICML 2021 | [arXiv](https://arxiv.org/abs/2401.15947) |\n"
    );
    let found = check("conflicting-duplicate", &text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].message.contains("ICML 2021 vs NeurIPS 2021"),
        "{}",
        found[0].message
    );
    assert!(
        !found[0].message.contains("\"arXiv\""),
        "{}",
        found[0].message
    );
}

#[test]
fn a_release_channel_disagrees_with_no_venue() {
    let a = "| [ShieldGemma](https://arxiv.org/abs/2407.21772) | Google | - | [Code](https://github.com/a/a) | 2024 |";
    let b = "| [ShieldGemma](https://arxiv.org/abs/2407.21772) | arXiv | - | [Code](https://github.com/a/a) | 2024 |";
    assert!(lines("conflicting-duplicate", &seed_table("S", &[a, b])).is_empty());
}

#[test]
fn quiet_when_one_copy_is_only_less_complete() {
    let a = "| [FNA](https://arxiv.org/abs/2001.02525) | ICLR 2020 | - | [Code](https://github.com/a/a) | 2020 |";
    let b = "| [FNA](https://arxiv.org/abs/2001.02525) | - | ICLR 2020 | [Code](https://github.com/a/a) |";
    let c = "| [FNA](https://arxiv.org/abs/2001.02525) | - | - | [Code](https://github.com/a/a) | 2020 |";
    assert!(lines("conflicting-duplicate", &seed_table("S", &[a, b, c])).is_empty());
}

const VIDEO_TABLE: &str = "| Title | Model | Date | Code | Venue |\n|---|---|---|---|---|\n";

fn video_row(title: &str, arxiv: &str, date: &str) -> String {
    format!("| [**{title}**](https://arxiv.org/abs/{arxiv}) | M | {date} | [code](https://github.com/a/{arxiv}) | arXiv |\n")
}

#[test]
fn month_and_year_dates_of_two_copies_disagree() {
    // Shaped like a video-LLM list: `MM/YYYY` dates, one paper in two
    // sections, the second copy a month late.
    let otter = "Otter-like: A Multi-Modal Model with In-Context Instruction Tuning";
    let text = format!(
        "# L\n\n## A\n\n{VIDEO_TABLE}{}{}\n## B\n\n{VIDEO_TABLE}{}{}",
        video_row(otter, "2305.03726", "05/2023"),
        video_row("Another Model for Video Chat", "2305.06355", "05/2023"),
        video_row("A Third Model for Video Chat", "2306.02858", "06/2023"),
        video_row(otter, "2305.03726v1", "06/2023"),
    );
    let found = check("conflicting-duplicate", &text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].message.contains("date 2023-06 vs 2023-05"),
        "{}",
        found[0].message
    );
    // Dates a year apart are still named as dates (CloudEngineHub's
    // planning table L37/L40: `2025-08-21` beside `2024-03-18`).
    let late = text.replacen(
        "| 06/2023 | [code](https://github.com/a/2305.03726v1)",
        "| 06/2024 | [code](https://github.com/a/2305.03726v1)",
        1,
    );
    let found = check("conflicting-duplicate", &late);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].message.contains("date 2024-06 vs 2023-05"),
        "{}",
        found[0].message
    );
}

#[test]
fn dates_of_two_kinds_do_not_conflict() {
    // One table dates the preprints (its dates are the arXiv months),
    // the other gives release dates (none is): one paper's two dates
    // may differ by a month.
    let paper = "A Benchmark of Video Understanding for Many Tasks";
    let text = format!(
        "# L\n\n## Models\n\n{VIDEO_TABLE}{}{}{}\n## Benchmarks\n\n{VIDEO_TABLE}{}{}{}",
        video_row(paper, "2311.17005", "11/2023"),
        video_row("First Other Model of Video", "2305.06355", "05/2023"),
        video_row("Second Other Model of Video", "2306.02858", "06/2023"),
        video_row(paper, "2311.17005", "12/2023"),
        video_row("First Other Benchmark of Video", "2305.01111", "08/2023"),
        video_row("Second Other Benchmark of Video", "2306.01111", "09/2023"),
    );
    assert!(check("conflicting-duplicate", &text).is_empty());
    // Both tables date the preprints: the late copy conflicts.
    let text = text
        .replace("| 08/2023 |", "| 05/2023 |")
        .replace("| 09/2023 |", "| 06/2023 |");
    assert_eq!(check("conflicting-duplicate", &text).len(), 1);
}

/// A method table in which one row is the dataset a method's paper
/// introduced (`Dataset` in the Venue cell), and a "Datasets" section
/// that lists the dataset again.
fn dataset_rows(dataset_copy: &str) -> String {
    format!(
        "## Interaction\n\n| Date | Venue | Work | Project | Paper |\n|---|---|---|---|---|\n\
         | 2024-02 | TPAMI 2024 | [DuoGen](https://example.org/duo) | [Project](https://example.org/duo) | [Paper](https://arxiv.org/abs/2305.01234) |\n\
         | 2023-08 | Dataset | [DuoSet](https://example.org/duo) | [Project](https://example.org/duo) | [Paper](https://arxiv.org/abs/2305.01234) |\n\n\
         ## Datasets and Benchmarks\n\n| Date | Venue | Work | Project | Paper |\n|---|---|---|---|---|\n\
         {dataset_copy}\n"
    )
}

#[test]
fn a_dataset_row_never_pairs_with_the_paper_that_introduced_it() {
    let agreeing = "| 2023-08 | arXiv 2023 | [DuoSet Dataset](https://example.org/duo) | [Project](https://example.org/duo) | [Paper](https://arxiv.org/abs/2305.01234) |";
    let text = dataset_rows(agreeing);
    assert!(
        lines("conflicting-duplicate", &text).is_empty(),
        "{:?}",
        check("conflicting-duplicate", &text)
    );
    assert!(lines("duplicate-paper", &text).is_empty());
}

#[test]
fn two_copies_of_one_dataset_still_must_agree() {
    let disagreeing = "| 2023-05 | arXiv 2023 | [DuoSet Dataset](https://example.org/duo) | [Project](https://example.org/duo) | [Paper](https://arxiv.org/abs/2305.01234) |";
    let text = dataset_rows(disagreeing);
    let found = check("conflicting-duplicate", &text);
    assert_eq!(lines("conflicting-duplicate", &text), [12], "{found:?}");
    // Paired with the dataset row, not with the method's paper row.
    assert!(found[0].message.contains("line 6"), "{}", found[0].message);
    assert!(
        found[0].message.contains("2023-05 vs 2023-08"),
        "{}",
        found[0].message
    );
}

#[test]
fn a_row_citing_two_preprints_dates_them_as_a_group() {
    // An era table (ishandutta2007/Awesome-GNNs) cites two papers in one
    // row under the era's first year; the variants table dates GCN alone.
    let era = "## Eras\n\n| Era | Year | Paper |\n|---|---|---|\n\
        | Spectral | 2013 | [Spectral Networks](https://arxiv.org/abs/1312.6203) / [GCN](https://arxiv.org/abs/1609.02907) |\n";
    let variants = "## Variants\n\n| Variant | Year | Paper |\n|---|---|---|\n\
        | Convolution | 2016 | [GCN](https://arxiv.org/abs/1609.02907) |\n";
    assert!(lines("conflicting-duplicate", &format!("{era}\n{variants}")).is_empty());
    // The same two rows, each citing one paper, disagree.
    let era = era.replace(
        " [Spectral Networks](https://arxiv.org/abs/1312.6203) /",
        "",
    );
    assert_eq!(
        lines("conflicting-duplicate", &format!("{era}\n{variants}")).len(),
        1
    );
    // A second link to the paper's extended version is no second paper.
    let detection = "## Detection\n\n| Title | Venue | Year |\n|---|---|---|\n\
        | [Mask R-CNN](https://arxiv.org/abs/1703.06870) | ICCV | 2017 |\n";
    let segmentation = "## Segmentation\n\n| Title | Venue | Year |\n|---|---|---|\n\
        | [Mask R-CNN](https://arxiv.org/abs/1703.06870) ([extended](https://arxiv.org/abs/1703.06871)) | CVPR | 2018 |\n";
    let text = format!("{detection}\n{segmentation}");
    assert_eq!(lines("conflicting-duplicate", &text).len(), 1);
}

/// One paper in a topic section and again in another, its venue cells given.
fn two_topics(first: &str, second: &str) -> String {
    format!(
        "## Agents\n\n| Title | Venue |\n|---|---|\n| [Open-Set Living Need Prediction](https://arxiv.org/abs/2506.02713) | {first} |\n\n\
         ## Mobility\n\n| Title | Venue |\n|---|---|\n| [Open-Set Living Need Prediction](https://arxiv.org/abs/2506.02713) | {second} |\n"
    )
}

#[test]
fn the_findings_volume_or_a_workshop_against_the_main_track_is_a_conflict() {
    let found = check(
        "conflicting-duplicate",
        &two_topics("ACL 2025 Findings", "ACL 2025"),
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0]
            .message
            .contains("(ACL main track vs Findings of ACL, line 5)"),
        "{}",
        found[0].message
    );
    let found = check(
        "conflicting-duplicate",
        &two_topics("CVPR 2019", "CVPR-W 2019"),
    );
    assert!(found[0]
        .message
        .contains("CVPR workshop vs CVPR main track"));
}

#[test]
fn one_volume_however_written_is_no_conflict() {
    for (first, second) in [
        ("ACL Finding 2025", "Findings of ACL 2025"),
        ("ACL 2025", "ACL 2025 (Oral)"),
        ("ICML 2024", "ICML 2024 (Oral, w/ code)"),
        ("ICML 2024", "ICML 2024 @ Vienna"),
        // A workshop itself, named so or not.
        ("BioNLP 2023", "bioNLP Workshop 2023"),
    ] {
        let text = two_topics(first, second);
        assert!(
            check("conflicting-duplicate", &text).is_empty(),
            "{first} / {second}"
        );
    }
}

#[test]
fn a_cell_giving_the_preprint_then_the_venue_names_the_venue() {
    // FeiLiu36/LLM4Opt: `Arxiv Feb 2024, NeurIPS 2024` beside a copy's `NeurIPS 2024`.
    let text = two_topics("Arxiv Feb 2024, NeurIPS 2024", "NeurIPS 2024");
    assert!(check("conflicting-duplicate", &text).is_empty());
    let text = two_topics("Arxiv, Oct 2023, ICLR 2024", "ICLR 2024");
    assert!(check("conflicting-duplicate", &text).is_empty());
    // Another venue after the preprint still disagrees.
    let text = two_topics("Arxiv Feb 2024, ICML 2024", "NeurIPS 2024");
    assert_eq!(check("conflicting-duplicate", &text).len(), 1);
}

#[test]
fn a_recurring_workshop_in_a_table_is_one_row_per_edition() {
    // putao537: the title plain text, each edition's homepage in a Links
    // column.
    let text = "## Workshops\n\n| Pub. | Title | Links |\n|:-:|:--|:-:|\n\
        | **CVPR'22** | Embodied AI Workshop | [HomePage](https://embodied-ai.org/) |\n\
        | **CVPR'21** | Embodied AI Workshop | [HomePage](https://embodied-ai.org/cvpr2021) |\n";
    assert!(lines("conflicting-duplicate", text).is_empty());
    assert!(lines("duplicate-paper", text).is_empty());
    // One page twice is one work twice.
    let text = text.replace("/cvpr2021", "/");
    assert_eq!(lines("conflicting-duplicate", &text), [6]);
}

#[test]
fn one_workshop_held_twice_is_two_editions_under_an_events_heading() {
    let table = "| Year | Venue | Title | Links |\n|---|---|---|---|\n\
| 2024 | RSS | Frontiers of Optimization for Robotics | [[Website](https://sites.google.com/view/frontiers-rss24)] |\n\
| 2026 | ICRA | Frontiers of Optimization for Robotics | [[Website](https://sites.google.com/view/frontiers-icra26)] |\n";
    let text = format!("## Other Resources\n\n### Workshops\n\n{table}");
    assert!(lines("conflicting-duplicate", &text).is_empty());
    // A preprint beside its publication is one paper, even there.
    let preprint = text.replace("| 2024 | RSS |", "| 2024 | arXiv |");
    assert_eq!(lines("conflicting-duplicate", &preprint), [8]);
    // Elsewhere, two rows of one long title on two pages are a title
    // pasted on another entry's row, whose years then disagree.
    let text = format!("## Methods\n\n{table}");
    assert_eq!(lines("conflicting-duplicate", &text), [6]);
}

#[test]
fn a_journal_and_the_meeting_its_papers_are_presented_at_agree() {
    let row = |venue: &str, year: &str| {
        format!("| [A Lifelong Learning Approach to Mobile Robot Navigation](https://ieeexplore.ieee.org/document/9345478) | {venue} | - | - | {year} |")
    };
    let pair = |a: (&str, &str), b: (&str, &str)| {
        format!(
            "{}\n{}",
            seed_table("Navigation", &[&row(a.0, a.1)]),
            seed_table("Lifelong", &[&row(b.0, b.1)])
        )
    };
    // RA-L papers are presented at ICRA or IROS, that year or the next.
    assert!(lines(
        "conflicting-duplicate",
        &pair(("RA-L", "2021"), ("ICRA", "2021"))
    )
    .is_empty());
    assert!(lines(
        "conflicting-duplicate",
        &pair(("ICRA 2022", "2022"), ("RA-L 2021", "2021"))
    )
    .is_empty());
    // A copy that gives no year at all does not disagree on it.
    assert!(lines(
        "conflicting-duplicate",
        &pair(("RA-L", "-"), ("ICRA 2023", "2023"))
    )
    .is_empty());
    // Two years later, or a meeting RA-L does not present at, disagree.
    assert_eq!(
        lines(
            "conflicting-duplicate",
            &pair(("RA-L", "2021"), ("ICRA", "2023"))
        )
        .len(),
        1
    );
    assert_eq!(
        lines(
            "conflicting-duplicate",
            &pair(("RA-L", "2021"), ("CVPR", "2021"))
        )
        .len(),
        1
    );
}

#[test]
fn a_journal_s_short_name_agrees_with_its_full_name() {
    let row = |venue: &str| {
        format!("| [Preserving and Combining Knowledge in Robotic Lifelong Reinforcement Learning](https://www.nature.com/articles/s42256-025-00983-2) | {venue} | - | - | 2025 |")
    };
    let text = format!(
        "{}\n{}",
        seed_table("Lifelong", &[&row("Nature Machine Intelligence")]),
        seed_table("Memory", &[&row("Nature MI")])
    );
    assert!(lines("conflicting-duplicate", &text).is_empty());
}
