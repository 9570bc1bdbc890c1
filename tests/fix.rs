//! `--fix`, `--diff` and `--fix -`: what they repair, and every byte they
//! must leave alone.

use nas_lint::fix::{fix, FixOptions};
use nas_lint::{lint, Knowledge, LineIndex, LintOptions, RuleSelection, Settings};
use proptest::prelude::*;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::LazyLock;

const SEED: &str = include_str!("../fixtures/nas-seed.md");
static KNOWLEDGE: LazyLock<Knowledge> = LazyLock::new(|| Knowledge::builtin().unwrap());

fn options() -> LintOptions {
    LintOptions {
        selection: RuleSelection::all(),
        settings: Settings::new(2026),
        ..LintOptions::default()
    }
}

fn fix_text(text: &str, unsafe_fixes: bool) -> String {
    fix(text, &KNOWLEDGE, &options(), FixOptions { unsafe_fixes }).text
}

fn nas_lint(dir: &Path, args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_nas-lint"))
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut input = child.stdin.take().unwrap();
    if let Some(text) = stdin {
        input.write_all(text.as_bytes()).unwrap();
    }
    drop(input);
    child.wait_with_output().unwrap()
}

/// The seed with exactly the repairs EXPECTED.md lists for `--fix`.
fn seed_as_expected_after_fix() -> String {
    let mut lines: Vec<String> = SEED.split('\n').map(String::from).collect();
    let edit = |lines: &mut Vec<String>, n: usize, from: &str, to: &str| {
        assert!(lines[n - 1].contains(from), "line {n}");
        lines[n - 1] = lines[n - 1].replacen(from, to, 1);
    };
    edit(&mut lines, 120, "| ILCR 2022 |", "| ICLR 2022 |");
    edit(
        &mut lines,
        190,
        "|  - |ICLR 2020 | [Code](https://github.com/JaminFong/FNA) |",
        "|  ICLR 2020 |- | [Code](https://github.com/JaminFong/FNA) | 2020 |",
    );
    edit(
        &mut lines,
        191,
        "|  - |CVPR 2020* | [Code](https://github.com/ggjy/HitDet.pytorch) |",
        "|  CVPR 2020* |- | [Code](https://github.com/ggjy/HitDet.pytorch) | 2020 |",
    );
    edit(
        &mut lines,
        192,
        "| - | ICLR 2020 | [Code](https://github.com/JaminFong/FNA) |",
        "| ICLR 2020 | - | [Code](https://github.com/JaminFong/FNA) | 2020 |",
    );
    edit(
        &mut lines,
        193,
        "| - | NeurIPS 2019 |",
        "| NeurIPS 2019 | - |",
    );
    lines.join("\n")
}

#[test]
fn fix_repairs_the_seed_as_expected_md_says_and_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("README.md");
    std::fs::write(&path, SEED).unwrap();
    let output = nas_lint(dir.path(), &["--fix", "--color", "never"], None);
    let fixed = std::fs::read_to_string(&path).unwrap();
    assert_eq!(fixed, seed_as_expected_after_fix());
    let report = String::from_utf8(output.stdout).unwrap();
    assert!(
        report
            .ends_with("Fixed 11 findings; 8 remain (2 errors, 6 warnings, 0 infos) in 1 file.\n"),
        "{report}"
    );
    assert_eq!(output.status.code(), Some(1), "errors remain");

    // A second --fix changes nothing, and does not even rewrite the file.
    let inode = std::fs::metadata(&path)
        .map(|m| std::os::unix::fs::MetadataExt::ino(&m))
        .unwrap();
    let again = nas_lint(dir.path(), &["--fix", "--color", "never"], None);
    assert!(String::from_utf8(again.stdout)
        .unwrap()
        .contains("Fixed 0 findings"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), fixed);
    assert_eq!(
        std::fs::metadata(&path)
            .map(|m| std::os::unix::fs::MetadataExt::ino(&m))
            .unwrap(),
        inode
    );
}

