//! Linting one source: read it, check its links, lint, keep what changed.

use super::changed::{self, ChangedLines};
use super::cli::Cli;
use super::inputs::Source;
use super::links;
use super::output::{Output, Piece};
use super::profile::Profile;
use nas_lint::render::FileReport;
use nas_lint::{lint_document_with, Diagnostic, LineIndex};

/// What one source came to.
#[derive(Default)]
pub(super) struct Done {
    /// Its share of the report; none for a file skipped or unreadable.
    pub(super) piece: Option<Piece>,
    pub(super) troubles: Vec<String>,
    pub(super) notes: Vec<String>,
    pub(super) failed: bool,
    pub(super) fixed: usize,
    pub(super) changed: bool,
    /// `--fix -`: the fixed text, for standard output.
    pub(super) fixed_text: Option<String>,
    pub(super) diff: Option<String>,
}

/// What linting and fixing both start from: the text, the changed lines
/// (`--changed-since`) and the link check's findings (`--links`).
pub(super) struct Start {
    pub(super) name: String,
    pub(super) text: String,
    pub(super) done: Done,
    pub(super) changed: Option<ChangedLines>,
    /// `None` when the links were not checked.
    pub(super) found_by_links: Option<Vec<Diagnostic>>,
}

pub(super) fn start(
    cli: &Cli,
    source: &Source,
    profile: &Profile,
    links: Option<&links::Links>,
) -> Result<Start, Box<Done>> {
    let name = source.name();
    let text = source
        .read()
        .map_err(|problem| trouble(format!("{name}: {problem}")))?;
    let mut done = Done::default();
    let changed = changed_lines(cli, source, &mut done.troubles);
    let found_by_links = link_findings(cli, &text, profile, changed.as_ref(), links);
    Ok(Start {
        name,
        text,
        done,
        changed,
        found_by_links,
    })
}

pub(super) fn lint_one(
    cli: &Cli,
    source: &Source,
    profile: &Profile,
    output: &Output,
    links: Option<&links::Links>,
) -> Done {
    let Start {
        name,
        text,
        mut done,
        changed,
        found_by_links,
    } = match start(cli, source, profile, links) {
        Ok(start) => start,
        Err(done) => return *done,
    };
    let result = lint_document_with(&text, &profile.knowledge, &profile.options, found_by_links);
    if result.paper_tables == 0 {
        if source.found_in_folder() {
            return done;
        }
        done.notes.push(format!(
            "nas-lint: note: {name}: no paper table found (a paper table has a title column); list items, venues and links are still checked"
        ));
    }
    let diagnostics = keep_changed(changed.as_ref(), &text, result.diagnostics);
    done.failed = diagnostics
        .iter()
        .any(|d| profile.fail_on.fails(d.severity));
    let report = FileReport {
        path: &name,
        text: &text,
        diagnostics: &diagnostics,
    };
    done.piece = Some(output.piece(&report, true));
    done
}

/// With `--links`, the link check's findings (only for changed lines with
/// `--changed-since`); `None` when this file's links are not checked.
pub(super) fn link_findings(
    cli: &Cli,
    text: &str,
    profile: &Profile,
    changed: Option<&ChangedLines>,
    links: Option<&links::Links>,
) -> Option<Vec<Diagnostic>> {
    let links = links.filter(|_| links::wanted(cli, profile))?;
    let lines = match changed {
        Some(ChangedLines::Some(lines)) => Some(lines),
        _ => None,
    };
    Some(links.check(text, profile, lines))
}

fn trouble(message: String) -> Done {
    Done {
        troubles: vec![message],
        ..Done::default()
    }
}

/// With `--changed-since`, the lines that changed (a problem is noted and
/// the whole file counts).
fn changed_lines(cli: &Cli, source: &Source, troubles: &mut Vec<String>) -> Option<ChangedLines> {
    let revision = cli.changed_since.as_ref()?;
    let Some(path) = source.path() else {
        troubles.push("<stdin>: --changed-since needs a file in a git repository".to_string());
        return None;
    };
    match changed::changed_lines(path, revision) {
        Ok(changed) => Some(changed),
        Err(problem) => {
            troubles.push(format!("{}: {problem}", source.name()));
            None
        }
    }
}

/// Keeps the findings on changed lines. The rules still read the whole
/// file: a new row that repeats an old one is reported.
pub(super) fn keep_changed(
    changed: Option<&ChangedLines>,
    text: &str,
    diagnostics: Vec<Diagnostic>,
) -> Vec<Diagnostic> {
    let Some(changed) = changed else {
        return diagnostics;
    };
    let index = LineIndex::new(text);
    diagnostics
        .into_iter()
        .filter(|d| changed.contains(index.line_of(d.span.start) + 1))
        .collect()
}
