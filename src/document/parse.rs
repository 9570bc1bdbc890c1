//! Markdown -> [`Document`], in one pass over pulldown-cmark's events.

use super::anchors::anchors_in_html;
use super::autolinks::bare_urls;
use super::cells::split_row;
use super::chunks::{chunk_starts, normalise_label, reference_definitions, CHUNK_BYTES};
use super::slug::Slugger;
use super::{
    Anchor, CellData, Column, Directive, DirectiveKind, Document, FragmentLink, Heading, LinkData,
    RowData, Table, TextRef,
};
use crate::knowledge::text::contains;
use crate::knowledge::ColumnRoles;
use crate::span::{LineIndex, Span};
use pulldown_cmark::{BrokenLink, CowStr, Event, Options, Parser, Tag, TagEnd};
use regex::Regex;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

const BOM: &str = "\u{feff}";

static DIRECTIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"<!--\s*nas-lint-(disable-next-line|disable-line|disable-file|disable|enable)\b([^>]*?)\s*-->")
        .expect("valid regex")
});

/// The suppression comments in an HTML event.
fn directives_in(html: &str) -> Vec<(DirectiveKind, Vec<String>, Range<usize>)> {
    DIRECTIVE
        .captures_iter(html)
        .map(|c| {
            let kind = match &c[1] {
                "disable-next-line" => DirectiveKind::DisableNextLine,
                "disable-line" => DirectiveKind::DisableLine,
                "disable-file" => DirectiveKind::DisableFile,
                "disable" => DirectiveKind::Disable,
                _ => DirectiveKind::Enable,
            };
            let rules = c[2]
                .split(|ch: char| ch.is_whitespace() || ch == ',')
                .filter(|r| !r.is_empty())
                .map(String::from)
                .collect();
            (kind, rules, c.get(0).expect("group 0").range())
        })
        .collect()
}

/// Parses `text` into the document model. Column roles come from `columns`;
/// tables without a title column are not kept. A long document is cut into
/// independent pieces (see [`chunk_starts`]) that parse on the shared rayon
/// pool.
pub fn parse<'a>(text: &'a str, columns: &ColumnRoles) -> Document<'a> {
    parse_in_pieces(text, columns, CHUNK_BYTES)
}

fn parse_in_pieces<'a>(text: &'a str, columns: &ColumnRoles, chunk_bytes: usize) -> Document<'a> {
    use rayon::prelude::*;
    let body_start = if text.starts_with(BOM) { BOM.len() } else { 0 };
    let starts = chunk_starts(text, body_start, chunk_bytes);
    let ranges: Vec<Range<usize>> = starts
        .iter()
        .enumerate()
        .map(|(i, &start)| start..starts.get(i + 1).copied().unwrap_or(text.len()))
        .collect();
    if ranges.len() == 1 {
        let piece = parse_piece(text, columns, &HashMap::new(), &ranges);
        return assemble(text, LineIndex::new(text), vec![piece]);
    }
    let definitions = reference_definitions(text);
    let (pieces, lines) = rayon::join(
        || {
            ranges
                .par_iter()
                .map(|range| parse_piece(text, columns, &definitions, std::slice::from_ref(range)))
                .collect::<Vec<_>>()
        },
        || LineIndex::new(text),
    );
    assemble(text, lines, pieces)
}

/// What one run of pieces holds, before headings are numbered document-wide.
struct Piece<'a> {
    headings: Vec<Heading>,
    /// The text GitHub derives each heading's anchor from (untrimmed).
    slug_sources: Vec<String>,
    anchors: Vec<Anchor>,
    fragment_links: Vec<FragmentLink>,
    prose_links: Vec<FragmentLink>,
    tables: Vec<Table<'a>>,
    directives: Vec<Directive>,
}