#[test]
fn fix_keeps_line_endings_bom_trailing_spaces_tabs_and_other_tables() {
    let text = "\u{feff}# List\r\n\r\n| a | b |\n|---|---|\n| ILCR 2022 | keep me |\n\n\
                | Paper Title | Conference | Strategy | Code | Date |\r\n|---|---|---|---|---|\r\n\
                | [A](https://example.com/a) | ILCR 2022 \t| Gradient | [Code](https://github.com/a/a) | 2022 |   \r\n\
                | [B](https://arxiv.org/abs/2001.02525) |  - |ICLR 2020 | [Code](https://github.com/a/b) |\n\
                | [C](https://example.com/c) | CVPR 2021 | RL | [Code](https://github.com/a/c) | 2021 |";
    let fixed = fix_text(text, false);
    let expected = text
        .replacen("| ILCR 2022 \t|", "| ICLR 2022 \t|", 1)
        .replacen(
            "|  - |ICLR 2020 | [Code](https://github.com/a/b) |\n",
            "|  ICLR 2020 |- | [Code](https://github.com/a/b) | 2020 |\n",
            1,
        );
    assert_eq!(fixed, expected);
    assert!(
        fixed.contains("| ILCR 2022 | keep me |"),
        "a table that is not a paper list is left alone"
    );
    assert!(fixed.ends_with("2021 |"), "no final newline is added");
}

#[test]
fn unsafe_fixes_need_the_flag() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("list.md");
    std::fs::write(&path, SEED).unwrap();
    nas_lint(dir.path(), &["list.md", "--fix", "--unsafe-fixes"], None);
    let fixed = std::fs::read_to_string(&path).unwrap();
    let line_118 = fixed.lines().nth(117).unwrap();
    assert!(
        line_118
            .ends_with("| CVPR 2023 | - | [Code](https://github.com/yuny220/nar-former) | 2023 |"),
        "{line_118}"
    );
}

#[test]
fn diff_shows_the_change_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("README.md");
    std::fs::write(&path, SEED).unwrap();
    let output = nas_lint(dir.path(), &["--diff"], None);
    assert_eq!(output.status.code(), Some(1));
    let diff = String::from_utf8(output.stdout).unwrap();
    assert!(
        diff.starts_with("--- a/README.md\n+++ b/README.md\n"),
        "{diff}"
    );
    assert!(
        diff.contains("\n-| [Generalizing Few-Shot NAS")
            && diff.contains("\n+| [Generalizing Few-Shot NAS")
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), SEED);

    std::fs::write(&path, seed_as_expected_after_fix()).unwrap();
    let clean = nas_lint(dir.path(), &["--diff"], None);
    assert_eq!(clean.status.code(), Some(0));
    assert!(clean.stdout.is_empty());
}

#[test]
fn fix_from_stdin_writes_the_text_to_stdout_and_the_report_to_stderr() {
    let dir = tempfile::tempdir().unwrap();
    let output = nas_lint(dir.path(), &["--fix", "-"], Some(SEED));
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        seed_as_expected_after_fix()
    );
    assert!(String::from_utf8(output.stderr)
        .unwrap()
        .contains("Fixed 11 findings"));
}

