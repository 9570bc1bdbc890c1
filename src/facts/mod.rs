//! Understanding cells: what each row of each paper table says (venue,
//! strategy, year, the arXiv date, its links' paper ids), read once and
//! shared by every rule.
//!
//! Swapped cells are detected here, so that the rules read a row the way its
//! author meant it: in a row whose venue stands in the Strategy column, the
//! venue is that cell's venue.
//!
//! Facts are kept small (no strings but a row's rare ids other than one
//! arXiv id, which is packed): a 100,000-row list holds one per row.

mod columns;
mod model;
mod reader;
mod row;
mod short_year;
mod year_month;

pub use columns::venue_is_preprint_or_in_year_cell;
pub use model::{ArxivDate, CellFact, Facts, RowFacts, Swap, TableFacts, VenueYear, EARLIEST_YEAR};
pub use row::{
    first_arxiv, first_author, fold_letter, other_first_author, row_own_paper_ids, row_paper_ids,
    row_title, title_key,
};

use crate::document::{Document, Role};
use crate::knowledge::Knowledge;
use crate::Settings;
use columns::{profile_columns, read_year_columns, venue_year_agreement};
use reader::{venue_column, Reader};

/// Rows one task of a long table reads, with its own cache of cell texts.
const ROWS_PER_TASK: usize = 4_096;

pub fn understand(document: &Document<'_>, knowledge: &Knowledge, settings: &Settings) -> Facts {
    let latest_year = settings.current_year + 1;
    let rows: usize = document.tables.iter().map(|t| t.row_count()).sum();
    let mut tables = if !crate::parallel::worth_threads(rows) {
        read_in_order(document, knowledge, latest_year)
    } else {
        read_on_pool(document, knowledge, latest_year, ROWS_PER_TASK)
    };
    confirm_unknown_venue_swaps(document, knowledge, latest_year, &mut tables);
    year_month::read_year_month_columns(document, &mut tables, latest_year);
    short_year::read_bare_short_years(document, &mut tables, latest_year);
    profile_columns(&mut tables);
    let venue_year_agreement = venue_year_agreement(&tables, knowledge);
    read_year_columns(document, &mut tables, knowledge, settings);
    Facts {
        tables,
        venue_year_agreement,
    }
}

/// A swap that moves a venue nas-lint does not know out of the Year column
/// (`| 2023 | ISWC |`) stands only when another row's venue cell names it
/// (`ISWC 2023`): a word in capitals alone (`TODO`, `JUNE`, `PDF`) is the
/// year cell's slip. Such rows are read again without that swap.
fn confirm_unknown_venue_swaps(
    document: &Document<'_>,
    knowledge: &Knowledge,
    latest_year: i32,
    tables: &mut [TableFacts],
) {
    // The venue moved by such a swap is the one the row's venue names: unknown.
    let swapped = |facts: &RowFacts| {
        facts
            .swap
            .is_some_and(|s| s.roles == (Role::Venue, Role::Year))
            && facts
                .venue
                .as_ref()
                .is_some_and(|v| matches!(v.value, crate::knowledge::VenueCell::Unknown { .. }))
    };
    if !tables.iter().flat_map(|t| &t.rows).any(swapped) {
        return;
    }
    let mut named = std::collections::HashSet::new();
    for (table, facts) in document.tables.iter().zip(tables.iter()) {
        for (row, row_facts) in table.rows().zip(&facts.rows) {
            let Some(fact) = row_facts.venue.as_ref().filter(|_| !swapped(row_facts)) else {
                continue;
            };
            if let crate::knowledge::VenueCell::Unknown { name_range, .. } = fact.value {
                let text = row.cell(fact.column()).map_or("", |c| c.text());
                if let Some(name) = text.get(name_range.0 as usize..name_range.1 as usize) {
                    named.insert(name.trim().to_lowercase());
                }
            }
        }
    }
    let mut reader = Reader::new(knowledge, latest_year);
    reader.unknown_acronym_swaps = false;
    for (table, facts) in document.tables.iter().zip(tables.iter_mut()) {
        let venues = venue_column(table, knowledge);
        for (i, row_facts) in facts.rows.iter_mut().enumerate() {
            let Some(swap) = row_facts.swap.filter(|_| swapped(row_facts)) else {
                continue;
            };
            let row = table.row(i);
            let moved = row.cell(swap.columns().1).map_or("", |c| c.text());
            if !named.contains(&moved.trim().to_lowercase()) {
                *row_facts = reader.read_row(table, venues, row);
            }
        }
    }
}

