//! A URL cut into host, path and query, by hand: this runs for every link
//! of a long list.

pub(super) struct Url<'a> {
    pub host: std::borrow::Cow<'a, str>,
    pub path: &'a str,
    pub query: &'a str,
}

pub(super) fn split_url(url: &str) -> Option<Url<'_>> {
    let rest = crate::knowledge::text::split_once(crate::knowledge::text::trim(url), "://")?.1;
    let rest = memchr::memchr(b'#', rest.as_bytes()).map_or(rest, |i| &rest[..i]);
    let (authority, path_and_query) = match memchr::memchr(b'/', rest.as_bytes()) {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    let (path, query) = match memchr::memchr(b'?', path_and_query.as_bytes()) {
        Some(i) => (&path_and_query[..i], &path_and_query[i + 1..]),
        None => (path_and_query, ""),
    };
    let host = match memchr::memrchr(b'@', authority.as_bytes()) {
        Some(i) => &authority[i + 1..],
        None => authority,
    };
    let host = match memchr::memchr(b':', host.as_bytes()) {
        Some(i) => &host[..i],
        None => host,
    };
    let host = if host.bytes().any(|b| b.is_ascii_uppercase()) {
        std::borrow::Cow::Owned(host.to_ascii_lowercase())
    } else {
        std::borrow::Cow::Borrowed(host)
    };
    Some(Url { host, path, query })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cut as `str` methods make it, which split_url must agree with.
    fn by_str_methods(url: &str) -> Option<(String, &str, &str)> {
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
        Some((host.to_ascii_lowercase(), path, query))
    }

    #[test]
    fn split_url_agrees_with_str_methods() {
        let urls = [
            "https://arxiv.org/abs/2106.06560v2",
            " HTTPS://User:pw@ArXiv.org:443/pdf/2101.1?x=1#frag ",
            "https://github.com/a/b#readme?no",
            "http://x.org?q=/a/b",
            "ftp://a@b@c.d/e",
            "arxiv.org/abs/1",
            "https://",
            "https://é.org/ü?ß#",
            "a://b://c/d",
            "",
        ];
        for url in urls {
            let ours = split_url(url).map(|u| (u.host.into_owned(), u.path, u.query));
            assert_eq!(ours, by_str_methods(url), "{url:?}");
        }
    }
}
