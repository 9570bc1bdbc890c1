//! Turns pulldown-cmark's events into one [`Piece`] of the document model.

use super::anchors::{anchors_in_html, fragment_hrefs_in_html};
use super::directives::directives_in;
use super::labels::{last_title_is_generic, other_paper_links};
use super::linked_names::{title_candidate, PendingParts};
use super::raw_rows::{overflow_row, repeated_row};
use super::rows::{store_row, OpenRow, TextParts};
use super::{Anchor, Column, Directive, FragmentLink, Heading, OverflowRow, RepeatedRow, Table};
use crate::knowledge::text::contains;
use crate::knowledge::ColumnRoles;
use crate::span::Span;
use pulldown_cmark::{CowStr, Event, Tag, TagEnd};
use std::ops::Range;

/// What one piece of the document holds, before headings are numbered
/// document-wide.
#[derive(Default)]
pub(super) struct Piece<'a> {
    pub(super) headings: Vec<Heading>,
    /// The text GitHub derives each heading's anchor from (untrimmed).
    pub(super) slug_sources: Vec<String>,
    pub(super) anchors: Vec<Anchor>,
    pub(super) fragment_links: Vec<FragmentLink>,
    pub(super) prose_links: Vec<FragmentLink>,
    pub(super) tables: Vec<Table<'a>>,
    pub(super) overflow_rows: Vec<OverflowRow>,
    pub(super) repeated_rows: Vec<RepeatedRow>,
    pub(super) code_blocks: Vec<Span>,
    /// The prose links and surplus cells of tables whose title column is
    /// not decided yet ([`Table::pending_title`]): they count as the
    /// document's when the table turns out not to list papers.
    pub(super) pending: PendingParts,
    pub(super) directives: Vec<Directive>,
    /// The span of the piece's first and last table (paper table or not),
    /// to check that a table cut between rows was read as one.
    pub(super) first_table: Option<Span>,
    pub(super) last_table: Option<Span>,
    /// Whether the piece starts inside a table of the piece before.
    pub(super) continues: bool,
}

pub(super) struct Builder<'a, 'c> {
    pub(super) text: &'a str,
    pub(super) columns: &'c ColumnRoles,
    pub(super) piece: Piece<'a>,
    heading: Option<OpenHeading>,
    /// How many images the current events are inside: GitHub's heading
    /// anchors leave out image alt text.
    image_depth: usize,
    /// Whether an HTML comment is open: anchors inside it define nothing.
    in_html_comment: bool,
    open_links: Vec<OpenLink<'a>>,
    table: Option<OpenTable<'a>>,
    row: Option<OpenRow<'a>>,
}

struct OpenHeading {
    level: u8,
    span: Span,
    text: String,
}

struct OpenLink<'a> {
    start: usize,
    url: CowStr<'a>,
    text: TextParts<'a>,
}

struct OpenTable<'a> {
    table: Table<'a>,
    has_header: bool,
    is_paper_table: bool,
}

impl OpenTable<'_> {
    fn pending(&self) -> bool {
        self.table.pending_title.is_some()
    }
}

impl<'a, 'c> Builder<'a, 'c> {
    pub(super) fn new(text: &'a str, columns: &'c ColumnRoles) -> Self {
        Builder {
            text,
            columns,
            piece: Piece::default(),
            heading: None,
            image_depth: 0,
            in_html_comment: false,
            open_links: Vec::new(),
            table: None,
            row: None,
        }
    }
}

