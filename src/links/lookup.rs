//! Paper metadata for `nas-lint add`: the arXiv API (title, published
//! date, comment, journal reference, abstract) and the OpenReview API
//! (title, venue, date), through the link check's client: the same remaps,
//! proxy, address guard and user agent, and never a token.

use super::fetch::{Fetcher, Request};
use super::network::Network;
pub use super::paper_cache::PaperRecord;
use super::paper_cache::{PaperCache, ARXIV_AGE, OPENREVIEW_AGE};
use super::remap;
use super::{LinkError, LinkOptions};
use quick_xml::events::Event;
use quick_xml::Reader;
use reqwest::{Method, Url};
use std::sync::Arc;

/// Asks arXiv (one request for all ids not in the cache) and OpenReview (one
/// a paper not in the cache); the cache is `options.cache_dir`.
/// Each paper gets its record or the reason it has none.
pub fn look_up(
    options: &LinkOptions,
    arxiv_ids: &[String],
    openreview_ids: &[String],
) -> Result<Vec<Result<PaperRecord, String>>, LinkError> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let mut options = options.clone();
    // A token is for GitHub's API only; metadata needs none.
    options.github_token = None;
    let network = Arc::new(Network::new(&options));
    let fetcher = {
        let _entered = runtime.enter();
        Fetcher::new(&options, network)?
    };
    let mut cache = PaperCache::open(options.cache_dir.as_deref());
    // Keyed by where the request really goes: a mirror's answer is not arXiv's.
    let arxiv_key = |id: &str| remap::apply(&options.remaps, &arxiv_url(&[id.to_string()]));
    let openreview_key = |id: &str| remap::apply(&options.remaps, &openreview_url(id));
    let missing: Vec<String> = arxiv_ids
        .iter()
        .filter(|id| cache.get(&arxiv_key(id), ARXIV_AGE).is_none())
        .cloned()
        .collect();
    let fetched = runtime.block_on(async {
        let arxiv = if missing.is_empty() {
            Ok(Vec::new())
        } else {
            arxiv(&fetcher, &missing).await
        };
        let mut openreview_records = Vec::new();
        for id in openreview_ids {
            let cached = cache.get(&openreview_key(id), OPENREVIEW_AGE);
            openreview_records.push(match cached {
                Some(record) => Ok(record),
                None => openreview(&fetcher, id).await,
            });
        }
        (arxiv, openreview_records)
    });
    let (arxiv_answer, openreview_records) = fetched;
    let mut out = Vec::new();
    for id in arxiv_ids {
        let record = match (cache.get(&arxiv_key(id), ARXIV_AGE), &arxiv_answer) {
            (Some(record), _) => Ok(record),
            (None, Ok(records)) => records
                .iter()
                .find(|r| &r.id == id)
                .cloned()
                .ok_or_else(|| format!("arXiv has no paper {id}")),
            (None, Err(why)) => Err(why.clone()),
        };
        if let Ok(record) = &record {
            cache.put(&arxiv_key(id), record);
        }
        out.push(record);
    }
    for (id, record) in openreview_ids.iter().zip(openreview_records) {
        if let Ok(record) = &record {
            cache.put(&openreview_key(id), record);
        }
        out.push(record);
    }
    // A cache that cannot be written costs only a request next time.
    let _ = cache.save();
    Ok(out)
}

fn arxiv_url(ids: &[String]) -> String {
    format!(
        "https://export.arxiv.org/api/query?id_list={}&max_results={}",
        ids.join(","),
        ids.len()
    )
}

fn openreview_url(id: &str) -> String {
    format!("https://api2.openreview.net/notes?id={id}")
}

async fn get(fetcher: &Fetcher, url: &str, what: &str) -> Result<String, String> {
    let url = Url::parse(url).map_err(|e| format!("{what}: {e}"))?;
    let mut request = Request::new(Method::GET, url);
    request.follow_redirects = true;
    let answer = fetcher
        .fetch(&request)
        .await
        .map_err(|e| format!("{what}: {e}"))?;
    if !answer.status.is_success() {
        return Err(format!("{what} answers {}", answer.status));
    }
    Ok(answer.text())
}

async fn arxiv(fetcher: &Fetcher, ids: &[String]) -> Result<Vec<PaperRecord>, String> {
    let xml = get(fetcher, &arxiv_url(ids), "arXiv's API").await?;
    parse_feed(&xml).map_err(|e| format!("arXiv's API answered {e}"))
}

