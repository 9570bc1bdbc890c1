//! The run: collect the targets, answer what the cache can, check the rest
//! concurrently (arXiv in batches beside everything else), keep what
//! lived, and turn outcomes into findings.

use super::cache::Cache;
use super::collect::{collect, Links};
use super::fetch::Fetcher;
use super::hosts::Hosts;
use super::outcome::Outcome;
use super::target::Target;
use super::{arxiv, generic, github, report};
use super::{LinkError, LinkOptions, LinkReport, Progress};
use crate::document::Document;
use futures_util::stream::{FuturesUnordered, StreamExt};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// What every check of one run shares.
pub(crate) struct Checker {
    pub options: LinkOptions,
    pub fetcher: Fetcher,
    pub hosts: Hosts,
}

/// Checks the links of the document's paper tables; blocks until done.
///
/// Builds its own single-threaded tokio runtime: the work is waiting on the
/// network, and one thread keeps the borrowed document and callback simple.
pub fn check_links(
    document: &Document<'_>,
    options: &LinkOptions,
    progress: Option<&(dyn Fn(Progress) + Sync)>,
) -> Result<LinkReport, LinkError> {
    let links = collect(document, options.only_lines.as_ref());
    let (mut cache, note) = Cache::open(options.cache_dir.as_deref(), options.cache_ages);
    let mut notes: Vec<String> = note.into_iter().collect();
    let via_api = options.github_token.is_some();
    let mut outcomes: Vec<Option<Outcome>> = links
        .targets
        .iter()
        .map(|target| cache.get(target, via_api))
        .collect();
    let cache_hits = outcomes.iter().filter(|o| o.is_some()).count();
    let pending: Vec<usize> = (0..outcomes.len())
        .filter(|&i| outcomes[i].is_none())
        .collect();
    let total = links.targets.len();
    if let Some(progress) = progress {
        progress(Progress {
            done: cache_hits,
            total,
            requests: 0,
        });
    }
    let mut requests = 0;
    if !pending.is_empty() {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let (found, sent) = runtime.block_on(async {
            let checker = Checker {
                options: options.clone(),
                fetcher: Fetcher::new(options)?,
                hosts: Hosts::new(options),
            };
            let tally = Tally {
                done: Cell::new(cache_hits),
                total,
                progress,
                checker: &checker,
            };
            let found = run(&checker, &links, &pending, &tally).await;
            Ok::<_, LinkError>((found, checker.fetcher.requests()))
        })?;
        requests = sent;
        for (index, outcome) in found {
            cache.put(&links.targets[index], &outcome, via_api);
            outcomes[index] = Some(outcome);
        }
    }
    if let Err(note) = cache.save() {
        notes.push(note);
    }
    let outcomes: Vec<Outcome> = outcomes
        .into_iter()
        .map(|o| o.unwrap_or_else(|| Outcome::unverified("not checked")))
        .collect();
    Ok(LinkReport {
        diagnostics: report::diagnostics(document.text, &links, &outcomes),
        targets: total,
        requests,
        cache_hits,
        notes,
    })
}

/// Counts decided targets and tells the progress callback.
struct Tally<'a> {
    done: Cell<usize>,
    total: usize,
    progress: Option<&'a (dyn Fn(Progress) + Sync)>,
    checker: &'a Checker,
}

impl Tally<'_> {
    fn add(&self, count: usize) {
        self.done.set(self.done.get() + count);
        if let Some(progress) = self.progress {
            progress(Progress {
                done: self.done.get(),
                total: self.total,
                requests: self.checker.fetcher.requests(),
            });
        }
    }
}

async fn run(
    checker: &Checker,
    links: &Links<'_>,
    pending: &[usize],
    tally: &Tally<'_>,
) -> Vec<(usize, Outcome)> {
    let cell = RefCell::new(Vec::with_capacity(pending.len()));
    let found = &cell;
    let mut arxiv_ids: HashMap<String, usize> = HashMap::new();
    let others = FuturesUnordered::new();
    for &index in pending {
        match &links.targets[index] {
            Target::Arxiv(id) => {
                arxiv_ids.insert(id.clone(), index);
            }
            target => others.push(async move {
                let outcome = match target {
                    Target::Repo(repo) => github::check(checker, repo).await,
                    Target::Web(url) => generic::check(checker, url).await,
                    Target::Arxiv(_) => unreachable!("arXiv ids are batched"),
                };
                found.borrow_mut().push((index, outcome));
                tally.add(1);
            }),
        }
    }
    let mut ids: Vec<String> = arxiv_ids.keys().cloned().collect();
    ids.sort();
    let record = |batch: Vec<(String, Outcome)>| {
        let count = batch.len();
        found.borrow_mut().extend(
            batch
                .into_iter()
                .filter_map(|(id, outcome)| Some((*arxiv_ids.get(&id)?, outcome))),
        );
        tally.add(count);
    };
    let papers = async {
        if !ids.is_empty() {
            arxiv::check(checker, ids, &record).await;
        }
    };
    futures_util::future::join(papers, others.collect::<Vec<()>>()).await;
    cell.into_inner()
}
