//! Cuts a large document into pieces that parse independently.
//!
//! pulldown-cmark builds a tree of the whole input before it yields the
//! first event; for a 22 MB list that tree is several times the file. Cut at
//! blank lines where no block can continue (outside fenced code, multi-line
//! HTML blocks and indented content), each piece parses as it would inside
//! the whole, and memory stays bounded by the piece.
//!
//! A long table is cut too, between two of its rows: the piece after such a
//! cut parses behind a copy of the table's header lines (see
//! [`super::rebase`]), so a list of a few huge tables is cut as finely as a
//! list of many small ones.

use crate::pattern::matched;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

/// Pieces smaller than this are not worth cutting: large enough that a
/// piece's own cost is nothing beside its parse. The shortest piece; a long
/// text on few threads is cut in longer ones (`parse::piece_bytes`).
pub const CHUNK_BYTES: usize = 64 << 10;

/// Where a piece starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cut {
    pub start: usize,
    /// For a cut between two rows of a table: its header and delimiter
    /// lines, line terminators included.
    pub table_header: Option<Range<usize>>,
}

/// Where the pieces start (the first always at `from`). With `in_tables`,
/// long tables are cut between rows too.
pub fn chunk_starts(text: &str, from: usize, target: usize, in_tables: bool) -> Vec<Cut> {
    let mut cuts = vec![Cut {
        start: from,
        table_header: None,
    }];
    let mut open_fence: Option<(u8, usize)> = None;
    let mut html_until: Option<&'static str> = None;
    let mut previous_blank = true;
    // The last line, when it may be a table's header: its start, and
    // whether a blank line (or the start) came before it.
    let mut header_candidate: Option<usize> = None;
    // The open table's header and delimiter lines, and whether a row followed.
    let mut table: Option<(Range<usize>, bool)> = None;
    let mut offset = from;
    for line in crate::knowledge::text::lines_inclusive(&text[from..]) {
        let line_start = offset;
        offset += line.len();
        let trimmed = line.trim_start_matches([' ', '\t', '>']);
        let blank = line.trim().is_empty();
        let in_block = open_fence.is_some() || html_until.is_some();
        let far_enough = line_start - cuts[cuts.len() - 1].start >= target;
        let cut_here =
            previous_blank && !blank && !in_block && !line.starts_with([' ', '\t']) && far_enough;
        // A top-level table: `|` in the first column, a header line after a
        // blank line, a delimiter line, then rows.
        let row_line = !in_block && line.starts_with('|');
        let mut cut_in_table = false;
        table = match table.take() {
            Some((header, had_row)) if row_line => {
                cut_in_table = in_tables && had_row && far_enough;
                Some((header, true))
            }
            _ => match header_candidate {
                Some(header_start) if row_line && is_delimiter_row(line) => {
                    Some((header_start..offset, false))
                }
                _ => None,
            },
        };
        header_candidate = (row_line && previous_blank).then_some(line_start);
        if cut_here {
            cuts.push(Cut {
                start: line_start,
                table_header: None,
            });
        } else if cut_in_table {
            let header = table.as_ref().map(|(header, _)| header.clone());
            cuts.push(Cut {
                start: line_start,
                table_header: header,
            });
        }
        if let Some(end) = html_until {
            if line.contains(end) {
                html_until = None;
            }
        } else if let Some(fence) = fence_marker(trimmed) {
            open_fence = match open_fence {
                None => Some(fence),
                Some((c, n))
                    if fence.0 == c && fence.1 >= n && trimmed.trim_end().len() == fence.1 =>
                {
                    None
                }
                other => other,
            };
        } else if open_fence.is_none() {
            html_until = html_block_end(trimmed);
        }
        previous_blank = blank;
    }
    cuts
}

/// A table's delimiter line: `|:---|:-:|`, cells of dashes and colons.
pub fn is_delimiter_row(line: &str) -> bool {
    let line = line.trim();
    let inner = line.strip_prefix('|').unwrap_or(line);
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    !inner.is_empty()
        && inner.split('|').all(|cell| {
            let cell = cell.trim();
            let dashes = cell.strip_prefix(':').unwrap_or(cell);
            let dashes = dashes.strip_suffix(':').unwrap_or(dashes);
            !dashes.is_empty() && dashes.bytes().all(|b| b == b'-')
        })
}

fn fence_marker(line: &str) -> Option<(u8, usize)> {
    let c = *line.as_bytes().first()?;
    if c != b'`' && c != b'~' {
        return None;
    }
    let n = line.bytes().take_while(|&b| b == c).count();
    (n >= 3).then_some((c, n))
}

