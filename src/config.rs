//! The user's configuration (`nas-lint.toml` / `.nas-lint.toml`): which
//! rules run and how severe they are, the list's own vocabulary, and the
//! link options. The library reads text it is given; finding the file is the
//! binary's job.

use crate::diagnostic::Severity;
use crate::document::Role;
use crate::knowledge::{
    ColumnFile, KnowledgeExtensions, RoleHeaders, Strategy, StrategyFile, Venue, VenueFile,
};
use crate::registry;
pub use crate::settings::YearColumn;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use toml::Spanned;

/// The file names looked for, in this order, in each folder from the linted
/// file's up to the root; the first found wins.
pub const CONFIG_FILE_NAMES: &[&str] = &[".nas-lint.toml", "nas-lint.toml"];

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    /// Run only these rules (`ALL`: every rule), instead of the default set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub select: Option<Vec<Spanned<String>>>,
    /// Run these rules too, on top of the default set (or of `select`).
    #[serde(default)]
    pub extend_select: Vec<Spanned<String>>,
    /// Do not run these rules.
    #[serde(default)]
    pub ignore: Vec<Spanned<String>>,
    /// Per-rule severity: `unknown-venue = "error"`.
    #[serde(default)]
    pub severity: BTreeMap<Spanned<String>, Severity>,
    /// What makes the exit code 1.
    #[serde(default)]
    pub fail_on: FailOn,
    /// What the year column means.
    #[serde(default)]
    pub year_column: YearColumn,
    /// Cell values that mean "unknown", besides the built-in ones.
    #[serde(default)]
    pub placeholders: Vec<String>,
    /// More venues, or more names for known ones (same keys as `rules/venues.toml`).
    #[serde(default)]
    pub venue: Vec<Venue>,
    /// More strategies (same keys as `rules/strategies.toml`).
    #[serde(default)]
    pub strategy: Vec<Strategy>,
    /// More header names for column roles (same keys as `rules/columns.toml`'s `[[role]]`).
    #[serde(default)]
    pub columns: Vec<RoleHeaders>,
    #[serde(default)]
    pub links: LinkConfig,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FailOn {
    #[default]
    Error,
    Warning,
}

impl FailOn {
    pub fn fails(self, severity: Severity) -> bool {
        match self {
            FailOn::Error => severity == Severity::Error,
            FailOn::Warning => severity >= Severity::Warning,
        }
    }
}

/// The link-check options (see `nas-lint --links`).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct LinkConfig {
    /// Check links over the network on every run.
    #[serde(default)]
    pub enabled: bool,
    /// Where results are cached, relative to the config file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cache_dir: Option<String>,
    /// `REGEX REPLACEMENT` rewrites applied to URLs before checking.
    #[serde(default)]
    pub remap: Vec<String>,
    /// Not allowed here: a pull request can change a configuration file,
    /// and this would widen where requests may go. Read only to say so.
    #[serde(default, skip_serializing)]
    pub allow_private: Option<Spanned<toml::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub concurrency: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_host_concurrency: Option<usize>,
    /// Seconds before a request is given up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<u64>,
}

/// A configuration file that cannot be used, pointing at the offending place.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("{name}: {message}")]
#[diagnostic(code(nas_lint::config))]
pub struct ConfigError {
    pub name: String,
    pub message: String,
    #[source_code]
    pub source_code: miette::NamedSource<String>,
    #[label("here")]
    pub span: Option<miette::SourceSpan>,
}

impl ConfigError {
    fn at(
        name: &str,
        text: &str,
        span: Option<std::ops::Range<usize>>,
        message: String,
    ) -> Box<Self> {
        Box::new(ConfigError {
            name: name.to_string(),
            message,
            source_code: miette::NamedSource::new(name, text.to_string()),
            span: span.map(|r| (r.start, r.len()).into()),
        })
    }
}

impl Config {
    /// Reads a configuration file's text; `name` is how errors name it.
    pub fn from_toml(name: &str, text: &str) -> Result<Config, Box<ConfigError>> {
        let config: Config = toml::from_str(text).map_err(|e| {
            let message = e.message().to_string();
            ConfigError::at(name, text, e.span(), message)
        })?;
        config.check_rule_names(name, text)?;
        if let Some(key) = &config.links.allow_private {
            return Err(ConfigError::at(
                name,
                text,
                Some(key.span()),
                "`allow-private` cannot be set in a configuration file (a pull request could \
                 change it to reach internal addresses): pass --allow-private on the command line, \
                 set NAS_LINT_ALLOW_PRIVATE=1, or use the Action's `allow-private` input"
                    .to_string(),
            ));
        }
        Ok(config)
    }

    fn check_rule_names(&self, name: &str, text: &str) -> Result<(), Box<ConfigError>> {
        // `ALL` selects or ignores every rule; it has no severity.
        let selections = self
            .select
            .iter()
            .flatten()
            .chain(&self.extend_select)
            .chain(&self.ignore)
            .map(|rule| (rule, true));
        let named = selections.chain(self.severity.keys().map(|rule| (rule, false)));
        for (rule, all_allowed) in named {
            let all = all_allowed && rule.get_ref() == registry::ALL_RULES;
            if !all && !registry::is_known(rule.get_ref()) {
                return Err(ConfigError::at(
                    name,
                    text,
                    Some(rule.span()),
                    format!(
                        "unknown rule `{}` (see nas-lint --list-rules)",
                        rule.get_ref()
                    ),
                ));
            }
        }
        Ok(())
    }

