//! Bare URLs, which GitHub turns into links (GFM's autolink extension) but
//! pulldown-cmark leaves as text.

/// Byte ranges of the bare `http(s)://` and `www.` URLs in `text`.
pub(crate) fn bare_urls(text: &str) -> Vec<(usize, usize)> {
    each_bare_url(text).collect()
}

/// [`bare_urls`] one by one, without a list: a table's every linked cell
/// is read for them, and most of what they find is a parsed link's URL.
pub(crate) fn each_bare_url(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut from = 0;
    std::iter::from_fn(move || {
        while let Some(start) = next_start(text, from) {
            let end = url_end(text, start);
            from = end.max(start + 1);
            if end > start {
                return Some((start, end));
            }
        }
        None
    })
}

/// The first place at or after `from` where a bare URL starts: `https://`,
/// `http://` or `www.` at a word's start. Found from the one mark each
/// holds, the `:` of `://` or the `.` of `www.`, in one search for both:
/// searching for each prefix by its first letter stopped at every `h` and
/// `w` of a title. The first mark that makes a prefix gives the earliest
/// one (a later mark's prefix starts at most two bytes earlier than its
/// own, and no such two overlap), and each search starts past the last
/// URL found, so a cell of thousands of links is read once.
fn next_start(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b':', b'.', bytes.get(from..)?).find_map(|at| {
        let mark = from + at;
        let start = prefix_at(bytes, mark)?;
        (start >= from && starts_a_word(text, start)).then_some(start)
    })
}

/// Where the prefix that the `:` or `.` at `mark` ends starts, if it ends
/// one (`https:` or `http:` with `//` after it, `www` before a `.`).
fn prefix_at(bytes: &[u8], mark: usize) -> Option<usize> {
    let before = &bytes[..mark];
    if bytes[mark] == b'.' {
        return before.ends_with(b"www").then(|| mark - 3);
    }
    if !bytes[mark + 1..].starts_with(b"//") {
        return None;
    }
    if before.ends_with(b"https") {
        Some(mark - 5)
    } else {
        before.ends_with(b"http").then(|| mark - 4)
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
    loop {
        // One load per byte up to a stop or a non-ASCII byte.
        let Some(skip) = bytes[at..]
            .iter()
            .position(|&b| STOP_OR_WIDE[usize::from(b)])
        else {
            return bytes.len();
        };
        at += skip;
        if bytes[at].is_ascii() {
            return at;
        }
        match text[at..].chars().next() {
            Some(c) if c.is_whitespace() => return at,
            Some(c) => at += c.len_utf8(),
            None => return bytes.len(),
        }
    }
}

/// Per byte, whether [`first_stop`] stops at it: `char::is_whitespace`
/// on ASCII (these six, with U+000B), `<` and `|`, or the first byte of a
/// character beyond ASCII, decoded to tell.
const STOP_OR_WIDE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = b >= 0x80
            || matches!(
                b as u8,
                b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b'<' | b'|'
            );
        b += 1;
    }
    table
};

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

    /// Where a prefix starts at a word's start, searched for prefix by
    /// prefix as before the one search for their marks.
    fn searched_start(text: &str, from: usize) -> Option<usize> {
        ["https://", "http://", "www."]
            .iter()
            .filter_map(|prefix| {
                text[from..]
                    .match_indices(prefix)
                    .map(|(at, _)| from + at)
                    .find(|&at| starts_a_word(text, at))
            })
            .min()
    }

    #[test]
    fn the_marks_find_the_prefixes_a_search_per_prefix_finds() {
        for text in [
            "",
            "with which www",
            "https://www.a.org",
            "(https://a.b) www.c.d http://e.f",
            "xhttps://a.b http:/x http:// https:",
            "a.www.b (www.c) *http://d* _https://e_ ~www.f~",
            "é https://a.b ü www.x wwww.y httpss://z",
            "[Title: a. b](https://arxiv.org/abs/1801.00638) | https://x",
            "http://https://a www.www.b",
        ] {
            for from in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                assert_eq!(
                    next_start(text, from),
                    searched_start(text, from),
                    "{text:?} from {from}"
                );
            }
        }
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

    #[test]
    fn a_url_stops_where_a_character_by_character_reading_stops() {
        for text in [
            "https://a.org/x y",
            "https://a.org/é\u{3000}x",
            "https://a.org/x|y",
            "https://a.org/x<y",
            "https://a.org/\u{0B}x",
            "https://é.org/ü",
            "https://a.org/\u{85}x",
            "",
        ] {
            let stop = |c: char| c.is_whitespace() || c == '<' || c == '|';
            let read = text.find(stop).unwrap_or(text.len());
            assert_eq!(super::first_stop(text, 0), read, "{text:?}");
        }
    }
}
