//! Bare URLs, which GitHub turns into links (GFM's autolink extension) but
//! pulldown-cmark leaves as text.

use crate::knowledge::text::find;

/// Byte ranges of the bare `http(s)://` and `www.` URLs in `text`.
pub(crate) fn bare_urls(text: &str) -> Vec<(usize, usize)> {
    each_bare_url(text).collect()
}

/// [`bare_urls`] one by one, without a list: a table's every linked cell
/// is read for them, and most of what they find is a parsed link's URL.
pub(crate) fn each_bare_url(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut starts = Starts::default();
    let mut from = 0;
    std::iter::from_fn(move || {
        while let Some(start) = starts.next(text, from) {
            let end = url_end(text, start);
            from = end.max(start + 1);
            if end > start {
                return Some((start, end));
            }
        }
        None
    })
}

/// What starts a bare URL.
const PREFIXES: [&str; 3] = ["https://", "http://", "www."];

/// The next place of each prefix at or after the last search's start, kept
/// between searches: a cell of thousands of links is read once per prefix,
/// not once per URL.
#[derive(Default)]
struct Starts {
    /// Per prefix: not searched yet (None), or its next place at a word's
    /// start (Some(None): no more).
    next: [Option<Option<usize>>; 3],
}

impl Starts {
    fn next(&mut self, text: &str, from: usize) -> Option<usize> {
        let mut best: Option<usize> = None;
        for (prefix, cached) in PREFIXES.iter().zip(&mut self.next) {
            let mut at = match *cached {
                Some(Some(at)) if at >= from => Some(at),
                Some(None) => None,
                _ => find(&text[from..], prefix).map(|i| from + i),
            };
            // Only at the start of a word: not inside another URL or name.
            while let Some(i) = at.filter(|&i| !starts_a_word(text, i)) {
                at = find(&text[i + 1..], prefix).map(|j| i + 1 + j);
            }
            *cached = Some(at);
            best = match (best, at) {
                (Some(b), Some(a)) => Some(b.min(a)),
                (b, a) => b.or(a),
            };
        }
        best
    }
}

fn starts_a_word(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_none_or(|c| c.is_whitespace() || "(*_~".contains(c))
}

/// Where a URL starting at `start` ends: at white space or `<`, without the
/// trailing punctuation GFM leaves out, nor an unmatched closing parenthesis.
fn url_end(text: &str, start: usize) -> usize {
    let mut end = first_stop(text, start);
    loop {
        let url = &text.as_bytes()[start..end];
        // The marks are ASCII: a URL ending in another character ends there.
        match url.last() {
            Some(&b) if b"?!.,:*_~'\"".contains(&b) => end -= 1,
            // Most URLs hold no `(`: their last `)` is unmatched without
            // counting (the link's own, when the URL is a link's).
            Some(b')') if memchr::memchr(b'(', url).is_none() => end -= 1,
            Some(b')') if count(url, b')') > count(url, b'(') => end -= 1,
            _ => return end,
        }
    }
}

/// Where the first white space, `<` or `|` at or after `start` is (the
/// text's end when there is none). Bytes are compared as they are and only
/// a non-ASCII character is decoded: every bare URL of a cell is read so.
fn first_stop(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut at = start;
    while let Some(&b) = bytes.get(at) {
        if b.is_ascii() {
            // `char::is_whitespace` on ASCII: these six, with U+000B.
            if matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b'<' | b'|') {
                return at;
            }
            at += 1;
            continue;
        }
        match text[at..].chars().next() {
            Some(c) if c.is_whitespace() => return at,
            Some(c) => at += c.len_utf8(),
            None => break,
        }
    }
    bytes.len()
}

fn count(bytes: &[u8], mark: u8) -> usize {
    bytes.iter().filter(|&&b| b == mark).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn urls(text: &str) -> Vec<&str> {
        bare_urls(text)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn finds_urls_and_trims_trailing_punctuation() {
        assert_eq!(
            urls("https://arxiv.org/abs/2111.14822"),
            ["https://arxiv.org/abs/2111.14822"]
        );
        assert_eq!(
            urls("see https://a.b/c. and www.x.org/y, (http://p.q/r_(s))"),
            ["https://a.b/c", "www.x.org/y", "http://p.q/r_(s)"]
        );
    }

    #[test]
    fn ignores_urls_inside_words() {
        assert!(urls("xhttps://a.b").is_empty());
        assert!(urls("no links here").is_empty());
        // One inside a word hides none after it.
        assert_eq!(urls("xhttps://a.b then https://c.d"), ["https://c.d"]);
    }

    /// A cell of thousands of links: each found once, in order, as a
    /// search per URL would (the prefixes' places are kept between URLs).
    #[test]
    fn finds_every_url_of_a_long_cell_in_order() {
        let text: String = (0..3_000)
            .map(|i| match i % 3 {
                0 => format!("https://a.org/{i} "),
                1 => format!("[x](http://b.org/{i}) "),
                _ => format!("www.c.org/{i}, "),
            })
            .collect();
        let found = urls(&text);
        assert_eq!(found.len(), 3_000);
        assert_eq!(found[1], "http://b.org/1");
        assert_eq!(found[2_999], "www.c.org/2999");
    }
}
