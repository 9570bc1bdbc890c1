//! Results kept on disk between runs, so that a second run inside the
//! cache's ages sends no request at all (a CI job that restores the folder
//! is fast).
//!
//! Only living results are kept: a dead link is confirmed again on every
//! run, and an unverified one gets another chance. Each kind of target has
//! its own age: an arXiv paper does not go away, a repository may.
//!
//! The file is trusted as far as it goes: a cache from an untrusted pull
//! request could only hide dead links, so CI should restore it from the
//! base branch's runs, never from the pull request's tree.

use super::outcome::Outcome;
use super::target::{Kind, Target};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

const FILE_NAME: &str = "links-v1.json";

/// How long a living result of each kind is trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CacheAges {
    pub arxiv: Duration,
    pub github: Duration,
    pub web: Duration,
}

impl Default for CacheAges {
    fn default() -> Self {
        const DAY: Duration = Duration::from_secs(24 * 60 * 60);
        CacheAges {
            arxiv: DAY * 28,
            github: DAY,
            web: DAY,
        }
    }
}

impl CacheAges {
    fn of(&self, kind: Kind) -> Duration {
        match kind {
            Kind::Arxiv => self.arxiv,
            Kind::Repo => self.github,
            Kind::Web => self.web,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Entry {
    /// Seconds since the Unix epoch.
    checked: u64,
    /// Whether the GitHub API gave it (which knows archived repositories);
    /// a page check does not satisfy a run that has a token.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    via_api: bool,
    #[serde(flatten)]
    outcome: Outcome,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct File {
    entries: BTreeMap<String, Entry>,
}

pub(crate) struct Cache {
    dir: Option<PathBuf>,
    ages: CacheAges,
    now: u64,
    file: File,
    changed: bool,
}

impl Cache {
    /// The cache in `dir`, or an empty one that keeps nothing. An
    /// unreadable or corrupt file is treated as empty; the note says why.
    pub fn open(dir: Option<&Path>, ages: CacheAges) -> (Self, Option<String>) {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let mut cache = Cache {
            dir: dir.map(Path::to_path_buf),
            ages,
            now,
            file: File::default(),
            changed: false,
        };
        let Some(dir) = dir else {
            return (cache, None);
        };
        let path = dir.join(FILE_NAME);
        let note = match std::fs::read(&path) {
            Ok(bytes) => match serde_json::from_slice::<File>(&bytes) {
                Ok(file) => {
                    cache.file = file;
                    None
                }
                Err(e) => Some(format!("ignoring the link cache {}: {e}", path.display())),
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => Some(format!(
                "cannot read the link cache {}: {e}",
                path.display()
            )),
        };
        (cache, note)
    }

    /// A living result younger than its kind's age.
    pub fn get(&self, target: &Target, via_api_needed: bool) -> Option<Outcome> {
        let entry = self.file.entries.get(&target.cache_key())?;
        let age = self.now.saturating_sub(entry.checked);
        let fresh = age < self.ages.of(target.kind()).as_secs();
        let good_enough = entry.via_api || !via_api_needed || target.kind() != Kind::Repo;
        (fresh && good_enough && entry.outcome.is_cacheable()).then(|| entry.outcome.clone())
    }

    pub fn put(&mut self, target: &Target, outcome: &Outcome, via_api: bool) {
        if self.dir.is_none() || !outcome.is_cacheable() {
            return;
        }
        self.file.entries.insert(
            target.cache_key(),
            Entry {
                checked: self.now,
                via_api,
                outcome: outcome.clone(),
            },
        );
        self.changed = true;
    }

    /// Writes the cache (atomically: a temporary file, then a rename),
    /// dropping entries older than every age.
    pub fn save(&mut self) -> Result<(), String> {
        let Some(dir) = &self.dir else {
            return Ok(());
        };
        if !self.changed {
            return Ok(());
        }
        let oldest = self.ages.arxiv.max(self.ages.github).max(self.ages.web);
        let now = self.now;
        self.file
            .entries
            .retain(|_, e| now.saturating_sub(e.checked) < oldest.as_secs());
        let write = || -> std::io::Result<()> {
            std::fs::create_dir_all(dir)?;
            // Keep the cache out of commits without touching the user's files.
            let ignore = dir.join(".gitignore");
            if !ignore.exists() {
                std::fs::write(&ignore, "*\n")?;
            }
            let mut temporary = tempfile::NamedTempFile::new_in(dir)?;
            serde_json::to_writer(&mut temporary, &self.file)?;
            temporary.flush()?;
            temporary
                .persist(dir.join(FILE_NAME))
                .map_err(|e| e.error)?;
            Ok(())
        };
        write().map_err(|e| format!("cannot write the link cache in {}: {e}", dir.display()))?;
        self.changed = false;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paper() -> Target {
        Target::Arxiv("2010.00969".into())
    }

    #[test]
    fn living_results_come_back_and_failures_are_never_kept() {
        let dir = tempfile::tempdir().unwrap();
        let (mut cache, note) = Cache::open(Some(dir.path()), CacheAges::default());
        assert_eq!(note, None);
        let alive = Outcome::Paper {
            title: "DOTS".into(),
        };
        let dead_target = Target::Arxiv("2010.99999".into());
        cache.put(&paper(), &alive, false);
        cache.put(&dead_target, &Outcome::dead("404"), false);
        cache.save().unwrap();
        let (cache, _) = Cache::open(Some(dir.path()), CacheAges::default());
        assert_eq!(cache.get(&paper(), false), Some(alive));
        assert_eq!(cache.get(&dead_target, false), None);
        assert!(dir.path().join(".gitignore").exists());
    }

    #[test]
    fn old_entries_and_page_checks_for_a_token_run_are_misses() {
        let dir = tempfile::tempdir().unwrap();
        let repo = Target::Repo(crate::links::target::RepoName {
            owner: "a".into(),
            name: "b".into(),
        });
        let (mut cache, _) = Cache::open(Some(dir.path()), CacheAges::default());
        let alive = Outcome::Repo {
            moved_to: None,
            archived: false,
        };
        cache.put(&repo, &alive, false);
        assert_eq!(cache.get(&repo, false), Some(alive));
        assert_eq!(
            cache.get(&repo, true),
            None,
            "the page knows no archive flag"
        );
        let no_age = CacheAges {
            github: Duration::ZERO,
            ..CacheAges::default()
        };
        cache.save().unwrap();
        let (cache, _) = Cache::open(Some(dir.path()), no_age);
        assert_eq!(cache.get(&repo, false), None);
    }

    #[test]
    fn a_corrupt_file_is_an_empty_cache_with_a_note() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE_NAME), "{not json").unwrap();
        let (cache, note) = Cache::open(Some(dir.path()), CacheAges::default());
        assert!(note.unwrap().contains("ignoring the link cache"));
        assert_eq!(cache.get(&paper(), false), None);
    }
}
