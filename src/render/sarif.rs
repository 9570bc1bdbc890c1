//! `--format sarif`: SARIF 2.1.0, for GitHub code scanning and other tools.

use super::FileReport;
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::{RuleMeta, OTHER_RULES, RULES};
use crate::span::LineIndex;
use serde_json::{json, Value};

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

pub fn render(reports: &[FileReport<'_>], extra_rules: &[&RuleMeta]) -> String {
    let results = reports
        .iter()
        .flat_map(|r| results(r, extra_rules))
        .collect();
    assemble(results, extra_rules)
}

fn metas<'m>(extra_rules: &[&'m RuleMeta]) -> Vec<&'m RuleMeta> {
    RULES
        .iter()
        .map(|r| r.meta())
        .chain(OTHER_RULES.iter().copied())
        .chain(extra_rules.iter().copied())
        .collect()
}

/// One file's results, made while its text is at hand.
pub fn results(report: &FileReport<'_>, extra_rules: &[&RuleMeta]) -> Vec<Value> {
    let metas = metas(extra_rules);
    let index = report.line_index();
    report
        .diagnostics
        .iter()
        .map(|d| {
            let rule_index = metas.iter().position(|m| m.name == d.rule);
            result(report, &index, d, rule_index)
        })
        .collect()
}

/// The SARIF log from every file's results.
pub fn assemble(results: Vec<Value>, extra_rules: &[&RuleMeta]) -> String {
    let rules: Vec<Value> = metas(extra_rules).iter().map(|m| rule(m)).collect();
    let log = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "nas-lint",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://github.com/nas-lint/nas-lint",
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    let mut text = serde_json::to_string_pretty(&log).expect("plain data serialises");
    text.push('\n');
    text
}

fn rule(meta: &RuleMeta) -> Value {
    json!({
        "id": meta.name,
        "name": meta.name,
        "shortDescription": {"text": meta.summary},
        "fullDescription": {"text": meta.summary},
        "help": {"text": meta.doc, "markdown": meta.doc},
        "defaultConfiguration": default_configuration(meta),
    })
}

/// The rule's level, and `enabled: false` for an opt-in rule (SARIF's
/// default is enabled).
fn default_configuration(meta: &RuleMeta) -> Value {
    if meta.default {
        json!({"level": level(meta.severity)})
    } else {
        json!({"level": level(meta.severity), "enabled": false})
    }
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn result(
    report: &FileReport<'_>,
    index: &LineIndex,
    d: &Diagnostic,
    rule_index: Option<usize>,
) -> Value {
    let mut result = json!({
        "ruleId": d.rule,
        "level": level(d.severity),
        "message": {"text": match &d.help {
            Some(help) => format!("{}\n{help}", d.message),
            None => d.message.clone(),
        }},
        "locations": [location(report, index, d.span.start, d.span.end, None)],
    });
    if let Some(i) = rule_index {
        result["ruleIndex"] = json!(i);
    }
    if !d.related.is_empty() {
        result["relatedLocations"] = d
            .related
            .iter()
            .enumerate()
            .map(|(id, r)| {
                location(
                    report,
                    index,
                    r.span.start,
                    r.span.end,
                    Some((id, &r.message)),
                )
            })
            .collect();
    }
    if let Some(fix) = &d.fix {
        let replacements: Vec<Value> = fix
            .edits
            .iter()
            .map(|e| {
                json!({
                    "deletedRegion": {"byteOffset": e.span.start, "byteLength": e.span.len()},
                    "insertedContent": {"text": e.replacement},
                })
            })
            .collect();
        result["fixes"] = json!([{
            "description": {"text": format!("{} fix", fix_kind(fix.applicability))},
            "artifactChanges": [{
                "artifactLocation": {"uri": uri(report.path)},
                "replacements": replacements,
            }],
        }]);
    }
    result
}

fn fix_kind(applicability: crate::Applicability) -> &'static str {
    match applicability {
        crate::Applicability::Safe => "safe",
        crate::Applicability::Unsafe => "unsafe",
    }
}

fn location(
    report: &FileReport<'_>,
    index: &LineIndex,
    start: usize,
    end: usize,
    related: Option<(usize, &str)>,
) -> Value {
    let from = index.position(report.text, start);
    let to = index.position(report.text, end);
    let mut location = json!({
        "physicalLocation": {
            "artifactLocation": {"uri": uri(report.path)},
            "region": {
                "startLine": from.line,
                "startColumn": from.column,
                "endLine": to.line,
                "endColumn": to.column,
            },
        },
    });
    if let Some((id, message)) = related {
        location["id"] = json!(id);
        location["message"] = json!({"text": message});
    }
    location
}

/// A relative URI with forward slashes, as code scanning expects.
fn uri(path: &str) -> String {
    path.trim_start_matches("./")
        .replace('\\', "/")
        .replace(' ', "%20")
}
