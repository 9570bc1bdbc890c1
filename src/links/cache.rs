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
use super::target::Kind;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

const FILE_NAME: &str = "links-v1.json";
/// Held while the file is read, merged and replaced.
const LOCK_NAME: &str = "links-v1.lock";
/// A lock older than this was left by a run that died.
const STALE_LOCK: Duration = Duration::from_secs(30);
/// How long a save waits for another run's lock before writing anyway.
const LOCK_WAIT: Duration = Duration::from_secs(5);

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

    /// A living result younger than its kind's age. An entry dated in the
    /// future (a clock that was wrong, a hand-made file) counts as expired.
    pub fn get(&self, key: &str, kind: Kind, via_api_needed: bool) -> Option<Outcome> {
        let entry = self.file.entries.get(key)?;
        let fresh =
            entry.checked <= self.now && self.now - entry.checked < self.ages.of(kind).as_secs();
        let good_enough = entry.via_api || !via_api_needed || kind != Kind::Repo;
        (fresh && good_enough && entry.outcome.is_cacheable()).then(|| entry.outcome.clone())
    }

    /// Keeps a living result under `key` (the target and where its
    /// requests went).
    pub fn put(&mut self, key: &str, outcome: &Outcome, via_api: bool) {
        if self.dir.is_none() || !outcome.is_cacheable() {
            return;
        }
        self.file.entries.insert(
            key.to_string(),
            Entry {
                checked: self.now,
                via_api,
                outcome: outcome.clone(),
            },
        );
        self.changed = true;
    }

    /// Writes the cache, dropping entries older than every age. Another
    /// run may have written it since this one read it: under a lock, the
    /// file is read again and merged (the newer entry of a key wins), then
    /// replaced atomically (a temporary file, then a rename).
    pub fn save(&mut self) -> Result<(), String> {
        let Some(dir) = self.dir.clone() else {
            return Ok(());
        };
        if !self.changed {
            return Ok(());
        }
        let mut write = || -> std::io::Result<()> {
            make_folder(&dir)?;
            let _lock = Lock::take(&dir);
            if let Ok(bytes) = std::fs::read(dir.join(FILE_NAME)) {
                if let Ok(theirs) = serde_json::from_slice::<File>(&bytes) {
                    for (key, entry) in theirs.entries {
                        match self.file.entries.get(&key) {
                            Some(ours) if ours.checked >= entry.checked => {}
                            _ => {
                                self.file.entries.insert(key, entry);
                            }
                        }
                    }
                }
            }
            let oldest = self.ages.arxiv.max(self.ages.github).max(self.ages.web);
            let now = self.now;
            self.file
                .entries
                .retain(|_, e| e.checked <= now && now - e.checked < oldest.as_secs());
            replace_json(&dir.join(FILE_NAME), &self.file)
        };
        write().map_err(|e| format!("cannot write the link cache in {}: {e}", dir.display()))?;
        self.changed = false;
        Ok(())
    }
}

/// Makes the cache folder when it is missing. A folder nas-lint made is
/// kept out of commits; a folder the user named and had already is left as
/// it is.
pub(crate) fn make_folder(dir: &Path) -> std::io::Result<()> {
    if !dir.exists() {
        std::fs::create_dir_all(dir)?;
        std::fs::write(dir.join(".gitignore"), "*\n")?;
    }
    Ok(())
}

/// Replaces `path` with `value` as JSON, atomically: a temporary file in the
/// same folder, then a rename.
pub(crate) fn replace_json<T: Serialize>(path: &Path, value: &T) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut temporary = tempfile::NamedTempFile::new_in(dir)?;
    serde_json::to_writer(&mut temporary, value)?;
    temporary.flush()?;
    temporary.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// A lock file beside the cache, removed when dropped. A lock that stays
/// taken too long is written past (a run that died leaves one behind).
struct Lock(Option<PathBuf>);