impl<'a> Builder<'a, '_> {
    pub(super) fn event(&mut self, event: Event<'a>, range: Range<usize>) {
        match event {
            Event::Start(tag) => self.start(tag, range),
            Event::End(tag) => self.end(tag, range),
            Event::Text(text) | Event::Code(text) => self.text(text, range),
            Event::SoftBreak | Event::HardBreak => self.text(CowStr::Borrowed(" "), range),
            Event::Html(html) | Event::InlineHtml(html) => self.html(&html, range),
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag<'a>, range: Range<usize>) {
        match tag {
            Tag::Image { .. } => {
                self.image_depth += 1;
                if let Some(row) = &mut self.row {
                    row.images.push(Span::new(range.start, range.end));
                }
            }
            Tag::Heading { level, .. } => {
                self.heading = Some(OpenHeading {
                    level: level as u8,
                    span: Span::new(range.start, range.end),
                    text: String::new(),
                })
            }
            Tag::Link { dest_url, .. } => self.open_links.push(OpenLink {
                start: range.start,
                url: dest_url,
                text: TextParts::default(),
            }),
            Tag::Table(_) => {
                let span = Span::new(range.start, range.end);
                self.piece.first_table.get_or_insert(span);
                self.piece.last_table = Some(span);
                let heading = self.piece.headings.len().checked_sub(1);
                self.table = Some(OpenTable {
                    table: Table::new(self.text, Span::new(range.start, range.end), heading),
                    has_header: false,
                    is_paper_table: false,
                })
            }
            Tag::CodeBlock(_) => self
                .piece
                .code_blocks
                .push(Span::new(range.start, range.end)),
            Tag::TableHead | Tag::TableRow => {
                self.row = Some(OpenRow {
                    range,
                    // Room for a row of a few cells from the start: rows
                    // are the most of a long list's events.
                    texts: Vec::with_capacity(8),
                    links: Vec::new(),
                    images: Vec::new(),
                })
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd, range: Range<usize>) {
        match tag {
            TagEnd::Heading(_) => self.finish_heading(),
            TagEnd::Image => self.image_depth = self.image_depth.saturating_sub(1),
            TagEnd::Link => self.finish_link(range),
            TagEnd::TableHead => self.finish_header(),
            TagEnd::TableRow => self.finish_row(),
            TagEnd::Table => self.finish_table(),
            _ => {}
        }
    }

    fn text(&mut self, text: CowStr<'a>, range: Range<usize>) {
        if let Some(heading) = self.heading.as_mut().filter(|_| self.image_depth == 0) {
            heading.text.push_str(&text);
        }
        for link in &mut self.open_links {
            link.text.push(text.clone());
        }
        if let Some(row) = &mut self.row {
            row.texts.push((range.start, text));
        }
    }

    fn html(&mut self, html: &str, range: Range<usize>) {
        // A line break parts a cell's lines as GitHub shows them:
        // `` `arXiv`<br>The University of Hong Kong `` is a venue and an
        // affiliation, not one word "arXivThe".
        if let Some(row) = &mut self.row {
            let glued = row
                .texts
                .last()
                .is_some_and(|(_, last)| !last.ends_with(char::is_whitespace));
            if glued && is_line_break(html) {
                row.texts.push((range.start, CowStr::Borrowed(" ")));
            }
        }
        let source_matches = self.text.get(range.clone()) == Some(html);
        if contains(html, "nas-lint-") {
            for (kind, rules, at) in directives_in(html) {
                let span = if source_matches {
                    Span::new(range.start + at.start, range.start + at.end)
                } else {
                    Span::new(range.start, range.end)
                };
                self.piece.directives.push(Directive { kind, rules, span });
            }
        }
        for (offset, piece) in self.outside_comments(html) {
            for (name, start, end) in anchors_in_html(piece) {
                let span = if source_matches {
                    Span::new(range.start + offset + start, range.start + offset + end)
                } else {
                    Span::new(range.start, range.end)
                };
                self.piece.anchors.push(Anchor { name, span });
            }
            for (url, start, end) in fragment_hrefs_in_html(piece) {
                let span = if source_matches {
                    Span::new(range.start + offset + start, range.start + offset + end)
                } else {
                    Span::new(range.start, range.end)
                };
                self.piece.fragment_links.push(FragmentLink {
                    text: String::new(),
                    url,
                    span,
                });
            }
        }
    }

    /// The parts of an HTML event outside `<!-- ... -->`, with their offsets;
    /// a comment may span several events.
    fn outside_comments<'h>(&mut self, html: &'h str) -> Vec<(usize, &'h str)> {
        let mut pieces = Vec::new();
        let mut at = 0;
        while at < html.len() {
            if self.in_html_comment {
                match comment_close(&html[at..]) {
                    Some(end) => {
                        at += end;
                        self.in_html_comment = false;
                    }
                    None => break,
                }
            } else {
                match html[at..].find("<!--") {
                    Some(start) => {
                        pieces.push((at, &html[at..at + start]));
                        at += start + 4;
                        self.in_html_comment = true;
                    }
                    None => {
                        pieces.push((at, &html[at..]));
                        break;
                    }
                }
            }
        }
        pieces
    }

    fn finish_heading(&mut self) {
        let Some(open) = self.heading.take() else {
            return;
        };
        // The slug and the parent are document-wide: see `assemble`.
        self.piece.headings.push(Heading {
            level: open.level,
            text: open.text.trim().to_string(),
            span: open.span,
            slug: String::new(),
            parent: None,
        });
        self.piece.slug_sources.push(open.text);
    }

    fn finish_link(&mut self, range: Range<usize>) {
        let Some(open) = self.open_links.pop() else {
            return;
        };
        let span = Span::new(open.start, range.end);
        if open.url.starts_with('#') {
            self.piece.fragment_links.push(FragmentLink {
                text: open.text.to_string().trim().to_string(),
                url: open.url.to_string(),
                span,
            });
        }
        let table = self.table.as_ref().filter(|t| t.has_header);
        let in_paper_row = self.row.is_some() && table.is_some_and(|t| t.is_paper_table);
        let pending = self.row.is_some() && table.is_some_and(OpenTable::pending);
        if (!in_paper_row || pending) && self.text.as_bytes().get(open.start) == Some(&b'[') {
            let link = FragmentLink {
                text: open.text.to_string().trim().to_string(),
                url: open.url.to_string(),
                span,
            };
            if pending {
                self.piece.pending.prose_links.push(link);
            } else {
                self.piece.prose_links.push(link);
            }
        }
        if let Some(row) = &mut self.row {
            row.links.push((span, open.url, open.text));
        }
    }

    fn finish_header(&mut self) {
        let (Some(open_row), Some(open)) = (self.row.take(), self.table.as_mut()) else {
            return;
        };
        let header = store_row(self.text, open_row, &mut open.table);
        open.table.set_header(header);
        open.has_header = true;
        let names: Vec<String> = open
            .table
            .header()
            .cells()
            .map(|c| c.text().to_string())
            .collect();
        let roles = self.columns.assign(&names);
        // A title alone does not make a paper list (a feature matrix keyed by
        // model names has one too), unless its header says it holds papers'
        // titles (`Paper Title`).
        let (mut others, mut paper_titles) = (0, false);
        for (name, role) in names.iter().zip(&roles) {
            others += usize::from(role.is_some_and(|r| r != super::Role::Title));
            paper_titles |= *role == Some(super::Role::Title) && self.columns.names_papers(name);
        }
        open.is_paper_table =
            roles.contains(&Some(super::Role::Title)) && (others > 0 || paper_titles);
        // No title column, but a column that may hold the titles: the rows
        // decide (see `Document::settle_pending_titles`).
        open.table.pending_title = title_candidate(&names, &roles, self.columns);
        open.is_paper_table |= open.table.pending_title.is_some();
        open.table.columns = names
            .into_iter()
            .zip(roles)
            .map(|(header, role)| Column { header, role })
            .collect();
    }

    fn finish_row(&mut self) {
        let Some(open_row) = self.row.take() else {
            return;
        };
        let Some(open) = self.table.as_mut() else {
            return;
        };
        if open.is_paper_table {
            if open.pending() {
                let header_cells = open.table.columns.len();
                if let Some(row) = overflow_row(self.text, &open_row.range, header_cells) {
                    self.piece.pending.overflow_rows.push(row);
                }
                if let Some(row) = repeated_row(self.text, &open_row.range) {
                    self.piece.pending.repeated_rows.push(row);
                }
            }
            let row = store_row(self.text, open_row, &mut open.table);
            open.table.push_row(row);
            if last_title_is_generic(&open.table, self.columns) {
                open.table.mark_generic_title();
            }
            let other_papers = other_paper_links(&open.table, self.columns);
            if other_papers != 0 {
                open.table.mark_other_papers(other_papers);
            }
        } else if open.has_header {
            // Only the surplus cells of other tables' rows are kept.
            let header_cells = open.table.columns.len();
            if let Some(row) = overflow_row(self.text, &open_row.range, header_cells) {
                self.piece.overflow_rows.push(row);
            }
            if let Some(row) = repeated_row(self.text, &open_row.range) {
                self.piece.repeated_rows.push(row);
            }
        }
    }

    fn finish_table(&mut self) {
        let Some(mut open) = self.table.take() else {
            return;
        };
        if open.is_paper_table && open.has_header {
            open.table.shrink();
            self.piece.tables.push(open.table);
        }
    }
}

/// Whether an HTML event is a line break tag (`<br>`, `<br/>`, `<BR />`).
fn is_line_break(html: &str) -> bool {
    let tag: String = html
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '/')
        .collect();
    tag.eq_ignore_ascii_case("<br>")
}

/// Where the comment open at the start of `html` ends: after its `-->`, or
/// after `--!>`, which browsers take for the end of a comment too (an error
/// they forgive, so the anchors after it are on the page).
fn comment_close(html: &str) -> Option<usize> {
    ["-->", "--!>"]
        .iter()
        .filter_map(|close| html.find(close).map(|at| at + close.len()))
        .min()
}
