//! arXiv ids in URLs: every form of arXiv's own links and of its mirrors,
//! new-style (`2106.06560v2`) and old-style (`cs/0112017`) ids, and ids
//! that cannot exist.

use super::url::{host_initial, split_url, Url};
use regex::Regex;
use std::sync::LazyLock;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ArxivId {
    /// Without version, old-scheme subject class dropped: `2010.00969`, `cs/0112017`.
    pub id: String,
    pub year: i32,
    pub month: u32,
}

/// What an arXiv link says about its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArxivLink {
    Valid(ArxivId),
    /// An id that cannot exist, and why.
    Malformed {
        written: String,
        reason: String,
    },
}

/// Hosts whose URLs carry arXiv ids, and whether each is arXiv's own
/// (`true`: its `/abs/` and `/pdf/` pages are arXiv's, so the id is all
/// that needs checking over the network) or a mirror or an old name
/// (`false`: it may lack a paper that arXiv has, so a link to it is checked
/// as a web page).
const ARXIV_HOSTS: &[(&str, bool)] = &[
    ("arxiv.org", true),
    ("www.arxiv.org", true),
    ("export.arxiv.org", true),
    ("lanl.arxiv.org", true),
    ("in.arxiv.org", true),
    ("xxx.lanl.gov", false),
    ("ar5iv.labs.arxiv.org", false),
    ("ar5iv.org", false),
    ("alphaxiv.org", false),
    ("www.alphaxiv.org", false),
];

/// Whether URLs of this host carry arXiv ids (arXiv's own and mirrors):
/// the hosts above, and any mirror named `arxiv.` under a domain of its own
/// (`arxiv.53yu.com`, a proxy some lists link through), a web page to the
/// link check.
pub fn is_arxiv_host(host: &str) -> bool {
    ARXIV_HOSTS.iter().any(|(name, _)| *name == host)
        || host
            .strip_prefix("arxiv.")
            .is_some_and(|domain| domain.contains('.') && !domain.ends_with("arxiv.org"))
}

/// Whether the host is arXiv's own, not a mirror.
pub fn is_arxiv_own_host(host: &str) -> bool {
    ARXIV_HOSTS.iter().any(|(name, own)| *own && *name == host)
}

/// [`is_arxiv_own_host`] for a host as written, in any case, without a
/// lower-case copy.
pub fn is_arxiv_own_host_any_case(host: &str) -> bool {
    ARXIV_HOSTS
        .iter()
        .any(|(name, own)| *own && name.eq_ignore_ascii_case(host))
}

/// A new-style id split into parts: `YYMM.NNNNN[vN]` and what follows.
/// Read by hand: this runs for every arXiv link of a long list.
struct NewId<'a> {
    yymm: &'a str,
    number: &'a str,
    version: Option<&'a str>,
    tail: &'a str,
}

impl<'a> NewId<'a> {
    fn split(text: &'a str) -> Option<Self> {
        let bytes = text.as_bytes();
        let digits_from = |start: usize| {
            start
                + bytes[start..]
                    .iter()
                    .take_while(|b| b.is_ascii_digit())
                    .count()
        };
        if bytes.len() < 6 || digits_from(0) < 4 || bytes[4] != b'.' {
            return None;
        }
        let number_end = digits_from(5);
        if number_end == 5 {
            return None;
        }
        let mut end = number_end;
        let mut version = None;
        if bytes.get(end) == Some(&b'v') {
            let version_end = digits_from(end + 1);
            if version_end > end + 1 {
                version = Some(&text[end + 1..version_end]);
                end = version_end;
            }
        }
        Some(NewId {
            yymm: &text[..4],
            number: &text[5..number_end],
            version,
            tail: &text[end..],
        })
    }
}

static OLD_ID: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::ascii(
        r"^([a-z]+(?:-[a-z]+)?)(?:\.[A-Za-z-]{2,})?/(\d{2})(\d{2})(\d+)(?:v(\d+))?",
    )
    .expect("valid regex")
});

