//! Tests of conflicting-duplicate: when two titles, names or versions name
//! one paper whose copies disagree, and when two papers.

use crate::rules::testing::*;

#[test]
fn two_wordings_of_one_title_are_no_conflict() {
    // Shaped like an emotion list: one paper cross-listed under the
    // list's abbreviated title, same link, venue and year.
    let a = "| [**CTNet: Conversational Transformer Network for Emotion Recognition**](https://ieeexplore.ieee.org/document/9447974) | TASLP 2021 | - | - | 2021 |";
    let b = "| [**CTNet: Conversational Transformer Network for ERC**](https://ieeexplore.ieee.org/document/9447974) | TASLP 2021 | - | - | 2021 |";
    // An old and a new arXiv title of one paper.
    let c = "| [On Tiny Episodic Memories in Continual Learning](https://arxiv.org/pdf/1902.10486.pdf) | arXiv 2019 | - | - | 2019 |";
    let d = "| [Continual Learning with Tiny Episodic Memories](https://arxiv.org/pdf/1902.10486v1.pdf) | arXiv 2019 | - | - | 2019 |";
    let topics = format!(
        "{}\n{}",
        seed_table("Conversation", &[a, c]),
        seed_table("Transformers", &[b, d])
    );
    assert!(lines("conflicting-duplicate", &topics).is_empty());
    // Topic sections may cross-list: no duplicate-paper either.
    assert!(lines("duplicate-paper", &topics).is_empty());
    // In one section the second copy is a plain duplicate.
    let one = seed_table("S", &[a, c, b, d]);
    assert!(lines("conflicting-duplicate", &one).is_empty());
    assert_eq!(lines("duplicate-paper", &one), [7, 8]);
    // Copies that also disagree on the year still conflict.
    let late = b.replace("TASLP 2021 | - | - | 2021", "TASLP 2022 | - | - | 2022");
    let found = check("conflicting-duplicate", &seed_table("S", &[a, &late]));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.contains("2022 vs"), "{}", found[0].message);
}

#[test]
fn a_misspelt_title_word_in_one_copy_conflicts() {
    let a = "| [Constitutional AI: Harmlessness from AI Feedback](https://arxiv.org/abs/2212.08073) | arXiv 2022 | - | - | 2022 |";
    let b = "| [Consitutional AI: Harmlessness from AI Feedback](https://arxiv.org/abs/2212.08073) | arXiv 2022 | - | - | 2022 |";
    let text = format!("{}\n{}", seed_table("A", &[a]), seed_table("B", &[b]));
    let found = check("conflicting-duplicate", &text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0]
            .message
            .contains("title \"consitutional\" vs \"constitutional\""),
        "{}",
        found[0].message
    );
    // A name before the colon or a trailing acronym is no conflict.
    let c = "| [CAGNN: Cluster-Aware Graph Neural Networks for Unsupervised Graph Representation Learning](http://arxiv.org/abs/2009.01674) | - | - | - | 2020 |";
    let d = "| [Cluster-Aware Graph Neural Networks for Unsupervised Graph Representation Learning](https://arxiv.org/abs/2009.01674) | - | - | - | 2020 |";
    assert!(lines("conflicting-duplicate", &seed_table("S", &[c, d])).is_empty());
    // A short word one letter apart (`lm` / `la`) is a rewording.
    let e = a.replace("AI Feedback", "AI Feedback for LM");
    let f = a.replace("AI Feedback", "AI Feedback for LA");
    assert!(lines("conflicting-duplicate", &seed_table("S", &[&e, &f])).is_empty());
}

