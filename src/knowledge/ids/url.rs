//! A URL cut into host, path and query, by hand: this runs for every link
//! of a long list.

pub(super) struct Url<'a> {
    pub host: std::borrow::Cow<'a, str>,
    pub path: &'a str,
    pub query: &'a str,
}

pub(super) fn split_url(url: &str) -> Option<Url<'_>> {
    let rest = crate::knowledge::text::split_once(crate::knowledge::text::trim(url), "://")?.1;
    let marks = Marks::of(rest.as_bytes());
    let rest = &rest[..marks.end];
    let (authority, path, query) = match marks.slash {
        Some(slash) => match marks.question {
            Some(question) => (
                &rest[..slash],
                &rest[slash..question],
                &rest[question + 1..],
            ),
            None => (&rest[..slash], &rest[slash..], ""),
        },
        None => (rest, "", ""),
    };
    let host = match marks.at_sign {
        Some(i) => &authority[i + 1..],
        None => authority,
    };
    let host = match host.bytes().position(|b| b == b':') {
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

/// The first byte of the host [`split_url`] finds (as written, in any
/// case), read in one pass over the host alone: the path, most of a URL,
/// is not read, and nothing is cut.
pub(super) fn host_initial(url: &str) -> Option<u8> {
    let bytes = crate::knowledge::text::trim(url).as_bytes();
    // The first `://`, as split_url finds it.
    let colon = memchr::memchr_iter(b':', bytes).find(|&at| bytes[at + 1..].starts_with(b"//"))?;
    let rest = &bytes[colon + 3..];
    // The host runs from after the authority's last `@` to its end, the
    // first `/` or `#`.
    let (mut host, mut end) = (0, rest.len());
    for (at, &b) in rest.iter().enumerate() {
        match b {
            b'/' | b'#' => {
                end = at;
                break;
            }
            b'@' => host = at + 1,
            _ => {}
        }
    }
    rest[..end].get(host).copied()
}

/// Where the marks that cut a URL after its scheme are, found in one pass
/// over its bytes (five searches before): the first `#` (the end), the
/// first `/` (the path), the first `?` after it (the query) and the last
/// `@` before it (the user).
struct Marks {
    end: usize,
    slash: Option<usize>,
    question: Option<usize>,
    at_sign: Option<usize>,
}

impl Marks {
    fn of(bytes: &[u8]) -> Marks {
        let mut marks = Marks {
            end: bytes.len(),
            slash: None,
            question: None,
            at_sign: None,
        };
        for (i, &b) in bytes.iter().enumerate() {
            // Most bytes are none of the four: one comparison of a table.
            if !CUTS[usize::from(b)] {
                continue;
            }
            match b {
                b'#' => {
                    marks.end = i;
                    break;
                }
                b'/' if marks.slash.is_none() => marks.slash = Some(i),
                b'?' if marks.slash.is_some() && marks.question.is_none() => {
                    marks.question = Some(i);
                }
                b'@' if marks.slash.is_none() => marks.at_sign = Some(i),
                _ => {}
            }
        }
        marks
    }
}

/// The bytes [`Marks`] looks at.
const CUTS: [bool; 256] = {
    let mut table = [false; 256];
    table[b'#' as usize] = true;
    table[b'/' as usize] = true;
    table[b'?' as usize] = true;
    table[b'@' as usize] = true;
    table
};

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
            "https://a@b/c@d?e?f/g#h#i",
            "https://x?y@z/p?q",
            "https://#/a",
            "",
        ];
        for url in urls {
            let ours = split_url(url).map(|u| (u.host.into_owned(), u.path, u.query));
            assert_eq!(ours, by_str_methods(url), "{url:?}");
            let initial = split_url(url).and_then(|u| u.host.bytes().next());
            let read = host_initial(url).map(|b| b.to_ascii_lowercase());
            assert_eq!(read, initial, "{url:?}");
        }
    }
}
