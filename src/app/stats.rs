//! `nas-lint stats [FILE]`: reads one list, asks the library for its
//! counts and prints them in the chosen format.

use super::cli::{Cli, StatsArgs, StatsFormat};
use super::clock;
use super::exit::{into_trouble, Trouble, EXIT_CLEAN};
use super::inputs::sources;
use super::output::print_out;
use super::profile::Profiles;
use clap::Parser;
use nas_lint::stats;
use std::path::PathBuf;

pub fn run(args: StatsArgs) -> Result<u8, Trouble> {
    let path = args.file.unwrap_or_else(|| PathBuf::from("README.md"));
    if path.is_dir() {
        return Err(format!("{}: stats reads one file, not a folder", path.display()).into());
    }
    let (found, troubles) = sources(std::slice::from_ref(&path));
    if let Some(trouble) = troubles.into_iter().next() {
        return Err(trouble.into());
    }
    let source = found
        .first()
        .ok_or_else(|| format!("{}: nothing to read", path.display()))?;
    let name = source.name();
    let text = source
        .read()
        .map_err(|problem| format!("{name}: {problem}"))?;
    // The configuration (its venues and strategies) is found as for linting.
    let mut base = Cli::try_parse_from(["nas-lint"]).expect("no arguments always parse");
    base.config = args.config;
    let mut profiles = Profiles::new(&base, clock::current_year());
    let key = profiles.prepare(source.path()).map_err(into_trouble)?;
    let profile = profiles.get(&key);
    let counts = stats::of_text(&text, &profile.knowledge, &profile.options.settings);
    let title = source
        .path()
        .and_then(|p| p.file_name())
        .map_or(name.clone(), |n| n.to_string_lossy().into_owned());
    let out = match args.format {
        StatsFormat::Markdown => stats::render::markdown(&name, &counts),
        StatsFormat::Json => stats::render::json(&counts),
        StatsFormat::Svg => stats::render::svg(&title, &counts),
    };
    if counts.paper_rows == 0 && counts.citing_rows == 0 {
        eprintln!(
            "nas-lint: note: {name}: no paper table found (a paper table has a title column)"
        );
    }
    print_out(&out);
    Ok(EXIT_CLEAN)
}
