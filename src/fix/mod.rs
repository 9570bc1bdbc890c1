//! Applying fixes: edits on byte spans, in passes, until nothing fixable is
//! left. Every byte outside an applied edit stays as it was: line endings, a
//! BOM, trailing spaces, tabs.
//!
//! Each pass applies the fixes whose edits do not touch one another (the
//! others wait for the next pass, on the new text), then lints again. A fix
//! that breaks a table or brings a new error is undone and reported.

use crate::diagnostic::{Applicability, Diagnostic, Edit};
use crate::knowledge::Knowledge;
use crate::{document, lint, LintOptions, Severity};
use std::collections::HashMap;

/// Passes before giving up on reaching a fixpoint (a fix that keeps
/// producing new fixes would otherwise loop).
pub const MAX_PASSES: usize = 10;

#[derive(Debug, Clone, Copy)]
pub struct FixOptions {
    /// Also apply fixes marked unsafe.
    pub unsafe_fixes: bool,
}

/// What fixing did.
#[derive(Debug, Clone)]
pub struct FixOutcome {
    /// The text after all fixes (the input when nothing applied).
    pub text: String,
    /// The findings that were fixed, as reported on the text they were fixed in.
    pub fixed: Vec<Diagnostic>,
    /// Fixes undone because they would break a table or bring a new error
    /// on the final text.
    pub rolled_back: Vec<Diagnostic>,
    /// The findings of the final text.
    pub remaining: Vec<Diagnostic>,
    pub passes: usize,
}

impl FixOutcome {
    pub fn changed(&self, original: &str) -> bool {
        self.text != original
    }
}

/// Fixes `text` as far as `options` allow.
pub fn fix(
    text: &str,
    knowledge: &Knowledge,
    lint_options: &LintOptions,
    options: FixOptions,
) -> FixOutcome {
    fix_with(text, knowledge, lint_options, options, None)
}

/// Fixes `text`, with the link check's findings on it (its moved links;
/// `None` when links were not checked) joining the first pass; later
/// passes lint on their own.
pub fn fix_with(
    text: &str,
    knowledge: &Knowledge,
    lint_options: &LintOptions,
    options: FixOptions,
    extra: Option<Vec<Diagnostic>>,
) -> FixOutcome {
    let mut current = text.to_string();
    let mut fixed = Vec::new();
    let mut rolled_back: Vec<Diagnostic> = Vec::new();
    let mut findings =
        crate::lint_document_with(&current, knowledge, lint_options, extra).diagnostics;
    let mut passes = 0;
    while passes < MAX_PASSES {
        let candidates: Vec<&Diagnostic> = findings
            .iter()
            .filter(|d| applicable(d, options) && !was_rolled_back(d, &rolled_back))
            .collect();
        let batch = non_overlapping(&candidates);
        if batch.is_empty() {
            break;
        }
        passes += 1;
        let pass = apply_pass(&current, &findings, &batch, knowledge, lint_options);
        if pass.applied.is_empty() {
            rolled_back.extend(pass.rolled_back);
            continue;
        }
        // The text changed: a fix undone before, in this pass too (it was
        // judged on the text before the pass), may fit it now, so every one
        // is tried again; otherwise a second --fix would apply it.
        rolled_back.clear();
        fixed.extend(pass.applied);
        current = pass.text;
        findings = pass.findings;
    }
    FixOutcome {
        text: current,
        fixed,
        rolled_back,
        remaining: findings,
        passes,
    }
}

fn applicable(diagnostic: &Diagnostic, options: FixOptions) -> bool {
    match &diagnostic.fix {
        Some(fix) if !fix.edits.is_empty() => {
            fix.applicability == Applicability::Safe || options.unsafe_fixes
        }
        _ => false,
    }
}

/// A fix undone on this text is not tried again until the text changes.
fn was_rolled_back(diagnostic: &Diagnostic, rolled_back: &[Diagnostic]) -> bool {
    rolled_back
        .iter()
        .any(|r| r.rule == diagnostic.rule && r.fix == diagnostic.fix)
}

