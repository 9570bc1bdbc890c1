//! A paper table and its views. Rows, cells and links sit side by side in
//! a few flat vectors; [`Row`], [`Cell`] and [`Link`] read them.

use super::storage::{CellData, LinkData, RowData, TextKind, TextRef};
use super::{split_row, Column, Role};
use crate::span::Span;

/// A paper table. Its rows, cells and links are stored side by side in a
/// few flat vectors (a 100,000-row list must fit in a few tens of MB); read
/// them through the [`Row`], [`Cell`] and [`Link`] views.
#[derive(Debug, Clone)]
pub struct Table<'a> {
    pub span: Span,
    /// The heading this table sits under, if any.
    pub heading: Option<usize>,
    pub columns: Vec<Column>,
    text: &'a str,
    header: RowData,
    rows: Vec<RowData>,
    cells: Vec<CellData>,
    links: Vec<LinkData>,
    owned: Vec<Box<str>>,
    /// A table with no title column whose first column (`Method`) may name
    /// its papers by their links, or whose `Publication` column may hold
    /// its titles: decided once the whole table is read.
    pub(crate) pending_title: Option<super::candidate::TitleCandidate>,
}

impl<'a> Table<'a> {
    pub(crate) fn new(text: &'a str, span: Span, heading: Option<usize>) -> Self {
        Table {
            span,
            heading,
            columns: Vec::new(),
            text,
            header: RowData::default(),
            rows: Vec::new(),
            cells: Vec::new(),
            links: Vec::new(),
            owned: Vec::new(),
            pending_title: None,
        }
    }

    pub fn column(&self, role: Role) -> Option<usize> {
        self.columns.iter().position(|c| c.role == Some(role))
    }

    pub fn header(&self) -> Row<'_, 'a> {
        Row {
            table: self,
            data: &self.header,
        }
    }

    pub fn row_count(&self) -> usize {
        self.rows.len()
    }

    pub fn row(&self, index: usize) -> Row<'_, 'a> {
        Row {
            table: self,
            data: &self.rows[index],
        }
    }

    pub fn rows(&self) -> impl ExactSizeIterator<Item = Row<'_, 'a>> {
        self.rows.iter().map(move |data| Row { table: self, data })
    }

    pub(crate) fn push_row(&mut self, row: RowData) {
        self.rows.push(row);
    }

    /// Marks the last row's title cell as holding only generic link labels.
    pub(crate) fn mark_generic_title(&mut self) {
        if let Some(row) = self.rows.last_mut() {
            row.generic_title = true;
        }
    }

    /// Marks links of the last row as another paper's (bit i: its i-th link).
    pub(crate) fn mark_other_papers(&mut self, links: u64) {
        if let Some(row) = self.rows.last_mut() {
            row.other_papers = links;
        }
    }

    pub(crate) fn set_header(&mut self, row: RowData) {
        self.header = row;
    }

    pub(crate) fn storage(
        &mut self,
    ) -> (&mut Vec<CellData>, &mut Vec<LinkData>, &mut Vec<Box<str>>) {
        (&mut self.cells, &mut self.links, &mut self.owned)
    }

