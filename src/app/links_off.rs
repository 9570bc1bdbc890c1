//! `--links` in a build without the `links` feature (`cargo install
//! --no-default-features`): there is no network code, so asking for the link
//! check is a usage error (exit code 2), found before any file is linted.
//! The same items as `links.rs`, so that the rest of the app is the same.

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

/// Whether this file's links would be checked: `--no-links` wins, as in
/// the full build.
pub fn wanted(cli: &Cli, profile: &Profile) -> bool {
    !cli.no_links && (cli.links || profile.config.links.enabled)
}

/// Without link checking there are no settings to differ.
pub fn same_settings(_a: &Profile, _b: &Profile) -> bool {
    true
}

/// Always the usage problem: this build cannot check links.
pub fn options(cli: &Cli, profile: &Profile) -> Result<(), String> {
    let from_config = (!cli.links).then_some(profile.source.as_deref()).flatten();
    Err(missing(from_config))
}

/// No link session can exist in this build.
pub enum Links {}

impl Links {
    pub fn start(cli: &Cli, profile: &Profile) -> Result<Links, String> {
        options(cli, profile).and_then(|()| Err(missing(None)))
    }

    pub fn check(
        &self,
        _text: &str,
        _profile: &Profile,
        _lines: Option<&HashSet<usize>>,
    ) -> Vec<Diagnostic> {
        match *self {}
    }

    pub fn finish(self) -> Vec<String> {
        match self {}
    }
}
