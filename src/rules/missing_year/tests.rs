use crate::rules::testing::*;

#[test]
fn fires_on_a_missing_cell_and_fills_it_from_the_venue() {
    let text = seed_table("S", &["| [FNA](https://arxiv.org/abs/2001.02525) | ICLR 2020 | - | [Code](https://github.com/a/b) |"]);
    let found = check("missing-year", &text);
    assert_eq!(found.len(), 1);
    assert!(found[0].is_safe_fixable());
    assert!(apply_fix(&text, &found[0]).contains("[Code](https://github.com/a/b) | 2020 |\n"));
}

#[test]
fn quiet_in_a_section_of_papers_still_to_file() {
    // Geeks-Z/Class-Incremental-Learning: `## 👨🏫  TODO` holds a paper
    // whose venue, year and type are still to be looked up.
    let table = |heading: &str| {
        format!(
            "## {heading}\n\n| Title | Venue | Year | Type |\n|---|---|---|---|\n\
             | [Revisiting Class-Incremental Learning with Pre-Trained Models](https://arxiv.org/pdf/2303.07338) | | | |\n"
        )
    };
    for heading in ["👨🏫  TODO", "To do", "To be added"] {
        assert!(
            lines("missing-year", &table(heading)).is_empty(),
            "{heading}"
        );
    }
    // A word of the heading is not the heading (`TODO lists`, a topic).
    assert_eq!(lines("missing-year", &table("Papers")), [5]);
    assert_eq!(lines("missing-year", &table("TODO lists for agents")), [5]);
}

#[test]
fn quiet_on_a_second_line_of_the_row_above() {
    // A results table writes a paper's second result on a row of its
    // own, its title, venue and year cells left empty like a merged cell.
    let header = "| Paper | Year | Journal | Top-1 | Source |\n|---|---|---|---|---|\n";
    let text = table_of(
        header,
        &[
            "| [Dual-view Molecule Pre-training](https://arxiv.org/abs/2106.10234) | 2021 | arXiv | 46.1 | [DMP-T](https://arxiv.org/abs/2106.10234) |",
            "| | | | 54.2 | [DMP-GNN](https://arxiv.org/abs/2106.10234) |",
        ],
    );
    assert!(lines("missing-year", &text).is_empty());
    // Under no paper row, or naming a venue, it is a row of its own.
    let text = table_of(
        header,
        &["| | | | 54.2 | [DMP-GNN](https://arxiv.org/abs/2106.10234) |"],
    );
    assert_eq!(lines("missing-year", &text), [3]);
    let text = table_of(
        header,
        &[
            "| [Dual-view Molecule Pre-training](https://arxiv.org/abs/2106.10234) | 2021 | arXiv | 46.1 | - |",
            "| | | ICLR | 54.2 | [Code](https://github.com/a/b) |",
        ],
    );
    assert_eq!(lines("missing-year", &text), [4]);
}

#[test]
fn quiet_on_a_one_cell_label_that_groups_rows() {
    let text = seed_table(
        "S",
        &[
            "| _Vision-Language-Action Models_ |",
            "| [FNA](https://arxiv.org/abs/2001.02525) | ICLR 2020 | - | [Code](https://github.com/a/b) | 2020 |",
        ],
    );
    assert_eq!(lines("missing-year", &text), Vec::<usize>::new());
    // A one-cell row that links a paper is a paper row with cells missing.
    let text = seed_table("S", &["| [FNA](https://arxiv.org/abs/2001.02525) |"]);
    assert_eq!(lines("missing-year", &text), vec![5]);
}

#[test]
fn a_table_that_leaves_venue_and_year_empty_together_keeps_its_preprints_undated() {
    // nclabteam's model table: published rows give both, preprints
    // neither; a row with a venue and no year is still a slip.
    let header = "| Name | Venue | Year | Paper |\n|---|---|---|---|\n";
    let published = "| A | AAAI | 2023 | [Arxiv](https://arxiv.org/abs/2205.13504) |";
    let preprint =
        |i: usize| format!("| P{i} |  |  | [Arxiv](https://arxiv.org/abs/2501.0108{i}) |");
    let slip = "| S | ICML |  | [Arxiv](https://arxiv.org/abs/2301.00001) |";
    let rows: Vec<String> = (1..=3).map(preprint).collect();
    let mut all: Vec<&str> = vec![published, slip];
    all.extend(rows.iter().map(String::as_str));
    assert_eq!(lines("missing-year", &table_of(header, &all)), [4]);
    // A row whose link is a publisher's page was published: its year is missing.
    let page = "| Q |  |  | [IEEE](https://ieeexplore.ieee.org/document/10650961) |";
    let mut with_page = all.clone();
    with_page.push(page);
    assert_eq!(lines("missing-year", &table_of(header, &with_page)), [4, 8]);
    // Two such rows are too few to call a habit.
    let few = [published, slip, rows[0].as_str(), rows[1].as_str()];
    assert_eq!(lines("missing-year", &table_of(header, &few)).len(), 3);
}