    pub fn select_names(&self) -> Option<Vec<String>> {
        self.select
            .as_ref()
            .map(|s| s.iter().map(|r| r.get_ref().clone()).collect())
    }

    pub fn extend_select_names(&self) -> Vec<String> {
        self.extend_select
            .iter()
            .map(|r| r.get_ref().clone())
            .collect()
    }

    pub fn ignore_names(&self) -> Vec<String> {
        self.ignore.iter().map(|r| r.get_ref().clone()).collect()
    }

    /// Severity overrides by rule name.
    pub fn severities(&self) -> BTreeMap<String, Severity> {
        self.severity
            .iter()
            .map(|(k, v)| (k.get_ref().clone(), *v))
            .collect()
    }

    /// What the configuration adds to the built-in knowledge.
    pub fn knowledge_extensions(&self) -> KnowledgeExtensions {
        KnowledgeExtensions {
            venues: vec![VenueFile {
                venue: self.venue.clone(),
                ..VenueFile::default()
            }],
            strategies: vec![StrategyFile {
                strategy: self.strategy.clone(),
                ..StrategyFile::default()
            }],
            columns: vec![ColumnFile {
                placeholders: self.placeholders.clone(),
                role: self.columns.clone(),
                ..ColumnFile::default()
            }],
        }
    }

    /// The configuration as TOML, for `--show-config`.
    pub fn to_toml(&self) -> String {
        toml::to_string_pretty(&Shown::from(self))
            .unwrap_or_else(|e| format!("# cannot show: {e}\n"))
    }
}

/// The configuration without spans, as `--show-config` prints it.
#[derive(Serialize)]
#[serde(rename_all = "kebab-case")]
struct Shown<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    select: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    extend_select: Vec<String>,
    ignore: Vec<String>,
    fail_on: FailOn,
    year_column: YearColumn,
    placeholders: &'a [String],
    severity: BTreeMap<String, Severity>,
    links: &'a LinkConfig,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    venue: &'a [Venue],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    strategy: &'a [Strategy],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    columns: &'a [RoleHeaders],
}

impl<'a> From<&'a Config> for Shown<'a> {
    fn from(config: &'a Config) -> Self {
        Shown {
            select: config.select_names(),
            extend_select: config.extend_select_names(),
            ignore: config.ignore_names(),
            fail_on: config.fail_on,
            year_column: config.year_column,
            placeholders: &config.placeholders,
            severity: config.severities(),
            links: &config.links,
            venue: &config.venue,
            strategy: &config.strategy,
            columns: &config.columns,
        }
    }
}

/// Column roles a config may name (for its documentation and errors).
pub const ROLES: &[Role] = &[
    Role::Title,
    Role::Venue,
    Role::Strategy,
    Role::Code,
    Role::Year,
    Role::Paper,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_key() {
        let config = Config::from_toml(
            "nas-lint.toml",
            r#"
select = ["venue-typo", "duplicate-paper"]
ignore = ["unknown-venue"]
fail-on = "warning"
year-column = "preprint"
placeholders = ["n/a"]

[severity]
duplicate-paper = "info"

[[venue]]
name = "AutoML-Conf"
kind = "conference"
first_year = 2022

[[strategy]]
name = "Pruning"
section_keywords = ["pruning"]

[[columns]]
role = "venue"
headers = ["where"]

[links]
enabled = true
cache-dir = ".cache"
remap = ["https://arxiv.org http://127.0.0.1:8080"]
"#,
        )
        .unwrap();
        assert_eq!(
            config.select_names().unwrap(),
            ["venue-typo", "duplicate-paper"]
        );
        assert_eq!(config.fail_on, FailOn::Warning);
        assert_eq!(config.year_column, YearColumn::Preprint);
        assert_eq!(config.severities()["duplicate-paper"], Severity::Info);
        assert!(config.links.enabled);
        assert!(config.to_toml().contains("year-column = \"preprint\""));
    }

    #[test]
    fn unknown_keys_and_rules_point_at_their_line() {
        let text = "select = [\"venue-typo\"]\nfail_on = \"warning\"\n";
        let error = Config::from_toml("nas-lint.toml", text).unwrap_err();
        let span = error.span.expect("a span");
        assert_eq!(&text[span.offset()..span.offset() + span.len()], "fail_on");
        assert!(error.message.contains("unknown field"), "{}", error.message);

        let text = "ignore = [\"venue-typos\"]\n";
        let error = Config::from_toml("nas-lint.toml", text).unwrap_err();
        assert!(error.message.contains("unknown rule `venue-typos`"));
        assert_eq!(error.span.unwrap().offset(), 10);
    }

    #[test]
    fn allow_private_in_a_config_is_an_error_that_says_what_to_do() {
        let text = "[links]\nenabled = true\nallow-private = true\n";
        let error = Config::from_toml("nas-lint.toml", text).unwrap_err();
        assert!(
            error.message.contains("`allow-private`"),
            "{}",
            error.message
        );
        assert!(
            error.message.contains("--allow-private"),
            "{}",
            error.message
        );
        let span = error.span.expect("a span");
        assert_eq!(&text[span.offset()..span.offset() + span.len()], "true");
        assert!(Config::from_toml("x.toml", "[links]\nallow-private = false\n").is_err());
    }

    #[test]
    fn wrong_types_are_errors() {
        let error = Config::from_toml("x.toml", "year-column = 2021\n").unwrap_err();
        assert!(error.span.is_some());
        assert!(Config::from_toml("x.toml", "[severity]\nvenue-typo = \"fatal\"\n").is_err());
        assert!(Config::from_toml("x.toml", "not toml at all [").is_err());
    }
}
