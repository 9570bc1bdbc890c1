use super::*;

fn judge(text: &str) -> Vec<bool> {
    let knowledge = Knowledge::builtin().unwrap();
    let document = crate::document::parse(text, &knowledge.columns);
    document
        .tables
        .iter()
        .map(|t| cites_only(&document, t, &knowledge))
        .collect()
}

/// Each table's column roles, in order.
fn column_roles(document: &crate::document::Document<'_>) -> Vec<Vec<Option<Role>>> {
    document
        .tables
        .iter()
        .map(|t| t.columns.iter().map(|c| c.role).collect())
        .collect()
}

#[test]
fn dataset_and_benchmark_tables_only_cite() {
    let text = "## Datasets\n\n| Name | Paper | Link | Notes |\n|---|---|---|---|\n| Set5 | [Low-Complexity SR](https://example.com/p) | [data](https://example.com/d) | 5 images |\n\n\
                ## Benchmarks\n\n| Benchmark | Paper | Tasks | Code |\n|---|---|---|---|\n| MMLU | [Measuring Massive Multitask](https://arxiv.org/abs/2009.03300) | 57 | - |\n";
    assert_eq!(judge(text), [true, true]);
}

#[test]
fn a_dataset_table_dated_first_cites_its_papers() {
    // visionxiang's aerial datasets: the year first, the dataset's name,
    // its paper's title, and a `Pub.` column of paper links.
    let text = "| Year | Name | Paper | Pub. |\n|---|---|---|---|\n\
        | 2022 | [SODA](https://example.org/soda) | Towards Large-Scale Small Object Detection | [Paper](https://arxiv.org/abs/2207.14096) |\n\
        | 2018 | [VisDrone](http://aiskyeye.com/) | Vision Meets Drones: Past, Present and Future | [arXiv](https://arxiv.org/pdf/2001.06303.pdf) |\n";
    assert_eq!(judge(text), [true]);
    let knowledge = Knowledge::builtin().unwrap();
    let document = crate::document::parse(text, &knowledge.columns);
    assert_eq!(
        naming_column(&document.tables[0], &knowledge.columns),
        Some(1)
    );
    // A column numbering the rows names none of them.
    let numbered = text
        .replace("| Year | Name |", "| No. | Name |")
        .replace("| 2022 |", "| 1 |")
        .replace("| 2018 |", "| 2 |");
    let document = crate::document::parse(&numbered, &knowledge.columns);
    assert_eq!(
        naming_column(&document.tables[0], &knowledge.columns),
        Some(1)
    );
    // A Pub. column of venues keeps the table a paper table.
    let text = text
        .replace("[Paper](https://arxiv.org/abs/2207.14096)", "TGRS")
        .replace("[arXiv](https://arxiv.org/pdf/2001.06303.pdf)", "TPAMI");
    assert_eq!(judge(&text), [false]);
}

#[test]
fn toolbox_and_leaderboard_tables_only_cite() {
    // Algorithms citing one book; results of one paper with and without an extra trick.
    let text = "## Causal Discovery\n\n|Name|Paper|Code|\n|---|---|---|\n|PC algorithm|Causation, Prediction, and Search|[R](https://github.com/cran/pcalg)|\n\n\
                ### Penn Treebank\n\n| Model | Test perplexity | Paper / Source | Code |\n|---|---|---|---|\n| AWD-LSTM (Merity et al., 2017) | 57.3 | [Regularizing LSTMs](https://arxiv.org/abs/1708.02182) | - |\n";
    assert_eq!(judge(text), [true, true]);
}

