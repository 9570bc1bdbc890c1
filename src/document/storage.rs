//! The records a [`super::Table`] stores side by side: one per row, cell
//! and link, their texts as eight-byte references into the source.

/// Text that is usually a slice of the source, stored without copying, in
/// eight bytes (a table holds one per cell and two per link): a source
/// range, or with `u32::MAX` first, the cell's raw Markdown or an owned
/// string. Read it through [`TextRef::kind`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TextRef(u32, u32);

/// What a [`TextRef`] stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TextKind {
    /// The same as the cell's raw Markdown.
    Raw,
    Source(u32, u32),
    /// An index into the table's owned strings.
    Owned(u32),
}

impl TextRef {
    pub(crate) const RAW: TextRef = TextRef(u32::MAX, u32::MAX);

    /// A range of the source (which is shorter than `u32::MAX` bytes).
    pub(crate) fn source(start: u32, end: u32) -> Self {
        debug_assert!(start < u32::MAX);
        TextRef(start, end)
    }

    pub(crate) fn owned(index: u32) -> Self {
        debug_assert!(index < u32::MAX);
        TextRef(u32::MAX, index)
    }

    pub(crate) fn kind(self) -> TextKind {
        match self {
            TextRef(u32::MAX, u32::MAX) => TextKind::Raw,
            TextRef(u32::MAX, index) => TextKind::Owned(index),
            TextRef(start, end) => TextKind::Source(start, end),
        }
    }
}

#[derive(Debug, Clone, Default)]
pub(crate) struct RowData {
    pub(crate) span: (u32, u32),
    /// Ranges into the table's cells and links.
    pub(crate) cells: (u32, u32),
    pub(crate) links: (u32, u32),
    pub(crate) has_trailing_pipe: bool,
    /// The title cell holds only generic link labels (`[arXiv](...)`,
    /// `[Paper](...) [Code](...)`): it names no paper.
    pub(crate) generic_title: bool,
    /// Links to another paper than the row's (bit i: the row's i-th link),
    /// such as its journal extension after a `<br>`: `[Ext](...)`.
    pub(crate) other_papers: u64,
}

#[derive(Debug, Clone)]
pub(crate) struct CellData {
    pub(crate) content: (u32, u32),
    pub(crate) rendered: TextRef,
}

#[derive(Debug, Clone)]
pub(crate) struct LinkData {
    pub(crate) span: (u32, u32),
    /// The index of the cell within its row.
    pub(crate) cell: u32,
    pub(crate) text: TextRef,
    pub(crate) url: TextRef,
}
