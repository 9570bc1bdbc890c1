//! Tests of duplicate-paper.

use crate::diagnostic::Severity;
use crate::rules::testing::*;

const TENAS: &str = "| [Neural Architecture Search on ImageNet in Four GPU Hours](https://openreview.net/forum?id=Cnon5ezMHtu) | ICLR 2021 | Gradient | [Code](https://github.com/VITA-Group/TENAS) | 2021 |";
const TENAS_OTHER: &str = "| [Neural Architecture Search on ImageNet in Four GPU Hours](https://openreview.net/forum?id=Cnon5ezMHtu) | ICLR 2021 | Training-free | [Code](https://github.com/VITA-Group/TENAS) | 2021 |";

/// A list whose sections are search strategies, like the seed's.
fn strategy_sections(gradient: &[&str], rl: &[&str], ea: &[&str], other: &[&str]) -> String {
    [
        seed_table("Gradient-based Methods", gradient),
        seed_table("Reinforcement Learning (RL) Methods", rl),
        seed_table("Evolutionary Algorithm (EA) Methods", ea),
        seed_table("Other Methods", other),
    ]
    .join("\n")
}

const OTHER: &str = "| [Efficient Forward Architecture Search](https://arxiv.org/abs/1905.13360) | NeurIPS 2019 | Other | [Code](https://github.com/microsoft/petridishnn) | 2019 |";

#[test]
fn fires_as_warning_across_strategy_sections() {
    let text = strategy_sections(&[TENAS], &[], &[OTHER], &[TENAS_OTHER]);
    let found = check("duplicate-paper", &text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Warning);
    assert_eq!(found[0].related.len(), 1);
    assert!(
        found[0].message.contains("already listed at line 5"),
        "{}",
        found[0].message
    );
}

#[test]
fn quiet_across_topic_sections_and_trending_sections() {
    // Topic lists file a paper under every topic it touches, and repeat
    // papers in a "Trending" section.
    let text = [
        seed_table("Trending", &[TENAS]),
        seed_table("Image Classification", &[TENAS, OTHER]),
        seed_table("Object Detection", &[TENAS_OTHER]),
    ]
    .join("\n");
    assert!(lines("duplicate-paper", &text).is_empty());
    // Subsections of one strategy are topics too.
    let text = [
        "## Gradient-based Methods\n".to_string(),
        seed_table("CNN", &[TENAS]).replacen("## ", "### ", 1),
        seed_table("GAN", &[TENAS_OTHER]).replacen("## ", "### ", 1),
        seed_table("Reinforcement Learning (RL) Methods", &[OTHER]),
        seed_table("Evolutionary Algorithm (EA) Methods", &[]),
    ]
    .join("\n");
    assert!(lines("duplicate-paper", &text).is_empty());
}

#[test]
fn rows_naming_two_entries_of_one_paper_are_not_duplicates() {
    // Two benchmarks introduced by one paper, each in its own row; a
    // venue column makes the rows papers, so only the name tells them apart.
    let paper = "[Gradually Refined Attention for Clip Answering](https://doi.org/10.1145/1234567.7654321)|2017|[Link](https://github.com/a/qa)|ACM MM|";
    let text = format!(
        "## Answering\n\n| Name | Paper | Date | Link | Venue |\n|:--|:--:|:--:|:--:|:--:|\n|**Clip-QA**|{paper}\n|**Reel-QA**|{paper}\n|**Reel-QA**|{paper}\n"
    );
    // Only the row repeated under the same name.
    assert_eq!(lines("duplicate-paper", &text), [7]);
    // The name column after a date column, two models of one report.
    let row = |name: &str| {
        format!("| 2025-07 | `{name}` | Gamma-5 and Gamma-4-Think: Towards Versatile Reasoning | [Paper](https://arxiv.org/abs/2507.01006) | - |")
    };
    let text = format!(
        "## Models\n\n| Date | Name | Title | Paper | Github |\n|:-:|:-:|:-|:-:|:-:|\n{}\n{}\n",
        row("Gamma-4-Think"),
        row("Gamma-5")
    );
    assert!(lines("duplicate-paper", &text).is_empty());
    assert!(lines("conflicting-duplicate", &text).is_empty());
    let text = format!(
        "## Models\n\n| Date | Name | Title | Paper | Github |\n|:-:|:-:|:-|:-:|:-:|\n{}\n{}\n",
        row("Gamma-5"),
        row("Gamma-5")
    );
    assert_eq!(lines("duplicate-paper", &text), [6]);
}