/// The month and number of an ADS bibcode of an arXiv paper:
/// `/abs/2019arXiv190912345S` is 1909.12345 (year, `arXiv`, the id's
/// digits, the first author's initial).
fn ads_bibcode_arxiv(path: &str) -> Option<(&str, &str)> {
    let code = path.strip_prefix("/abs/")?;
    let digits = |text: &str| text.len() >= 4 && text.bytes().take(4).all(|b| b.is_ascii_digit());
    let after_year = code.get(4..)?.strip_prefix("arXiv")?;
    if !digits(code) || !digits(after_year) {
        return None;
    }
    let (month, rest) = after_year.split_at(4);
    let number_len = rest.bytes().take_while(u8::is_ascii_digit).count();
    let initial = rest.as_bytes().get(number_len);
    let number_fits = matches!(number_len, 4 | 5) && initial.is_some_and(u8::is_ascii_uppercase);
    number_fits.then(|| (month, &rest[..number_len]))
}

/// The arXiv id a URL points at, if it is an arXiv link.
pub fn arxiv_link(url: &str) -> Option<ArxivLink> {
    // Most links name another host (github.com, openreview.net): the
    // host's first letter rules them out before the URL is split.
    let initial = host_initial(url)?.to_ascii_lowercase();
    if !HOST_INITIALS.contains(&initial) {
        return None;
    }
    arxiv_of(&split_url(url)?)
}

/// The first letters of the hosts [`arxiv_of`] reads: arXiv's and its
/// mirrors' ([`ARXIV_HOSTS`], `arxiv.` and a domain), huggingface.co,
/// doi.org, dx.doi.org and ui.adsabs.harvard.edu.
const HOST_INITIALS: &[u8] = b"aweilxhdu";

pub(super) fn arxiv_of(url: &Url<'_>) -> Option<ArxivLink> {
    let rest = if is_arxiv_host(&url.host) {
        // `/ftp/arxiv/papers/2101/2101.12382.pdf`: the PDF under its month.
        let ftp = || {
            let month_and_file = url.path.strip_prefix("/ftp/arxiv/papers/")?;
            Some(month_and_file.split_once('/')?.1)
        };
        let path = ["/abs/", "/pdf/", "/html/", "/format/"]
            .iter()
            .find_map(|prefix| url.path.strip_prefix(prefix))
            .or_else(ftp)?
            .trim_start_matches('/');
        // `/pdf/arXiv:2011.02572.pdf`: the id as papers cite it, which
        // arXiv reads as the id itself.
        match path.get(..6) {
            Some(label) if label.eq_ignore_ascii_case("arxiv:") => &path[6..],
            _ => path,
        }
    } else if url.host == "huggingface.co" {
        url.path.strip_prefix("/papers/")?
    } else if url.host == "doi.org" || url.host == "dx.doi.org" {
        let doi = url.path.trim_start_matches('/');
        let (prefix, id) = doi.split_once('/')?;
        if prefix != "10.48550" {
            return None;
        }
        id.strip_prefix("arXiv.")
            .or_else(|| id.strip_prefix("arxiv."))?
    } else if url.host == "ui.adsabs.harvard.edu" {
        let (month, number) = ads_bibcode_arxiv(url.path)?;
        return Some(check_new_id(month, number));
    } else {
        return None;
    };
    // An HTML paper has pages and figures under its id (`/html/2401.01234v1/
    // x1.png`); an abstract or a PDF has none: `/pdf/2106.09685v1/1000`
    // is not found.
    let pages = !is_arxiv_host(&url.host) || url.path.starts_with("/html/");
    Some(read_id(rest, pages))
}

