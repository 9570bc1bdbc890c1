//! Paper identities in other hosts' URLs: OpenReview ids, DOIs (of doi.org
//! and inside publishers' URLs), IEEE Xplore document numbers, NeurIPS
//! proceedings hashes, PMLR paper ids, CVF open-access paper names, ACL
//! Anthology ids, AAAI's OJS article ids and ScienceDirect PIIs.

use super::url::{split_url, Url};
use regex::Regex;
use std::sync::LazyLock;

/// The OpenReview note id of a forum or pdf link.
pub fn openreview_id(url: &str) -> Option<String> {
    openreview_of(&split_url(url)?)
}

pub(super) fn openreview_of(url: &Url<'_>) -> Option<String> {
    if url.host != "openreview.net" && url.host != "www.openreview.net" {
        return None;
    }
    if !matches!(url.path, "/forum" | "/pdf" | "/attachment") {
        return None;
    }
    // The first `id=` parameter with a value: `?id=abc&noteId=def`.
    url.query.split('&').find_map(|parameter| {
        let id = name_chars_prefix(parameter.strip_prefix("id=")?);
        (!id.is_empty()).then(|| id.to_string())
    })
}

/// The longest prefix of letters, digits, `_` and `-`: an id or file name in
/// a URL. (Read by hand: a regex here costs more to build than a whole
/// small list costs to check.)
fn name_chars_prefix(text: &str) -> &str {
    let end = text
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(text.len());
    &text[..end]
}

/// The DOI of a doi.org link, lower-cased (DOIs ignore case).
pub fn doi(url: &str) -> Option<String> {
    doi_of(&split_url(url)?)
}

/// Hosts that resolve the DOI written as their path: doi.org and the
/// publishers' own resolvers (`dx.plos.org/10.1371/journal.pcbi.1011044`).
const DOI_RESOLVERS: &[&str] = &[
    "doi.org",
    "dx.doi.org",
    "www.doi.org",
    "dx.plos.org",
    "doi.wiley.com",
    "doi.ieeecomputersociety.org",
];

pub(super) fn doi_of(url: &Url<'_>) -> Option<String> {
    if !DOI_RESOLVERS.contains(&url.host.as_ref()) {
        return None;
    }
    let doi = without_trailing_marks(url.path.trim_start_matches('/'));
    doi.starts_with("10.").then(|| doi.to_lowercase())
}

/// The DOI inside a publisher's URL: `dl.acm.org/doi/10.1145/...` (also
/// `/doi/abs/`, `/doi/pdf/`, `/doi/epdf/`, `/doi/full/`),
/// `onlinelibrary.wiley.com/doi/...`, `link.springer.com/article/10.1007/...`
/// (also `/chapter/`, `/content/pdf/...pdf`).
pub(super) fn publisher_doi_of(url: &Url<'_>) -> Option<String> {
    let path = url.path;
    if let Some(doi) = nature_doi(url) {
        return Some(doi);
    }
    if let Some(doi) = doi_in_query(url) {
        return Some(doi);
    }
    let rest = if url.host.ends_with("springer.com") {
        ["/article/", "/chapter/", "/content/pdf/", "/book/"]
            .iter()
            .find_map(|p| path.strip_prefix(p))?
    } else if let Some(at) = path.find("/doi/") {
        let after = &path[at + "/doi/".len()..];
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
    } else {
        doi_in_path(url)?
    };
    let rest = rest.trim_end_matches('/');
    let rest = rest.strip_suffix(".pdf").unwrap_or(rest);
    let rest = without_preprint_version(without_trailing_marks(rest));
    let (prefix, suffix) = rest.split_once('/')?;
    let registrant = prefix.strip_prefix("10.")?;
    (!registrant.is_empty()
        && registrant.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && !suffix.is_empty())
    .then(|| rest.to_lowercase())
}

/// The DOI a page is asked for by a `doi=` parameter
/// (`scitepress.org/Link.aspx?doi=10.5220/0010865000003124`,
/// `dl.acm.org/citation.cfm?doi=10.1145/3292500.3330701`), its slash
/// written or percent-encoded. A code host's query names no paper.
fn doi_in_query(url: &Url<'_>) -> Option<String> {
    if url.query.is_empty() || CODE_HOSTS.contains(&url.host.as_ref()) {
        return None;
    }
    let value = url.query.split('&').find_map(|parameter| {
        let (name, value) = parameter.split_once('=')?;
        name.eq_ignore_ascii_case("doi").then_some(value)
    })?;
    let doi = value.replacen("%2F", "/", 1).replacen("%2f", "/", 1);
    let doi = without_trailing_marks(&doi);
    let (prefix, suffix) = doi.split_once('/')?;
    let registrant = prefix.strip_prefix("10.")?;
    (registrant.len() >= 4
        && registrant.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && !suffix.is_empty()
        && !suffix.contains('%'))
    .then(|| doi.to_lowercase())
}