#[test]
fn a_dataset_table_citing_a_paper_does_not_pair_with_it() {
    let text = format!(
        "{}\n## Datasets\n\n| Name | Paper | Link | Notes |\n|---|---|---|---|\n| ImageNet | [Neural Architecture Search on ImageNet in Four GPU Hours](https://openreview.net/forum?id=Cnon5ezMHtu) | [data](https://example.com) | |\n| ImageNet | [Neural Architecture Search on ImageNet in Four GPU Hours](https://openreview.net/forum?id=Cnon5ezMHtu) | [data](https://example.com) | |\n",
        seed_table("S", &[TENAS])
    );
    // Only the repeat inside the dataset table.
    assert_eq!(lines("duplicate-paper", &text), [12]);
}

#[test]
fn one_dataset_name_on_two_sources_is_two_versions() {
    // HKBU-LAGAS/Awesome-Graph-Datasets: `DBLP` from SNAP and from KONECT,
    // beside a folder of preprocessed files every row links.
    let folder = "[[preprocessed]](https://drive.google.com/drive/folders/all)";
    let row = |name: &str, raw: &str| format!("| {name} | 100 | 200 | [[raw]]({raw}) {folder} |");
    let rows = [
        row("DBLP", "https://snap.stanford.edu/data/com-DBLP.html"),
        row("Orkut", "https://snap.stanford.edu/data/com-Orkut.html"),
        row("DBLP", "http://konect.uni-koblenz.de/networks/dblp-author"),
        row("Orkut", "https://snap.stanford.edu/data/com-Orkut.html"),
    ];
    let text = format!(
        "## Datasets\n\n| Name | #nodes | #edges | Source |\n|---|---|---|---|\n{}\n",
        rows.join("\n")
    );
    // The second Orkut links the first's own source: listed twice.
    assert_eq!(lines("duplicate-paper", &text), [8]);
    // So is a third copy, and a copy whose link differs only in its form.
    let rows = [
        row("Orkut", "https://snap.stanford.edu/data/com-Orkut.html"),
        row("Orkut", "https://snap.stanford.edu/data/com-Orkut.html"),
        row("Orkut", "http://www.snap.stanford.edu/data/com-Orkut.html/"),
    ];
    let text = format!(
        "## Datasets\n\n| Name | #nodes | #edges | Source |\n|---|---|---|---|\n{}\n",
        rows.join("\n")
    );
    assert_eq!(lines("duplicate-paper", &text), [6, 7]);
}

#[test]
fn an_identical_row_right_below_is_a_same_table_duplicate_despite_a_third_copy() {
    let text = format!(
        "{}\n{}",
        seed_table("Trending", &[TENAS]),
        seed_table("Image Classification", &[OTHER, TENAS, TENAS])
    );
    let found = check("duplicate-paper", &text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Error);
    assert!(found[0].message.contains("line 12"), "{}", found[0].message);
    assert_eq!(
        apply_fix(&text, &found[0]),
        format!(
            "{}\n{}",
            seed_table("Trending", &[TENAS]),
            seed_table("Image Classification", &[OTHER, TENAS])
        )
    );
}

#[test]
fn a_row_missing_trailing_cells_still_counts() {
    let short = "| [Neural Architecture Search on ImageNet in Four GPU Hours](https://openreview.net/forum?id=Cnon5ezMHtu) | ICLR 2021 |";
    assert_eq!(
        lines("duplicate-paper", &seed_table("S", &[TENAS, short])),
        [6]
    );
}

#[test]
fn fires_as_error_within_a_section_and_offers_to_delete_identical_rows() {
    let text = seed_table("S", &[TENAS, TENAS]);
    let found = check("duplicate-paper", &text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Error);
    assert_eq!(apply_fix(&text, &found[0]), seed_table("S", &[TENAS]));
}

#[test]
fn finds_any_arxiv_url_form_and_the_title() {
    let a = "| [Paper A](https://arxiv.org/pdf/2001.02525v2.pdf) | ICLR 2020 | - | [Code](https://github.com/a/a) | 2020 |";
    let b = "| [Paper A](https://arxiv.org/abs/2001.02525) | ICLR 2020 | - | [Code](https://github.com/a/b) | 2020 |";
    let c = "| [paper a.](https://example.com/a) | ICLR 2020 | - | [Code](https://github.com/a/c) | 2020 |";
    assert_eq!(
        lines("duplicate-paper", &seed_table("S", &[a, b, c])),
        [6, 7]
    );
}

#[test]
fn quiet_on_different_papers_sharing_a_repository() {
    let a = "| [β-DARTS++: Bi-level Regularization](https://arxiv.org/pdf/2301.06393v1.pdf) | - | - | [Code](https://github.com/Sunshine-Ye/Beta-DARTS) | 2023 |";
    let b = "| [β-DARTS: Beta-Decay Regularization](http://openaccess.thecvf.com//content/CVPR2022/papers/x.pdf) | - | - | [Code](https://github.com/Sunshine-Ye/Beta-DARTS) | 2022 |";
    assert!(lines("duplicate-paper", &seed_table("S", &[a, b])).is_empty());
}

