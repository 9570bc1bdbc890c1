//! Substring search for the short needles the rules look for in every
//! cell and link (`](`, `://`, `<!--`). `str::find(&str)` builds a
//! two-way searcher on each call, which costs more than the search itself
//! on a cell of a few dozen bytes; these jump to the needle's first byte
//! with memchr and compare from there. Each agrees with its `str`
//! namesake (tests.rs holds them to it).

/// Whether `needle` occurs in `haystack`.
pub fn contains(haystack: &str, needle: &str) -> bool {
    find(haystack, needle).is_some()
}

/// The first byte offset of `needle` in `haystack`.
pub fn find(haystack: &str, needle: &str) -> Option<usize> {
    find_from(haystack.as_bytes(), needle.as_bytes(), 0)
}

/// The last byte offset of `needle` in `haystack`.
pub fn rfind(haystack: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (haystack.as_bytes(), needle.as_bytes());
    let Some(&first) = needle.first() else {
        return Some(hay.len());
    };
    memchr::memrchr_iter(first, hay).find(|&i| hay[i..].starts_with(needle))
}

/// `haystack` cut around the first `needle`.
pub fn split_once<'a>(haystack: &'a str, needle: &str) -> Option<(&'a str, &'a str)> {
    let at = find(haystack, needle)?;
    Some((&haystack[..at], &haystack[at + needle.len()..]))
}

/// Where `needle` (not empty) occurs, front to back, without overlaps (the
/// offsets of `str::match_indices`).
pub fn find_all<'a>(haystack: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    debug_assert!(!needle.is_empty());
    let (hay, needle) = (haystack.as_bytes(), needle.as_bytes());
    let mut from = 0;
    std::iter::from_fn(move || {
        if needle.is_empty() || from > hay.len() {
            return None;
        }
        let at = find_from(hay, needle, from)?;
        from = at + needle.len();
        Some(at)
    })
}

/// Where `needle` (not empty) occurs, back to front, without overlaps
/// (the offsets of `str::rmatch_indices`).
pub fn rfind_all<'a>(haystack: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    debug_assert!(!needle.is_empty());
    let (hay, needle) = (haystack.as_bytes(), needle.as_bytes());
    let mut end = Some(hay.len());
    std::iter::from_fn(move || {
        let limit = end?;
        let &first = needle.first()?;
        let at = memchr::memrchr_iter(first, &hay[..limit])
            .find(|&i| hay[i..limit].starts_with(needle))?;
        end = Some(at);
        Some(at)
    })
}

/// How many times `needle` (not empty) occurs in `haystack`, without
/// overlaps.
pub fn count(haystack: &str, needle: &str) -> usize {
    find_all(haystack, needle).count()
}

fn find_from(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    let Some(&first) = needle.first() else {
        return Some(from);
    };
    memchr::memchr_iter(first, &hay[from..])
        .map(|i| from + i)
        .find(|&i| hay[i..].starts_with(needle))
}

/// The lines of `text`, each with its line break, as
/// `text.split_inclusive('\n')` gives them: found by memchr, which reads a
/// long line several times faster than `str`'s own search (whole-document
/// line walks run several times a run).
pub fn lines_inclusive(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = memchr::memchr(b'\n', rest.as_bytes()).map_or(rest.len(), |i| i + 1);
        let (line, after) = rest.split_at(end);
        rest = after;
        Some(line)
    })
}
