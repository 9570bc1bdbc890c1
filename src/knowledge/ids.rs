//! Paper identities in URLs: arXiv ids, OpenReview ids, DOIs (of doi.org
//! and inside publishers' URLs), IEEE Xplore document numbers, NeurIPS
//! proceedings hashes, PMLR paper ids, CVF open-access paper names and ACL
//! Anthology ids.

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

/// A paper identity that two rows can share.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PaperId {
    Arxiv(String),
    OpenReview(String),
    Doi(String),
    /// An IEEE Xplore document number.
    Ieee(String),
    /// A NeurIPS proceedings paper: its hash, or an old paper number (`n7181`).
    Neurips(String),
    /// A PMLR paper: volume and key, `v162/zhang22a`.
    Pmlr(String),
    /// A CVF open-access paper: the file name without `_paper`, lower case.
    Cvf(String),
    /// An ACL Anthology id: `2020.acl-main.1`, `P19-1001`.
    Acl(String),
}

impl std::fmt::Display for PaperId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PaperId::Arxiv(id) => write!(f, "arXiv {id}"),
            PaperId::OpenReview(id) => write!(f, "OpenReview {id}"),
            PaperId::Doi(doi) => write!(f, "DOI {doi}"),
            PaperId::Ieee(number) => write!(f, "IEEE Xplore document {number}"),
            PaperId::Neurips(id) => match id.strip_prefix('n') {
                Some(number) if id.len() < 32 => write!(f, "NeurIPS paper {number}"),
                _ => write!(f, "NeurIPS paper {id}"),
            },
            PaperId::Pmlr(id) => write!(f, "PMLR {id}"),
            PaperId::Cvf(name) => write!(f, "CVF paper {name}"),
            PaperId::Acl(id) => write!(f, "ACL Anthology {id}"),
        }
    }
}

struct Url<'a> {
    host: std::borrow::Cow<'a, str>,
    path: &'a str,
    query: &'a str,
}

fn split_url(url: &str) -> Option<Url<'_>> {
    let rest = url.trim().split_once("://")?.1;
    let rest = rest.split('#').next().unwrap_or(rest);
    let (authority, path_and_query) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    let (path, query) = path_and_query
        .split_once('?')
        .unwrap_or((path_and_query, ""));
    let host = authority.rsplit('@').next().unwrap_or(authority);
    let host = host.split(':').next().unwrap_or(host);
    let host = if host.bytes().any(|b| b.is_ascii_uppercase()) {
        std::borrow::Cow::Owned(host.to_ascii_lowercase())
    } else {
        std::borrow::Cow::Borrowed(host)
    };
    Some(Url { host, path, query })
}

const ARXIV_HOSTS: &[&str] = &[
    "arxiv.org",
    "www.arxiv.org",
    "export.arxiv.org",
    "lanl.arxiv.org",
    "in.arxiv.org",
    "xxx.lanl.gov",
    "ar5iv.labs.arxiv.org",
    "ar5iv.org",
    "alphaxiv.org",
    "www.alphaxiv.org",
];

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
    Regex::new(r"^([a-z]+(?:-[a-z]+)?)(?:\.[A-Za-z-]{2,})?/(\d{2})(\d{2})(\d+)(?:v(\d+))?(.*)$")
        .expect("valid regex")
});
static ADS_BIBCODE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^/abs/\d{4}arXiv(\d{4})(\d{4,5})[A-Z]").expect("valid regex"));

/// The arXiv id a URL points at, if it is an arXiv link.
pub fn arxiv_link(url: &str) -> Option<ArxivLink> {
    arxiv_of(&split_url(url)?)
}

fn arxiv_of(url: &Url<'_>) -> Option<ArxivLink> {
    let rest = if ARXIV_HOSTS.contains(&url.host.as_ref()) {
        ["/abs/", "/pdf/", "/html/", "/format/"]
            .iter()
            .find_map(|prefix| url.path.strip_prefix(prefix))?
            .trim_start_matches('/')
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
        let c = ADS_BIBCODE.captures(url.path)?;
        return Some(check_new_id(&format!("{}.{}", &c[1], &c[2]), &c[1], &c[2]));
    } else {
        return None;
    };
    Some(read_id(rest))
}

