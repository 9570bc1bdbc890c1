//! Understanding cells: what each row of each paper table says (venue,
//! strategy, year, paper ids, title), read once and shared by every rule.
//!
//! Swapped cells are detected here, so that the rules read a row the way its
//! author meant it: in a row whose venue stands in the Strategy column, the
//! venue is that cell's venue.

use crate::document::{Document, Role, Row, Table};
use crate::knowledge::ids::{arxiv_link, paper_ids, ArxivId, ArxivLink, PaperId};
use crate::knowledge::{parse_year_cell, Knowledge, StrategyCell, VenueCell, YearCell};
use crate::Settings;

/// Years before this are not plausible publication years.
pub const EARLIEST_YEAR: i32 = 1900;
/// Share of a column's filled cells that must be recognised before the
/// column counts as a venue (or strategy) column.
const COLUMN_PROFILE_SHARE: f64 = 0.5;
/// Below this many filled cells a table borrows the document's profile.
const COLUMN_PROFILE_MIN_CELLS: usize = 5;

#[derive(Debug)]
pub struct Facts {
    pub tables: Vec<TableFacts>,
    /// Share of rows that have both a venue year and a year cell whose two
    /// years agree, and how many such rows there are.
    pub venue_year_agreement: (f64, usize),
}

#[derive(Debug)]
pub struct TableFacts {
    pub rows: Vec<RowFacts>,
    /// Whether most filled cells of the venue column are venues.
    pub venue_column_holds_venues: bool,
    /// Whether most filled cells of the strategy column are strategies.
    pub strategy_column_holds_strategies: bool,
}

/// A value read from one cell, and the column it was read from.
#[derive(Debug, Clone)]
pub struct CellFact<T> {
    pub column: usize,
    pub value: T,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Swap {
    /// The column whose cell holds the other column's content, and that other column.
    pub columns: (usize, usize),
    pub roles: (Role, Role),
}

#[derive(Debug, Clone)]
pub struct Title {
    pub text: String,
    /// Lower-case words, punctuation dropped: equal keys mean equal titles.
    pub key: String,
}

#[derive(Debug, Clone)]
pub struct RowFacts {
    pub venue: Option<CellFact<VenueCell>>,
    pub strategy: Option<CellFact<StrategyCell>>,
    /// `None` when the table has no year column; `Empty` when the cell is missing.
    pub year: Option<CellFact<YearCell>>,
    pub swap: Option<Swap>,
    pub title: Option<Title>,
    pub paper_ids: Vec<PaperId>,
    pub arxiv: Option<ArxivId>,
}

impl RowFacts {
    pub fn venue_year(&self) -> Option<i32> {
        self.venue.as_ref()?.value.mention()?.year
    }