#[test]
fn leaves_conflicting_copies_to_conflicting_duplicate() {
    let a = "| [NAS-Bench-101](https://arxiv.org/abs/1902.09635) | ICML 2018 | Other | [Code](https://github.com/a/a) | 2018 |";
    let b = "| [NAS-Bench-101](https://arxiv.org/abs/1902.09635) | ICML 2019 | Benchmark | [Code](https://github.com/a/a) | 2019 |";
    assert!(lines("duplicate-paper", &seed_table("S", &[a, b])).is_empty());
}

#[test]
fn two_methods_of_one_paper_are_two_entries() {
    // A `Method | Title` table lists one row per method: two methods of one
    // paper are two entries; the same method twice is a duplicate.
    let row = |method: &str| {
        format!(
            "{method} |[Adaptive Down-Sampling for Point Sets](https://arxiv.org/abs/1904.08506)"
        )
    };
    let table = |a: &str, b: &str| {
        format!(
            "## Sampling\n\nMethod | Title\n--- | ---\nFarthest sampling |[PointNet++](https://arxiv.org/abs/1706.02413)\n{}\n{}\n",
            row(a),
            row(b)
        )
    };
    let text = table(
        "Critical Points Layer (CPL)",
        "Weighted Critical Points Layer (WCPL)",
    );
    assert!(lines("duplicate-paper", &text).is_empty());
    assert!(lines("conflicting-duplicate", &text).is_empty());
    let text = table("Critical Points Layer (CPL)", "Critical Points Layer (CPL)");
    assert_eq!(lines("duplicate-paper", &text), [7]);
    let text = table("Critical Points Layer (CPL)", "N/A");
    assert_eq!(lines("duplicate-paper", &text), [7]);
    // A Method column that holds search strategies is no name: one paper
    // under two strategies is one paper listed twice.
    let text = "## NAS\n\n| Title | Method | Venue |\n|---|---|---|\n\
        | [A](https://arxiv.org/abs/1806.09055) | Gradient | ICLR 2019 |\n\
        | [B](https://arxiv.org/abs/1802.03268) | RL | ICML 2018 |\n\
        | [C](https://arxiv.org/abs/1802.01548) | EA | AAAI 2019 |\n\
        | [A](https://arxiv.org/abs/1806.09055) | RL | ICLR 2019 |\n";
    assert!(
        !lines("duplicate-paper", text).is_empty()
            || !lines("conflicting-duplicate", text).is_empty()
    );
}

#[test]
fn one_paper_under_two_labels_is_two_entries() {
    // An `Approach | Paper | Code | Notes` table lists one row per
    // (approach, paper) pair: the same paper under two approaches is two
    // entries; under the same approach, or an empty one, it is a duplicate.
    let row = |approach: &str, note: &str| {
        format!(
            "| {approach} | [Gorilla: Large Language Model Connected with Massive APIs](https://arxiv.org/abs/2305.15334) (Patil et al., 2023) | - | {note} |"
        )
    };
    let table = |a: &str, b: &str| {
        format!(
            "## Retrieval\n\n| Approach | Paper | Code | Notes |\n|---|---|---|---|\n| Dense retrieval | [ToolRerank](https://arxiv.org/abs/2403.06551) | - | reranks |\n{}\n{}\n",
            row(a, "retrieves API docs"),
            row(b, "fine-tunes on API calls")
        )
    };
    let text = table("Retriever-aware training", "Instruction tuning");
    assert!(lines("duplicate-paper", &text).is_empty());
    assert!(lines("conflicting-duplicate", &text).is_empty());
    assert_eq!(
        lines(
            "duplicate-paper",
            &table("Instruction tuning", "Instruction tuning")
        ),
        [7]
    );
    assert_eq!(
        lines("duplicate-paper", &table("Instruction tuning", " ")),
        [7]
    );
    // A label right of the title is a detail of the paper, not its entry:
    // `Title | Venue | Task` lists each paper once.
    let text = "## Tasks\n\n| Title | Venue | Task |\n|---|---|---|\n\
        | [Map and Make: Schema Guided Generation of Tables from Text](https://arxiv.org/abs/2505.23174) | ACL 2025 | Text-to-Table |\n\
        | [Other](https://arxiv.org/abs/2402.05121) | ACL 2024 | TQA |\n\
        | [Map and Make: Schema Guided Generation of Tables from Text](https://arxiv.org/pdf/2505.23174) | ACL 2025 | Text2Table |\n";
    assert_eq!(lines("duplicate-paper", text), [7]);
}

