//! The run: one [`LinkSession`] per process, shared by every file of the
//! run. It owns the runtime, the HTTP client, the host limits and circuit
//! breakers, the network's health and the cache (read once, written once).
//! Each file's check collects its targets, answers what this run already
//! knows or the cache can, checks the rest concurrently (arXiv in batches
//! beside everything else), and turns outcomes into findings.

use super::cache::Cache;
use super::client::Client;
use super::collect::{collect, Links};
use super::dispatch::run;
use super::fetch::Fetcher;
use super::hosts::Hosts;
use super::network::{needs_lookup, Network};
use super::outcome::Outcome;
use super::remap;
use super::report;
use super::target::{RepoName, Target};
use super::{LinkError, LinkOptions, LinkReport, Progress, GITHUB_API, GITHUB_GRAPHQL};
use crate::document::Document;
use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// The link check of one process: build it once, [`LinkSession::check`]
/// each document (from any thread, at the same time if need be), then
/// [`LinkSession::finish`] to write the cache and learn what the user
/// should be told.
pub struct LinkSession {
    runtime: tokio::runtime::Runtime,
    checker: Client,
    cache: Mutex<Cache>,
    /// What this run found, by cache key: a target named in several files,
    /// or checked again after `--fix`, is asked once.
    known: Mutex<HashMap<String, Outcome>>,
    /// Keys some check is asking about now.
    claimed: Mutex<HashSet<String>>,
    /// Woken when a check has put its outcomes in `known`.
    settled: tokio::sync::Notify,
    notes: Mutex<Vec<String>>,
    total: AtomicUsize,
    done: AtomicUsize,
}

