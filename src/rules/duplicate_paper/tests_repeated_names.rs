//! Tests of pairing by title where a title column repeats short names.

use crate::rules::testing::*;

/// A column whose short values come back row after row (the base model of
/// each paper, the journal) names what the papers share, not each paper.
const SHARED_HEADER: &str = "| Title | Journal | Year |\n|---|---|---|\n";
const SHARED_NAMES: [&str; 8] = [
    "| BERT | Nature Machine Intelligence | 2023 |",
    "| BERT | npj Computational Materials | 2023 |",
    "| GPT-4 | Digital Discovery | 2024 |",
    "| GPT-4 | Chemical Science | 2024 |",
    "| BERT | Nature Machine Intelligence | 2023 |",
    "| T5 | Digital Discovery | 2023 |",
    "| GPT-4 | Chemical Science | 2024 |",
    "| LLaMA | Digital Discovery | 2024 |",
];

#[test]
fn a_column_of_repeated_short_names_pairs_nothing() {
    let text = table_of(SHARED_HEADER, &SHARED_NAMES);
    for rule in [
        "duplicate-paper",
        "conflicting-duplicate",
        "shared-paper-link",
    ] {
        assert!(lines(rule, &text).is_empty(), "{rule}");
    }
    // Two repeats are still copies of one paper: under two known
    // journals, copies that disagree.
    let text = table_of(SHARED_HEADER, &SHARED_NAMES[..4]);
    assert_eq!(lines("duplicate-paper", &text), vec![4]);
    assert_eq!(lines("conflicting-duplicate", &text), vec![6]);
}

#[test]
fn a_column_of_repeated_short_names_says_nothing_of_shared_links() {
    let header = "| Title | Journal | Year | Paper |\n|---|---|---|---|\n";
    let rows: Vec<String> = SHARED_NAMES
        .iter()
        .enumerate()
        .map(|(i, row)| format!("{row} [paper](https://arxiv.org/abs/2401.1000{}) |", i % 7))
        .collect();
    let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
    // The eighth row links the first row's paper under another name.
    assert!(lines("shared-paper-link", &table_of(header, &rows)).is_empty());
    let few = [rows[0], rows[2], rows[7]];
    assert_eq!(lines("shared-paper-link", &table_of(header, &few)), vec![5]);
}

/// onejune2018/Awesome-LLM-Eval's catalogue of pre-trained models.
fn catalogue(last_size: &str) -> String {
    format!(
        "## Pre-trained LLMs\n\n| Model | Size | Architecture | Access | Date | Origin |\n|---|---|---|---|---|---|\n\
         | GPT-NeoX | 20B | Decoder | [ckpt](https://github.com/EleutherAI/gpt-neox) | 2022-04 | [Paper](https://arxiv.org/pdf/2204.06745.pdf) |\n\
         | T5 | 11B | Encoder-Decoder | [ckpt](https://huggingface.co/t5-11b) | 2019-10 | [Paper](https://jmlr.org/papers/v21/20-074.html) |\n\
         | GPT-Neo | 2.7B | Decoder | [ckpt](https://github.com/EleutherAI/gpt-neo) | 2021-03 | [Github](https://github.com/EleutherAI/gpt-neo) |\n\
         | GPT-Neo | {last_size} | Decoder | [ckpt](https://github.com/EleutherAI/gpt-neo) | 2021-03 | [Github](https://github.com/EleutherAI/gpt-neo) |\n"
    )
}

#[test]
fn one_model_at_two_sizes_in_a_catalogue_is_two_checkpoints() {
    assert!(lines("duplicate-paper", &catalogue("1.3B")).is_empty());
    // The same size twice is the row twice.
    assert_eq!(lines("duplicate-paper", &catalogue("2.7B")), [8]);
    // Sizes released months apart are no conflict either.
    let later = catalogue("1.3B").replace(
        "| 1.3B | Decoder | [ckpt](https://github.com/EleutherAI/gpt-neo) | 2021-03 |",
        "| 1.3B | Decoder | [ckpt](https://github.com/EleutherAI/gpt-neo) | 2021-06 |",
    );
    assert!(later.contains("2021-06"));
    assert!(lines("conflicting-duplicate", &later).is_empty(), "{later}");
}