#[test]
fn one_paper_tagged_twice_with_other_keywords_is_a_copy() {
    // yyf17's `Date | Keywords | Institute | Paper | Code`: Keywords
    // describe the paper, they file it under no label.
    let text = "| Date | Keywords | Institute | Paper | Code |\n|---|---|---|---|---|\n\
        | 2024-10 | Flow Matching | Physical Intelligence | [Paper](https://arxiv.org/abs/2410.24164) | - |\n\
        | 2023-07 | Web Knowledge | Google | [Paper](https://arxiv.org/abs/2307.15818) | - |\n\
        | 2024-10 | Vision-Language-Action Flow Model | Physical Intelligence | [Paper](https://arxiv.org/abs/2410.24164) | - |\n";
    let found = check("duplicate-paper", text);
    assert_eq!(lines("duplicate-paper", text), [5]);
    // A row titled only by a link label is named by its paper's id.
    assert!(
        found[0]
            .message
            .starts_with("the paper arXiv 2410.24164 is already listed at line 3"),
        "{}",
        found[0].message
    );
    // Under a label column (`Task`), two labels are two entries.
    let labelled = text.replace("| Date | Keywords |", "| Date | Task |");
    assert!(lines("duplicate-paper", &labelled).is_empty());
}

#[test]
fn one_model_under_two_unnamed_label_columns_is_two_entries() {
    // A taxonomy table lists a model once per architecture it uses, under
    // abbreviated headers no data file knows: the rows differ in one label
    // column left of the title.
    let table = |first: &str, second: &str, number: &str| {
        format!(
            "## Models\n\n| {number} | T[1](#task) | Arch[2](#arch) | Model | Year | Code |\n|---|---|---|---|---|---|\n\
            | 1 | Prediction | CNN | [DeepFlow](https://arxiv.org/abs/2101.00001) | 2021 | - |\n\
            | 2 | Prediction | {first} | [FlowNetX](https://arxiv.org/abs/2102.00002) | 2021 | - |\n\
            | {number} | Prediction | {second} | [FlowNetX](https://arxiv.org/abs/2102.00002) | 2021 | - |\n"
        )
    };
    assert!(lines("duplicate-paper", &table("Graph", "Attention", "3")).is_empty());
    // The same label twice, or an empty one, is the paper listed twice; a
    // row number differing is no label.
    assert_eq!(lines("duplicate-paper", &table("Graph", "Graph", "3")), [7]);
    assert_eq!(lines("duplicate-paper", &table("Graph", "-", "3")), [7]);
    assert_eq!(lines("duplicate-paper", &table("Graph", "Graph", "7")), [7]);
}

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

/// A leaderboard shaped like DirtyHarryLYL's HOI list: one row per result,
/// the setting after the method's link, scores in columns whose headers
/// name no known metric.
fn results_table(rows: &[&str]) -> String {
    table_of(
        "## Results\n\n| Method | Pub | Detector | Unseen(def) | Seen(def) | Full(def) |\n|:---:|:---:|:---:|:---:|:---:|:---:|\n",
        rows,
    )
}

#[test]
fn two_results_of_one_paper_are_no_copy() {
    let text = results_table(&[
        "| [KI2HOI](https://arxiv.org/pdf/2403.07246.pdf) | arXiv2024 | - | 27.43 | **35.76** | **34.56** |",
        "| [HOIGen](https://arxiv.org/pdf/2408.05974) | ACMMM2024 | - | **30.26** | 34.23 | 33.44 |",
        "| [KI2HOI](https://arxiv.org/pdf/2403.07246.pdf) (NF-UC) | arXiv2024 | - | 28.89 | 28.31 | 27.77 |",
        "| [SABRA-Res50](https://arxiv.org/pdf/2012.12510.pdf) | arXiv | - | 24.12 | 15.91 | 26.57 |",
        "| [SABRA-Res50FPN](https://arxiv.org/pdf/2012.12510.pdf) | arXiv | - | 25.02 | 16.01 | 27.57 |",
    ]);
    assert!(check("duplicate-paper", &text).is_empty());
    assert!(check("shared-paper-link", &text).is_empty());
    // The same result twice is a copy.
    let copy = "| [HOIGen](https://arxiv.org/pdf/2408.05974) | ACMMM2024 | - | **30.26** | 34.23 | 33.44 |";
    let text = results_table(&[
        copy,
        "| [A](https://arxiv.org/pdf/2408.05975) | CVPR2023 | - | 1.1 | 2.2 | 3.3 |",
        copy,
    ]);
    assert_eq!(lines("duplicate-paper", &text), [7]);
    // Two results of one paper still agree on its venue.
    let text = results_table(&[
        "| [iCAN](https://arxiv.org/pdf/1808.10437.pdf) | BMVC2018 | - | 14.8 | 15.1 | 16.2 |",
        "| [HOIGen](https://arxiv.org/pdf/2408.05974) | ACMMM2024 | - | **30.26** | 34.23 | 33.44 |",
        "| [iCAN](https://arxiv.org/pdf/1808.10437.pdf) (RF-UC) | CVPR2019 | - | 10.1 | 20.2 | 18.3 |",
    ]);
    assert_eq!(lines("conflicting-duplicate", &text), [7]);
}

