//! `--links`: the network check of a file's links, with the options from
//! the command line and the configuration, and a progress line on a terminal.

use super::cli::Cli;
use super::profile::Profile;
use nas_lint::links::{check_links, LinkOptions, LinkReport, Progress, Remap};
use nas_lint::{document, Diagnostic};
use std::collections::HashSet;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::Duration;

/// The folder for cached link results when none is named: beside the
/// configuration file, else in the current folder.
const DEFAULT_CACHE_DIR: &str = ".nas-lint-cache";

pub fn wanted(cli: &Cli, profile: &Profile) -> bool {
    cli.links || profile.config.links.enabled
}

/// The link options, or a usage problem (a remap that does not parse).
pub fn options(cli: &Cli, profile: &Profile) -> Result<LinkOptions, String> {
    let config = &profile.config.links;
    let base = profile
        .source
        .as_ref()
        .and_then(|p| p.parent())
        .map(PathBuf::from)
        .unwrap_or_default();
    let cache_dir = match (&cli.cache_dir, &config.cache_dir) {
        _ if cli.no_cache => None,
        (Some(dir), _) => Some(dir.clone()),
        (None, Some(dir)) => Some(base.join(dir)),
        (None, None) => Some(base.join(DEFAULT_CACHE_DIR)),
    };
    let remaps = config
        .remap
        .iter()
        .chain(&cli.remap)
        .map(|r| Remap::parse(r).map_err(|e| format!("--remap '{r}': {e}")))
        .collect::<Result<Vec<_>, _>>()?;
    let defaults = LinkOptions::default();
    Ok(LinkOptions {
        cache_dir,
        remaps,
        allow_private: cli.allow_private || config.allow_private,
        github_token: std::env::var("GITHUB_TOKEN").ok().filter(|t| !t.is_empty()),
        concurrency: config.concurrency.unwrap_or(defaults.concurrency),
        per_host_concurrency: config
            .per_host_concurrency
            .unwrap_or(defaults.per_host_concurrency),
        timeout: config.timeout.map_or(defaults.timeout, Duration::from_secs),
        ..defaults
    })
}

/// Checks the links of `text` (only those on `lines`, when given); the
/// findings join the lint's, which selects rules and applies severities.
pub fn check(
    text: &str,
    profile: &Profile,
    mut options: LinkOptions,
    lines: Option<HashSet<usize>>,
) -> Result<(Vec<Diagnostic>, LinkReport), String> {
    options.only_lines = lines;
    let parsed = document::parse(text, &profile.knowledge.columns);
    let on_terminal = std::io::stderr().is_terminal();
    let show = |p: Progress| {
        let mut err = std::io::stderr().lock();
        let _ = write!(
            err,
            "\rChecking links: {}/{} ({} requests)",
            p.done, p.total, p.requests
        );
        if p.done == p.total {
            let _ = writeln!(err);
        }
    };
    let progress: Option<&(dyn Fn(Progress) + Sync)> = if on_terminal { Some(&show) } else { None };
    let report = check_links(&parsed, &options, progress).map_err(|e| e.to_string())?;
    Ok((report.diagnostics.clone(), report))
}
