//! Byte ranges into the linted text, and the line/column index that turns
//! them into positions a person can read.

use serde::Serialize;

/// A half-open byte range `start..end` into the source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// A 1-based line and a 1-based column counted in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// Where each line starts, so that byte offsets become line and column.
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// As `u32`, as the document's spans are stored (the reader takes no
    /// file of 4 GiB): half the memory, a 100,000-line list's index fits
    /// in 400 KB.
    line_starts: Vec<u32>,
    text_len: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let narrow = |offset: usize| u32::try_from(offset).expect("a text under 4 GiB");
        let mut line_starts = vec![0];
        line_starts.extend(memchr_newlines(text).map(|i| narrow(i + 1)));
        line_starts.shrink_to_fit();
        LineIndex {
            line_starts,
            text_len: text.len(),
        }
    }

    fn start(&self, line: usize) -> usize {
        self.line_starts[line] as usize
    }

    /// 0-based line number of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        let Ok(offset) = u32::try_from(offset) else {
            return self.line_starts.len() - 1;
        };
        match self.line_starts.binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next - 1,
        }
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// The span of a 0-based line, without its line terminator.
    pub fn line_span(&self, text: &str, line: usize) -> Span {
        let start = self.start(line);
        let mut end = self
            .line_starts
            .get(line + 1)
            .map(|&next| next as usize - 1)
            .unwrap_or(self.text_len);
        if end > start && text.as_bytes()[end - 1] == b'\r' {
            end -= 1;
        }
        Span::new(start, end)
    }

    /// The span of a 0-based line including its line terminator.
    pub fn full_line_span(&self, line: usize) -> Span {
        let end = self
            .line_starts
            .get(line + 1)
            .map_or(self.text_len, |&next| next as usize);
        Span::new(self.start(line), end)
    }

    pub fn position(&self, text: &str, offset: usize) -> Position {
        let offset = offset.min(self.text_len);
        let line = self.line_of(offset);
        let line_start = self.start(line);
        let column = text[line_start..offset].chars().count() + 1;
        Position {
            line: line + 1,
            column,
        }
    }
}

fn memchr_newlines(text: &str) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr_iter(b'\n', text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_not_bytes() {
        let text = "ab\nβ-DARTS x\r\nlast";
        let index = LineIndex::new(text);
        assert_eq!(index.line_count(), 3);
        let x = text.find('x').unwrap();
        assert_eq!(index.position(text, x), Position { line: 2, column: 9 });
        assert_eq!(index.line_span(text, 1).slice(text), "β-DARTS x");
        assert_eq!(index.line_span(text, 2).slice(text), "last");
    }
}
