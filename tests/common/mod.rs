//! Shared by the snapshot tests: a report that reviews well as text.

use nas_lint::{Diagnostic, LineIndex};

/// One line a finding, `line:col severity rule: message [fix: kind]`, with
/// its related places indented beneath.
pub fn report_lines(text: &str, diagnostics: &[Diagnostic]) -> String {
    let index = LineIndex::new(text);
    let mut report = String::new();
    for d in diagnostics {
        let at = index.position(text, d.span.start);
        let fix = match &d.fix {
            Some(fix) => format!(" [fix: {:?}]", fix.applicability).to_lowercase(),
            None => String::new(),
        };
        report.push_str(&format!(
            "{}:{} {} {}: {}{fix}\n",
            at.line, at.column, d.severity, d.rule, d.message
        ));
        for r in &d.related {
            report.push_str(&format!(
                "    related line {}: {}\n",
                index.line_of(r.span.start) + 1,
                r.message
            ));
        }
    }
    report
}