fn read_id(rest: &str) -> ArxivLink {
    let rest = rest.trim_end_matches('/');
    if let Some(new) = NewId::split(rest) {
        let written = &rest[..rest.len() - new.tail.len()];
        if let Err(reason) = check_tail(new.tail) {
            return malformed(written, &reason);
        }
        if new.version.is_some_and(|v| v.starts_with('0')) {
            return malformed(written, "versions start at v1");
        }
        return check_new_id(
            &format!("{}.{}", new.yymm, new.number),
            new.yymm,
            new.number,
        );
    }
    if let Some(c) = OLD_ID.captures(rest) {
        let tail = c.get(6).map_or("", |m| m.as_str());
        let written = rest[..rest.len() - tail.len()].to_string();
        if let Err(reason) = check_tail(tail) {
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

fn check_tail(tail: &str) -> Result<(), String> {
    match tail {
        "" | ".pdf" => Ok(()),
        t if t.starts_with('/') || t.starts_with('#') => Ok(()),
        t => Err(format!("unexpected `{t}` after the id")),
    }
}

fn check_new_id(written: &str, yymm: &str, number: &str) -> ArxivLink {
    let yy: i32 = yymm[..2].parse().unwrap_or(0);
    let month: u32 = yymm[2..].parse().unwrap_or(0);
    if !(1..=12).contains(&month) {
        return malformed(written, &format!("month {} does not exist", &yymm[2..]));
    }
    if yymm < "0704" {
        return malformed(written, "new-style ids start in April 2007 (0704)");
    }
    let wanted_digits = if yymm <= "1412" { 4 } else { 5 };
    if number.len() != wanted_digits {
        return malformed(
            written,
            &format!(
                "ids from {yymm} have a {wanted_digits}-digit number, not {}",
                number.len()
            ),
        );
    }
    if number.bytes().all(|b| b == b'0') {
        return malformed(written, "the number cannot be zero");
    }
    ArxivLink::Valid(ArxivId {
        id: format!("{yymm}.{number}"),
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

static OPENREVIEW_ID: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|&)id=([A-Za-z0-9_\-]+)").expect("valid regex"));

/// The OpenReview note id of a forum or pdf link.
pub fn openreview_id(url: &str) -> Option<String> {
    openreview_of(&split_url(url)?)
}

fn openreview_of(url: &Url<'_>) -> Option<String> {
    if url.host != "openreview.net" && url.host != "www.openreview.net" {
        return None;
    }
    if !matches!(url.path, "/forum" | "/pdf" | "/attachment") {
        return None;
    }
    OPENREVIEW_ID.captures(url.query).map(|c| c[1].to_string())
}

/// The DOI of a doi.org link, lower-cased (DOIs ignore case).
pub fn doi(url: &str) -> Option<String> {
    doi_of(&split_url(url)?)
}

fn doi_of(url: &Url<'_>) -> Option<String> {
    if !matches!(url.host.as_ref(), "doi.org" | "dx.doi.org" | "www.doi.org") {
        return None;
    }
    let doi = url.path.trim_start_matches('/');
    doi.starts_with("10.").then(|| doi.to_lowercase())
}

/// The DOI inside a publisher's URL: `dl.acm.org/doi/10.1145/...` (also
/// `/doi/abs/`, `/doi/pdf/`, `/doi/epdf/`, `/doi/full/`),
/// `onlinelibrary.wiley.com/doi/...`, `link.springer.com/article/10.1007/...`
/// (also `/chapter/`, `/content/pdf/...pdf`).
fn publisher_doi_of(url: &Url<'_>) -> Option<String> {
    let path = url.path;
    let rest = if url.host.ends_with("springer.com") {
        ["/article/", "/chapter/", "/content/pdf/", "/book/"]
            .iter()
            .find_map(|p| path.strip_prefix(p))?
    } else {
        let after = &path[path.find("/doi/")? + "/doi/".len()..];
        [
            "abs/",
            "pdf/",
            "epdf/",
            "full/",
            "fullHtml/",
            "reader/",
            "book/",
        ]
        .iter()
        .find_map(|p| after.strip_prefix(p))
        .unwrap_or(after)
    };
    let rest = rest.trim_end_matches('/');
    let rest = rest.strip_suffix(".pdf").unwrap_or(rest);
    let (prefix, suffix) = rest.split_once('/')?;
    let registrant = prefix.strip_prefix("10.")?;
    (!registrant.is_empty()
        && registrant.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && !suffix.is_empty())
    .then(|| rest.to_lowercase())
}

static IEEE_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^/(?:abstract/|stamp/)?document/(\d{4,})").expect("valid regex"));
static ARNUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|&)arnumber=(\d{4,})").expect("valid regex"));

fn ieee_of(url: &Url<'_>) -> Option<String> {
    if url.host != "ieeexplore.ieee.org" {
        return None;
    }
    IEEE_NUMBER
        .captures(url.path)
        .or_else(|| ARNUMBER.captures(url.query))
        .map(|c| c[1].to_string())
}

static NEURIPS_HASH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"/(?:hash|file)/([0-9a-f]{32})-(?:Abstract|Paper|Supplemental|Reviews|Metadata|Bibtex)",
    )
    .expect("valid regex")
});
static NIPS_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^/paper/(\d{3,5})-[^/]+$").expect("valid regex"));

fn neurips_of(url: &Url<'_>) -> Option<String> {
    if !matches!(
        url.host.as_ref(),
        "proceedings.neurips.cc" | "papers.nips.cc" | "papers.neurips.cc" | "proceedings.nips.cc"
    ) {
        return None;
    }
    if let Some(c) = NEURIPS_HASH.captures(url.path) {
        return Some(c[1].to_string());
    }
    let path = url.path.trim_end_matches('/');
    let path = path.strip_suffix(".pdf").unwrap_or(path);
    NIPS_NUMBER.captures(path).map(|c| format!("n{}", &c[1]))
}

static PMLR_ID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^/(v\d+)/([A-Za-z0-9_-]+?)(?:\.html|\.pdf|/[A-Za-z0-9_-]+\.pdf)?/?$")
        .expect("valid regex")
});

