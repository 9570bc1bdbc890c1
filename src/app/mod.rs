//! The `nas-lint` command, behind `main`: arguments -> inputs -> profiles
//! -> library calls -> one report -> an exit code.

pub mod add_cli;
pub mod cli;

mod add;
#[cfg(feature = "links")]
mod add_lookup;
#[cfg(not(feature = "links"))]
#[path = "add_lookup_off.rs"]
mod add_lookup;

mod changed;
mod clock;
mod fixing;
mod inputs;
#[cfg(feature = "links")]
mod links;
#[cfg(not(feature = "links"))]
#[path = "links_off.rs"]
mod links;
mod output;
mod profile;
mod stats;

use changed::ChangedLines;
use cli::Cli;
use inputs::{sources, Source};
use nas_lint::fix::{fix_with, FixOptions};
use nas_lint::render::FileReport;
use nas_lint::rules;
use nas_lint::{lint_document_with, Diagnostic, LineIndex};
use output::Piece;
use output::{print_out, Output};
use profile::{Profile, ProfileError, Profiles};
use std::path::PathBuf;

pub const EXIT_CLEAN: u8 = 0;
pub const EXIT_FINDINGS: u8 = 1;
pub const EXIT_TROUBLE: u8 = 2;

/// Why the run could not do its job: exit code 2.
pub enum Trouble {
    Message(String),
    /// A configuration file error, shown on the file.
    Config(Box<nas_lint::config::ConfigError>),
}

impl From<String> for Trouble {
    fn from(message: String) -> Self {
        Trouble::Message(message)
    }
}

pub fn run(mut cli: Cli) -> Result<u8, Trouble> {
    if let Some(command) = cli.command.take() {
        return match command {
            cli::Command::Stats(args) => stats::run(args),
            cli::Command::Add(args) => add::run(&cli, &args),
        };
    }
    if cli.list_rules {
        print_out(&list_rules());
        return Ok(EXIT_CLEAN);
    }
    if let Some(name) = &cli.explain {
        print_out(
            &explain(name).ok_or_else(|| format!("unknown rule `{name}` (see --list-rules)"))?,
        );
        return Ok(EXIT_CLEAN);
    }
    let paths = if cli.paths.is_empty() {
        vec![PathBuf::from("README.md")]
    } else {
        cli.paths.clone()
    };
    let mut profiles = Profiles::new(&cli, clock::current_year());
    if cli.show_config {
        let first = paths
            .iter()
            .find(|p| p.as_os_str() != "-")
            .map(PathBuf::as_path);
        let key = profiles.prepare(first).map_err(into_trouble)?;
        print_out(&show_config(profiles.get(&key)));
        return Ok(EXIT_CLEAN);
    }
    let (sources, mut troubles) = sources(&paths);
    let mut keys = Vec::with_capacity(sources.len());
    for source in &sources {
        keys.push(profiles.prepare(source.path()).map_err(into_trouble)?);
    }
    let mut output = Output::new(cli.format, cli.statistics, cli.color);
    output.sarif_too = cli.sarif_file.is_some();
    let jobs: Vec<(&Source, &Profile)> = sources
        .iter()
        .zip(&keys)
        .map(|(s, k)| (s, profiles.get(k)))
        .collect();
    // Without the `links` feature, asking for the link check is a usage
    // error, said once before anything is linted.
    if !cfg!(feature = "links") {
        if let Some((_, profile)) = jobs.iter().find(|(_, p)| links::wanted(&cli, p)) {
            links::options(&cli, profile)?;
        }
    }
    let fixing = cli.fix || cli.diff;
    // One link session for the run: every file shares its client, host
    // limits, breakers and cache.
    let link_session = match jobs.iter().find(|(_, p)| links::wanted(&cli, p)) {
        Some((_, profile)) => {
            for (source, other) in &jobs {
                if links::wanted(&cli, other) && !links::same_settings(profile, other) {
                    eprintln!(
                        "nas-lint: warning: {}: its configuration's [links] settings differ from \
                         those of the run's first checked file; one link check serves the run, \
                         with the first's",
                        source.name()
                    );
                }
            }
            Some(links::Links::start(&cli, profile)?)
        }
        None => None,
    };
    let session = link_session.as_ref();
    let done: Vec<Done> = parallel_map(&jobs, |&(source, profile)| {
        if fixing {
            fix_one(&cli, source, profile, &output, session)
        } else {
            lint_one(&cli, source, profile, &output, session)
        }
    });
    if let Some(session) = link_session {
        session.finish().iter().for_each(|note| eprintln!("{note}"));
    }

    let mut pieces = Vec::new();
    let mut fixed = 0;
    let mut failed = false;
    let mut changed_any = false;
    let mut fixed_text_on_stdout = false;
    for done in done {
        troubles.extend(done.troubles);
        done.notes.iter().for_each(|note| eprintln!("{note}"));
        if let Some(text) = &done.fixed_text {
            print_out(text);
            fixed_text_on_stdout = true;
        }
        if let Some(diff) = &done.diff {
            print_out(diff);
        }
        fixed += done.fixed;
        failed |= done.failed;
        changed_any |= done.changed;
        pieces.extend(done.piece);
    }
    if cli.diff {
        let verb = if changed_any {
            "Would fix"
        } else {
            "Nothing to fix:"
        };
        eprintln!(
            "{verb} {fixed} finding{}.",
            if fixed == 1 { "" } else { "s" }
        );
    } else {
        if let (Some(path), Some(sarif)) = (&cli.sarif_file, output.sarif(&pieces)) {
            if let Err(e) = std::fs::write(path, sarif) {
                troubles.push(format!("cannot write {}: {e}", path.display()));
            }
        }
        let report = output.finish(pieces, fixing.then_some(fixed));
        if fixed_text_on_stdout {
            eprint!("{report}");
        } else {
            print_out(&report);
        }
    }
    for trouble in &troubles {
        eprintln!("nas-lint: error: {trouble}");
    }
    let code = match (cli.diff, changed_any, failed) {
        (true, true, _) | (false, _, true) => EXIT_FINDINGS,
        _ => EXIT_CLEAN,
    };
    Ok(if troubles.is_empty() {
        code
    } else {
        EXIT_TROUBLE
    })
}

