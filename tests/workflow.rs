//! Fitting into a maintainer's workflow, through the real binary: config
//! files, suppressions, output formats, --fail-on, --changed-since.

use std::path::Path;
use std::process::{Command, Output};

const SEED: &str = include_str!("../fixtures/nas-seed.md");
const SEED_FIXED: &str = include_str!("../fixtures/nas-seed-fixed.md");

fn nas_lint(dir: &Path, args: &[&str]) -> Output {
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

fn rules_reported(output: &Output) -> Vec<String> {
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["rule"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn the_closest_config_file_wins_and_explicit_config_overrides() {
    let root = tempfile::tempdir().unwrap();
    let nested = root.path().join("lists/nas");
    std::fs::create_dir_all(&nested).unwrap();
    std::fs::write(nested.join("README.md"), SEED).unwrap();
    std::fs::write(
        root.path().join("nas-lint.toml"),
        "select = [\"venue-typo\"]\n",
    )
    .unwrap();
    let only_typos = rules_reported(&nas_lint(
        root.path(),
        &["lists/nas/README.md", "--format", "json"],
    ));
    assert_eq!(only_typos, ["venue-typo"]);

    std::fs::write(
        root.path().join("lists/.nas-lint.toml"),
        "select = [\"year-as-venue\"]\n",
    )
    .unwrap();
    let closer = rules_reported(&nas_lint(
        root.path(),
        &["lists/nas/README.md", "--format", "json"],
    ));
    assert_eq!(closer, ["year-as-venue"]);

    std::fs::write(
        root.path().join("other.toml"),
        "select = [\"table-shape\"]\n",
    )
    .unwrap();
    let explicit = rules_reported(&nas_lint(
        root.path(),
        &[
            "lists/nas/README.md",
            "--format",
            "json",
            "--config",
            "other.toml",
        ],
    ));
    assert_eq!(explicit, ["table-shape"; 3]);
}

#[test]
fn config_sets_severity_fail_on_and_the_list_vocabulary() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("README.md"),
        SEED_FIXED
            // One row: a name written in three rows is the list's own venue.
            .replacen("| ECCV 2020 | - |", "| MyConf 2020 | - |", 1)
            .replace("| Paper Title |", "| Werk |"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("nas-lint.toml"),
        "fail-on = \"warning\"\nextend-select = [\"unknown-venue\"]\n[severity]\nunknown-venue = \"error\"\n[[columns]]\nrole = \"title\"\nheaders = [\"werk\"]\n",
    )
    .unwrap();
    // Without the header alias the tables are not paper tables at all.
    std::fs::write(dir.path().join("other.toml"), "").unwrap();
    assert!(rules_reported(&nas_lint(
        dir.path(),
        &["--format", "json", "--config", "other.toml"]
    ))
    .is_empty());
    let output = nas_lint(dir.path(), &["--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let unknown: Vec<_> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["rule"] == "unknown-venue")
        .collect();
    assert!(!unknown.is_empty());
    assert!(unknown.iter().all(|d| d["severity"] == "error"));
    assert_eq!(output.status.code(), Some(1));

    std::fs::write(
        dir.path().join("nas-lint.toml"),
        "fail-on = \"warning\"\n[[venue]]\nname = \"MyConf\"\nkind = \"conference\"\n[[columns]]\nrole = \"title\"\nheaders = [\"werk\"]\n",
    )
    .unwrap();
    let output = nas_lint(dir.path(), &["--format", "json"]);
    assert_eq!(
        rules_reported(&output),
        Vec::<String>::new(),
        "{}",
        text(&output.stdout)
    );
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn opt_in_rules_run_only_when_selected() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("README.md"),
        SEED_FIXED.replacen("| ECCV 2020 | - |", "| MyConf 2020 | - |", 1),
    )
    .unwrap();
    let count = |output: &Output, rule: &str| {
        assert_ne!(output.status.code(), Some(2), "{}", text(&output.stderr));
        rules_reported(output).iter().filter(|r| *r == rule).count()
    };
    let json = ["--format", "json"];
    let run = |extra: &[&str]| nas_lint(dir.path(), &[&json[..], extra].concat());
    // The default set leaves out unknown-venue, and runs venue-typo.
    assert_eq!(count(&run(&[]), "unknown-venue"), 0);
    let typo = SEED_FIXED
        .replacen("| ECCV 2020 | - |", "| MyConf 2020 | - |", 1)
        .replacen("| ICLR 2022 |", "| ILCR 2022 |", 1);
    std::fs::write(dir.path().join("typo.md"), typo).unwrap();
    let typo_run =
        |extra: &[&str]| nas_lint(dir.path(), &[&json[..], extra, &["typo.md"]].concat());
    assert_eq!(count(&typo_run(&[]), "venue-typo"), 1);
    // --extend-select adds it on top of the default set.
    let extended = typo_run(&["--extend-select", "unknown-venue"]);
    assert_eq!(count(&extended, "unknown-venue"), 1);
    assert_eq!(count(&extended, "venue-typo"), 1);
    // --select runs only what it names; ALL runs every rule.
    let selected = typo_run(&["--select", "unknown-venue"]);
    assert_eq!(rules_reported(&selected), ["unknown-venue"]);
    let all = typo_run(&["--select", "ALL"]);
    assert_eq!(count(&all, "unknown-venue"), 1);
    assert_eq!(count(&all, "venue-typo"), 1);
    assert_eq!(
        count(
            &typo_run(&["--select", "ALL", "--ignore", "unknown-venue"]),
            "unknown-venue"
        ),
        0
    );

    // The config's forms: extend-select, and select naming an opt-in rule.
    let config = dir.path().join("nas-lint.toml");
    std::fs::write(&config, "extend-select = [\"unknown-venue\"]\n").unwrap();
    let output = typo_run(&[]);
    assert_eq!(count(&output, "unknown-venue"), 1);
    assert_eq!(count(&output, "venue-typo"), 1);
    // --select on the command line starts over, dropping the config's.
    assert_eq!(
        rules_reported(&typo_run(&["--select", "venue-typo"])),
        ["venue-typo"]
    );
    std::fs::write(&config, "select = [\"unknown-venue\"]\n").unwrap();
    assert_eq!(rules_reported(&typo_run(&[])), ["unknown-venue"]);
    let both = typo_run(&["--extend-select", "venue-typo"]);
    assert_eq!(count(&both, "unknown-venue"), 1);
    assert_eq!(count(&both, "venue-typo"), 1);
    std::fs::write(&config, "select = [\"ALL\"]\n").unwrap();
    assert_eq!(count(&typo_run(&[]), "unknown-venue"), 1);

    // Unknown names stay errors, in every form.
    std::fs::remove_file(&config).unwrap();
    for flag in ["--select", "--extend-select", "--ignore"] {
        let output = nas_lint(dir.path(), &[flag, "unknown-venues"]);
        assert_eq!(output.status.code(), Some(2), "{flag}");
        assert!(text(&output.stderr).contains("unknown rule `unknown-venues`"));
    }
    for key in ["select", "extend-select", "ignore"] {
        std::fs::write(&config, format!("{key} = [\"unknown-venues\"]\n")).unwrap();
        let output = nas_lint(dir.path(), &["--color", "never"]);
        assert_eq!(output.status.code(), Some(2), "{key}");
        assert!(text(&output.stderr).contains("unknown rule `unknown-venues`"));
    }
    std::fs::write(&config, "[severity]\nALL = \"error\"\n").unwrap();
    assert_eq!(
        nas_lint(dir.path(), &[]).status.code(),
        Some(2),
        "ALL has no severity"
    );
}

#[test]
fn config_errors_point_at_the_line_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("README.md"), SEED).unwrap();
    for (config, expected) in [
        (
            "select = [\"venue-typo\"]\nfail_on = \"warning\"\n",
            "unknown field `fail_on`",
        ),
        ("ignore = [\"nope\"]\n", "unknown rule `nope`"),
        ("year-column = 2021\n", "year-column"),
        ("this is not toml\n", "nas-lint.toml"),
    ] {
        std::fs::write(dir.path().join("nas-lint.toml"), config).unwrap();
        let output = nas_lint(dir.path(), &["--color", "never"]);
        assert_eq!(output.status.code(), Some(2), "{config}");
        let message = text(&output.stderr);
        assert!(message.contains("nas-lint.toml"), "{message}");
        assert!(message.contains(expected), "{config}: {message}");
        assert!(
            output.stdout.is_empty(),
            "nothing is linted with a broken config"
        );
    }
    std::fs::write(dir.path().join("nas-lint.toml"), "fail_on = 1\n").unwrap();
    let message = text(&nas_lint(dir.path(), &[]).stderr);
    assert!(message.contains("nas-lint.toml:1:1"), "{message}");
}

#[test]
fn show_config_prints_the_effective_configuration() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("README.md"), SEED).unwrap();
    std::fs::write(
        dir.path().join("nas-lint.toml"),
        "ignore = [\"unknown-venue\"]\n",
    )
    .unwrap();
    let output = nas_lint(dir.path(), &["--show-config"]);
    assert_eq!(output.status.code(), Some(0));
    let shown = text(&output.stdout);
    assert!(shown.contains("nas-lint.toml"));
    assert!(shown.contains("ignore = [\"unknown-venue\"]"), "{shown}");
    assert!(shown.contains("fail-on = \"error\""), "{shown}");
}

