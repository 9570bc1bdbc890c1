//! A paper's own page on its conference's site: `iclr.cc/virtual/2024/poster/17412`,
//! `neurips.cc/virtual/2025/loc/san-diego/poster/120278`,
//! `cvpr.thecvf.com/virtual/2026/poster/38121`. One poster, oral or
//! spotlight page presents one paper; a workshop's, tutorial's or
//! session's presents many and is no paper's identity.

use super::url::Url;

/// The conferences whose sites keep such pages, by host (without `www.`),
/// and the name they go by in the venue data.
const SITES: [(&str, &str); 7] = [
    ("neurips.cc", "neurips"),
    ("nips.cc", "neurips"),
    ("iclr.cc", "iclr"),
    ("icml.cc", "icml"),
    ("cvpr.thecvf.com", "cvpr"),
    ("iccv.thecvf.com", "iccv"),
    ("eccv.ecva.net", "eccv"),
];

/// The kinds of page that present one paper.
const ONE_PAPER: [&str; 3] = ["poster", "oral", "spotlight"];

/// `neurips 2023 poster 73737`: the conference, its year, the kind of page
/// and its number.
pub(super) fn meeting_page_of(url: &Url<'_>) -> Option<String> {
    let host = url.host.strip_prefix("www.").unwrap_or(&url.host);
    let (_, venue) = SITES.iter().find(|(site, _)| *site == host)?;
    let rest = url.path.strip_prefix("/virtual/")?.trim_end_matches('/');
    let (year, rest) = rest.split_once('/')?;
    let mut parts = rest.rsplit('/');
    let number = parts.next()?;
    let kind = parts.next()?;
    let numbered = !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit());
    let year_like = year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit());
    (numbered && year_like && ONE_PAPER.contains(&kind))
        .then(|| format!("{venue} {year} {kind} {number}"))
}
