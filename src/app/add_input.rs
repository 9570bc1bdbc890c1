//! What `nas-lint add` is given on its command line: paper ids and dates.

use nas_lint::knowledge::ids::{arxiv_link, ArxivLink};

/// The arXiv id of an id or URL (any version), without version.
pub fn arxiv_of(item: &str) -> Option<String> {
    let url = if item.contains("://") {
        item.to_string()
    } else if item.contains("arxiv.org/") {
        format!("https://{item}")
    } else {
        format!("https://arxiv.org/abs/{item}")
    };
    match arxiv_link(&url)? {
        ArxivLink::Valid(id) => Some(id.id),
        _ => None,
    }
}

/// The forum id of an OpenReview URL, or an id as OpenReview writes them
/// (letters, digits, `_`, `-`; 9 or 10 characters, not an arXiv id).
pub fn openreview_of(item: &str) -> Option<String> {
    let bare = item
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_start_matches("www.");
    if let Some(rest) = bare.strip_prefix("openreview.net/") {
        let query = rest.split_once('?')?.1;
        return query
            .split('&')
            .find_map(|p| p.strip_prefix("id="))
            .map(str::to_string);
    }
    let plain = (9..=10).contains(&item.len())
        && item
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        && item.chars().any(|c| c.is_ascii_alphabetic())
        && !item.contains('.');
    plain.then(|| item.to_string())
}

/// `2023`, `2023-05`, `2023-05-17` (or with `.` or `/`).
pub fn parse_date(text: &str) -> Option<(i32, Option<u8>, Option<u8>)> {
    let mut parts = text.trim().split(['-', '.', '/']);
    let year: i32 = parts
        .next()?
        .parse()
        .ok()
        .filter(|y| (1900..=2200).contains(y))?;
    let month = match parts.next() {
        Some(m) => Some(m.parse::<u8>().ok().filter(|m| (1..=12).contains(m))?),
        None => None,
    };
    let day = match parts.next() {
        Some(d) => Some(d.parse::<u8>().ok().filter(|d| (1..=31).contains(d))?),
        None => None,
    };
    parts.next().is_none().then_some((year, month, day))
}
