//! `nas-lint stats` on the seed and on real lists: the counts are recomputed
//! here by a separate, deliberately simple reading of the Markdown (a table
//! is lines starting with `|`; the title column is found by its header;
//! papers are told apart by arXiv id and by title), not by the library.

use regex::Regex;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::process::{Command, Output};

const SEED: &str = "fixtures/nas-seed.md";
const AUTODL: &str = "fixtures/corpus/D-X-Y__Awesome-AutoDL.md";
const RL: &str = "fixtures/corpus/yingchengyang__Reinforcement-Learning-Papers.md";
const LLM: &str = "fixtures/corpus/Hannibal046__Awesome-LLM.md";

fn nas_lint(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nas-lint"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs")
}

fn stats_json(file: &str) -> serde_json::Value {
    let output = nas_lint(&["stats", "--format", "json", file]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    serde_json::from_slice(&output.stdout).expect("stats --format json is JSON")
}

fn read(file: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap()
}

/// One paper row as this test reads it.
struct TestRow {
    title_key: String,
    arxiv: Option<String>,
    /// Cells by lower-cased header.
    cells: HashMap<String, String>,
}

fn split(line: &str) -> Vec<String> {
    let line = line.trim();
    let line = line.strip_prefix('|').unwrap_or(line);
    let line = line.strip_suffix('|').unwrap_or(line);
    line.split('|').map(|c| c.trim().to_string()).collect()
}

/// Rows of the tables whose header has one of `title_headers`.
fn paper_rows(text: &str, title_headers: &[&str]) -> Vec<TestRow> {
    let separator = Regex::new(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$").unwrap();
    let arxiv = Regex::new(r"arxiv\.org/(?:abs|pdf)/(\d{4}\.\d{4,5})").unwrap();
    let link_text = Regex::new(r"\[([^\]]*)\]\(").unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let mut rows = Vec::new();
    let mut i = 0;
    while i + 1 < lines.len() {
        let (head, sep) = (lines[i].trim(), lines[i + 1].trim());
        if !(head.starts_with('|') && separator.is_match(sep)) {
            i += 1;
            continue;
        }
        let headers: Vec<String> = split(head).iter().map(|h| h.to_lowercase()).collect();
        let title = headers
            .iter()
            .position(|h| title_headers.contains(&h.as_str()));
        i += 2;
        while i < lines.len() && lines[i].trim().starts_with('|') {
            let line = lines[i];
            i += 1;
            let Some(title) = title else { continue };
            let cells = split(line);
            let cell = cells.get(title).cloned().unwrap_or_default();
            let shown = link_text
                .captures(&cell)
                .map_or(cell.clone(), |c| c[1].to_string());
            let title_key: String = shown
                .chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect();
            // A row with no link and no title (`| ---- | AC/A2C | ---- |`)
            // is not a paper.
            if title_key.is_empty() && !line.contains("](") {
                continue;
            }
            let code = headers.iter().position(|h| h == "code" || h == "github");
            let linked: String = cells
                .iter()
                .enumerate()
                .filter(|(c, _)| Some(*c) != code)
                .map(|(_, t)| t.as_str())
                .collect();
            rows.push(TestRow {
                title_key,
                arxiv: arxiv.captures(&linked).map(|c| c[1].to_string()),
                cells: headers.iter().cloned().zip(cells).collect(),
            });
        }
    }
    rows
}

/// Rows grouped into papers: two rows are one paper when they share a
/// title, or an arXiv id under titles that do not contradict each other
/// (one title starts the other; otherwise one of the links is wrong and the
/// rows are two papers). Returns the index of each paper's first row.
fn distinct(rows: &[TestRow]) -> Vec<usize> {
    let mut parent: Vec<usize> = (0..rows.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            i = parent[i];
        }
        i
    }
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, row) in rows.iter().enumerate() {
        let keys = [
            row.arxiv.as_ref().map(|a| format!("arxiv:{a}")),
            (!row.title_key.is_empty()).then(|| format!("title:{}", row.title_key)),
        ];
        for key in keys.into_iter().flatten() {
            match seen.get(&key) {
                Some(&j) if !compatible(&rows[i].title_key, &rows[j].title_key) => {}
                Some(&j) => {
                    let (a, b) = (root(&mut parent, i), root(&mut parent, j));
                    let (low, high) = (a.min(b), a.max(b));
                    parent[high] = low;
                }
                None => {
                    seen.insert(key, i);
                }
            }
        }
    }
    (0..rows.len())
        .filter(|&i| root(&mut parent, i) == i)
        .collect()
}

fn compatible(a: &str, b: &str) -> bool {
    a.is_empty() || b.is_empty() || a.starts_with(b) || b.starts_with(a)
}

