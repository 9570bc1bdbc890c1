//! The default, human output: one miette report per finding, showing a
//! trimmed window of the offending line with the cell underlined.

use super::{FileReport, Summary};
use crate::diagnostic::{Diagnostic as Finding, Severity};
use crate::span::{LineIndex, Span};
use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError, MietteSpanContents,
    SourceCode, SourceSpan, SpanContents,
};
use std::fmt;

/// How many characters of context to keep on each side of a label in a
/// long line; table rows of 300 characters would otherwise wrap into noise.
const CONTEXT_CHARS: usize = 50;
const ELLIPSIS: &str = "…";

#[derive(Debug, Clone, Copy)]
pub struct HumanOptions {
    pub color: bool,
    /// Terminal width for wrapping messages.
    pub width: usize,
}

pub fn render(reports: &[FileReport<'_>], options: HumanOptions) -> String {
    let mut out = render_findings(reports, options);
    out.push_str(&summary_line(&Summary::of(reports)));
    out
}

/// The closing line after `--fix`: what was fixed, what remains.
pub fn fix_summary_line(fixed: usize, remaining: &Summary) -> String {
    let left = remaining.errors + remaining.warnings + remaining.infos;
    let files = format!(
        "{} file{}",
        remaining.files,
        if remaining.files == 1 { "" } else { "s" }
    );
    format!(
        "Fixed {fixed} finding{}; {left} remain{} ({} error{}, {} warning{}, {} info{}) in {files}.\n",
        plural(fixed),
        if left == 1 { "s" } else { "" },
        remaining.errors,
        plural(remaining.errors),
        remaining.warnings,
        plural(remaining.warnings),
        remaining.infos,
        plural(remaining.infos),
    )
}

/// The reports of every finding, without the closing line.
pub fn render_findings(reports: &[FileReport<'_>], options: HumanOptions) -> String {
    let theme = if options.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(options.width)
        .with_context_lines(0)
        .with_links(false);
    let mut out = String::new();
    for report in reports {
        let index = report.line_index();
        for finding in report.diagnostics {
            let shown = Shown::new(report, &index, finding);
            // Writing into a String cannot fail.
            let _ = handler.render_report(&mut out, &shown);
        }
    }
    out
}

pub fn summary_line(summary: &Summary) -> String {
    let files = format!(
        "{} file{}",
        summary.files,
        if summary.files == 1 { "" } else { "s" }
    );
    if summary.errors + summary.warnings + summary.infos == 0 {
        // A file that could not be read is named on stderr; "passed" would
        // say the opposite.
        if summary.files == 0 {
            return "No file was checked.\n".to_string();
        }
        return format!("All checks passed ({files}).\n");
    }
    let mut line = format!(
        "Found {} error{}, {} warning{}, {} info{} in {files}",
        summary.errors,
        plural(summary.errors),
        summary.warnings,
        plural(summary.warnings),
        summary.infos,
        plural(summary.infos),
    );
    if summary.fixable > 0 {
        line.push_str(&format!(" ({} fixable with --fix)", summary.fixable));
    }
    line.push_str(".\n");
    line
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// A finding as miette sees it: the rule as code, the window as source.
struct Shown {
    message: String,
    rule: &'static str,
    severity: miette::Severity,
    help: Option<String>,
    window: Window,
    label: LabeledSpan,
    related: Vec<Shown>,
}

impl Shown {
    fn new(report: &FileReport<'_>, index: &LineIndex, finding: &Finding) -> Self {
        let window = Window::around(report, index, finding.span);
        let label = window.label(finding.span, &finding.label, true);
        let related = finding
            .related
            .iter()
            .map(|r| {
                let window = Window::around(report, index, r.span);
                let label = window.label(r.span, &r.message, true);
                Shown {
                    message: format!("related: {}", r.message),
                    rule: finding.rule,
                    severity: miette::Severity::Advice,
                    help: None,
                    window,
                    label,
                    related: Vec::new(),
                }
            })
            .collect();
        Shown {
            message: finding.message.clone(),
            rule: finding.rule,
            severity: match finding.severity {
                Severity::Error => miette::Severity::Error,
                Severity::Warning => miette::Severity::Warning,
                Severity::Info => miette::Severity::Advice,
            },
            help: finding.help.clone(),
            window,
            label,
            related,
        }
    }
}

impl fmt::Debug for Shown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for Shown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Shown {}

impl miette::Diagnostic for Shown {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        (self.severity != miette::Severity::Advice)
            .then(|| Box::new(self.rule) as Box<dyn fmt::Display>)
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.window)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(std::iter::once(self.label.clone())))
    }

    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn miette::Diagnostic> + 'a>> {
        if self.related.is_empty() {
            return None;
        }
        Some(Box::new(
            self.related.iter().map(|r| r as &dyn miette::Diagnostic),
        ))
    }
}