/// Groups of findings that share one fix (table-shape and missing-year may
/// add the same cell), chosen so that no two groups' edits touch.
fn non_overlapping<'d>(candidates: &[&'d Diagnostic]) -> Vec<Vec<&'d Diagnostic>> {
    let mut groups: Vec<Vec<&Diagnostic>> = Vec::new();
    for &candidate in candidates {
        match groups.iter_mut().find(|g| g[0].fix == candidate.fix) {
            Some(group) => group.push(candidate),
            None => groups.push(vec![candidate]),
        }
    }
    let mut chosen: Vec<Vec<&Diagnostic>> = Vec::new();
    for group in groups {
        let edits = &group[0].fix.as_ref().expect("candidates have fixes").edits;
        let clashes = chosen.iter().any(|other| {
            let other_edits = &other[0].fix.as_ref().expect("candidates have fixes").edits;
            edits
                .iter()
                .any(|a| other_edits.iter().any(|b| touch(a, b)))
        });
        if !clashes && !self_overlapping(edits) {
            chosen.push(group);
        }
    }
    chosen
}

/// Edits touch when their ranges meet, ends included: two insertions at one
/// place, or an insertion at the edge of a replacement, have no clear order.
fn touch(a: &Edit, b: &Edit) -> bool {
    a.span.start <= b.span.end && b.span.start <= a.span.end
}

fn self_overlapping(edits: &[Edit]) -> bool {
    edits
        .iter()
        .enumerate()
        .any(|(i, a)| edits[i + 1..].iter().any(|b| touch(a, b)))
}

/// Applies edits that do not touch, from the end of the text backwards so
/// that earlier offsets stay valid.
pub fn apply_edits(text: &str, edits: &[&Edit]) -> String {
    let mut sorted: Vec<&Edit> = edits.to_vec();
    sorted.sort_by_key(|e| std::cmp::Reverse((e.span.start, e.span.end)));
    let mut out = text.to_string();
    for edit in sorted {
        out.replace_range(edit.span.start..edit.span.end, &edit.replacement);
    }
    out
}

struct Pass {
    text: String,
    findings: Vec<Diagnostic>,
    applied: Vec<Diagnostic>,
    rolled_back: Vec<Diagnostic>,
}

/// Applies a batch of fixes and checks the result; when the batch as a whole
/// breaks something, tries each fix alone and keeps the ones that are fine.
fn apply_pass(
    text: &str,
    findings: &[Diagnostic],
    batch: &[Vec<&Diagnostic>],
    knowledge: &Knowledge,
    lint_options: &LintOptions,
) -> Pass {
    let before = Shape::of(text, findings, knowledge);
    let all_edits: Vec<&Edit> = batch
        .iter()
        .flat_map(|g| &g[0].fix.as_ref().expect("fix").edits)
        .collect();
    let candidate = apply_edits(text, &all_edits);
    let candidate_findings = lint(&candidate, knowledge, lint_options);
    let change = batch.iter().map(|g| row_change(text, g[0])).sum();
    if before.accepts(
        &Shape::of(&candidate, &candidate_findings, knowledge),
        change,
    ) {
        return Pass {
            text: candidate,
            findings: candidate_findings,
            applied: batch.iter().flatten().map(|d| (*d).clone()).collect(),
            rolled_back: Vec::new(),
        };
    }
    // Something in the batch is bad: find it by trying each fix alone.
    let mut kept: Vec<&Vec<&Diagnostic>> = Vec::new();
    let mut rolled_back = Vec::new();
    for group in batch {
        let edits: Vec<&Edit> = group[0].fix.as_ref().expect("fix").edits.iter().collect();
        let alone = apply_edits(text, &edits);
        let alone_findings = lint(&alone, knowledge, lint_options);
        if before.accepts(
            &Shape::of(&alone, &alone_findings, knowledge),
            row_change(text, group[0]),
        ) {
            kept.push(group);
        } else {
            rolled_back.extend(group.iter().map(|d| (*d).clone()));
        }
    }
    let edits: Vec<&Edit> = kept
        .iter()
        .flat_map(|g| &g[0].fix.as_ref().expect("fix").edits)
        .collect();
    let text = apply_edits(text, &edits);
    let findings = lint(&text, knowledge, lint_options);
    Pass {
        text,
        findings,
        applied: kept
            .iter()
            .flat_map(|g| g.iter().map(|d| (*d).clone()))
            .collect(),
        rolled_back,
    }
}

