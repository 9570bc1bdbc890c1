//! Tests of duplicate-paper: when two titles name one paper (a leading name,
//! a genre label, a reworded title) and when two (an extension, a later
//! paper taking a short title, another publication).

use crate::rules::testing::*;

/// Shaped like a few-shot graph learning list: `Name | Paper | Code`, the
/// venue as a `[VENUE YEAR]` tag in the linked title.
const NAMED: &str = "### Graph-level\n\n|Name|Paper|Code\n|---|---|---|\n\
    |HOPE|[[IJCAI 2022] HOPE: Few-Shot Graph Classification with Hierarchical Task Graphs](https://arxiv.org/pdf/2205.09999.pdf)|[PyTorch](https://github.com/a/hope)\n\
    |RGML|[[arXiv 2022] Robust Graph Meta-learning for Weakly-supervised Few-shot Node Classification](https://arxiv.org/pdf/2106.09999.pdf)|[N/A]\n\
    |HOPE|[[TKDD 2024] Learning Hierarchical Task Structures for Few-shot Graph Classification](https://dl.acm.org/doi/pdf/10.1145/3639999)|[N/A]\n";

#[test]
fn one_name_on_a_paper_and_its_differently_titled_extension_is_two_papers() {
    assert!(lines("duplicate-paper", NAMED).is_empty());
    assert!(lines("conflicting-duplicate", NAMED).is_empty());
}

#[test]
fn one_name_on_one_title_reworded_is_still_one_paper() {
    let text = format!(
        "{NAMED}|RGML|[[TKDD 2024] Robust Graph Meta-Learning for Weakly Supervised Few-Shot Node Classification](https://dl.acm.org/doi/pdf/10.1145/3639998)|[N/A]\n"
    );
    assert_eq!(lines("duplicate-paper", &text), vec![8]);
}

#[test]
fn a_paper_at_a_venue_nas_lint_does_not_know_and_its_other_version_are_two_publications() {
    // changukshin/Awesome-Korean-NLP-Papers: a KCC paper and its journal
    // version under one title, each on its own DBpia page.
    let header = "| Date | Conference/Journal | Paper |\n|---|---|---|\n";
    let kcc = "| 2016. 6. | KCC | [Sequence-to-sequence models for Korean tagging](http://www.dbpia.co.kr/Journal/ArticleDetail/NODE07017613) |";
    let journal = "| 2017. 1. | 정보과학회논문지 | [Sequence-to-sequence models for Korean tagging](http://www.dbpia.co.kr/Journal/ArticleDetail/NODE07091261) |";
    assert!(lines("duplicate-paper", &table_of(header, &[kcc, journal])).is_empty());
    // One link in common: one paper listed twice.
    let copy = journal.replace("NODE07091261", "NODE07017613");
    assert_eq!(
        lines("duplicate-paper", &table_of(header, &[kcc, &copy])),
        [4]
    );
    // A copy without any link proves nothing.
    let unlinked =
        "| 2017. 1. | 정보과학회논문지 | Sequence-to-sequence models for Korean tagging |";
    assert_eq!(
        lines("duplicate-paper", &table_of(header, &[kcc, unlinked])),
        [4]
    );
    // A presentation or status word names no venue: one paper twice.
    let header = "| Title | Venue | Year |\n|---|---|---|\n";
    let icml = "| [Learning Transferable Visual Models From Natural Language Supervision](https://arxiv.org/abs/2103.00020) | ICML | 2021 |";
    for word in ["Oral", "Spotlight", "Accepted"] {
        let other = format!("| [Learning Transferable Visual Models From Natural Language Supervision](https://proceedings.mlr.press/v139/radford21a.html) | {word} | 2021 |");
        assert_eq!(
            lines("duplicate-paper", &table_of(header, &[icml, &other])),
            [4],
            "{word}"
        );
    }
    // Two venues nas-lint knows (or one letter from one, `LCLR`) cannot both
    // be right: the copies conflict.
    let header = "| Title | Venue | Year |\n|---|---|---|\n";
    let iclr = "| [Understanding Zero-shot Adversarial Robustness for Large-Scale Models](https://openreview.net/forum?id=P4bXCawRi5J) | ICLR | 2023 |";
    for venue in ["LCLR", "CVPR"] {
        let other = format!("| [Understanding Zero-Shot Adversarial Robustness for Large-Scale Models](https://arxiv.org/abs/2212.07016) | {venue} | 2022 |");
        assert_eq!(
            lines("conflicting-duplicate", &table_of(header, &[iclr, &other])),
            [4],
            "{venue}"
        );
    }
}