#[test]
fn a_per_section_tag_before_the_title_is_no_title_difference() {
    // A topic list that tags each title with its section's subject and
    // cross-lists a paper under two tags.
    let table = |section: &str, tag: &str, words: &str| {
        format!(
            "## {section}\n\n|Date|Title|Paper|Code|\n|:---:|:---:|:---:|:---:|\n\
             |2023.05|🔥🔥[**{tag}**] Blockwise Parallel Transformer for {words} Context Models(@Uni)|[[pdf]](https://arxiv.org/pdf/2305.19370)|-|\n"
        )
    };
    let text = format!(
        "{}\n{}",
        table("Parallelism", "SP: BPT", "Large"),
        table("Attention", "Blockwise Attention", "Large")
    );
    assert!(lines("conflicting-duplicate", &text).is_empty());
    // Without the tags one copy still holds a slip: a conflict.
    let text = format!(
        "{}\n{}",
        table("Parallelism", "SP: BPT", "Large"),
        table("Attention", "Blockwise Attention", "Lagre")
    );
    let found = check("conflicting-duplicate", &text);
    assert_eq!(found.len(), 1);
    assert!(
        found[0].message.contains("title \"lagre\" vs \"large\""),
        "{}",
        found[0].message
    );
}

#[test]
fn one_long_title_twice_in_one_table_under_two_arxiv_ids() {
    // Shaped like a text-detection list: a paper posted twice on arXiv,
    // listed once as the preprint and once at its venue.
    let table = "| Conf. | Date | Title |\n|---|---|---|\n";
    let a = "| '18-arXiv | 18/06/07 | [Robust Text Detection with a Progressive Kernel Expansion Network](https://arxiv.org/pdf/1806.01234.pdf) |\n";
    let b = "| '19-CVPR | 19/03/28 | [Robust Text Detection with a Progressive Kernel Expansion Network](https://arxiv.org/pdf/1903.01234.pdf) |\n";
    let text = format!("# L\n\n## Detection\n\n{table}{a}{b}");
    let found = check("conflicting-duplicate", &text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].message.contains("CVPR 2019 vs arXiv 2018"),
        "{}",
        found[0].message
    );
    // A short name on two arXiv papers is two papers of one name.
    let short = text.replace(
        "Robust Text Detection with a Progressive Kernel Expansion Network",
        "RAF: Robust Text",
    );
    assert!(check("conflicting-duplicate", &short).is_empty());
    // In two tables, a long title on two arXiv ids is left alone as before.
    let two_tables = format!("# L\n\n## Detection\n\n{table}{a}\n## Recognition\n\n{table}{b}");
    assert!(check("conflicting-duplicate", &two_tables).is_empty());
}

/// A leaderboard naming each method by a link to its proceedings page.
fn leaderboard(first: &str, second: &str) -> String {
    let row = |cell: &str, venue: &str| format!("| {cell} | 2023 | {venue} | 41.2 |\n");
    format!(
        "# L\n\n## Results\n\n| **Method** | **Year** | **Publication** | **MPJPE** |\n|---|---|---|---|\n{}{}{}",
        row("[PoseNet](https://arxiv.org/abs/2301.00001)", "CVPR'23"),
        row(first, "CVPR'23"),
        row(second, "ICCV'23"),
    )
}

#[test]
fn one_method_name_on_two_papers_of_one_id_kind_is_two_papers() {
    let cvf = |venue: &str, file: &str| {
        format!("[DiffPose](http://openaccess.thecvf.com/content/{venue}/html/{file}_paper.html)")
    };
    let gong = cvf("CVPR2023", "Gong_DiffPose_Toward_Reliable_Pose_CVPR_2023");
    let holmquist = cvf(
        "ICCV2023",
        "Holmquist_DiffPose_Multi-hypothesis_Pose_ICCV_2023",
    );
    let two = leaderboard(&gong, &holmquist.replace("DiffPose]", "Diffpose]"));
    assert!(check("conflicting-duplicate", &two).is_empty());
    assert!(check("duplicate-paper", &two).is_empty());
    // Two DOIs, two IEEE documents: two papers as well.
    let ieee = |n: &str| format!("[DiffPose](https://ieeexplore.ieee.org/document/{n}/)");
    let two = leaderboard(&ieee("9749007"), &ieee("10159259"));
    assert!(check("conflicting-duplicate", &two).is_empty());
    // A linked method name longer than three words counts as a name.
    let long = |file: &str| {
        cvf("CVPR2023", file).replace("[DiffPose]", "[Uplift and Upsample Pose Lifting]")
    };
    let two = leaderboard(&long("A_One_CVPR_2023"), &long("B_Two_CVPR_2023"));
    assert!(check("conflicting-duplicate", &two).is_empty());
    // One paper page under both rows is one paper whose copies disagree.
    let one = leaderboard(&gong, &gong);
    assert_eq!(lines("conflicting-duplicate", &one), [9]);
    // Ids of two kinds under two venues: two papers as well.
    let two = leaderboard(&gong, "[DiffPose](https://arxiv.org/abs/2211.16487)");
    assert!(check("conflicting-duplicate", &two).is_empty());
}

