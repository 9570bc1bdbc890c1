//! `--links` in a build without the `links` feature (`cargo install
//! --no-default-features`): there is no network code, so asking for the link
//! check is a usage error (exit code 2), found before any file is linted.
//! The same functions as `links.rs`, so that the rest of the app is the same.

use super::cli::Cli;
use super::profile::Profile;
use nas_lint::Diagnostic;
use std::collections::HashSet;

/// What the user is told.
pub fn missing(from_config: Option<&std::path::Path>) -> String {
    let asked = match from_config {
        Some(path) => format!("{} sets `links.enabled = true`", path.display()),
        None => "--links was given".to_string(),
    };
    format!(
        "{asked}, but this nas-lint was built without link checking (the cargo feature `links`); \
         install a release binary or the PyPI wheel, or build with `cargo install nas-lint` (default features)"
    )
}

/// No link options can exist in this build.
pub enum LinkOptions {}

pub struct LinkReport {
    pub notes: Vec<String>,
}

pub fn wanted(cli: &Cli, profile: &Profile) -> bool {
    cli.links || profile.config.links.enabled
}

pub fn options(cli: &Cli, profile: &Profile) -> Result<LinkOptions, String> {
    let from_config = (!cli.links).then_some(profile.source.as_deref()).flatten();
    Err(missing(from_config))
}

pub fn check(
    _text: &str,
    _profile: &Profile,
    options: LinkOptions,
    _lines: Option<HashSet<usize>>,
) -> Result<(Vec<Diagnostic>, LinkReport), String> {
    match options {}
}
