//! What a check found out about one target. Three kinds of answer: alive
//! (with what was learnt on the way), dead (with the evidence), and
//! unverified (with the reason nothing could be decided).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "kebab-case")]
pub(crate) enum Outcome {
    Alive,
    /// An arXiv paper, with its title as arXiv has it (empty when unknown).
    Paper {
        title: String,
    },
    /// A GitHub repository that exists.
    Repo {
        /// `owner/name` where the repository lives now, when it moved.
        moved_to: Option<String>,
        /// Whether it is archived; only the API tells.
        archived: bool,
    },
    /// Evidence that the target is gone.
    Dead {
        reason: String,
    },
    /// Nothing could be decided.
    Unverified {
        reason: String,
    },
}

impl Outcome {
    pub fn dead(reason: impl Into<String>) -> Self {
        Outcome::Dead {
            reason: reason.into(),
        }
    }

    pub fn unverified(reason: impl Into<String>) -> Self {
        Outcome::Unverified {
            reason: reason.into(),
        }
    }

    /// Failures are never cached: a dead link is confirmed again on the
    /// next run, and an unverified one gets another chance.
    pub fn is_cacheable(&self) -> bool {
        !matches!(self, Outcome::Dead { .. } | Outcome::Unverified { .. })
    }
}