/// gaobb/Few-Shot-Object-Detection-Papers: one column holds a series of
/// scores (`COCO 1/5/10/30-shot AP`), one row per method and setting.
#[test]
fn a_series_of_scores_in_one_cell_makes_two_results() {
    let header = "## COCO\n\n| Method | Venue | Year| Backbone|Detector|Paradigm|Setting| COCO 1/5/10/30-shot AP |Code|\n| :-----|:-----:|:-----:|:---:|:---:|:----:|:-----|:-----:|:-----:|\n";
    let rows = [
        "[FS-DETR](https://openaccess.thecvf.com/content/CVPR2023/papers/Bulat_FS-DETR_CVPR_2023_paper.pdf)|ICCV| 2023| R50 | DETR | without re-training| FSOD| 7.0/10.9/11.3/-|[-]()",
        "[σ-ADP](https://openaccess.thecvf.com/content/CVPR2023/papers/Du_s-Adaptive_CVPR_2023_paper.pdf)| ICCV| 2023|R-101|Faster R-CNN|meta-learning|FSOD| -/-/20.3/22.8|[-]()|",
        "[Norm-VAE](https://openaccess.thecvf.com/content/CVPR2023/papers/Xu_Generating_CVPR_2023_paper.pdf)| CVPR| 2023|R-101| Faster-RCNN |Fine-tuning|FSOD|9.5/15.9/18.7/22.5 |[-]()",
        "[MetaAug](https://openaccess.thecvf.com/content/CVPR2023/papers/Demirel_Meta-Tuning_CVPR_2023_paper.pdf) |CVPR| 2023|R-101| Faster-RCNN |Fine-tuning|FSOD|-/-/24.4/28.0|[-]()",
        "[MetaAug](https://openaccess.thecvf.com/content/CVPR2023/papers/Demirel_Meta-Tuning_CVPR_2023_paper.pdf) |CVPR| 2023|R-101| Faster-RCNN |Fine-tuning|FSOD|-/-/18.8/23.4|[-]()",
        "[NIFF](https://openaccess.thecvf.com/content/CVPR2023/papers/Guirguis_NIFF_CVPR_2023_paper.pdf)|CVPR |2023| R-101| Faster-RCNN |Fine-tuning|gFSOD|-/33.1/34.0/34.5|[-]()",
    ];
    let text = table_of(header, &rows);
    assert!(check("duplicate-paper", &text).is_empty());
    // The same result twice is still a copy.
    let text = table_of(header, &[rows[0], rows[1], rows[2], rows[3], rows[3]]);
    assert_eq!(lines("duplicate-paper", &text), [9]);
}

#[test]
fn rows_labelled_only_by_their_authors_pair_by_their_links() {
    // `Wang et al.` at ICCV 2019 and `Wang et al.` at ECCV 2020: two papers.
    let text = results_table(&[
        "| [Wang et al.](https://openaccess.thecvf.com/content_ICCV_2019/papers/Wang_a.pdf) | ICCV2019 | - | 1.1 | 2.2 | 3.3 |",
        "| [Wang et.al.](http://www.ecva.net/papers/eccv_2020/papers_ECCV/papers/123620239.pdf) | ECCV2020 | - | 4.4 | 5.5 | 6.6 |",
    ]);
    assert!(check("conflicting-duplicate", &text).is_empty());
    assert!(check("duplicate-paper", &text).is_empty());
}

