//! The document model: what a paper list is made of, every piece with the
//! byte span it came from. Built once by [`parse`]; rules only read it.

mod anchors;
mod autolinks;
mod cells;
mod chunks;
mod parse;
mod slug;

pub use cells::{split_row, RawCell};
pub use parse::parse;
pub use slug::github_slug;

use crate::span::{LineIndex, Span};
use serde::{Deserialize, Serialize};

/// What a table column holds, decided from its header text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Title,
    Venue,
    Strategy,
    Code,
    Year,
    /// An extra column of paper links ("arXiv", "PDF").
    Paper,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Title => "title",
            Role::Venue => "venue",
            Role::Strategy => "strategy",
            Role::Code => "code",
            Role::Year => "year",
            Role::Paper => "paper",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Document<'a> {
    pub text: &'a str,
    pub lines: LineIndex,
    pub headings: Vec<Heading>,
    /// Anchors written by hand: `<a name="x">`, `id="x"`.
    pub anchors: Vec<Anchor>,
    /// Links to `#fragment`s of this document.
    pub fragment_links: Vec<FragmentLink>,
    /// Tables whose header names a title column; other tables are left out.
    pub tables: Vec<Table<'a>>,
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

/// A link to a `#fragment` of the document.
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

#[derive(Debug, Clone)]
pub struct Table<'a> {
    pub span: Span,
    /// The heading this table sits under, if any.
    pub heading: Option<usize>,
    pub header: Row<'a>,
    pub columns: Vec<Column>,
    pub rows: Vec<Row<'a>>,
}

impl Table<'_> {
    pub fn column(&self, role: Role) -> Option<usize> {
        self.columns.iter().position(|c| c.role == Some(role))
    }
}

/// Text that is usually a slice of the source, stored without copying.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TextRef {
    /// The same as the cell's raw Markdown.
    Raw,
    Source(u32, u32),
    /// An index into the row's owned strings.
    Owned(u32),
}

#[derive(Debug, Clone)]
pub(crate) struct CellData {
    pub(crate) content: (u32, u32),
    pub(crate) rendered: TextRef,
}

#[derive(Debug, Clone)]
pub(crate) struct LinkData {
    pub(crate) span: (u32, u32),
    pub(crate) cell: u32,
    pub(crate) text: TextRef,
    pub(crate) url: TextRef,
}

/// A table row. Stored compactly (a 100,000-row list must fit in a few
/// tens of MB); read it through [`Cell`] and [`Link`] views.
#[derive(Debug, Clone)]
pub struct Row<'a> {
    text: &'a str,
    /// The row's line, without the line terminator and any container prefix.
    pub span: Span,
    pub has_trailing_pipe: bool,
    pub(crate) cells: Box<[CellData]>,
    pub(crate) links: Box<[LinkData]>,
    pub(crate) owned: Box<[Box<str>]>,
}

impl<'a> Row<'a> {
    pub fn cell_count(&self) -> usize {
        self.cells.len()
    }

    pub fn cell(&self, index: usize) -> Option<Cell<'_, 'a>> {
        (index < self.cells.len()).then_some(Cell { row: self, index })
    }

    /// The cell of a column the table may not have.
    pub fn cell_of(&self, column: Option<usize>) -> Option<Cell<'_, 'a>> {
        column.and_then(|c| self.cell(c))
    }

    pub fn cells(&self) -> impl Iterator<Item = Cell<'_, 'a>> {
        (0..self.cells.len()).map(move |index| Cell { row: self, index })
    }

    pub fn links(&self) -> impl Iterator<Item = Link<'_>> {
        self.links.iter().map(move |l| self.link(l))
    }

    /// Every cell's span between the pipes, padding included.
    pub fn outer_spans(&self) -> Vec<Span> {
        split_row(self.text, self.span).0.into_iter().map(|c| c.outer).collect()
    }

    fn link(&self, data: &LinkData) -> Link<'_> {
        Link {
            text: self.resolve(data.text, (0, 0)),
            url: self.resolve(data.url, (0, 0)),
            span: to_span(data.span),
            cell: data.cell as usize,
        }
    }

    fn resolve(&self, text: TextRef, raw: (u32, u32)) -> &str {
        match text {
            TextRef::Raw => &self.text[raw.0 as usize..raw.1 as usize],
            TextRef::Source(start, end) => &self.text[start as usize..end as usize],
            TextRef::Owned(index) => &self.owned[index as usize],
        }
    }
}

/// A view of one cell of a row.
#[derive(Debug, Clone, Copy)]
pub struct Cell<'r, 'a> {
    row: &'r Row<'a>,
    index: usize,
}

impl<'r, 'a> Cell<'r, 'a> {
    fn data(&self) -> &'r CellData {
        &self.row.cells[self.index]
    }

    /// The cell's content, without the padding around it.
    pub fn span(&self) -> Span {
        to_span(self.data().content)
    }

    /// The raw Markdown of the content.
    pub fn raw(&self) -> &'a str {
        let (start, end) = self.data().content;
        &self.row.text[start as usize..end as usize]
    }

    /// The text a reader sees: link text instead of link syntax, no emphasis.
    pub fn text(&self) -> &'r str {
        let data = self.data();
        self.row.resolve(data.rendered, data.content)
    }

    /// Whether the raw Markdown is exactly the visible text, so that byte
    /// ranges of the text are byte ranges of the source.
    pub fn is_plain(&self) -> bool {
        self.data().rendered == TextRef::Raw
    }

    pub fn links(&self) -> impl Iterator<Item = Link<'r>> + 'r {
        let row = self.row;
        let index = self.index as u32;
        row.links.iter().filter(move |l| l.cell == index).map(move |l| row.link(l))
    }
}

/// A view of one link in a table row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link<'r> {
    pub text: &'r str,
    pub url: &'r str,
    pub span: Span,
    /// The index of the cell holding the link.
    pub cell: usize,
}

fn to_span((start, end): (u32, u32)) -> Span {
    Span::new(start as usize, end as usize)
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

    /// 1-based line number of a byte offset.
    pub fn line_number(&self, offset: usize) -> usize {
        self.lines.line_of(offset) + 1
    }
}
