//! Link syntax as written, `[text](url)` on one line, read by hand. It
//! reads exactly what the regex in the tests reads; building that regex
//! was a sixtieth of a short list's run, and the run reads a few lines.

use std::ops::Range;

/// Each `[text](url)` of `text`, in order and apart, as the whole link's
/// range and the URL's. The text holds no line break and may hold one
/// level of brackets (`[[code]](...)`, as many lists label links); the
/// URL holds no `)` nor line break.
pub(super) fn link_syntax(text: &[u8]) -> impl Iterator<Item = (Range<usize>, Range<usize>)> + '_ {
    let mut from = 0;
    // The span of the last URL that found no `)`, up to where it stopped:
    // a URL starting in it finds none either (so a long line of unclosed
    // links is read once, not once a link).
    let mut unclosed = None;
    std::iter::from_fn(move || {
        while let Some(at) = memchr::memchr(b'[', text.get(from..)?) {
            let start = from + at;
            if let Some(link) = link_at(text, start, &mut unclosed) {
                from = link.0.end;
                return Some(link);
            }
            from = start + 1;
        }
        None
    })
}

/// The link that starts at the `[` at `start`, if one does.
fn link_at(
    text: &[u8],
    start: usize,
    unclosed: &mut Option<Range<usize>>,
) -> Option<(Range<usize>, Range<usize>)> {
    let close = label_end(text, start + 1)?;
    if text.get(close + 1) != Some(&b'(') {
        return None;
    }
    let url_start = close + 2;
    if unclosed
        .as_ref()
        .is_some_and(|span| span.start <= url_start && url_start <= span.end)
    {
        return None;
    }
    let rest = &text[url_start..];
    match memchr::memchr2(b')', b'\n', rest) {
        Some(at) if rest[at] == b')' => {
            Some((start..url_start + at + 1, url_start..url_start + at))
        }
        stop => {
            *unclosed = Some(url_start..url_start + stop.unwrap_or(rest.len()));
            None
        }
    }
}

/// Where the `]` that closes a label starting at `from` is: the label
/// holds no line break, and a `[` in it opens a bracket closed before any
/// other bracket or line break.
fn label_end(text: &[u8], mut from: usize) -> Option<usize> {
    loop {
        let at = from + memchr::memchr3(b'[', b']', b'\n', text.get(from..)?)?;
        match text[at] {
            b']' => return Some(at),
            b'[' => {
                let inner = at + 1 + memchr::memchr3(b'[', b']', b'\n', &text[at + 1..])?;
                if text[inner] != b']' {
                    return None;
                }
                from = inner + 1;
            }
            _ => return None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::link_syntax;
    use proptest::prelude::*;

    /// The regex this file reads by hand.
    fn regex() -> regex::bytes::Regex {
        crate::pattern::ascii_bytes(r"\[(?:[^\[\]\n]|\[[^\[\]\n]*\])*\]\(([^)\n]*)\)").unwrap()
    }

    fn same(link: &regex::bytes::Regex, text: &str) {
        let by_regex: Vec<_> = link
            .captures_iter(text.as_bytes())
            .map(|c| (c.get(0).unwrap().range(), c.get(1).unwrap().range()))
            .collect();
        let by_hand: Vec<_> = link_syntax(text.as_bytes()).collect();
        assert_eq!(by_hand, by_regex, "{text:?}");
    }

    #[test]
    fn reads_links_as_the_regex_does() {
        let link = regex();
        for text in [
            "[Paper](https://a.b/c d) and [Code](x)",
            "[[code]](https://x) [[a] b [c]](y)",
            "[[code](https://x)](note)",
            "[a [b [c]]](x)",
            "[a\n](x)",
            "[a](x\n)",
            "[a](b [c](d) [e](f",
            "[a](b [c](d [e](f) [g](h",
            "[]()",
            "[x]()[y](z)",
            "[",
            "](",
            "[Ünï](https://例え.jp/パス) fin",
            "[a](b)(c)",
        ] {
            same(&link, text);
        }
    }

    proptest! {
        #[test]
        fn any_text_reads_as_the_regex_reads_it(text in r"[\[\]()\n ab]{0,24}") {
            same(&regex(), &text);
        }
    }
}
