//! `--format concise`: one line a finding, `path:line:col: severity[rule] message`.

use super::FileReport;

pub fn render(reports: &[FileReport<'_>]) -> String {
    let mut out = String::new();
    for report in reports {
        let index = report.line_index();
        for d in report.diagnostics {
            let at = index.position(report.text, d.span.start);
            out.push_str(&format!(
                "{}:{}:{}: {}[{}] {}\n",
                report.path, at.line, at.column, d.severity, d.rule, d.message
            ));
        }
    }
    out
}