/// SinaMohseni's `Paper | Evaluation Method`: each paper once per method
/// it was evaluated by, `--` for none, the methods recurring.
const BY_METHOD: &str = "| Paper | Evaluation Method |\n|---|---|\n";

fn by_method(methods: [&str; 6]) -> String {
    let papers = [
        "Manipulating User Trust via Misleading Explanations",
        "Effects of Model Confidence on Trust Calibration",
        "Explaining Driving Behavior of Autonomous Cars",
        "Manipulating User Trust via Misleading Explanations",
        "The Role of Explanations in Clinical Decision Support",
        "An Intelligible Translation Environment for Users",
    ];
    let rows: Vec<String> = papers
        .iter()
        .zip(methods)
        .enumerate()
        .map(|(i, (paper, method))| {
            // The fourth row is the first paper again, on its link.
            let n = if i == 3 { 0 } else { i };
            format!("| [{paper}](https://dl.acm.org/doi/10.1145/3290605.33{n:05}) | {method} |")
        })
        .collect();
    let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
    table_of(BY_METHOD, &rows)
}

#[test]
fn a_paper_under_two_values_of_a_recurring_category_is_filed_twice_on_purpose() {
    let categories = [
        "--",
        "Agreement Rate",
        "Subjective Rating",
        "Subjective Rating",
        "Agreement Rate",
        "--",
    ];
    assert!(lines("duplicate-paper", &by_method(categories)).is_empty());
    // Under one value twice, it is a copy.
    let mut same = categories;
    same[3] = "--";
    assert_eq!(lines("duplicate-paper", &by_method(same)), vec![6]);
    // Values that do not recur describe each paper: a copy with another
    // description is still a copy.
    let described = [
        "Asked users",
        "Measured agreement",
        "Rated it",
        "Interviewed them",
        "Logged clicks",
        "Timed the task",
    ];
    assert_eq!(lines("duplicate-paper", &by_method(described)), vec![6]);
}

#[test]
fn a_datasets_column_right_of_the_title_describes_the_paper() {
    // styfeng/DataAug4NLP: `Paper | Datasets`, one paper twice with the
    // datasets it used written differently.
    let header = "| Paper | Datasets |\n|---|---|\n";
    let rows = [
        "| Sequence-to-sequence Pre-training with Data Augmentation [(arxiv '19)](https://arxiv.org/abs/1909.06002) | CoNLL-2014, JFLEG |",
        "| Noising and Denoising Natural Language [(NAACL'18)](https://aclanthology.org/N18-1057/) | Lang-8, NUCLE |",
        "| Sequence-to-sequence Pre-training with Data Augmentation [(arxiv '19)](https://arxiv.org/abs/1909.06002) | GYAFC, WMT14 |",
    ];
    assert_eq!(lines("duplicate-paper", &table_of(header, &rows)), vec![5]);
    // One dataset a row names the entry: a paper's two benchmarks are two.
    let single: Vec<String> = rows
        .iter()
        .map(|r| {
            r.replace(", JFLEG", "")
                .replace(", NUCLE", "")
                .replace(", WMT14", "")
        })
        .collect();
    let single: Vec<&str> = single.iter().map(String::as_str).collect();
    assert!(lines("duplicate-paper", &table_of(header, &single)).is_empty());
}