fn read_id(rest: &str, pages: bool) -> ArxivLink {
    let rest = rest.trim_end_matches('/');
    if let Some(new) = NewId::split(rest) {
        let written = &rest[..rest.len() - new.tail.len()];
        if let Err(reason) = check_tail(new.tail, pages) {
            // `2010.11929/1000` is the id the link asks for, not `2010.11929`.
            let asked = if new.tail.starts_with('/') {
                rest
            } else {
                written
            };
            return malformed(asked, &reason);
        }
        if new.version.is_some_and(|v| v.starts_with('0')) {
            return malformed(written, "versions start at v1");
        }
        return check_new_id(new.yymm, new.number);
    }
    if let Some(c) = OLD_ID.captures(rest) {
        let tail = rest.get(c.get(0).map_or(0, |m| m.end())..).unwrap_or("");
        let written = rest[..rest.len() - tail.len()].to_string();
        if let Err(reason) = check_tail(tail, pages) {
            return malformed(&written, &reason);
        }
        let (yy, mm, number) = (&c[2], &c[3], &c[4]);
        let month: u32 = mm.parse().unwrap_or(0);
        if number.len() != 3 {
            return malformed(&written, "old-style ids have a 3-digit number");
        }
        if !(1..=12).contains(&month) {
            return malformed(&written, &format!("month {mm} does not exist"));
        }
        let yy: i32 = yy.parse().unwrap_or(0);
        let year = if yy >= 91 { 1900 + yy } else { 2000 + yy };
        if year > 2007 || (year == 2007 && month > 3) {
            return malformed(&written, "old-style ids end in March 2007");
        }
        return ArxivLink::Valid(ArxivId {
            id: format!("{}/{}{}{}", &c[1], &c[2], mm, number),
            year,
            month,
        });
    }
    malformed(rest, "not an arXiv identifier")
}

fn check_tail(tail: &str, pages: bool) -> Result<(), String> {
    match tail {
        "" | ".pdf" => Ok(()),
        t if (pages && t.starts_with('/')) || t.starts_with('#') => Ok(()),
        t if t.starts_with('/') => Err(format!(
            "`{t}` after the id (an abstract or PDF has no pages under it)"
        )),
        t => Err(format!("unexpected `{t}` after the id")),
    }
}

/// `yymm.number`: checked, and built once (every paper link of a list
/// comes through here).
fn check_new_id(yymm: &str, number: &str) -> ArxivLink {
    let mut id = String::with_capacity(yymm.len() + 1 + number.len());
    id.push_str(yymm);
    id.push('.');
    id.push_str(number);
    let yy: i32 = yymm[..2].parse().unwrap_or(0);
    let month: u32 = yymm[2..].parse().unwrap_or(0);
    if !(1..=12).contains(&month) {
        return malformed(&id, &format!("month {} does not exist", &yymm[2..]));
    }
    if yymm < "0704" {
        return malformed(&id, "new-style ids start in April 2007 (0704)");
    }
    let wanted_digits = if yymm <= "1412" { 4 } else { 5 };
    if number.len() != wanted_digits {
        return malformed(
            &id,
            &format!(
                "ids from {yymm} have a {wanted_digits}-digit number, not {}",
                number.len()
            ),
        );
    }
    if number.bytes().all(|b| b == b'0') {
        return malformed(&id, "the number cannot be zero");
    }
    ArxivLink::Valid(ArxivId {
        id,
        year: 2000 + yy,
        month,
    })
}

fn malformed(written: &str, reason: &str) -> ArxivLink {
    ArxivLink::Malformed {
        written: written.to_string(),
        reason: reason.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_host_read_starts_with_a_listed_initial() {
        let others = [
            "arxiv.example.org",
            "huggingface.co",
            "doi.org",
            "dx.doi.org",
        ];
        let hosts = (ARXIV_HOSTS.iter().map(|(host, _)| *host))
            .chain(others)
            .chain(["ui.adsabs.harvard.edu"]);
        for host in hosts {
            assert!(HOST_INITIALS.contains(&host.as_bytes()[0]), "{host}");
        }
        // The host as split_url reads it: after the user, in any case.
        for url in [
            "HTTPS://me@ArXiv.org/abs/2106.06560",
            "https://u:p@Export.arXiv.org/abs/2106.06560",
        ] {
            assert!(
                matches!(arxiv_link(url), Some(ArxivLink::Valid(_))),
                "{url}"
            );
        }
        assert_eq!(
            arxiv_link("https://arxiv.org@github.com/abs/2106.06560"),
            None
        );
    }
}