/// How a fix changes the number of table rows: deleting whole pipe lines
/// removes that many rows, joining two lines (a row broken over two, see
/// table-shape) removes one, and deleting the blank line between a table's
/// last row and rows cut off from it adds those rows (see table-shape).
fn row_change(text: &str, diagnostic: &Diagnostic) -> isize {
    let fix = diagnostic.fix.as_ref().expect("fix");
    let starts_line = |e: &Edit| e.span.start == 0 || text.as_bytes()[e.span.start - 1] == b'\n';
    let ends_line = |e: &Edit| e.span.end == text.len() || text.as_bytes()[e.span.end - 1] == b'\n';
    let deleted_lines =
        |e: &Edit| e.replacement.is_empty() && !e.span.is_empty() && starts_line(e) && ends_line(e);
    let blank = |e: &Edit| e.span.slice(text).trim().is_empty();
    let joins_lines = |e: &Edit| {
        matches!(e.span.slice(text), "\n" | "\r\n")
            && !starts_line(e)
            && !e.replacement.contains('\n')
    };
    fix.edits
        .iter()
        .map(|e| {
            if deleted_lines(e) && blank(e) {
                rows_rejoined(text, e.span.start, e.span.end)
            } else if deleted_lines(e) {
                // Only pipe lines are rows: a list item deleted whole
                // (duplicate-paper on list items) changes no table.
                -(e.span
                    .slice(text)
                    .lines()
                    .filter(|l| l.contains('|'))
                    .count() as isize)
            } else if joins_lines(e) {
                -1
            } else {
                0
            }
        })
        .sum()
}

/// The rows a blank line from `start` to `end` cuts off from the table row
/// above it: the pipe lines right below it. None when the line above is no
/// table row (a blank line between paragraphs joins no rows).
fn rows_rejoined(text: &str, start: usize, end: usize) -> isize {
    let is_row = |line: &str| line.trim_start().starts_with('|');
    let above = text[..start].trim_end_matches(['\n', '\r']);
    let line_above = above.rsplit('\n').next().unwrap_or("");
    if above.is_empty() || !is_row(line_above) {
        return 0;
    }
    text[end..].lines().take_while(|line| is_row(line)).count() as isize
}

/// What a fix must not change: the tables and their row counts, and no rule
/// may report more errors than before.
struct Shape {
    tables: usize,
    rows: usize,
    errors_by_rule: HashMap<&'static str, usize>,
}

impl Shape {
    fn of(text: &str, findings: &[Diagnostic], knowledge: &Knowledge) -> Shape {
        let doc = document::parse(text, &knowledge.columns);
        let mut errors_by_rule = HashMap::new();
        for d in findings.iter().filter(|d| d.severity == Severity::Error) {
            *errors_by_rule.entry(d.rule).or_insert(0) += 1;
        }
        Shape {
            tables: doc.tables.len(),
            // A row of another table counts while it repeats the row above
            // it: deleting the copy is the one edit made there.
            rows: doc.tables.iter().map(|t| t.row_count()).sum::<usize>() + doc.repeated_rows.len(),
            errors_by_rule,
        }
    }

    fn accepts(&self, after: &Shape, row_change: isize) -> bool {
        let same_tables =
            after.tables == self.tables && after.rows as isize == self.rows as isize + row_change;
        let no_new_errors = after
            .errors_by_rule
            .iter()
            .all(|(rule, &count)| count <= self.errors_by_rule.get(rule).copied().unwrap_or(0));
        same_tables && no_new_errors
    }
}

#[cfg(test)]
mod tests;
