use super::venue_typo::{corrected_cell, name_span};
use super::{Context, RowRef, Rule, RuleMeta};
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::knowledge::{NameKind, VenueKind};
use std::collections::HashMap;

mod convention;
mod prose;

use convention::{CONVENTION_PERCENT, CONVENTION_ROWS};

pub struct OutdatedVenueName;

/// A row's venue with the year the venue gives it, or, when it gives none,
/// the earliest year the edition can be. The row is kept by its place, not
/// as a [`RowRef`]: a list of 100,000 rows holds one edition per row.
struct Edition {
    at: (usize, usize),
    venue: u32,
    /// The rename, on a row that writes the former name.
    former_until: Option<Rename>,
    year: i32,
    /// `year` is a lower bound (the row's arXiv id or date), not the
    /// edition's own year.
    bound: bool,
}

/// When a venue's former name went out of date: after `last_year`, and
/// for good after `either_until` (the editions between carry either name).
#[derive(Debug, Clone, Copy)]
struct Rename {
    last_year: i32,
    either_until: i32,
}

impl Edition {
    /// Whether the edition comes after the rename, so that the former name
    /// is out of date. A row that gives its edition's year must pass the
    /// years that carry either name (NIPS 2018); a bound must pass the
    /// last year by more than a year: a paper may be posted to arXiv, or
    /// dated, a year after its meeting.
    fn after(&self, rename: Rename) -> bool {
        if self.bound {
            self.year > rename.last_year + BOUND_SLACK_YEARS
        } else {
            self.year > rename.either_until
        }
    }
}

/// How far a lower bound of the edition must pass the former name's last
/// year before the name is called outdated.
const BOUND_SLACK_YEARS: i32 = 1;

use crate::registry::lint::OUTDATED_VENUE_NAME as META;

impl Rule for OutdatedVenueName {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let editions = editions(cx);
        let mut conventional = conventional_former_names(&editions);
        conventional.extend(former_names_only(cx, &editions));
        for edition in &editions {
            let Some(rename) = edition.former_until else {
                continue;
            };
            let last_year = rename.last_year;
            if !edition.after(rename) || conventional.contains(&edition.venue) {
                continue;
            }
            let (r, year) = (&cx.row(edition.at), edition.year);
            let Some(fact) = &r.facts.venue else { continue };
            let Some(mention) = fact.value.mention() else {
                continue;
            };
            let current = &cx.knowledge.venues.venue(mention.venue).name;
            let span = name_span(r, fact.column(), mention);
            let label = if edition.bound {
                format!("{current} by {year}")
            } else {
                format!("{current} in {year}")
            };
            let edits = span.map(|span| vec![Edit::replace(span, &**current)]);
            // The edition's year is only bounded: an old paper posted late
            // keeps its name; the fix is offered, not applied by default.
            let fix = edits.map(|edits| Fix::safe_if(!edition.bound, edits));
            out.push(
                Diagnostic::new(
                    META.name,
                    META.severity,
                    r.cell_span(fact.column()),
                    format!(
                        "`{}` was renamed {current} after {last_year}",
                        mention.written(r.cell_text(fact.column()))
                    ),
                )
                .with_label(label)
                .with_help(format!(
                    "write `{}`",
                    corrected_cell(r, fact.column(), mention, current)
                ))
                .with_fix(fix),
            );
        }
        prose::prose_former_names(cx, out);
    }
}

/// Every row that names a venue the list also names by a former name, and
/// gives it a year or a lower bound of one.
fn editions(cx: &Context<'_>) -> Vec<Edition> {
    let renamed: std::collections::HashSet<u32> = cx
        .rows()
        .filter_map(|row| row.facts.venue.as_ref()?.value.mention().copied())
        .filter(|mention| matches!(mention.kind, NameKind::Former { .. }))
        .map(|mention| mention.venue)
        .collect();
    if renamed.is_empty() {
        return Vec::new();
    }
    cx.rows()
        .filter_map(|row| {
            let mention = row.facts.venue.as_ref()?.value.mention()?;
            let (venue, kind) = (mention.venue, mention.kind);
            if !renamed.contains(&venue) {
                return None;
            }
            let (year, bound) = match cx.venue_year(&row) {
                Some(v) => (v.year, false),
                None => (earliest_edition(cx, &row)?, true),
            };
            let former_until = match kind {
                NameKind::Former {
                    last_year,
                    either_years,
                } => Some(Rename {
                    last_year: i32::from(last_year),
                    either_until: i32::from(last_year) + i32::from(either_years),
                }),
                _ => None,
            };
            Some(Edition {
                at: (row.table_index, row.row_index),
                venue,
                former_until,
                year,
                bound,
            })
        })
        .collect()
}