#[test]
fn fires_on_an_empty_cell_with_an_unsafe_fix_from_the_arxiv_id() {
    let text = seed_table(
        "S",
        &["| [A](https://arxiv.org/abs/2007.02749) | - | - | [Code](https://github.com/a/b) |  |"],
    );
    let found = check("missing-year", &text);
    assert_eq!(found.len(), 1);
    assert!(!found[0].is_safe_fixable());
    assert!(apply_fix(&text, &found[0]).contains("| 2020 |\n"));
}

#[test]
fn reads_the_venue_from_a_swapped_cell() {
    let text = seed_table("S", &["| [A](https://arxiv.org/abs/2003.11818) |  - |CVPR 2020* | [Code](https://github.com/a/b) |"]);
    let found = check("missing-year", &text);
    assert!(apply_fix(&text, &found[0]).ends_with("| 2020 |\n"));
}

fn year_table(last: &str, years: &[&str]) -> String {
    let mut rows: Vec<String> = years
        .iter()
        .enumerate()
        .map(|(i, y)| format!("| [P{i}](https://example.com/{i}) | CVPR {y} | - | [Code](https://github.com/a/{i}) | {y} |"))
        .collect();
    rows.push(last.to_string());
    seed_table("S", &rows.iter().map(String::as_str).collect::<Vec<_>>())
}

#[test]
fn fires_on_a_placeholder_where_the_venue_gives_the_year() {
    for placeholder in ["-", "N/A", "TBD", "—"] {
        let row = format!("| [X](https://example.com/x) | ECCV 2022 | - | [Code](https://github.com/a/x) | {placeholder} |");
        let text = year_table(&row, &["2019", "2020", "2021", "2022", "2023"]);
        let found = check("missing-year", &text);
        assert_eq!(found.len(), 1, "{placeholder}");
        assert!(found[0].is_safe_fixable());
        let fixed = apply_fix(&text, &found[0]);
        assert!(fixed.ends_with("| ECCV 2022 | - | [Code](https://github.com/a/x) | 2022 |\n"));
        assert_eq!(fixed.len(), text.len() - placeholder.len() + 4);
    }
}

#[test]
fn a_dated_column_gets_no_fix_it_cannot_write_in_the_list_s_format() {
    let mut text = String::from("| Title | Venue | Date |\n|---|---|---|\n");
    for (i, (v, d)) in [
        ("CVPR 2021", "2021-06"),
        ("ICCV 2021", "2021-10"),
        ("ECCV 2022", "2022-10"),
        ("CVPR 2022", "2022-06"),
        ("ICLR 2023", "2023-05"),
        ("ICML 2023", "-"),
    ]
    .iter()
    .enumerate()
    {
        text.push_str(&format!(
            "| [P{i}](https://example.com/{i}) | {v} | {d} |\n"
        ));
    }
    let found = check("missing-year", &text);
    assert_eq!(found.len(), 1);
    assert!(found[0].fix.is_none());
}

#[test]
fn quiet_where_placeholders_are_the_column_s_habit_or_it_dates_preprints() {
    // Most Year cells are "-": the list does not keep years.
    let row = "| [X](https://example.com/x) | ECCV 2022 | - | [Code](https://github.com/a/x) | - |";
    let text = year_table(row, &["2019", "-", "-", "-", "-"]);
    assert!(lines("missing-year", &text).is_empty());
    // The Date column follows the arXiv ids, not the venues.
    let mut text = String::from("| Title | Venue | Date |\n|---|---|---|\n");
    for (i, (id, v, d)) in [
        ("1911.00001", "ECCV 2020", "2019-11"),
        ("2003.00002", "ICCV 2021", "2020-03"),
        ("2105.00003", "CVPR 2022", "2021-05"),
        ("2207.00004", "ECCV 2022", "2022-07"),
        ("2301.00005", "CVPR 2023", "2023-01"),
        ("2302.00006", "ICML 2023", "-"),
    ]
    .iter()
    .enumerate()
    {
        text.push_str(&format!(
            "| [P{i}](https://arxiv.org/abs/{id}) | {v} | {d} |\n"
        ));
    }
    assert!(lines("missing-year", &text).is_empty());
}

