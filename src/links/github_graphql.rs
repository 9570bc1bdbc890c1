//! GitHub repositories with a token: the GraphQL API, up to 100
//! repositories a request (`repository(owner:, name:)` under aliases),
//! which also tells archived repositories and where a renamed one went (its
//! `nameWithOwner` differs). What it will not tell goes to the REST API
//! (`github.rs`).

use super::client::Client;
use super::fetch::Request;
use super::github::{alive, check, gone, rate_limit};
use super::outcome::Outcome;
use super::policy::{self, retry_after, status_text, Attempt};
use super::target::RepoName;
use reqwest::Method;
use std::time::Duration;

/// Repositories per GraphQL request: GitHub's limit for one query's nodes
/// is far higher, but 100 keeps a query cheap in its rate-limit points.
const REPOS_PER_QUERY: usize = 100;

/// Checks repositories with a token, through GraphQL in batches, handing
/// outcomes to `record` as they come.
pub(crate) async fn check_all(
    checker: &Client,
    repos: &[(usize, &RepoName)],
    record: &dyn Fn(Vec<(usize, Outcome)>),
) {
    let host = checker
        .options
        .github_graphql
        .host_str()
        .unwrap_or_default()
        .to_string();
    let mut fallback: Vec<(usize, &RepoName)> = Vec::new();
    let mut missing: Vec<(usize, &RepoName)> = Vec::new();
    for batch in repos.chunks(REPOS_PER_QUERY) {
        let names: Vec<&RepoName> = batch.iter().map(|(_, r)| *r).collect();
        let answers = match policy::decide(checker, &host, || query(checker, &names)).await {
            Ok(Ok(answers)) => answers,
            Ok(Err(unusable)) if unusable.fall_back => {
                fallback.extend_from_slice(batch);
                continue;
            }
            Ok(Err(unusable)) => {
                record(every(batch, Outcome::unverified(unusable.reason)));
                continue;
            }
            Err(reason) => {
                record(every(batch, Outcome::unverified(reason)));
                continue;
            }
        };
        let mut decided = Vec::new();
        for (position, &(index, repo)) in batch.iter().enumerate() {
            match &answers[position] {
                Node::Repo {
                    name_with_owner,
                    archived,
                } => {
                    let moved_to =
                        (!repo.same_repo(name_with_owner)).then(|| name_with_owner.clone());
                    decided.push((index, alive(moved_to, *archived)));
                }
                Node::NotFound => missing.push((index, repo)),
                Node::Other(_) => fallback.push((index, repo)),
            }
        }
        record(decided);
    }
    if !missing.is_empty() {
        // Not found once: looked at again, a while later, before it is
        // dead; all of the run's in as few queries as they fit.
        tokio::time::sleep(checker.options.confirm_interval).await;
        for batch in missing.chunks(REPOS_PER_QUERY) {
            let names: Vec<&RepoName> = batch.iter().map(|(_, r)| *r).collect();
            let again = match policy::decide(checker, &host, || query(checker, &names)).await {
                Ok(Ok(answers)) => answers,
                Ok(Err(unusable)) => vec![Node::Other(unusable.reason); batch.len()],
                Err(reason) => vec![Node::Other(reason); batch.len()],
            };
            let outcomes = batch
                .iter()
                .zip(again)
                .map(|(&(index, repo), node)| {
                    let outcome = match node {
                        Node::NotFound => gone(repo),
                        Node::Repo {
                            name_with_owner,
                            archived,
                        } => {
                            let moved_to =
                                (!repo.same_repo(&name_with_owner)).then_some(name_with_owner);
                            alive(moved_to, archived)
                        }
                        Node::Other(reason) => Outcome::unverified(reason),
                    };
                    (index, outcome)
                })
                .collect();
            record(outcomes);
        }
    }
    // The REST API, one request a repository, for what GraphQL did not tell.
    let checks: futures_util::stream::FuturesUnordered<_> = fallback
        .iter()
        .map(|&(index, repo)| async move { record(vec![(index, check(checker, repo).await)]) })
        .collect();
    futures_util::StreamExt::collect::<Vec<()>>(checks).await;
}

fn every(batch: &[(usize, &RepoName)], outcome: Outcome) -> Vec<(usize, Outcome)> {
    batch.iter().map(|(i, _)| (*i, outcome.clone())).collect()
}

/// What GraphQL said about one repository.
#[derive(Debug, Clone)]
enum Node {
    Repo {
        name_with_owner: String,
        archived: bool,
    },
    /// `null`, with a NOT_FOUND error: deleted, or private.
    NotFound,
    /// Another error about this repository: the REST API is asked instead.
    Other(String),
}

