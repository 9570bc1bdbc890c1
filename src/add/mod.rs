//! `nas-lint add`: a new row for a paper, written in the table's own style
//! (column order, link style, date format, venue spelling, padding), at its
//! sorted place, refused when the list already holds the paper.
//!
//! Library only: the caller gives the text, the paper's metadata and the
//! options, and writes the result. Duplicates are found the way the lint
//! finds them (the duplicate rules run on the text with the row added), so
//! that every identity nas-lint knows (arXiv ids in any form, OpenReview
//! ids, DOIs, normalised titles) counts.

mod date_cell;
mod habits;
mod paper;
pub mod style;
mod venue_cell;

pub use paper::{AddError, AddOptions, Addition, Paper};

use crate::document::{Document, Role, Table};
use crate::knowledge::Knowledge;
use crate::profile::order::{key, Direction};
use crate::{lint, LintOptions, RuleSelection};

/// Rules that say two rows name one paper (a link shared by two titles
/// counts too: the new row's link is what identifies the paper).
const DUPLICATE_RULES: [&str; 3] = [
    "duplicate-paper",
    "conflicting-duplicate",
    "shared-paper-link",
];

/// Adds `paper` to the list `text`.
pub fn add(
    text: &str,
    knowledge: &Knowledge,
    paper: &Paper,
    options: &AddOptions,
) -> Result<Addition, AddError> {
    let document = crate::document::parse(text, &knowledge.columns);
    let facts = crate::facts::understand(&document, knowledge, &options.settings);
    let profile = crate::profile::learn(&document, knowledge, &facts, &options.settings);
    let index = target_table(&document, &profile, options.section.as_deref())?;
    let table = &document.tables[index];
    for (name, _) in &options.set {
        if !table
            .columns
            .iter()
            .any(|c| c.header.trim().eq_ignore_ascii_case(name.trim()))
        {
            return Err(AddError::UnknownColumn(name.clone()));
        }
    }
    let row = style::write_row(&document, &facts, knowledge, index, paper, &options.set)?;
    let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let at = insertion_point(&document, table, &profile.tables[index], paper);
    let mut new_text = String::with_capacity(text.len() + row.len() + 2);
    let (before, after) = text.split_at(at);
    new_text.push_str(before);
    let mut start = new_text.len();
    if !before.is_empty() && !before.ends_with('\n') {
        new_text.push_str(newline);
        start = new_text.len();
    }
    new_text.push_str(&row);
    new_text.push_str(newline);
    new_text.push_str(after);
    let line = new_text[..start].matches('\n').count() + 1;
    refuse_duplicates(&new_text, knowledge, options, start..start + row.len())?;
    Ok(Addition {
        text: new_text,
        row,
        line,
    })
}

/// Whether `wanted` names a heading chain (outermost first): each of its
/// `>`-separated parts is a case-insensitive prefix of a heading, in order
/// (`Gradient > CNN` picks the CNN table under the gradient methods).
fn section_matches(wanted: &str, chain: &[String]) -> bool {
    let mut headings = chain.iter();
    wanted
        .split('>')
        .map(|part| part.trim().to_lowercase())
        .all(|part| headings.any(|heading| heading.starts_with(&part)))
}

