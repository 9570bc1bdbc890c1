//! `--format json`: a stable contract (version 1) for other tools.

use super::{FileReport, Summary};
use crate::diagnostic::{Applicability, Diagnostic};
use crate::span::LineIndex;
use serde::Serialize;

#[derive(Serialize)]
struct Output {
    version: u32,
    summary: Summary,
    /// After `--fix`: how many findings were fixed.
    #[serde(skip_serializing_if = "Option::is_none")]
    fixed: Option<usize>,
    diagnostics: Vec<serde_json::Value>,
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    path: &'a str,
    rule: &'a str,
    severity: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    message: &'a str,
    help: Option<&'a str>,
    related: Vec<JsonRelated<'a>>,
    fix: Option<JsonFix<'a>>,
}

#[derive(Serialize)]
struct JsonRelated<'a> {
    path: &'a str,
    line: usize,
    column: usize,
    message: &'a str,
}

#[derive(Serialize)]
struct JsonFix<'a> {
    applicability: &'a str,
    edits: Vec<JsonEdit<'a>>,
}

#[derive(Serialize)]
struct JsonEdit<'a> {
    start: usize,
    end: usize,
    replacement: &'a str,
}

pub fn render(reports: &[FileReport<'_>]) -> String {
    render_fixed(reports, None)
}

/// The report after `--fix`, with the number of findings fixed.
pub fn render_fixed(reports: &[FileReport<'_>], fixed: Option<usize>) -> String {
    let diagnostics = reports.iter().flat_map(values).collect();
    assemble(diagnostics, Summary::of(reports), fixed)
}

/// One file's diagnostics as JSON values, made while its text is at hand.
pub fn values(report: &FileReport<'_>) -> Vec<serde_json::Value> {
    let index = report.line_index();
    report
        .diagnostics
        .iter()
        .map(|d| serde_json::to_value(convert(report, &index, d)).expect("plain data serialises"))
        .collect()
}

/// The whole report from every file's values.
pub fn assemble(
    diagnostics: Vec<serde_json::Value>,
    summary: Summary,
    fixed: Option<usize>,
) -> String {
    let output = Output {
        version: 1,
        summary,
        fixed,
        diagnostics,
    };
    let mut text = serde_json::to_string_pretty(&output).expect("plain data serialises");
    text.push('\n');
    text
}

fn convert<'a>(
    report: &FileReport<'a>,
    index: &LineIndex,
    d: &'a Diagnostic,
) -> JsonDiagnostic<'a> {
    let start = index.position(report.text, d.span.start);
    let end = index.position(report.text, d.span.end);
    JsonDiagnostic {
        path: report.path,
        rule: d.rule,
        severity: d.severity.as_str(),
        line: start.line,
        column: start.column,
        end_line: end.line,
        end_column: end.column,
        message: &d.message,
        help: d.help.as_deref(),
        related: d
            .related
            .iter()
            .map(|r| {
                let at = index.position(report.text, r.span.start);
                JsonRelated {
                    path: report.path,
                    line: at.line,
                    column: at.column,
                    message: &r.message,
                }
            })
            .collect(),
        fix: d.fix.as_ref().map(|fix| JsonFix {
            applicability: match fix.applicability {
                Applicability::Safe => "safe",
                Applicability::Unsafe => "unsafe",
            },
            edits: fix
                .edits
                .iter()
                .map(|e| JsonEdit {
                    start: e.span.start,
                    end: e.span.end,
                    replacement: &e.replacement,
                })
                .collect(),
        }),
    }
}
