//! Helpers for the rules' own tests.

use crate::diagnostic::Diagnostic;
use crate::knowledge::Knowledge;
use crate::{lint, LintOptions, RuleSelection, Settings};
use std::sync::LazyLock;

static KNOWLEDGE: LazyLock<Knowledge> =
    LazyLock::new(|| Knowledge::builtin().expect("builtin knowledge"));

/// A table under `header` (its header and delimiter lines) with one line
/// per row.
pub fn table_of(header: &str, rows: &[&str]) -> String {
    let mut text = String::from(header);
    for row in rows {
        text.push_str(row);
        text.push('\n');
    }
    text
}

/// A list in the seed's shape: a heading, then the five columns.
pub fn seed_table(section: &str, rows: &[&str]) -> String {
    let mut text = format!(
        "## {section}\n\n| Paper Title | Conference | Strategy | Code | Date |\n|:---|:---:|:---:|:---:|:---:|\n"
    );
    for row in rows {
        text.push_str(row);
        text.push('\n');
    }
    text
}

/// A seed-shaped list of one well-formed row whose title cell is `title_cell`.
pub fn table_with_title_cell(title_cell: &str) -> String {
    seed_table(
        "S",
        &[&format!(
            "| {title_cell} | CVPR 2021 | - | [Code](https://github.com/a/b) | 2021 |"
        )],
    )
}

/// The findings of one rule on `text`.
pub fn check(rule: &str, text: &str) -> Vec<Diagnostic> {
    let options = LintOptions {
        selection: RuleSelection::only(&[rule]).expect("known rule"),
        settings: Settings::new(2026),
        ..LintOptions::default()
    };
    lint(text, &KNOWLEDGE, &options)
}

/// The 1-based lines a rule reports on `text`.
pub fn lines(rule: &str, text: &str) -> Vec<usize> {
    let index = crate::span::LineIndex::new(text);
    check(rule, text)
        .iter()
        .map(|d| index.line_of(d.span.start) + 1)
        .collect()
}

/// Applies a diagnostic's fix edits to `text`.
pub fn apply_fix(text: &str, diagnostic: &Diagnostic) -> String {
    let mut edits = diagnostic.fix.as_ref().expect("has a fix").edits.clone();
    edits.sort_by_key(|e| std::cmp::Reverse(e.span.start));
    let mut fixed = text.to_string();
    for edit in edits {
        fixed.replace_range(edit.span.start..edit.span.end, &edit.replacement);
    }
    fixed
}
