//! The binary as a user runs it: exit codes, formats, bad input.

use std::path::Path;
use std::process::{Command, Output};

const SEED: &str = "fixtures/nas-seed.md";
const SEED_FIXED: &str = "fixtures/nas-seed-fixed.md";

fn nas_lint(args: &[&str]) -> Output {
    nas_lint_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

fn nas_lint_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nas-lint"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("UTF-8 output")
}

#[test]
fn findings_with_an_error_exit_1_and_end_with_a_summary() {
    let output = nas_lint(&[SEED]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(
        text.ends_with("Found 13 errors, 6 warnings, 0 infos in 1 file (11 fixable with --fix).\n"),
        "{text}"
    );
    assert!(text.contains("venue-typo"));
    assert!(
        text.contains("fixtures/nas-seed.md:120:99"),
        "the header names file, line and column"
    );
    assert!(
        !text.contains('\u{1b}'),
        "no colour codes when stdout is not a terminal"
    );
}

#[test]
fn a_clean_list_exits_0() {
    let output = nas_lint(&[SEED_FIXED]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert_eq!(stdout(&output), "All checks passed (1 file).\n");
}

#[test]
fn warnings_alone_exit_0() {
    let output = nas_lint(&[SEED, "--select", "year-as-venue,duplicate-paper"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout(&output).contains("0 errors, 4 warnings"));
}

#[test]
fn long_rows_are_shown_as_a_trimmed_window() {
    let text = stdout(&nas_lint(&[SEED, "--select", "venue-typo"]));
    assert!(text.contains("…"), "{text}");
    assert!(text.lines().all(|l| l.chars().count() < 200), "{text}");
}

#[test]
fn json_output_follows_the_contract() {
    let output = nas_lint(&[SEED, "--format", "json"]);
    assert_eq!(output.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    assert_eq!(json["version"], 1);
    assert_eq!(json["summary"]["files"], 1);
    assert_eq!(json["summary"]["errors"], 13);
    let typo = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == "venue-typo")
        .expect("the ILCR finding");
    assert_eq!(typo["path"], SEED);
    assert_eq!(
        (typo["line"].as_u64(), typo["column"].as_u64()),
        (Some(120), Some(99))
    );
    assert_eq!(
        (typo["end_line"].as_u64(), typo["end_column"].as_u64()),
        (Some(120), Some(108))
    );
    assert_eq!(typo["fix"]["applicability"], "safe");
    assert_eq!(
        typo["fix"]["edits"][0],
        serde_json::json!({"start": 12064, "end": 12068, "replacement": "ICLR"})
    );
    let duplicate = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == "duplicate-paper")
        .unwrap();
    assert_eq!(duplicate["related"][0]["line"], 77);
    assert!(duplicate["fix"].is_null());
}

#[test]
fn select_and_ignore_take_rule_names() {
    let json = |args: &[&str]| -> Vec<String> {
        let output = nas_lint(&[&[SEED, "--format", "json"], args].concat());
        let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        value["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["rule"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(json(&["--select", "venue-typo"])
        .iter()
        .all(|r| r == "venue-typo"));
    let rest = json(&[
        "--ignore",
        "swapped-columns,table-shape",
        "--ignore",
        "missing-year",
    ]);
    assert!(!rest.is_empty());
    assert!(rest
        .iter()
        .all(|r| !["swapped-columns", "table-shape", "missing-year"].contains(&r.as_str())));
}

#[test]
fn an_unknown_rule_name_is_a_usage_error() {
    let output = nas_lint(&[SEED, "--select", "venue-typos"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("unknown rule `venue-typos`"));
}

#[test]
fn list_rules_and_explain() {
    let list = stdout(&nas_lint(&["--list-rules"]));
    let rules: Vec<&str> = list.lines().skip(1).take_while(|l| !l.is_empty()).collect();
    assert_eq!(
        rules.len(),
        27,
        "21 lint rules, unused-suppression and 5 link rules"
    );
    assert!(list.contains("duplicate-anchor"));
    let set_of = |name: &str| {
        let row = rules
            .iter()
            .find(|l| l.starts_with(&format!("{name} ")))
            .unwrap();
        row.split_whitespace().nth(1).unwrap().to_string()
    };
    assert_eq!(set_of("unknown-venue"), "opt-in");
    assert_eq!(set_of("venue-typo"), "default");
    let explain = nas_lint(&["--explain", "venue-typo"]);
    assert_eq!(explain.status.code(), Some(0));
    assert!(stdout(&explain).starts_with("# venue-typo\n"));
    assert!(stdout(&explain).contains("\nRule set: default"));
    let opt_in = stdout(&nas_lint(&["--explain", "unknown-venue"]));
    assert!(opt_in.contains("\nRule set: opt-in"), "{opt_in}");
    assert!(opt_in.contains("--extend-select unknown-venue"), "{opt_in}");
    assert_eq!(nas_lint(&["--explain", "nope"]).status.code(), Some(2));
}

#[test]
fn lints_readme_md_by_default() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("README.md"),
        "| Title | Conference |\n|---|---|\n| A | ILCR 2022 |\n",
    )
    .unwrap();
    let output = nas_lint_in(dir.path(), &["--format", "json"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("\"path\": \"README.md\""));
}

#[test]
fn bad_input_is_a_clear_error_with_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let latin1 = dir.path().join("latin1.md");
    std::fs::write(&latin1, b"| Title |\n|---|\n| caf\xe9 |\n").unwrap();
    let binary = dir.path().join("image.md");
    let empty = tempfile::tempdir().unwrap();
    std::fs::write(empty.path().join("notes.txt"), "not markdown").unwrap();
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\0\0\0").unwrap();
    let cases = [
        (latin1.to_str().unwrap().to_string(), "not valid UTF-8"),
        (binary.to_str().unwrap().to_string(), "binary"),
        (
            empty.path().to_str().unwrap().to_string(),
            "a directory with no Markdown files",
        ),
        (
            dir.path().join("missing.md").to_str().unwrap().to_string(),
            "no such file",
        ),
    ];
    for (path, problem) in cases {
        let output = nas_lint(&[&path]);
        assert_eq!(output.status.code(), Some(2), "{path}");
        let message = stderr(&output);
        assert!(
            message.contains(&path) && message.contains(problem),
            "{path}: {message}"
        );
        assert!(!message.contains("panicked"));
    }
}

#[test]
fn one_bad_file_does_not_hide_the_findings_of_the_others() {
    let output = nas_lint(&[SEED, "no/such/file.md", "--format", "json"]);
    assert_eq!(output.status.code(), Some(2));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["summary"]["errors"], 13);
    assert!(stderr(&output).contains("no/such/file.md: no such file"));
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_reported() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("locked.md");
    std::fs::write(&path, "# x\n").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&path).is_ok() {
        return; // running as root: permissions do not apply
    }
    let output = nas_lint(&[path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("permission denied"));
}

#[test]
fn a_file_without_paper_tables_is_clean() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.md");
    std::fs::write(&path, "# Notes\n\n| a | b |\n|---|---|\n| 1 |\n").unwrap();
    let output = nas_lint(&[path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn version_names_the_commit_it_was_built_from() {
    let output = nas_lint(&["--version"]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    let prefix = format!("nas-lint {} (", env!("CARGO_PKG_VERSION"));
    assert!(text.starts_with(&prefix) && text.ends_with(")\n"), "{text}");
    // Built from this git checkout without an override, it names HEAD.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    if dir.join(".git").exists() && std::env::var_os("NAS_LINT_COMMIT").is_none() {
        let head = Command::new("git")
            .args(["rev-parse", "--short=12", "HEAD"])
            .current_dir(dir)
            .output();
        if let Some(head) = head.ok().filter(|h| h.status.success()) {
            let sha = String::from_utf8_lossy(&head.stdout).trim().to_string();
            assert!(
                text[prefix.len()..].starts_with(&sha),
                "{text} is not HEAD {sha}"
            );
        }
    }
}

#[test]
fn help_groups_the_options() {
    let text = stdout(&nas_lint(&["--help"]));
    let at = |heading: &str| {
        text.find(&format!("\n{heading}:\n"))
            .unwrap_or_else(|| panic!("no {heading} heading in {text}"))
    };
    for (heading, option) in [
        ("Rule selection", "--select"),
        ("Fixing", "--unsafe-fixes"),
        ("Output", "--format"),
        ("Link checking", "--remap"),
    ] {
        let start = at(heading);
        let end = text[start + 1..]
            .find("\n\n")
            .map_or(text.len(), |e| start + 1 + e);
        assert!(
            text[start..end].contains(option),
            "{option} is not under {heading}: {text}"
        );
    }
}
