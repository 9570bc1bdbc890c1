//! What a table column holds: the roles the column headers are read as.

use serde::{Deserialize, Serialize};

/// What a table column holds, decided from its header text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Title,
    Venue,
    Strategy,
    Code,
    Year,
    /// An extra column of paper links ("arXiv", "PDF").
    Paper,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Title => "title",
            Role::Venue => "venue",
            Role::Strategy => "strategy",
            Role::Code => "code",
            Role::Year => "year",
            Role::Paper => "paper",
        }
    }
}