/// bioRxiv and medRxiv (registrant 1101) write a posting's version and view
/// after the DOI (`10.1101/2023.10.01.560349v3.full`, `...V2`,
/// `...v3.full.pdf+html`, `...v3.supplementary-material`): every version
/// is one paper. Their DOIs are digits and dots (`2023.10.01.560349`, or
/// an old `560349`), so the DOI ends where those do.
fn without_preprint_version(doi: &str) -> &str {
    const PREFIX: &str = "10.1101/";
    // Cold Spring Harbor's journals share the registrant with their own
    // DOIs (`10.1101/gr.277044.122`): only a posting's number is cut.
    if !doi.starts_with(PREFIX) || !doi[PREFIX.len()..].starts_with(|c: char| c.is_ascii_digit()) {
        return doi;
    }
    let number = doi[PREFIX.len()..]
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .map_or(doi.len(), |at| PREFIX.len() + at);
    doi[..number].trim_end_matches('.')
}

/// A DOI as written at the end of a sentence or a pasted address
/// (`10.1109/CVPR.2016.90.`, `...90%20`): the mark is no part of it.
fn without_trailing_marks(doi: &str) -> &str {
    let mut doi = doi;
    loop {
        let trimmed = doi.trim_end_matches('.');
        let trimmed = trimmed.strip_suffix("%20").unwrap_or(trimmed);
        if trimmed.len() == doi.len() {
            return doi;
        }
        doi = trimmed;
    }
}

/// A DOI written whole in another publisher's path:
/// `bmcmedinformdecismak.biomedcentral.com/articles/10.1186/s12911-...`,
/// `frontiersin.org/articles/10.3389/fnins.2020.00001/full`. Its registrant
/// has four digits or more, which no version or page number has; a code
/// host's paths are files, never DOIs.
fn doi_in_path<'u>(url: &Url<'u>) -> Option<&'u str> {
    if CODE_HOSTS.contains(&url.host.as_ref()) {
        return None;
    }
    let path = url.path;
    let at = path.find("/10.")? + 1;
    let registrant = path[at + 3..].split('/').next()?;
    if registrant.len() < 4 || !registrant.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let doi = &path[at..];
    Some(
        ["/full", "/abstract", "/fulltext", "/pdf", "/meta", "/html"]
            .iter()
            .find_map(|view| doi.strip_suffix(view))
            .unwrap_or(doi),
    )
}

/// Whether a link leads to a code host (a repository, a model card).
pub fn on_a_code_host(url: &str) -> bool {
    super::url::split_url(url).is_some_and(|u| CODE_HOSTS.contains(&u.host.as_ref()))
}

/// Hosts of code, whose paths are files and folders.
const CODE_HOSTS: [&str; 4] = [
    "github.com",
    "gitlab.com",
    "huggingface.co",
    "bitbucket.org",
];

/// A Nature Portfolio article, `nature.com/articles/s41598-022-14421-5`
/// (also its `.pdf`): its DOI is `10.1038/` and the article's id.
fn nature_doi(url: &Url<'_>) -> Option<String> {
    if !matches!(url.host.as_ref(), "www.nature.com" | "nature.com") {
        return None;
    }
    let id = url.path.strip_prefix("/articles/")?.trim_end_matches('/');
    let id = id.strip_suffix(".pdf").unwrap_or(id);
    (!id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.'))
    .then(|| format!("10.1038/{}", id.to_lowercase()))
}

static IEEE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::ascii(r"^/(?:abstract/|stamp/)?document/(\d{4,})").expect("valid regex")
});
static ARNUMBER: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::ascii(r"(?:^|&)arnumber=(\d{4,})").expect("valid regex"));

pub(super) fn ieee_of(url: &Url<'_>) -> Option<String> {
    if url.host != "ieeexplore.ieee.org" {
        return None;
    }
    IEEE_NUMBER
        .captures(url.path)
        .or_else(|| ARNUMBER.captures(url.query))
        .map(|c| c[1].to_string())
}

static NEURIPS_HASH: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::ascii(
        r"/(?:hash|file)/([0-9a-f]{32})-(?:Abstract|Paper|Supplemental|Reviews|Metadata|Bibtex)",
    )
    .expect("valid regex")
});
static NIPS_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::ascii(r"^/paper/(\d{3,5})-").expect("valid regex"));

pub(super) fn neurips_of(url: &Url<'_>) -> Option<String> {
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
    let c = NIPS_NUMBER.captures(path)?;
    // One more path segment after the number: `/paper/7181-attention-is-...`.
    let slug = &path[c.get(0)?.end()..];
    (!slug.is_empty() && !slug.contains('/')).then(|| format!("n{}", &c[1]))
}