#[test]
fn a_generic_link_label_names_no_entry() {
    // zdyshine's results table: `index | method | paper | code | PSNR`,
    // each paper cell `[paper](arXiv)`, each missing code `[code](None)`.
    let header = "| index | method | paper | code | PSNR | SSIM |\n|---|---|---|---|---|---|\n";
    let rows = [
        "| 15 | GIMM-VFI(Arxiv 2407) | [paper](https://arxiv.org/pdf/2407.08680) | [code](https://github.com/a/b) | 36.1 | 0.98 |",
        "| 16 | 360VFI(Arxiv 2407) | [paper](https://arxiv.org/pdf/2407.14066) | [code](None) | - | - |",
        "| 17 | ViBiDSampler(Arxiv 2410) | [paper](https://arxiv.org/pdf/2410.05651) | [code](None) | - | - |",
    ];
    assert!(lines("duplicate-paper", &table_of(header, &rows)).is_empty());
}

/// visionxiang's and ChunmingHe's camouflage lists: `Pub. | Model | Title
/// | Links`, the title unlinked above a line of authors in small type.
fn bylined(rows: &[(&str, &str, &str, &str)]) -> String {
    let mut text =
        String::from("| **Pub.** | **Model** | **Title** | **Links** |\n|---|---|---|---|\n");
    for (venue, model, authors, link) in rows {
        text.push_str(&format!(
            "| {venue} | <sup>`{model}`</sup> | Mutual Graph Learning for Camouflaged Object Detection <br><sup><sub>*{authors}*</sub></sup> | [Paper]({link}) |\n"
        ));
    }
    text
}

#[test]
fn an_unlinked_title_ends_where_its_line_of_authors_begins() {
    let cvf = "https://openaccess.thecvf.com/content/CVPR2021/papers/Zhai_MGL.pdf";
    let xplore = "https://ieeexplore.ieee.org/document/9962828";
    // One paper twice, its author list edited in one copy: a copy.
    let text = bylined(&[
        ("CVPR<br><sup>2021</sup>", "MGL", "Qiang Zhai, Xin Li", cvf),
        (
            "CVPR<br><sup>2021</sup>",
            "MGL",
            "Qiang Zhai; Xin Li; Fan Yang",
            "https://example.org/mgl.pdf",
        ),
    ]);
    assert_eq!(lines("duplicate-paper", &text), [4]);
    let found = check("duplicate-paper", &text);
    assert!(!found[0].message.contains("Zhai"), "{}", found[0].message);
    // The journal's second version a year later, named with a version: an
    // extension, not a conflict; under one name it is a conflict.
    let text = bylined(&[
        ("CVPR<br><sup>2021</sup>", "MGL", "Qiang Zhai, Xin Li", cvf),
        (
            "TIP<br><sup>2022</sup>",
            "MGL_v2",
            "Qiang Zhai; Xin Li; Fan Yang",
            xplore,
        ),
    ]);
    assert!(lines("conflicting-duplicate", &text).is_empty());
    let one_name = text.replace("`MGL_v2`", "`MGL`");
    assert_eq!(lines("conflicting-duplicate", &one_name), [4]);
}

#[test]
fn a_bold_title_ends_where_its_note_in_small_type_begins() {
    // xianshang33/llm-paper-daily: the bold title, then the affiliations
    // and a summary in `<sub>`, which differ between two copies of a paper.
    let header = "| Date | Paper | Links |\n|---|---|---|\n";
    let row = |summary: &str| {
        format!(
            "| 04-02 | **Long-context LLMs Struggle with Long In-context Learning**<br><sub>机构: University of Waterloo<br>{summary}</sub> | [![arXiv](https://img.shields.io/badge/arXiv-b.svg)](https://arxiv.org/abs/2404.02060) |"
        )
    };
    let (a, b) = (
        row("这篇文章提出了一个新的评估基准"),
        row("本文评估了长上下文"),
    );
    let text = table_of(header, &[&a, &b]);
    assert_eq!(lines("duplicate-paper", &text), [4]);
    assert!(check("shared-paper-link", &text).is_empty());
    let found = check("duplicate-paper", &text);
    assert!(!found[0].message.contains("机构"), "{}", found[0].message);
}
