//! The document model: what a paper list is made of, every piece with the
//! byte span it came from. Built once by [`parse`]; rules only read it.

mod anchors;
mod autolinks;
mod badges;
mod builder;
mod candidate;
mod cells;
mod chunks;
mod directives;
mod html_links;
mod labels;
mod linked_names;
mod parse;
mod raw_rows;
mod rebase;
mod rows;
mod slug;
mod storage;
mod table;
#[cfg(test)]
pub(crate) mod testing;

pub(crate) use autolinks::bare_urls;
pub use cells::{split_row, RawCell};
pub use chunks::is_delimiter_row;
pub use html_links::anchors_as_links;
pub use parse::parse;
#[cfg(test)]
pub(crate) use parse::parse_in_pieces;
pub use slug::github_slug;
pub(crate) use storage::{CellData, LinkData, RowData, TextRef};
pub use table::{Cell, Link, Row, Table, TextPlace};

use crate::span::{LineIndex, Span};

pub use crate::knowledge::Role;

#[derive(Debug, Clone)]
pub struct Document<'a> {
    pub text: &'a str,
    pub lines: LineIndex,
    pub headings: Vec<Heading>,
    /// Anchors written by hand: `<a name="x">`, `id="x"`.
    pub anchors: Vec<Anchor>,
    /// Links to `#fragment`s of this document.
    pub fragment_links: Vec<FragmentLink>,
    /// Links written as `[text](url)` or `[text][ref]` outside the rows of
    /// paper tables (tables of contents, bullet lists, other tables).
    pub prose_links: Vec<FragmentLink>,
    /// Tables whose header names a title column; other tables are left out.
    pub tables: Vec<Table<'a>>,
    /// Rows of the tables left out that have more cells than their header:
    /// GitHub drops the surplus cells, in any table.
    pub overflow_rows: Vec<OverflowRow>,
    /// Rows of the tables left out that repeat the row above them.
    pub repeated_rows: Vec<RepeatedRow>,
    /// `<!-- nas-lint-disable ... -->` comments, in document order.
    pub directives: Vec<Directive>,
    /// Code blocks, fenced or indented, wherever they sit (in a list item
    /// too), in document order: what they hold is shown as written.
    pub code_blocks: Vec<Span>,
}

/// A suppression comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    pub kind: DirectiveKind,
    /// The rules it names; none means every rule.
    pub rules: Vec<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DirectiveKind {
    /// `nas-lint-disable-next-line`: the line after the comment.
    DisableNextLine,
    /// `nas-lint-disable-line`: the comment's own line, such as the table
    /// row whose cell holds it (a comment line above a table's first row
    /// would end the table).
    DisableLine,
    /// `nas-lint-disable`: from here to the matching `nas-lint-enable`.
    Disable,
    Enable,
    /// `nas-lint-disable-file`: the whole file.
    DisableFile,
}

/// A row of a table that is not a paper table (datasets, models) that
/// repeats the row above it byte for byte, or all but the number in its
/// first cell: a copy pasted twice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepeatedRow {
    /// The row's line, without its line break.
    pub span: Span,
    /// The line above it, which it repeats.
    pub first: Span,
    /// Whether the two rows differ in their row numbers.
    pub renumbered: bool,
}

/// A row of a table that is not a paper table, with more cells than its
/// header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverflowRow {
    /// The row's line, without its line break.
    pub span: Span,
    /// How many cells the header has.
    pub header_cells: usize,
    /// The surplus cells, padding trimmed.
    pub extra: Vec<Span>,
}

#[derive(Debug, Clone)]
pub struct Heading {
    pub level: u8,
    /// The heading's text as rendered (inline markup and HTML removed).
    pub text: String,
    pub span: Span,
    /// The anchor GitHub generates for it, with -1, -2 for repeated titles.
    pub slug: String,
    /// The closest heading of a higher level before this one.
    pub parent: Option<usize>,
}

#[derive(Debug, Clone)]
pub struct Anchor {
    pub name: String,
    pub span: Span,
}

/// A link to a `#fragment` of the document, or a link outside the paper
/// tables' rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FragmentLink {
    pub text: String,
    pub url: String,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Column {
    pub header: String,
    pub role: Option<Role>,
}

impl Document<'_> {
    /// The heading itself and all headings above it, nearest first.
    pub fn heading_chain(&self, heading: Option<usize>) -> impl Iterator<Item = &Heading> {
        let mut next = heading;
        std::iter::from_fn(move || {
            let current = next?;
            next = self.headings[current].parent;
            Some(&self.headings[current])
        })
    }

    /// The heading a byte offset sits under: the last one before it.
    pub fn heading_above(&self, offset: usize) -> Option<usize> {
        self.headings
            .partition_point(|h| h.span.start < offset)
            .checked_sub(1)
    }

    /// 1-based line number of a byte offset.
    pub fn line_number(&self, offset: usize) -> usize {
        self.lines.line_of(offset) + 1
    }
}
