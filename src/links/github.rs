//! GitHub repositories: the repository page without a token; with one, the
//! GraphQL API, up to 100 repositories a request (`repository(owner:,
//! name:)` under aliases), which also tells archived repositories and
//! where a renamed one went (its `nameWithOwner` differs). The REST API is
//! the fallback, for a repository GraphQL will not answer about and for a
//! GraphQL endpoint that does not work. Deep links (`/tree/main/dir`) are
//! judged by their repository.
//!
//! GitHub answers a renamed or transferred repository with 301 on the page
//! and on the API; 404 for deleted and private ones (they cannot be told
//! apart); 451 for legal takedowns; 403 or 429 when rate limited.

use super::client::Client;
use super::fetch::{Answer, Request};
use super::outcome::Outcome;
use super::policy::{self, judge, retry_after, status_text, Attempt};
use super::target::{repo_of_url, RepoName};
use reqwest::{Method, StatusCode, Url};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

pub(crate) async fn check(checker: &Client, repo: &RepoName) -> Outcome {
    if checker.fetcher.has_github_token() {
        let host = checker.options.github_api.host_str().unwrap_or_default();
        policy::check(checker, host, || by_api(checker, repo)).await
    } else {
        policy::check(checker, "github.com", || by_page(checker, repo)).await
    }
}

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

async fn by_page(checker: &Client, repo: &RepoName) -> Attempt {
    let page = Url::parse(&format!("https://github.com/{}", repo.full_name()))
        .expect("owner and name are URL-safe");
    let mut answer = None;
    for method in [Method::HEAD, Method::GET] {
        let mut request = Request::new(method, page.clone());
        // A redirect is the answer: it says where the repository went.
        request.follow_redirects = false;
        match checker.fetcher.fetch(&request).await {
            Ok(a) if matches!(a.status.as_u16(), 405 | 501) => answer = Some(a),
            Ok(a) => {
                answer = Some(a);
                break;
            }
            Err(error) => return Attempt::from_error(error),
        }
    }
    let answer = answer.expect("one request was made");
    let status = answer.status;
    match status.as_u16() {
        200..=299 => Attempt::Done(alive(None, false)),
        301 | 302 | 307 | 308 => moved(repo, &page, &answer),
        404 => Attempt::Gone(gone(repo)),
        451 => Attempt::Done(Outcome::dead(format!(
            "GitHub blocks {} for legal reasons (451)",
            repo.full_name()
        ))),
        403 => Attempt::Blocked(
            "github.com refused the request (403), which means a rate limit; a GitHub token \
             lets nas-lint use the API instead"
                .to_string(),
        ),
        429 => Attempt::rate_limited("github.com answers 429 Too Many Requests", &answer),
        _ => judge(&answer),
    }
}

/// A redirect of the repository page: where it points says whether the
/// repository moved (to another `owner/name`) or something else happened
/// (a login page, say).
fn moved(repo: &RepoName, page: &Url, answer: &Answer) -> Attempt {
    let Some(location) = answer.header("location") else {
        return Attempt::Done(Outcome::unverified(format!(
            "GitHub answers {} without a Location",
            status_text(answer.status)
        )));
    };
    // Read relative to the page as meant, so that a relative Location from
    // a mirror still names a github.com repository.
    let target = page.join(location).ok();
    let new_repo = target
        .as_ref()
        .filter(|t| matches!(t.host_str(), Some("github.com" | "www.github.com")))
        .and_then(repo_of_url);
    let permanent = matches!(answer.status.as_u16(), 301 | 308);
    match new_repo {
        Some(new) if repo.same_repo(&new.full_name()) => Attempt::Done(alive(None, false)),
        Some(new) if permanent => Attempt::Done(alive(Some(new.full_name()), false)),
        _ => Attempt::Done(Outcome::unverified(format!(
            "GitHub redirects {} to {location}",
            repo.full_name()
        ))),
    }
}

async fn by_api(checker: &Client, repo: &RepoName) -> Attempt {
    let api = api_url(checker, &format!("repos/{}", repo.full_name()));
    let mut request = Request::new(Method::GET, api);
    // The API's 301 points at /repositories/ID on the same host: following
    // it gives the repository's new full name.
    request.follow_redirects = true;
    request.github_token = true;
    request.accept = Some("application/vnd.github+json");
    let answer = match checker.fetcher.fetch(&request).await {
        Ok(answer) => answer,
        Err(error) => return Attempt::from_error(error),
    };
    let json: serde_json::Value = serde_json::from_slice(&answer.body).unwrap_or_default();
    let message = json["message"].as_str().unwrap_or_default();
    match answer.status.as_u16() {
        200 => match json["full_name"].as_str() {
            Some(full_name) => {
                let moved_to = (!repo.same_repo(full_name)).then(|| full_name.to_string());
                let archived = json["archived"].as_bool().unwrap_or(false);
                Attempt::Done(alive(moved_to, archived))
            }
            None => Attempt::transient("GitHub's API answered without a repository"),
        },
        404 => Attempt::Gone(gone(repo)),
        451 => {
            let reason = json["block"]["reason"].as_str().unwrap_or(message);
            Attempt::Done(Outcome::dead(format!(
                "GitHub blocks {} for legal reasons (451: {reason})",
                repo.full_name()
            )))
        }
        401 => Attempt::Blocked("GitHub's API rejects the token (401)".to_string()),
        403 | 429 => rate_limit(&answer, message),
        _ => judge(&answer),
    }
}

/// `path` under the REST API's base URL (`GITHUB_API_URL` or GitHub.com's).
pub(crate) fn api_url(checker: &Client, path: &str) -> Url {
    let base = checker.options.github_api.as_str().trim_end_matches('/');
    Url::parse(&format!("{base}/{path}")).expect("a base URL and a URL-safe path")
}

/// GitHub's 403 is ambiguous: a rate limit (primary: no requests left until
/// `x-ratelimit-reset`; secondary: a message and maybe `retry-after`) or a
/// real refusal. Only the headers and the message tell.
fn rate_limit(answer: &Answer, message: &str) -> Attempt {
    let exhausted = answer.header("x-ratelimit-remaining") == Some("0");
    let secondary = message.to_ascii_lowercase().contains("rate limit");
    if !(exhausted || secondary || answer.status == StatusCode::TOO_MANY_REQUESTS) {
        return Attempt::Done(Outcome::unverified(format!(
            "GitHub's API answers {}: {message}",
            status_text(answer.status)
        )));
    }
    let reset = answer
        .header("x-ratelimit-reset")
        .and_then(|s| s.parse::<u64>().ok())
        .map(|epoch| UNIX_EPOCH + Duration::from_secs(epoch));
    let wait = retry_after(answer.header("retry-after")).or_else(|| {
        reset.map(|at| {
            at.duration_since(SystemTime::now())
                .unwrap_or(Duration::ZERO)
        })
    });
    let until = reset
        .map(|at| format!(" until {}", httpdate::fmt_http_date(at)))
        .unwrap_or_default();
    Attempt::Transient {
        reason: format!("GitHub's API rate limit is exhausted{until}"),
        // GitHub asks for at least a minute when it says nothing.
        retry_after: wait.or(Some(Duration::from_secs(60))),
        rate_limited: true,
    }
}

fn alive(moved_to: Option<String>, archived: bool) -> Outcome {
    Outcome::Repo { moved_to, archived }
}

fn gone(repo: &RepoName) -> Outcome {
    Outcome::dead(format!(
        "GitHub has no repository {} (deleted, or private)",
        repo.full_name()
    ))
}