/// One source line, cut down to the part around a span, that reports its
/// real line and column numbers to miette.
struct Window {
    name: String,
    text: String,
    /// 0-based line number in the file.
    line: usize,
    /// Where the window starts in the file, in bytes and in characters of its line.
    file_start: usize,
    start_column: usize,
    /// Bytes added in front of the window (an ellipsis).
    prefix_len: usize,
    /// Labels end here at the latest (file offset), so a long span is
    /// underlined by its start only.
    label_end: usize,
}

impl Window {
    fn around(report: &FileReport<'_>, index: &LineIndex, span: Span) -> Window {
        let text = report.text;
        let line = index.line_of(span.start.min(text.len()));
        let line_span = index.line_span(text, line);
        let focus_start = span.start.clamp(line_span.start, line_span.end);
        let focus = Span::new(focus_start, span.end.clamp(focus_start, line_span.end));
        // A long span (a whole title) is shown by its start only.
        let focus = Span::new(
            focus.start,
            focus
                .end
                .min(forward_chars(text, focus.start, 2 * CONTEXT_CHARS)),
        );
        let start = back_chars(text, focus.start, CONTEXT_CHARS).max(line_span.start);
        let end = forward_chars(text, focus.end, CONTEXT_CHARS).min(line_span.end);
        let prefix = if start > line_span.start {
            ELLIPSIS
        } else {
            ""
        };
        let suffix = if end < line_span.end { ELLIPSIS } else { "" };
        Window {
            name: report.path.to_string(),
            text: format!("{prefix}{}{suffix}", &text[start..end]),
            line,
            file_start: start,
            start_column: text[line_span.start..start].chars().count(),
            prefix_len: prefix.len(),
            label_end: focus.end,
        }
    }

    /// A label for a file span, moved into window coordinates.
    fn label(&self, span: Span, text: &str, primary: bool) -> LabeledSpan {
        let body = self.prefix_len..self.text.len();
        let to_window = |offset: usize| {
            (offset.saturating_sub(self.file_start) + self.prefix_len).clamp(body.start, body.end)
        };
        let start = to_window(span.start);
        let end = to_window(span.end.min(self.label_end)).max(start);
        let label = (!text.is_empty()).then(|| text.to_string());
        let span = SourceSpan::new(start.into(), end - start);
        if primary {
            LabeledSpan::new_primary_with_span(label, span)
        } else {
            LabeledSpan::new_with_span(label, span)
        }
    }
}

impl SourceCode for Window {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        _context_lines_before: usize,
        _context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let offset = span.offset().min(self.text.len());
        let column = self.start_column
            + self
                .text
                .get(self.prefix_len..offset.max(self.prefix_len))
                .map_or(0, |s| s.chars().count());
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            self.text.as_bytes(),
            SourceSpan::new(0.into(), self.text.len()),
            self.line,
            column,
            1,
        )))
    }
}

fn back_chars(text: &str, from: usize, n: usize) -> usize {
    text[..from]
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i)
}

fn forward_chars(text: &str, from: usize, n: usize) -> usize {
    text[from..]
        .char_indices()
        .nth(n)
        .map_or(text.len(), |(i, _)| from + i)
}