/// A tracking list: paper name linked to its paper, code, venue and
/// year in one cell, notes.
fn trackers(rows: &[&str]) -> String {
    let mut text = String::from(
        "# Trackers\n\n|Paper|Code|Year|Notes|\n|---|---|---|---|\n\
         |[SORT](https://arxiv.org/pdf/1602.00763)|[repo](https://github.com/abewley/sort)|ICIP 2016|Kalman filter|\n",
    );
    for row in rows {
        text.push_str(row);
        text.push('\n');
    }
    text
}

#[test]
fn one_short_name_under_two_links_and_two_venues_is_two_papers() {
    // A conference paper and its journal extension, listed on purpose.
    let conference = "|[TrackX](https://arxiv.org/pdf/2104.05111)|[repo](https://github.com/a/trackx)|ICCV 2021|dense pairs|";
    let journal = "|[TrackX](https://ieeexplore.ieee.org/document/10101010)|[repo](https://github.com/a/trackx)|TPAMI 2024|dense pairs, longer|";
    let text = trackers(&[conference, journal]);
    assert!(check("conflicting-duplicate", &text).is_empty());
    assert!(check("duplicate-paper", &text).is_empty());
    // Two unrelated papers of one name, at two conferences.
    let other = "|[TrackX](https://openaccess.thecvf.com/content/CVPR2024/papers/Li_TrackX_Point_Tracking_CVPR_2024_paper.pdf)|<https://github.com/b/trackx>|CVPR 2024||";
    let aaai = "|[TrackX](https://arxiv.org/pdf/2308.01234)|[repo](https://github.com/c/trackx)|AAAI 2024||";
    assert!(check("conflicting-duplicate", &trackers(&[aaai, other])).is_empty());
    // A copy with no venue beside the published copy is a stale copy of
    // one paper, not a second paper.
    let stale = "|[TrackX](https://arxiv.org/pdf/2104.05111)|[repo](https://github.com/a/trackx)|2021|dense pairs|";
    assert_eq!(
        lines("conflicting-duplicate", &trackers(&[stale, journal])),
        [7]
    );
    // The same link under two venues still conflicts.
    let moved = conference.replace("ICCV 2021", "CVPR 2021");
    assert_eq!(
        lines("conflicting-duplicate", &trackers(&[conference, &moved])),
        [7]
    );
    // A long title keeps its rule: one paper whose copies disagree, unless
    // the journal's comes two years later or more on a document of its
    // own (an extension).
    let long = |row: &str| {
        row.replace(
            "[TrackX]",
            "[TrackX: Dense Similarity Learning for Tracking]",
        )
    };
    let text = trackers(&[&long(conference), &long(journal)]);
    assert!(lines("conflicting-duplicate", &text).is_empty());
    let next_year = long(journal).replace("TPAMI 2024", "TPAMI 2022");
    let text = trackers(&[&long(conference), &next_year]);
    assert_eq!(lines("conflicting-duplicate", &text), [7]);
}