#[cfg(unix)]
#[test]
fn fix_keeps_permissions_and_reports_an_unwritable_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("README.md");
    std::fs::write(&path, SEED).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    nas_lint(dir.path(), &["--fix"], None);
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);

    // A folder that refuses new files: the temporary file cannot be made.
    let locked = tempfile::tempdir().unwrap();
    let file = locked.path().join("README.md");
    std::fs::write(&file, SEED).unwrap();
    std::fs::set_permissions(locked.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
    let writable_anyway = tempfile::NamedTempFile::new_in(locked.path()).is_ok();
    if !writable_anyway {
        let output = nas_lint(locked.path(), &["--fix"], None);
        assert_eq!(output.status.code(), Some(2));
        assert!(String::from_utf8(output.stderr)
            .unwrap()
            .contains("cannot write the fixed file"));
        assert_eq!(
            std::fs::read_to_string(&file).unwrap(),
            SEED,
            "left untouched"
        );
    }
    std::fs::set_permissions(locked.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
}

/// One generated row, maybe with a defect that has a safe fix.
fn row() -> impl Strategy<Value = String> {
    let title = "[A-Z][a-z]{3,8}( [a-z]{2,8}){1,4}";
    let defect = prop_oneof![
        3 => Just(0),
        1 => Just(1), // venue misspelt
        1 => Just(2), // NIPS after 2017
        1 => Just(3), // venue in the Strategy column
        1 => Just(4), // Date cell missing
        1 => Just(5), // strategy misspelt
    ];
    (title, defect, 0usize..4, "( {0,2})", prop::bool::ANY).prop_map(|(title, defect, venue, pad, crlf)| {
        let (name, year) = [("CVPR", 2021), ("ICLR", 2020), ("ECCV", 2022), ("NeurIPS", 2019)][venue];
        let venue = format!("{name} {year}");
        let link = format!("[{title}](https://example.com/{})", title.replace(' ', "-"));
        let row = match defect {
            1 => format!("| {link} |{pad}{} | Gradient | [Code](https://github.com/x/y) | {year} |", venue.replace("ICLR", "ILCR").replace("CVPR", "CPVR")),
            2 => format!("| {link} | NIPS {year} | RL | [Code](https://github.com/x/y) | {year} |"),
            3 => format!("| {link} |{pad}- |{venue} | [Code](https://github.com/x/y) | {year} |"),
            4 => format!("| {link} | {venue} | EA | [Code](https://github.com/x/y) |"),
            5 => format!("| {link} | {venue} | Gradinet | [Code](https://github.com/x/y) | {year} |"),
            _ => format!("| {link} | {venue} | Gradient |{pad}[Code](https://github.com/x/y) | {year} |{pad}"),
        };
        format!("{row}{}", if crlf { "\r\n" } else { "\n" })
    })
}

fn list() -> impl Strategy<Value = String> {
    (proptest::collection::vec(row(), 1..25), prop::bool::ANY).prop_map(|(rows, bom)| {
        let mut text = String::from(if bom { "\u{feff}" } else { "" });
        text.push_str("## Methods\n\n| Paper Title | Conference | Strategy | Code | Date |\n|---|---|---|---|---|\n");
        for row in rows {
            text.push_str(&row);
        }
        text
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn fixing_leaves_nothing_safe_to_fix_is_idempotent_and_touches_only_findings(text in list()) {
        let fixed = fix_text(&text, false);
        let left = lint(&fixed, &KNOWLEDGE, &options());
        prop_assert!(left.iter().all(|d| !d.is_safe_fixable()), "still fixable: {:?}", left.iter().filter(|d| d.is_safe_fixable()).map(|d| d.rule).collect::<Vec<_>>());
        prop_assert_eq!(fix_text(&fixed, false), fixed.clone());

        // Safe fixes never add or remove lines; a line without a finding stays as it was.
        let index = LineIndex::new(&text);
        let mut touched = std::collections::HashSet::new();
        for d in lint(&text, &KNOWLEDGE, &options()) {
            touched.insert(index.line_of(d.span.start));
            for e in d.fix.iter().flat_map(|f| &f.edits) {
                touched.insert(index.line_of(e.span.start));
            }
        }
        let before: Vec<&str> = text.split('\n').collect();
        let after: Vec<&str> = fixed.split('\n').collect();
        prop_assert_eq!(before.len(), after.len());
        for (n, (b, a)) in before.iter().zip(&after).enumerate() {
            if !touched.contains(&n) {
                prop_assert_eq!(b, a, "line {} changed without a finding", n + 1);
            }
        }
    }
}
