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
        while code_blocks.first().is_some_and(|b| b.end <= start) {
            code_blocks = &code_blocks[1..];
        }
        let was_in_comment = in_comment;
        if let Some(at) = text::rfind(line, "<!--") {
            in_comment = !text::contains(&line[at..], "-->");
        } else if in_comment && text::contains(line, "-->") {
            in_comment = false;
        }
        // A paper table's rows are the row check's, outer pipes or not.
        while tables.first().is_some_and(|t| t.span.end <= start) {
            tables = &tables[1..];
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
