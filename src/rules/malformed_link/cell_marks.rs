//! The marks that malformed-link's per-cell checks start from (`))`,
//! `)]`, `[[`, `](`), found in one pass over the cell: each check searched
//! the whole cell for its own before, four or five scans of every cell of
//! every row, nearly all finding nothing.

/// Which of the marks a cell's raw text holds.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(super) struct CellMarks {
    /// `))` or `)]`: a closing mark right after a link's `)`.
    pub(super) closing_after_paren: bool,
    /// `[[`: a link's `[` typed twice.
    pub(super) doubled_bracket: bool,
    /// How many `](` (a link's text closed, its URL opened) the cell holds.
    pub(super) link_syntax: usize,
}

impl CellMarks {
    /// The marks of `raw`: only `)`, `[` and `]` start one, so the pass
    /// jumps between those.
    pub(super) fn of(raw: &str) -> CellMarks {
        let bytes = raw.as_bytes();
        let mut marks = CellMarks::default();
        for at in memchr::memchr3_iter(b')', b'[', b']', bytes) {
            match (bytes[at], bytes.get(at + 1)) {
                (b')', Some(b')' | b']')) => marks.closing_after_paren = true,
                (b'[', Some(b'[')) => marks.doubled_bracket = true,
                // `](` cannot overlap itself: each is one more.
                (b']', Some(b'(')) => marks.link_syntax += 1,
                _ => {}
            }
        }
        marks
    }
}

#[cfg(test)]
mod tests {
    use super::CellMarks;
    use crate::knowledge::text;

    /// The marks as the checks searched for them one by one.
    fn searched(raw: &str) -> CellMarks {
        CellMarks {
            closing_after_paren: text::contains(raw, "))") || text::contains(raw, ")]"),
            doubled_bracket: text::contains(raw, "[["),
            link_syntax: text::count(raw, "]("),
        }
    }

    #[test]
    fn one_pass_finds_what_the_searches_found() {
        for raw in [
            "",
            " plain text ",
            " [Title](https://arxiv.org/abs/2101.00001) ",
            " [Title](https://x.org/a)) ",
            " [Title](https://x.org/a)] ",
            " [[Code](https://x.org/a) ",
            " [[A]](#b) [C](d) ](( ",
            "]](()) [[[ ]( ](",
            " ) ] [ ",
            "]",
            "))",
            " é [x](y) ü ",
        ] {
            assert_eq!(CellMarks::of(raw), searched(raw), "{raw:?}");
        }
    }
}
