//! The `nas-lint` command, behind `main`: arguments -> inputs -> profiles
//! -> library calls -> one report -> an exit code.

pub mod cli;

mod changed;
mod clock;
mod fixing;
mod inputs;
mod output;
mod profile;

use cli::Cli;
use inputs::{read_inputs, Input};
use nas_lint::fix::{fix, FixOptions};
use nas_lint::render::FileReport;
use nas_lint::rules::{self, OTHER_RULES, RULES};
use nas_lint::{lint, Diagnostic, LineIndex};
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

pub fn run(cli: Cli) -> Result<u8, Trouble> {
    if cli.list_rules {
        print_out(&list_rules());
        return Ok(EXIT_CLEAN);
    }
    if let Some(name) = &cli.explain {
        print_out(
            explain(name).ok_or_else(|| format!("unknown rule `{name}` (see --list-rules)"))?,
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
        let profile = profiles.for_input(first).map_err(into_trouble)?;
        print_out(&show_config(profile));
        return Ok(EXIT_CLEAN);
    }
    let (inputs, mut troubles) = read_inputs(&paths);
    let output = Output::new(cli.format, cli.statistics, cli.color);
    let code = if cli.fix || cli.diff {
        run_fix(&cli, &inputs, &mut profiles, &output, &mut troubles)?
    } else {
        run_lint(&cli, &inputs, &mut profiles, &output, &mut troubles)?
    };
    for trouble in &troubles {
        eprintln!("nas-lint: error: {trouble}");
    }
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

/// What one input came to: the text its findings point into.
struct Checked {
    name: String,
    text: String,
    diagnostics: Vec<Diagnostic>,
    failed: bool,
}

fn run_lint(
    cli: &Cli,
    inputs: &[Input],
    profiles: &mut Profiles<'_>,
    output: &Output,
    troubles: &mut Vec<String>,
) -> Result<u8, Trouble> {
    let mut checked = Vec::new();
    for input in inputs {
        let profile = profiles
            .for_input(input.path.as_deref())
            .map_err(into_trouble)?;
        let diagnostics = lint(&input.text, &profile.knowledge, &profile.options);
        let diagnostics = only_changed(cli, input, diagnostics, troubles);
        checked.push(finish(
            input.name.clone(),
            input.text.clone(),
            diagnostics,
            profile,
        ));
    }
    print_out(&output.report(&reports(&checked), None, true));
    Ok(exit_code(&checked))
}

/// `--fix` and `--diff`: fix every input, then write it (files, in place and
/// atomically), print it (standard input), or print the diff.
fn run_fix(
    cli: &Cli,
    inputs: &[Input],
    profiles: &mut Profiles<'_>,
    output: &Output,
    troubles: &mut Vec<String>,
) -> Result<u8, Trouble> {
    let fix_options = FixOptions {
        unsafe_fixes: cli.unsafe_fixes,
    };
    let mut checked = Vec::new();
    let mut fixed = 0;
    let mut changed_any = false;
    let mut fixed_text_on_stdout = false;
    for input in inputs {
        let profile = profiles
            .for_input(input.path.as_deref())
            .map_err(into_trouble)?;
        let outcome = fix(
            &input.text,
            &profile.knowledge,
            &profile.options,
            fix_options,
        );
        let changed = outcome.changed(&input.text);
        changed_any |= changed;
        for undone in &outcome.rolled_back {
            eprintln!(
                "nas-lint: warning: {}: the {} fix was undone: it would break a table or add an error",
                input.name, undone.rule
            );
        }
        if cli.diff {
            if changed {
                print_out(&fixing::unified_diff(
                    &input.name,
                    &input.text,
                    &outcome.text,
                ));
            }
            fixed += outcome.fixed.len();
            continue;
        }
        match &input.path {
            None => {
                print_out(&outcome.text);
                fixed_text_on_stdout = true;
            }
            Some(path) if changed => {
                if let Err(e) = fixing::write_atomically(path, &outcome.text) {
                    troubles.push(format!(
                        "{}: cannot write the fixed file: {e}; left it unchanged",
                        input.name
                    ));
                    let diagnostics = lint(&input.text, &profile.knowledge, &profile.options);
                    checked.push(finish(
                        input.name.clone(),
                        input.text.clone(),
                        diagnostics,
                        profile,
                    ));
                    continue;
                }
            }
            Some(_) => {}
        }
        fixed += outcome.fixed.len();
        let remaining = only_changed(cli, input, outcome.remaining, troubles);
        checked.push(finish(input.name.clone(), outcome.text, remaining, profile));
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
        return Ok(if changed_any {
            EXIT_FINDINGS
        } else {
            EXIT_CLEAN
        });
    }
    let report = output.report(&reports(&checked), Some(fixed), !fixed_text_on_stdout);
    if fixed_text_on_stdout {
        eprint!("{report}");
    } else {
        print_out(&report);
    }
    Ok(exit_code(&checked))
}

fn finish(name: String, text: String, diagnostics: Vec<Diagnostic>, profile: &Profile) -> Checked {
    let failed = diagnostics
        .iter()
        .any(|d| profile.fail_on.fails(d.severity));
    Checked {
        name,
        text,
        diagnostics,
        failed,
    }
}

/// With `--changed-since`, keeps the findings on changed lines. The rules
/// still read the whole file: a new row that repeats an old one is reported.
fn only_changed(
    cli: &Cli,
    input: &Input,
    diagnostics: Vec<Diagnostic>,
    troubles: &mut Vec<String>,
) -> Vec<Diagnostic> {
    let Some(revision) = &cli.changed_since else {
        return diagnostics;
    };
    let Some(path) = &input.path else {
        troubles.push("<stdin>: --changed-since needs a file in a git repository".to_string());
        return diagnostics;
    };
    match changed::changed_lines(path, revision) {
        Ok(changed) => {
            let index = LineIndex::new(&input.text);
            diagnostics
                .into_iter()
                .filter(|d| changed.contains(index.line_of(d.span.start) + 1))
                .collect()
        }
        Err(problem) => {
            troubles.push(format!("{}: {problem}", input.name));
            diagnostics
        }
    }
}

fn reports(checked: &[Checked]) -> Vec<FileReport<'_>> {
    checked
        .iter()
        .map(|c| FileReport {
            path: &c.name,
            text: &c.text,
            diagnostics: &c.diagnostics,
        })
        .collect()
}

fn exit_code(checked: &[Checked]) -> u8 {
    if checked.iter().any(|c| c.failed) {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    }
}

fn list_rules() -> String {
    let mut out = format!(
        "{:<27} {:<8} {:<15} {}\n",
        "RULE", "SEVERITY", "FIX", "FINDS"
    );
    let metas = RULES
        .iter()
        .map(|r| r.meta())
        .chain(OTHER_RULES.iter().copied());
    for meta in metas {
        out.push_str(&format!(
            "{:<27} {:<8} {:<15} {}\n",
            meta.name,
            meta.severity.as_str(),
            meta.fix.as_str(),
            meta.summary
        ));
    }
    out
}

fn explain(name: &str) -> Option<&'static str> {
    rules::find(name)
        .map(|r| r.meta().doc)
        .or_else(|| OTHER_RULES.iter().find(|m| m.name == name).map(|m| m.doc))
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
