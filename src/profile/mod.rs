//! The list profile: how this list does things, learned once from the whole
//! document before any rule runs.
//!
//! Rules judge a list by its own conventions, not by a NAS list's: which
//! tables list papers and which only cite them, whether sections partition
//! the papers or are overlapping topics, the list's own venue vocabulary,
//! and how it writes empty cells. Each part of the profile lives in its own
//! module below and is computed from the document model and the facts.

pub mod empty_columns;
pub mod empty_links;
pub mod first_appearance;
pub mod glossary;
pub mod order;
pub mod placeholders;
pub mod preprint_years;
pub mod scores;
pub mod sections;
pub mod shape;
pub mod strategy_column;
pub mod tables;
pub mod title_column;
pub mod vocabulary;
pub mod year_groups;

use crate::document::Document;
use crate::facts::Facts;
use crate::knowledge::Knowledge;
use crate::Settings;

/// What was learned about one list.
#[derive(Debug, Default)]
pub struct Profile {
    /// One entry per table of the document, in the same order.
    pub tables: Vec<TableProfile>,
    /// Whether the sections partition the papers (strategy categories).
    pub sections: sections::Sections,
    /// Venue names the list writes consistently (see [`vocabulary`]).
    pub venues: vocabulary::VenueVocabulary,
    /// Venue names the list spells out for its readers (see [`glossary`]).
    pub glossary: glossary::Glossary,
    /// Link texts the list writes with an empty URL on purpose.
    pub empty_links: empty_links::EmptyLinks,
    /// Whether the list leaves out empty trailing cells as a matter of
    /// course, in many rows of several tables (see [`shape`]).
    pub omits_trailing_cells: bool,
    /// The columns the list's paper tables often leave out or empty, by
    /// header (see [`empty_columns`]).
    /// Learned on first use: only a row that leaves out cells asks.
    empty_columns: std::sync::OnceLock<empty_columns::EmptyColumns>,
}

impl Profile {
    /// The columns the list's paper tables often leave out or empty, by
    /// header (see [`empty_columns`]); `tables` are the document's.
    pub fn empty_columns(
        &self,
        tables: &[crate::document::Table<'_>],
        knowledge: &Knowledge,
    ) -> &empty_columns::EmptyColumns {
        self.empty_columns
            .get_or_init(|| empty_columns::EmptyColumns::learn(tables, knowledge))
    }
}

/// What was learned about one table.
#[derive(Debug, Clone, Default)]
pub struct TableProfile {
    /// The rows are datasets, benchmarks or tools that cite a paper, not papers.
    pub cites_only: bool,
    /// How many trailing columns most rows leave out or empty.
    pub optional_tail: usize,
    /// What the columns hold, to judge a row that leaves out trailing cells.
    pub short_rows: shape::ShortRows,
    /// How the table writes its year column, when it has one.
    pub year_column: Option<placeholders::YearColumnProfile>,
    /// Whether the rows are sorted by date, and which rows break the order.
    pub order: Option<order::TableOrder>,
    /// Whether the year column keeps the year each paper first appeared
    /// (earlier than a journal's year), see [`first_appearance`].
    pub year_first_appearance: bool,
    /// Whether the rows date their papers no earlier than their arXiv
    /// preprints, so that a year well before one is a slip, not an old
    /// paper posted late (see [`preprint_years`]).
    pub years_follow_preprints: bool,
    /// Whether the Strategy column holds search strategies by the list's
    /// own cells, not free text (see [`strategy_column`]).
    pub strategy_column: strategy_column::StrategyColumn,
    /// The columns of measured results, in a results table (see [`scores`]).
    pub score_columns: Vec<usize>,
    /// The title column repeats its values too often to tell papers apart
    /// (see [`title_column`]).
    pub titles_repeat: bool,
    /// The rows are models, several of which may come from one paper (see
    /// [`tables::lists_models`]).
    pub lists_models: bool,
    /// The year column names each year once, on the first of its rows,
    /// and leaves the cells below it empty (see [`year_groups`]).
    pub year_groups: bool,
    /// A heading above the table names datasets or benchmarks (see
    /// [`tables::under_dataset_heading`]): learned once, not for each row.
    pub under_dataset_heading: bool,
}

/// Learns the profile of a parsed list.
pub fn learn(
    document: &Document<'_>,
    knowledge: &Knowledge,
    facts: &Facts,
    _settings: &Settings,
) -> Profile {
    let rows = document.tables.iter().map(|t| t.row_count()).sum();
    // Each table's profile is its own: a long list learns its tables side
    // by side, and the list-wide conventions beside them.
    let (tables, list) = if crate::parallel::worth_threads(rows) {
        rayon::join(
            || learn_tables(document, knowledge, facts, true),
            || ListConventions::learn(document, knowledge, facts),
        )
    } else {
        (
            learn_tables(document, knowledge, facts, false),
            ListConventions::learn(document, knowledge, facts),
        )
    };
    Profile {
        tables,
        sections: list.sections,
        venues: list.venues,
        glossary: list.glossary,
        empty_links: list.empty_links,
        omits_trailing_cells: list.omits_trailing_cells,
        empty_columns: std::sync::OnceLock::new(),
    }
}

/// The parts of a profile that read the whole list.
struct ListConventions {
    sections: sections::Sections,
    venues: vocabulary::VenueVocabulary,
    glossary: glossary::Glossary,
    empty_links: empty_links::EmptyLinks,
    omits_trailing_cells: bool,
}

impl ListConventions {
    fn learn(document: &Document<'_>, knowledge: &Knowledge, facts: &Facts) -> Self {
        ListConventions {
            sections: sections::Sections::learn(document, knowledge),
            venues: vocabulary::VenueVocabulary::learn(document, facts),
            glossary: glossary::Glossary::learn(document.text),
            empty_links: empty_links::EmptyLinks::learn(document),
            omits_trailing_cells: shape::list_omits_trailing_cells(&document.tables),
        }
    }
}

fn learn_tables(
    document: &Document<'_>,
    knowledge: &Knowledge,
    facts: &Facts,
    on_pool: bool,
) -> Vec<TableProfile> {
    use rayon::prelude::*;
    let years_follow_preprints = preprint_years::learn(&facts.tables);
    let strategy_columns = strategy_column::learn(facts);
    let year_groups = year_groups::learn(&document.tables, &facts.tables);
    let learn_table = |index: usize| {
        let (table, table_facts) = (&document.tables[index], &facts.tables[index]);
        TableProfile {
            cites_only: tables::cites_only(document, table, knowledge),
            optional_tail: shape::optional_tail(table),
            short_rows: shape::ShortRows::learn(table, knowledge),
            year_column: placeholders::YearColumnProfile::learn(table, table_facts),
            order: order::TableOrder::learn(table, table_facts),
            year_first_appearance: first_appearance::learn(table_facts, knowledge),
            years_follow_preprints: years_follow_preprints[index],
            strategy_column: strategy_columns[index],
            score_columns: tables::result_columns(document, table, knowledge),
            titles_repeat: title_column::titles_repeat(table, table_facts),
            lists_models: tables::lists_models(table, knowledge),
            year_groups: year_groups[index],
            under_dataset_heading: tables::under_dataset_heading(document, table, knowledge),
        }
    };
    let indices = 0..document.tables.len();
    if on_pool {
        indices
            .into_par_iter()
            .with_max_len(1)
            .map(learn_table)
            .collect()
    } else {
        indices.map(learn_table).collect()
    }
}
