//! A row cut off from its table by a blank line: GitHub ends the table at
//! the blank line and shows the row after it as a line of text, pipes and
//! all, so the paper drops out of the table.

use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::document::{is_delimiter_row, split_row, Table};
use crate::span::Span;

use crate::registry::lint::TABLE_SHAPE as META;

/// The row after the blank line that follows `table`, if it is one of the
/// table's rows cut off: one blank line, then a line of the table's cells
/// holding a link, and no delimiter row under it (which would make it the
/// header of a table of its own).
pub(super) fn stranded_row(text: &str, table: &Table<'_>) -> Option<Diagnostic> {
    let after = table.span.end.min(text.len());
    // After the line break ending the table's last line, whether or not
    // the table's span holds that break.
    let blank_start = line_end(text, after.saturating_sub(1));
    let (blank, next_start) = next_line(text, blank_start)?;
    if !blank.trim().is_empty() {
        return None;
    }
    let (line, line_end_at) = next_line(text, next_start)?;
    if indent_width(line) > 3 || !line.trim_start().starts_with('|') || !line.contains("](") {
        return None;
    }
    let span = Span::new(next_start, next_start + line.trim_end_matches('\r').len());
    let (cells, _) = split_row(text, span);
    if cells.len() != table.columns.len() {
        return None;
    }
    if next_line(text, line_end_at).is_some_and(|(under, _)| is_delimiter_row(under)) {
        return None;
    }
    let blank_span = Span::new(blank_start, next_start);
    let fix = rejoins_cleanly(&text[next_start..])
        .then(|| Fix::unsafe_(vec![Edit::replace(blank_span, "")]));
    let help = if fix.is_some() {
        "delete the blank line above the row"
    } else {
        "delete the blank line above the row, and end the rows below it with a blank line"
    };
    Some(
        Diagnostic::new(
            META.name,
            META.severity,
            span,
            "a blank line cuts this row off from the table above: GitHub shows it as text",
        )
        .with_label("not in the table")
        .with_help(help)
        .with_fix(fix),
    )
}

/// Whether deleting the blank line joins the pipe lines at the start of
/// `below` to the table and nothing else: no delimiter row among them (a
/// table of its own starts there), and after them the end of the text, a
/// blank line or a block that ends a table (a heading, a list, a quote, a
/// fence, a rule, a comment). A paragraph line right below would become a
/// row too.
fn rejoins_cleanly(below: &str) -> bool {
    let rows: Vec<&str> = below
        .lines()
        .take_while(|line| line.trim_start().starts_with('|'))
        .collect();
    if rows.iter().any(|line| is_delimiter_row(line)) {
        return false;
    }
    let after = below
        .lines()
        .nth(rows.len())
        .map_or("", |line| line.trim_start());
    const BLOCK_STARTS: [&str; 10] = [
        "#", ">", "```", "~~~", "<!--", "---", "***", "- ", "* ", "+ ",
    ];
    after.trim().is_empty() || BLOCK_STARTS.iter().any(|start| after.starts_with(start))
}

/// Where the line holding byte `at` ends, after its line break.
fn line_end(text: &str, at: usize) -> usize {
    // Bytes: `at` may fall inside a character, and a line break is one byte.
    text.as_bytes()[at.min(text.len())..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(text.len(), |n| at + n + 1)
}

/// The line starting at `start` (without its `\n`) and where the next one
/// starts; none at the end of the text.
fn next_line(text: &str, start: usize) -> Option<(&str, usize)> {
    if start >= text.len() {
        return None;
    }
    let end = text[start..].find('\n').map_or(text.len(), |n| start + n);
    Some((&text[start..end], (end + 1).min(text.len())))
}

/// The columns a line's leading spaces and tabs take (a tab to the next
/// multiple of four): four or more make an indented code block.
fn indent_width(line: &str) -> usize {
    line.chars()
        .take_while(|c| matches!(c, ' ' | '\t'))
        .fold(0, |width, c| {
            if c == '\t' {
                width / 4 * 4 + 4
            } else {
                width + 1
            }
        })
}