fn into_trouble(error: ProfileError) -> Trouble {
    match error {
        ProfileError::Config(e) => Trouble::Config(e),
        ProfileError::Other(message) => Trouble::Message(message),
    }
}

/// What one source came to.
#[derive(Default)]
struct Done {
    /// Its share of the report; none for a file skipped or unreadable.
    piece: Option<Piece>,
    troubles: Vec<String>,
    notes: Vec<String>,
    failed: bool,
    fixed: usize,
    changed: bool,
    /// `--fix -`: the fixed text, for standard output.
    fixed_text: Option<String>,
    diff: Option<String>,
}

/// What linting and fixing both start from: the text, the changed lines
/// (`--changed-since`) and the link check's findings (`--links`).
struct Start {
    name: String,
    text: String,
    done: Done,
    changed: Option<ChangedLines>,
    /// `None` when the links were not checked.
    found_by_links: Option<Vec<Diagnostic>>,
}

fn start(
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

fn lint_one(
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
            "nas-lint: note: {name}: no paper table found (a paper table has a title column)"
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

/// `--fix` and `--diff`: fix a source, then write it (a file, in place and
/// atomically), keep it for standard output, or make the diff.
fn fix_one(
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
    let options = FixOptions {
        unsafe_fixes: cli.unsafe_fixes,
    };
    let outcome = fix_with(
        &text,
        &profile.knowledge,
        &profile.options,
        options,
        found_by_links,
    );
    done.changed = outcome.changed(&text);
    for undone in &outcome.rolled_back {
        done.notes.push(format!(
            "nas-lint: warning: {name}: the {} fix was undone: it would break a table or add an error",
            undone.rule
        ));
    }
    if cli.diff {
        if done.changed {
            done.diff = Some(fixing::unified_diff(&name, &text, &outcome.text));
        }
        done.fixed = outcome.fixed.len();
        return done;
    }
    let written = match source.path() {
        None => {
            done.fixed_text = Some(outcome.text.clone());
            true
        }
        Some(path) if done.changed => match fixing::write_atomically(path, &outcome.text) {
            Ok(()) => true,
            Err(e) => {
                done.troubles.push(format!(
                    "{name}: cannot write the fixed file: {e}; left it unchanged"
                ));
                done.changed = false;
                false
            }
        },
        Some(_) => true,
    };
    let final_text = if written { outcome.text } else { text };
    if written {
        done.fixed = outcome.fixed.len();
    }
    // What is left, links included, on the text as it now is; the session
    // knows every target already (a moved repository's new name too), so
    // this sends no request.
    let found = link_findings(cli, &final_text, profile, changed.as_ref(), links);
    let remaining =
        lint_document_with(&final_text, &profile.knowledge, &profile.options, found).diagnostics;
    let remaining = keep_changed(changed.as_ref(), &final_text, remaining);
    done.failed = remaining.iter().any(|d| profile.fail_on.fails(d.severity));
    let report = FileReport {
        path: &name,
        text: &final_text,
        diagnostics: &remaining,
    };
    done.piece = Some(output.piece(&report, done.fixed_text.is_none()));
    done
}

/// With `--links`, the link check's findings (only for changed lines with
/// `--changed-since`); `None` when this file's links are not checked.
fn link_findings(
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
fn keep_changed(
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

/// Runs `work` on every item on the shared rayon pool; the results keep the
/// items' order.
fn parallel_map<T: Sync, R: Send>(items: &[T], work: impl Fn(&T) -> R + Sync + Send) -> Vec<R> {
    use rayon::prelude::*;
    items.par_iter().map(work).collect()
}

fn list_rules() -> String {
    let row = |name: &str, set: &str, severity: &str, fix: &str, finds: &str| {
        format!("{name:<27} {set:<8} {severity:<8} {fix:<15} {finds}\n")
    };
    let mut out = row("RULE", "SET", "SEVERITY", "FIX", "FINDS");
    for meta in rules::all_metas() {
        out.push_str(&row(
            meta.name,
            rule_set(meta),
            meta.severity.as_str(),
            meta.fix.as_str(),
            meta.summary,
        ));
    }
    out.push_str(
        "\nSET: `default` rules run unless --select or the config's `select` says otherwise;\n\
         `opt-in` rules run only when named in --select, --extend-select or the config \
         (or with --select ALL).\n",
    );
    out
}

fn rule_set(meta: &rules::RuleMeta) -> &'static str {
    if meta.default {
        "default"
    } else {
        "opt-in"
    }
}

/// A rule's documentation, with whether it is in the default set after its
/// severity and fix paragraph.
fn explain(name: &str) -> Option<String> {
    let meta = rules::all_metas().find(|m| m.name == name)?;
    let set = if meta.default {
        "Rule set: default — runs without `--select`.".to_string()
    } else {
        format!(
            "Rule set: opt-in — runs only when selected: `--extend-select {0}`, \
             `--select {0}` or `extend-select = [\"{0}\"]` in the config.",
            meta.name
        )
    };
    let doc = meta.doc;
    let at = doc
        .match_indices('\n')
        .map(|(i, _)| i + 1)
        .find(|&i| doc[i..].starts_with("Fix:"))
        .and_then(|i| doc[i..].find("\n\n").map(|end| i + end + 1));
    Some(match at {
        Some(at) => format!("{}{set}\n{}", &doc[..at], &doc[at..]),
        None => format!("{doc}\n{set}\n"),
    })
}

fn show_config(profile: &Profile) -> String {
    let source = profile
        .source
        .as_ref()
        .map_or("(none found: defaults)".to_string(), |p| {
            p.display().to_string()
        });
    format!(
        "# configuration file: {source}\n{}",
        profile.config.to_toml()
    )
}
