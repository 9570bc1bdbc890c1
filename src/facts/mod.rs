//! Understanding cells: what each row of each paper table says (venue,
//! strategy, year, the arXiv date), read once and shared by every rule.
//!
//! Swapped cells are detected here, so that the rules read a row the way its
//! author meant it: in a row whose venue stands in the Strategy column, the
//! venue is that cell's venue.
//!
//! Facts are kept small (no strings): a 100,000-row list holds one per row.

mod columns;
mod model;
mod reader;
mod row;

pub use columns::venue_is_preprint_or_in_year_cell;
pub use model::{ArxivDate, CellFact, Facts, RowFacts, Swap, TableFacts, VenueYear, EARLIEST_YEAR};
pub use row::{first_arxiv, row_paper_ids, row_title, title_key};

use crate::document::Document;
use crate::knowledge::Knowledge;
use crate::Settings;
use columns::{profile_columns, read_year_columns, venue_year_agreement};
use reader::Reader;
use std::collections::HashMap;

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

#[cfg(test)]
mod tests {
    use super::*;

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