/// The entries of an arXiv Atom feed.
pub fn parse_feed(xml: &str) -> Result<Vec<PaperRecord>, String> {
    let mut reader = Reader::from_str(xml);
    let mut records = Vec::new();
    let mut depth = 0usize;
    let mut saw_feed = false;
    let mut entry: Option<[String; 6]> = None;
    let mut field: Option<usize> = None;
    loop {
        match reader.read_event().map_err(|e| format!("bad XML: {e}"))? {
            Event::Start(start) => {
                depth += 1;
                let name = start.local_name();
                match (depth, name.as_ref()) {
                    (1, b"feed") => saw_feed = true,
                    (2, b"entry") => entry = Some(Default::default()),
                    (3, n) if entry.is_some() => {
                        field = [
                            &b"id"[..],
                            b"title",
                            b"published",
                            b"journal_ref",
                            b"comment",
                            b"summary",
                        ]
                        .iter()
                        .position(|f| *f == n);
                    }
                    _ => {}
                }
            }
            Event::End(_) => {
                if depth == 2 {
                    if let Some(fields) = entry.take() {
                        records.extend(record(fields));
                    }
                }
                if depth == 3 {
                    field = None;
                }
                depth = depth.saturating_sub(1);
            }
            Event::Text(text) => {
                if let (Some(i), Some(fields)) = (field, entry.as_mut()) {
                    let text = text.unescape().map_err(|e| format!("bad text: {e}"))?;
                    fields[i].push_str(&text);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !saw_feed {
        return Err("no Atom feed".to_string());
    }
    Ok(records)
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn record([id, title, published, journal, comment, summary]: [String; 6]) -> Option<PaperRecord> {
    let url = format!(
        "https://{}",
        id.trim()
            .trim_start_matches("http://")
            .trim_start_matches("https://")
    );
    let id = match crate::knowledge::ids::arxiv_link(&url)? {
        crate::knowledge::ids::ArxivLink::Valid(id) => id.id,
        _ => return None,
    };
    let filled = |t: &str| Some(one_line(t)).filter(|t| !t.is_empty());
    Some(PaperRecord {
        id,
        title: one_line(&title),
        date: read_date(&published),
        venue_text: filled(&journal),
        comment: filled(&comment),
        summary: one_line(&summary),
    })
}

/// `2023-05-17T12:00:00Z` -> (2023, 5, 17).
fn read_date(text: &str) -> Option<(i32, u8, u8)> {
    let mut parts = text.trim().get(..10)?.split('-');
    Some((
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
    ))
}

async fn openreview(fetcher: &Fetcher, id: &str) -> Result<PaperRecord, String> {
    let body = get(fetcher, &openreview_url(id), "OpenReview's API").await?;
    parse_openreview(id, &body)
}

/// A note of OpenReview's API (v2: `{"value": ...}` fields; v1: plain).
pub fn parse_openreview(id: &str, body: &str) -> Result<PaperRecord, String> {
    let json: serde_json::Value = serde_json::from_str(body)
        .map_err(|e| format!("OpenReview's API answered bad JSON: {e}"))?;
    let note = json
        .get("notes")
        .and_then(|n| n.get(0))
        .ok_or_else(|| format!("OpenReview has no paper {id}"))?;
    let content = note.get("content");
    let field = |name: &str| {
        let value = content?.get(name)?;
        value
            .get("value")
            .unwrap_or(value)
            .as_str()
            .map(one_line)
            .filter(|t| !t.is_empty())
    };
    let title = field("title").ok_or_else(|| format!("OpenReview's note {id} has no title"))?;
    let millis = ["pdate", "odate", "cdate"]
        .iter()
        .find_map(|k| note.get(*k).and_then(serde_json::Value::as_i64));
    Ok(PaperRecord {
        id: id.to_string(),
        title,
        date: millis.and_then(date_of_millis),
        venue_text: field("venue"),
        comment: None,
        summary: field("abstract").unwrap_or_default(),
    })
}

/// A Unix time in milliseconds as a civil date (UTC).
fn date_of_millis(millis: i64) -> Option<(i32, u8, u8)> {
    let days = millis.div_euclid(86_400_000);
    // Howard Hinnant's days-to-civil algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Some((i32::try_from(year).ok()?, month as u8, day as u8))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_fields_add_needs_from_a_feed() {
        let xml = r#"<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
<entry><id>http://arxiv.org/abs/2301.00001v2</id><published>2023-01-02T10:00:00Z</published>
<title>A  Paper
 Title</title><summary>Code at https://github.com/a/b.</summary>
<arxiv:comment>Accepted at CVPR 2023</arxiv:comment></entry></feed>"#;
        let records = parse_feed(xml).unwrap();
        assert_eq!(records.len(), 1);
        assert_eq!(records[0].id, "2301.00001");
        assert_eq!(records[0].title, "A Paper Title");
        assert_eq!(records[0].date, Some((2023, 1, 2)));
        assert_eq!(records[0].comment.as_deref(), Some("Accepted at CVPR 2023"));
        assert!(parse_feed("Rate exceeded.").is_err());
    }

    #[test]
    fn reads_an_openreview_note() {
        let body = r#"{"notes":[{"pdate":1705276800000,"content":{"title":{"value":"T"},"venue":{"value":"ICLR 2024 poster"}}}]}"#;
        let r = parse_openreview("abcdefghij", body).unwrap();
        assert_eq!(r.title, "T");
        assert_eq!(r.venue_text.as_deref(), Some("ICLR 2024 poster"));
        assert_eq!(r.date, Some((2024, 1, 15)));
        assert!(parse_openreview("x", r#"{"notes":[]}"#).is_err());
    }
}