#[test]
fn a_survey_column_beside_names_holds_no_titles() {
    // A `Survey` column of marks beside the Name column: the names are the
    // titles, and `No` twice is no paper twice.
    let text = "| Name | Survey | Venue | Year |\n|---|---|---|---|\n\
        | [Paper A one](https://arxiv.org/abs/2001.00001) | No | ECCV | 2020 |\n\
        | [Paper B two](https://arxiv.org/abs/2001.00002) | No | CVPR | 2020 |\n\
        | [Paper B two](https://arxiv.org/abs/2001.00002) | Yes | CVPR | 2020 |\n";
    let found = check("duplicate-paper", text);
    assert_eq!(found.len(), 1);
    assert!(
        found[0].message.contains("Paper B two"),
        "{}",
        found[0].message
    );
    assert!(lines("conflicting-duplicate", text).is_empty());
    // Alone, a `Survey` column holds the surveys' titles.
    let surveys = "| Survey | Year | Venue |\n|---|---|---|\n\
        | [A survey of one thing and another](https://arxiv.org/abs/2001.00003) | 2020 | TPAMI |\n\
        | [A survey of one thing and another](https://arxiv.org/abs/2001.00003) | 2020 | TPAMI |\n";
    assert_eq!(lines("duplicate-paper", surveys), [4]);
}

#[test]
fn a_short_title_taken_to_a_new_problem_years_later_is_another_paper() {
    // BruceZhangReve's health list: the 2023 paper borrowed the 2018
    // paper's arXiv link. Its title is the short one plus `for ...`.
    let table = |short_year: &str, long_year: &str| {
        format!(
            "| Title | Venue | Year | Paper |\n|---|---|---|---|\n\
             | Neural ordinary differential equations for modeling epidemic spreading | TMLR | {long_year} | [arXiv](https://arxiv.org/abs/1806.07366) |\n\
             | Other | ICML | 2020 | [arXiv](https://arxiv.org/abs/2002.00001) |\n\
             | Neural ordinary differential equations | NeurIPS | {short_year} | [arXiv](https://arxiv.org/abs/1806.07366) |\n"
        )
    };
    let apart = table("2018", "2023");
    assert!(lines("conflicting-duplicate", &apart).is_empty());
    assert_eq!(lines("shared-paper-link", &apart), [5]);
    // A year apart or less, the short title is the long one cut short.
    let close = table("2018", "2018");
    assert_eq!(
        lines("duplicate-paper", &close.replace("TMLR", "NeurIPS")),
        [5]
    );
    assert!(lines("shared-paper-link", &close).is_empty());
}

#[test]
fn a_conference_paper_and_its_journal_extension_with_its_own_preprint_are_two() {
    // yangyang9912's HOI list: TIN at CVPR 2019 (1811.08264) and its TPAMI
    // extension (2101.10292), one title, one code repository.
    let row = |id: &str, venue: &str, year: &str| {
        format!("| [Transferable Interactiveness Knowledge for Human-Object Interaction Detection](https://arxiv.org/pdf/{id}.pdf) | {venue} | {year} | [Code](https://github.com/DirtyHarryLYL/Transferable-Interactiveness-Network) |\n")
    };
    let table = |second: &str| {
        format!(
            "| Paper | Venue | Year | Code |\n|---|---|---|---|\n{}| [Other](https://arxiv.org/abs/2001.00001) | ECCV | 2020 | - |\n{second}",
            row("1811.08264", "CVPR", "2019")
        )
    };
    let extension = table(&row("2101.10292", "TPAMI", "2021"));
    assert!(lines("conflicting-duplicate", &extension).is_empty());
    assert!(lines("duplicate-paper", &extension).is_empty());
    // A journal row dated with the conference, or posted before it, is no
    // extension: a copy with a wrong link. Two conferences, or the same
    // preprint, still conflict.
    for (id, venue, year) in [
        ("2101.10292", "TPAMI", "2019"),
        ("1711.00001", "TPAMI", "2021"),
        ("2101.10292", "ICCV", "2021"),
        ("1811.08264", "TPAMI", "2021"),
    ] {
        let text = table(&row(id, venue, year));
        assert_eq!(
            lines("conflicting-duplicate", &text),
            [5],
            "{id} {venue} {year}"
        );
    }
}

