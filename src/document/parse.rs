//! Markdown -> [`Document`], in one pass over pulldown-cmark's events.

use super::anchors::anchors_in_html;
use super::cells::split_row;
use super::slug::Slugger;
use super::{Anchor, Cell, Column, Document, Heading, Link, Row, Table};
use crate::knowledge::ColumnRoles;
use crate::span::{LineIndex, Span};
use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};
use std::ops::Range;

const BOM: &str = "\u{feff}";

/// Parses `text` into the document model. Column roles come from `columns`;
/// tables without a title column are not kept.
pub fn parse<'a>(text: &'a str, columns: &ColumnRoles) -> Document<'a> {
    let body_start = if text.starts_with(BOM) { BOM.len() } else { 0 };
    let mut builder = Builder {
        text,
        columns,
        document: Document {
            text,
            lines: LineIndex::new(text),
            headings: Vec::new(),
            anchors: Vec::new(),
            fragment_links: Vec::new(),
            tables: Vec::new(),
        },
        slugger: Slugger::default(),
        heading: None,
        open_links: Vec::new(),
        table: None,
        row: None,
    };
    let parser = Parser::new_ext(&text[body_start..], Options::ENABLE_TABLES);
    for (event, range) in parser.into_offset_iter() {
        let range = range.start + body_start..range.end + body_start;
        builder.event(event, range);
    }
    builder.document
}

struct Builder<'a, 'c> {
    text: &'a str,
    columns: &'c ColumnRoles,
    document: Document<'a>,
    slugger: Slugger,
    heading: Option<OpenHeading>,
    open_links: Vec<OpenLink>,
    table: Option<OpenTable<'a>>,
    row: Option<OpenRow<'a>>,
}

struct OpenHeading {
    level: u8,
    span: Span,
    text: String,
}

struct OpenLink {
    start: usize,
    url: String,
    text: String,
}

struct OpenTable<'a> {
    span: Span,
    heading: Option<usize>,
    header: Option<Row<'a>>,
    columns: Vec<Column>,
    rows: Vec<Row<'a>>,
    is_paper_table: bool,
}

struct OpenRow<'a> {
    range: Range<usize>,
    texts: Vec<(usize, CowStr<'a>)>,
    links: Vec<Link>,
}

