use super::*;
use crate::Settings;

fn knowledge() -> Knowledge {
    Knowledge::builtin().unwrap()
}

fn paper(title: &str, id: &str) -> Paper {
    Paper {
        title: title.to_string(),
        ..Paper::from_arxiv(id).unwrap()
    }
}

fn options() -> AddOptions {
    AddOptions {
        settings: Settings::new(2026),
        ..AddOptions::default()
    }
}

/// New findings of the default rules on the added row.
fn findings_on_row(addition: &Addition, knowledge: &Knowledge) -> Vec<String> {
    let index = crate::span::LineIndex::new(&addition.text);
    let lint_options = LintOptions {
        settings: Settings::new(2026),
        ..LintOptions::default()
    };
    lint(&addition.text, knowledge, &lint_options)
        .iter()
        .filter(|d| index.line_of(d.span.start) + 1 == addition.line)
        .map(|d| format!("{}: {}", d.rule, d.message))
        .collect()
}

const SEED: &str = include_str!("../../fixtures/nas-seed.md");

#[test]
fn adds_to_the_seed_in_its_style_under_a_section() {
    let k = knowledge();
    let mut p = paper("Zero-Cost Proxies for Lightweight NAS", "2101.08134");
    p.venue = Some("ICLR 2021".into());
    p.code = Some("https://github.com/SamsungLabs/zero-cost-nas".into());
    let mut o = options();
    o.section = Some("darts".into());
    o.set = vec![("Strategy".into(), "Gradient".into())];
    let a = add(SEED, &k, &p, &o).unwrap();
    assert_eq!(
        a.row,
        "| [Zero-Cost Proxies for Lightweight NAS](https://arxiv.org/abs/2101.08134) | ICLR 2021 | Gradient | [Code](https://github.com/SamsungLabs/zero-cost-nas) | 2021 |"
    );
    assert_eq!(a.text.lines().nth(a.line - 1), Some(a.row.as_str()));
    // Only the row's line was added.
    let mut without: Vec<&str> = a.text.lines().collect();
    without.remove(a.line - 1);
    assert_eq!(without, SEED.lines().collect::<Vec<_>>());
    assert_eq!(findings_on_row(&a, &k), Vec::<String>::new());
}

#[test]
fn several_tables_without_a_section_are_listed() {
    let k = knowledge();
    let err = add(SEED, &k, &paper("X", "2101.08134"), &options()).unwrap_err();
    let AddError::Ambiguous(list) = err else {
        panic!("{err:?}")
    };
    assert!(list.len() > 3, "{list:?}");
    assert!(list.iter().any(|l| l.contains("DARTS")), "{list:?}");
}

#[test]
fn a_listed_paper_is_refused_naming_its_row() {
    let k = knowledge();
    // DARTS is in the seed; another version and URL form of the same id.
    let p = paper("Something else", "https://arxiv.org/pdf/1806.09055v2");
    let mut o = options();
    o.section = Some("darts".into());
    let err = add(SEED, &k, &p, &o).unwrap_err();
    assert!(err.is_duplicate(), "{err:?}");
    let AddError::Duplicate { line, row } = err else {
        unreachable!()
    };
    assert!(row.contains("1806.09055"), "{row}");
    assert_eq!(SEED.lines().nth(line - 1), Some(row.as_str()));
}

fn dated_list(dates: &[&str], venue: &str) -> String {
    let mut text = String::from("# L\n\n## Papers\n\n|Date|Title|Venue|Code|\n|:-:|:-|:-:|:-:|\n");
    for (i, d) in dates.iter().enumerate() {
        let code = if i % 2 == 0 {
            format!("[![Star](https://img.shields.io/github/stars/o{i}/r{i}.svg)](https://github.com/o{i}/r{i})")
        } else {
            "-".to_string()
        };
        text.push_str(&format!(
            "|{d}|[Paper number {i} about things](https://arxiv.org/abs/2301.{:05})|{venue}|{code}|\n",
            i + 1
        ));
    }
    text.push_str("\n## End\n");
    text
}

