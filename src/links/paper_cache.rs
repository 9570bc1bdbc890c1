//! Paper metadata kept between runs of `nas-lint add`, beside the link
//! cache: a paper looked up once is not asked for again while it is young.
//!
//! Entries are keyed by the URL actually requested (after remaps), so a
//! mirror's answers never stand for the real site's. Only records that were
//! found are kept. Like the link cache, the file is trusted as far as it
//! goes: whatever it says ends up in a row the user sees in the diff, and
//! that row is linted like any other.

use super::cache::{make_folder, replace_json};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

const FILE_NAME: &str = "papers-v1.json";

/// What a source says about one paper.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PaperRecord {
    /// The id asked for: an arXiv id without version, or an OpenReview id.
    pub id: String,
    pub title: String,
    /// `2023-05-17...` (arXiv's `published`, OpenReview's publication date).
    pub date: Option<(i32, u8, u8)>,
    /// arXiv's journal reference, or OpenReview's venue.
    pub venue_text: Option<String>,
    /// arXiv's comment ("Accepted at CVPR 2023", "Code: https://...").
    pub comment: Option<String>,
    /// The abstract.
    pub summary: String,
}

/// An arXiv record's title and dates do not change once posted.
pub const ARXIV_AGE: Duration = Duration::from_secs(28 * 24 * 60 * 60);
/// An OpenReview venue moves from "Submitted" to the decision.
pub const OPENREVIEW_AGE: Duration = Duration::from_secs(24 * 60 * 60);

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Entry {
    /// Seconds since the Unix epoch.
    fetched: u64,
    record: PaperRecord,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct File {
    entries: BTreeMap<String, Entry>,
}

pub struct PaperCache {
    dir: Option<PathBuf>,
    now: u64,
    file: File,
    changed: bool,
}

impl PaperCache {
    /// The cache in `dir`, or one that keeps nothing. An unreadable or
    /// corrupt file counts as empty.
    pub fn open(dir: Option<&Path>) -> Self {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let file = dir
            .and_then(|d| std::fs::read(d.join(FILE_NAME)).ok())
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default();
        PaperCache {
            dir: dir.map(Path::to_path_buf),
            now,
            file,
            changed: false,
        }
    }

    /// A record younger than `max_age`; one dated in the future (a wrong
    /// clock, a hand-made file) counts as expired.
    pub fn get(&self, key: &str, max_age: Duration) -> Option<PaperRecord> {
        let entry = self.file.entries.get(key)?;
        let fresh = entry.fetched <= self.now && self.now - entry.fetched < max_age.as_secs();
        fresh.then(|| entry.record.clone())
    }

    pub fn put(&mut self, key: &str, record: &PaperRecord) {
        if self.dir.is_none() {
            return;
        }
        self.file.entries.insert(
            key.to_string(),
            Entry {
                fetched: self.now,
                record: record.clone(),
            },
        );
        self.changed = true;
    }

    /// Writes the cache: what another run wrote meanwhile is merged (the
    /// newer entry of a key wins), old entries are dropped, and the file is
    /// replaced atomically. A folder nas-lint makes gets a `.gitignore`.
    pub fn save(&mut self) -> Result<(), String> {
        let (Some(dir), true) = (self.dir.clone(), self.changed) else {
            return Ok(());
        };
        let mut write = || -> std::io::Result<()> {
            make_folder(&dir)?;
            let theirs: File = std::fs::read(dir.join(FILE_NAME))
                .ok()
                .and_then(|bytes| serde_json::from_slice(&bytes).ok())
                .unwrap_or_default();
            for (key, entry) in theirs.entries {
                match self.file.entries.get(&key) {
                    Some(ours) if ours.fetched >= entry.fetched => {}
                    _ => {
                        self.file.entries.insert(key, entry);
                    }
                }
            }
            let now = self.now;
            let oldest = ARXIV_AGE.max(OPENREVIEW_AGE).as_secs();
            self.file
                .entries
                .retain(|_, e| e.fetched <= now && now - e.fetched < oldest);
            replace_json(&dir.join(FILE_NAME), &self.file)
        };
        write().map_err(|e| format!("cannot write the paper cache in {}: {e}", dir.display()))?;
        self.changed = false;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(title: &str) -> PaperRecord {
        PaperRecord {
            id: "2101.08134".into(),
            title: title.into(),
            ..PaperRecord::default()
        }
    }

    #[test]
    fn keeps_records_between_runs_and_merges_another_runs() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("cache");
        let mut first = PaperCache::open(Some(&folder));
        first.put("https://a/1", &record("One"));
        let mut second = PaperCache::open(Some(&folder));
        second.put("https://a/2", &record("Two"));
        first.save().unwrap();
        second.save().unwrap();
        let again = PaperCache::open(Some(&folder));
        assert_eq!(again.get("https://a/1", ARXIV_AGE).unwrap().title, "One");
        assert_eq!(again.get("https://a/2", ARXIV_AGE).unwrap().title, "Two");
        assert!(again.get("https://a/3", ARXIV_AGE).is_none());
        // The folder was made here: it keeps itself out of commits.
        assert!(folder.join(".gitignore").is_file());
    }

    #[test]
    fn old_and_future_entries_are_expired() {
        let mut cache = PaperCache::open(Some(Path::new("unused")));
        cache.put("k", &record("One"));
        cache.file.entries.get_mut("k").unwrap().fetched = cache.now + 3600;
        assert!(cache.get("k", ARXIV_AGE).is_none());
        cache.file.entries.get_mut("k").unwrap().fetched = cache.now - 2 * 24 * 60 * 60;
        assert!(cache.get("k", OPENREVIEW_AGE).is_none());
        assert!(cache.get("k", ARXIV_AGE).is_some());
    }

    #[test]
    fn a_folder_the_user_has_gets_no_gitignore() {
        let dir = tempfile::tempdir().unwrap();
        let mut cache = PaperCache::open(Some(dir.path()));
        cache.put("k", &record("One"));
        cache.save().unwrap();
        assert!(!dir.path().join(".gitignore").exists());
        assert!(dir.path().join(FILE_NAME).is_file());
    }
}