    /// One table of its parts: the first as parsed, each other the same
    /// table parsed from a later range of its rows behind a copy of its
    /// header. Allocates the whole once.
    pub(crate) fn join(parts: Vec<Table<'a>>) -> Table<'a> {
        let mut parts = parts.into_iter();
        let mut table = parts.next().expect("a table has a first part");
        let rest: Vec<Table<'a>> = parts.collect();
        if rest.is_empty() {
            return table;
        }
        table
            .rows
            .reserve_exact(rest.iter().map(|t| t.rows.len()).sum());
        table
            .cells
            .reserve_exact(rest.iter().map(|t| t.cells.len()).sum());
        table
            .links
            .reserve_exact(rest.iter().map(|t| t.links.len()).sum());
        table
            .owned
            .reserve_exact(rest.iter().map(|t| t.owned.len()).sum());
        for part in rest {
            table.append(part);
        }
        table
    }

    /// Appends the rows of `rest`, the same table parsed from a later range
    /// of its rows, behind a copy of the same header (which is dropped).
    fn append(&mut self, rest: Table<'a>) {
        // The header was stored first: its cells and links lead the vectors.
        let (skip_cells, skip_links) = (rest.header.cells.1, rest.header.links.1);
        let cells = self.cells.len() as u32;
        let links = self.links.len() as u32;
        let owned = self.owned.len() as u32;
        let shift = |text: TextRef| match text.kind() {
            TextKind::Owned(index) => TextRef::owned(index + owned),
            _ => text,
        };
        self.span = Span::new(self.span.start, rest.span.end);
        let rest_cells = rest.cells.into_iter().skip(skip_cells as usize);
        self.cells.extend(rest_cells.map(|c| CellData {
            rendered: shift(c.rendered),
            ..c
        }));
        let rest_links = rest.links.into_iter().skip(skip_links as usize);
        self.links.extend(rest_links.map(|l| LinkData {
            text: shift(l.text),
            url: shift(l.url),
            ..l
        }));
        self.owned.extend(rest.owned);
        self.rows.extend(rest.rows.into_iter().map(|r| RowData {
            cells: (
                r.cells.0 - skip_cells + cells,
                r.cells.1 - skip_cells + cells,
            ),
            links: (
                r.links.0 - skip_links + links,
                r.links.1 - skip_links + links,
            ),
            ..r
        }));
    }

    /// Gives back the growth reserve of the finished table.
    pub(crate) fn shrink(&mut self) {
        self.rows.shrink_to_fit();
        self.cells.shrink_to_fit();
        self.links.shrink_to_fit();
        self.owned.shrink_to_fit();
    }

    fn resolve(&self, text: TextRef, raw: (u32, u32)) -> &str {
        match text.kind() {
            TextKind::Raw => &self.text[raw.0 as usize..raw.1 as usize],
            TextKind::Source(start, end) => &self.text[start as usize..end as usize],
            TextKind::Owned(index) => &self.owned[index as usize],
        }
    }
}

/// A view of one table row.
#[derive(Debug, Clone, Copy)]
pub struct Row<'t, 'a> {
    table: &'t Table<'a>,
    data: &'t RowData,
}

impl<'t, 'a> Row<'t, 'a> {
    /// The row's line, without the line terminator and any container prefix.
    pub fn span(&self) -> Span {
        to_span(self.data.span)
    }

    pub fn has_trailing_pipe(&self) -> bool {
        self.data.has_trailing_pipe
    }

    /// Whether the title cell holds only generic link labels (`[arXiv](...)`)
    /// and so names no paper.
    pub fn has_generic_title(&self) -> bool {
        self.data.generic_title
    }

    /// The row's links but those to another paper (its journal extension,
    /// `<br>[Ext](...)`): the links that may say which paper the row is.
    pub fn own_links(&self) -> impl Iterator<Item = Link<'t>> {
        let (table, other) = (self.table, self.data.other_papers);
        (self.link_data().iter().enumerate())
            .filter(move |(i, _)| *i >= 64 || other & (1 << i) == 0)
            .map(move |(_, l)| link(table, l))
    }

