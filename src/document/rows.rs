//! A table row's storage: its cells, links and rendered text, kept as
//! slices of the source wherever they are one.

use super::autolinks::each_bare_url;
use super::cells::split_row;
use super::html_links::{html_links, shown_text};
use super::{CellData, LinkData, RowData, Table, TextRef};
use crate::knowledge::text::contains;
use crate::span::Span;
use pulldown_cmark::CowStr;
use std::ops::Range;

/// A table row as the parser met it: its source range, its text pieces and
/// its links, before they are stored.
pub(super) struct OpenRow<'a> {
    pub(super) range: Range<usize>,
    pub(super) texts: Vec<(usize, CowStr<'a>)>,
    pub(super) links: Vec<(Span, CowStr<'a>, TextParts<'a>)>,
    /// Where its images (`![alt](url)`) are: their URLs are no bare URLs.
    pub(super) images: Vec<Span>,
}

/// Splits a row into cells, stores its cells and links in the table, and
/// returns where they are.
pub(super) fn store_row<'a>(text: &'a str, open: OpenRow<'a>, table: &mut Table<'a>) -> RowData {
    let line = line_without_terminator(text, open.range);
    let (raw_cells, has_trailing_pipe) = split_row(text, line);
    let (cells, links, owned) = table.storage();
    let cells_start = cells.len() as u32;
    let mut texts = open.texts.into_iter().peekable();
    for raw in &raw_cells {
        let mut rendered = TextParts::default();
        while let Some((_, piece)) = texts.next_if(|(start, _)| *start < raw.outer.end) {
            rendered.push(piece);
        }
        // Cells past the header's get no events from pulldown-cmark: their raw text stands.
        let rendered = if rendered.is_empty() {
            TextRef::RAW
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
        let url = TextParts::one(url).finish(text, None, owned);
        let link_text = link_text.finish(text, None, owned);
        links.push(LinkData {
            span: (span.start as u32, span.end as u32),
            cell: cell as u32,
            text: link_text,
            url,
        });
    }
    add_html_links(text, &raw_cells, links, owned);
    add_bare_urls(text, &raw_cells, (links, links_start), &open.images, owned);
    RowData {
        span: (line.start as u32, line.end as u32),
        cells: (cells_start, cells.len() as u32),
        links: (links_start as u32, links.len() as u32),
        has_trailing_pipe,
        generic_title: false,
        other_papers: 0,
    }
}

/// HTML anchors are links on GitHub; pulldown-cmark passes them through.
fn add_html_links(
    text: &str,
    cells: &[super::RawCell],
    links: &mut Vec<LinkData>,
    owned: &mut Vec<Box<str>>,
) {
    for (index, cell) in cells.iter().enumerate() {
        let raw = cell.content.slice(text);
        if !raw.contains('<') {
            continue;
        }
        let at = cell.content.start;
        for anchor in html_links(raw) {
            let href = &raw[anchor.href.0..anchor.href.1];
            let url = if href.contains("&amp;") {
                owned.push(href.replace("&amp;", "&").into());
                TextRef::owned(owned.len() as u32 - 1)
            } else {
                TextRef::source((at + anchor.href.0) as u32, (at + anchor.href.1) as u32)
            };
            let content = &raw[anchor.shown.0..anchor.shown.1];
            let shown = shown_text(content);
            let link_text = match content.find(shown.as_str()) {
                Some(i) if !shown.is_empty() => {
                    let start = at + anchor.shown.0 + i;
                    TextRef::source(start as u32, (start + shown.len()) as u32)
                }
                _ => {
                    owned.push(shown.into());
                    TextRef::owned(owned.len() as u32 - 1)
                }
            };
            links.push(LinkData {
                span: ((at + anchor.span.0) as u32, (at + anchor.span.1) as u32),
                cell: index as u32,
                text: link_text,
                url,
            });
        }
    }
}

/// Bare URLs are links on GitHub; pulldown-cmark leaves them as text.
fn add_bare_urls(
    text: &str,
    cells: &[super::RawCell],
    (links, row_links_start): (&mut Vec<LinkData>, usize),
    images: &[Span],
    owned: &mut Vec<Box<str>>,
) {
    // An image's URL is parsed Markdown too: `![stars](https://...)` is a
    // picture, not a link, even where another image follows it unspaced.
    // The parsed links are the row's before any bare URL is added.
    let parsed_links = row_links_start..links.len();
    for (index, cell) in cells.iter().enumerate() {
        let raw = cell.content.slice(text);
        if !contains(raw, "http") && !contains(raw, "www.") {
            continue;
        }
        for (start, end) in each_bare_url(raw) {
            let (start, end) = (
                (cell.content.start + start) as u32,
                (cell.content.start + end) as u32,
            );
            let holds_start = |(s, e): (u32, u32)| s <= start && start < e;
            let parsed = links[parsed_links.clone()]
                .iter()
                .any(|l| holds_start(l.span))
                || (images.iter()).any(|i| holds_start((i.start as u32, i.end as u32)));
            if parsed {
                continue;
            }
            let written = &text[start as usize..end as usize];
            let url = if written.starts_with("www.") {
                owned.push(format!("http://{written}").into());
                TextRef::owned(owned.len() as u32 - 1)
            } else {
                TextRef::source(start, end)
            };
            links.push(LinkData {
                span: (start, end),
                cell: index as u32,
                text: TextRef::source(start, end),
                url,
            });
        }
    }
    links[row_links_start..].sort_by_key(|l| l.span);
}

/// Rendered text arriving in pieces; kept as a slice of the source while
/// the pieces sit side by side there, copied only when they do not. The
/// first piece is held apart: most cells and links have one, and every
/// row's cells and links make one of these each (a list of pieces would
/// be an allocation each).
#[derive(Default)]
pub(super) struct TextParts<'a> {
    first: Option<CowStr<'a>>,
    more: Vec<CowStr<'a>>,
}

