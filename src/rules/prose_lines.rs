//! The document's lines as the prose readers see them: which lines hold
//! text a reader of list items and paragraphs may read, and which are
//! code, comments, headings or table rows.

use crate::document::Document;
use crate::knowledge::text;

/// One line of the document, its line break included.
pub struct ProseLine<'a> {
    pub start: usize,
    pub text: &'a str,
    /// Code, an HTML comment, a heading or a table row: text the prose
    /// readers leave to others, and a boundary between runs of list items.
    pub hidden: bool,
}

/// Every line of the document, each marked hidden or not.
pub fn prose_lines<'a>(document: &'a Document<'_>) -> impl Iterator<Item = ProseLine<'a>> {
    let mut code_blocks = &document.code_blocks[..];
    let mut tables = &document.tables[..];
    let (mut offset, mut in_comment) = (0, false);
    text::lines_inclusive(document.text).map(move |line| {
        let start = offset;
        offset += line.len();
        // A paper table's rows are the row check's, outer pipes or not; a
        // `<!--` in a cell is a cell's text, not a comment that runs on.
        while tables.first().is_some_and(|t| t.span.end <= start) {
            tables = &tables[1..];
        }
        // A comment opened before the table may close on a line the
        // parser took for a row: only then is a row read for `-->`.
        if !in_comment && tables.first().is_some_and(|t| t.span.start <= start) {
            return ProseLine {
                start,
                text: line,
                hidden: true,
            };
        }
        while code_blocks.first().is_some_and(|b| b.end <= start) {
            code_blocks = &code_blocks[1..];
        }
        let was_in_comment = in_comment;
        if let Some(at) = text::rfind(line, "<!--") {
            in_comment = !text::contains(&line[at..], "-->");
        } else if in_comment && text::contains(line, "-->") {
            in_comment = false;
        }
        let in_code = code_blocks.first().is_some_and(|b| b.start < offset);
        let in_table = tables.first().is_some_and(|t| t.span.start <= start);
        let hidden =
            in_code || was_in_comment || in_table || line.trim_start().starts_with(['#', '|']);
        ProseLine {
            start,
            text: line,
            hidden,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::prose_lines;
    use crate::knowledge::Knowledge;

    fn shown_lines(text: &str) -> Vec<String> {
        let knowledge = Knowledge::builtin().expect("builtin knowledge");
        let document = crate::document::parse(text, &knowledge.columns);
        prose_lines(&document)
            .filter(|line| !line.hidden)
            .map(|line| line.text.trim_end().to_string())
            .collect()
    }

    #[test]
    fn tables_code_comments_and_headings_are_hidden() {
        let text = "# Papers\n\n- [A](https://a.org)\n\n| Title | Venue |\n|---|---|\n| [B](https://b.org) | CVPR |\n\n\
            ```\n- [C](https://c.org)\n```\n\n<!--\n- [D](https://d.org)\n-->\n- [E](https://e.org)\n";
        assert_eq!(
            shown_lines(text),
            [
                "",
                "- [A](https://a.org)",
                "",
                "",
                "",
                "<!--",
                "- [E](https://e.org)"
            ]
        );
    }

    #[test]
    fn a_comment_opened_before_a_table_closes_on_a_row() {
        // `-->` on a line the parser took for a table's row.
        let text = "Intro <!-- note\n\n| a | b |\n|---|---|\n| --> | x |\n\n- [E](https://e.org)\n";
        assert_eq!(
            shown_lines(text).last().map(String::as_str),
            Some("- [E](https://e.org)")
        );
    }

    #[test]
    fn a_comment_opened_in_a_table_cell_ends_with_its_table() {
        let text = "| Title | Venue |\n|---|---|\n| [B](https://b.org) <!-- to check | CVPR |\n\n- [E](https://e.org)\n";
        assert_eq!(shown_lines(text), ["", "- [E](https://e.org)"]);
    }
}
