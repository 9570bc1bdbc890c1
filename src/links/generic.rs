//! Links to any other host: HEAD, then GET when HEAD is refused or says
//! the page is gone (some servers answer HEAD badly), redirects followed.

use super::client::Client;
use super::fetch::Request;
use super::outcome::Outcome;
use super::policy::{self, judge, Attempt};
use reqwest::{Method, StatusCode, Url};

pub(crate) async fn check(checker: &Client, url: &Url) -> Outcome {
    let host = url.host_str().unwrap_or_default();
    policy::check(checker, host, || attempt(checker, url)).await
}

async fn attempt(checker: &Client, url: &Url) -> Attempt {
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
