//! A text's words as `str::split_whitespace` gives them, read by byte:
//! the rules count and skip the words of every row's title, where
//! `split_whitespace` decodes each character and asks Unicode's tables.
//! A byte beyond ASCII is decoded, so any white space still cuts.

/// The words of `text`, each as `text.split_whitespace()` gives it.
pub fn words(text: &str) -> Words<'_> {
    Words { rest: text }
}

pub struct Words<'a> {
    rest: &'a str,
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let start = space_end(self.rest, 0);
        if start == self.rest.len() {
            self.rest = "";
            return None;
        }
        let end = word_end(self.rest, start);
        let word = &self.rest[start..end];
        self.rest = &self.rest[end..];
        Some(word)
    }
}

/// The width of the white-space character at `at`, or 0 when `at` holds
/// another (or the end).
fn space_width(text: &str, at: usize) -> usize {
    match text.as_bytes().get(at) {
        None => 0,
        Some(&b) if b.is_ascii() => usize::from(is_ascii_space(b)),
        Some(_) => text[at..]
            .chars()
            .next()
            .filter(|c| c.is_whitespace())
            .map_or(0, char::len_utf8),
    }
}

/// Where the run of white space from `at` ends.
fn space_end(text: &str, mut at: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        match bytes.get(at) {
            Some(&b) if b.is_ascii() && is_ascii_space(b) => at += 1,
            Some(&b) if b.is_ascii() => return at,
            _ => match space_width(text, at) {
                0 => return at,
                width => at += width,
            },
        }
    }
}

/// What `char::is_whitespace` says of an ASCII byte: tab to carriage
/// return (vertical tab included) and the space.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// Where the word from `at` ends: at the next white space or the end.
fn word_end(text: &str, mut at: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(at) {
        if b.is_ascii() {
            if is_ascii_space(b) {
                return at;
            }
            at += 1;
        } else if space_width(text, at) > 0 {
            return at;
        } else {
            at += text[at..].chars().next().map_or(1, char::len_utf8);
        }
    }
    at
}

/// `text.trim()`, answered without Unicode's tables when the text opens
/// and ends with a visible ASCII character (a URL, most cells): `trim`
/// costs some fifty instructions a call, and the rules trim every link's
/// URL and every cell's text several times.
pub fn trim(text: &str) -> &str {
    match text.as_bytes() {
        [first, .., last] if first.is_ascii_graphic() && last.is_ascii_graphic() => text,
        [only] if only.is_ascii_graphic() => text,
        _ => text.trim(),
    }
}