#[test]
fn suppression_comments_silence_and_unused_ones_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let text_with = SEED
        .replacen("### DARTS <a name=\"darts\"></a>", "### DARTS <a name=\"darts\"></a>\n\n<!-- nas-lint-disable venue-typo year-mismatch -->", 1)
        .replacen("## Reinforcement Learning (RL) Methods", "<!-- nas-lint-enable -->\n\n## Reinforcement Learning (RL) Methods", 1)
        .replacen("# Neural Architecture Search", "<!-- nas-lint-disable-file duplicate-anchor -->\n\n# Neural Architecture Search", 1);
    std::fs::write(dir.path().join("README.md"), text_with).unwrap();
    let rules = rules_reported(&nas_lint(dir.path(), &["--format", "json"]));
    assert!(
        !rules
            .iter()
            .any(|r| r == "venue-typo" || r == "year-mismatch"),
        "{rules:?}"
    );
    assert_eq!(
        rules.iter().filter(|r| *r == "unused-suppression").count(),
        1,
        "the file-wide one silences nothing"
    );
}

#[test]
fn output_formats() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("README.md"), SEED).unwrap();
    let run = |format: &str| {
        text(
            &nas_lint(
                dir.path(),
                &[
                    "--format",
                    format,
                    "--select",
                    "venue-typo,duplicate-paper,missing-year",
                ],
            )
            .stdout,
        )
    };
    insta::assert_snapshot!("concise", run("concise"));
    insta::assert_snapshot!("github", run("github"));
    insta::assert_snapshot!("sarif", run("sarif"));
    let statistics = text(&nas_lint(dir.path(), &["--statistics"]).stdout);
    insta::assert_snapshot!("statistics", statistics);
}