#[test]
fn a_dated_list_rating_its_papers_is_no_leaderboard() {
    // jin-s13's world-model hub: one row a paper, its Score the list's
    // own relevance rating; a copy of a row is a duplicate.
    let rated = "| Year | Score | Type | Paper | TLDR |\n|---|---|---|---|---|\n\
        | 2026 | 58.1 | method | [Planning with an Ensemble of World Models](https://openreview.net/forum?id=cvGdPXaydP) | City models. |\n\
        | 2026 | 24.4 | method | [Planning with an Ensemble of World Models](https://openreview.net/forum?id=cvGdPXaydP) |  |\n\
        | 2022 | 71.5 | method | [DayDreamer: World Models for Physical Robot Learning](https://proceedings.mlr.press/v205/wu23c/wu23c.pdf) | Robots. |\n";
    assert_eq!(judge(rated), [false]);
    assert_eq!(crate::rules::testing::lines("duplicate-paper", rated), [4]);
    // Under a heading of results, or with a setting after the paper, the
    // same Score column is a result: two settings, two results.
    assert_eq!(judge(&format!("## Results on GLUE\n\n{rated}")), [true]);
    // Only the table's own heading counts: the list's title names the list.
    assert_eq!(
        judge(&format!(
            "# Awesome Benchmarks and Data\n\n## Papers\n\n{rated}"
        )),
        [false]
    );
    let with_setting = rated.replace(
        "| TLDR |\n|---|---|---|---|---|",
        "| Setting |\n|---|---|---|---|---|",
    );
    assert_eq!(judge(&with_setting), [true]);
    assert!(crate::rules::testing::lines("duplicate-paper", &with_setting).is_empty());
    // Without a year, or beside a second result column, a Score is a result.
    let undated = "| Model | Score | Paper / Source | Code |\n|---|---|---|---|\n| T5-11B | 90.3 | [Exploring the Limits](https://arxiv.org/abs/1910.10683) | - |\n";
    assert_eq!(judge(undated), [true]);
    let two_results = "| Year | Model | Score | Params | Paper |\n|---|---|---|---|---|\n| 2019 | T5 | 90.3 | 11.0 | [Exploring the Limits](https://arxiv.org/abs/1910.10683) |\n| 2019 | T5-L | 88.1 | 0.7 | [Exploring the Limits](https://arxiv.org/abs/1910.10683) |\n| 2020 | X | 80.1 | 1.5 | [Other](https://arxiv.org/abs/2001.00001) |\n";
    assert_eq!(judge(two_results), [true]);
    let two_ratings = "| Year | Rank | Score | Paper |\n|---|---|---|---|\n| 2019 | 1 | 90.3 | [Exploring the Limits](https://arxiv.org/abs/1910.10683) |\n";
    assert_eq!(judge(two_ratings), [true]);
}

#[test]
fn a_rank_of_the_venue_is_no_result() {
    // sisinflab/IR-RS-with-LLM-survey: each paper with its venue's CORE
    // rank or journal quartile, and its citations, the last normalised.
    let row = |title: &str, rank: &str, normalised: &str| {
        format!("| [{title}](https://doi.org/10.1145/1) | A. Author | 2024 | SIGIR | {rank} | 12 | {normalised} | Ranker |\n")
    };
    let header = "| Title | Authors | Year | Venue | Rank | Number of Citations | Normalized Citation | Label |\n|---|---|---|---|---|---|---|---|\n";
    let ranked = format!(
        "{header}{}{}{}{}",
        row("First Paper On Ranking", "A*", "1.50"),
        row("Second Paper On Ranking", "Q1", "0.25"),
        row("Third Paper On Ranking", "N/A", "3.00"),
        row("Fourth Paper On Ranking", "B", "0.75"),
    );
    assert_eq!(judge(&ranked), [false]);
    // Ranks that are places on a leaderboard are results.
    let placed = ranked
        .replace("| A* |", "| 1 |")
        .replace("| Q1 |", "| 2 |")
        .replace("| B |", "| 3 |");
    assert_eq!(judge(&placed), [true]);
    // Beside the list's own rating of its papers, a venue's rank leaves
    // that rating alone: the table still lists papers.
    let rated = "| Year | Score | Rank | Paper | TLDR |\n|---|---|---|---|---|\n\
        | 2024 | 9.5 | A* | [First Paper On Ranking](https://arxiv.org/abs/2401.00001) | a |\n\
        | 2024 | 8.0 | Q1 | [Second Paper On Ranking](https://arxiv.org/abs/2401.00002) | b |\n\
        | 2023 | 7.5 | B | [Third Paper On Ranking](https://arxiv.org/abs/2301.00003) | c |\n";
    assert_eq!(judge(rated), [false]);
}