fn table_facts(rows: Vec<RowFacts>) -> TableFacts {
    TableFacts {
        rows,
        venue_column_holds_venues: false,
        year_column_gives_venue_year: false,
        dates_follow_arxiv: None,
    }
}

/// Reads every row in order, with one cache of cell texts.
fn read_in_order(
    document: &Document<'_>,
    knowledge: &Knowledge,
    latest_year: i32,
) -> Vec<TableFacts> {
    let mut reader = Reader::new(knowledge, latest_year);
    document
        .tables
        .iter()
        .map(|table| {
            let venues = venue_column(table, knowledge);
            table_facts(
                table
                    .rows()
                    .map(|row| reader.read_row(table, venues, row))
                    .collect(),
            )
        })
        .collect()
}

/// Reads the rows on the shared rayon pool: tables side by side, a long
/// table in ranges of rows, each task with its own cache. A row's facts
/// depend on its table and its own cells only, and the indexed collect keeps
/// every row in its place, so the facts equal those read in order.
fn read_on_pool(
    document: &Document<'_>,
    knowledge: &Knowledge,
    latest_year: i32,
    rows_per_task: usize,
) -> Vec<TableFacts> {
    use rayon::prelude::*;
    document
        .tables
        .par_iter()
        .map(|table| {
            let venues = venue_column(table, knowledge);
            let rows = (0..table.row_count())
                .into_par_iter()
                .with_min_len(rows_per_task)
                .map_init(
                    || Reader::new(knowledge, latest_year),
                    |reader, i| reader.read_row(table, venues, table.row(i)),
                )
                .collect();
            table_facts(rows)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facts_read_on_the_pool_equal_facts_read_in_order() {
        let knowledge = Knowledge::builtin().unwrap();
        let text = crate::document::testing::long_tables();
        let document = crate::document::parse(&text, &knowledge.columns);
        let in_order = read_in_order(&document, &knowledge, 2027);
        assert!(in_order.iter().map(|t| t.rows.len()).sum::<usize>() > 600);
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(4)
            .build()
            .unwrap();
        // Small ranges: many tasks, each starting with a cold cache.
        for rows_per_task in [1, 7, ROWS_PER_TASK] {
            let on_pool = pool.install(|| read_on_pool(&document, &knowledge, 2027, rows_per_task));
            assert_eq!(
                format!("{on_pool:#?}"),
                format!("{in_order:#?}"),
                "ranges of {rows_per_task} rows"
            );
        }
    }

    #[test]
    fn a_column_of_venues_under_another_header_is_the_venue_column() {
        let knowledge = Knowledge::builtin().unwrap();
        let venue_columns = |cells: &[&str]| -> Vec<Option<usize>> {
            // hzwer's header is `Time`, now a date's header: another
            // header with no role of its own stands in for it.
            let mut text = String::from("| Tag | Paper | Repo |\n|---|---|---|\n");
            for (i, cell) in cells.iter().enumerate() {
                text.push_str(&format!("|{cell}|[P{i}](https://example.com/{i})|-|\n"));
            }
            let document = crate::document::parse(&text, &knowledge.columns);
            let tables = read_in_order(&document, &knowledge, 2027);
            tables[0]
                .rows
                .iter()
                .map(|r| r.venue.as_ref().map(|v| v.column()))
                .collect()
        };
        // Venues glued to their years: the Tag column holds the venues.
        assert_eq!(
            venue_columns(&["CVPR21", "NIPS19", "ECCV22", "arXiv21.11"]),
            [Some(0); 4]
        );
        // Dates, or too few venues among other words: no venue column.
        assert_eq!(venue_columns(&["2021.05", "2022.01", "2023.07"]), [None; 3]);
        assert_eq!(
            venue_columns(&["CVPR21", "tracking", "flow", "CVPR22"]),
            [None; 4]
        );
    }

    #[test]
    fn row_facts_stay_small() {
        // One per row of a 100,000-row list: keep it free of heap data.
        // 96 bytes until the row's packed paper ids, whether its venue is a
        // workshop and where its title lies were kept (32 bytes: 3.2 MB on a
        // 100,000-row list, for reading each once instead of once per rule);
        // 116 since a venue's former name keeps its last year in two bytes,
        // the title's place marks its absence and an arXiv date's year is
        // not zero.
        assert!(
            std::mem::size_of::<RowFacts>() <= 116,
            "{}",
            std::mem::size_of::<RowFacts>()
        );
    }
}
