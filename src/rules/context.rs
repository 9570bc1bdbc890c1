//! What a rule is (the [`Rule`] trait) and everything it may read
//! ([`Context`]).

use super::pair::{PairIds, RowId};
use super::row::RowRef;
use crate::diagnostic::{Diagnostic, Edit};
use crate::document::{Document, Row};
use crate::facts::Facts;
use crate::knowledge::Knowledge;
use crate::profile::Profile;
use crate::registry::RuleMeta;
use crate::span::Span;
use crate::Settings;

pub trait Rule: Sync {
    fn meta(&self) -> &'static RuleMeta;
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>);
    /// Whether the rule reads [`Context::duplicate_pairs`]: they are then
    /// found before the rules run, on every core.
    fn reads_duplicate_pairs(&self) -> bool {
        false
    }
}

/// Everything a rule may read. Rules never print and never change it.
pub struct Context<'a> {
    pub document: &'a Document<'a>,
    pub knowledge: &'a Knowledge,
    pub facts: &'a Facts,
    /// The list's own conventions, learned before the rules run.
    pub profile: &'a Profile,
    pub settings: &'a Settings,
    /// Found once, for the three rules about repeated papers.
    pub(super) duplicate_pairs: std::sync::OnceLock<Vec<PairIds>>,
    /// Paper rows by their title's identity key, built on first use (the
    /// evidence shared-paper-link looks for: a title listed elsewhere).
    pub(super) titled_rows: std::sync::OnceLock<std::collections::HashMap<String, Vec<RowRef<'a>>>>,
    /// Venues named with their year outside tables, read on first use by
    /// the two rules that judge them.
    pub(super) prose_venues: std::sync::OnceLock<Vec<super::prose_venues::ProseVenue>>,
    /// Papers named by list items, read on first use by the rules about
    /// repeated papers.
    pub(super) list_entries: std::sync::OnceLock<Vec<super::list_entries::ListEntry>>,
    /// Whether each row is a paper ([`RowRef::is_paper`]), in row order,
    /// decided once per run: several rules ask it of every row.
    pub(super) paper_rows: std::sync::OnceLock<PaperRows>,
    /// Findings of the link check on the same text (`--links`): evidence
    /// some rules weigh (which of two rows links the wrong arXiv paper).
    pub link_findings: &'a [Diagnostic],
}

impl<'a> Context<'a> {
    /// The year of the row's venue, from the venue cell or, where the list's
    /// year column gives the venue's year, from the row's year cell.
    pub fn venue_year(&self, r: &RowRef<'_>) -> Option<crate::facts::VenueYear> {
        r.facts
            .venue_year_in(&self.facts.tables[r.table_index], self.knowledge)
    }

    pub fn new(
        document: &'a Document<'a>,
        knowledge: &'a Knowledge,
        facts: &'a Facts,
        profile: &'a Profile,
        settings: &'a Settings,
    ) -> Self {
        Context {
            document,
            knowledge,
            facts,
            profile,
            settings,
            duplicate_pairs: std::sync::OnceLock::new(),
            titled_rows: std::sync::OnceLock::new(),
            prose_venues: std::sync::OnceLock::new(),
            list_entries: std::sync::OnceLock::new(),
            paper_rows: std::sync::OnceLock::new(),
            link_findings: &[],
        }
    }

    /// The same context, with the link check's findings as evidence.
    pub fn with_link_findings(mut self, findings: &'a [Diagnostic]) -> Self {
        self.link_findings = findings;
        self
    }