#[test]
fn a_conference_paper_and_its_journal_extension_on_two_documents_are_two() {
    // taozh2017's light-field list: LFS at CVPR 2014 (a PDF) and in TPAMI
    // 2017 (IEEE Xplore), one title, no preprints to order them.
    let table = |journal_year: &str, journal_link: &str| {
        format!(
            "| Year | Venue | Title | Paper |\n|---|---|---|---|\n\
             | 2014 | CVPR | Saliency Detection on Light Field | [Paper](https://example.edu/lfs.pdf) |\n\
             | 2016 | ECCV | Another Light Field Paper | [Paper](https://example.edu/other.pdf) |\n\
             | {journal_year} | TPAMI | Saliency Detection on Light Field | [Paper]({journal_link}) |\n"
        )
    };
    let xplore = "https://ieeexplore.ieee.org/document/7570181";
    assert!(lines("conflicting-duplicate", &table("2017", xplore)).is_empty());
    // The next year's journal paper is a title pasted on its row (ICIP 2021
    // and TCSVT 2022 in 24wenjie-li's list); the conference's own document
    // is no extension.
    assert_eq!(lines("conflicting-duplicate", &table("2015", xplore)), [5]);
    let same = table("2017", "https://example.edu/lfs.pdf");
    assert_eq!(lines("conflicting-duplicate", &same), [5]);
    // Nor is a journal row whose only page the conference's row links
    // too, nor one that links nothing: nothing says it is another
    // document. A shared code repository says nothing either way.
    let page = "https://example.github.io/lfs/";
    let shared = table("2017", page).replacen("https://example.edu/lfs.pdf", page, 1);
    assert_eq!(lines("conflicting-duplicate", &shared), [5]);
    let code = table("2017", xplore)
        .replace(
            "(https://example.edu/lfs.pdf) |",
            "(https://example.edu/lfs.pdf) [Code](https://github.com/a/lfs) |",
        )
        .replace(
            &format!("({xplore}) |"),
            &format!("({xplore}) [Code](https://github.com/a/lfs) |"),
        );
    assert!(code.matches("github.com/a/lfs").count() == 2, "{code}");
    assert!(lines("conflicting-duplicate", &code).is_empty());
    let unlinked = table("2017", xplore).replace(&format!("[Paper]({xplore})"), "-");
    assert_eq!(lines("conflicting-duplicate", &unlinked), [5]);
}

#[test]
fn a_title_written_with_and_without_its_leading_name_is_one_paper() {
    // worldbench's Occupancy-MAE (an IEEE page and an arXiv preprint, one
    // table); mtuann's Double Landmines.
    let header = "| Title | Venue |\n|---|---|\n";
    let row = |title: &str, link: &str| format!("| [{title}]({link}) | 2023 |");
    let plain = "Self-supervised Pre-training of Large-scale LiDAR Point Clouds";
    let a = row(plain, "https://arxiv.org/abs/2206.09900");
    let b = row(
        &format!("Occupancy-MAE: {plain}"),
        "https://ieeexplore.ieee.org/document/10273603",
    );
    let found = check("duplicate-paper", &table_of(header, &[&a, &b]));
    assert_eq!(found.len(), 1, "{found:?}");
    // In either order.
    let found = check("duplicate-paper", &table_of(header, &[&b, &a]));
    assert_eq!(found.len(), 1, "{found:?}");
    // Two different names before one title are two works; a title cut
    // short may end two papers' titles.
    let c = row(
        &format!("Voxel-MAE: {plain}"),
        "https://arxiv.org/abs/2207.00531",
    );
    assert!(check("duplicate-paper", &table_of(header, &[&b, &c])).is_empty());
    let cut = |title: &str, link: &str| row(&format!("{title} Perception via…"), link);
    let d = cut(
        "CoSDH: Communication-Efficient Collaborative",
        "https://doi.org/10.1109/cvpr52734.2025.00641",
    );
    let e = cut(
        "Communication-Efficient Collaborative",
        "https://doi.org/10.1109/cvpr52733.2024.01466",
    );
    assert!(check("duplicate-paper", &table_of(header, &[&d, &e])).is_empty());
    // An acronym's colon written as a comma (AI-Chen's `OVM, Outcome-supervised ...`).
    let comma = row(
        "OVM, Outcome-supervised Value Models for Planning",
        "https://aclanthology.org/2024.findings-naacl.55.pdf",
    );
    let colon = row(
        "OVM: Outcome-supervised value models for planning",
        "https://arxiv.org/abs/2311.09724",
    );
    assert_eq!(
        check("duplicate-paper", &table_of(header, &[&comma, &colon])).len(),
        1
    );
    // Two arXiv papers under a short shared title (five words) are two
    // papers, whichever row writes the name.
    let named = row(
        "NetX: Learning Deep Features for Stuff",
        "https://arxiv.org/abs/2105.00015",
    );
    let plain = row(
        "Learning Deep Features for Stuff",
        "https://arxiv.org/abs/2101.00017",
    );
    assert!(check("duplicate-paper", &table_of(header, &[&named, &plain])).is_empty());
    assert!(check("duplicate-paper", &table_of(header, &[&plain, &named])).is_empty());
}

