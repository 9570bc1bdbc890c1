//! Links to any other host: HEAD, then GET when HEAD is refused or says
//! the page is gone (some servers answer HEAD badly), redirects followed.

use super::checker::Checker;
use super::fetch::{Answer, Request};
use super::outcome::Outcome;
use super::retry::{self, Attempt};
use reqwest::{Method, StatusCode, Url};

pub(crate) async fn check(checker: &Checker, url: &Url) -> Outcome {
    let host = url.host_str().unwrap_or_default();
    retry::check(checker, host, || attempt(checker, url)).await
}

async fn attempt(checker: &Checker, url: &Url) -> Attempt {
    let head = match checker
        .fetcher
        .fetch(&Request::new(Method::HEAD, url.clone()))
        .await
    {
        Ok(answer) => answer,
        Err(error) => return Attempt::from_error(error),
    };
    if !worth_a_get(head.status) {
        return judge(&head);
    }
    match checker
        .fetcher
        .fetch(&Request::new(Method::GET, url.clone()))
        .await
    {
        Ok(get) => judge(&get),
        Err(error) => Attempt::from_error(error),
    }
}

/// HEAD answers that a GET may contradict: refusals of the method, and
/// "gone", which a GET confirms or corrects at once.
fn worth_a_get(status: StatusCode) -> bool {
    matches!(status.as_u16(), 400 | 403 | 404 | 405 | 410 | 501)
}

/// What a status says about a page. A 404 or 410 is one observation of
/// "gone": HEAD and GET a moment apart are one look, and the retry loop
/// looks again later before the link is called dead.
pub(crate) fn judge(answer: &Answer) -> Attempt {
    let status = answer.status;
    let host = answer.url.host_str().unwrap_or_default();
    match status.as_u16() {
        200..=299 => Attempt::Done(Outcome::Alive),
        404 | 410 => Attempt::Gone(Outcome::dead(format!(
            "the server answers {}",
            status_text(status)
        ))),
        451 => Attempt::Done(Outcome::dead(format!(
            "the server answers {} (taken down)",
            status_text(status)
        ))),
        401 => Attempt::Done(Outcome::unverified(format!(
            "the page needs a login ({})",
            status_text(status)
        ))),
        // The proxy's own answer, not the site's.
        407 => Attempt::Done(Outcome::unverified(format!(
            "the proxy wants credentials ({})",
            status_text(status)
        ))),
        403 => Attempt::Blocked(format!(
            "{host} answers 403 Forbidden to automated checks (a bot wall)"
        )),
        429 => Attempt::Transient {
            reason: format!("{host} answers 429 Too Many Requests"),
            retry_after: retry::retry_after(answer.header("retry-after")),
            rate_limited: true,
        },
        503 if answer.header("cf-mitigated").is_some() => {
            Attempt::Blocked(format!("{host} answers with a bot challenge (503)"))
        }
        408 | 500..=599 => Attempt::Transient {
            reason: format!("the server answers {}", status_text(status)),
            retry_after: retry::retry_after(answer.header("retry-after")),
            rate_limited: false,
        },
        _ => Attempt::Done(Outcome::unverified(format!(
            "the server answers {}",
            status_text(status)
        ))),
    }
}

pub(crate) fn status_text(status: StatusCode) -> String {
    match status.canonical_reason() {
        Some(reason) => format!("{} {reason}", status.as_u16()),
        None => status.as_u16().to_string(),
    }
}