#[test]
fn quiet_on_filled_and_placeholder_cells() {
    let text = seed_table(
        "S",
        &[
            "| [A](https://example.com/a) | ICLR 2020 | - | [Code](https://github.com/a/b) | 2020 |",
            "| [B](https://example.com/b) | - | - | [Code](https://github.com/a/c) | - |",
        ],
    );
    assert!(lines("missing-year", &text).is_empty());
}

#[test]
fn an_empty_day_date_is_no_loss_where_the_venue_gives_the_year() {
    let mut text = String::from("| Paper | Venue | Date | Task |\n|---|---|---|---|\n");
    for i in 1..5 {
        text.push_str(&format!(
            "| [P{i}](https://arxiv.org/abs/2401.0000{i}) | ACL 2024 | 2024-01-1{i} | QA |\n"
        ));
    }
    // No preprint: the Date column (arXiv dates) is empty, the venue dates the paper.
    text.push_str("| [G](https://aclanthology.org/x) | EMNLP 2025 |  | QA |\n");
    assert!(lines("missing-year", &text).is_empty());
    // So where the venue stands in a column of unknown role (`Source`).
    let source = text.replace("| Venue |", "| Source |");
    assert!(lines("missing-year", &source).is_empty());
    // So for a venue nas-lint does not know (WILLOSCAR/Awesome-HCI-LLM's
    // `ISWC 2023` among its `Ubicomp23` rows).
    let unknown = text.replace("EMNLP 2025", "ISWC 2023");
    assert!(lines("missing-year", &unknown).is_empty());
    // A row that links its preprint has an arXiv date to write.
    let preprint = text.replace(
        "(https://aclanthology.org/x)",
        "(https://arxiv.org/abs/2506.04427)",
    );
    assert_eq!(lines("missing-year", &preprint), [7]);
    let found = check("missing-year", &preprint);
    let help = found[0].help.as_deref().unwrap_or("");
    assert!(help.contains("June 2025"), "{help}");
    // With no year anywhere else in the row, the empty date is still reported,
    // without a bare year written into a column of days.
    text.push_str("| [H](https://arxiv.org/abs/2502.00001) | arXiv |  | QA |\n");
    let found = check("missing-year", &text);
    assert_eq!(found.len(), 1);
    assert!(found[0].fix.is_none());
}

#[test]
fn a_venue_cell_without_a_year_where_the_list_writes_one_is_reported() {
    // IRIP-BUAA: `| Paper | Published in | Code |`, a year in nearly
    // every venue cell, and none in `STEP`.
    let row = |n: u32, venue: &str| {
        format!("| [Paper number {n} about data synthesis](https://arxiv.org/abs/2305.{n:05}) | {venue} | - |\n")
    };
    let mut text = String::from("## Papers\n\n| Paper | Published in | Code |\n|---|---|---|\n");
    for n in 1..=30 {
        text.push_str(&row(n, "ICML 2024"));
    }
    let text = |extra: &[&str]| {
        let mut t = text.clone();
        for (i, venue) in extra.iter().enumerate() {
            t.push_str(&row(20 + i as u32, venue));
        }
        t
    };
    let found = check("missing-year", &text(&["STEP"]));
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].message,
        "the Published in cell `STEP` gives no year"
    );
    assert_eq!(lines("missing-year", &text(&["ICLR"])), [35]);
    // Not a preprint server, a placeholder, a year the reader misses, a
    // name the list writes bare twice, nor a name in another script.
    for quiet in [
        &["arXiv"][..],
        &["-"],
        &["Arxiv/2307"],
        &["ACL", "ACL"],
        &["学生毕业论文"],
    ] {
        assert!(lines("missing-year", &text(quiet)).is_empty(), "{quiet:?}");
    }
    // A list that leaves the year out more often has a way of its own.
    let many = ["TPAMI", "KDD", "ICCV", "ICML"];
    assert!(lines("missing-year", &text(&many)).is_empty());
}

#[test]
fn quiet_where_the_list_leaves_a_third_of_its_years_empty() {
    // xsankar/Awesome-LLM-Eval-MetricMinds dates its papers and leaves
    // tools, datasets and benchmark names undated, in table after table.
    let list = |rows: &[&str]| {
        format!(
            "## Frameworks\n\n| Title | Venue | Year |\n|---|---|---|\n{}\n",
            rows.join("\n")
        )
    };
    let dated = "| [OpenCompass](https://github.com/open-compass/opencompass) | | 2023 |";
    // A `-` venue, not an empty one: empty venue and year cells together are
    // another habit (unpublished papers, tested above).
    let tool = "| [Alpaca Eval](https://github.com/tatsu-lab/alpaca_eval) | - | |";
    let paper =
        "| [IFEval: Instruction-Following Evaluation](https://arxiv.org/abs/2311.07911) | - | |";
    let undated = [dated, dated, dated, tool, tool, paper];
    assert!(lines("missing-year", &list(&undated)).is_empty());
    // Two empty cells among years written as a rule are slips.
    assert_eq!(
        lines("missing-year", &list(&[dated, dated, dated, tool, paper])),
        [8, 9]
    );
    // Even there, a row that names its venue or links its publisher's page
    // was published, and a row too short for its year cell lost it.
    let published = "| [A Paper at a Venue](https://arxiv.org/abs/2311.07912) | ICLR 2024 | |";
    let page = "| [A Paper in a Journal](https://doi.org/10.1109/5.771073) | - | |";
    let short = "| [A Short Row](https://arxiv.org/abs/2311.07913) |";
    let rows = [
        dated, dated, dated, tool, tool, paper, published, page, short,
    ];
    assert_eq!(lines("missing-year", &list(&rows)), [11, 12, 13]);
}

