//! A table where one cell rule fires on most rows is following a convention
//! of its own that nas-lint misreads (dates written `2308`, a "Publication"
//! column of years, group labels drawn as rows), not holding a defect in
//! every row: a list's defects are few and scattered. Measured on 180 real
//! lists, nearly every finding of such a burst was wrong; so the findings
//! of a burst are dropped, and the table's other findings stay.

use super::Context;
use crate::diagnostic::Diagnostic;
use crate::registry::lint::CELL_RULES;
use std::collections::HashMap;

/// A burst: at least this many findings of one rule in one table...
const BURST_FINDINGS: usize = 4;

/// Drops the findings of each cell rule that fires on more than half of a
/// table's paper rows (and at least [`BURST_FINDINGS`] times there).
pub fn drop_table_conventions(cx: &Context<'_>, diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let table_of = |d: &Diagnostic| {
        if !CELL_RULES.iter().any(|m| m.name == d.rule) {
            return None;
        }
        let tables = &cx.document.tables;
        let after = tables.partition_point(|t| t.span.start <= d.span.start);
        let index = after.checked_sub(1)?;
        let table = &tables[index];
        // A finding on the header is about the whole table, not a cell; and
        // one its row proves (surplus cells are lost whatever the table's
        // habits) is no misreading.
        let on_header = d.span.start < table.header().span().end;
        (d.span.start < table.span.end && !on_header && !d.proven_by_row).then_some(index)
    };
    let mut counts: HashMap<(&str, usize), usize> = HashMap::new();
    for d in &diagnostics {
        if let Some(table) = table_of(d) {
            *counts.entry((d.rule, table)).or_default() += 1;
        }
    }
    let mut paper_rows: HashMap<usize, usize> = HashMap::new();
    let bursts: Vec<(&str, usize)> = counts
        .into_iter()
        .filter(|&(_, count)| count >= BURST_FINDINGS)
        .filter(|&((_, table), count)| {
            let papers = *paper_rows
                .entry(table)
                .or_insert_with(|| cx.table_rows(table).filter(|r| cx.is_paper(r)).count());
            count * 2 > papers
        })
        .map(|(key, _)| key)
        .collect();
    if bursts.is_empty() {
        return diagnostics;
    }
    diagnostics
        .into_iter()
        .filter(|d| table_of(d).is_none_or(|table| !bursts.contains(&(d.rule, table))))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Severity;

    /// The findings that survive when `rule` reports the first `hits` rows
    /// of a table of six papers.
    fn surviving(rule: &'static str, hits: usize) -> usize {
        surviving_of(rule, hits, 6)
    }

    fn surviving_of(rule: &'static str, hits: usize, papers: usize) -> usize {
        surviving_with_header(rule, hits, papers, false)
    }

    /// As [`surviving_of`], with one more finding on the header when `on_header`.
    fn surviving_with_header(
        rule: &'static str,
        hits: usize,
        papers: usize,
        on_header: bool,
    ) -> usize {
        let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
        let mut text = String::from("| Title | Venue | Year |\n|---|---|---|\n");
        for i in 0..papers {
            text.push_str(&format!("| Paper number {i} | CVPR | 2021 |\n"));
        }
        let document = crate::document::parse(&text, &knowledge.columns);
        let settings = crate::Settings::new(2026);
        let facts = crate::facts::understand(&document, &knowledge, &settings);
        let profile = crate::profile::learn(&document, &knowledge, &facts, &settings);
        let cx = Context::new(&document, &knowledge, &facts, &profile, &settings);
        let mut found: Vec<Diagnostic> = cx
            .table_rows(0)
            .take(hits)
            .map(|r| Diagnostic::new(rule, Severity::Error, r.row.span(), "finding"))
            .collect();
        if on_header {
            let header = document.tables[0].header().span();
            found.push(Diagnostic::new(rule, Severity::Error, header, "table"));
        }
        drop_table_conventions(&cx, found).len()
    }

    #[test]
    fn a_cell_rule_firing_on_most_rows_of_a_table_is_dropped() {
        assert_eq!(surviving("invalid-year", 4), 0);
        assert_eq!(surviving("table-shape", 6), 0);
    }

    #[test]
    fn a_finding_on_the_header_is_about_the_table_and_stays() {
        assert_eq!(surviving_with_header("table-shape", 6, 6, true), 1);
    }

    #[test]
    fn a_few_findings_or_a_rule_comparing_rows_stay() {
        // Three of six rows is no majority; four of six is.
        assert_eq!(surviving("invalid-year", 3), 3);
        assert_eq!(surviving("duplicate-paper", 5), 5);
        assert_eq!(surviving("malformed-link", 6), 6);
        // Three of four rows are most rows, but too few findings to be a
        // convention.
        assert_eq!(surviving_of("invalid-year", 3, 4), 3);
    }
}
