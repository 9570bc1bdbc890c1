//! Splits a raw table line into cells.
//!
//! pulldown-cmark pads short rows and drops extra cells, so it cannot tell
//! how many cells the author wrote; this splitter can. It follows GFM: cells
//! are split before inline parsing, so only a backslash-escaped pipe is not a
//! separator (a pipe inside a code span splits the cell, as on GitHub).

use crate::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawCell {
    /// Between the pipes, padding included.
    pub outer: Span,
    /// Padding trimmed.
    pub content: Span,
}

/// Splits the row found at `line` of `text`; returns the cells and whether
/// the row ends with a pipe.
pub fn split_row(text: &str, line: Span) -> (Vec<RawCell>, bool) {
    let bytes = text.as_bytes();
    let mut start = line.start;
    while start < line.end && is_padding(bytes[start]) {
        start += 1;
    }
    let has_leading_pipe = start < line.end && bytes[start] == b'|';
    if has_leading_pipe {
        start += 1;
    }

    // Room for the usual row: most rows then never grow the list.
    let mut cells = Vec::with_capacity(8);
    let mut cell_start = start;
    let mut i = start;
    // Only a backslash or a pipe matters: memchr jumps to the next one
    // instead of matching every byte of the row (most of a cell is text).
    while let Some(at) = memchr::memchr2(b'\\', b'|', &bytes[i.min(line.end)..line.end]) {
        i += at;
        if bytes[i] == b'\\' {
            i += 2;
        } else {
            cells.push(raw_cell(bytes, cell_start, i));
            i += 1;
            cell_start = i;
        }
    }
    let last = raw_cell(bytes, cell_start, line.end);
    let has_trailing_pipe = !cells.is_empty() && last.content.is_empty();
    if !has_trailing_pipe {
        cells.push(last);
    }
    (cells, has_trailing_pipe)
}

fn raw_cell(bytes: &[u8], start: usize, end: usize) -> RawCell {
    let mut content_start = start;
    let mut content_end = end;
    while content_start < content_end && is_padding(bytes[content_start]) {
        content_start += 1;
    }
    while content_end > content_start && is_padding(bytes[content_end - 1]) {
        content_end -= 1;
    }
    RawCell {
        outer: Span::new(start, end),
        content: Span::new(content_start, content_end),
    }
}

fn is_padding(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contents(row: &str) -> (Vec<&str>, bool) {
        let (cells, trailing) = split_row(row, Span::new(0, row.len()));
        (
            cells.iter().map(|c| c.content.slice(row)).collect(),
            trailing,
        )
    }

    #[test]
    fn splits_on_pipes_and_trims_padding() {
        assert_eq!(
            contents("| [a](u) |  - |ICLR 2020 | x |"),
            (vec!["[a](u)", "-", "ICLR 2020", "x"], true)
        );
    }

    #[test]
    fn pipes_are_optional_at_both_ends() {
        assert_eq!(
            contents("Date|Method| Code"),
            (vec!["Date", "Method", "Code"], false)
        );
        assert_eq!(contents(" | a | b"), (vec!["a", "b"], false));
    }

    #[test]
    fn escaped_pipe_does_not_split_but_code_span_pipe_does() {
        assert_eq!(contents("| a \\| b | c |"), (vec!["a \\| b", "c"], true));
        assert_eq!(contents("| `x|y` | c |"), (vec!["`x", "y`", "c"], true));
    }

    #[test]
    fn no_space_before_pipe_is_fine() {
        assert_eq!(
            contents("| [t](u)| ICCV 2019 |"),
            (vec!["[t](u)", "ICCV 2019"], true)
        );
    }

    #[test]
    fn empty_cells_are_kept() {
        assert_eq!(contents("| a || c |"), (vec!["a", "", "c"], true));
        assert_eq!(contents("|"), (vec![""], false));
    }
}
