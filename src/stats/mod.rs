//! `nas-lint stats`: how a list grows — papers per year, per venue, per
//! strategy or section — computed from the document model, the facts and the
//! profile. Nothing here prints; the renderers in [`render`] only present.
//!
//! A paper is counted once however many rows name it: rows are grouped with
//! the identities duplicate detection uses (arXiv, OpenReview and DOI ids,
//! normalised titles). Rows of citing tables (datasets, benchmarks, tools)
//! are not papers and are counted apart.

pub mod render;

use crate::document::{Document, Role};
use crate::facts::Facts;
use crate::knowledge::{Knowledge, StrategyCell, VenueCell};
use crate::profile::Profile;
use crate::rules::{Context, RowRef};
use crate::Settings;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// How many venues the per-venue table shows; the rest are summed.
pub const TOP_VENUES: usize = 15;

/// What the papers of a list add up to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// Distinct papers.
    pub papers: usize,
    /// Rows of paper tables (a paper listed twice is two rows).
    pub paper_rows: usize,
    /// Rows of citing tables (datasets, benchmarks), not counted as papers.
    pub citing_rows: usize,
    /// Papers per year, oldest first.
    pub years: Vec<Count<i32>>,
    /// Papers whose year nothing in their row gives.
    pub without_year: usize,
    /// The most frequent venues, most papers first (ties by name): the
    /// canonical name of a known venue, an unknown one as the list writes it.
    pub venues: Vec<Count<String>>,
    /// Papers at venues beyond the top ones.
    pub other_venues: usize,
    /// Papers whose row names no venue (a placeholder, a year, nothing).
    pub without_venue: usize,
    /// What `groups` counts by.
    pub grouping: Grouping,
    /// Papers per strategy or per section, most first (ties by name).
    pub groups: Vec<Count<String>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Count<K> {
    pub key: K,
    pub papers: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Grouping {
    /// The list's strategy column (a paper under every strategy its cell names).
    Strategy,
    /// The heading above the paper's first row.
    Section,
}

impl Grouping {
    pub fn as_str(self) -> &'static str {
        match self {
            Grouping::Strategy => "strategy",
            Grouping::Section => "section",
        }
    }
}

/// Parses a list and counts its papers.
pub fn of_text(text: &str, knowledge: &Knowledge, settings: &Settings) -> Stats {
    let document = crate::document::parse(text, &knowledge.columns);
    let facts = crate::facts::understand(&document, knowledge, settings);
    let profile = crate::profile::learn(&document, knowledge, &facts, settings);
    compute(&document, knowledge, &facts, &profile, settings)
}

/// Counts the papers of a parsed list.
pub fn compute(
    document: &Document<'_>,
    knowledge: &Knowledge,
    facts: &Facts,
    profile: &Profile,
    settings: &Settings,
) -> Stats {
    let cx = Context::new(document, knowledge, facts, profile, settings);
    let citing = |table: usize| profile.tables[table].cites_only;
    // Rows kept for papers to come and group labels are not papers.
    let rows: Vec<(usize, usize)> = cx
        .rows()
        .filter(|r| r.is_paper(knowledge))
        .map(|r| (r.table_index, r.row_index))
        .collect();
    let position: HashMap<(usize, usize), usize> =
        rows.iter().enumerate().map(|(i, &r)| (r, i)).collect();
    // One paper per group of rows that duplicate detection calls the same
    // paper (rows sharing a link under clearly different titles stay apart:
    // one of them links the wrong paper).
    let mut groups = UnionFind::new(rows.len());
    for pair in cx.duplicate_pairs() {
        if !pair.same_title || citing(pair.earlier.table_index) {
            continue;
        }
        let a = position[&(pair.earlier.table_index, pair.earlier.row_index)];
        let b = position[&(pair.later.table_index, pair.later.row_index)];
        groups.union(a, b);
    }
    let use_strategy = uses_strategy_column(document, profile);
    let grouping = if use_strategy {
        Grouping::Strategy
    } else {
        Grouping::Section
    };

    let mut stats = Stats {
        papers: 0,
        paper_rows: 0,
        citing_rows: 0,
        years: Vec::new(),
        without_year: 0,
        venues: Vec::new(),
        other_venues: 0,
        without_venue: 0,
        grouping,
        groups: Vec::new(),
    };
    let mut years: BTreeMap<i32, usize> = BTreeMap::new();
    let mut venues: HashMap<String, usize> = HashMap::new();
    let mut by_group: HashMap<String, usize> = HashMap::new();
    for (index, &(table, row)) in rows.iter().enumerate() {
        // A `Dataset` row of a paper table cites the paper beside it.
        if citing(table) || cx.is_dataset_entry(&cx.row((table, row))) {
            stats.citing_rows += 1;
            continue;
        }
        stats.paper_rows += 1;
        // The paper is described by its first row.
        if groups.find(index) != index {
            continue;
        }
        stats.papers += 1;
        let row = cx.row((table, row));
        match paper_year(&cx, &row) {
            Some(year) => *years.entry(year).or_default() += 1,
            None => stats.without_year += 1,
        }
        match venue_name(knowledge, &row) {
            Some(name) => *venues.entry(name).or_default() += 1,
            None => stats.without_venue += 1,
        }
        let names = if use_strategy {
            strategy_names(knowledge, &row)
        } else {
            vec![section_name(document, &row)]
        };
        for name in names {
            *by_group.entry(name).or_default() += 1;
        }
    }
    stats.years = years
        .into_iter()
        .map(|(key, papers)| Count { key, papers })
        .collect();
    let mut venues = most_first(venues);
    stats.other_venues = venues.iter().skip(TOP_VENUES).map(|c| c.papers).sum();
    venues.truncate(TOP_VENUES);
    stats.venues = venues;
    stats.groups = most_first(by_group);
    stats
}

