//! `--links`: one link session for the whole run (every file, and the
//! second look of `--fix`), with the options from the command line, the
//! environment and the configuration, and a progress line on a terminal.

use super::cli::Cli;
use super::profile::Profile;
use nas_lint::links::{LinkOptions, LinkSession, Progress, Remap, Url};
use nas_lint::{document, Diagnostic};
use std::collections::HashSet;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// The folder for cached link results when none is named: beside the
/// configuration file, else in the current folder.
pub(super) const DEFAULT_CACHE_DIR: &str = ".nas-lint-cache";

/// Set to `1` or `true`: the same as `--allow-private` (a repository's
/// files cannot set the environment; they can set a config).
const ALLOW_PRIVATE_ENV: &str = "NAS_LINT_ALLOW_PRIVATE";

/// A progress line is shown once a check has run this long.
const PROGRESS_AFTER: Duration = Duration::from_secs(2);

/// Whether this file's links are checked: `--no-links` wins over
/// everything, then `--links`, then the configuration's `links.enabled`.
pub fn wanted(cli: &Cli, profile: &Profile) -> bool {
    !cli.no_links && (cli.links || profile.config.links.enabled)
}

/// Whether two profiles ask for the same link check (the run has one).
pub fn same_settings(a: &Profile, b: &Profile) -> bool {
    let settings = |p: &Profile| toml::to_string(&p.config.links).unwrap_or_default();
    a.source.as_ref().and_then(|s| s.parent()) == b.source.as_ref().and_then(|s| s.parent())
        || settings(a) == settings(b)
}

/// The link check's cache folder (shared by `--links` and `add`): the
/// command line's `--cache-dir`, else the config's `cache-dir`, else
/// `.nas-lint-cache/` beside the config file; none with `--no-cache`.
pub fn cache_dir(given: Option<&PathBuf>, no_cache: bool, profile: &Profile) -> Option<PathBuf> {
    let base = profile
        .source
        .as_ref()
        .and_then(|p| p.parent())
        .map(PathBuf::from)
        .unwrap_or_default();
    match (given, &profile.config.links.cache_dir) {
        _ if no_cache => None,
        (Some(dir), _) => Some(dir.clone()),
        (None, Some(dir)) => Some(base.join(dir)),
        (None, None) => Some(base.join(DEFAULT_CACHE_DIR)),
    }
}

/// The link options, or a usage problem (a remap that does not parse).
pub fn options(cli: &Cli, profile: &Profile) -> Result<LinkOptions, String> {
    let config = &profile.config.links;
    let cache_dir = cache_dir(cli.cache_dir.as_ref(), cli.no_cache, profile);
    // A config's remaps stay, but their destinations are judged like any
    // URL: the address guard applies, and the token goes only to the API.
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
        allow_private: cli.allow_private || env_flag(ALLOW_PRIVATE_ENV),
        github_token: std::env::var("GITHUB_TOKEN").ok().filter(|t| !t.is_empty()),
        github_api: env_url("GITHUB_API_URL")?.unwrap_or(defaults.github_api.clone()),
        github_graphql: env_url("GITHUB_GRAPHQL_URL")?.unwrap_or(defaults.github_graphql.clone()),
        concurrency: config.concurrency.unwrap_or(defaults.concurrency),
        per_host_concurrency: config
            .per_host_concurrency
            .unwrap_or(defaults.per_host_concurrency),
        timeout: config.timeout.map_or(defaults.timeout, Duration::from_secs),
        // For the binary's own tests, which cannot wait seconds per 404.
        confirm_interval: std::env::var("NAS_LINT_CONFIRM_INTERVAL_MS")
            .ok()
            .and_then(|ms| ms.parse().ok())
            .map_or(defaults.confirm_interval, Duration::from_millis),
        ..defaults
    })
}

fn env_flag(name: &str) -> bool {
    std::env::var(name).is_ok_and(|v| matches!(v.trim(), "1" | "true" | "yes"))
}

/// A URL from the environment (GitHub Actions sets these), or `None`.
fn env_url(name: &str) -> Result<Option<Url>, String> {
    match std::env::var(name) {
        Ok(value) if !value.trim().is_empty() => Url::parse(value.trim())
            .map(Some)
            .map_err(|e| format!("{name}=`{value}` is not a URL: {e}")),
        _ => Ok(None),
    }
}

/// The run's link check.
pub struct Links {
    session: LinkSession,
    started: Instant,
    on_terminal: bool,
    shown: AtomicBool,
}

impl Links {
    /// One session, with the options of `profile` (the first file's whose
    /// links are checked).
    pub fn start(cli: &Cli, profile: &Profile) -> Result<Links, String> {
        let options = options(cli, profile)?;
        let session = LinkSession::new(&options).map_err(|e| e.to_string())?;
        Ok(Links {
            session,
            started: Instant::now(),
            on_terminal: std::io::stderr().is_terminal(),
            shown: AtomicBool::new(false),
        })
    }

    /// Checks the links of `text` (only those on `lines`, when given); the
    /// findings join the lint's, which selects rules and applies severities.
    pub fn check(
        &self,
        text: &str,
        profile: &Profile,
        lines: Option<&HashSet<usize>>,
    ) -> Vec<Diagnostic> {
        let parsed = document::parse(text, &profile.knowledge.columns);
        let show = |p: Progress| {
            if self.started.elapsed() < PROGRESS_AFTER {
                return;
            }
            self.shown.store(true, Ordering::Relaxed);
            let mut err = std::io::stderr().lock();
            let _ = write!(
                err,
                "\rChecking links: {}/{} ({} requests)",
                p.done, p.total, p.requests
            );
            let _ = err.flush();
        };
        let progress: Option<&(dyn Fn(Progress) + Sync)> =
            if self.on_terminal { Some(&show) } else { None };
        self.session.check(&parsed, lines, progress).diagnostics
    }

    /// Ends the session (the cache is written); the lines for standard error.
    pub fn finish(self) -> Vec<String> {
        if self.shown.load(Ordering::Relaxed) {
            eprintln!();
        }
        self.session
            .finish()
            .into_iter()
            .map(|note| {
                if note.starts_with("links not checked") {
                    format!("nas-lint: {note}")
                } else {
                    format!("nas-lint: warning: {note}")
                }
            })
            .collect()
    }
}
