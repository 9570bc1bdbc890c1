//! Cuts a large document into pieces that parse independently.
//!
//! pulldown-cmark builds a tree of the whole input before it yields the
//! first event; for a 22 MB list that tree is several times the file. Cut at
//! blank lines where no block can continue (outside fenced code, multi-line
//! HTML blocks and indented content), each piece parses as it would inside
//! the whole, and memory stays bounded by the piece.

use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Pieces smaller than this are not worth cutting.
pub const CHUNK_BYTES: usize = 256 << 10;

/// Start offsets of the pieces (the first is always `from`).
pub fn chunk_starts(text: &str, from: usize, target: usize) -> Vec<usize> {
    let mut starts = vec![from];
    let mut open_fence: Option<(u8, usize)> = None;
    let mut html_until: Option<&'static str> = None;
    let mut previous_blank = false;
    let mut offset = from;
    for line in text[from..].split_inclusive('\n') {
        let line_start = offset;
        offset += line.len();
        let trimmed = line.trim_start_matches([' ', '\t', '>']);
        let blank = line.trim().is_empty();
        let cut_here = previous_blank
            && !blank
            && open_fence.is_none()
            && html_until.is_none()
            && !line.starts_with([' ', '\t'])
            && line_start - starts[starts.len() - 1] >= target;
        if cut_here {
            starts.push(line_start);
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
    starts
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

static REFERENCE_DEFINITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?m)^ {0,3}\[([^\]\n]+)\]:[ \t]*<?([^\s>]+)>?(?:[ \t]+(?:"([^"\n]*)"|'([^'\n]*)'|\(([^)\n]*)\)))?[ \t]*\r?$"#)
        .expect("valid regex")
});

/// Link reference definitions of the whole document (`[label]: url "title"`),
/// so that a piece can resolve a reference defined in another piece.
pub fn reference_definitions(text: &str) -> HashMap<String, (String, String)> {
    let mut definitions = HashMap::new();
    for c in REFERENCE_DEFINITION.captures_iter(text) {
        let title = (3..=5).find_map(|g| c.get(g)).map_or("", |m| m.as_str());
        definitions
            .entry(normalise_label(&c[1]))
            .or_insert_with(|| (c[2].to_string(), title.to_string()));
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

    #[test]
    fn cuts_only_at_blank_lines_before_unindented_blocks() {
        let text = "# A\n\npara\n\n| t |\n|---|\n\n  indented\n\n## B\n";
        let starts = chunk_starts(text, 0, 1);
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
        let starts = chunk_starts(text, 0, 1);
        let cut_lines: Vec<&str> = starts
            .iter()
            .map(|&s| text[s..].lines().next().unwrap())
            .collect();
        assert_eq!(cut_lines, ["```", "<!--", "end"]);
    }

    #[test]
    fn small_documents_stay_whole() {
        assert_eq!(chunk_starts("a\n\nb\n\nc\n", 0, CHUNK_BYTES), [0]);
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