fn most_first(counts: HashMap<String, usize>) -> Vec<Count<String>> {
    let mut counts: Vec<Count<String>> = counts
        .into_iter()
        .map(|(key, papers)| Count { key, papers })
        .collect();
    counts.sort_by(|a, b| b.papers.cmp(&a.papers).then_with(|| a.key.cmp(&b.key)));
    counts
}

/// The paper's year: its venue's, else its year (date) column's, else its
/// arXiv id's.
fn paper_year(cx: &Context<'_>, row: &RowRef<'_>) -> Option<i32> {
    cx.venue_year(row)
        .map(|v| v.year)
        .or_else(|| row.facts.cell_year())
        .or_else(|| row.facts.arxiv.map(|a| a.year()))
}

/// The venue's canonical name, or an unknown venue as written.
fn venue_name(knowledge: &Knowledge, row: &RowRef<'_>) -> Option<String> {
    let venue = row.facts.venue.as_ref()?;
    let text = row.cell(venue.column())?.text();
    match venue.value {
        VenueCell::Known(m) | VenueCell::Typo(m) => {
            Some(knowledge.venues.venue(m.venue).name.to_string())
        }
        VenueCell::Unknown { name_range, .. } => {
            let name = text
                .get(name_range.0 as usize..name_range.1 as usize)
                .unwrap_or(text)
                .trim();
            (!name.is_empty()).then(|| name.to_string())
        }
        VenueCell::Placeholder | VenueCell::YearOnly(_) => None,
    }
}

/// Whether the list files its papers by a strategy column: some paper
/// table has one, and it holds strategies.
fn uses_strategy_column(document: &Document<'_>, profile: &Profile) -> bool {
    document.tables.iter().enumerate().any(|(i, table)| {
        !profile.tables[i].cites_only
            && table.column(Role::Strategy).is_some()
            && profile.tables[i].strategy_column
                == crate::profile::strategy_column::StrategyColumn::Strategies
    })
}

/// The strategies a row's strategy cell names (the vocabulary's names; an
/// unknown one as written); "(none)" for an empty cell or a table without
/// the column.
fn strategy_names(knowledge: &Knowledge, row: &RowRef<'_>) -> Vec<String> {
    const NONE: &str = "(none)";
    let Some(strategy) = row.facts.strategy.as_ref() else {
        return vec![NONE.to_string()];
    };
    let book = &knowledge.strategies;
    match strategy.value {
        StrategyCell::Known(set) => {
            let names: Vec<String> = (0..32)
                .filter(|&i| set.contains(i))
                .map(|i| book.name(i).to_string())
                .collect();
            if names.is_empty() {
                vec![NONE.to_string()]
            } else {
                names
            }
        }
        StrategyCell::Typo { strategy, .. } => vec![book.name(strategy as usize).to_string()],
        StrategyCell::Unknown => {
            let text = row.cell_text(strategy.column()).trim();
            vec![if text.is_empty() { NONE } else { text }.to_string()]
        }
        StrategyCell::Placeholder => vec![NONE.to_string()],
    }
}

/// The heading above the row's table, "(no heading)" before the first.
fn section_name(document: &Document<'_>, row: &RowRef<'_>) -> String {
    row.table
        .heading
        .and_then(|h| document.headings.get(h))
        .map_or_else(|| "(no heading)".to_string(), |h| h.text.trim().to_string())
}

/// Groups of rows, each named by its earliest row.
struct UnionFind(Vec<usize>);

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind((0..n).collect())
    }

    fn find(&mut self, mut i: usize) -> usize {
        while self.0[i] != i {
            self.0[i] = self.0[self.0[i]];
            i = self.0[i];
        }
        i
    }

    /// The earlier root stays the root: a group is named by its first row.
    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        let (low, high) = if a < b { (a, b) } else { (b, a) };
        self.0[high] = low;
    }
}

#[cfg(test)]
mod tests;
