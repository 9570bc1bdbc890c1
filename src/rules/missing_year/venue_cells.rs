//! A list whose tables have no year column and whose venue cells give each
//! paper's year (`| Paper | Published in | Code |`, `ICML 2024` in nearly
//! every row): a venue cell without a year there leaves the paper undated.

use crate::diagnostic::Diagnostic;
use crate::knowledge::VenueCell;
use crate::registry::lint::MISSING_YEAR as META;
use crate::rules::{Context, RowRef};
use std::collections::HashMap;

/// Paper rows the list's tables need before their habit counts.
const HABIT_ROWS: usize = 10;
/// Share (per cent) of those rows whose venue cell gives a year: a list
/// that leaves it out more often has a way of its own (`arXiv` for
/// preprints, a bot's `arXiv ... query` rows).
const HABIT_PERCENT: usize = 90;

pub(super) fn venue_cells_without_year(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    // The list's habit, over its tables without a year column: one
    // list writes its papers one way across its sections' tables.
    let mut rows: Vec<RowRef<'_>> = Vec::new();
    for table_index in 0..cx.document.tables.len() {
        let table: Vec<RowRef<'_>> = cx
            .table_rows(table_index)
            .filter(|r| cx.is_paper(r) && r.facts.venue.is_some())
            .collect();
        if !table.iter().any(|r| r.facts.year.is_some()) {
            rows.extend(table);
        }
    }
    let dated = |r: &RowRef<'_>| {
        r.facts
            .venue
            .as_ref()
            .is_some_and(|f| f.value.year().is_some())
    };
    let with_year = rows.iter().filter(|r| dated(r)).count();
    if rows.len() < HABIT_ROWS || with_year * 100 < rows.len() * HABIT_PERCENT {
        return;
    }
    let mut undated: HashMap<String, usize> = HashMap::new();
    for r in rows.iter().filter(|r| !dated(r)) {
        if let Some(fact) = r.facts.venue.as_ref() {
            *undated
                .entry(r.cell_text(fact.column()).trim().to_lowercase())
                .or_default() += 1;
        }
    }
    for r in rows.iter().filter(|r| !dated(r)) {
        if names_a_venue_without_year(cx, r, &undated) {
            if let Some(d) = finding(r, with_year, rows.len()) {
                out.push(d);
            }
        }
    }
}

/// Whether the row's venue cell names a conference or journal and nothing
/// that could be its year: not a placeholder or an empty cell (a paper
/// not yet published), not a preprint server or a release channel, not
/// digits a year may hide in (`Arxiv/2307`, `ICCV‘21`), and not a name
/// the list writes in several rows without a year (`ACL` four times: its
/// way with that venue; `MORE`: its own vocabulary, not a venue).
fn names_a_venue_without_year(
    cx: &Context<'_>,
    r: &RowRef<'_>,
    undated: &HashMap<String, usize>,
) -> bool {
    let Some(fact) = r.facts.venue.as_ref() else {
        return false;
    };
    // A row pointing at another list (`[https://github.com/...]`, `MORE`
    // in every other cell) names no paper by a title.
    let titled =
        crate::facts::row_title(r.table, r.row).is_some_and(|t| t.split_whitespace().count() >= 3);
    if !titled {
        return false;
    }
    let text = r.cell_text(fact.column()).trim();
    let digits = text
        .as_bytes()
        .windows(2)
        .any(|w| w[0].is_ascii_digit() && w[1].is_ascii_digit());
    if digits || text.contains('<') {
        return false;
    }
    let venue = match &fact.value {
        VenueCell::Known(mention) => cx.knowledge.venues.venue(mention.venue).kind.is_reviewed(),
        // A name in another script (`学生毕业论文`, a student's thesis)
        // says what the work is, not where it appeared.
        VenueCell::Unknown { .. } => text.chars().any(|c| c.is_ascii_alphabetic()),
        _ => false,
    };
    let lower = text.to_lowercase();
    venue && undated.get(&lower) == Some(&1)
}

fn finding(r: &RowRef<'_>, with_year: usize, papers: usize) -> Option<Diagnostic> {
    let fact = r.facts.venue.as_ref()?;
    let column = fact.column();
    let header = &r.table.columns[column].header;
    let written = r.cell_text(column).trim();
    let message = format!("the {header} cell `{written}` gives no year");
    let help = match r.facts.arxiv.as_ref() {
        Some(id) => format!(
            "write the year with the venue, as {with_year} of the list's {papers} papers in such tables do (the arXiv id dates the preprint {})",
            id.year()
        ),
        None => format!(
            "write the year with the venue, as {with_year} of the list's {papers} papers in such tables do"
        ),
    };
    Some(
        Diagnostic::new(META.name, META.severity, r.cell_span(column), message)
            .with_label(format!("{header} without a year"))
            .with_help(help),
    )
}