impl LinkSession {
    pub fn new(options: &LinkOptions) -> Result<Self, LinkError> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()?;
        let network = Arc::new(Network::new(options));
        let fetcher = {
            // reqwest wants a runtime's context to set up its client.
            let _entered = runtime.enter();
            Fetcher::new(options, network.clone())?
        };
        let (cache, note) = Cache::open(options.cache_dir.as_deref(), options.cache_ages);
        Ok(LinkSession {
            runtime,
            checker: Client {
                options: options.clone(),
                fetcher,
                hosts: Hosts::new(options),
                network,
            },
            cache: Mutex::new(cache),
            known: Mutex::new(HashMap::new()),
            claimed: Mutex::new(HashSet::new()),
            settled: tokio::sync::Notify::new(),
            notes: Mutex::new(note.into_iter().collect()),
            total: AtomicUsize::new(0),
            done: AtomicUsize::new(0),
        })
    }

    /// Checks the links of the document's paper tables (only those on
    /// `only_lines`, when given); blocks until done.
    pub fn check(
        &self,
        document: &Document<'_>,
        only_lines: Option<&HashSet<usize>>,
        progress: Option<&(dyn Fn(Progress) + Sync)>,
    ) -> LinkReport {
        let links = collect(document, only_lines);
        let keys: Vec<String> = links.targets.iter().map(|t| self.key(t)).collect();
        let via_api = self.via_api();
        let mut cache_hits = 0;
        let mut outcomes: Vec<Option<Outcome>> = {
            let known = lock(&self.known);
            let cache = lock(&self.cache);
            links
                .targets
                .iter()
                .zip(&keys)
                .map(|(target, key)| {
                    known.get(key).cloned().or_else(|| {
                        let hit = cache.get(key, target.kind(), via_api);
                        cache_hits += usize::from(hit.is_some());
                        hit
                    })
                })
                .collect()
        };
        // Targets another file's check is asking about right now are
        // waited for, not asked again.
        let (pending, theirs): (Vec<usize>, Vec<usize>) = {
            let mut claimed = lock(&self.claimed);
            (0..outcomes.len())
                .filter(|&i| outcomes[i].is_none())
                .partition(|&i| claimed.insert(keys[i].clone()))
        };
        self.total
            .fetch_add(links.targets.len() - theirs.len(), Ordering::Relaxed);
        let tally = Tally {
            session: self,
            progress,
        };
        tally.add(links.targets.len() - pending.len() - theirs.len());
        let requests_before = self.checker.fetcher.requests();
        if !pending.is_empty() {
            let mut found = self.runtime.block_on(async {
                if let Err(why) = self.preflight(&links, &pending).await {
                    let outcome = no_network(&why);
                    tally.add(pending.len());
                    return pending.iter().map(|&i| (i, outcome.clone())).collect();
                }
                run(&self.checker, &links, &pending, &|count| tally.add(count)).await
            });
            // Every claimed target gets an outcome, so that no one waits forever.
            let decided: HashSet<usize> = found.iter().map(|(i, _)| *i).collect();
            for &index in &pending {
                if !decided.contains(&index) {
                    found.push((index, Outcome::unverified("not checked")));
                }
            }
            let mut known = lock(&self.known);
            let mut cache = lock(&self.cache);
            for (index, outcome) in found {
                let target = &links.targets[index];
                cache.put(&keys[index], &outcome, via_api);
                if let (
                    Target::Repo(_),
                    Outcome::Repo {
                        moved_to: Some(new),
                        archived,
                    },
                ) = (target, &outcome)
                {
                    // The moved link's fix points at the new name: known alive.
                    if let Some((owner, name)) = new.split_once('/') {
                        let renamed = Target::Repo(RepoName {
                            owner: owner.to_string(),
                            name: name.to_string(),
                        });
                        known.entry(self.key(&renamed)).or_insert(Outcome::Repo {
                            moved_to: None,
                            archived: *archived,
                        });
                    }
                }
                known.insert(keys[index].clone(), outcome.clone());
                outcomes[index] = Some(outcome);
            }
            drop((known, cache));
            let mut claimed = lock(&self.claimed);
            for &index in &pending {
                claimed.remove(&keys[index]);
            }
            self.settled.notify_waiters();
        }
        if !theirs.is_empty() {
            self.runtime.block_on(async {
                loop {
                    let notified = self.settled.notified();
                    tokio::pin!(notified);
                    notified.as_mut().enable();
                    {
                        let known = lock(&self.known);
                        if theirs.iter().all(|&i| known.contains_key(&keys[i])) {
                            for &i in &theirs {
                                outcomes[i] = known.get(&keys[i]).cloned();
                            }
                            break;
                        }
                    }
                    notified.await;
                }
            });
        }
        let outcomes: Vec<Outcome> = outcomes
            .into_iter()
            .map(|o| o.unwrap_or_else(|| Outcome::unverified("not checked")))
            .collect();
        LinkReport {
            diagnostics: report::diagnostics(document.text, &links, &outcomes),
            targets: links.targets.len(),
            requests: self.checker.fetcher.requests() - requests_before,
            cache_hits,
            notes: Vec::new(),
        }
    }

    /// Whether the network was found unusable in this run, and why.
    pub fn no_network(&self) -> Option<String> {
        self.checker.network.down()
    }

    /// HTTP requests sent so far in this run.
    pub fn requests(&self) -> usize {
        self.checker.fetcher.requests()
    }

    /// Writes the cache; returns what the user should be told (an
    /// unreadable or unwritable cache, a network that could not be used).
    pub fn finish(self) -> Vec<String> {
        let mut notes = self.notes.into_inner().unwrap_or_else(|e| e.into_inner());
        if let Some(why) = self.checker.network.down() {
            notes.insert(
                0,
                format!("links not checked: no network ({why}); the links are unverified-link"),
            );
        }
        let mut cache = self.cache.into_inner().unwrap_or_else(|e| e.into_inner());
        if let Err(note) = cache.save() {
            notes.push(note);
        }
        // A system lookup given up on may still hold a thread: not waited for.
        self.runtime.shutdown_background();
        notes
    }

    fn via_api(&self) -> bool {
        self.checker.options.github_token.is_some()
    }

    /// Where a target's first request goes, as meant and after remaps.
    fn destination(&self, target: &Target) -> (String, String) {
        let options = &self.checker.options;
        let meant = match target {
            Target::Arxiv(_) => "https://export.arxiv.org/api/query".to_string(),
            Target::Repo(_) if self.via_api() => options.github_graphql.to_string(),
            Target::Repo(repo) => format!("https://github.com/{}", repo.full_name()),
            Target::Web(url) => url.to_string(),
        };
        let canonical = match target {
            Target::Repo(_) if self.via_api() => GITHUB_GRAPHQL.to_string(),
            _ => meant.clone(),
        };
        (canonical, remap::apply(&options.remaps, &meant))
    }

    /// The cache key: the target, and where its requests actually go
    /// when that is not the site itself (a remap, GitHub Enterprise), so
    /// that a mirror's answers never stand for the real site's.
    fn key(&self, target: &Target) -> String {
        let (canonical, actual) = self.destination(target);
        let mut key = target.cache_key();
        if canonical != actual {
            key.push_str(" via ");
            key.push_str(&actual);
        }
        if matches!(target, Target::Repo(_)) && self.via_api() {
            let api = self.checker.options.github_api.as_str();
            if api.trim_end_matches('/') != GITHUB_API {
                key.push_str(" api ");
                key.push_str(api);
            }
        }
        key
    }

    /// Before the first request: when requests go straight to hosts by
    /// name, a control lookup shows whether name resolution works at all.
    async fn preflight(&self, links: &Links<'_>, pending: &[usize]) -> Result<(), String> {
        if let Some(why) = self.checker.network.down() {
            return Err(why);
        }
        if self.checker.options.proxy.may_proxy() {
            return Ok(());
        }
        let needs_names = pending.iter().any(|&i| {
            let (_, actual) = self.destination(&links.targets[i]);
            reqwest::Url::parse(&actual)
                .ok()
                .and_then(|u| u.host_str().map(needs_lookup))
                .unwrap_or(false)
        });
        if needs_names {
            self.checker.network.names_work().await?;
        }
        Ok(())
    }
}

fn no_network(why: &str) -> Outcome {
    Outcome::unverified(format!("not checked: no network ({why})"))
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

/// Checks the links of the document's paper tables; blocks until done.
/// One session for one document: several documents should share a
/// [`LinkSession`].
pub fn check_links(
    document: &Document<'_>,
    options: &LinkOptions,
    progress: Option<&(dyn Fn(Progress) + Sync)>,
) -> Result<LinkReport, LinkError> {
    let session = LinkSession::new(options)?;
    let mut report = session.check(document, options.only_lines.as_ref(), progress);
    report.notes = session.finish();
    Ok(report)
}

/// Counts decided targets and tells the progress callback.
struct Tally<'a> {
    session: &'a LinkSession,
    progress: Option<&'a (dyn Fn(Progress) + Sync)>,
}

impl Tally<'_> {
    fn add(&self, count: usize) {
        let done = self.session.done.fetch_add(count, Ordering::Relaxed) + count;
        if let Some(progress) = self.progress {
            progress(Progress {
                done,
                total: self.session.total.load(Ordering::Relaxed),
                requests: self.session.checker.fetcher.requests(),
            });
        }
    }
}
