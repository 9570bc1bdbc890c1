//! Tables that name their papers by a linked first column (`Method | Pub |
//! Date`, `[ReCo](https://arxiv.org/pdf/2506.22636)`) or by a `Publication`
//! column beside a venue column: whether they list papers is decided once
//! the whole table is read.

use super::candidate::TitleCandidate;
use super::{Document, FragmentLink, OverflowRow, RepeatedRow, Role, Table};
use crate::knowledge::ids::paper_ids;
use crate::knowledge::ColumnRoles;
use std::collections::HashSet;

/// Fewer rows than this say too little to call the first column titles.
const MIN_ROWS: usize = 3;

impl Document<'_> {
    /// Keeps each pending table whose first column links a paper in most
    /// rows, with that column as its title column; drops the others, whose
    /// prose links and surplus cells then count as the document's.
    pub(super) fn settle_pending_titles(&mut self, pending: PendingParts) {
        if !self.tables.iter().any(|t| t.pending_title.is_some()) {
            return;
        }
        let mut dropped = Vec::new();
        self.tables.retain_mut(|table| {
            let Some(candidate) = table.pending_title.take() else {
                return true;
            };
            let column = match candidate {
                TitleCandidate::LinkedNames(c) => names_papers_by_link(table, c).then_some(c),
                TitleCandidate::DescribedTitles(c) => names_papers_by_link(table, c).then_some(c),
                TitleCandidate::VenueOrTitle(c) | TitleCandidate::CompoundTitle(c) => {
                    reads_as_titles(table, c).then_some(c)
                }
            };
            if let Some(column) = column {
                table.columns[column].role = Some(Role::Title);
                true
            } else {
                dropped.push(table.span);
                false
            }
        });
        let in_dropped = |start: usize| dropped.iter().any(|s| s.start <= start && start < s.end);
        keep_sorted(
            &mut self.prose_links,
            pending.prose_links,
            |l| l.span.start,
            in_dropped,
        );
        keep_sorted(
            &mut self.overflow_rows,
            pending.overflow_rows,
            |r| r.span.start,
            in_dropped,
        );
        keep_sorted(
            &mut self.repeated_rows,
            pending.repeated_rows,
            |r| r.span.start,
            in_dropped,
        );
    }
}

/// What a table whose title column is not decided yet holds that counts as
/// the document's when the table turns out not to list papers: its prose
/// links, its rows' surplus cells, its rows that repeat the row above.
#[derive(Default)]
pub(super) struct PendingParts {
    pub(super) prose_links: Vec<FragmentLink>,
    pub(super) overflow_rows: Vec<OverflowRow>,
    pub(super) repeated_rows: Vec<RepeatedRow>,
}

impl PendingParts {
    pub(super) fn append(&mut self, other: PendingParts) {
        self.prose_links.extend(other.prose_links);
        self.overflow_rows.extend(other.overflow_rows);
        self.repeated_rows.extend(other.repeated_rows);
    }
}

/// Adds the `pending` items that `keep` accepts to `items`, kept in order
/// of their start.
fn keep_sorted<T>(
    items: &mut Vec<T>,
    pending: Vec<T>,
    start: impl Fn(&T) -> usize,
    keep: impl Fn(usize) -> bool,
) {
    let before = items.len();
    items.extend(pending.into_iter().filter(|item| keep(start(item))));
    if items.len() > before {
        items.sort_by_key(|item| start(item));
    }
}

/// Whether most rows' cell in `column` links a paper (arXiv, OpenReview, a
/// DOI, a publisher's paper page).
fn names_papers_by_link(table: &Table<'_>, column: usize) -> bool {
    let rows = table.row_count();
    let linked = table
        .rows()
        .filter(|row| {
            row.links()
                .any(|l| l.cell == column && !paper_ids(l.url).is_empty())
        })
        .count();
    rows >= MIN_ROWS && linked * 2 > rows
}

/// The column that may hold the titles of a table without a title column:
/// `Method | Pub | Date`, whose first column may name the papers by their
/// links, or a `Publication` header without a role beside a column with
/// the venue role (see `venue_or_title_headers` in rules/columns.toml).
pub(super) fn title_candidate(
    names: &[String],
    roles: &[Option<Role>],
    columns: &ColumnRoles,
) -> Option<TitleCandidate> {
    if let Some(title) = roles.iter().position(|r| *r == Some(Role::Title)) {
        let described_only = names.len() >= 2
            && names.iter().zip(roles).all(|(name, role)| {
                *role == Some(Role::Title)
                    || (role.is_none()
                        && (ColumnRoles::header_is(&columns.description_headers, name)
                            || ColumnRoles::header_is(&columns.numbering_headers, name)))
            });
        let leads_unknown_columns = names.len() >= 2
            && roles
                .iter()
                .all(|role| role.is_none() || *role == Some(Role::Title))
            && first_unnumbered(names, columns) == Some(title);
        return (described_only || leads_unknown_columns)
            .then_some(TitleCandidate::DescribedTitles(title));
    }
    if let Some(column) = columns.compound_title_header(names, roles) {
        return Some(TitleCandidate::CompoundTitle(column));
    }
    if let Some(column) = linked_name_column(names, roles, columns) {
        return Some(TitleCandidate::LinkedNames(column));
    }
    if !roles.contains(&Some(Role::Venue)) {
        return None;
    }
    names
        .iter()
        .zip(roles)
        .position(|(name, role)| {
            role.is_none() && ColumnRoles::header_is(&columns.venue_or_title_headers, name)
        })
        .map(TitleCandidate::VenueOrTitle)
}

/// The first column that does not number the rows.
fn first_unnumbered(names: &[String], columns: &ColumnRoles) -> Option<usize> {
    names
        .iter()
        .position(|name| !ColumnRoles::header_is(&columns.numbering_headers, name))
}

/// The first column after any leading date or numbering columns, when a
/// method-like header heads it and another column gives a venue or a date:
/// such a column may name the papers by its links.
fn linked_name_column(
    names: &[String],
    roles: &[Option<Role>],
    columns: &ColumnRoles,
) -> Option<usize> {
    let column = names.iter().zip(roles).position(|(name, role)| {
        *role != Some(Role::Year) && !ColumnRoles::header_is(&columns.numbering_headers, name)
    })?;
    // `Method` also heads strategy columns: its cells' links decide.
    let names_by_link = matches!(roles[column], None | Some(Role::Strategy))
        && ColumnRoles::header_is(&columns.linked_name_headers, &names[column]);
    let dated = roles
        .iter()
        .enumerate()
        .any(|(c, r)| c != column && matches!(r, Some(Role::Venue | Role::Year)));
    (names_by_link && dated).then_some(column)
}

/// Whether most of a column's filled cells read as titles, not venues:
/// three words or more, and few repeated (a venue recurs, a title does not).
fn reads_as_titles(table: &Table<'_>, column: usize) -> bool {
    let cells: Vec<&str> = table
        .rows()
        .filter_map(|row| row.cell(column).map(|c| c.text().trim()))
        .filter(|text| !text.is_empty())
        .collect();
    let long = cells
        .iter()
        .filter(|text| text.split_whitespace().count() >= 3)
        .count();
    let distinct: HashSet<String> = cells.iter().map(|t| t.to_lowercase()).collect();
    cells.len() >= MIN_ROWS && long * 2 > cells.len() && distinct.len() * 10 >= cells.len() * 9
}

#[cfg(test)]
mod tests;