/// arpita8/Awesome-Mixture-of-Experts-Papers: a title that names its entry
/// (`MoE-FFD: ...`) pasted, with its link, under another entry's name that
/// the title never mentions. Two entries of one paper keep their names.
#[test]
fn a_named_title_under_a_name_it_never_mentions_is_a_copy() {
    let header = "## MoE\n\n| Name | Paper | Venue | Year |\n|---|---|---|---|\n";
    let title = "MoE-FFD: Mixture of Experts for Generalized and Parameter-Efficient Face Forgery Detection";
    let row = |name: &str, title: &str| {
        format!("| {name} | [{title}](https://arxiv.org/abs/2404.08452) | arXiv | 2024 |")
    };
    let other = "| Switch | [Switch Transformers: Scaling to Trillion Parameter Models](https://arxiv.org/abs/2101.03961) | JMLR | 2022 |";
    let pasted = table_of(
        header,
        &[other, &row("MoE-FFD", title), &row("MLLMs", title)],
    );
    assert_eq!(lines("duplicate-paper", &pasted), [7]);
    let blip =
        "BLIP: Bootstrapping Language-Image Pre-training for Unified Vision-Language Understanding";
    let sets = "Video Question Answering over Many Frames and Many Questions";
    for (a, b) in [
        (row("BLIP", blip), row("BLIP-Large", blip)),
        (row("MSVD-QA", sets), row("MSRVTT-QA", sets)),
    ] {
        assert!(
            lines("duplicate-paper", &table_of(header, &[other, &a, &b])).is_empty(),
            "{b}"
        );
    }
}

/// ant-research/awesome-mllm-guardrails: `SafeVision` (the model) and
/// `VisionHarm` (its dataset) on the SafeVision paper, side by side in two
/// sections. A pair of names the list gives one paper twice is two entries
/// it means, not a title pasted once under another name.
#[test]
fn a_named_title_under_a_name_paired_with_it_again_is_two_entries() {
    let title =
        "SafeVision: Efficient Image Guardrail with Robust Policy Adherence and Explainability";
    let row = |name: &str, venue: &str| {
        format!("| **{name}** | [{title}](https://arxiv.org/abs/2510.23960) | {venue} |")
    };
    let section = |heading: &str, venue: &str| {
        format!(
            "## {heading}\n\n| Name | Paper | Venue |\n|---|---|---|\n{}\n{}\n\n",
            row("SafeVision", venue),
            row("VisionHarm", venue)
        )
    };
    let twice = format!(
        "# L\n\n{}{}",
        section("Benchmarks", "arXiv 2025"),
        section("Guards", "ICLR 2025")
    );
    assert!(lines("duplicate-paper", &twice).is_empty(), "{twice}");
    // Once only, the foreign name under the named title is a paste.
    let once = format!("# L\n\n{}", section("Guards", "ICLR 2025"));
    assert_eq!(lines("duplicate-paper", &once), [8]);
}