/// The paper table to add to: the one under `section`, or the only one.
fn target_table(
    document: &Document<'_>,
    profile: &crate::profile::Profile,
    section: Option<&str>,
) -> Result<usize, AddError> {
    let paper_tables: Vec<usize> = (0..document.tables.len())
        .filter(|&t| {
            !profile.tables[t].cites_only && document.tables[t].column(Role::Title).is_some()
        })
        .collect();
    let candidates: Vec<usize> = match section {
        None => paper_tables,
        Some(wanted) => paper_tables
            .into_iter()
            .filter(|&t| {
                let mut chain: Vec<String> = document
                    .heading_chain(document.tables[t].heading)
                    .map(|h| h.text.trim().to_lowercase())
                    .collect();
                chain.reverse();
                section_matches(wanted, &chain)
            })
            .collect(),
    };
    match candidates.as_slice() {
        [] => Err(match section {
            Some(s) => AddError::NoSection(s.to_string()),
            None => AddError::NoTable,
        }),
        [one] => Ok(*one),
        many => Err(AddError::Ambiguous(
            many.iter()
                .map(|&t| {
                    let table = &document.tables[t];
                    let mut chain: Vec<&str> = document
                        .heading_chain(table.heading)
                        .map(|h| h.text.trim())
                        .collect();
                    chain.reverse();
                    let heading = if chain.is_empty() {
                        "(no heading)".to_string()
                    } else {
                        chain.join(" > ")
                    };
                    format!(
                        "  line {}: {heading}",
                        document.line_number(table.span.start)
                    )
                })
                .collect(),
        )),
    }
}

/// Byte offset where the new row's line goes: the sorted place in a table
/// sorted by date, else after the last row.
fn insertion_point(
    document: &Document<'_>,
    table: &Table<'_>,
    profile: &crate::profile::TableProfile,
    paper: &Paper,
) -> usize {
    let end_of = |row: usize| {
        let end = table.row(row).span().end;
        document.text[end..]
            .find('\n')
            .map_or(document.text.len(), |n| end + n + 1)
    };
    let start_of = |row: usize| {
        let start = table.row(row).span().start;
        document.text[..start].rfind('\n').map_or(0, |n| n + 1)
    };
    let last = table.row_count().checked_sub(1);
    let at_end = last.map_or_else(|| end_of_header(document, table), end_of);
    let (Some(order), Some(year), Some(column)) =
        (&profile.order, paper.year, table.column(Role::Year))
    else {
        return at_end;
    };
    let new = key(year, paper.month.unwrap_or(0), order.by_month);
    let misplaced: Vec<usize> = order.misplaced.iter().map(|m| m.0).collect();
    let first_after = table.rows().enumerate().find(|(i, row)| {
        if misplaced.contains(i) {
            return false;
        }
        let cell = row.cell(column).map_or("", |c| c.text());
        let Some((y, m)) = date_cell::read_date(cell) else {
            return false;
        };
        let other = key(y, m, order.by_month);
        match order.direction {
            Direction::Ascending => other > new,
            Direction::Descending => other < new,
        }
    });
    first_after.map_or(at_end, |(i, _)| start_of(i))
}

/// The end of a table's delimiter line, for a table without rows.
fn end_of_header(document: &Document<'_>, table: &Table<'_>) -> usize {
    let header_end = table.header().span().end;
    let text = document.text;
    let delimiter_end = text[header_end..]
        .find('\n')
        .map_or(text.len(), |n| header_end + n + 1);
    text[delimiter_end..]
        .find('\n')
        .map_or(text.len(), |n| delimiter_end + n + 1)
}

fn refuse_duplicates(
    text: &str,
    knowledge: &Knowledge,
    options: &AddOptions,
    row: std::ops::Range<usize>,
) -> Result<(), AddError> {
    let lint_options = LintOptions {
        selection: RuleSelection::only(&DUPLICATE_RULES).expect("known rules"),
        settings: options.settings,
        ..LintOptions::default()
    };
    let inside = |s: crate::Span| s.start >= row.start && s.start < row.end;
    for d in lint(text, knowledge, &lint_options) {
        let other = if inside(d.span) {
            d.related.iter().map(|r| r.span).find(|s| !inside(*s))
        } else if d.related.iter().any(|r| inside(r.span)) {
            Some(d.span)
        } else {
            None
        };
        if let Some(span) = other {
            let line_start = text[..span.start].rfind('\n').map_or(0, |n| n + 1);
            let line_end = text[span.start..]
                .find('\n')
                .map_or(text.len(), |n| span.start + n);
            let mut line = text[..line_start].matches('\n').count() + 1;
            if line_start > row.start {
                line -= 1;
            }
            return Err(AddError::Duplicate {
                line,
                row: text[line_start..line_end].trim_end().to_string(),
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