fn parse_piece<'a>(
    text: &'a str,
    columns: &ColumnRoles,
    definitions: &HashMap<String, (String, String)>,
    ranges: &[Range<usize>],
) -> Piece<'a> {
    let mut builder = Builder {
        text,
        columns,
        piece: Piece {
            headings: Vec::new(),
            slug_sources: Vec::new(),
            anchors: Vec::new(),
            fragment_links: Vec::new(),
            prose_links: Vec::new(),
            tables: Vec::new(),
            directives: Vec::new(),
        },
        heading: None,
        image_depth: 0,
        in_html_comment: false,
        open_links: Vec::new(),
        table: None,
        row: None,
    };
    for range in ranges {
        let resolve = |link: BrokenLink<'_>| {
            definitions
                .get(&normalise_label(&link.reference))
                .map(|(url, title)| (CowStr::from(url.clone()), CowStr::from(title.clone())))
        };
        let parser = Parser::new_with_broken_link_callback(
            &text[range.clone()],
            Options::ENABLE_TABLES,
            Some(resolve),
        );
        for (event, at) in parser.into_offset_iter() {
            builder.event(event, at.start + range.start..at.end + range.start);
        }
    }
    builder.piece
}

/// Joins the pieces in order: tables learn their heading's document-wide
/// index, headings get GitHub's anchors (numbered across the whole
/// document) and their parents.
fn assemble<'a>(text: &'a str, lines: LineIndex, pieces: Vec<Piece<'a>>) -> Document<'a> {
    let mut document = Document {
        text,
        lines,
        headings: Vec::new(),
        anchors: Vec::new(),
        fragment_links: Vec::new(),
        prose_links: Vec::new(),
        tables: Vec::new(),
        directives: Vec::new(),
    };
    let mut slug_sources = Vec::new();
    for piece in pieces {
        let before = document.headings.len();
        for mut table in piece.tables {
            table.heading = table.heading.map(|h| h + before).or(before.checked_sub(1));
            document.tables.push(table);
        }
        document.headings.extend(piece.headings);
        slug_sources.extend(piece.slug_sources);
        document.anchors.extend(piece.anchors);
        document.fragment_links.extend(piece.fragment_links);
        document.prose_links.extend(piece.prose_links);
        document.directives.extend(piece.directives);
    }
    let mut slugger = Slugger::default();
    let mut open: Vec<(usize, u8)> = Vec::new();
    for (index, (heading, source)) in document.headings.iter_mut().zip(&slug_sources).enumerate() {
        while open
            .last()
            .is_some_and(|&(_, level)| level >= heading.level)
        {
            open.pop();
        }
        heading.parent = open.last().map(|&(above, _)| above);
        heading.slug = slugger.unique(source);
        open.push((index, heading.level));
    }
    document
}

struct Builder<'a, 'c> {
    text: &'a str,
    columns: &'c ColumnRoles,
    piece: Piece<'a>,
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
    text: Pieces<'a>,
}

struct OpenTable<'a> {
    table: Table<'a>,
    has_header: bool,
    is_paper_table: bool,
}

