//! arXiv papers through the arXiv API: up to 100 ids a request, one
//! request at a time, spaced by [`LinkOptions::arxiv_interval`]
//! (arXiv's terms ask for 3 s), so 1,000 links cost about 10 requests.
//!
//! The answer gives existence and title. Entries come in any order and are
//! matched by id. A malformed id makes the API answer one entry titled
//! "Error" for the whole query: that id is set aside and the rest asked
//! again. An id absent from the answer is not yet dead (the API has been
//! seen to drop entries): its abstract page is asked, and only a 404 there
//! makes it dead.
//!
//! [`LinkOptions::arxiv_interval`]: super::LinkOptions::arxiv_interval

use super::atom::{self, Entry};
use super::client::Client;
use super::fetch::{FetchError, Request};
use super::outcome::Outcome;
use super::policy::{self, status_text, Attempt};
use crate::knowledge::ids::{arxiv_link, ArxivLink};
use regex::Regex;
use reqwest::{Method, Url};
use std::collections::{HashMap, VecDeque};
use std::sync::LazyLock;

const API_HOST: &str = "export.arxiv.org";
const PAGE_HOST: &str = "arxiv.org";
/// The API and the abstract pages share one gate: one request at a time
/// to arXiv, spaced as its terms ask, and one circuit breaker (arXiv asks
/// clients to stop at the first 403, wherever it came from).
const GATE: &str = "arxiv.org";
/// arXiv's own ceiling is far higher, but 100 keeps answers small and a
/// failed request cheap.
const MOST_IDS_PER_REQUEST: usize = 100;

/// Checks `ids` (without version) and hands each batch's outcomes to
/// `record` as soon as they are known.
pub(crate) async fn check(
    checker: &Client,
    ids: Vec<String>,
    record: &dyn Fn(Vec<(String, Outcome)>),
) {
    let size = checker.options.arxiv_batch.clamp(1, MOST_IDS_PER_REQUEST);
    let mut batches: VecDeque<Vec<String>> = ids.chunks(size).map(<[String]>::to_vec).collect();
    while let Some(batch) = batches.pop_front() {
        let entries = match policy::decide(checker, GATE, || query(checker, &batch)).await {
            Ok(Ok(entries)) => entries,
            Ok(Err(reason)) | Err(reason) => {
                record(every(&batch, Outcome::unverified(reason)));
                continue;
            }
        };
        if let Some(bad_id) = error_entry(&entries) {
            match bad_id.filter(|bad| batch.contains(bad)) {
                Some(bad) => {
                    let outcome =
                        Outcome::unverified(format!("arXiv's API rejects `{bad}` as malformed"));
                    record(vec![(bad.clone(), outcome)]);
                    let rest: Vec<String> = batch.into_iter().filter(|id| *id != bad).collect();
                    if !rest.is_empty() {
                        batches.push_front(rest);
                    }
                }
                None => record(every(
                    &batch,
                    Outcome::unverified("arXiv's API rejected the query"),
                )),
            }
            continue;
        }
        let titles = titles_by_id(entries);
        let mut known = Vec::new();
        let mut missing = Vec::new();
        for id in batch {
            match titles.get(&id) {
                Some(title) => known.push((
                    id,
                    Outcome::Paper {
                        title: title.clone(),
                    },
                )),
                None => missing.push(id),
            }
        }
        record(known);
        for id in missing {
            let outcome = policy::check(checker, GATE, || abstract_page(checker, &id)).await;
            record(vec![(id, outcome)]);
        }
    }
}

fn every(batch: &[String], outcome: Outcome) -> Vec<(String, Outcome)> {
    batch
        .iter()
        .map(|id| (id.clone(), outcome.clone()))
        .collect()
}

fn error_entry(entries: &[Entry]) -> Option<Option<String>> {
    entries.iter().find_map(|e| match e {
        Entry::Error { bad_id } => Some(bad_id.clone()),
        Entry::Paper { .. } => None,
    })
}

/// Entries by id without version; entries whose id cannot be read are
/// left out (their ids then count as missing, and are asked again).
fn titles_by_id(entries: Vec<Entry>) -> HashMap<String, String> {
    entries
        .into_iter()
        .filter_map(|entry| match entry {
            Entry::Paper { id, title } => match arxiv_link(&id) {
                Some(ArxivLink::Valid(id)) => Some((id.id, title)),
                _ => None,
            },
            Entry::Error { .. } => None,
        })
        .collect()
}