/// A GraphQL answer that cannot be used for the batch.
struct Unusable {
    reason: String,
    /// Whether the REST API may do better (the endpoint does not work),
    /// or not (the token is rejected).
    fall_back: bool,
}

/// The query for `repos`, aliased `r0`, `r1`, ... in order.
fn graphql_query(repos: &[&RepoName]) -> String {
    let mut query = String::from("query {");
    for (n, repo) in repos.iter().enumerate() {
        query.push_str(&format!(
            " r{n}: repository(owner: {}, name: {}) {{ nameWithOwner isArchived }}",
            serde_json::Value::from(repo.owner.as_str()),
            serde_json::Value::from(repo.name.as_str()),
        ));
    }
    query.push_str(" }");
    serde_json::json!({ "query": query }).to_string()
}

async fn query(checker: &Client, repos: &[&RepoName]) -> Attempt<Result<Vec<Node>, Unusable>> {
    let mut request = Request::new(Method::POST, checker.options.github_graphql.clone());
    request.follow_redirects = false;
    request.github_token = true;
    request.accept = Some("application/json");
    request.json = Some(graphql_query(repos));
    let answer = match checker.fetcher.fetch(&request).await {
        Ok(answer) => answer,
        Err(error) => {
            return Attempt::from_error(error).settle(|outcome| {
                Err(Unusable {
                    reason: format!("GitHub's GraphQL API: {}", describe(&outcome)),
                    fall_back: false,
                })
            });
        }
    };
    let json: serde_json::Value = serde_json::from_slice(&answer.body).unwrap_or_default();
    let message = json["message"].as_str().unwrap_or_default();
    match answer.status.as_u16() {
        200 => {}
        401 => {
            return Attempt::Done(Err(Unusable {
                reason: "GitHub's API rejects the token (401)".to_string(),
                fall_back: false,
            }))
        }
        403 | 429 => {
            // Not a rate limit: the API is of no use, the pages may be.
            return rate_limit(&answer, message).settle(|_| {
                Err(Unusable {
                    reason: format!(
                        "GitHub's GraphQL API answers {}",
                        status_text(answer.status)
                    ),
                    fall_back: true,
                })
            });
        }
        500..=599 => {
            return Attempt::transient(format!(
                "GitHub's GraphQL API answers {}",
                status_text(answer.status)
            ))
        }
        _ => {
            return Attempt::Done(Err(Unusable {
                reason: format!(
                    "GitHub's GraphQL API answers {}",
                    status_text(answer.status)
                ),
                fall_back: true,
            }))
        }
    }
    let errors = json["errors"].as_array().cloned().unwrap_or_default();
    if errors.iter().any(|e| e["type"] == "RATE_LIMITED") {
        return Attempt::Transient {
            reason: "GitHub's GraphQL rate limit is exhausted".to_string(),
            retry_after: retry_after(answer.header("retry-after"))
                .or(Some(Duration::from_secs(60))),
            rate_limited: true,
        };
    }
    let Some(data) = json.get("data").filter(|d| d.is_object()) else {
        return Attempt::Done(Err(Unusable {
            reason: "GitHub's GraphQL API answered without data".to_string(),
            fall_back: true,
        }));
    };
    let error_of = |alias: &str| {
        errors.iter().find(|e| {
            e["path"]
                .as_array()
                .and_then(|p| p.first())
                .is_some_and(|first| first == alias)
        })
    };
    let nodes = (0..repos.len())
        .map(|n| {
            let alias = format!("r{n}");
            let node = &data[alias.as_str()];
            match node["nameWithOwner"].as_str() {
                Some(name) => Node::Repo {
                    name_with_owner: name.to_string(),
                    archived: node["isArchived"].as_bool().unwrap_or(false),
                },
                None => match error_of(&alias) {
                    Some(error) if error["type"] == "NOT_FOUND" => Node::NotFound,
                    Some(error) => Node::Other(format!(
                        "GitHub's GraphQL API: {}",
                        error["message"].as_str().unwrap_or("an error")
                    )),
                    None => Node::Other("GitHub's GraphQL API said nothing about it".to_string()),
                },
            }
        })
        .collect();
    Attempt::Done(Ok(nodes))
}

fn describe(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Dead { reason } | Outcome::Unverified { reason } => reason.clone(),
        other => format!("{other:?}"),
    }
}
