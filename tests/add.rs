//! `nas-lint add` as a user runs it, writing rows by hand (no network).

use std::path::Path;
use std::process::{Command, Output};

fn nas_lint_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nas-lint"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

fn seed_copy() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let seed =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/nas-seed.md"))
            .unwrap();
    std::fs::write(dir.path().join("README.md"), &seed).unwrap();
    (dir, seed)
}

/// The findings of a default lint run, without the line numbers (which
/// move below an added row).
fn findings(dir: &Path) -> Vec<String> {
    let out = nas_lint_in(dir, &["--format", "concise", "README.md"]);
    text(&out.stdout)
        .lines()
        .map(|l| {
            l.splitn(4, ':')
                .nth(3)
                .unwrap_or("")
                .replace(|c: char| c.is_ascii_digit(), "")
        })
        .collect()
}

#[test]
fn adds_a_row_by_hand_to_the_seed_and_lint_finds_nothing_new() {
    let (dir, seed) = seed_copy();
    let before = findings(dir.path());
    let out = nas_lint_in(
        dir.path(),
        &[
            "add",
            "https://arxiv.org/pdf/2101.08134v2",
            "--title",
            "Zero-Cost Proxies for Lightweight NAS",
            "--venue",
            "ICLR 2021",
            "--code",
            "https://github.com/SamsungLabs/zero-cost-nas",
            "--section",
            "darts",
            "--set",
            "Strategy=Gradient",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let after = std::fs::read_to_string(dir.path().join("README.md")).unwrap();
    let row = "| [Zero-Cost Proxies for Lightweight NAS](https://arxiv.org/abs/2101.08134) | ICLR 2021 | Gradient | [Code](https://github.com/SamsungLabs/zero-cost-nas) | 2021 |\n";
    // The file is the seed plus exactly that line, byte for byte.
    let at = after.find(row).expect("row written");
    assert_eq!(
        format!("{}{}", &after[..at], &after[at + row.len()..]),
        seed
    );
    assert!(text(&out.stderr).contains("added"));
    assert_eq!(findings(dir.path()), before);
}

#[test]
fn a_duplicate_is_refused_and_the_file_is_untouched() {
    let (dir, seed) = seed_copy();
    let out = nas_lint_in(
        dir.path(),
        &[
            "add",
            "arxiv.org/abs/1806.09055v1",
            "--title",
            "Some Title",
            "--section",
            "darts",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("already listed, line 109"), "{err}");
    assert!(
        err.contains("DARTS: Differentiable Architecture Search"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("README.md")).unwrap(),
        seed
    );
}

#[test]
fn dry_run_prints_the_diff_and_writes_nothing() {
    let (dir, seed) = seed_copy();
    let out = nas_lint_in(
        dir.path(),
        &[
            "add",
            "--title",
            "Hand Made",
            "--year",
            "2024",
            "--section",
            "Benchmarks",
            "--dry-run",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let diff = text(&out.stdout);
    assert!(
        diff.starts_with("--- a/README.md\n+++ b/README.md\n"),
        "{diff}"
    );
    assert_eq!(
        diff.lines().filter(|l| l.starts_with('+')).count(),
        2,
        "{diff}"
    );
    assert!(diff.contains("\n+| Hand Made |"), "{diff}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("README.md")).unwrap(),
        seed
    );
}

#[test]
fn bad_requests_exit_2_with_a_message() {
    let (dir, seed) = seed_copy();
    for (args, says) in [
        (vec!["add", "--title", "T", "--year", "2024"], "--section"),
        (
            vec!["add", "--title", "T", "--section", "nowhere"],
            "nowhere",
        ),
        (
            vec![
                "add",
                "--title",
                "T",
                "--year",
                "20x4",
                "--section",
                "darts",
            ],
            "--year",
        ),
        (
            vec![
                "add",
                "--title",
                "T",
                "--section",
                "darts",
                "--set",
                "Nope=1",
            ],
            "Nope",
        ),
        (vec!["add", "--title", "T", "missing.md"], "missing.md"),
    ] {
        let out = nas_lint_in(dir.path(), &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            text(&out.stderr).contains(says),
            "{args:?}: {}",
            text(&out.stderr)
        );
    }
    assert_eq!(
        std::fs::read_to_string(dir.path().join("README.md")).unwrap(),
        seed
    );
}

#[test]
fn linting_without_a_subcommand_is_unchanged() {
    let (dir, _) = seed_copy();
    let out = nas_lint_in(dir.path(), &["--format", "concise"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!text(&out.stdout).is_empty());
}

#[cfg(not(feature = "links"))]
#[test]
fn without_the_links_feature_a_lookup_exits_2_and_says_how_to_write_by_hand() {
    let (dir, seed) = seed_copy();
    let out = nas_lint_in(dir.path(), &["add", "2309.11111", "--section", "darts"]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("without network") && err.contains("--title"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("README.md")).unwrap(),
        seed
    );
}