#[test]
fn two_names_alike_under_two_linked_titles_are_two_papers() {
    // A science-LLM list: `Date | Name | Publication | Repositories`, the
    // Publication cell a linked title, one on a journal page without an id.
    let header = "| Date | Name | Publication | Repositories |\n|---|---|---|---|\n";
    let rows = [
        "| `2021.09` | Mol-BERT | [Generative Adversarial Networks for Multi-Modal Multimedia Computing](https://www.hindawi.com/journals/wcmc/2021/7181815/) | |",
        "| `2020.11` | MolBERT | [Molecular representation learning with language models and domain-relevant auxiliary tasks](https://arxiv.org/abs/2011.13230) | |",
    ];
    assert!(check("conflicting-duplicate", &table_of(header, &rows)).is_empty());
    // Under one linked title they are one paper, listed twice.
    let same = rows[0].replace(
        "[Generative Adversarial Networks for Multi-Modal Multimedia Computing](https://www.hindawi.com/journals/wcmc/2021/7181815/)",
        "[Molecular representation learning with language models and domain-relevant auxiliary tasks](https://www.hindawi.com/journals/wcmc/2021/7181815/)",
    );
    assert_eq!(
        check(
            "conflicting-duplicate",
            &table_of(header, &[&same, rows[1]])
        )
        .len(),
        1
    );
}

/// JunMa11/MICCAI-OpenSourcePapers (MICCAI-2020.md): a paper's title
/// pasted on another paper's row in another part of the proceedings, its
/// DOI that other paper's. Cross-listed copies link one paper.
#[test]
fn one_long_title_on_two_papers_of_one_publisher_is_a_conflict_in_any_section() {
    let row = |url: &str| {
        format!("| BiO-Net: Learning Recurrent Bi-directional Connections for Encoder-Decoder Architecture | Tiange Xiang | [LNCS]({url}) | [Code](https://github.com/a/b) |")
    };
    let list = |a: &str, b: &str| {
        format!(
            "# MICCAI\n\n## Part I\n\n| Title | First Author | PDF | Code |\n|---|---|---|---|\n{}\n\n## Part II\n\n| Title | First Author | PDF | Code |\n|---|---|---|---|\n{}\n",
            row(a),
            row(b)
        )
    };
    let found = check(
        "conflicting-duplicate",
        &list(
            "https://doi.org/10.1007/978-3-030-59710-8_8",
            "https://doi.org/10.1007/978-3-030-59713-9_3",
        ),
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0]
            .message
            .contains("DOI 10.1007/978-3-030-59713-9_3 vs DOI 10.1007/978-3-030-59710-8_8"),
        "{}",
        found[0].message
    );
    // Deleting either copy would lose a paper.
    let help = found[0].help.as_deref().unwrap_or("");
    assert!(
        help.contains("one row carries the other paper's title or link"),
        "{help}"
    );
    // One paper cross-listed, or linked by its preprint server's DOI and
    // the journal's, or by two arXiv postings: no conflict shown by ids.
    for (a, b) in [
        (
            "https://doi.org/10.1007/978-3-030-59710-8_8",
            "https://link.springer.com/chapter/10.1007/978-3-030-59710-8_8",
        ),
        (
            "https://www.biorxiv.org/content/10.1101/2023.10.01.560349v3",
            "https://doi.org/10.1007/978-3-030-59710-8_8",
        ),
        (
            "https://www.biorxiv.org/content/10.1101/2023.10.01.560349v1",
            "https://www.biorxiv.org/content/10.1101/2023.10.01.560349v3.full",
        ),
        (
            "https://arxiv.org/abs/2007.00001",
            "https://arxiv.org/abs/2008.00002",
        ),
        // A paper's PDF on two sites; NeurIPS's old paper number and its
        // hash; a bioRxiv posting's old forms.
        (
            "https://example.org/papers/bionet.pdf",
            "https://lab.example.edu/bionet.pdf",
        ),
        (
            "https://papers.nips.cc/paper/6672-unsupervised-image-to-image-translation-networks.pdf",
            "https://papers.nips.cc/paper/2017/hash/dc6a6489640ca02b0d42dabeb8e46bb7-Abstract.html",
        ),
        (
            "https://www.biorxiv.org/content/10.1101/2023.10.01.560349v1",
            "https://www.biorxiv.org/content/10.1101/2023.10.01.560349v3.full.pdf+html",
        ),
    ] {
        assert!(
            check("conflicting-duplicate", &list(a, b)).is_empty(),
            "{a} {b}"
        );
    }
}

