//! Reading one row's cells into its facts, swaps detected once.

use super::model::{ArxivDate, CellFact, RowFacts, Swap, TitleFact, EARLIEST_YEAR};
use super::row::{link_ids, row_title};
use crate::document::{Role, Row, Table};
use crate::knowledge::{
    is_lone_year_only, parse_year_cell, Knowledge, NameKind, StrategyCell, VenueCell, VenueMention,
    YearCell,
};
use rustc_hash::FxHashMap;

/// Reads cells, remembering what each distinct text said: lists repeat
/// "CVPR 2021" and "Gradient" thousands of times. FxHash: the memos are
/// asked for every cell, where SipHash cost as much as the memo saved.
pub(super) struct Reader<'k, 't> {
    pub knowledge: &'k Knowledge,
    pub latest_year: i32,
    pub venues: FxHashMap<&'t str, VenueCell>,
    pub strategies: FxHashMap<&'t str, StrategyCell>,
    pub years: FxHashMap<&'t str, YearCell>,
    /// Whether a venue cell's text names a workshop of the venue read
    /// from it: two rules asked it of every row.
    pub workshops: FxHashMap<(&'t str, u32), bool>,
    /// Whether an unknown acronym in a Year column may make a swap (off
    /// when a row is read again without the list's evidence for it).
    pub unknown_acronym_swaps: bool,
}

/// Whether a year cell names a preprint archive and nothing else
/// (`PrePrint`, `ArXiv`): the list's way of saying the paper has no
/// venue year yet, not a bad year.
fn names_only_a_preprint(knowledge: &Knowledge, text: &str) -> bool {
    // Digits may be a date the cell writes in a form of its own
    // (`arXiv(24.04.24)`).
    if text.contains(|c: char| c.is_ascii_digit()) {
        return false;
    }
    match knowledge.parse_venue(text) {
        VenueCell::Known(mention) => {
            mention.year.is_none()
                && knowledge.venues.venue(mention.venue).kind
                    == crate::knowledge::VenueKind::Preprint
        }
        _ => false,
    }
}

impl<'k, 't> Reader<'k, 't> {
    pub(super) fn new(knowledge: &'k Knowledge, latest_year: i32) -> Self {
        Reader {
            knowledge,
            latest_year,
            venues: FxHashMap::default(),
            strategies: FxHashMap::default(),
            years: FxHashMap::default(),
            workshops: FxHashMap::default(),
            unknown_acronym_swaps: true,
        }
    }

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

    /// [`crate::knowledge::VenueBook::names_a_workshop`], once per text
    /// and venue.
    fn names_a_workshop(&mut self, text: &'t str, mention: &VenueMention) -> bool {
        let venues = &self.knowledge.venues;
        mention.kind == NameKind::Workshop
            || *self
                .workshops
                .entry((text, mention.venue))
                .or_insert_with(|| venues.names_a_workshop(text, mention))
    }

    /// Whether a cell names a venue that would stand in the venue column:
    /// a release channel ("Blog", "Google") in another column is no venue
    /// moved there.
    fn names_a_venue(&self, cell: &VenueCell) -> bool {
        cell.mention().is_some_and(|m| {
            self.knowledge.venues.venue(m.venue).kind != crate::knowledge::VenueKind::Channel
        })
    }

    /// `ATC'25`, `SIGMETRICS'26`, `OSDI 25`: a venue's name with two digits
    /// of its year, the venue known to nas-lint, or an acronym in capitals
    /// with the apostrophe venues' years take. `Top 10`, `Week 12`, `COVID
    /// 19`, `TBD 25` name no venue.
    fn venue_with_short_year(&mut self, text: &'t str) -> Option<i32> {
        let short = crate::knowledge::name_with_short_year(text, self.latest_year)?;
        let capitals = short.name.chars().filter(char::is_ascii_uppercase).count() >= 2
            && !short.name.chars().any(|c| c.is_ascii_lowercase());
        let known = self.knowledge.parse_venue(short.name).mention().is_some();
        (known || (capitals && short.apostrophe)).then_some(short.year)
    }

