//! `--format github`: workflow commands that GitHub Actions shows as
//! annotations on the pull request's diff.
//!
//! GitHub shows at most ten annotations of each type per step, so findings
//! on changed lines (when the caller knows them) come first.

use super::FileReport;
use crate::diagnostic::Severity;

pub fn render(reports: &[FileReport<'_>]) -> String {
    let mut out = String::new();
    for report in reports {
        let index = report.line_index();
        for d in report.diagnostics {
            let start = index.position(report.text, d.span.start);
            let end = index.position(report.text, d.span.end);
            let command = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            // Columns only make sense on a one-line span.
            let columns = if start.line == end.line {
                format!(",col={},endColumn={}", start.column, end.column)
            } else {
                String::new()
            };
            let message = match &d.help {
                Some(help) => format!("{}\n{help}", d.message),
                None => d.message.clone(),
            };
            out.push_str(&format!(
                "::{command} file={},line={},endLine={}{columns},title={}::{}\n",
                property(report.path),
                start.line,
                end.line,
                property(d.rule),
                data(&message)
            ));
        }
    }
    out
}

/// The message part of a workflow command: `%`, CR and LF are escaped.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A property value: as data, and `:` and `,` too.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_github_expects() {
        assert_eq!(data("100% done\nnext"), "100%25 done%0Anext");
        assert_eq!(property("a,b:c"), "a%2Cb%3Ac");
    }
}