impl<'a> TextParts<'a> {
    pub(super) fn one(piece: CowStr<'a>) -> Self {
        TextParts {
            first: Some(piece),
            more: Vec::new(),
        }
    }

    pub(super) fn push(&mut self, piece: CowStr<'a>) {
        if self.first.is_none() {
            self.first = Some(piece);
        } else {
            self.more.push(piece);
        }
    }

    pub(super) fn is_empty(&self) -> bool {
        self.first.is_none()
    }

    fn pieces(&self) -> impl Iterator<Item = &CowStr<'a>> {
        self.first.iter().chain(&self.more)
    }

    /// Trimmed, as a [`TextRef`]: `Raw` when equal to the `raw` span's text.
    pub(super) fn finish(
        self,
        text: &'a str,
        raw: Option<Span>,
        owned: &mut Vec<Box<str>>,
    ) -> TextRef {
        if let Some(span) = self.source_span(text) {
            let slice = span.slice(text);
            let start = span.start + (slice.len() - slice.trim_start().len());
            let end = start + crate::knowledge::text::trim(slice).len();
            if raw.is_some_and(|r| r.start == start && r.end == end) {
                return TextRef::RAW;
            }
            return TextRef::source(start as u32, end as u32);
        }
        let joined = self.to_string();
        let trimmed = crate::knowledge::text::trim(&joined);
        if raw.is_some_and(|r| r.slice(text) == trimmed) {
            return TextRef::RAW;
        }
        owned.push(trimmed.into());
        TextRef::owned(owned.len() as u32 - 1)
    }

    /// The source span the pieces cover, if they are one contiguous slice of it.
    fn source_span(&self, text: &'a str) -> Option<Span> {
        let base = text.as_ptr() as usize;
        let mut span: Option<Span> = None;
        for piece in self.pieces() {
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
        span.or(Some(Span::new(0, 0)).filter(|_| self.is_empty()))
    }
}

impl std::fmt::Display for TextParts<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.pieces().try_for_each(|p| f.write_str(p))
    }
}

pub(super) fn line_without_terminator(text: &str, range: Range<usize>) -> Span {
    let mut end = range.end;
    let bytes = text.as_bytes();
    while end > range.start && matches!(bytes[end - 1], b'\n' | b'\r') {
        end -= 1;
    }
    Span::new(range.start, end)
}