#[test]
fn quiet_on_a_product_whose_title_links_its_project_page() {
    // Yanyeoo/Awesome-Efficient-VLA4AD lists NVIDIA's simulator among the
    // papers of a testing table; its venue and year column is left empty.
    let header = "| Title | Abstract | Year | Project |\n| --- | --- | --- | --- |\n";
    let paper = "| [ADEPT: A testing platform for simulated autonomous driving](https://dl.acm.org/doi/abs/10.1145/3551349.3559528) | x | ASE 2022 | |";
    let product = "| [Autonomous Vehicle Simulation](https://developer.nvidia.com/drive/simulation) | x | | [Project](https://developer.nvidia.com/drive/simulation/) |";
    assert!(lines("missing-year", &table_of(header, &[paper, product])).is_empty());
    // A paper page linked twice, or a project page beside another title
    // link, still wants its year.
    let paper_twice = "| [Lgsvl simulator: A high fidelity simulator](https://arxiv.org/abs/2005.03778) | x | | [Project](https://arxiv.org/abs/2005.03778) |";
    assert_eq!(
        lines("missing-year", &table_of(header, &[paper, paper_twice])),
        [4]
    );
    let other_page = "| [Autonomous Vehicle Simulation](https://example.org/sim-paper) | x | | [Project](https://developer.nvidia.com/drive/simulation) |";
    assert_eq!(
        lines("missing-year", &table_of(header, &[paper, other_page])),
        [4]
    );
}

#[test]
fn a_cell_beyond_the_header_is_no_project_column() {
    // A row with more cells than its header (GitHub drops the extra one):
    // the page linked there again is under no header, so no project.
    let header = "| Title | Abstract | Year | Project |\n| --- | --- | --- | --- |\n";
    let paper = "| [ADEPT: A testing platform for simulated autonomous driving](https://dl.acm.org/doi/abs/10.1145/3551349.3559528) | x | ASE 2022 | |";
    let extra = "| [Autonomous Vehicle Simulation](https://developer.nvidia.com/drive/simulation) | x | | | [Project](https://developer.nvidia.com/drive/simulation) |";
    assert_eq!(
        lines("missing-year", &table_of(header, &[paper, extra])),
        [4]
    );
}

#[test]
fn a_paper_whose_title_links_its_project_page_still_wants_its_year() {
    // Zip-NeRF's row links its project page twice; a venue, an arXiv id in
    // the words, a code host or a GitHub Pages site says it is a paper.
    let header = "| Title | Venue | Year | Project |\n| --- | --- | --- | --- |\n";
    let paper = "| [ADEPT: A testing platform for simulated autonomous driving](https://dl.acm.org/doi/abs/10.1145/3551349.3559528) | ASE | 2022 | |";
    for (title_link, venue, words) in [
        ("https://jonbarron.info/zipnerf/", "ICCV 2023", ""),
        ("https://jonbarron.info/zipnerf/", "", " arXiv:2304.06706"),
        ("https://github.com/jonbarron/camp_zipnerf", "", ""),
        ("https://zipnerf.github.io/", "", ""),
    ] {
        let row = format!(
            "| [Zip-NeRF: Anti-Aliased Grid-Based Neural Radiance Fields]({title_link}){words} | {venue} | | [Project]({title_link}) |"
        );
        assert_eq!(
            lines("missing-year", &table_of(header, &[paper, &row])),
            [4],
            "{row}"
        );
    }
    // Linked again under a column that is no project's, it is a paper.
    let header = "| Title | Venue | Year | Code |\n| --- | --- | --- | --- |\n";
    let row = "| [Autonomous Vehicle Simulation](https://developer.nvidia.com/drive/simulation) | | | [Code](https://developer.nvidia.com/drive/simulation) |";
    assert_eq!(lines("missing-year", &table_of(header, &[paper, row])), [4]);
}
