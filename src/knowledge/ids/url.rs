//! A URL cut into host, path and query, by hand: this runs for every link
//! of a long list.

pub(super) struct Url<'a> {
    pub host: std::borrow::Cow<'a, str>,
    pub path: &'a str,
    pub query: &'a str,
}

pub(super) fn split_url(url: &str) -> Option<Url<'_>> {
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