/// A short, generic title is shared by two papers.
#[test]
fn a_short_title_on_two_papers_of_one_publisher_is_two_papers() {
    let row = |url: &str| {
        format!("| [Deep Learning for Cell Segmentation]({url}) | CVPR 2023 | - | 2023 |")
    };
    let table = format!(
        "# L\n\n## A\n\n| Title | Venue | Code | Year |\n|---|---|---|---|\n{}\n\n## B\n\n| Title | Venue | Code | Year |\n|---|---|---|---|\n{}\n",
        row("https://doi.org/10.1109/cvpr.2023.1"),
        row("https://doi.org/10.1109/cvpr.2023.2")
    );
    assert!(check("conflicting-duplicate", &table).is_empty());
}

#[test]
fn a_short_title_a_later_paper_takes_up_after_its_name_is_another_paper() {
    // gorkemalgan's noisy-labels list: `Limited Gradient Descent: Learning
    // With Noisy Labels` (arXiv 2018, listed 2020) and Natarajan et al.'s
    // `Learning with Noisy Labels` (NIPS 2013), on two links.
    let header = "| Year | Venue | Title |\n|---|---|---|\n";
    let later = "| 2020 | | [Limited Gradient Descent: Learning With Noisy Labels](https://arxiv.org/abs/1811.08117) |";
    let earlier = "| 2013 | NIPS | [Learning with Noisy Labels](https://papers.nips.cc/paper/5073-learning-with-noisy-labels) |";
    let text = table_of(header, &[later, earlier]);
    assert!(check("conflicting-duplicate", &text).is_empty());
    assert!(check("duplicate-paper", &text).is_empty());
    // Two years apart, the named copy is still the same paper, listed again.
    let close = table_of(header, &[&later.replace("2020", "2015"), earlier]);
    assert_eq!(check("conflicting-duplicate", &close).len(), 1);
    // Named first and plain three years later: a preprint and its journal
    // version (PointCNN on arXiv 2018, in TPAMI 2021), one paper.
    let point_cnn = table_of(
        header,
        &[
            "| 2018 | arXiv | [PointCNN: Convolution on X-Transformed Points for Point Clouds](https://arxiv.org/abs/1801.07791) |",
            "| 2021 | TPAMI | [Convolution on X-Transformed Points for Point Clouds](https://ieeexplore.ieee.org/document/9000001) |",
        ],
    );
    assert_eq!(check("conflicting-duplicate", &point_cnn).len(), 1);
}