    /// `venue_column`: the table's venue column, by its header or else by
    /// its cells (see [`venue_column`]).
    pub(super) fn read_row(
        &mut self,
        table: &Table<'_>,
        venue_column: Option<usize>,
        row: Row<'t, '_>,
    ) -> RowFacts {
        let text_of = |column: usize| row.cell(column).map_or("", |c| c.text());
        let fact = |column: Option<usize>| column.map(|c| (c, text_of(c)));
        let venue_cell = fact(venue_column);
        let strategy_cell = fact(table.column(Role::Strategy));
        // `2017<br>2014` beside `TODS<br>SIGMOD`: two publications of one
        // work, one a line; the first line is the row's year.
        let first_line = |column: usize| {
            let raw = row.cell(column).map_or("", |c| c.raw());
            // ASCII lower case keeps byte offsets.
            let first = raw
                .to_ascii_lowercase()
                .find("<br")
                .map(|end| raw[..end].trim().trim_matches(['*', '_', ' ']));
            first
                .filter(|f| !f.is_empty())
                .unwrap_or_else(|| text_of(column))
        };
        let year_cell = table.column(Role::Year).map(|c| (c, first_line(c)));

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
            // `ICLR 2019 (Oral)` is a year only as one number among words.
            let venue_like = matches!(y.value, YearCell::Invalid)
                || (venue_cell_free && is_lone_year_only(y_text, EARLIEST_YEAR, self.latest_year));
            if venue_like && venue_cell_free {
                let moved_venue = self.venue(y_text);
                // `| 2023 | ISWC |`: a venue nas-lint does not know, written
                // as an acronym, beside a Venue cell holding the year.
                let unknown_acronym = self.unknown_acronym_swaps
                    && matches!(v.value, VenueCell::YearOnly(_))
                    && matches!(y.value, YearCell::Invalid)
                    && is_capital_acronym(y_text);
                if self.names_a_venue(&moved_venue) || unknown_acronym {
                    swap = Some(Swap::new(v_col, y_col, (Role::Venue, Role::Year)));
                    venue = Some(CellFact::new(y_col, moved_venue));
                    year = Some(CellFact::new(v_col, self.year(v_text)));
                }
            }
        }
        // `ECCV22`, `CVPR23 23.04` in a Date column: the venue's year glued
        // to its name, with the preprint's month beside it or not, is the
        // row's year. A cell with any other number (`ECCV 2024 (v2)`,
        // `ECCV 2O24`) is judged by the year forms alone.
        if let (None, Some((column, text)), Some(fact)) = (swap, year_cell, year) {
            let pairs_of_digits = text
                .split(|c: char| !c.is_ascii_digit())
                .all(|run| run.is_empty() || run.len() == 2);
            // `ArXiv 2212` in a `time` column of `CVPR 2024`s: the
            // preprint's year and month as its id writes them.
            let mention = self.venue(text).mention().copied();
            let preprint_yymm = mention.is_some_and(|m| {
                m.year.is_some()
                    && self.knowledge.venues.venue(m.venue).kind
                        == crate::knowledge::VenueKind::Preprint
            });
            if fact.value == YearCell::Invalid && (pairs_of_digits || preprint_yymm) {
                let venue_year = mention
                    .and_then(|m| m.year)
                    .or_else(|| self.venue_with_short_year(text));
                if let Some(venue_year) = venue_year {
                    year = Some(CellFact::new(
                        column,
                        YearCell::Year {
                            year: venue_year,
                            month: 0,
                            digits: (0, 0),
                            form: crate::knowledge::DateForm::Separated,
                            later: None,
                        },
                    ));
                }
            }
        }
        // `| PrePrint | ... | *ArXiv* |`: a preprint says it has no venue
        // year yet in both cells. Beside anything else (a year, nothing)
        // the cells are shifted or swapped, and judged as written.
        if let (None, Some((column, text)), Some(fact), Some(v)) = (swap, year_cell, year, venue) {
            // With no venue column the venue was read from this very cell.
            if fact.value == YearCell::Invalid
                && v.column() != column
                && names_only_a_preprint(self.knowledge, text)
                && v.value.mention().is_some_and(|m| {
                    m.year.is_none()
                        && self.knowledge.venues.venue(m.venue).kind
                            == crate::knowledge::VenueKind::Preprint
                })
            {
                year = Some(CellFact::new(column, YearCell::Placeholder));
            }
        }
        let (paper_ids, arxiv) = link_ids(table, row);
        let title = match row_title(table, row) {
            None => TitleFact::untitled(),
            Some(title) => row
                .locate(title)
                .map_or(TitleFact::elsewhere(), TitleFact::at),
        };
        let venue_is_workshop = venue.as_ref().is_some_and(|fact| {
            (fact.value.mention()).is_some_and(|m| self.names_a_workshop(text_of(fact.column()), m))
        });
        RowFacts {
            venue,
            strategy,
            year,
            swap,
            arxiv: arxiv.and_then(|(year, month)| {
                Some(ArxivDate {
                    year: std::num::NonZeroI16::new(year as i16)?,
                    month: month as u8,
                })
            }),
            paper_ids,
            title,
            venue_is_workshop,
        }
    }
}

/// One word of capitals and digits with three capitals at least (`ISWC`,
/// `3DV`, `SIGMOD`), not a month (`OCT`): how venues are written.
fn is_capital_acronym(text: &str) -> bool {
    const MONTHS: [&str; 13] = [
        "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC",
    ];
    let word = text.trim();
    (2..=12).contains(&word.len())
        && word
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')
        && word.chars().filter(char::is_ascii_uppercase).count() >= 3
        && !MONTHS.contains(&word)
}

/// Least rows with a filled cell for a column to be read as venues by its
/// cells, and the share of them that must name a venue.
const VENUE_COLUMN_ROWS: usize = 3;
const VENUE_COLUMN_PERCENT: usize = 80;

/// The table's venue column: the one with the venue header, or, when no
/// header names one, the first column without a role whose filled cells
/// nearly all name a known venue (`| Time | Paper | Repo |` with `CVPR21`,
/// `NeurIPS19` under Time).
pub(super) fn venue_column(table: &Table<'_>, knowledge: &Knowledge) -> Option<usize> {
    if let Some(column) = table.column(Role::Venue) {
        return Some(column);
    }
    let reader = Reader::new(knowledge, i32::MAX);
    (0..table.columns.len())
        .filter(|&c| table.columns[c].role.is_none())
        .find(|&column| {
            let (mut filled, mut venues) = (0, 0);
            for row in table.rows() {
                let text = row.cell(column).map_or("", |c| c.text()).trim();
                if text.is_empty() || knowledge.is_placeholder(text) {
                    continue;
                }
                filled += 1;
                venues += usize::from(reader.names_a_venue(&knowledge.parse_venue(text)));
            }
            filled >= VENUE_COLUMN_ROWS && venues * 100 >= filled * VENUE_COLUMN_PERCENT
        })
}
