//! Settings the rules read: facts about the world given by the caller (so
//! that the library stays free of clocks) and the options of the
//! configuration that change what a rule concludes. A leaf: the
//! configuration parses into it, the rules read it.

use serde::{Deserialize, Serialize};

/// Facts about the world that the rules need, given by the caller so that
/// the library stays free of clocks.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    /// Venues more than a year after this year are impossible.
    pub current_year: i32,
    /// What the list's year column holds.
    pub year_column: YearColumn,
}

impl Settings {
    pub fn new(current_year: i32) -> Self {
        Settings {
            current_year,
            year_column: YearColumn::Auto,
        }
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings::new(2026)
    }
}

/// What the year (Date) column of the list holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum YearColumn {
    /// Decide from the list: the venue's year when most rows agree with it.
    #[default]
    Auto,
    /// Always the venue's year: a different year is year-mismatch.
    Venue,
    /// The preprint's year: never compared with the venue's.
    Preprint,
}
