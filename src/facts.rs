//! Understanding cells: what each row of each paper table says (venue,
//! strategy, year, the arXiv date), read once and shared by every rule.
//!
//! Swapped cells are detected here, so that the rules read a row the way its
//! author meant it: in a row whose venue stands in the Strategy column, the
//! venue is that cell's venue.
//!
//! Facts are kept small (no strings): a 100,000-row list holds one per row.

use crate::document::{Document, Role, Row, Table};
use crate::knowledge::ids::{arxiv_link, paper_ids, ArxivId, ArxivLink, PaperId};
use crate::knowledge::{parse_year_cell, Knowledge, StrategyCell, VenueCell, YearCell};
use crate::Settings;
use std::collections::HashMap;

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
    /// Whether the year (Date) column gives the venue's year, so that a venue
    /// cell without a year (`| ECCV | 2019 |`) is read with the row's year.
    pub year_column_gives_venue_year: bool,
}

/// The year of the venue a row names, and where it was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VenueYear {
    pub year: i32,
    /// The venue cell names no year; the row's year column gives it.
    pub from_year_column: bool,
}

/// A value read from one cell, and the column it was read from.
#[derive(Debug, Clone, Copy)]
pub struct CellFact<T> {
    column: u16,
    pub value: T,
}

impl<T> CellFact<T> {
    fn new(column: usize, value: T) -> Self {
        CellFact {
            column: u16::try_from(column).unwrap_or(u16::MAX),
            value,
        }
    }

    pub fn column(&self) -> usize {
        self.column as usize
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Swap {
    columns: (u16, u16),
    pub roles: (Role, Role),
}

impl Swap {
    fn new(home: usize, away: usize, roles: (Role, Role)) -> Self {
        let narrow = |c: usize| u16::try_from(c).unwrap_or(u16::MAX);
        Swap {
            columns: (narrow(home), narrow(away)),
            roles,
        }
    }

    /// The column whose content stands elsewhere, and the column it stands in.
    pub fn columns(&self) -> (usize, usize) {
        (self.columns.0 as usize, self.columns.1 as usize)
    }
}

/// Year and month of the row's first arXiv link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArxivDate {
    year: i16,
    month: u8,
}

impl ArxivDate {
    pub fn year(&self) -> i32 {
        i32::from(self.year)
    }

    pub fn month(&self) -> u32 {
        u32::from(self.month)
    }
}

#[derive(Debug, Clone)]
pub struct RowFacts {
    pub venue: Option<CellFact<VenueCell>>,
    pub strategy: Option<CellFact<StrategyCell>>,
    /// `None` when the table has no year column; `Empty` when the cell is missing.
    pub year: Option<CellFact<YearCell>>,
    pub swap: Option<Swap>,
    pub arxiv: Option<ArxivDate>,
}

impl RowFacts {
    pub fn venue_year(&self) -> Option<i32> {
        self.venue.as_ref()?.value.mention()?.year
    }

    /// The year cell's month, when it names one.
    pub fn cell_month(&self) -> Option<u8> {
        match self.year.as_ref()?.value {
            YearCell::Year { month, .. } if month > 0 => Some(month),
            _ => None,
        }
    }

    /// The venue's year: from the venue cell, or, in a table whose year
    /// column gives the venue's year, from the year cell of a row whose venue
    /// cell names none.
    pub fn venue_year_in(&self, table: &TableFacts, knowledge: &Knowledge) -> Option<VenueYear> {
        let venue = self.venue.as_ref()?;
        let mention = venue.value.mention()?;
        if let Some(year) = mention.year {
            return Some(VenueYear {
                year,
                from_year_column: false,
            });
        }
        let year_fact = self.year.as_ref()?;
        let reviewed = knowledge.venues.venue(mention.venue).kind.is_reviewed();
        if !table.year_column_gives_venue_year || !reviewed || year_fact.column() == venue.column()
        {
            return None;
        }
        Some(VenueYear {
            year: self.cell_year()?,
            from_year_column: true,
        })
    }