#[test]
fn a_sorted_table_of_dates_gets_the_row_at_its_place_in_its_shapes() {
    let k = knowledge();
    let dates = [
        "2024.06", "2024.04", "2024.03", "2024.01", "2023.11", "2023.10", "2023.08", "2023.06",
        "2023.05", "2023.02", "2023.01",
    ];
    let text = dated_list(&dates, "NeurIPS'23");
    let mut p = paper("A New Paper on Search", "2309.12345");
    p.venue = Some("NeurIPS 2024".into());
    p.code = Some("https://github.com/new/repo".into());
    let a = add(&text, &k, &p, &options()).unwrap();
    assert_eq!(
        a.row,
        "|2023.09|[A New Paper on Search](https://arxiv.org/abs/2309.12345)|NeurIPS'24|[![Star](https://img.shields.io/github/stars/new/repo.svg)](https://github.com/new/repo)|"
    );
    // Between 2023.10 and 2023.08.
    let lines: Vec<&str> = a.text.lines().collect();
    assert!(lines[a.line - 2].starts_with("|2023.10|"));
    assert!(lines[a.line].starts_with("|2023.08|"));
    assert_eq!(findings_on_row(&a, &k), Vec::<String>::new());
}

#[test]
fn an_unsorted_table_gets_the_row_at_its_end_with_the_list_s_unpublished_word() {
    let k = knowledge();
    let dates = [
        "2023.06", "2024.01", "2023.02", "2024.06", "2023.11", "2023.01", "2024.03", "2023.08",
        "2023.05", "2023.10", "2024.04",
    ];
    let text = dated_list(&dates, "arXiv").replace("|NeurIPS'23|", "|arXiv|");
    let p = paper("Unpublished Search", "2402.00001");
    let a = add(&text, &k, &p, &options()).unwrap();
    assert_eq!(
        a.row,
        "|2024.02|[Unpublished Search](https://arxiv.org/abs/2402.00001)|arXiv|-|"
    );
    assert_eq!(a.line, 7 + dates.len());
}

#[test]
fn a_year_column_and_a_month_name_column() {
    let k = knowledge();
    let text = "| Title | Venue | Year |\n|---|---|---|\n| [A](https://arxiv.org/abs/2001.00001) | CVPR 2020 | 2020 |\n";
    let mut p = paper("B", "2105.00002");
    p.venue = Some("Accepted at ICCV 2021".into());
    let a = add(text, &k, &p, &options()).unwrap();
    assert_eq!(
        a.row,
        "| [B](https://arxiv.org/abs/2105.00002) | ICCV 2021 | 2021 |"
    );
    let text =
        "| Title | Date |\n|---|---|\n| [A](https://arxiv.org/abs/2001.00001) | Jan, 2020 |\n";
    let a = add(text, &k, &paper("B", "2105.00002"), &options()).unwrap();
    assert_eq!(
        a.row,
        "| [B](https://arxiv.org/abs/2105.00002) | May, 2021 |"
    );
}

#[test]
fn bad_options_are_errors() {
    let k = knowledge();
    let text =
        "| Title | Date |\n|---|---|\n| [A](https://arxiv.org/abs/2001.00001) | 2020-01-05 |\n";
    let err = add(text, &k, &paper("B", "2105.00002"), &options()).unwrap_err();
    assert!(err.to_string().contains("--year YYYY-MM-DD"), "{err}");
    let mut o = options();
    o.set = vec![("Nope".into(), "x".into())];
    assert_eq!(
        add(text, &k, &paper("B", "2105.00002"), &o).unwrap_err(),
        AddError::UnknownColumn("Nope".into())
    );
    o.set.clear();
    o.section = Some("missing".into());
    assert!(matches!(
        add(text, &k, &paper("B", "2105.00002"), &o).unwrap_err(),
        AddError::NoSection(_)
    ));
}

#[test]
fn a_section_path_picks_one_of_several_tables_of_the_same_name() {
    let k = knowledge();
    let p = paper("Some Evolutionary NAS", "2101.08134");
    let mut o = options();
    o.section = Some("CNN".into());
    assert!(matches!(add(SEED, &k, &p, &o), Err(AddError::Ambiguous(_))));
    o.section = Some("evolutionary > cnn".into());
    let a = add(SEED, &k, &p, &o).unwrap();
    let heading_line = SEED
        .lines()
        .position(|l| l.starts_with("## Evolutionary"))
        .unwrap();
    let next_heading = SEED
        .lines()
        .skip(heading_line + 1)
        .position(|l| l.starts_with("## "))
        .map(|n| n + heading_line + 1)
        .unwrap();
    assert!(
        a.line > heading_line && a.line <= next_heading,
        "line {} not under Evolutionary (lines {heading_line}..{next_heading})",
        a.line
    );
    // Parts out of order name no table.
    o.section = Some("cnn > evolutionary".into());
    assert!(matches!(add(SEED, &k, &p, &o), Err(AddError::NoSection(_))));
}
