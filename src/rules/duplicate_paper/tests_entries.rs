//! Tests of duplicate-paper: rows of one paper that are two entries (two
//! methods, labels, results, groups of a grouped table) and copies that are
//! one.

use crate::rules::testing::*;

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
fn an_abbreviation_column_names_each_team_of_one_report() {
    // nqian1: one challenge report, one row per team it describes.
    let row = |team: &str| {
        format!("|2023 | CVPRW | NTIRE 2023 challenge on 360 omnidirectional image and video super-resolution |{team} [Paper](https://openaccess.thecvf.com/content/CVPR2023W/NTIRE/html/Cao_NTIRE_2023_Challenge_CVPRW_2023_paper.html) | |")
    };
    let table = |a: &str, b: &str| {
        format!(
            "## Methods\n\n| Date | Publication | Title | Abbreviation | Code |\n|---|---|---|---|---|\n{}\n{}\n",
            row(a),
            row(b)
        )
    };
    assert!(lines("duplicate-paper", &table("MVideo Team", "HIT-IIL")).is_empty());
    assert_eq!(lines("duplicate-paper", &table("HIT-IIL", "HIT-IIL")), [6]);
}

#[test]
fn a_name_given_twice_leaves_it_to_the_runs_of_a_tag_column() {
    // Tomsawyerhu: `Paper | Abbr. | Year | Source | Tag`, each Tag one run
    // of rows; a paper of two tags is listed in both runs, named alike.
    let row = |n: u32, abbr: &str, tag: &str| {
        format!("| [Paper number {n} about personalised retrieval](https://arxiv.org/abs/2204.0{n:04}) | {abbr} | 2024 | arxiv | {tag} | - |\n")
    };
    let mut text = String::from(
        "## RAG\n\n| Paper | Abbr. | Year | Source | Tag | PDF |\n|---|---|---|---|---|---|\n",
    );
    for n in 1..=4 {
        text.push_str(&row(n, &format!("M{n}"), "Dense"));
    }
    text.push_str(&row(5, "UniMS-RAG", "Sparse"));
    for n in 6..=8 {
        text.push_str(&row(n, &format!("M{n}"), "Sparse"));
    }
    for n in 9..=11 {
        text.push_str(&row(n, &format!("M{n}"), "Post-retrieval"));
    }
    let listed_twice = format!("{text}{}", row(5, "UniMS-RAG", "Post-retrieval"));
    assert!(lines("duplicate-paper", &listed_twice).is_empty());
    let pasted_twice = format!("{text}{}", row(5, "UniMS-RAG", "Sparse"));
    assert_eq!(lines("duplicate-paper", &pasted_twice), [16]);
}

#[test]
fn one_name_under_two_labels_left_of_the_title_is_one_entry_twice() {
    // lixus7: `Task | Data | Model | Paper`, SDformer twice under two tasks.
    let row = |task: &str| {
        format!("| {task} | Traffic | SDformer | [SDformer: Transformer with Spectral Filter and Dynamic Attention](https://www.ijcai.org/proceedings/2024/629) | No | IJCAI 2024 |\n")
    };
    let text = format!(
        "## Forecasting\n\n| Task | Data | Model | Paper | Code | Publication |\n|---|---|---|---|---|---|\n{}| Imputation | ETT | TimesNet | [TimesNet: Temporal 2D-Variation Modeling](https://arxiv.org/abs/2210.02186) | No | ICLR 2023 |\n{}",
        row("Missing Variate"),
        row("Multivariate")
    );
    assert_eq!(lines("duplicate-paper", &text), [7]);
}

#[test]
fn a_reference_without_a_link_keeps_the_run_of_papers() {
    // Event-AHU's report-generation list: under `### Year 2024`, one item
    // cites a paper without a link; the papers after it are still compared
    // with those before it.
    let paper = "* [CVPR2024] **MedM2G: Unifying Medical Multi-Modal Generation via Cross-Guided Diffusion with Visual Invariant**,\n  Chenlu Zhan, Yu Lin\n  [[Paper](https://arxiv.org/abs/2403.04290)]\n\n";
    let list = |between: &str| format!("### Year 2024\n\n{paper}{between}\n\n{paper}");
    for reference in [
        "* [CIKM '23] Li, Qi. \"**Harnessing the power of pre-trained vision-language models for efficient medical report generation**.\" Proceedings of the 32nd ACM International Conference. 2023.",
        "* **Harnessing the power of pre-trained vision-language models for efficient medical report generation**, *CIKM, 2023*.",
    ] {
        assert_eq!(lines("duplicate-paper", &list(reference)), [9], "{reference}");
    }
    // A category in bold, no venue beside it, still ends the run, its
    // years given or not.
    for category in [
        "* **Report Generation With Large Language Models**",
        "* **Report Generation With Large Language Models** (2023)",
        "* **Report Generation With Large Language Models** (2023-2024)",
    ] {
        assert!(
            lines("duplicate-paper", &list(category)).is_empty(),
            "{category}"
        );
    }
}