#[test]
fn chinese_source_and_authors_headers_make_paper_tables() {
    let knowledge = Knowledge::builtin().unwrap();
    let text = "|No.| paper | 会议/期刊 | dataset |\n|---|---|---|---|\n\
                |1|A Review.[[paper](https://arxiv.org/abs/2307.13125)]|Journal of Imaging, 2023||\n\n\
                | Paper | Source | Code/Project Link |\n|---|---|---|\n\
                | [Sketch Survey](https://arxiv.org/abs/2001.02525) | TPAMI 2022 | [[code]](https://github.com/a/b) |\n\n\
                | Title & Authors | Introduction | Links |\n|---|---|---|\n\
                | [Pruner](https://arxiv.org/abs/2305.11627) <br> A. Author | text | [Paper](https://arxiv.org/abs/2305.11627) |\n\n\
                | 论文 | 会议 | 年份 |\n|---|---|---|\n| [甲](https://arxiv.org/abs/2101.00001) | CVPR | 2021 |\n\n\
                | 标题 | 期刊 | 时间 |\n|---|---|---|\n| [乙](https://arxiv.org/abs/2101.00002) | TPAMI | 2021 |\n";
    let document = crate::document::parse(text, &knowledge.columns);
    let roles = column_roles(&document);
    use Role::*;
    assert_eq!(
        roles,
        [
            vec![None, Some(Title), Some(Venue), None],
            vec![Some(Title), Some(Venue), Some(Code)],
            vec![Some(Title), None, Some(Paper)],
            vec![Some(Title), Some(Venue), Some(Year)],
            vec![Some(Title), Some(Venue), Some(Year)],
        ]
    );
    assert!(document
        .tables
        .iter()
        .all(|t| !cites_only(&document, t, &knowledge)));
}

#[test]
fn an_articles_header_names_the_title_column() {
    // Shaped like ybayle's music list: "Articles, Thesis and Reports",
    // some titles without a link; "Article" alone too. "Publications"
    // is not a title header (it holds venues elsewhere).
    let knowledge = Knowledge::builtin().unwrap();
    let text = "| Year | Articles, Thesis and Reports | Code |\n|---|---|---|\n\
                | 1988 | Neural net modeling of music | No |\n\
                | 2016 | [Deep learning for chords](https://arxiv.org/abs/1601.00001) | [GitHub](https://github.com/a/b) |\n\n\
                | Article | Year |\n|---|---|\n| [A](https://arxiv.org/abs/2101.00001) | 2021 |\n\n\
                | Publications | Year |\n|---|---|\n| [B](https://arxiv.org/abs/2101.00002) | 2021 |\n";
    let document = crate::document::parse(text, &knowledge.columns);
    let roles = column_roles(&document);
    use Role::*;
    assert_eq!(
        roles,
        [
            vec![Some(Year), Some(Title), Some(Code)],
            vec![Some(Title), Some(Year)],
        ]
    );
    assert!(document
        .tables
        .iter()
        .all(|t| !cites_only(&document, t, &knowledge)));
}

#[test]
fn dataset_tables_with_year_and_venue_columns_only_cite() {
    // Counts and check marks describe the data.
    let text = "## Datasets\n\n| **Name** | **Year** | **Pub.** | **Links** | **Img.(Camo.)** | **Pix.** |\n|---|---|---|---|---|---|\n\
                [SetA](https://github.com/a/a) | 2024 | CVPR | [Paper](https://arxiv.org/abs/2401.00001) | 4,121 | &check; |\n\
                [SetB](https://github.com/b/b) | 2023 | TIP | [Paper](https://arxiv.org/abs/2301.00002) | 900 | |\n\n\
                | Dataset | Venue | Year | Samples | Paper |\n|---|---|---|---|---|\n\
                | SetC | ICCV 2021 | 2021 | 12K | [Paper](https://arxiv.org/abs/2101.00003) |\n\n\
                | Name | Venue | Paper | Labelled |\n|---|---|---|---|\n\
                | SetD | NeurIPS 2022 | [arXiv](https://arxiv.org/abs/2201.00004) | ✓ |\n\
                | SetE | ICLR 2023 | [arXiv](https://arxiv.org/abs/2301.00005) | ✗ |\n";
    assert_eq!(judge(text), [true, true, true]);
    assert!(is_count("5,066") && is_count("5015/1600(Ref)") && is_count("1.2K"));
    assert!(!is_count("2021") && !is_count("2023.11") && !is_count("v2"));
    // Only a short link under "Paper" beside the name.
    let text = "| Name | Pub. | Year | Paper |\n|---|---|---|---|\n\
                | SetF | CVPR | 2020 | [Paper](https://arxiv.org/abs/2001.00006) |\n\
                | SetG | ECCV | 2020 | [PDF](https://arxiv.org/abs/2001.00007) |\n";
    assert_eq!(judge(text), [true]);
}