/// One API request for a batch. `Done(Err(reason))`: the API will not
/// answer this batch, but may answer others.
async fn query(checker: &Client, batch: &[String]) -> Attempt<Result<Vec<Entry>, String>> {
    let url = Url::parse(&format!(
        "https://{API_HOST}/api/query?id_list={}&max_results={}",
        batch.join(","),
        batch.len()
    ))
    .expect("arXiv ids are URL-safe");
    let mut request = Request::new(Method::GET, url);
    request.accept = Some("application/atom+xml");
    let answer = match checker.fetcher.fetch(&request).await {
        Ok(answer) => answer,
        Err(error @ (FetchError::Refused(_) | FetchError::BadRedirect(_))) => {
            return Attempt::Blocked(format!("arXiv's API: {error}"))
        }
        Err(error) => return Attempt::transient(format!("arXiv's API: {error}")),
    };
    match answer.status.as_u16() {
        200 => match atom::entries(&answer.text()) {
            // An empty answer to a question about several ids is one of
            // the API's known hiccups, not news that they are all gone.
            Ok(entries) if entries.is_empty() && batch.len() > 1 => {
                Attempt::transient("arXiv's API answered an empty feed")
            }
            Ok(entries) => Attempt::Done(Ok(entries)),
            Err(not_a_feed) => Attempt::transient(format!("arXiv's API answered {not_a_feed}")),
        },
        // Throttling is a 429 (or 503) whose body is "Rate exceeded.".
        429 | 503 => Attempt::rate_limited(
            format!(
                "arXiv's API answers {} ({})",
                status_text(answer.status),
                answer.text().trim()
            ),
            &answer,
        ),
        403 => Attempt::Blocked(
            "arXiv refused the request (403); it asks clients to stop at the first 403".to_string(),
        ),
        500..=599 => Attempt::transient(format!(
            "arXiv's API answers {}",
            status_text(answer.status)
        )),
        _ => Attempt::Done(Err(format!(
            "arXiv's API answers {}",
            status_text(answer.status)
        ))),
    }
}

static CITATION_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"<meta\s+name="citation_title"\s+content="([^"]*)""#).expect("valid regex")
});

/// The abstract page of an id the API did not return: 404 ("Article does
/// not exist") confirms it is gone; 200 means the API missed it.
async fn abstract_page(checker: &Client, id: &str) -> Attempt {
    let url = Url::parse(&format!("https://{PAGE_HOST}/abs/{id}")).expect("arXiv ids are URL-safe");
    let answer = match checker.fetcher.fetch(&Request::new(Method::GET, url)).await {
        Ok(answer) => answer,
        Err(error) => return Attempt::from_error(error),
    };
    match answer.status.as_u16() {
        200..=299 => {
            let page = answer.text();
            let title = CITATION_TITLE
                .captures(&page)
                .map(|c| unescape_html(&c[1]))
                .unwrap_or_default();
            Attempt::Done(Outcome::Paper { title })
        }
        404 | 410 => Attempt::Done(Outcome::dead(format!(
            "arXiv has no paper {id}: its API does not know it and its abstract page answers {}",
            status_text(answer.status)
        ))),
        403 => Attempt::Blocked(
            "arXiv refused the request (403); it asks clients to stop at the first 403".to_string(),
        ),
        429 | 503 => Attempt::rate_limited(
            format!("arXiv answers {}", status_text(answer.status)),
            &answer,
        ),
        500..=599 => Attempt::transient(format!("arXiv answers {}", status_text(answer.status))),
        _ => Attempt::Done(Outcome::unverified(format!(
            "arXiv's abstract page for {id} answers {}",
            status_text(answer.status)
        ))),
    }
}

fn unescape_html(text: &str) -> String {
    text.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_matched_by_id_without_version() {
        let titles = titles_by_id(vec![
            Entry::Paper {
                id: "http://arxiv.org/abs/2010.00969v3".into(),
                title: "DOTS".into(),
            },
            Entry::Paper {
                id: "http://arxiv.org/abs/cs/0112017v1".into(),
                title: "Old".into(),
            },
            Entry::Paper {
                id: "garbage".into(),
                title: "?".into(),
            },
        ]);
        assert_eq!(titles.len(), 2);
        assert_eq!(titles["2010.00969"], "DOTS");
        assert_eq!(titles["cs/0112017"], "Old");
    }

    #[test]
    fn the_abstract_pages_title_is_read_from_its_citation_meta() {
        let page =
            r#"<head><meta name="citation_title" content="A &amp; B: &quot;C&quot;" /></head>"#;
        let title = CITATION_TITLE.captures(page).map(|c| unescape_html(&c[1]));
        assert_eq!(title.as_deref(), Some(r#"A & B: "C""#));
    }
}