/// ruizheliUOA/Awesome-Interpretability-in-Large-Language-Models: one ICML
/// paper as `Position: ...` from OpenReview and `Position Paper: ...` from
/// arXiv. A genre label before the colon names no paper; two coined names
/// before one title still name two.
#[test]
fn two_genre_labels_before_one_title_are_one_paper() {
    let header = "| Title | Venue | Date |\n|---|---|---|\n";
    let title = "An Inner Interpretability Framework for AI Inspired by Lessons from Cognitive Neuroscience";
    let row = |label: &str, link: &str| format!("| [{label}: {title}]({link}) | ICML | 2024-06 |");
    let other = "| [Switch Transformers: Scaling to Trillion Parameter Models](https://arxiv.org/abs/2101.03961) | JMLR | 2022 |";
    let labelled = |a: &str, b: &str| {
        table_of(
            header,
            &[
                &row(a, "https://openreview.net/pdf?id=66KmnMhGU5"),
                other,
                &row(b, "https://arxiv.org/pdf/2406.01352v1"),
            ],
        )
    };
    for (a, b) in [
        ("Position", "Position Paper"),
        ("Tutorial", "A Tutorial"),
        ("Survey", "Survey Paper"),
    ] {
        assert_eq!(lines("duplicate-paper", &labelled(a, b)), [5], "{a} {b}");
    }
    assert!(lines("duplicate-paper", &labelled("InnerNet", "OuterNet")).is_empty());
    // Two genres before one title are two works: a tutorial and a survey,
    // a position paper and a survey.
    for (a, b) in [("Tutorial", "Survey"), ("Position", "Survey")] {
        for rule in ["duplicate-paper", "conflicting-duplicate"] {
            assert!(lines(rule, &labelled(a, b)).is_empty(), "{rule} {a} {b}");
        }
    }
}

/// Armorhtk's mmWave list: one paper in one table under its coined name,
/// once on IEEE Xplore and once on arXiv with a word fewer.
#[test]
fn a_subtitle_pasted_twice_once_shortened_is_one_paper_within_a_table() {
    let header = "| Title | Year | Link |\n|---|---|---|\n";
    let row = |title: &str, link: &str| format!("| **{title}** | 2025 | [Link]({link}) |");
    let full = row(
        "OG-PCL: Efficient Sparse Radar Point Cloud Processing for Human Activity Recognition",
        "https://ieeexplore.ieee.org/abstract/document/11462700/",
    );
    let shortened = row(
        "OG-PCL: Efficient Sparse Point Cloud Processing for Human Activity Recognition",
        "https://arxiv.org/abs/2511.08910",
    );
    assert_eq!(
        lines("duplicate-paper", &table_of(header, &[&full, &shortened])),
        [4]
    );
    // Under one name, two subtitles that do not hold one another name two
    // works (or a retitled one, which shared-paper-link finds by its link).
    let other = row(
        "OG-PCL: Occupancy Grids for Planning Legged Locomotion Control",
        "https://example.org/og-pcl.html",
    );
    assert!(lines("duplicate-paper", &table_of(header, &[&full, &other])).is_empty());
    // Two arXiv ids: a paper and its extension (the subtitle grown by a
    // word); a word of the language before the colon labels many papers.
    let on_arxiv = |title: &str, id: &str| row(title, &format!("https://arxiv.org/abs/{id}"));
    let paper = on_arxiv(
        "STMNet: Video Object Segmentation with Memory Networks",
        "1904.00607",
    );
    let extension = on_arxiv(
        "STMNet: Video Object Segmentation with Space-Time Memory Networks",
        "2201.01234",
    );
    assert!(lines("duplicate-paper", &table_of(header, &[&paper, &extension])).is_empty());
    let oral = |words: &str, link: &str| {
        row(
            &format!("Oral: Learning Robust Visual Representations from {words}"),
            link,
        )
    };
    let a = oral("Videos", "https://example.org/a.html");
    let b = oral("Noisy Web Videos", "https://example.org/b.html");
    assert!(lines("duplicate-paper", &table_of(header, &[&a, &b])).is_empty());
    // A conference paper and its journal version.
    let venues = "| Title | Venue | Link |\n|---|---|---|\n";
    let ghost = |subtitle: &str, venue: &str, page: &str| {
        format!("| GhostNet: {subtitle} | {venue} | [Link](https://example.org/{page}) |")
    };
    let conference = ghost("More Features from Cheap Operations", "CVPR 2020", "a");
    let journal = ghost(
        "More Features from Cheap Linear Operations",
        "IJCV 2022",
        "b",
    );
    let pair = table_of(venues, &[&conference, &journal]);
    assert!(lines("duplicate-paper", &pair).is_empty());
    assert!(lines("conflicting-duplicate", &pair).is_empty());
    // In two tables the copies are a topic list's cross-listing.
    let two_tables = format!(
        "## A\n\n{}\n## B\n\n{}",
        table_of(header, &[&full]),
        table_of(header, &[&shortened])
    );
    assert!(lines("duplicate-paper", &two_tables).is_empty());
}
