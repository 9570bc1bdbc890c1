//! What the facts are: per table and per row, small and free of strings.

use crate::document::{Role, TextPlace};
use crate::knowledge::ids::PaperId;
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
    /// Not zero (arXiv began in 1991), so that an absent date takes no
    /// byte of its own.
    pub(super) year: std::num::NonZeroI16,
    pub(super) month: u8,
}

impl ArxivDate {
    pub fn year(&self) -> i32 {
        i32::from(self.year.get())
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
    /// fit in a few bytes ([`RowIds`]): read once here, where
    /// several rules asked them of every row (each splitting every URL).
    pub(super) paper_ids: RowIds,
    /// Where the row's title lies (see [`RowFacts::title`]).
    pub(super) title: TitleFact,
    /// Whether the venue cell names a workshop held with the venue it
    /// names (`NeurIPS Workshop`, `CVPRW`, `@ICML 2023`).
    pub venue_is_workshop: bool,
}

/// Where a row's title ([`super::row_title`]) lies, found once: the
/// profile and two rules asked it of every row. A place, or a mark for
/// none (twelve bytes, where an enum took sixteen).
#[derive(Debug, Clone, Copy)]
pub(super) struct TitleFact(TextPlace);

impl TitleFact {
    const UNTITLED: u32 = 0;
    /// Outside the row's own text (none is, so far): read again when asked.
    const ELSEWHERE: u32 = 1;

    pub(super) fn untitled() -> Self {
        TitleFact(TextPlace::mark(Self::UNTITLED))
    }

    pub(super) fn elsewhere() -> Self {
        TitleFact(TextPlace::mark(Self::ELSEWHERE))
    }

    pub(super) fn at(place: TextPlace) -> Self {
        TitleFact(place)
    }

    /// The title is read again when asked.
    pub(super) fn is_elsewhere(self) -> bool {
        self.0.is_mark(Self::ELSEWHERE)
    }

    /// Where the title lies; `None` for a row without one (or one read
    /// again when asked).
    pub(super) fn place(self) -> Option<TextPlace> {
        let marked = self.0.is_mark(Self::UNTITLED) || self.is_elsewhere();
        (!marked).then_some(self.0)
    }
}

/// The ids of a row's own links outside the code column.
#[derive(Debug, Clone, Copy)]
pub enum RowIds {
    None,
    /// One new-style arXiv id and nothing else (most rows), and its cell.
    Arxiv {
        cell: u16,
        id: PackedArxiv,
    },
    /// Anything else: read from the links again when asked.
    Reread,
}

/// A valid new-style arXiv id (`2106.06560`, `1412.6980`) as two numbers:
/// its digits are fixed by the month (four after 1412, five from 1501).
#[derive(Debug, Clone, Copy)]
pub struct PackedArxiv {
    yymm: u16,
    number: u32,
}

impl PackedArxiv {
    /// `None` for any id that does not read back the same (old-style ids).
    pub(super) fn pack(id: &str) -> Option<Self> {
        let bytes = id.as_bytes();
        let digits = |part: &[u8]| !part.is_empty() && part.iter().all(u8::is_ascii_digit);
        if bytes.len() < 5 || bytes[4] != b'.' || !digits(&bytes[..4]) || !digits(&bytes[5..]) {
            return None;
        }
        let yymm: u16 = id[..4].parse().ok()?;
        let number: u32 = id[5..].parse().ok()?;
        (bytes.len() - 5 == number_digits(yymm)).then_some(PackedArxiv { yymm, number })
    }

    pub(super) fn unpack(self) -> PaperId {
        // Digit by digit: `format!` cost a third of what packing saves.
        let width = number_digits(self.yymm);
        let mut id = String::with_capacity(5 + width);
        push_digits(&mut id, u32::from(self.yymm), 4);
        id.push('.');
        push_digits(&mut id, self.number, width as u32);
        PaperId::Arxiv(id)
    }
}

/// `value`'s last `digits` digits, zeros in front.
fn push_digits(out: &mut String, value: u32, digits: u32) {
    for place in (0..digits).rev() {
        out.push(char::from(b'0' + (value / 10u32.pow(place) % 10) as u8));
    }
}

/// The digits of an id's number in month `yymm`.
fn number_digits(yymm: u16) -> usize {
    if yymm <= 1412 {
        4
    } else {
        5
    }
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
