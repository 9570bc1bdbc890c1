//! Bare URLs, which GitHub turns into links (GFM's autolink extension) but
//! pulldown-cmark leaves as text.

use crate::knowledge::text::find;

/// Byte ranges of the bare `http(s)://` and `www.` URLs in `text`.
pub(crate) fn bare_urls(text: &str) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(start) = next_start(text, from) {
        let end = url_end(text, start);
        if end > start {
            found.push((start, end));
        }
        from = end.max(start + 1);
    }
    found
}

fn next_start(text: &str, from: usize) -> Option<usize> {
    let rest = &text[from..];
    let candidates = ["https://", "http://", "www."]
        .iter()
        .filter_map(|p| find(rest, p).map(|i| from + i));
    candidates
        .filter(|&i| {
            // Only at the start of a word: not inside another URL or name.
            text[..i]
                .chars()
                .next_back()
                .is_none_or(|c| c.is_whitespace() || "(*_~".contains(c))
        })
        .min()
}

/// Where a URL starting at `start` ends: at white space or `<`, without the
/// trailing punctuation GFM leaves out, nor an unmatched closing parenthesis.
fn url_end(text: &str, start: usize) -> usize {
    let mut end = text[start..]
        .find(|c: char| c.is_whitespace() || c == '<' || c == '|')
        .map_or(text.len(), |i| start + i);
    loop {
        let url = &text[start..end];
        match url.chars().next_back() {
            Some(c) if "?!.,:*_~'\"".contains(c) => end -= c.len_utf8(),
            Some(')') if url.matches(')').count() > url.matches('(').count() => end -= 1,
            _ => return end,
        }
    }
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
    }
}
