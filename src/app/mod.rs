//! The `nas-lint` command, behind `main`: arguments -> inputs -> profiles
//! -> library calls -> one report -> an exit code.

pub mod add_cli;
pub mod cli;

mod add;
mod add_input;
#[cfg(feature = "links")]
mod add_lookup;
#[cfg(not(feature = "links"))]
#[path = "add_lookup_off.rs"]
mod add_lookup;

mod changed;
mod clock;
mod exit;
mod fix;
mod fixing;
mod info;
mod inputs;
#[cfg(feature = "links")]
mod links;
#[cfg(not(feature = "links"))]
#[path = "links_off.rs"]
mod links;
mod lint;
mod output;
mod profile;
mod stats;

use cli::Cli;
use exit::into_trouble;
pub use exit::{Trouble, EXIT_CLEAN, EXIT_FINDINGS, EXIT_TROUBLE};
use fix::fix_one;
use info::{explain, list_rules, show_config};
use inputs::{sources, Source};
use lint::{lint_one, Done};
use output::{print_out, Output};
use profile::{Profile, Profiles};
use std::path::PathBuf;

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
    // The process ends next: freeing every venue, profile and file one by
    // one would cost a small run more than the operating system's release.
    drop(jobs);
    std::mem::forget(profiles);
    std::mem::forget(sources);
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

/// Runs `work` on every item on the shared rayon pool; the results keep the
/// items' order. One item runs here: a small list starts no thread at all.
fn parallel_map<T: Sync, R: Send>(items: &[T], work: impl Fn(&T) -> R + Sync + Send) -> Vec<R> {
    use rayon::prelude::*;
    if items.len() < 2 {
        return items.iter().map(work).collect();
    }
    items.par_iter().map(work).collect()
}
