//! The rule registry. Each rule lives in its own file, with its tests, and
//! its user documentation in `rules/docs/<name>.md`.

mod conflicting_duplicate;
mod duplicate_anchor;
mod duplicate_paper;
mod duplicates;
mod impossible_venue_year;
mod invalid_year;
pub mod link_rules;
mod malformed_link;
mod missing_year;
mod outdated_venue_name;
mod paper_row;
mod row_order;
mod shared_paper_link;
mod strategy_section_mismatch;
mod swapped_columns;
mod table_shape;
mod toc_broken_link;
mod unknown_strategy;
mod unknown_venue;
mod venue_typo;
mod year_as_venue;
mod year_before_preprint;
mod year_mismatch;

#[cfg(test)]
pub(crate) mod testing;

use crate::diagnostic::{Diagnostic, Edit, Severity};
use crate::document::{Cell, Document, Row, Table};
use crate::facts::{Facts, RowFacts};
use crate::knowledge::Knowledge;
use crate::profile::Profile;
use crate::span::Span;
use crate::Settings;

/// What a rule is, for `--list-rules`, `--explain` and the renderers.
#[derive(Debug)]
pub struct RuleMeta {
    /// In the default rule set, which runs without `select`; `false`: an
    /// opt-in rule, run only when selected by name (or `ALL`). The default
    /// set holds only rules that are almost never wrong on a correct list.
    pub default: bool,
    /// Stable kebab-case name: configs and other tools refer to it.
    pub name: &'static str,
    pub severity: Severity,
    pub summary: &'static str,
    /// What, why, an example and the fix, from `rules/docs/<name>.md`.
    pub doc: &'static str,
    pub fix: FixKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FixKind {
    None,
    Safe,
    Unsafe,
    /// Safe in some cases, unsafe in others.
    Sometimes,
}

impl FixKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FixKind::None => "none",
            FixKind::Safe => "safe",
            FixKind::Unsafe => "unsafe",
            FixKind::Sometimes => "safe or unsafe",
        }
    }
}

pub trait Rule: Sync {
    fn meta(&self) -> &'static RuleMeta;
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>);
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
    duplicate_pairs: std::sync::OnceLock<Vec<duplicates::PairIds>>,
    /// Findings of the link check on the same text (`--links`): evidence
    /// some rules weigh (which of two rows links the wrong arXiv paper).
    pub link_findings: &'a [Diagnostic],
}

/// One body row with its table and what was read from it.
pub struct RowRef<'a> {
    /// The whole document's text.
    pub text: &'a str,
    pub table_index: usize,
    pub table: &'a Table<'a>,
    pub row_index: usize,
    pub row: Row<'a, 'a>,
    pub facts: &'a RowFacts,
}

impl<'a> RowRef<'a> {
    /// The span of a cell, or the row's last character when the row stops
    /// before that column (an empty span would show no underline).
    pub fn cell_span(&self, column: usize) -> Span {
        match self.row.cell(column) {
            Some(cell) => cell.span(),
            None => self.row_end(),
        }
    }

    pub fn cell(&self, column: usize) -> Option<Cell<'a, 'a>> {
        self.row.cell(column)
    }

    /// A one-cell row without links in a table of three columns or more
    /// (`| _VLA Models_ |`): a label that groups the rows below it, not a
    /// paper row with cells missing.
    pub fn is_group_label(&self) -> bool {
        self.row.cell_count() == 1
            && self.table.columns.len() > 2
            && self.row.links().next().is_none()
    }

    /// The last character of the row, where missing cells would go.
    pub fn row_end(&self) -> Span {
        let end = self.row.span().end;
        let start = self.text[..end]
            .char_indices()
            .next_back()
            .map_or(end, |(i, _)| i)
            .max(self.row.span().start);
        Span::new(start, end)
    }

    /// The title cell's span, or the whole row when there is none.
    pub fn title_span(&self) -> Span {
        self.table
            .column(crate::document::Role::Title)
            .and_then(|c| self.row.cell(c))
            .map_or(self.row.span(), |c| c.span())
    }

    pub fn cell_text(&self, column: usize) -> &'a str {
        self.row.cell(column).map_or("", |c| c.text())
    }

    /// Whether the cell's raw Markdown is exactly its visible text, so that
    /// byte ranges of the parsed text are byte ranges of the cell.
    pub fn cell_is_plain(&self, column: usize) -> bool {
        self.row.cell(column).is_some_and(|c| c.is_plain())
    }
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
            link_findings: &[],
        }
    }

    /// The same context, with the link check's findings as evidence.
    pub fn with_link_findings(mut self, findings: &'a [Diagnostic]) -> Self {
        self.link_findings = findings;
        self
    }

    pub fn row(&self, (table_index, row_index): duplicates::RowId) -> RowRef<'a> {
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

    /// Rows that name the same paper as an earlier row.
    pub fn duplicate_pairs(&self) -> Vec<duplicates::Pair<'_>> {
        self.duplicate_pairs
            .get_or_init(|| duplicates::find_pairs(self))
            .iter()
            .map(|p| duplicates::Pair {
                earlier: self.row(p.earlier),
                later: self.row(p.later),
                evidence: &p.evidence,
                same_title: p.same_title,
            })
            .collect()
    }

    pub fn rows(&self) -> impl Iterator<Item = RowRef<'a>> + 'a {
        let document = self.document;
        let facts = self.facts;
        document
            .tables
            .iter()
            .enumerate()
            .flat_map(move |(table_index, table)| {
                let table_facts = &facts.tables[table_index];
                table.rows().zip(&table_facts.rows).enumerate().map(
                    move |(row_index, (row, facts))| RowRef {
                        text: document.text,
                        table_index,
                        table,
                        row_index,
                        row,
                        facts,
                    },
                )
            })
    }

    pub fn line(&self, span: Span) -> usize {
        self.document.line_number(span.start)
    }
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

