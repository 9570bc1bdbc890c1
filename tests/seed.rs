//! The first user's list: what EXPECTED.md says a correct run must and must
//! not report, and the reviewed snapshot of the whole report.

mod common;

use nas_lint::{
    lint, Diagnostic, Knowledge, LineIndex, LintOptions, RuleSelection, Settings, Severity,
};
use std::collections::BTreeSet;

const SEED: &str = include_str!("../fixtures/nas-seed.md");
const SEED_FIXED: &str = include_str!("../fixtures/nas-seed-fixed.md");
const EXPECTED: &str = include_str!("../fixtures/nas-seed.EXPECTED.md");

fn lint_all(text: &str) -> Vec<Diagnostic> {
    let knowledge = Knowledge::builtin().expect("built-in knowledge");
    let options = LintOptions {
        selection: RuleSelection::all(),
        settings: Settings::new(2026),
        ..LintOptions::default()
    };
    lint(text, &knowledge, &options)
}

/// (line, rule) of a finding's primary span, and of each related span.
fn places(text: &str, diagnostics: &[Diagnostic]) -> Vec<(usize, &'static str, bool)> {
    let index = LineIndex::new(text);
    let line = |offset| index.line_of(offset) + 1;
    let mut places = Vec::new();
    for d in diagnostics {
        places.push((line(d.span.start), d.rule, true));
        places.extend(
            d.related
                .iter()
                .map(|r| (line(r.span.start), d.rule, false)),
        );
    }
    places
}

/// The rows of the "Must be found" table: the lines and the rules.
fn must_be_found() -> Vec<(Vec<usize>, Vec<String>)> {
    let section = EXPECTED
        .split("## Must be found")
        .nth(1)
        .and_then(|s| s.split("## ").next())
        .expect("EXPECTED.md has a 'Must be found' section");
    section
        .lines()
        .filter(|l| l.starts_with("| ") && l.chars().nth(2).is_some_and(|c| c.is_ascii_digit()))
        .map(|row| {
            let cells: Vec<&str> = row.split('|').map(str::trim).collect();
            let lines = cells[1]
                .split(',')
                .map(|n| n.trim().parse().expect("a line number"))
                .collect();
            let rules = cells[2].split('/').map(|r| r.trim().to_string()).collect();
            (lines, rules)
        })
        .collect()
}

#[test]
fn every_must_be_found_row_is_reported_with_its_rule() {
    let diagnostics = lint_all(SEED);
    let places = places(SEED, &diagnostics);
    let expected = must_be_found();
    assert_eq!(expected.len(), 11, "EXPECTED.md's table was read whole");
    for (lines, rules) in expected {
        for line in &lines {
            for rule in &rules {
                assert!(
                    places.iter().any(|(l, r, _)| l == line && r == rule),
                    "line {line}: expected a {rule} finding; got {:?}",
                    places
                        .iter()
                        .filter(|(l, ..)| l == line)
                        .collect::<Vec<_>>()
                );
            }
        }
    }
}

#[test]
fn every_warning_or_error_is_one_that_expected_md_asks_for() {
    let expected: BTreeSet<(usize, String)> = must_be_found()
        .into_iter()
        .flat_map(|(lines, rules)| {
            lines
                .into_iter()
                .flat_map(move |l| rules.clone().into_iter().map(move |r| (l, r)))
        })
        .collect();
    let diagnostics: Vec<Diagnostic> = lint_all(SEED)
        .into_iter()
        .filter(|d| d.severity >= Severity::Warning)
        .collect();
    for (line, rule, _) in places(SEED, &diagnostics).into_iter().filter(|p| p.2) {
        assert!(
            expected.contains(&(line, rule.to_string())),
            "unexpected {rule} at line {line}: a finding on a correct row"
        );
    }
}

#[test]
fn must_not_be_flagged_rows_stay_quiet_for_their_reason() {
    let diagnostics = lint_all(SEED);
    let places = places(SEED, &diagnostics);
    let quiet = |line: usize, rules: &[&str]| {
        let found: Vec<_> = places
            .iter()
            .filter(|(l, r, _)| *l == line && rules.contains(r))
            .collect();
        assert!(
            found.is_empty(),
            "line {line} must not get {rules:?}: {found:?}"
        );
    };
    // Two papers sharing a code repository.
    for line in [115, 124] {
        quiet(
            line,
            &[
                "duplicate-paper",
                "shared-paper-link",
                "conflicting-duplicate",
            ],
        );
    }
    // The list's own strategies, combined or not.
    for line in [135, 174, 175, 199] {
        quiet(line, &["unknown-strategy", "strategy-section-mismatch"]);
    }
    // `)|` without a space; personal pages, ResearchGate, ADS, CVF, PMLR links.
    quiet(156, &["table-shape", "malformed-link"]);
    for line in [49, 50, 54, 78, 118, 121, 124, 165] {
        quiet(line, &["malformed-link"]);
    }
    // "-" is a placeholder everywhere.
    assert!(!diagnostics
        .iter()
        .any(|d| d.rule == "unknown-venue" || d.rule == "unknown-strategy"));
}

#[test]
fn duplicate_severity_follows_the_section() {
    let diagnostics = lint_all(SEED);
    let index = LineIndex::new(SEED);
    for d in diagnostics.iter().filter(|d| d.rule == "duplicate-paper") {
        let line = index.line_of(d.span.start) + 1;
        assert_eq!(
            d.severity,
            Severity::Warning,
            "line {line}: the seed's duplicates sit in two sections"
        );
    }
}

#[test]
fn the_repaired_seed_is_clean() {
    let left: Vec<String> = lint_all(SEED_FIXED)
        .iter()
        .filter(|d| d.severity >= Severity::Warning)
        .map(|d| format!("{} {}", d.rule, d.message))
        .collect();
    assert!(left.is_empty(), "{left:#?}");
}

#[test]
fn seed_report_snapshot() {
    let report = common::report_lines(SEED, &lint_all(SEED));
    insta::assert_snapshot!(report);
}