/// The earliest year a row's edition can be when its venue cell names no
/// year: a paper is not published before its arXiv preprint's year, nor
/// before the year its date cell gives (the Date column of a list that
/// dates its papers by their preprints), nor before the year of the
/// section it is filed under (`## 2019`). A journal is not bounded: its
/// papers are often put on arXiv years after they appear.
fn earliest_edition(cx: &Context<'_>, row: &RowRef<'_>) -> Option<i32> {
    let mention = row.facts.venue.as_ref()?.value.mention()?;
    if cx.knowledge.venues.venue(mention.venue).kind == VenueKind::Journal {
        return None;
    }
    let arxiv = row.facts.arxiv.map(|a| a.year());
    arxiv.max(row.facts.cell_year()).max(section_year(cx, row))
}

/// The year of the nearest heading above the row's table that is a bare
/// year (`## 2019`, under `# Papers`): the list files its papers by year.
fn section_year(cx: &Context<'_>, row: &RowRef<'_>) -> Option<i32> {
    let mut at = row.table.heading;
    while let Some(index) = at {
        let heading = &cx.document.headings[index];
        let text = heading.text.trim();
        if text.len() == 4 && (text.starts_with("19") || text.starts_with("20")) {
            if let Ok(year) = text.parse() {
                return Some(year);
            }
        }
        at = heading.parent;
    }
    None
}

/// Venues the list never names by their current name and names by the
/// former one in [`CONVENTION_ROWS`] rows or more that are later editions
/// or not dated at all (its years in headings nas-lint cannot read): a
/// list that writes `NIPS` throughout has chosen it. Rows dated before the
/// rename are no evidence: NIPS was right then.
fn former_names_only(cx: &Context<'_>, editions: &[Edition]) -> Vec<u32> {
    let mut former_rows: HashMap<u32, usize> = HashMap::new();
    let mut current_named = std::collections::HashSet::new();
    for row in cx.rows() {
        let Some(mention) = row.facts.venue.as_ref().and_then(|f| f.value.mention()) else {
            continue;
        };
        match mention.kind {
            NameKind::Former { .. } => {
                let dated_before = editions.iter().any(|e| {
                    e.at == (row.table_index, row.row_index)
                        && e.former_until.is_some_and(|rename| !e.after(rename))
                });
                if !dated_before {
                    *former_rows.entry(mention.venue).or_default() += 1;
                }
            }
            NameKind::Misspelling => {}
            _ => {
                current_named.insert(mention.venue);
            }
        }
    }
    // A list whose own glossary spells out the former name (`- **Annual
    // Conference on Neural Information Processing Systems (NIPS)**`), and
    // never the current one, has chosen it, however few rows use it.
    let spelled_out = |venue: u32| {
        let glossary = &cx.profile.glossary;
        cx.rows().any(|row| {
            row.facts.venue.as_ref().is_some_and(|f| {
                f.value.mention().is_some_and(|m| {
                    m.venue == venue
                        && matches!(m.kind, NameKind::Former { .. })
                        && glossary.defines(m.written(row.cell_text(f.column())))
                })
            })
        }) && !glossary.defines(&cx.knowledge.venues.venue(venue).name)
    };
    former_rows
        .into_iter()
        .filter(|&(venue, rows)| {
            (rows >= CONVENTION_ROWS || spelled_out(venue)) && !current_named.contains(&venue)
        })
        .map(|(venue, _)| venue)
        .collect()
}

/// Venues whose former name the list writes on purpose for later editions:
/// in [`CONVENTION_ROWS`] rows or more, and in [`CONVENTION_PERCENT`] of the
/// rows naming an edition after the rename.
fn conventional_former_names(editions: &[Edition]) -> Vec<u32> {
    let mut renamed_after: HashMap<u32, Rename> = HashMap::new();
    for e in editions {
        if let Some(rename) = e.former_until {
            renamed_after.insert(e.venue, rename);
        }
    }
    let mut counts: HashMap<u32, (usize, usize)> = HashMap::new();
    for e in editions {
        let Some(&rename) = renamed_after.get(&e.venue) else {
            continue;
        };
        if !e.after(rename) {
            continue;
        }
        let (former, all) = counts.entry(e.venue).or_default();
        *former += usize::from(e.former_until.is_some());
        *all += 1;
    }
    counts
        .into_iter()
        .filter(|&(_, (former, all))| {
            former >= CONVENTION_ROWS && former * 100 >= all * CONVENTION_PERCENT
        })
        .map(|(venue, _)| venue)
        .collect()
}

#[cfg(test)]
mod tests;
