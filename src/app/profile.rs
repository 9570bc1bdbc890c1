//! From configuration files to what a lint needs: the knowledge, the rules
//! and their severities, what fails the run.

use super::cli::{Cli, FailOnArg};
use nas_lint::config::{Config, ConfigError, FailOn, CONFIG_FILE_NAMES};
use nas_lint::{Knowledge, LintOptions, RuleSelection, Settings};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Everything needed to lint the files that share one configuration.
pub struct Profile {
    /// The configuration file, if one was found.
    pub source: Option<PathBuf>,
    pub config: Config,
    pub knowledge: Knowledge,
    pub options: LintOptions,
    pub fail_on: FailOn,
}

/// Why no profile could be made: a configuration error is shown as a report
/// on the file; other problems as a message.
pub enum ProfileError {
    Config(Box<ConfigError>),
    Other(String),
}

/// Profiles by configuration file, made once each.
pub struct Profiles<'c> {
    cli: &'c Cli,
    current_year: i32,
    made: HashMap<Option<PathBuf>, Profile>,
}

impl<'c> Profiles<'c> {
    pub fn new(cli: &'c Cli, current_year: i32) -> Self {
        Profiles {
            cli,
            current_year,
            made: HashMap::new(),
        }
    }

    /// Makes the profile for a file (or for standard input, `None`) if it
    /// is not made yet, and returns the key to [`Profiles::get`] it with.
    pub fn prepare(&mut self, path: Option<&Path>) -> Result<Option<PathBuf>, ProfileError> {
        let source = match &self.cli.config {
            Some(explicit) => Some(explicit.clone()),
            None => discover(path),
        };
        if !self.made.contains_key(&source) {
            let profile = self.make(source.clone())?;
            self.made.insert(source.clone(), profile);
        }
        Ok(source)
    }

    pub fn get(&self, key: &Option<PathBuf>) -> &Profile {
        &self.made[key]
    }

    fn make(&self, source: Option<PathBuf>) -> Result<Profile, ProfileError> {
        let config = match &source {
            Some(path) => {
                let text = std::fs::read_to_string(path).map_err(|e| {
                    ProfileError::Other(format!(
                        "{}: cannot read the configuration: {e}",
                        path.display()
                    ))
                })?;
                Config::from_toml(&path.display().to_string(), &text)
                    .map_err(ProfileError::Config)?
            }
            None => Config::default(),
        };
        // As in ruff: `--select` starts over, dropping the config's selection.
        let (select, mut extend) = match &self.cli.select {
            Some(select) => (Some(select.clone()), Vec::new()),
            None => (config.select_names(), config.extend_select_names()),
        };
        extend.extend(self.cli.extend_select.iter().cloned());
        let mut ignore = config.ignore_names();
        ignore.extend(self.cli.ignore.iter().cloned());
        let selection = RuleSelection::configure(select.as_deref(), &extend, &ignore)
            .map_err(|e| ProfileError::Other(e.to_string()))?;
        let knowledge = Knowledge::with_extensions(config.knowledge_extensions()).map_err(|e| {
            let name = source
                .as_ref()
                .map_or("built-in rule data".to_string(), |p| {
                    p.display().to_string()
                });
            ProfileError::Other(format!("{name}: {e}"))
        })?;
        let fail_on = match self.cli.fail_on {
            Some(FailOnArg::Error) => FailOn::Error,
            Some(FailOnArg::Warning) => FailOn::Warning,
            None => config.fail_on,
        };
        let options = LintOptions {
            selection,
            settings: Settings {
                year_column: config.year_column,
                ..Settings::new(self.current_year)
            },
            severities: config.severities(),
        };
        Ok(Profile {
            source,
            config,
            knowledge,
            options,
            fail_on,
        })
    }
}

/// The closest configuration file, from the file's folder (the current
/// folder for standard input) up to the root.
fn discover(path: Option<&Path>) -> Option<PathBuf> {
    let start = match path {
        Some(path) => std::fs::canonicalize(path).ok()?.parent()?.to_path_buf(),
        None => std::env::current_dir().ok()?,
    };
    start.ancestors().find_map(|folder| {
        CONFIG_FILE_NAMES
            .iter()
            .map(|name| folder.join(name))
            .find(|candidate| candidate.is_file())
    })
}