/// Every rule, in the order `--list-rules` shows them.
pub static RULES: &[&dyn Rule] = &[
    &table_shape::TableShape,
    &duplicate_paper::DuplicatePaper,
    &conflicting_duplicate::ConflictingDuplicate,
    &shared_paper_link::SharedPaperLink,
    &venue_typo::VenueTypo,
    &unknown_venue::UnknownVenue,
    &year_as_venue::YearAsVenue,
    &impossible_venue_year::ImpossibleVenueYear,
    &outdated_venue_name::OutdatedVenueName,
    &swapped_columns::SwappedColumns,
    &unknown_strategy::UnknownStrategy,
    &strategy_section_mismatch::StrategySectionMismatch,
    &missing_year::MissingYear,
    &invalid_year::InvalidYear,
    &year_mismatch::YearMismatch,
    &year_before_preprint::YearBeforePreprint,
    &row_order::RowOrder,
    &malformed_link::MalformedLink,
    &toc_broken_link::TocBrokenLink,
    &duplicate_anchor::DuplicateAnchor,
];

/// Whether a rule of that name exists (lint rules and the other stages').
pub fn is_known(name: &str) -> bool {
    find(name).is_some() || OTHER_RULES.iter().any(|m| m.name == name)
}

/// Whether `name` is one of the link check's rules (`--links`).
pub fn is_link_rule(name: &str) -> bool {
    link_rules::LINK_RULES.iter().any(|m| m.name == name)
}

/// Rules that are not run on the document model but by another stage
/// (suppressions, link checks); listed, explained and configured the same way.
pub static OTHER_RULES: &[&RuleMeta] = &[
    &crate::suppress::UNUSED_SUPPRESSION,
    &link_rules::DEAD_LINK,
    &link_rules::MOVED_LINK,
    &link_rules::ARXIV_TITLE_MISMATCH,
    &link_rules::UNVERIFIED_LINK,
    &link_rules::ARCHIVED_REPO,
];

/// Every rule's metadata, lint rules first, in `--list-rules` order.
pub fn all_metas() -> impl Iterator<Item = &'static RuleMeta> {
    RULES
        .iter()
        .map(|r| r.meta())
        .chain(OTHER_RULES.iter().copied())
}

pub fn find(name: &str) -> Option<&'static dyn Rule> {
    RULES.iter().copied().find(|r| r.meta().name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_kebab_case_and_documented() {
        let mut names = std::collections::HashSet::new();
        for rule in RULES {
            let meta = rule.meta();
            assert!(names.insert(meta.name), "{} registered twice", meta.name);
            assert!(
                meta.name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-'),
                "{} is not kebab-case",
                meta.name
            );
            assert!(
                meta.doc.starts_with(&format!("# {}\n", meta.name)),
                "{} doc title",
                meta.name
            );
            for section in [
                "## What it does",
                "## Why this matters",
                "## Example",
                "## How to fix",
            ] {
                assert!(
                    meta.doc.contains(section),
                    "{} doc lacks {section}",
                    meta.name
                );
            }
        }
        assert_eq!(RULES.len(), 20);
    }

    #[test]
    fn the_rule_tables_mark_exactly_the_opt_in_rules() {
        for (file, readme) in [
            ("README.md", include_str!("../../README.md")),
            (
                "rules/docs/README.md",
                include_str!("../../rules/docs/README.md"),
            ),
        ] {
            for meta in all_metas() {
                let rows: Vec<&str> = readme
                    .lines()
                    .filter(|l| l.starts_with(&format!("| [{}](", meta.name)))
                    .collect();
                for row in rows {
                    assert_eq!(
                        row.contains("*opt-in*"),
                        !meta.default,
                        "{file}: {}",
                        meta.name
                    );
                }
            }
        }
        let opt_in: Vec<_> = all_metas().filter(|m| !m.default).map(|m| m.name).collect();
        assert!(opt_in.contains(&"unknown-venue"), "{opt_in:?}");
    }

    #[test]
    fn quoted_titles_leave_out_badges() {
        let row = "| [Paper A](https://arxiv.org/abs/2101.00001) [![Star](https://img.shields.io/github/stars/a/b.svg)](https://github.com/a/b) | CVPR 2021 | - | - | 2021 |";
        let text = testing::seed_table("S", &[row, row]);
        let found = testing::check("duplicate-paper", &text);
        assert_eq!(found.len(), 1);
        assert!(
            found[0].message.starts_with("\"Paper A\" is"),
            "{}",
            found[0].message
        );
    }
}