    pub fn row(&self, (table_index, row_index): RowId) -> RowRef<'a> {
        let table = &self.document.tables[table_index];
        RowRef {
            text: self.document.text,
            table_index,
            table,
            row_index,
            row: table.row(row_index),
            facts: &self.facts.tables[table_index].rows[row_index],
        }
    }

    pub fn rows(&self) -> impl Iterator<Item = RowRef<'a>> + 'a {
        let (document, facts) = (self.document, self.facts);
        (0..document.tables.len())
            .flat_map(move |table_index| rows_of(document, facts, table_index))
    }

    /// `check` on every row, its output in row order: a long list's rows
    /// in ranges on the shared pool, so one rule over one huge table uses
    /// every core.
    pub fn check_rows<T: Send>(&self, check: impl Fn(&RowRef<'a>, &mut Vec<T>) + Sync) -> Vec<T> {
        let ids: Vec<RowId> = (0..self.document.tables.len())
            .flat_map(|t| (0..self.document.tables[t].row_count()).map(move |r| (t, r)))
            .collect();
        crate::parallel::in_ranges(ids.len(), |range| {
            let mut out = Vec::new();
            for &id in &ids[range] {
                check(&self.row(id), &mut out);
            }
            out
        })
    }

    /// Whether the row is a paper ([`RowRef::is_paper`]), from the answers
    /// for every row, found on first use (or by [`Context::find_paper_rows`]).
    pub fn is_paper(&self, r: &RowRef<'_>) -> bool {
        let papers = self.paper_rows.get_or_init(|| {
            PaperRows::of(
                self,
                self.rows().map(|r| r.is_paper(self.knowledge)).collect(),
            )
        });
        papers.flags[papers.table_starts[r.table_index] + r.row_index]
    }

    /// Decides which rows are papers for [`Context::is_paper`], on the pool:
    /// called before the rules run, so that none waits on the others.
    pub fn find_paper_rows(&self) {
        self.paper_rows.get_or_init(|| {
            PaperRows::of(
                self,
                self.check_rows(|r, out| out.push(r.is_paper(self.knowledge))),
            )
        });
    }

    /// Venues named with their year outside tables (see `prose_venues`).
    pub(crate) fn prose_venues(&self) -> &[super::prose_venues::ProseVenue] {
        self.prose_venues
            .get_or_init(|| super::prose_venues::prose_venues(self.document, self.knowledge))
    }

    /// The venues named within `span` (a list item's lines): mentions come
    /// in document order, so they are one slice of them.
    pub(crate) fn prose_venues_within(
        &self,
        span: crate::span::Span,
    ) -> impl Iterator<Item = &super::prose_venues::ProseVenue> {
        let mentions = self.prose_venues();
        let first = mentions.partition_point(|m| m.span.start < span.start);
        mentions[first..]
            .iter()
            .take_while(move |m| m.span.start < span.end)
            .filter(move |m| span.contains(m.span))
    }

    /// Papers named by list items (see `list_entries`).
    pub(crate) fn list_entries(&self) -> &[super::list_entries::ListEntry] {
        self.list_entries
            .get_or_init(|| super::list_entries::list_entries(self.document, self.knowledge))
    }

    /// The paper rows whose title has identity key `key`, from an index
    /// built once per run: a list with many pairs to judge would otherwise
    /// read every row's title once per pair.
    pub(crate) fn rows_titled(&self, key: &str) -> &[RowRef<'a>] {
        let index = self.titled_rows.get_or_init(|| {
            let mut index: std::collections::HashMap<String, Vec<RowRef<'a>>> = Default::default();
            for r in self.rows().filter(|r| self.is_paper(r)) {
                if let Some(title) = r.facts.title(r.table, r.row) {
                    index
                        .entry(super::titles::identity_key(title))
                        .or_default()
                        .push(r);
                }
            }
            index
        });
        index.get(key).map_or(&[], Vec::as_slice)
    }

    /// The rows of one table.
    pub fn table_rows(&self, table_index: usize) -> impl Iterator<Item = RowRef<'a>> + 'a {
        rows_of(self.document, self.facts, table_index)
    }

    pub fn line(&self, span: Span) -> usize {
        self.document.line_number(span.start)
    }
}

/// The rows of table `table_index`, each with its facts.
fn rows_of<'a>(
    document: &'a Document<'a>,
    facts: &'a Facts,
    table_index: usize,
) -> impl Iterator<Item = RowRef<'a>> + 'a {
    let table = &document.tables[table_index];
    table
        .rows()
        .zip(&facts.tables[table_index].rows)
        .enumerate()
        .map(move |(row_index, (row, facts))| RowRef {
            text: document.text,
            table_index,
            table,
            row_index,
            row,
            facts,
        })
}

/// An edit that adds cells holding `values` at the end of `row`, in the
/// row's own style (with or without a closing pipe).
pub(crate) fn append_cells(row: Row<'_, '_>, values: &[String]) -> Edit {
    let last_end = row.outer_spans().last().map_or(row.span().end, |c| c.end);
    if row.has_trailing_pipe() {
        let text: String = values
            .iter()
            .map(|v| {
                if v.is_empty() {
                    "  |".to_string()
                } else {
                    format!(" {v} |")
                }
            })
            .collect();
        Edit::insert(last_end + 1, text)
    } else {
        let text: String = values.iter().map(|v| format!(" | {v}")).collect();
        Edit::insert(last_end, text.trim_end().to_string())
    }
}

/// One flag per row of the document, tables one after the other.
pub(super) struct PaperRows {
    table_starts: Vec<usize>,
    flags: Vec<bool>,
}

impl PaperRows {
    fn of(cx: &Context<'_>, flags: Vec<bool>) -> Self {
        let mut table_starts = Vec::with_capacity(cx.document.tables.len());
        let mut start = 0;
        for table in &cx.document.tables {
            table_starts.push(start);
            start += table.row_count();
        }
        PaperRows {
            table_starts,
            flags,
        }
    }
}
