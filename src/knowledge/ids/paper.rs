//! The identities two rows can share, from every kind of paper link.

use super::arxiv::{arxiv_of, ArxivLink};
use super::publishers::{
    aaai_cdn_of, acl_of, cvf_of, doi_of, ieee_of, ijcai_of, neurips_of, ojs_of, openreview_of,
    pii_of, pmlr_of, publisher_doi_of, researchgate_of,
};
use super::url::split_url;

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
    /// An article of AAAI's open journal system: `AAAI/28680`.
    Ojs(String),
    /// A ScienceDirect article's PII: `S0267364917302091`.
    Pii(String),
    /// An IJCAI proceedings paper: year and number, `2018/336`.
    Ijcai(String),
    /// A paper in the ISCA archive: the meeting's folder and the file's
    /// name, `interspeech_2023/baghel23_interspeech`.
    Isca(String),
    /// A ResearchGate publication number.
    ResearchGate(String),
    /// A deposit in HAL, the French open archive: `hal-04269089`.
    Hal(String),
    /// A paper's own page on its conference's site: `iclr 2024 poster 17412`.
    MeetingPage(String),
    /// An article of an MDPI journal: ISSN, volume, issue and number,
    /// `2076-3417/9/11/2341`.
    Mdpi(String),
    /// A PDF file on a site whose links carry no other id
    /// (`vldb.org/pvldb/vol18/p5086-zhu.pdf`): one file is one paper.
    Pdf(String),
}

/// DOI prefixes of preprint servers: bioRxiv and medRxiv (Cold Spring
/// Harbor), ChemRxiv, SSRN, Research Square, Preprints.org, OSF's servers,
/// TechRxiv.
const PREPRINT_DOI_PREFIXES: [&str; 9] = [
    "10.1101/",
    "10.26434/",
    "10.2139/",
    "10.21203/",
    "10.20944/",
    "10.31219/",
    "10.31234/",
    "10.31235/",
    "10.36227/",
];

impl PaperId {
    /// The print ISSN a ScienceDirect article's PII opens with, eight
    /// characters without the hyphen (`S0957417422023272`: `09574174`); a
    /// book's PII (`B...`) has none.
    pub fn issn(&self) -> Option<&str> {
        match self {
            PaperId::Pii(pii) => pii.strip_prefix('S')?.get(..8),
            _ => None,
        }
    }

    /// Whether the id names the paper as its publisher or proceedings
    /// published it: not a preprint (arXiv, a preprint server's DOI), nor a
    /// file or a profile page anyone may post.
    pub fn is_publishers(&self) -> bool {
        match self {
            PaperId::Arxiv(_) | PaperId::Pdf(_) | PaperId::ResearchGate(_) | PaperId::Hal(_) => {
                false
            }
            PaperId::Doi(doi) => !PREPRINT_DOI_PREFIXES.iter().any(|p| doi.starts_with(p)),
            _ => true,
        }
    }
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
            PaperId::Ojs(id) => write!(f, "AAAI OJS article {id}"),
            PaperId::Pii(id) => write!(f, "ScienceDirect PII {id}"),
            PaperId::Ijcai(id) => write!(f, "IJCAI paper {id}"),
            PaperId::Isca(id) => write!(f, "ISCA archive paper {id}"),
            PaperId::Pdf(file) => write!(f, "PDF {file}"),
            PaperId::ResearchGate(id) => write!(f, "ResearchGate publication {id}"),
            PaperId::Hal(id) => write!(f, "HAL {id}"),
            PaperId::MeetingPage(id) => write!(f, "conference page {id}"),
            PaperId::Mdpi(id) => write!(f, "MDPI article {id}"),
        }
    }
}

/// Every identity a paper link carries.
pub fn paper_ids(url: &str) -> Vec<PaperId> {
    paper_ids_and_arxiv_date(url).0
}

/// [`paper_ids`], and the year and month of the link's arXiv id when it
/// is a valid arXiv link: the URL read once for both (a row's facts need
/// both of each paper link).
pub fn paper_ids_and_arxiv_date(url: &str) -> (Vec<PaperId>, Option<(i32, u32)>) {
    let mut ids = Vec::new();
    let mut date = None;
    let whole = url;
    let Some(url) = split_url(url) else {
        return (ids, date);
    };
    if let Some(ArxivLink::Valid(arxiv)) = arxiv_of(&url) {
        date = Some((arxiv.year, arxiv.month));
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
    } else if let Some(id) = ojs_of(&url).or_else(|| aaai_cdn_of(&url)) {
        ids.push(PaperId::Ojs(id));
    } else if let Some(id) = ijcai_of(&url) {
        ids.push(PaperId::Ijcai(id));
    } else if let Some(id) = super::isca::isca_paper_of(&url) {
        ids.push(PaperId::Isca(id));
    } else if let Some(id) = super::mdpi::mdpi_article_of(&url) {
        ids.push(PaperId::Mdpi(id));
    } else if let Some(id) = pii_of(&url) {
        ids.push(PaperId::Pii(id));
    } else if let Some(id) = researchgate_of(&url) {
        ids.push(PaperId::ResearchGate(id));
    } else if let Some(id) = super::open_archives::hal_of(&url).filter(|_| !whole.contains('#')) {
        // As for a PDF, `document#page=12` is a part of a deposit.
        ids.push(PaperId::Hal(id));
    } else if let Some(id) = super::meeting_pages::meeting_page_of(&url) {
        ids.push(PaperId::MeetingPage(id));
    } else if let Some(file) = pdf_file_of(&url).filter(|_| !whole.contains('#')) {
        // `book.pdf#page=46` is a part of a file: a chapter, not the book.
        ids.push(PaperId::Pdf(file));
    }
    if let Some(id) = openreview_of(&url) {
        ids.push(PaperId::OpenReview(id));
    }
    (ids, date)
}

/// A PDF file's host (without `www.`) and path: the one paper it holds.
/// A query (`?download=true`) asks for the same file; a supplement's file
/// is not the paper's. Files in code
/// repositories are left out: a list's own folder of PDFs, or a README's
/// badge target, is no paper link of a row.
fn pdf_file_of(url: &super::url::Url<'_>) -> Option<String> {
    let host = url.host.strip_prefix("www.").unwrap_or(&url.host);
    let path = url.path.trim_end_matches('/');
    let file = path.rsplit('/').next()?;
    let name = file.to_ascii_lowercase();
    // A supplement is no paper of its own (CVF's `..._supplemental.pdf`).
    let is_pdf = name.len() > ".pdf".len() && name.ends_with(".pdf") && !name.contains("supp");
    let code_host = [
        "github.com",
        "raw.githubusercontent.com",
        "gitlab.com",
        "huggingface.co",
    ]
    .contains(&host);
    (is_pdf && !code_host && !host.is_empty()).then(|| format!("{host}{path}"))
}