#[test]
fn an_extension_posted_as_a_later_version_of_the_preprint_is_another_paper() {
    // AIDC-AI/Awesome-Unified-Multimodal-Models: T2I-CompBench (NeurIPS,
    // pinned to v1) and T2I-CompBench++ (TPAMI) on one arXiv id.
    let header = "| Name | Paper | Venue | Date | Code |\n|---|---|---|---|---|\n";
    let plus = "| T2I-CompBench++ | [T2I-CompBench++: An Enhanced and Comprehensive Benchmark for Compositional Text-to-image Generation](https://arxiv.org/abs/2307.06350) | TPAMI | 2025/03/08 | [Github](https://github.com/Karine-Huang/T2I-CompBench) |";
    let first = "| T2I-CompBench | [T2I-CompBench: A Comprehensive Benchmark for Open-world Compositional Text-to-image Generation](https://arxiv.org/abs/2307.06350v1) | NeurIPS | 2023/07/12 | [Github](https://github.com/Karine-Huang/T2I-CompBench) |";
    let text = table_of(header, &[plus, first]);
    for rule in [
        "conflicting-duplicate",
        "duplicate-paper",
        "shared-paper-link",
    ] {
        assert!(check(rule, &text).is_empty(), "{rule}");
    }
    // Without the pinned version, one link under two names: reported.
    let unpinned = table_of(header, &[plus, &first.replace("06350v1", "06350")]);
    assert_eq!(check("shared-paper-link", &unpinned).len(), 1);
    // Without a Name column, names in capitals before the colon.
    let header_without_names = "| Paper | Venue | Date |\n|---|---|---|\n";
    let caps = |name: &str, id: &str, venue: &str| {
        format!("| [{name}: Mutual Graph Learning for Camouflaged Object Detection](https://arxiv.org/abs/{id}) | {venue} | 2021 |")
    };
    let text = table_of(
        header_without_names,
        &[
            &caps("MGL", "2104.02613v1", "CVPR"),
            &caps("MGL_v2", "2104.02613", "TIP"),
        ],
    );
    for rule in [
        "conflicting-duplicate",
        "duplicate-paper",
        "shared-paper-link",
    ] {
        assert!(check(rule, &text).is_empty(), "{rule}");
    }
    // One name without its `++`, the titles alike: one paper, two venues.
    let renamed = plus.replace("T2I-CompBench++", "T2I-CompBench");
    let text = table_of(header, &[&renamed, first]);
    assert_eq!(check("conflicting-duplicate", &text).len(), 1);
}

#[test]
fn a_conference_paper_and_its_journal_extension_share_their_preprint() {
    // youngfish42/Awesome-FL: DAG-FL at ICC 2021 and its TNNLS extension,
    // retitled, each with its publisher's page and one arXiv preprint.
    let text = "| Title | Venue | Year | Materials |\n|---|---|---|---|\n\
        | Towards On-Device Federated Learning: A Direct Acyclic Graph-based Blockchain Approach | IEEE Trans. Neural Networks Learn. Syst. | 2023 | [[PUB](https://ieeexplore.ieee.org/document/9524833)] [[PDF](https://arxiv.org/abs/2104.13092)] |\n\
        | DAG-FL: Direct Acyclic Graph-based Blockchain Empowers On-Device Federated Learning | ICC | 2021 | [[PUB](https://doi.org/10.1109/ICC42927.2021.9500737)] [[PDF](https://arxiv.org/abs/2104.13092)] |\n";
    assert!(lines("conflicting-duplicate", text).is_empty());
    // Without a publication of its own, the journal's row is the
    // preprint's copy with another year.
    let stale = text.replace("[[PUB](https://ieeexplore.ieee.org/document/9524833)] ", "");
    assert_eq!(lines("conflicting-duplicate", &stale), [4]);
    // A journal paper before the conference's is no extension of it.
    let earlier_journal = text.replace("| 2023 |", "| 2020 |");
    assert_eq!(lines("conflicting-duplicate", &earlier_journal), [4]);
    // Two publications sharing a publisher's id are one paper.
    let one_publication = text.replace(
        "https://doi.org/10.1109/ICC42927.2021.9500737",
        "https://ieeexplore.ieee.org/document/9524833",
    );
    assert_eq!(lines("conflicting-duplicate", &one_publication), [4]);
    // An unrelated title on the preprint's link is a link pasted wrong.
    let unrelated = text.replace(
        "DAG-FL: Direct Acyclic Graph-based Blockchain Empowers On-Device Federated Learning",
        "Graph Attention Networks for Node Classification",
    );
    assert_eq!(lines("shared-paper-link", &unrelated), [4]);
}
