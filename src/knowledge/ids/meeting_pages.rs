//! A paper's own page on its conference's site: `iclr.cc/virtual/2024/poster/17412`,
//! `neurips.cc/virtual/2025/loc/san-diego/poster/120278`,
//! `cvpr.thecvf.com/virtual/2026/poster/38121`. One poster, oral or
//! spotlight page presents one paper; a workshop's, tutorial's or
//! session's presents many and is no paper's identity. USENIX gives each
//! paper a presentation page under its meeting's folder
//! (`usenix.org/conference/nsdi22/presentation/zhang`).

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

/// USENIX meetings by the letters of their folder (`nsdi22`), as the
/// venue data names them with letters and digits only. Another meeting's
/// folder keeps `usenix-` before its letters, naming no known venue.
const USENIX_MEETINGS: [(&str, &str); 5] = [
    ("nsdi", "nsdi"),
    ("osdi", "osdi"),
    ("atc", "usenix-atc"),
    ("usenixsecurity", "usenix-security"),
    ("fast", "usenix-fast"),
];

/// `neurips 2023 poster 73737`: the conference, its year, the kind of page
/// and its number.
pub(super) fn meeting_page_of(url: &Url<'_>) -> Option<String> {
    let host = url.host.strip_prefix("www.").unwrap_or(&url.host);
    if host == "usenix.org" {
        return usenix_presentation(url.path);
    }
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

/// `nsdi 2022 presentation zhang` of
/// `usenix.org/conference/nsdi22/presentation/zhang` (older meetings put
/// `technical-sessions/` before `presentation/`).
fn usenix_presentation(path: &str) -> Option<String> {
    let rest = path.strip_prefix("/conference/")?.trim_end_matches('/');
    let (folder, rest) = rest.split_once('/')?;
    let rest = rest.strip_prefix("technical-sessions/").unwrap_or(rest);
    let name = rest.strip_prefix("presentation/")?;
    let letters = folder.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = &folder[letters.len()..];
    let named = !name.is_empty() && !name.contains('/');
    if !named || digits.len() != 2 || letters.is_empty() {
        return None;
    }
    let venue = USENIX_MEETINGS
        .iter()
        .find(|(folder, _)| *folder == letters)
        .map_or_else(
            || format!("usenix-{letters}"),
            |(_, venue)| (*venue).to_string(),
        );
    Some(format!("{venue} 20{digits} presentation {name}"))
}