#[test]
fn sarif_is_well_formed() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("README.md"), SEED).unwrap();
    let output = nas_lint(dir.path(), &["--format", "sarif"]);
    let log: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert!(rules.len() >= 20);
    for result in run["results"].as_array().unwrap() {
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
        let region = &result["locations"][0]["physicalLocation"]["region"];
        assert!(region["startLine"].as_u64().unwrap() >= 1);
    }
    let with_fix = run["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "venue-typo")
        .unwrap();
    let replacement = &with_fix["fixes"][0]["artifactChanges"][0]["replacements"][0];
    assert_eq!(replacement["deletedRegion"]["byteOffset"], 12064);
    assert_eq!(replacement["insertedContent"]["text"], "ICLR");
}

#[test]
fn fail_on_warning() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("README.md"), SEED).unwrap();
    let warnings_only = ["--select", "year-as-venue"];
    assert_eq!(nas_lint(dir.path(), &warnings_only).status.code(), Some(0));
    let failing = nas_lint(
        dir.path(),
        &["--select", "year-as-venue", "--fail-on", "warning"],
    );
    assert_eq!(failing.status.code(), Some(1));
}

fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@example.com")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@example.com")
        .status()
        .expect("git runs");
    assert!(status.success(), "git {args:?}");
}

#[test]
fn changed_since_reports_only_changed_lines_but_reads_the_whole_file() {
    let dir = tempfile::tempdir().unwrap();
    git(dir.path(), &["init", "-q"]);
    // An old defect that the pull request did not touch.
    let old = SEED_FIXED.replacen(
        "| CVPR 2021 | Gradient | [Code](https://github.com/dingmyu/HR-NAS)",
        "| CPVR 2021 | Gradient | [Code](https://github.com/dingmyu/HR-NAS)",
        1,
    );
    std::fs::write(dir.path().join("README.md"), &old).unwrap();
    git(dir.path(), &["add", "README.md"]);
    git(dir.path(), &["commit", "-q", "-m", "list"]);
    // The pull request: a misspelt venue and a copy of an old row.
    let hr_nas = old
        .lines()
        .find(|l| l.contains("HR-NAS"))
        .unwrap()
        .to_string();
    let changed = old
        .replacen("| ICLR 2022 | Gradient | [Code](https://github.com/skhu101/GM-NAS)", "| ILCR 2022 | Gradient | [Code](https://github.com/skhu101/GM-NAS)", 1)
        // A section of another search strategy: the copy is a duplicate
        // there (a topic section would be a cross-listing).
        + &format!("\n\n## Random Search Methods\n\n| Paper Title | Conference | Strategy | Code | Date |\n|---|---|---|---|---|\n{hr_nas}\n");
    std::fs::write(dir.path().join("README.md"), &changed).unwrap();

    let all = rules_reported(&nas_lint(dir.path(), &["--format", "json"]));
    assert_eq!(
        all.iter().filter(|r| *r == "venue-typo").count(),
        3,
        "{all:?}"
    );
    let output = nas_lint(dir.path(), &["--format", "json", "--changed-since", "HEAD"]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let lines: Vec<(String, u64)> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
            )
        })
        .collect();
    let changed_line =
        |needle: &str| changed.lines().position(|l| l.contains(needle)).unwrap() as u64 + 1;
    let gm_nas = changed_line("GM-NAS");
    let copy = changed
        .lines()
        .collect::<Vec<_>>()
        .iter()
        .rposition(|l| l.contains("HR-NAS"))
        .unwrap() as u64
        + 1;
    assert!(
        lines.contains(&("venue-typo".to_string(), gm_nas)),
        "{lines:?}"
    );
    assert!(
        lines.contains(&("duplicate-paper".to_string(), copy)),
        "the new row repeats an old one: {lines:?}"
    );
    assert!(
        lines.contains(&("venue-typo".to_string(), copy)),
        "{lines:?}"
    );
    assert!(
        lines
            .iter()
            .all(|(_, line)| *line == gm_nas || *line == copy),
        "{lines:?}"
    );

    let bad = nas_lint(dir.path(), &["--changed-since", "no-such-revision"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(text(&bad.stderr).contains("no-such-revision"));
}