pub(super) fn pmlr_of(url: &Url<'_>) -> Option<String> {
    if url.host != "proceedings.mlr.press" {
        return None;
    }
    // `/v139/radford21a.html`, `/v205/wu23c/wu23c.pdf`, `/v97/li19a/`.
    let (volume, rest) = url.path.strip_prefix('/')?.split_once('/')?;
    let number = volume.strip_prefix('v')?;
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let paper = name_chars_prefix(rest);
    let after = &rest[paper.len()..];
    let after = after.strip_suffix('/').unwrap_or(after);
    let file_below = || {
        let file = after.strip_prefix('/')?.strip_suffix(".pdf")?;
        (!file.is_empty() && name_chars_prefix(file) == file).then_some(())
    };
    let known_tail = matches!(after, "" | ".html" | ".pdf") || file_below().is_some();
    (!paper.is_empty() && known_tail).then(|| format!("{volume}/{paper}"))
}

pub(super) fn cvf_of(url: &Url<'_>) -> Option<String> {
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
    crate::pattern::ascii(r"^(\d{4}\.[a-z0-9-]+\.\d+|[A-Z]\d{2}-\d{4})$").expect("valid regex")
});

pub(super) fn acl_of(url: &Url<'_>) -> Option<String> {
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

static OJS_ARTICLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^/index\.php/([A-Za-z0-9_-]+)/article/(?:view|download|viewFile)/(\d+)(?:/\d+)?/?$",
    )
    .expect("valid regex")
});

/// An article of AAAI's open journal system (the AAAI, ICWSM, AIES ...
/// proceedings): `ojs.aaai.org/index.php/AAAI/article/view/28680`, its PDF
/// `/article/view/28680/29333` or `/article/download/28680/29333`, and the
/// older `aaai.org/ojs/index.php/...` form. The proceedings' name and the
/// article number, `AAAI/28680`.
pub(super) fn ojs_of(url: &Url<'_>) -> Option<String> {
    let path = match url.host.as_ref() {
        "ojs.aaai.org" => url.path,
        "aaai.org" | "www.aaai.org" => url.path.strip_prefix("/ojs")?,
        _ => return None,
    };
    let c = OJS_ARTICLE.captures(path)?;
    Some(format!("{}/{}", c[1].to_uppercase(), &c[2]))
}

static AAAI_CDN: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::ascii(r"^/ojs/(\d+)/\d+-[0-9-]+\.pdf$").expect("valid regex"));

/// The same articles' PDFs on AAAI's CDN,
/// `cdn.aaai.org/ojs/20222/20222-13-24235-1-2-20220628.pdf`: the article
/// number, under the AAAI proceedings (OJS numbers articles once for all
/// its proceedings, so no two articles share one).
pub(super) fn aaai_cdn_of(url: &Url<'_>) -> Option<String> {
    if url.host != "cdn.aaai.org" {
        return None;
    }
    let c = AAAI_CDN.captures(url.path)?;
    Some(format!("AAAI/{}", &c[1]))
}

static IJCAI_PAPER: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::ascii(r"(?i)^/proceedings/(\d{4})/0*(\d+)(?:\.pdf)?/?$").expect("valid regex")
});

/// An IJCAI proceedings paper, `ijcai.org/proceedings/2018/0336.pdf`: its
/// year and number, `2018/336`.
pub(super) fn ijcai_of(url: &Url<'_>) -> Option<String> {
    if !matches!(url.host.as_ref(), "www.ijcai.org" | "ijcai.org") {
        return None;
    }
    let c = IJCAI_PAPER.captures(url.path)?;
    Some(format!("{}/{}", &c[1], &c[2]))
}

static PII: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^/(?:science/article/(?:abs/)?pii|retrieve/pii)/([SB][0-9X]{15,16})(?:/[A-Za-z]*)?/?$")
        .expect("valid regex")
});

/// The PII (Elsevier's publisher item identifier) of a ScienceDirect
/// article: `sciencedirect.com/science/article/pii/S0267364917302091`, its
/// `/abs/pii/` and `/pii/.../pdf` forms and `linkinghub.elsevier.com`'s
/// `/retrieve/pii/`; upper case.
pub(super) fn pii_of(url: &Url<'_>) -> Option<String> {
    let path = url.path;
    let on_host = match url.host.as_ref() {
        "www.sciencedirect.com" | "sciencedirect.com" => path.starts_with("/science/"),
        "linkinghub.elsevier.com" => path.starts_with("/retrieve/"),
        _ => false,
    };
    if !on_host {
        return None;
    }
    PII.captures(path).map(|c| c[1].to_uppercase())
}

/// A ResearchGate publication page, `researchgate.net/publication/
/// 352262364_Title_words`: its number, which names one paper.
pub(super) fn researchgate_of(url: &Url<'_>) -> Option<String> {
    if !matches!(
        url.host.as_ref(),
        "www.researchgate.net" | "researchgate.net"
    ) {
        return None;
    }
    // Also under an author's profile: `/profile/Yu-Malkov/publication/...`.
    let rest = &url.path[url.path.find("/publication/")? + "/publication/".len()..];
    let number: &str = rest.split(['_', '/']).next()?;
    (number.len() >= 6 && number.bytes().all(|b| b.is_ascii_digit())).then(|| number.to_string())
}