    pub fn cell_year(&self) -> Option<i32> {
        match self.year.as_ref()?.value {
            YearCell::Year { year, .. } => Some(year),
            _ => None,
        }
    }
}

pub fn understand(document: &Document<'_>, knowledge: &Knowledge, settings: &Settings) -> Facts {
    let mut tables: Vec<TableFacts> = document
        .tables
        .iter()
        .map(|table| {
            let rows = table
                .rows
                .iter()
                .map(|row| read_row(table, row, knowledge, settings))
                .collect();
            TableFacts {
                rows,
                venue_column_holds_venues: false,
                strategy_column_holds_strategies: false,
            }
        })
        .collect();
    profile_columns(&mut tables);
    let venue_year_agreement = venue_year_agreement(&tables);
    Facts {
        tables,
        venue_year_agreement,
    }
}

fn read_row(
    table: &Table<'_>,
    row: &Row<'_>,
    knowledge: &Knowledge,
    settings: &Settings,
) -> RowFacts {
    let text_of = |column: Option<usize>| row.cell(column).map(|c| c.text()).unwrap_or("");
    let venue_column = table.column(Role::Venue);
    let strategy_column = table.column(Role::Strategy);
    let year_column = table.column(Role::Year);

    let mut venue = venue_column.map(|column| CellFact {
        column,
        value: knowledge.parse_venue(text_of(Some(column))),
    });
    let mut strategy = strategy_column.map(|column| CellFact {
        column,
        value: knowledge.parse_strategy(text_of(Some(column))),
    });
    let read_year = |text: &str| {
        parse_year_cell(
            text,
            knowledge.is_placeholder(text),
            EARLIEST_YEAR,
            settings.current_year + 1,
        )
    };
    let mut year = year_column.map(|column| CellFact {
        column,
        value: read_year(text_of(Some(column))),
    });

    let mut swap = None;
    if let (Some(v), Some(s)) = (venue.clone(), strategy.clone()) {
        let strategy_cell_venue = knowledge.parse_venue(text_of(Some(s.column)));
        let venue_cell_free = matches!(v.value, VenueCell::Placeholder)
            || matches!(
                knowledge.parse_strategy(text_of(Some(v.column))),
                StrategyCell::Known(_) | StrategyCell::Typo { .. }
            );
        if matches!(s.value, StrategyCell::Unknown)
            && strategy_cell_venue.mention().is_some()
            && venue_cell_free
        {
            let strategy_value = knowledge.parse_strategy(text_of(Some(v.column)));
            swap = Some(Swap {
                columns: (v.column, s.column),
                roles: (Role::Venue, Role::Strategy),
            });
            venue = Some(CellFact {
                column: s.column,
                value: strategy_cell_venue,
            });
            strategy = Some(CellFact {
                column: v.column,
                value: strategy_value,
            });
        }
    }
    if swap.is_none() {
        if let (Some(v), Some(y)) = (venue.clone(), year.clone()) {
            let year_cell_venue = knowledge.parse_venue(text_of(Some(y.column)));
            let venue_cell_free =
                matches!(v.value, VenueCell::Placeholder | VenueCell::YearOnly(_));
            if matches!(y.value, YearCell::Invalid)
                && year_cell_venue.mention().is_some()
                && venue_cell_free
            {
                swap = Some(Swap {
                    columns: (v.column, y.column),
                    roles: (Role::Venue, Role::Year),
                });
                year = Some(CellFact {
                    column: v.column,
                    value: read_year(text_of(Some(v.column))),
                });
                venue = Some(CellFact {
                    column: y.column,
                    value: year_cell_venue,
                });
            }
        }
    }

    let (paper_ids, arxiv) = read_paper_links(table, row);
    let title = row.cell(table.column(Role::Title)).and_then(|cell| {
        let text = cell.text();
        let key = title_key(text);
        (!key.is_empty()).then(|| Title {
            text: text.to_string(),
            key,
        })
    });
    RowFacts {
        venue,
        strategy,
        year,
        swap,
        title,
        paper_ids,
        arxiv,
    }
}

/// Ids from the links of the title cell and of paper-link columns; code
/// links never identify a paper (two papers may share one repository).
fn read_paper_links(table: &Table<'_>, row: &Row<'_>) -> (Vec<PaperId>, Option<ArxivId>) {
    let mut ids = Vec::new();
    let mut arxiv = None;
    for (column, cell) in row.cells.iter().enumerate() {
        let role = table.columns.get(column).and_then(|c| c.role);
        if !matches!(role, Some(Role::Title | Role::Paper)) {
            continue;
        }
        for link in &cell.links {
            for id in paper_ids(&link.url) {
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
            if arxiv.is_none() {
                if let Some(ArxivLink::Valid(id)) = arxiv_link(&link.url) {
                    arxiv = Some(id);
                }
            }
        }
    }
    (ids, arxiv)
}

/// Lower-case words with punctuation dropped; "β-DARTS++" and "β-DARTS" stay apart.
pub fn title_key(title: &str) -> String {
    let mut key = String::with_capacity(title.len());
    for c in title.chars() {
        if c.is_alphanumeric() {
            key.extend(c.to_lowercase());
        } else if c == '+' {
            key.push('+');
        } else if !key.ends_with(' ') && !key.is_empty() {
            key.push(' ');
        }
    }
    key.truncate(key.trim_end().len());
    key
}

fn profile_columns(tables: &mut [TableFacts]) {
    let venue_counts: Vec<(usize, usize)> = tables.iter().map(|t| venue_profile(&t.rows)).collect();
    let strategy_counts: Vec<(usize, usize)> =
        tables.iter().map(|t| strategy_profile(&t.rows)).collect();
    let holds = |counts: &[(usize, usize)], own: (usize, usize)| {
        let (known, filled) = if own.1 >= COLUMN_PROFILE_MIN_CELLS {
            own
        } else {
            counts.iter().fold((0, 0), |a, c| (a.0 + c.0, a.1 + c.1))
        };
        filled > 0 && known as f64 >= COLUMN_PROFILE_SHARE * filled as f64
    };
    for (i, table) in tables.iter_mut().enumerate() {
        table.venue_column_holds_venues = holds(&venue_counts, venue_counts[i]);
        table.strategy_column_holds_strategies = holds(&strategy_counts, strategy_counts[i]);
    }
}

fn venue_profile(rows: &[RowFacts]) -> (usize, usize) {
    rows.iter()
        .filter_map(|r| r.venue.as_ref())
        .filter(|v| !matches!(v.value, VenueCell::Placeholder))
        .fold((0, 0), |(known, filled), v| {
            let recognised = !matches!(v.value, VenueCell::Unknown { .. });
            (known + usize::from(recognised), filled + 1)
        })
}

fn strategy_profile(rows: &[RowFacts]) -> (usize, usize) {
    rows.iter()
        .filter_map(|r| r.strategy.as_ref())
        .filter(|s| !matches!(s.value, StrategyCell::Placeholder))
        .fold((0, 0), |(known, filled), s| {
            let recognised = !matches!(s.value, StrategyCell::Unknown);
            (known + usize::from(recognised), filled + 1)
        })
}

fn venue_year_agreement(tables: &[TableFacts]) -> (f64, usize) {
    let (agree, both) = tables
        .iter()
        .flat_map(|t| &t.rows)
        .filter_map(|r| Some((r.venue_year()?, r.cell_year()?)))
        .fold((0usize, 0usize), |(agree, both), (venue, cell)| {
            (agree + usize::from(venue == cell), both + 1)
        });
    if both == 0 {
        (0.0, 0)
    } else {
        (agree as f64 / both as f64, both)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_keys_ignore_case_and_punctuation() {
        assert_eq!(
            title_key("DARTS: Differentiable  Architecture Search"),
            "darts differentiable architecture search"
        );
        assert_eq!(
            title_key("darts - differentiable architecture search."),
            "darts differentiable architecture search"
        );
        assert_ne!(
            title_key("β-DARTS++: Bi-level"),
            title_key("β-DARTS: Bi-level")
        );
    }
}