/// HTML blocks that may hold blank lines, and the text that ends them.
fn html_block_end(line: &str) -> Option<&'static str> {
    let lower = line.get(..12).unwrap_or(line).to_ascii_lowercase();
    let (opener, end) = [
        ("<!--", "-->"),
        ("<script", "</script>"),
        ("<pre", "</pre>"),
        ("<style", "</style>"),
        ("<textarea", "</textarea>"),
        ("<?", "?>"),
        ("<![cdata[", "]]>"),
    ]
    .into_iter()
    .find(|(opener, _)| lower.starts_with(opener))?;
    let rest = &line[opener.len()..];
    (!rest.to_ascii_lowercase().contains(end)).then_some(end)
}

static REFERENCE_DEFINITION: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    crate::pattern::ascii_bytes(r#"(?m)^ {0,3}\[([^\]\n]+)\]:[ \t]*<?([^\t\n\x0B\x0C\r >]+)>?(?:[ \t]+(?:"([^"\n]*)"|'([^'\n]*)'|\(([^)\n]*)\)))?[ \t]*\r?$"#)
        .expect("valid regex")
});

/// Link reference definitions of the whole document (`[label]: url "title"`),
/// so that a piece can resolve a reference defined in another piece.
pub fn reference_definitions(text: &str) -> HashMap<String, (String, String)> {
    let mut definitions = HashMap::new();
    for c in REFERENCE_DEFINITION.captures_iter(text.as_bytes()) {
        let group = |g| matched(text, c.get(g));
        let (Some(label), Some(url)) = (group(1), group(2)) else {
            continue;
        };
        let title = (3..=5).find_map(group).unwrap_or("");
        definitions
            .entry(normalise_label(label))
            .or_insert_with(|| (url.to_string(), title.to_string()));
    }
    definitions
}

/// Reference labels match case-insensitively, with white space collapsed.
pub fn normalise_label(label: &str) -> String {
    crate::knowledge::text::fold_spaces_and_case(label)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn starts_of(cuts: Vec<Cut>) -> Vec<usize> {
        cuts.into_iter().map(|c| c.start).collect()
    }

    #[test]
    fn cuts_long_tables_between_rows_behind_their_header() {
        let text = "# A\n\n| T | V |\n|:--|:-:|\n| a | 1 |\n| b | 2 |\n| c | 3 |\n\nend\n";
        let header = text.find("| T").unwrap()..text.find("| a").unwrap();
        let cuts = chunk_starts(text, 0, 1, true);
        let in_table: Vec<(&str, &str)> = cuts
            .iter()
            .filter_map(|c| {
                let header = c.table_header.clone()?;
                Some((&text[c.start..c.start + 5], &text[header]))
            })
            .collect();
        let head = &text[header];
        assert_eq!(in_table, [("| b |", head), ("| c |", head)]);
        // Never before the first row, never without leave.
        assert!(!cuts.iter().any(|c| text[c.start..].starts_with("| a")));
        assert!(chunk_starts(text, 0, 1, false)
            .iter()
            .all(|c| c.table_header.is_none()));
    }

    #[test]
    fn a_table_after_a_paragraph_line_is_not_cut() {
        let text = "para\n| T | V |\n|---|---|\n| a | 1 |\n| b | 2 |\n";
        assert!(chunk_starts(text, 0, 1, true)
            .iter()
            .all(|c| c.table_header.is_none()));
    }

    #[test]
    fn cuts_only_at_blank_lines_before_unindented_blocks() {
        let text = "# A\n\npara\n\n| t |\n|---|\n\n  indented\n\n## B\n";
        let starts = starts_of(chunk_starts(text, 0, 1, false));
        let pieces: Vec<&str> = starts
            .iter()
            .zip(starts.iter().skip(1).chain([&text.len()]))
            .map(|(&s, &e)| &text[s..e])
            .collect();
        assert_eq!(
            pieces,
            [
                "# A\n\n",
                "para\n\n",
                "| t |\n|---|\n\n  indented\n\n",
                "## B\n"
            ]
        );
    }

    #[test]
    fn never_cuts_inside_fences_or_html_comments() {
        let text = "```\ncode\n\nmore\n```\n\n<!--\n\nhidden\n-->\n\nend\n";
        let starts = starts_of(chunk_starts(text, 0, 1, true));
        let cut_lines: Vec<&str> = starts
            .iter()
            .map(|&s| text[s..].lines().next().unwrap())
            .collect();
        assert_eq!(cut_lines, ["```", "<!--", "end"]);
    }

    #[test]
    fn small_documents_stay_whole() {
        let cuts = chunk_starts("a\n\nb\n\nc\n", 0, CHUNK_BYTES, true);
        assert_eq!(starts_of(cuts), [0]);
    }

    #[test]
    fn finds_reference_definitions() {
        let defs = reference_definitions(
            "[Paper One]: https://arxiv.org/abs/2001.02525 \"t\"\n  [x]: <https://a.b>\n",
        );
        assert_eq!(defs["paper one"].0, "https://arxiv.org/abs/2001.02525");
        assert_eq!(defs["x"].0, "https://a.b");
    }
}