#[test]
fn named_paper_tables_with_a_venue_still_list_papers() {
    // The paper column holds titles; the counts column holds a year.
    let text = "| Name | Paper | Venue | Year |\n|---|---|---|---|\n\
                | SR3 | [Image Super-Resolution via Iterative Refinement](https://arxiv.org/abs/2104.07636) | TPAMI | 2022 |\n\
                | DDPM | [Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2006.11239) | NeurIPS | 2020 |\n\n\
                | Name | Venue | Year | Code |\n|---|---|---|---|\n\
                | [DARTS](https://arxiv.org/abs/1806.09055) | ICLR 2019 | 2019 | [Code](https://github.com/a/b) |\n\
                | [ENAS](https://arxiv.org/abs/1802.03268) | ICML 2018 | 2018 | - |\n\n\
                | Dataset | Title | Venue | Date | Resources |\n|---|---|---|---|---|\n\
                | `RepoBench` | [RepoBench: Benchmarking Repository-Level Code Auto-Completion Systems](https://arxiv.org/abs/2306.03091) | `ICLR'24` | `2023.06` | 2023.06 |\n\
                | `CrossCodeEval` | [CrossCodeEval: A Diverse and Multilingual Benchmark](https://arxiv.org/abs/2310.11248) | `NeurIPS'23` | `2023.11` | 2023.11 |\n";
    assert_eq!(judge(text), [false, false, false]);
}

#[test]
fn paper_tables_list_papers_even_under_a_benchmarks_heading() {
    let text = "## Benchmarks\n\n| Paper Title | Conference | Code |\n|---|---|---|\n| [NAS-Bench-101](https://arxiv.org/abs/1902.09635) | ICML 2019 | - |\n\n\
                ## Models\n\n| Model | Paper | Venue |\n|---|---|---|\n| SR3 | [Image SR via Iterative Refinement](https://arxiv.org/abs/2104.07636) | TPAMI |\n\n\
                ## Methods\n\n| Name | Venue | Code |\n|---|---|---|\n| [SR3](https://arxiv.org/abs/2104.07636) | TPAMI | - |\n";
    assert_eq!(judge(text), [false, false, false]);
    // A benchmark paper a row, with its venue.
    let text = "## Benchmark Papers\n\n| Dataset | Title | Venue | Date | Code |\n|---|---|---|---|---|\n| `RepoBench` | [RepoBench: Benchmarking Repository-Level Code Auto-Completion Systems](https://arxiv.org/abs/2306.03091) | `ICLR'24` | `2023.06` | - |\n";
    assert_eq!(judge(text), [false]);
}

#[test]
fn a_dated_benchmark_table_is_named_by_its_name_column_not_its_dates() {
    // Each name cell is a date badge, then the benchmark's name.
    let row = |name: &str| {
        format!(
            "| 2011 | [![Dataset 2011](https://img.shields.io/badge/Dataset-2011-4b4b4b)](https://example.org/{name})<br>**{name}** | benchmark | word crops | accuracy | [Website](https://example.org/{name}) |\n"
        )
    };
    let mut text = String::from("## Benchmarks\n\n| Date | Name | Type | Input / Target | Metric / Scale | Links |\n|---|---|---|---|---|---|\n");
    for name in ["IIIT5K", "SVT", "SVTP", "SVT"] {
        text.push_str(&row(name));
    }
    let knowledge = Knowledge::builtin().unwrap();
    let document = crate::document::parse(&text, &knowledge.columns);
    assert_eq!(
        naming_column(&document.tables[0], &knowledge.columns),
        Some(1)
    );
    // Only the name listed twice is a duplicate; one date is no identity.
    assert_eq!(crate::rules::testing::lines("duplicate-paper", &text), [8]);
    let found = crate::rules::testing::check("duplicate-paper", &text);
    assert!(found[0].message.contains("\"SVT\""), "{}", found[0].message);
}

#[test]
fn a_title_column_of_benchmarks_under_a_benchmarks_heading_only_cites() {
    // inFaaa's personalized-video list: `Title / Benchmark | Venue | Date`.
    let table = |heading: &str, header: &str| {
        format!(
            "## {heading}\n\n| {header} | Venue | Date | Links |\n|---|---|---|---|\n\
             | **A2 Bench** – evaluation benchmark | arXiv | Apr 2025 | [Paper](https://arxiv.org/abs/2504.02436) |\n"
        )
    };
    assert_eq!(
        judge(&table("Video Generation Benchmarks", "Title / Benchmark")),
        [true]
    );
    assert_eq!(judge(&table("Datasets", "Title / Dataset")), [true]);
    // Not under such a heading, or a title column of titles alone: papers.
    assert_eq!(judge(&table("Methods", "Title / Benchmark")), [false]);
    assert_eq!(
        judge(&table("Video Generation Benchmarks", "Title")),
        [false]
    );
}