fn pmlr_of(url: &Url<'_>) -> Option<String> {
    if url.host != "proceedings.mlr.press" {
        return None;
    }
    let c = PMLR_ID.captures(url.path)?;
    Some(format!("{}/{}", &c[1], &c[2]))
}

fn cvf_of(url: &Url<'_>) -> Option<String> {
    if !matches!(
        url.host.as_ref(),
        "openaccess.thecvf.com" | "www.cv-foundation.org" | "cv-foundation.org"
    ) {
        return None;
    }
    let file = url.path.rsplit('/').next()?;
    let stem = file
        .strip_suffix("_paper.pdf")
        .or_else(|| file.strip_suffix("_paper.html"))?;
    (!stem.is_empty()).then(|| stem.to_lowercase())
}

static ACL_ID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{4}\.[a-z0-9-]+\.\d+|[A-Z]\d{2}-\d{4})$").expect("valid regex")
});

fn acl_of(url: &Url<'_>) -> Option<String> {
    let rest = match url.host.as_ref() {
        "aclanthology.org" | "www.aclanthology.org" => url.path.strip_prefix('/')?,
        "aclweb.org" | "www.aclweb.org" => url.path.strip_prefix("/anthology/")?,
        _ => return None,
    };
    let rest = rest.trim_end_matches('/');
    let rest = rest.strip_suffix(".pdf").unwrap_or(rest);
    let rest = rest.rsplit('/').next()?;
    ACL_ID.is_match(rest).then(|| rest.to_string())
}

