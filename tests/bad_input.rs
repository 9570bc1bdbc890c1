//! Folders, odd files and bad input, through the binary: a clear message
//! naming the file and exit code 2, or a clean run when the input is valid
//! but odd; never a panic.

use std::path::Path;
use std::process::{Command, Output};

const SEED: &str = include_str!("../fixtures/nas-seed.md");

fn nas_lint(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nas-lint"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn assert_no_panic(output: &Output) {
    assert!(!stderr(output).contains("panicked"), "{}", stderr(output));
}

#[test]
fn a_folder_is_linted_file_by_file_honouring_gitignore() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("lists/old")).unwrap();
    std::fs::create_dir_all(root.join("notes")).unwrap();
    std::fs::write(root.join("lists/nas.md"), SEED).unwrap();
    std::fs::write(root.join("lists/old/nas-copy.markdown"), SEED).unwrap();
    std::fs::write(root.join("notes/todo.md"), "# Todo\n\n- nothing here\n").unwrap();
    std::fs::write(root.join("lists/ignored.md"), SEED).unwrap();
    std::fs::write(root.join(".gitignore"), "lists/ignored.md\n").unwrap();
    let output = nas_lint(root, &[".", "--format", "json"]);
    assert_no_panic(&output);
    assert_eq!(output.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        json["summary"]["files"], 2,
        "files without a paper table are skipped, ignored ones too"
    );
    let paths: std::collections::BTreeSet<&str> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        paths.into_iter().collect::<Vec<_>>(),
        ["./lists/nas.md", "./lists/old/nas-copy.markdown"]
    );
    assert_eq!(json["summary"]["errors"], 26);
}

#[test]
fn valid_but_odd_inputs_run_clean() {
    let dir = tempfile::tempdir().unwrap();
    let long_line = format!(
        "| Title | Venue |\n|---|---|\n| {} | CVPR 2021 |\n",
        "x".repeat(10 << 20)
    );
    let wide = format!(
        "| Title | Conference |{}\n|---|---|{}\n| A | CVPR 2021 |{}\n",
        " c |".repeat(998),
        "---|".repeat(998),
        " x |".repeat(998)
    );
    let nested = format!("{}text\n\n{}- item\n", "> ".repeat(500), "  ".repeat(0))
        + &(0..500)
            .map(|i| format!("{}- item\n", "  ".repeat(i)))
            .collect::<String>();
    let cases: Vec<(&str, String, Option<&str>)> = vec![
        ("empty.md", String::new(), Some("no paper table")),
        (
            "prose.md",
            "# Notes\n\nJust text.\n".to_string(),
            Some("no paper table"),
        ),
        ("long-line.md", long_line, None),
        ("wide.md", wide, None),
        ("nested.md", nested, Some("no paper table")),
        (
            "in-html.md",
            "<div>\n\n| Title | Venue |\n|---|---|\n| A | CVPR 2021 |\n\n</div>\n".to_string(),
            None,
        ),
        (
            "header-only.md",
            "| Title | Venue |\n|---|---|\n".to_string(),
            None,
        ),
        (
            "pipes.md",
            "| Title | Venue |\n|---|---|\n|||\n| | |\n".to_string(),
            None,
        ),
    ];
    for (name, text, note) in cases {
        std::fs::write(dir.path().join(name), &text).unwrap();
        let output = nas_lint(dir.path(), &[name, "--format", "concise"]);
        assert_no_panic(&output);
        assert!(
            matches!(output.status.code(), Some(0 | 1)),
            "{name}: {:?} {}",
            output.status,
            stderr(&output)
        );
        if let Some(note) = note {
            assert!(
                stderr(&output).contains(note),
                "{name}: {}",
                stderr(&output)
            );
            assert_eq!(output.status.code(), Some(0), "{name}");
        }
    }
}

#[test]
fn a_row_of_only_pipes_is_reported_not_crashed_on() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("README.md"),
        "| Title | Venue | Year |\n|---|---|---|\n|||\n",
    )
    .unwrap();
    let output = nas_lint(dir.path(), &["--format", "concise"]);
    assert_no_panic(&output);
    // A row with no title and no link is not a paper (a row kept for
    // papers to come): read without a crash, and not reported.
    let report = String::from_utf8(output.stdout).unwrap();
    assert_eq!(output.status.code(), Some(0), "{report}");
    assert!(
        !report.contains("table-shape") && !report.contains("missing-year"),
        "{report}"
    );
}

#[test]
fn unreadable_and_undecodable_files_name_the_file_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("utf16.md"), b"\xff\xfe|\x00 \x00T\x00").unwrap();
    std::fs::write(
        dir.path().join("latin1.md"),
        b"| Title |\n|---|\n| caf\xe9 |\n",
    )
    .unwrap();
    for (name, problem) in [
        ("utf16.md", "binary"),
        ("latin1.md", "not valid UTF-8"),
        ("missing.md", "no such file"),
    ] {
        let output = nas_lint(dir.path(), &[name]);
        assert_no_panic(&output);
        assert_eq!(output.status.code(), Some(2), "{name}");
        let message = stderr(&output);
        assert!(
            message.contains(name) && message.contains(problem),
            "{name}: {message}"
        );
        assert!(
            !stdout(&output).contains("passed"),
            "{name}: {}",
            stdout(&output)
        );
    }
}

#[test]
fn a_config_that_is_not_toml_is_exit_2_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("README.md"), SEED).unwrap();
    std::fs::write(dir.path().join(".nas-lint.toml"), "\u{0}\u{1}binary").unwrap();
    let output = nas_lint(dir.path(), &[]);
    assert_no_panic(&output);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains(".nas-lint.toml"),
        "{}",
        stderr(&output)
    );
}