impl Lock {
    fn take(dir: &Path) -> Lock {
        let path = dir.join(LOCK_NAME);
        let started = std::time::Instant::now();
        loop {
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
            {
                Ok(_) => return Lock(Some(path)),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    let stale = std::fs::metadata(&path)
                        .and_then(|m| m.modified())
                        .ok()
                        .and_then(|at| at.elapsed().ok())
                        .is_some_and(|age| age > STALE_LOCK);
                    if stale {
                        let _ = std::fs::remove_file(&path);
                        continue;
                    }
                    if started.elapsed() > LOCK_WAIT {
                        return Lock(None);
                    }
                    std::thread::sleep(Duration::from_millis(20));
                }
                Err(_) => return Lock(None),
            }
        }
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        if let Some(path) = &self.0 {
            let _ = std::fs::remove_file(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAPER: &str = "arxiv:2010.00969";

    #[test]
    fn living_results_come_back_and_failures_are_never_kept() {
        let dir = tempfile::tempdir().unwrap();
        let (mut cache, note) = Cache::open(Some(dir.path()), CacheAges::default());
        assert_eq!(note, None);
        let alive = Outcome::Paper {
            title: "DOTS".into(),
        };
        let dead_target = "arxiv:2010.99999";
        cache.put(PAPER, &alive, false);
        cache.put(dead_target, &Outcome::dead("404"), false);
        cache.save().unwrap();
        let (cache, _) = Cache::open(Some(dir.path()), CacheAges::default());
        assert_eq!(cache.get(PAPER, Kind::Arxiv, false), Some(alive));
        assert_eq!(cache.get(dead_target, Kind::Arxiv, false), None);
        assert!(
            !dir.path().join(".gitignore").exists(),
            "the folder was there: none of nas-lint's business"
        );
    }

    #[test]
    fn old_entries_and_page_checks_for_a_token_run_are_misses() {
        let dir = tempfile::tempdir().unwrap();
        let repo = "github:a/b";
        let (mut cache, _) = Cache::open(Some(dir.path()), CacheAges::default());
        let alive = Outcome::Repo {
            moved_to: None,
            archived: false,
        };
        cache.put(repo, &alive, false);
        assert_eq!(cache.get(repo, Kind::Repo, false), Some(alive));
        assert_eq!(
            cache.get(repo, Kind::Repo, true),
            None,
            "the page knows no archive flag"
        );
        let no_age = CacheAges {
            github: Duration::ZERO,
            ..CacheAges::default()
        };
        cache.save().unwrap();
        let (cache, _) = Cache::open(Some(dir.path()), no_age);
        assert_eq!(cache.get(repo, Kind::Repo, false), None);
    }

    #[test]
    fn a_corrupt_file_is_an_empty_cache_with_a_note() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE_NAME), "{not json").unwrap();
        let (cache, note) = Cache::open(Some(dir.path()), CacheAges::default());
        assert!(note.unwrap().contains("ignoring the link cache"));
        assert_eq!(cache.get(PAPER, Kind::Arxiv, false), None);
    }

    #[test]
    fn only_a_folder_nas_lint_made_gets_a_gitignore() {
        let dir = tempfile::tempdir().unwrap();
        let made = dir.path().join("new").join("cache");
        let (mut cache, _) = Cache::open(Some(&made), CacheAges::default());
        cache.put(PAPER, &Outcome::Alive, false);
        cache.save().unwrap();
        assert_eq!(
            std::fs::read_to_string(made.join(".gitignore")).unwrap(),
            "*\n"
        );

        let docs = dir.path().join("docs");
        std::fs::create_dir(&docs).unwrap();
        let (mut cache, _) = Cache::open(Some(&docs), CacheAges::default());
        cache.put(PAPER, &Outcome::Alive, false);
        cache.save().unwrap();
        assert!(docs.join(FILE_NAME).exists());
        assert!(!docs.join(".gitignore").exists(), "docs/ is the user's");
    }

    #[test]
    fn an_entry_dated_in_the_future_is_expired() {
        let dir = tempfile::tempdir().unwrap();
        let future = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_secs()
            + 3600;
        std::fs::write(
            dir.path().join(FILE_NAME),
            format!(r#"{{"entries": {{"{PAPER}": {{"checked": {future}, "outcome": "alive"}}}}}}"#),
        )
        .unwrap();
        let (cache, note) = Cache::open(Some(dir.path()), CacheAges::default());
        assert_eq!(note, None);
        assert_eq!(cache.get(PAPER, Kind::Arxiv, false), None);
    }

    #[test]
    fn two_runs_saving_at_once_lose_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let (mut first, _) = Cache::open(Some(dir.path()), CacheAges::default());
        let (mut second, _) = Cache::open(Some(dir.path()), CacheAges::default());
        let keys: Vec<String> = (0..40).map(|n| format!("arxiv:2101.{n:05}")).collect();
        for (n, key) in keys.iter().enumerate() {
            let cache = if n % 2 == 0 { &mut first } else { &mut second };
            cache.put(key, &Outcome::Alive, false);
        }
        std::thread::scope(|scope| {
            scope.spawn(|| first.save().unwrap());
            scope.spawn(|| second.save().unwrap());
        });
        let (cache, _) = Cache::open(Some(dir.path()), CacheAges::default());
        for key in &keys {
            assert_eq!(
                cache.get(key, Kind::Arxiv, false),
                Some(Outcome::Alive),
                "{key}"
            );
        }
        assert!(!dir.path().join(LOCK_NAME).exists(), "the lock is let go");
    }
}