/// Every identity a paper link carries.
pub fn paper_ids(url: &str) -> Vec<PaperId> {
    let mut ids = Vec::new();
    let Some(url) = split_url(url) else {
        return ids;
    };
    if let Some(ArxivLink::Valid(arxiv)) = arxiv_of(&url) {
        ids.push(PaperId::Arxiv(arxiv.id));
    } else if let Some(doi) = doi_of(&url).or_else(|| publisher_doi_of(&url)) {
        ids.push(PaperId::Doi(doi));
    } else if let Some(id) = ieee_of(&url) {
        ids.push(PaperId::Ieee(id));
    } else if let Some(id) = neurips_of(&url) {
        ids.push(PaperId::Neurips(id));
    } else if let Some(id) = pmlr_of(&url) {
        ids.push(PaperId::Pmlr(id));
    } else if let Some(id) = cvf_of(&url) {
        ids.push(PaperId::Cvf(id));
    } else if let Some(id) = acl_of(&url) {
        ids.push(PaperId::Acl(id));
    }
    if let Some(id) = openreview_of(&url) {
        ids.push(PaperId::OpenReview(id));
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(url: &str) -> String {
        match arxiv_link(url) {
            Some(ArxivLink::Valid(a)) => a.id,
            other => panic!("{url}: {other:?}"),
        }
    }

    fn reason(url: &str) -> String {
        match arxiv_link(url) {
            Some(ArxivLink::Malformed { reason, .. }) => reason,
            other => panic!("{url}: {other:?}"),
        }
    }

    #[test]
    fn every_url_form_gives_the_bare_id() {
        for url in [
            "https://arxiv.org/pdf/2106.06560v1.pdf",
            "https://arxiv.org/abs/2106.06560",
            "http://www.arxiv.org/abs/2106.06560v3/",
            "https://arxiv.org/pdf/2106.06560v1",
            "https://export.arxiv.org/abs/2106.06560",
            "https://arxiv.org/html/2106.06560v2",
            "https://huggingface.co/papers/2106.06560",
            "https://doi.org/10.48550/arXiv.2106.06560",
            "https://arxiv.org/abs//2106.06560",
        ] {
            assert_eq!(id(url), "2106.06560", "{url}");
        }
        assert_eq!(
            id("https://arxiv.org/abs/math.GT/0309136v2"),
            "math/0309136"
        );
        assert_eq!(id("https://arxiv.org/abs/1412.7878"), "1412.7878");
        assert_eq!(
            id("https://ui.adsabs.harvard.edu/abs/2020arXiv200707743G/abstract"),
            "2007.07743"
        );
    }

    #[test]
    fn year_and_month_come_from_the_id() {
        let Some(ArxivLink::Valid(a)) = arxiv_link("https://arxiv.org/abs/1902.09635") else {
            panic!()
        };
        assert_eq!((a.year, a.month), (2019, 2));
        let Some(ArxivLink::Valid(a)) = arxiv_link("https://arxiv.org/abs/cs/0112017") else {
            panic!()
        };
        assert_eq!((a.year, a.month), (2001, 12));
    }

    #[test]
    fn impossible_ids_are_malformed() {
        assert!(reason("https://arxiv.org/abs/2113.05538").contains("month 13"));
        assert!(reason("https://arxiv.org/abs/1501.1234").contains("5-digit"));
        assert!(reason("https://arxiv.org/abs/1412.12345").contains("4-digit"));
        assert!(reason("https://arxiv.org/abs/0701.1234").contains("April 2007"));
        assert!(reason("https://arxiv.org/abs/2302.12831c").contains("`c`"));
        assert!(reason("https://arxiv.org/abs/2103.00000").contains("zero"));
        assert!(reason("https://arxiv.org/abs/2103.12345v0").contains("v1"));
    }

    #[test]
    fn other_hosts_are_not_arxiv() {
        assert_eq!(arxiv_link("https://github.com/a/b"), None);
        assert_eq!(arxiv_link("not a url"), None);
        assert_eq!(arxiv_link("https://arxiv.org/list/cs.LG/recent"), None);
    }

    #[test]
    fn openreview_and_doi() {
        assert_eq!(
            openreview_id("https://openreview.net/pdf?id=_jMtny3sMKU").as_deref(),
            Some("_jMtny3sMKU")
        );
        assert_eq!(
            openreview_id("https://openreview.net/forum?id=MuSYkd1hxRP&noteId=x").as_deref(),
            Some("MuSYkd1hxRP")
        );
        assert_eq!(
            openreview_id("https://openreview.net/group?id=ICLR.cc/2023/Conference"),
            None
        );
        assert_eq!(
            doi("https://doi.org/10.1109/CVPR.2016.90").as_deref(),
            Some("10.1109/cvpr.2016.90")
        );
    }

    #[test]
    fn publisher_urls_carry_the_paper_identity() {
        let doi = |u: &str| PaperId::Doi(u.to_string());
        let cases = [
            ("https://dl.acm.org/doi/10.1145/3503161.3548414", doi("10.1145/3503161.3548414")),
            ("https://dl.acm.org/doi/pdf/10.1145/3503161.3548414", doi("10.1145/3503161.3548414")),
            ("https://dl.acm.org/doi/epdf/10.1145/3503161.3548414?casa=x", doi("10.1145/3503161.3548414")),
            ("https://dl.acm.org/doi/abs/10.1145/3503161.3548414", doi("10.1145/3503161.3548414")),
            ("https://link.springer.com/article/10.1007/s11263-021-01453-z", doi("10.1007/s11263-021-01453-z")),
            ("https://link.springer.com/content/pdf/10.1007/s11263-021-01453-z.pdf", doi("10.1007/s11263-021-01453-z")),
            ("https://link.springer.com/chapter/10.1007/978-3-030-58452-8_1", doi("10.1007/978-3-030-58452-8_1")),
            ("https://onlinelibrary.wiley.com/doi/full/10.1111/cgf.14022", doi("10.1111/cgf.14022")),
            ("https://onlinelibrary.wiley.com/doi/10.1111/cgf.14022", doi("10.1111/cgf.14022")),
            ("https://doi.org/10.1111/CGF.14022", doi("10.1111/cgf.14022")),
            ("https://ieeexplore.ieee.org/document/9887996", PaperId::Ieee("9887996".into())),
            ("https://ieeexplore.ieee.org/abstract/document/9887996/", PaperId::Ieee("9887996".into())),
            ("https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=9887996", PaperId::Ieee("9887996".into())),
            (
                "https://proceedings.neurips.cc/paper/2020/hash/4c5bcfec8584af0d967f1ab10179ca4b-Abstract.html",
                PaperId::Neurips("4c5bcfec8584af0d967f1ab10179ca4b".into()),
            ),
            (
                "https://proceedings.neurips.cc/paper_files/paper/2020/file/4c5bcfec8584af0d967f1ab10179ca4b-Paper.pdf",
                PaperId::Neurips("4c5bcfec8584af0d967f1ab10179ca4b".into()),
            ),
            ("https://papers.nips.cc/paper/7181-attention-is-all-you-need.pdf", PaperId::Neurips("n7181".into())),
            ("http://proceedings.mlr.press/v162/zhang22a.html", PaperId::Pmlr("v162/zhang22a".into())),
            ("https://proceedings.mlr.press/v162/zhang22a/zhang22a.pdf", PaperId::Pmlr("v162/zhang22a".into())),
            ("http://proceedings.mlr.press/v37/ioffe15.pdf", PaperId::Pmlr("v37/ioffe15".into())),
            (
                "https://openaccess.thecvf.com/content/CVPR2021/papers/Xu_ViPNAS_Efficient_CVPR_2021_paper.pdf",
                PaperId::Cvf("xu_vipnas_efficient_cvpr_2021".into()),
            ),
            (
                "http://openaccess.thecvf.com//content/CVPR2021/html/Xu_ViPNAS_Efficient_CVPR_2021_paper.html",
                PaperId::Cvf("xu_vipnas_efficient_cvpr_2021".into()),
            ),
            ("https://aclanthology.org/2020.acl-main.1.pdf", PaperId::Acl("2020.acl-main.1".into())),
            ("https://aclanthology.org/2020.acl-main.1/", PaperId::Acl("2020.acl-main.1".into())),
            ("https://www.aclweb.org/anthology/P19-1001.pdf", PaperId::Acl("P19-1001".into())),
            ("https://aclanthology.org/P19-1001", PaperId::Acl("P19-1001".into())),
        ];
        for (url, id) in cases {
            assert_eq!(paper_ids(url), [id], "{url}");
        }
        for url in [
            "https://dl.acm.org/conference/kdd",
            "https://link.springer.com/journal/11263",
            "https://ieeexplore.ieee.org/xpl/conhome/1000147/all-proceedings",
            "https://proceedings.neurips.cc/paper/2020",
            "https://proceedings.mlr.press/v162/",
            "https://openaccess.thecvf.com/CVPR2021",
            "https://openaccess.thecvf.com/content/CVPR2021/supplemental/Xu_ViPNAS_CVPR_2021_supplemental.pdf",
            "https://aclanthology.org/events/acl-2020/",
        ] {
            assert!(paper_ids(url).is_empty(), "{url}: {:?}", paper_ids(url));
        }
    }
}