impl<'a> Builder<'a, '_> {
    fn event(&mut self, event: Event<'a>, range: Range<usize>) {
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
            Tag::Heading { level, .. } => {
                self.heading = Some(OpenHeading {
                    level: level as u8,
                    span: Span::new(range.start, range.end),
                    text: String::new(),
                })
            }
            Tag::Link { dest_url, .. } => self.open_links.push(OpenLink {
                start: range.start,
                url: dest_url.into_string(),
                text: String::new(),
            }),
            Tag::Table(_) => {
                self.table = Some(OpenTable {
                    span: Span::new(range.start, range.end),
                    heading: self.document.headings.len().checked_sub(1),
                    header: None,
                    columns: Vec::new(),
                    rows: Vec::new(),
                    is_paper_table: false,
                })
            }
            Tag::TableHead | Tag::TableRow => {
                self.row = Some(OpenRow {
                    range,
                    texts: Vec::new(),
                    links: Vec::new(),
                })
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd, range: Range<usize>) {
        match tag {
            TagEnd::Heading(_) => self.finish_heading(),
            TagEnd::Link => self.finish_link(range),
            TagEnd::TableHead => self.finish_header(),
            TagEnd::TableRow => self.finish_row(),
            TagEnd::Table => self.finish_table(),
            _ => {}
        }
    }

    fn text(&mut self, text: CowStr<'a>, range: Range<usize>) {
        if let Some(heading) = &mut self.heading {
            heading.text.push_str(&text);
        }
        for link in &mut self.open_links {
            link.text.push_str(&text);
        }
        if let Some(row) = &mut self.row {
            row.texts.push((range.start, text));
        }
    }

    fn html(&mut self, html: &str, range: Range<usize>) {
        let source_matches = self.text.get(range.clone()) == Some(html);
        for (name, start, end) in anchors_in_html(html) {
            let span = if source_matches {
                Span::new(range.start + start, range.start + end)
            } else {
                Span::new(range.start, range.end)
            };
            self.document.anchors.push(Anchor { name, span });
        }
    }

    fn finish_heading(&mut self) {
        let Some(open) = self.heading.take() else {
            return;
        };
        let slug = self.slugger.unique(&open.text);
        let parent = self
            .document
            .headings
            .iter()
            .rposition(|h| h.level < open.level);
        self.document.headings.push(Heading {
            level: open.level,
            text: open.text.trim().to_string(),
            span: open.span,
            slug,
            parent,
        });
    }

    fn finish_link(&mut self, range: Range<usize>) {
        let Some(open) = self.open_links.pop() else {
            return;
        };
        let link = Link {
            text: open.text.trim().to_string(),
            url: open.url,
            span: Span::new(open.start, range.end),
        };
        if link.url.starts_with('#') {
            self.document.fragment_links.push(link.clone());
        }
        if let Some(row) = &mut self.row {
            row.links.push(link);
        }
    }

    fn finish_header(&mut self) {
        let (Some(open_row), Some(table)) = (self.row.take(), self.table.as_mut()) else {
            return;
        };
        let header = build_row(self.text, open_row);
        let names: Vec<String> = header.cells.iter().map(|c| c.text().to_string()).collect();
        let roles = self.columns.assign(&names);
        table.is_paper_table = roles.contains(&Some(super::Role::Title));
        table.columns = names
            .into_iter()
            .zip(roles)
            .map(|(header, role)| Column { header, role })
            .collect();
        table.header = Some(header);
    }

    fn finish_row(&mut self) {
        let Some(open_row) = self.row.take() else {
            return;
        };
        if let Some(table) = self.table.as_mut().filter(|t| t.is_paper_table) {
            table.rows.push(build_row(self.text, open_row));
        }
    }

    fn finish_table(&mut self) {
        let Some(table) = self.table.take() else {
            return;
        };
        if let (true, Some(header)) = (table.is_paper_table, table.header) {
            self.document.tables.push(Table {
                span: table.span,
                heading: table.heading,
                header,
                columns: table.columns,
                rows: table.rows,
            });
        }
    }
}

fn build_row<'a>(text: &'a str, open: OpenRow<'a>) -> Row<'a> {
    let line = line_without_terminator(text, open.range);
    let (raw_cells, has_trailing_pipe) = split_row(text, line);
    let mut links = open.links.into_iter().peekable();
    let mut texts = open.texts.into_iter().peekable();
    let cells = raw_cells
        .into_iter()
        .map(|raw| {
            let mut cell_links = Vec::new();
            while let Some(link) = links.next_if(|l| l.span.start < raw.outer.end) {
                if raw.outer.contains(link.span) {
                    cell_links.push(link);
                }
            }
            let mut rendered = String::new();
            while let Some((_, piece)) = texts.next_if(|(start, _)| *start < raw.outer.end) {
                rendered.push_str(&piece);
            }
            let raw_text = raw.content.slice(text);
            let rendered = (!rendered.is_empty() && rendered.trim() != raw_text)
                .then(|| rendered.trim().to_string());
            Cell {
                span: raw.content,
                outer: raw.outer,
                raw: raw_text,
                rendered,
                links: cell_links,
            }
        })
        .collect();
    Row {
        span: line,
        cells,
        has_trailing_pipe,
    }
}

fn line_without_terminator(text: &str, range: Range<usize>) -> Span {
    let mut end = range.end;
    let bytes = text.as_bytes();
    while end > range.start && matches!(bytes[end - 1], b'\n' | b'\r') {
        end -= 1;
    }
    Span::new(range.start, end)
}
