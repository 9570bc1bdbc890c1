//! What the facts are: per table and per row, small and free of strings.

use crate::document::{Role, Row, Table, TextPlace};
use crate::knowledge::{Knowledge, StrategyCell, VenueCell, YearCell};

/// Years before this are not plausible publication years. The 1800s are:
/// a list of reading may hold a classic book or paper (Darwin, 1872).
pub const EARLIEST_YEAR: i32 = 1800;

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
    /// Whether the year (Date) column gives the venue's year, so that a venue
    /// cell without a year (`| ECCV | 2019 |`) is read with the row's year.
    pub year_column_gives_venue_year: bool,
    /// Whether the table's dates are its arXiv ids' year and month in most
    /// rows (the preprint's date) or not (a release or publication date);
    /// `None` when too few rows have both.
    pub dates_follow_arxiv: Option<bool>,
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
    pub(super) fn new(column: usize, value: T) -> Self {
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
    pub(super) fn new(home: usize, away: usize, roles: (Role, Role)) -> Self {
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
    pub(super) year: i16,
    pub(super) month: u8,
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
    /// The ids of the row's own links outside the code column where they
    /// fit in a few bytes ([`super::row::RowIds`]): read once here, where
    /// several rules asked them of every row (each splitting every URL).
    pub(super) paper_ids: super::row::RowIds,
    /// Where the row's title lies (see [`RowFacts::title`]).
    pub(super) title: TitleFact,
    /// Whether the venue cell names a workshop held with the venue it
    /// names (`NeurIPS Workshop`, `CVPRW`, `@ICML 2023`).
    pub venue_is_workshop: bool,
}

/// Where a row's title ([`super::row_title`]) lies, found once: the
/// profile and two rules asked it of every row.
#[derive(Debug, Clone, Copy)]
pub(super) enum TitleFact {
    Untitled,
    At(TextPlace),
    /// Outside the row's own text (none is, so far): read again when asked.
    Elsewhere,
}

impl RowFacts {
    /// The row's title, as [`super::row_title`] reads it; `table` and `row`
    /// are the ones these facts were read from.
    pub fn title<'r>(&self, table: &Table<'_>, row: Row<'r, '_>) -> Option<&'r str> {
        match self.title {
            TitleFact::Untitled => None,
            TitleFact::At(place) => Some(row.text_at(place)),
            TitleFact::Elsewhere => super::row_title(table, row),
        }
    }

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
        // `2019(2021)`, `2024–2025`: the preprint's year, then the venue's.
        let year = match year_fact.value {
            YearCell::Year { year, later, .. } => later.unwrap_or(year),
            _ => return None,
        };
        Some(VenueYear {
            year,
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
