//! How a run ends: the exit codes and the trouble that makes it exit 2.

use super::profile::ProfileError;

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

pub(super) fn into_trouble(error: ProfileError) -> Trouble {
    match error {
        ProfileError::Config(e) => Trouble::Config(e),
        ProfileError::Other(message) => Trouble::Message(message),
    }
}
