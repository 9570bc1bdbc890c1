//! Each pending target to its host module: arXiv ids in batches, GitHub
//! repositories in GraphQL queries when there is a token, everything else
//! one by one, all at the same time. `tally` hears how many were decided.

use super::client::Client;
use super::collect::Links;
use super::outcome::Outcome;
use super::target::{RepoName, Target};
use super::{arxiv, generic, github, github_graphql};
use futures_util::stream::{FuturesUnordered, StreamExt};
use std::cell::RefCell;
use std::collections::HashMap;

pub(crate) async fn run(
    checker: &Client,
    links: &Links<'_>,
    pending: &[usize],
    tally: &dyn Fn(usize),
) -> Vec<(usize, Outcome)> {
    let cell = RefCell::new(Vec::with_capacity(pending.len()));
    let found = &cell;
    let mut arxiv_ids: HashMap<String, usize> = HashMap::new();
    let mut repos: Vec<(usize, &RepoName)> = Vec::new();
    let others = FuturesUnordered::new();
    for &index in pending {
        match &links.targets[index] {
            Target::Arxiv(id) => {
                arxiv_ids.insert(id.clone(), index);
            }
            Target::Repo(repo) if checker.fetcher.has_github_token() => repos.push((index, repo)),
            target => others.push(async move {
                let outcome = match target {
                    Target::Repo(repo) => github::check(checker, repo).await,
                    Target::Web(url) => generic::check(checker, url).await,
                    Target::Arxiv(_) => unreachable!("arXiv ids are batched"),
                };
                found.borrow_mut().push((index, outcome));
                tally(1);
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
        tally(count);
    };
    let papers = async {
        if !ids.is_empty() {
            arxiv::check(checker, ids, &record).await;
        }
    };
    let record_repos = |batch: Vec<(usize, Outcome)>| {
        let count = batch.len();
        found.borrow_mut().extend(batch);
        tally(count);
    };
    let repositories = async {
        if !repos.is_empty() {
            github_graphql::check_all(checker, &repos, &record_repos).await;
        }
    };
    futures_util::future::join3(papers, repositories, others.collect::<Vec<()>>()).await;
    cell.into_inner()
}
