//! GitHub repositories: the repository page without a token; with one, the
//! GraphQL API in batches (`github_graphql.rs`), and the REST API here as
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
pub(super) fn rate_limit(answer: &Answer, message: &str) -> Attempt {
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

pub(super) fn alive(moved_to: Option<String>, archived: bool) -> Outcome {
    Outcome::Repo { moved_to, archived }
}

pub(super) fn gone(repo: &RepoName) -> Outcome {
    Outcome::dead(format!(
        "GitHub has no repository {} (deleted, or private)",
        repo.full_name()
    ))
}