#[test]
fn talks_books_and_posts_under_one_short_title_are_not_one_work() {
    // richardcsuwandi's Bayesian-optimization list: a book, talks and a
    // blog post, each "Bayesian Optimization", by different people.
    let text = "## Books\n\n| Title | Author | Year |\n|---|---|---|\n\
        | [Bayesian Optimization](https://bayesoptbook.com/) | Roman Garnett | 2023 |\n\n\
        ## Videos\n\n| Title | Presenter | Event | Year |\n|---|---|---|---|\n\
        | [Bayesian Optimization](https://www.youtube.com/watch?v=wZODGJzKmD0) | Roman Garnett | Spring School | 2023 |\n\
        | [Bayesian Optimization](https://www.youtube.com/watch?v=c4KKvyWW_Xk) | Peter Frazier | INFORMS | 2018 |\n\n\
        ## Blogs\n\n| Title | Author | Platform | Year |\n|---|---|---|---|\n\
        | [Bayesian Optimization](http://krasserm.github.io/2018/03/21/bayesian-optimization/) | Martin Krasser | Personal | 2018 |\n";
    assert!(check("duplicate-paper", text).is_empty());
    assert!(check("conflicting-duplicate", text).is_empty());
    // The same page twice is one work, its details disagreeing.
    let twice = text.replace("watch?v=c4KKvyWW_Xk", "watch?v=wZODGJzKmD0");
    assert_eq!(lines("conflicting-duplicate", &twice), [12]);
}

