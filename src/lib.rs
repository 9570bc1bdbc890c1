//! nas-lint: a linter for curated research-paper lists.
//!
//! The library knows nothing of terminals or files: it takes text and gives
//! findings. Data flows one way:
//! text -> [`document::parse`] -> [`facts::understand`] -> [`rules`] ->
//! [`Diagnostic`]s -> a renderer in [`render`].

pub mod add;
pub mod config;
pub mod diagnostic;
pub mod document;
pub mod facts;
pub mod fix;
pub mod knowledge;
#[cfg(feature = "links")]
pub mod links;
mod parallel;
mod pattern;
pub mod profile;
pub mod registry;
pub mod render;
pub mod rules;
mod selection;
pub mod settings;
pub mod span;
pub mod stats;
pub mod suppress;

pub use diagnostic::{Applicability, Diagnostic, Edit, Fix, Related, Severity};
pub use knowledge::Knowledge;
pub use registry::ALL_RULES;
pub use selection::{RuleSelection, UnknownRule};
pub use settings::Settings;
pub use span::{LineIndex, Position, Span};

use rules::{Context, Rule};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Default)]
pub struct LintOptions {
    pub selection: RuleSelection,
    pub settings: Settings,
    /// Severities the user chose per rule, replacing the rules' own.
    pub severities: BTreeMap<String, Severity>,
}

/// The default rule set, as the command line runs it.
impl Default for RuleSelection {
    fn default() -> Self {
        RuleSelection::default_set()
    }
}

/// Lints one document; the findings are sorted by position, then rule.
pub fn lint(text: &str, knowledge: &Knowledge, options: &LintOptions) -> Vec<Diagnostic> {
    lint_document(text, knowledge, options).diagnostics
}

/// What linting a document found.
#[derive(Debug, Clone)]
pub struct LintResult {
    pub diagnostics: Vec<Diagnostic>,
    /// How many paper tables the document has (0: nothing to lint).
    pub paper_tables: usize,
}

/// Lints one document, and says how many paper tables it has.
pub fn lint_document(text: &str, knowledge: &Knowledge, options: &LintOptions) -> LintResult {
    lint_document_with(text, knowledge, options, None)
}

/// Lints one document together with the link check's findings on the same
/// text, so that suppressions and severities apply to all. `links` is
/// `None` when the links were not checked: suppressions of the link rules
/// are then not judged (they may silence a finding of another run).
pub fn lint_document_with(
    text: &str,
    knowledge: &Knowledge,
    options: &LintOptions,
    links: Option<Vec<Diagnostic>>,
) -> LintResult {
    let document = document::parse(text, &knowledge.columns);
    lint_parsed(document, knowledge, options, links)
}

fn lint_parsed(
    document: document::Document<'_>,
    knowledge: &Knowledge,
    options: &LintOptions,
    links: Option<Vec<Diagnostic>>,
) -> LintResult {
    let facts = facts::understand(&document, knowledge, &options.settings);
    let profile = profile::learn(&document, knowledge, &facts, &options.settings);
    // The rules read the link check's findings as evidence; the report
    // takes them over, so the rules get their own copy (a few findings).
    let link_evidence = links.clone().unwrap_or_default();
    let cx = Context::new(&document, knowledge, &facts, &profile, &options.settings)
        .with_link_findings(&link_evidence);
    let rows: usize = document.tables.iter().map(|t| t.row_count()).sum();
    let mut diagnostics = run_rules(&cx, options.selection.rules(), rows);
    let links_checked = links.is_some();
    diagnostics.extend(
        links
            .into_iter()
            .flatten()
            .filter(|d| options.selection.is_enabled(d.rule)),
    );
    let report_unused = options
        .selection
        .is_enabled(suppress::UNUSED_SUPPRESSION.name);
    let diagnostics = suppress::apply(
        &document,
        diagnostics,
        report_unused,
        &options.selection,
        links_checked,
    );
    // After the suppressions: a comment that silences a finding of a burst
    // is used all the same.
    let mut diagnostics = rules::drop_table_conventions(&cx, diagnostics);
    for d in &mut diagnostics {
        if let Some(&severity) = options.severities.get(d.rule) {
            d.severity = severity;
        }
    }
    diagnostics.sort_by(|a, b| (a.span.start, a.rule).cmp(&(b.span.start, b.rule)));
    LintResult {
        diagnostics,
        paper_tables: document.tables.len(),
    }
}

