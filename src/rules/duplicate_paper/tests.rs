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
fn a_hybrid_method_under_each_of_its_strategies_is_no_copy() {
    // NiuTrans's NAS list: ProxylessNAS typed `RL/Gradient` in one row and
    // filed under RL and Gradient; RENAS, "Reinforced Evolutionary", under
    // RL and EA.
    let proxyless = |strategy: &str| {
        format!("| [ProxylessNAS: Direct Neural Architecture Search on Target Task and Hardware](https://openreview.net/forum?id=HylVB3AqYm) | ICLR 2019 | {strategy} | - | 2019 |")
    };
    let renas = |strategy: &str| {
        format!("| [RENAS: Reinforced Evolutionary Neural Architecture Search](https://arxiv.org/abs/1808.00193) | CVPR 2019 | {strategy} | - | 2019 |")
    };
    let text = strategy_sections(
        &[&proxyless("Gradient")],
        &[&proxyless("RL"), &renas("RL")],
        &[&renas("EA")],
        &[&proxyless("RL/Gradient")],
    );
    assert!(
        lines("duplicate-paper", &text).is_empty(),
        "{:?}",
        check("duplicate-paper", &text)
    );
    // Without the row that types it a hybrid, ProxylessNAS is a copy.
    let text = strategy_sections(
        &[&proxyless("Gradient")],
        &[&proxyless("RL"), &renas("RL")],
        &[&renas("EA")],
        &[OTHER],
    );
    assert_eq!(check("duplicate-paper", &text).len(), 1);
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