    fn cell_data(&self) -> &'t [CellData] {
        &self.table.cells[self.data.cells.0 as usize..self.data.cells.1 as usize]
    }

    fn link_data(&self) -> &'t [LinkData] {
        &self.table.links[self.data.links.0 as usize..self.data.links.1 as usize]
    }

    pub fn cell_count(&self) -> usize {
        self.cell_data().len()
    }

    pub fn cell(&self, index: usize) -> Option<Cell<'t, 'a>> {
        let data = self.cell_data().get(index)?;
        Some(Cell {
            table: self.table,
            data,
            index,
            row_links: self.link_data(),
        })
    }

    /// The cell of a column the table may not have.
    pub fn cell_of(&self, column: Option<usize>) -> Option<Cell<'t, 'a>> {
        column.and_then(|c| self.cell(c))
    }

    pub fn cells(&self) -> impl Iterator<Item = Cell<'t, 'a>> {
        let (table, row_links) = (self.table, self.link_data());
        self.cell_data()
            .iter()
            .enumerate()
            .map(move |(index, data)| Cell {
                table,
                data,
                index,
                row_links,
            })
    }

    pub fn links(&self) -> impl Iterator<Item = Link<'t>> {
        let table = self.table;
        self.link_data().iter().map(move |l| link(table, l))
    }

    /// Where `part`, a slice of this row's text (of a cell's text or raw
    /// Markdown, or of a link's text), lies: a place small enough to keep
    /// per row. `None` for any other string.
    pub fn locate(&self, part: &str) -> Option<TextPlace> {
        // By address: `part` borrows the source or one owned string.
        let offset_in = |whole: &str| {
            let (at, from) = (part.as_ptr() as usize, whole.as_ptr() as usize);
            let start = at.checked_sub(from)?;
            (start + part.len() <= whole.len()).then_some(start)
        };
        let place = |owned: u32, start: usize| {
            let start = u32::try_from(start).ok()?;
            let end = start.checked_add(u32::try_from(part.len()).ok()?)?;
            Some(TextPlace { owned, start, end })
        };
        if let Some(start) = offset_in(self.table.text) {
            return place(u32::MAX, start);
        }
        let texts = self.cell_data().iter().map(|c| c.rendered);
        let owned = texts.chain(self.link_data().iter().map(|l| l.text));
        owned.into_iter().find_map(|text| match text.kind() {
            TextKind::Owned(index) if index != u32::MAX => {
                place(index, offset_in(&self.table.owned[index as usize])?)
            }
            _ => None,
        })
    }

    /// The text at a place [`Row::locate`] gave.
    pub fn text_at(&self, place: TextPlace) -> &'t str {
        let whole: &'t str = match place.owned {
            u32::MAX => self.table.text,
            index => &self.table.owned[index as usize],
        };
        &whole[place.start as usize..place.end as usize]
    }

    /// Every cell's span between the pipes, padding included.
    pub fn outer_spans(&self) -> Vec<Span> {
        split_row(self.table.text, self.span())
            .0
            .into_iter()
            .map(|c| c.outer)
            .collect()
    }
}

fn link<'t>(table: &'t Table<'_>, data: &LinkData) -> Link<'t> {
    Link {
        text: table.resolve(data.text, (0, 0)),
        url: table.resolve(data.url, (0, 0)),
        span: to_span(data.span),
        cell: data.cell as usize,
    }
}

/// Where a piece of a row's text lies: a range of the source
/// (`owned == u32::MAX`) or of one of the table's owned strings.
#[derive(Debug, Clone, Copy)]
pub struct TextPlace {
    owned: u32,
    start: u32,
    end: u32,
}

impl TextPlace {
    /// A place no text has (its range ends before it starts: a real
    /// place ending at 0 starts at 0), for a caller that keeps a mark of
    /// its own where a place would stand, in the same twelve bytes.
    pub(crate) const fn mark(n: u32) -> Self {
        TextPlace {
            owned: u32::MAX,
            start: u32::MAX - n,
            end: 0,
        }
    }

    pub(crate) fn is_mark(&self, n: u32) -> bool {
        (self.owned, self.start, self.end) == (u32::MAX, u32::MAX - n, 0)
    }
}

/// A view of one cell of a row.
#[derive(Debug, Clone, Copy)]
pub struct Cell<'t, 'a> {
    table: &'t Table<'a>,
    data: &'t CellData,
    index: usize,
    row_links: &'t [LinkData],
}

impl<'t, 'a> Cell<'t, 'a> {
    /// The cell's content, without the padding around it.
    pub fn span(&self) -> Span {
        to_span(self.data.content)
    }

    /// The raw Markdown of the content.
    pub fn raw(&self) -> &'a str {
        let (start, end) = self.data.content;
        &self.table.text[start as usize..end as usize]
    }

    /// The text a reader sees: link text instead of link syntax, no emphasis.
    pub fn text(&self) -> &'t str {
        self.table.resolve(self.data.rendered, self.data.content)
    }

    /// The visible text without the alt text of images at its start or end
    /// (badges such as `![Star](...)`, `[![arXiv](...)](...)`): a title as
    /// it is quoted and compared.
    pub fn text_without_badges(&self) -> &'t str {
        super::badges::without_badges(crate::knowledge::text::trim(self.text()), self.raw())
    }

    /// Whether the raw Markdown is exactly the visible text, so that byte
    /// ranges of the text are byte ranges of the source.
    pub fn is_plain(&self) -> bool {
        self.data.rendered == TextRef::RAW
    }

    pub fn links(&self) -> impl Iterator<Item = Link<'t>> {
        let index = self.index as u32;
        let table = self.table;
        self.row_links
            .iter()
            .filter(move |l| l.cell == index)
            .map(move |l| link(table, l))
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