struct OpenRow<'a> {
    range: Range<usize>,
    texts: Vec<(usize, CowStr<'a>)>,
    links: Vec<(Span, CowStr<'a>, Pieces<'a>)>,
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
            Tag::Image { .. } => self.image_depth += 1,
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
                text: Pieces::default(),
            }),
            Tag::Table(_) => {
                let heading = self.piece.headings.len().checked_sub(1);
                self.table = Some(OpenTable {
                    table: Table::new(self.text, Span::new(range.start, range.end), heading),
                    has_header: false,
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
        }
    }

    /// The parts of an HTML event outside `<!-- ... -->`, with their offsets;
    /// a comment may span several events.
    fn outside_comments<'h>(&mut self, html: &'h str) -> Vec<(usize, &'h str)> {
        let mut pieces = Vec::new();
        let mut at = 0;
        while at < html.len() {
            if self.in_html_comment {
                match html[at..].find("-->") {
                    Some(end) => {
                        at += end + 3;
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
        let in_paper_row = self.row.is_some()
            && self
                .table
                .as_ref()
                .is_some_and(|t| t.is_paper_table && t.has_header);
        if !in_paper_row && self.text.as_bytes().get(open.start) == Some(&b'[') {
            self.piece.prose_links.push(FragmentLink {
                text: open.text.to_string().trim().to_string(),
                url: open.url.to_string(),
                span,
            });
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
        // A title alone does not make a paper list: a feature matrix keyed by
        // model names has one too.
        let others = roles
            .iter()
            .filter(|r| r.is_some_and(|r| r != super::Role::Title))
            .count();
        open.is_paper_table = roles.contains(&Some(super::Role::Title)) && others > 0;
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
        if let Some(open) = self.table.as_mut().filter(|t| t.is_paper_table) {
            let row = store_row(self.text, open_row, &mut open.table);
            open.table.push_row(row);
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

/// Splits a row into cells, stores its cells and links in the table, and
/// returns where they are.
fn store_row<'a>(text: &'a str, open: OpenRow<'a>, table: &mut Table<'a>) -> RowData {
    let line = line_without_terminator(text, open.range);
    let (raw_cells, has_trailing_pipe) = split_row(text, line);
    let (cells, links, owned) = table.storage();
    let cells_start = cells.len() as u32;
    let mut texts = open.texts.into_iter().peekable();
    for raw in &raw_cells {
        let mut rendered = Pieces::default();
        while let Some((_, piece)) = texts.next_if(|(start, _)| *start < raw.outer.end) {
            rendered.push(piece);
        }
        // Cells past the header's get no events from pulldown-cmark: their raw text stands.
        let rendered = if rendered.is_empty() {
            TextRef::Raw
        } else {
            rendered.finish(text, Some(raw.content), owned)
        };
        cells.push(CellData {
            content: (raw.content.start as u32, raw.content.end as u32),
            rendered,
        });
    }
    let links_start = links.len();
    for (span, url, link_text) in open.links {
        let Some(cell) = raw_cells.iter().position(|c| c.outer.contains(span)) else {
            continue;
        };
        let url = Pieces::one(url).finish(text, None, owned);
        let link_text = link_text.finish(text, None, owned);
        links.push(LinkData {
            span: (span.start as u32, span.end as u32),
            cell: cell as u32,
            text: link_text,
            url,
        });
    }
    add_bare_urls(text, &raw_cells, links, links_start, owned);
    RowData {
        span: (line.start as u32, line.end as u32),
        cells: (cells_start, cells.len() as u32),
        links: (links_start as u32, links.len() as u32),
        has_trailing_pipe,
    }
}

/// Bare URLs are links on GitHub; pulldown-cmark leaves them as text.
fn add_bare_urls(
    text: &str,
    cells: &[super::RawCell],
    links: &mut Vec<LinkData>,
    row_links_start: usize,
    owned: &mut Vec<Box<str>>,
) {
    let parsed: Vec<(u32, u32)> = links[row_links_start..].iter().map(|l| l.span).collect();
    for (index, cell) in cells.iter().enumerate() {
        let raw = cell.content.slice(text);
        if !contains(raw, "http") && !contains(raw, "www.") {
            continue;
        }
        for (start, end) in bare_urls(raw) {
            let (start, end) = (
                (cell.content.start + start) as u32,
                (cell.content.start + end) as u32,
            );
            if parsed.iter().any(|&(s, e)| s <= start && start < e) {
                continue;
            }
            let written = &text[start as usize..end as usize];
            let url = if written.starts_with("www.") {
                owned.push(format!("http://{written}").into());
                TextRef::Owned(owned.len() as u32 - 1)
            } else {
                TextRef::Source(start, end)
            };
            links.push(LinkData {
                span: (start, end),
                cell: index as u32,
                text: TextRef::Source(start, end),
                url,
            });
        }
    }
    links[row_links_start..].sort_by_key(|l| l.span);
}

/// Rendered text arriving in pieces; kept as a slice of the source while
/// the pieces sit side by side there, copied only when they do not.
#[derive(Default)]
struct Pieces<'a> {
    pieces: Vec<CowStr<'a>>,
}

impl<'a> Pieces<'a> {
    fn one(piece: CowStr<'a>) -> Self {
        Pieces {
            pieces: vec![piece],
        }
    }

    fn push(&mut self, piece: CowStr<'a>) {
        self.pieces.push(piece);
    }

    fn is_empty(&self) -> bool {
        self.pieces.is_empty()
    }

    /// Trimmed, as a [`TextRef`]: `Raw` when equal to the `raw` span's text.
    fn finish(self, text: &'a str, raw: Option<Span>, owned: &mut Vec<Box<str>>) -> TextRef {
        if let Some(span) = self.source_span(text) {
            let slice = span.slice(text);
            let start = span.start + (slice.len() - slice.trim_start().len());
            let end = start + slice.trim().len();
            if raw.is_some_and(|r| r.start == start && r.end == end) {
                return TextRef::Raw;
            }
            return TextRef::Source(start as u32, end as u32);
        }
        let joined = self.to_string();
        let trimmed = joined.trim();
        if raw.is_some_and(|r| r.slice(text) == trimmed) {
            return TextRef::Raw;
        }
        owned.push(trimmed.into());
        TextRef::Owned(owned.len() as u32 - 1)
    }

    /// The source span the pieces cover, if they are one contiguous slice of it.
    fn source_span(&self, text: &'a str) -> Option<Span> {
        let base = text.as_ptr() as usize;
        let mut span: Option<Span> = None;
        for piece in &self.pieces {
            let CowStr::Borrowed(s) = piece else {
                return None;
            };
            let start = (s.as_ptr() as usize).checked_sub(base)?;
            let end = start + s.len();
            if end > text.len() {
                return None;
            }
            span = match span {
                None => Some(Span::new(start, end)),
                Some(previous) if previous.end == start => Some(Span::new(previous.start, end)),
                Some(_) => return None,
            };
        }
        span.or(Some(Span::new(0, 0)).filter(|_| self.pieces.is_empty()))
    }
}

impl std::fmt::Display for Pieces<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.pieces.iter().try_for_each(|p| f.write_str(p))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::Knowledge;

    /// Everything the model says, as text, to compare two parses.
    fn summary(document: &Document<'_>) -> String {
        let mut out = String::new();
        for h in &document.headings {
            out.push_str(&format!(
                "H {} {:?} {} {:?} {:?}\n",
                h.level, h.text, h.slug, h.parent, h.span
            ));
        }
        for a in &document.anchors {
            out.push_str(&format!("A {} {:?}\n", a.name, a.span));
        }
        for l in &document.fragment_links {
            out.push_str(&format!("F {} {:?}\n", l.url, l.span));
        }
        for l in &document.prose_links {
            out.push_str(&format!("P {} {:?}\n", l.url, l.span));
        }
        for t in &document.tables {
            out.push_str(&format!(
                "T {:?} {:?} {}\n",
                t.span,
                t.heading,
                t.row_count()
            ));
            for row in t.rows() {
                for cell in row.cells() {
                    out.push_str(&format!("  {:?} {:?}", cell.span(), cell.text()));
                }
                for link in row.links() {
                    out.push_str(&format!("  L {:?} {}", link.span, link.url));
                }
                out.push('\n');
            }
        }
        out
    }

    #[test]
    fn pieces_parsed_apart_make_the_same_document() {
        let seed = include_str!("../../fixtures/nas-seed.md");
        let mut text = String::from("[ref link][r]\n\n");
        for _ in 0..6 {
            text.push_str(seed);
            text.push_str(
                "\n<!--\n\n<a name=\"hidden\"></a>\n\n-->\n\n```\n\n| not | a table |\n\n```\n\n",
            );
        }
        text.push_str("[r]: https://arxiv.org/abs/2001.02525\n");
        let columns = Knowledge::builtin().unwrap().columns;
        let whole = parse_in_pieces(&text, &columns, usize::MAX);
        let pieces = parse_in_pieces(&text, &columns, 4096);
        assert!(chunk_starts(&text, 0, 4096).len() > 10, "the text was cut");
        assert_eq!(summary(&whole), summary(&pieces));
        assert_eq!(whole.tables.len(), 6 * 16);
        assert!(
            whole.headings.iter().any(|h| h.slug == "content-5"),
            "slugs count across pieces"
        );
    }

    #[test]
    fn titles_without_badges() {
        let text = "| Title | Venue |\n|---|---|\n\
                    | [Paper A](https://a.org) ![Star](https://img.shields.io/s.svg) | CVPR 2021 |\n\
                    | [![arXiv](https://img.shields.io/a.svg)](https://arxiv.org/abs/2101.00001) **Paper B** [![Star](https://img.shields.io/s.svg)](https://github.com/a/b) | CVPR 2021 |\n\
                    | Paper ![inline](x.png) C | CVPR 2021 |\n\
                    | ![Star](x.svg) | CVPR 2021 |\n";
        let columns = Knowledge::builtin().unwrap().columns;
        let document = parse(text, &columns);
        let titles: Vec<&str> = document.tables[0]
            .rows()
            .map(|r| r.cell(0).unwrap().text_without_badges())
            .collect();
        // An image inside the title is part of what the reader sees.
        assert_eq!(titles, ["Paper A", "Paper B", "Paper inline C", ""]);
    }
}