    pub fn cell_year(&self) -> Option<i32> {
        match self.year.as_ref()?.value {
            YearCell::Year { year, .. } => Some(year),
            _ => None,
        }
    }
}

pub fn understand(document: &Document<'_>, knowledge: &Knowledge, settings: &Settings) -> Facts {
    let venue_year_agreement_of = |tables: &[TableFacts]| venue_year_agreement(tables, knowledge);
    let mut reader = Reader {
        knowledge,
        latest_year: settings.current_year + 1,
        venues: HashMap::new(),
        strategies: HashMap::new(),
        years: HashMap::new(),
    };
    let mut tables: Vec<TableFacts> = document
        .tables
        .iter()
        .map(|table| TableFacts {
            rows: table
                .rows()
                .map(|row| reader.read_row(table, row))
                .collect(),
            venue_column_holds_venues: false,
            strategy_column_holds_strategies: false,
            year_column_gives_venue_year: false,
        })
        .collect();
    profile_columns(&mut tables);
    let venue_year_agreement = venue_year_agreement_of(&tables);
    read_year_columns(document, &mut tables, knowledge, settings);
    Facts {
        tables,
        venue_year_agreement,
    }
}

/// Reads cells, remembering what each distinct text said: lists repeat
/// "CVPR 2021" and "Gradient" thousands of times.
struct Reader<'k, 't> {
    knowledge: &'k Knowledge,
    latest_year: i32,
    venues: HashMap<&'t str, VenueCell>,
    strategies: HashMap<&'t str, StrategyCell>,
    years: HashMap<&'t str, YearCell>,
}

impl<'t> Reader<'_, 't> {
    fn venue(&mut self, text: &'t str) -> VenueCell {
        let knowledge = self.knowledge;
        *self
            .venues
            .entry(text)
            .or_insert_with(|| knowledge.parse_venue(text))
    }

    fn strategy(&mut self, text: &'t str) -> StrategyCell {
        let knowledge = self.knowledge;
        *self
            .strategies
            .entry(text)
            .or_insert_with(|| knowledge.parse_strategy(text))
    }

    fn year(&mut self, text: &'t str) -> YearCell {
        let (knowledge, latest) = (self.knowledge, self.latest_year);
        *self.years.entry(text).or_insert_with(|| {
            parse_year_cell(text, knowledge.is_placeholder(text), EARLIEST_YEAR, latest)
        })
    }

    /// Whether a cell names a venue that would stand in the venue column:
    /// a release channel ("Blog", "Google") in another column is no venue
    /// moved there.
    fn names_a_venue(&self, cell: &VenueCell) -> bool {
        cell.mention().is_some_and(|m| {
            self.knowledge.venues.venue(m.venue).kind != crate::knowledge::VenueKind::Channel
        })
    }

    fn read_row(&mut self, table: &Table<'_>, row: Row<'t, '_>) -> RowFacts {
        let text_of = |column: usize| row.cell(column).map_or("", |c| c.text());
        let fact = |column: Option<usize>| column.map(|c| (c, text_of(c)));
        let venue_cell = fact(table.column(Role::Venue));
        let strategy_cell = fact(table.column(Role::Strategy));
        let year_cell = fact(table.column(Role::Year));

        let mut venue = venue_cell.map(|(column, text)| CellFact::new(column, self.venue(text)));
        // "Pub. & Date" columns hold "CVPR, 2025" as often as "May, 2023":
        // with no venue column, a venue named there counts.
        if venue.is_none() {
            if let Some((column, text)) = year_cell {
                let named = self.venue(text);
                if named.mention().is_some() {
                    venue = Some(CellFact::new(column, named));
                }
            }
        }
        let mut strategy =
            strategy_cell.map(|(column, text)| CellFact::new(column, self.strategy(text)));
        let mut year = year_cell.map(|(column, text)| CellFact::new(column, self.year(text)));
        let mut swap = None;

        // A venue in the Strategy column, with a placeholder or a strategy in the venue column.
        if let (Some((v_col, v_text)), Some((s_col, s_text)), Some(v), Some(s)) =
            (venue_cell, strategy_cell, venue, strategy)
        {
            let venue_cell_free = matches!(v.value, VenueCell::Placeholder)
                || matches!(
                    self.strategy(v_text),
                    StrategyCell::Known(_) | StrategyCell::Typo { .. }
                );
            if matches!(s.value, StrategyCell::Unknown) && venue_cell_free {
                let moved_venue = self.venue(s_text);
                if self.names_a_venue(&moved_venue) {
                    swap = Some(Swap::new(v_col, s_col, (Role::Venue, Role::Strategy)));
                    venue = Some(CellFact::new(s_col, moved_venue));
                    strategy = Some(CellFact::new(v_col, self.strategy(v_text)));
                }
            }
        }
        // A venue in the year column, with a year or a placeholder in the venue column.
        if let (None, Some((v_col, v_text)), Some((y_col, y_text)), Some(v), Some(y)) =
            (swap, venue_cell, year_cell, venue, year)
        {
            let venue_cell_free =
                matches!(v.value, VenueCell::Placeholder | VenueCell::YearOnly(_));
            if matches!(y.value, YearCell::Invalid) && venue_cell_free {
                let moved_venue = self.venue(y_text);
                if self.names_a_venue(&moved_venue) {
                    swap = Some(Swap::new(v_col, y_col, (Role::Venue, Role::Year)));
                    venue = Some(CellFact::new(y_col, moved_venue));
                    year = Some(CellFact::new(v_col, self.year(v_text)));
                }
            }
        }
        RowFacts {
            venue,
            strategy,
            year,
            swap,
            arxiv: first_arxiv(table, row).map(|id| ArxivDate {
                year: id.year as i16,
                month: id.month as u8,
            }),
        }
    }
}