/// Runs the rules, on the shared rayon pool for a long list (the same pool
/// that lints files and parses pieces, so nothing nests threads). Each
/// rule's findings keep their order, and rules are joined in registry
/// order: the output does not depend on scheduling.
fn run_rules(cx: &Context<'_>, rules: &[&'static dyn Rule], rows: usize) -> Vec<Diagnostic> {
    use rayon::prelude::*;
    if !parallel::worth_threads(rows) {
        let mut out = Vec::new();
        rules.iter().for_each(|rule| rule.check(cx, &mut out));
        return out;
    }
    cx.find_paper_rows();
    if rules.iter().any(|rule| rule.reads_duplicate_pairs()) {
        cx.find_duplicate_pairs();
    }
    // One task per rule: two heavy rules never wait in one task.
    let per_rule: Vec<Vec<Diagnostic>> = rules
        .par_iter()
        .with_max_len(1)
        .map(|rule| {
            let mut out = Vec::new();
            rule.check(cx, &mut out);
            out
        })
        .collect();
    per_rule.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every finding, as the JSON renderer writes it and as Debug shows it.
    fn findings(text: &str, piece_bytes: usize) -> String {
        let knowledge = Knowledge::builtin().unwrap();
        let options = LintOptions {
            selection: RuleSelection::all(),
            ..LintOptions::default()
        };
        let (document, undone) = document::parse_in_pieces(text, &knowledge.columns, piece_bytes);
        assert!(!undone);
        let result = lint_parsed(document, &knowledge, &options, None);
        let report = render::FileReport {
            path: "list.md",
            text,
            diagnostics: &result.diagnostics,
        };
        format!(
            "{}\n{:#?}",
            render::json::render(&[report]),
            result.diagnostics
        )
    }

    /// Long enough that rules, pairing and profile work in ranges of rows
    /// on the pool.
    #[test]
    fn a_long_list_lints_the_same_on_one_thread_and_on_several() {
        // Every 97th arXiv link loses its scheme: malformed-link findings
        // all along the list.
        let text = document::testing::long_tables()
            .repeat(12)
            .split("](https://arxiv.org")
            .enumerate()
            .map(|(i, part)| match i {
                0 => part.to_string(),
                i if i % 97 == 0 => format!("](arxiv.org{part}"),
                _ => format!("](https://arxiv.org{part}"),
            })
            .collect::<String>();
        assert!(text.lines().filter(|l| l.starts_with("| [")).count() > 8_000);
        let on = |threads: usize| {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap();
            pool.install(|| findings(&text, usize::MAX))
        };
        let one = on(1);
        assert!(one.matches("\"rule\": \"duplicate-paper\"").count() > 1_000);
        assert!(one.matches("\"rule\": \"malformed-link\"").count() > 50);
        assert!(one == on(4), "four threads find what one finds, in order");
    }

    #[test]
    fn long_tables_lint_the_same_whole_and_in_pieces() {
        let text = document::testing::long_tables();
        let whole = findings(&text, usize::MAX);
        assert!(
            whole.matches("\"rule\": \"duplicate-paper\"").count() > 100,
            "duplicates across the pieces are found"
        );
        for piece_bytes in [1, 2048] {
            assert!(
                whole == findings(&text, piece_bytes),
                "pieces of {piece_bytes}"
            );
        }
    }
}