fn counts(stats: &serde_json::Value, field: &str) -> BTreeMap<String, u64> {
    stats[field]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["key"].to_string().trim_matches('"').to_string(),
                c["papers"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn check_totals(
    file: &str,
    title_headers: &[&str],
) -> (Vec<TestRow>, Vec<usize>, serde_json::Value) {
    let rows = paper_rows(&read(file), title_headers);
    let papers = distinct(&rows);
    let stats = stats_json(file);
    assert_eq!(stats["paper_rows"], rows.len() as u64, "{file}: paper rows");
    assert_eq!(
        stats["papers"],
        papers.len() as u64,
        "{file}: distinct papers"
    );
    // Every paper has a year or is counted without one, once.
    let by_year: u64 = counts(&stats, "years").values().sum();
    assert_eq!(
        by_year + stats["without_year"].as_u64().unwrap(),
        papers.len() as u64,
        "{file}"
    );
    (rows, papers, stats)
}

#[test]
fn seed_counts_match_a_separate_count() {
    let (rows, papers, stats) = check_totals(SEED, &["paper title"]);
    // The seed repeats four papers (EXPECTED.md): 85 rows, 81 papers.
    assert_eq!((rows.len(), papers.len()), (85, 81));
    // Years: the venue's year, else the Date cell, else the arXiv id's.
    let year = Regex::new(r"(?:19|20)\d\d").unwrap();
    let mut years: BTreeMap<String, u64> = BTreeMap::new();
    for &i in &papers {
        let row = &rows[i];
        let found = year
            .find(&row.cells["conference"])
            .map(|m| m.as_str().to_string())
            .or_else(|| {
                row.cells
                    .get("date")
                    .and_then(|d| year.find(d))
                    .map(|m| m.as_str().to_string())
            })
            .or_else(|| row.arxiv.as_ref().map(|a| format!("20{}", &a[..2])));
        *years
            .entry(found.expect("every seed paper has a year"))
            .or_default() += 1;
    }
    assert_eq!(counts(&stats, "years"), years);
    // Venues: the seed's venue names are canonical but for one misspelling
    // (ILCR) and one starred venue (CVPR 2020*), counted as ICLR and CVPR.
    let name = Regex::new(r"^([A-Za-z]+)").unwrap();
    let mut venues: BTreeMap<String, u64> = BTreeMap::new();
    let mut without = 0;
    for &i in &papers {
        let row = &rows[i];
        // Swapped rows carry their venue in the Strategy column.
        let cell = [&row.cells["conference"], &row.cells["strategy"]]
            .into_iter()
            .find_map(|c| {
                name.captures(c)
                    .filter(|_| year.is_match(c))
                    .map(|m| m[1].to_string())
            });
        match cell {
            Some(v) => {
                *venues
                    .entry(if v == "ILCR" { "ICLR".into() } else { v })
                    .or_default() += 1
            }
            None => without += 1,
        }
    }
    assert_eq!(counts(&stats, "venues"), venues);
    assert_eq!(stats["without_venue"], without);
    assert_eq!(stats["grouping"], "strategy");
}

#[test]
fn corpus_counts_match_a_separate_count() {
    // A strategy list (Type column), a list of sections, a one-table list.
    let (_, _, autodl) = check_totals(AUTODL, &["title"]);
    assert_eq!(autodl["grouping"], "strategy");
    let (_, papers, rl) = check_totals(RL, &["title"]);
    assert_eq!(rl["grouping"], "section");
    let by_section: u64 = counts(&rl, "groups").values().sum();
    assert_eq!(by_section, papers.len() as u64, "a paper in one section");
    check_totals(LLM, &["paper"]);
}

#[test]
fn json_has_the_documented_keys() {
    let stats = stats_json(SEED);
    for key in [
        "papers",
        "paper_rows",
        "citing_rows",
        "years",
        "without_year",
        "venues",
        "other_venues",
        "without_venue",
        "grouping",
        "groups",
    ] {
        assert!(stats.get(key).is_some(), "missing {key}");
    }
    assert!(counts(&stats, "venues").len() <= 15);
}

#[test]
fn markdown_has_tables_and_a_mermaid_chart() {
    let output = nas_lint(&["stats", SEED]);
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains("81 distinct papers in 85 paper rows"),
        "{text}"
    );
    assert!(text.contains("```mermaid\nxychart-beta\n"), "{text}");
    assert!(text.contains("| 2020 | 27 |"), "{text}");
    assert!(text.contains("| Strategy | Papers |"), "{text}");
}

#[test]
fn svg_is_valid_xml_with_one_bar_a_year() {
    let output = nas_lint(&["stats", "--format", "svg", SEED]);
    assert_eq!(output.status.code(), Some(0));
    let svg = String::from_utf8(output.stdout).unwrap();
    let mut reader = quick_xml::Reader::from_str(&svg);
    let (mut bars, mut root) = (0, None);
    loop {
        match reader.read_event().expect("well-formed XML") {
            quick_xml::events::Event::Eof => break,
            quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e) => {
                let name = String::from_utf8(e.name().as_ref().to_vec()).unwrap();
                root.get_or_insert(name.clone());
                let fill = e
                    .try_get_attribute("fill")
                    .unwrap()
                    .map(|a| a.value.into_owned());
                if name == "rect" && fill.as_deref() == Some(b"#4c78a8".as_slice()) {
                    bars += 1;
                }
            }
            _ => {}
        }
    }
    assert_eq!(root.as_deref(), Some("svg"));
    assert_eq!(bars, counts(&stats_json(SEED), "years").len());
}

#[test]
fn svg_escapes_the_file_name() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a&b<c>.md");
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join(SEED), &path).unwrap();
    let output = nas_lint(&["stats", "--format", "svg", path.to_str().unwrap()]);
    let svg = String::from_utf8(output.stdout).unwrap();
    assert!(svg.contains("a&amp;b&lt;c&gt;.md"), "{svg}");
    let mut reader = quick_xml::Reader::from_str(&svg);
    while !matches!(
        reader.read_event().expect("well-formed XML"),
        quick_xml::events::Event::Eof
    ) {}
}

#[test]
fn bad_input_exits_2_naming_the_file() {
    let output = nas_lint(&["stats", "fixtures/no-such-list.md"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no-such-list.md"));
    // Lint options belong to linting, not to `stats`.
    let output = nas_lint(&["stats", "--select", "ALL", SEED]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn a_file_named_stats_is_linted_as_a_path() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("stats"), read(SEED)).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_nas-lint"))
        .args(["--format", "concise", "./stats"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    // The seed has findings: exit 1, and they name the file.
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert!(String::from_utf8_lossy(&output.stdout).contains("stats:"));
}