#[test]
fn results_of_one_paper_that_disagree_on_the_venue_are_reported() {
    let text = results_table(&[
        "| [SABRA-Res50](https://arxiv.org/pdf/2012.12510.pdf) | BMVC2021 | - | 24.12 | 15.91 | 26.57 |",
        "| [HOIGen](https://arxiv.org/pdf/2408.05974) | ACMMM2024 | - | **30.26** | 34.23 | 33.44 |",
        "| [SABRA-Res50FPN](https://arxiv.org/pdf/2012.12510.pdf) | CVPR2021 | - | 25.02 | 16.01 | 27.57 |",
    ]);
    assert_eq!(lines("shared-paper-link", &text), [7]);
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
fn a_row_of_another_table_pasted_twice_is_reported() {
    // enguard's guardrail models: no title column, so no paper table; the
    // copy is still a copy.
    let model = "| granite-hap | 125m | [hf](https://huggingface.co/ibm-granite/granite-guardian-hap-125m) |";
    let text = format!(
        "| Guardrail | Size | Link |\n|---|---|---|\n{model}\n{model}  \n| other | 1b | [hf](https://huggingface.co/x/y) |\n\
         | ✓ | ✓ | ✓ |\n| ✓ | ✓ | ✓ |\n{model}\n\
         | TBD | TBD | [link]() |\n| TBD | TBD | [link]() |\n| docs | ✓ | [docs](#install) |\n| docs | ✓ | [docs](#install) |\n\
         | Big | 7b | [hf](HTTPS://huggingface.co/x/big) |\n| Big | 7b | [hf](HTTPS://huggingface.co/x/big) |\n"
    );
    let found = check("duplicate-paper", &text);
    // Marks without a link, a template's empty links and links within the
    // page repeat by design; a copy further down is not the row above.
    assert_eq!(lines("duplicate-paper", &text), [4, 14]);
    assert_eq!(found[0].severity, Severity::Error);
    assert!(
        found[0].message.contains("repeats line 3"),
        "{}",
        found[0].message
    );
    assert_eq!(
        apply_fix(&text, &found[0]),
        text.replacen(&format!("{model}  \n"), "", 1)
    );
}

#[test]
fn a_numbered_row_pasted_under_the_next_number_is_reported() {
    // taozh2017's light-field datasets: `No. | Dataset | Year | Pub. | ...`,
    // HFUT under 2 and again under 3.
    let row = |n: u32, name: &str| {
        format!("{n}   | [**{name}**](http://www.example.net/{name}.pdf) |2017 |ACM TOMM | 255 |\n")
    };
    let text = format!(
        "**No.** | **Dataset** | **Year** | **Pub.** | **Size**\n:-: | :-: | :-: | :- | :-\n{}{}{}{}",
        row(1, "LFSD"),
        row(2, "HFUT"),
        row(3, "HFUT"),
        row(4, "DUTLF")
    );
    let found = check("duplicate-paper", &text);
    assert_eq!(lines("duplicate-paper", &text), [5]);
    assert!(
        found[0].message.contains("but for its row number"),
        "{}",
        found[0].message
    );
    // Numbers that are no row numbers (not the next one: sizes) tell rows
    // apart.
    let sizes = "| Size (B) | Model | Organization |\n|---|---|---|\n\
                 | 7 | [Llama 2](https://huggingface.co/meta-llama) | Meta |\n\
                 | 13 | [Llama 2](https://huggingface.co/meta-llama) | Meta |\n\
                 | 70 | [Llama 2](https://huggingface.co/meta-llama) | Meta |\n";
    assert!(lines("duplicate-paper", sizes).is_empty());
    // Numbers that are the row's data, not its place, tell rows apart.
    let sizes = text.replacen(
        "[**HFUT**](http://www.example.net/HFUT.pdf) |2017",
        "[**HFUT**](http://www.example.net/HFUT.pdf) |2018",
        1,
    );
    assert!(lines("duplicate-paper", &sizes).is_empty());
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
fn a_paper_in_two_groups_of_a_grouped_table_is_two_entries() {
    // MengyingLei's `Paper | Venue | Year | Constraint | Code`: rows come
    // in runs of one Constraint each; a paper using two is in both runs.
    let row = |title: &str, id: &str, constraint: &str| {
        format!("| [{title}](https://doi.org/10.1/{id}) | IEEE TITS | 2024 | {constraint} | - |\n")
    };
    let mut text =
        String::from("| Paper | Venue | Year | Constraint | Code |\n|---|---|---|---|---|\n");
    text.push_str(&row(
        "A Fused CP Factorization Method for Incomplete Tensors",
        "a",
        "R<sub>Lap</sub>",
    ));
    text.push_str(&row(
        "Urban road traffic condition forecasting",
        "b",
        "R<sub>Lap</sub>",
    ));
    text.push_str(&row(
        "Toward urban traffic scenarios",
        "c",
        "R<sub>Lap</sub>",
    ));
    text.push_str(&row(
        "A Fused CP Factorization Method for Incomplete Tensors",
        "a",
        "R<sub>var</sub>",
    ));
    text.push_str(&row(
        "Low-Rank Tensor and Hybrid Smoothness",
        "d",
        "R<sub>var</sub>",
    ));
    text.push_str(&row("Tensor Train Factorization", "e", "R<sub>var</sub>"));
    assert!(lines("duplicate-paper", &text).is_empty());
    // The same paper twice in one group is a copy.
    let twice = text.replacen("R<sub>var</sub> | - |\n| [Low", "R<sub>var</sub> | - |\n| [A Fused CP Factorization Method for Incomplete Tensors](https://doi.org/10.1/a) | IEEE TITS | 2024 | R<sub>var</sub> | - |\n| [Low", 1);
    assert_eq!(lines("duplicate-paper", &twice), [7]);
    // A mostly empty column (an award) or one of dates files nothing: the
    // copy in another run is still a copy.
    let award = text
        .replacen("R<sub>Lap</sub>", "Best Paper", 2)
        .replace("R<sub>Lap</sub>", " ")
        .replacen("R<sub>var</sub>", "Oral", 2)
        .replace("R<sub>var</sub>", " ");
    assert_eq!(lines("duplicate-paper", &award), [6]);
    let months = text
        .replace("R<sub>Lap</sub>", "Jan")
        .replace("R<sub>var</sub>", "Mar");
    assert_eq!(lines("duplicate-paper", &months), [6]);
    let quarters = text
        .replace("R<sub>Lap</sub>", "Q1")
        .replace("R<sub>var</sub>", "Q3");
    assert_eq!(lines("duplicate-paper", &quarters), [6]);
    // A `Tag` column (a description's header) files rows in runs the same
    // way (Tomsawyerhu/Awesome-Personalized-Alignment).
    let tagged = text.replace("| Constraint |", "| Tag |");
    assert!(lines("duplicate-paper", &tagged).is_empty());
    // Tags of each paper, no runs: the copy is a copy.
    let scattered = tagged.replacen("R<sub>Lap</sub>", "R<sub>var</sub>", 1);
    assert_eq!(lines("duplicate-paper", &scattered), [6]);
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

/// WangCheng0116/Awesome-LRMs-Safety: one table divided by group rows.
fn grouped(first: &str, second: &str) -> String {
    format!(
        "## Safety alignment\n\n| Title | Venue | Date | Code |\n|---|---|---|---|\n\
         | {first} | | | |\n\
         | [SafeChain: Safety of Language Models with Long Chain-of-Thought Reasoning](https://arxiv.org/abs/2502.12025) | ACL 2025 | 2025-02 | - |\n\
         | [RealSafe-R1: Safety-Aligned DeepSeek-R1](https://arxiv.org/abs/2504.10081) | arXiv | 2025-04 | - |\n\
         | {second} | | | |\n\
         | [SafeChain: Safety of Language Models with Long Chain-of-Thought Reasoning](https://arxiv.org/abs/2502.12025) | ACL 2025 | 2025-02 | - |\n"
    )
}

#[test]
fn copies_under_two_group_rows_of_a_table_are_cross_listed() {
    let text = grouped(
        "***<ins>Safe CoT Data Curation</ins>***",
        "***<ins>SFT-based Safety Alignment</ins>***",
    );
    assert!(lines("duplicate-paper", &text).is_empty());
    // Under one group row, or under two years, a copy is a copy.
    let years = grouped("**2024**", "**2025**");
    assert_eq!(lines("duplicate-paper", &years), [9]);
    let one = text.replace(
        "| ***<ins>SFT-based Safety Alignment</ins>*** | | | |\n",
        "",
    );
    assert_eq!(lines("duplicate-paper", &one), [8]);
    // Two tables of one section, each opening with its topic row.
    let tables = text.replace(
        "| ***<ins>SFT-based",
        "\n| Title | Venue | Date | Code |\n|---|---|---|---|\n| ***<ins>SFT-based",
    );
    assert!(lines("duplicate-paper", &tables).is_empty(), "{tables}");
}

#[test]
fn a_bare_name_above_another_is_a_stub_not_a_group_row() {
    // Szy12345-liv's `| **DiffusionCLIP** | | | |` over `| **Asyrp** | | | |`:
    // two models still to fill in, each missing its date.
    let text = "## Fine-tuning\n\n| Model | Website | Date | Comments |\n|---|---|---|---|\n\
        | **DiffusionCLIP** | | | |\n| **Asyrp** | | | |\n\
        | [Null-text Inversion](https://arxiv.org/abs/2211.09794) | [page](https://null-text-inversion.github.io) | 2022-11 | - |\n\n\
        ## Editing\n\n| Model | Website | Date | Comments |\n|---|---|---|---|\n\
        | [Prompt-to-Prompt](https://arxiv.org/abs/2208.01626) | [page](https://prompt-to-prompt.github.io) | 2022-08 | - |\n\
        | [Imagic](https://arxiv.org/abs/2210.09276) | [page](https://imagic-editing.github.io) | 2022-10 | - |\n";
    assert_eq!(lines("missing-year", text), [5, 6]);
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

#[test]
fn row_ids_under_a_numbering_header_name_no_entry() {
    // llmhacking/papers: `| # | Paper | Venue | Year |` numbered `pe1`,
    // `pe2`, ...; `pe24` repeats `pe8` byte for byte.
    let header = "| # | Paper | Venue | Year |\n|---|---|---|---|\n";
    let paper = "Zhou, X., Zhang, T., Lo, D. — Large Language Model for Vulnerability Detection: Emerging Results and Future Directions | ICSE NIER | 2024 |";
    let rows = [
        format!("| pe8 | {paper}"),
        "| pe9 | Fu, M. et al. — [ChatGPT for Vulnerability Detection](https://arxiv.org/abs/2304.07232) | APSEC | 2023 |".to_string(),
        format!("| pe24 | {paper}"),
    ];
    let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
    assert_eq!(lines("duplicate-paper", &table_of(header, &rows)), [5]);
    // Under a header of its own (a task, an approach) the labels are entries.
    let labelled = table_of(&header.replace("| # |", "| Task |"), &rows);
    assert!(lines("duplicate-paper", &labelled).is_empty());
}

#[test]
fn a_paper_under_two_year_headings_is_listed_twice() {
    // SaeedShurrab's list files papers under `## 2022`, `## 2021`, ...: one
    // PMLR paper sits under both. NUS-Project writes `## Year-2024`.
    let list = |first: &str, second: &str, venues: (&str, &str)| {
        format!(
            "# Papers\n\n## {first}\n\n| Title | Venue | Link |\n|---|---|---|\n\
             | How Transferable are Self-supervised Features in Medical Image Classification Tasks? | {} | [Link](https://proceedings.mlr.press/v158/truong21a.html) |\n\n\
             ## {second}\n\n| Title | Venue | Link |\n|---|---|---|\n\
             | How Transferable are Self-supervised Features in Medical Image Classification Tasks? | {} | [Link](https://proceedings.mlr.press/v158/truong21a.html) |\n",
            venues.0, venues.1
        )
    };
    let text = list("2022", "2021", ("PMLR", "PMLR"));
    let found = check("duplicate-paper", &text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].severity, crate::diagnostic::Severity::Warning);
    assert_eq!(
        lines(
            "duplicate-paper",
            &list("Year-2024", "Year-2023", ("PMLR", "PMLR"))
        )
        .len(),
        1
    );
    // Topics are no years; two publications (a conference paper and its
    // journal extension, each under its year) are two rows on purpose.
    assert!(lines(
        "duplicate-paper",
        &list("Vision", "Language", ("PMLR", "PMLR"))
    )
    .is_empty());
    assert!(lines("duplicate-paper", &list("2022", "2021", ("CVMJ", "ICCV"))).is_empty());
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
    assert_eq!(
        lines("duplicate-paper", &labelled("Position", "Position Paper")),
        [5]
    );
    assert!(lines("duplicate-paper", &labelled("InnerNet", "OuterNet")).is_empty());
}