/// Whether links in this column identify the paper. Code links never do:
/// two papers may share one repository.
fn is_paper_column(table: &Table<'_>, column: usize) -> bool {
    matches!(
        table.columns.get(column).and_then(|c| c.role),
        Some(Role::Title | Role::Paper)
    )
}

/// The first valid arXiv id among the row's paper links.
pub fn first_arxiv(table: &Table<'_>, row: Row<'_, '_>) -> Option<ArxivId> {
    row.links()
        .filter(|l| is_paper_column(table, l.cell))
        .find_map(|l| match arxiv_link(l.url) {
            Some(ArxivLink::Valid(id)) => Some(id),
            _ => None,
        })
}

/// Every identity of the paper a row names: ids from its links in any
/// column but the code column (lists put arXiv links under "Method" or
/// "Published" too).
pub fn row_paper_ids(table: &Table<'_>, row: Row<'_, '_>) -> Vec<PaperId> {
    let mut ids = Vec::new();
    let code = table.column(Role::Code);
    for link in row.links().filter(|l| Some(l.cell) != code) {
        for id in paper_ids(link.url) {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    ids
}

/// The row's title text, if it has a title cell with text.
pub fn row_title<'r>(table: &Table<'_>, row: Row<'r, '_>) -> Option<&'r str> {
    let cell = row.cell_of(table.column(Role::Title))?;
    let text = cell.text_without_badges();
    // A row kept for a paper to come, `.[[paper]()][[code]()]`: nothing but
    // links without a URL.
    let mut rest = text.to_string();
    for link in cell.links() {
        if !link.url.trim().is_empty() {
            rest = text.to_string();
            break;
        }
        rest = rest.replacen(link.text, "", 1);
    }
    rest.chars().any(char::is_alphanumeric).then_some(text)
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

/// Share of agreeing rows from which a year column gives the venue's year.
const VENUE_YEAR_AGREEMENT: f64 = 0.8;
/// Rows with both years before their agreement decides.
const VENUE_YEAR_MIN_ROWS: usize = 5;
/// Rows with an arXiv id and a dated year cell before the arXiv dates decide.
const ARXIV_DATE_MIN_ROWS: usize = 3;

/// Decides, per table, whether its year column gives the venue's year. The
/// setting `year-column` decides when set. Otherwise: a header that names
/// the preprint says no; a column whose dates repeat the arXiv ids' year and
/// month in most rows says no; then the rows whose venue cell names a year
/// say whether the column follows it (the table's, or the whole list's when
/// the table has too few); else the column is the publication year.
fn read_year_columns(
    document: &Document<'_>,
    tables: &mut [TableFacts],
    knowledge: &Knowledge,
    settings: &Settings,
) {
    use crate::config::YearColumn;
    let agreement = |rows: &[RowFacts]| {
        rows.iter()
            .filter(|r| !venue_is_preprint_or_in_year_cell(r, knowledge))
            .filter_map(|r| Some((r.venue_year()?, r.cell_year()?)))
            .fold((0usize, 0usize), |(agree, both), (venue, cell)| {
                (agree + usize::from(venue == cell), both + 1)
            })
    };
    let arxiv_dates = |rows: &[RowFacts]| {
        rows.iter()
            .filter_map(|r| Some((r.arxiv?, r.cell_year()?, r.cell_month()?)))
            .fold((0usize, 0usize), |(same, dated), (arxiv, year, month)| {
                let is_arxiv_date = arxiv.year() == year && arxiv.month() == u32::from(month);
                (same + usize::from(is_arxiv_date), dated + 1)
            })
    };
    let sum =
        |counts: Vec<(usize, usize)>| counts.iter().fold((0, 0), |a, c| (a.0 + c.0, a.1 + c.1));
    let document_agreement = sum(tables.iter().map(|t| agreement(&t.rows)).collect());
    let document_dates = sum(tables.iter().map(|t| arxiv_dates(&t.rows)).collect());
    for (table, facts) in document.tables.iter().zip(tables.iter_mut()) {
        let Some(column) = table.column(Role::Year) else {
            continue;
        };
        facts.year_column_gives_venue_year = match settings.year_column {
            YearColumn::Venue => true,
            YearColumn::Preprint => false,
            YearColumn::Auto => {
                let header = table.columns[column].header.to_lowercase();
                let names_preprint = ["arxiv", "preprint", "submi"]
                    .iter()
                    .any(|w| header.contains(w));
                let own = agreement(&facts.rows);
                let (agree, both) = if own.1 >= VENUE_YEAR_MIN_ROWS {
                    own
                } else {
                    document_agreement
                };
                let own_dates = arxiv_dates(&facts.rows);
                let (same, dated) = if own_dates.1 >= ARXIV_DATE_MIN_ROWS {
                    own_dates
                } else {
                    document_dates
                };
                // Dates that repeat the arXiv ids' year and month date the
                // preprints, however often their year matches the venue's.
                let follows_arxiv = dated >= ARXIV_DATE_MIN_ROWS && same * 2 >= dated;
                if names_preprint || follows_arxiv {
                    false
                } else if both >= VENUE_YEAR_MIN_ROWS {
                    agree as f64 >= VENUE_YEAR_AGREEMENT * both as f64
                } else {
                    true
                }
            }
        };
    }
}

/// How far the year column follows the venue's year. Preprint "venues"
/// ("arXiv 2023") agree with a preprint date by construction, and a venue
/// read from the year cell itself agrees with itself: neither is evidence.
fn venue_year_agreement(tables: &[TableFacts], knowledge: &Knowledge) -> (f64, usize) {
    let (agree, both) = tables
        .iter()
        .flat_map(|t| &t.rows)
        .filter(|r| !venue_is_preprint_or_in_year_cell(r, knowledge))
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

pub fn venue_is_preprint_or_in_year_cell(row: &RowFacts, knowledge: &Knowledge) -> bool {
    let Some(venue) = &row.venue else {
        return false;
    };
    let in_year_cell = row
        .year
        .as_ref()
        .is_some_and(|y| y.column() == venue.column());
    let preprint = venue
        .value
        .mention()
        .is_some_and(|m| !knowledge.venues.venue(m.venue).kind.is_reviewed());
    in_year_cell || preprint
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_of_only_empty_links_is_no_title() {
        let knowledge = Knowledge::builtin().unwrap();
        let text = "| No. | paper | 会议/期刊 |\n|---|---|---|\n\
                    |1|.[[paper]()][[code]()]||\n\
                    |2|A Survey.[[paper]()][[code]()]|MIA 2024|\n\
                    |3|[paper](https://arxiv.org/abs/2101.00001)|MIA 2021|\n";
        let document = crate::document::parse(text, &knowledge.columns);
        let table = &document.tables[0];
        let titles: Vec<Option<&str>> = table.rows().map(|r| row_title(table, r)).collect();
        assert_eq!(titles[0], None);
        assert!(titles[1].is_some_and(|t| t.starts_with("A Survey")));
        assert_eq!(titles[2], Some("paper"));
    }

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

    #[test]
    fn row_facts_stay_small() {
        // One per row of a 100,000-row list: keep it free of heap data.
        assert!(
            std::mem::size_of::<RowFacts>() <= 96,
            "{}",
            std::mem::size_of::<RowFacts>()
        );
    }
}
