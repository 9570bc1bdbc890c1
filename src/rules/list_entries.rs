//! Papers listed as list items rather than table rows (`- [Title](link),
//! CVPR 2023`, `1. **Title** [[paper](...)]`): what the duplicate and
//! shared-link checks read where a list has no paper tables.
//!
//! Only items that plainly name a paper are read: a title of four words or
//! more, written as a link's text, in bold or in quotes (or, in a list that
//! writes its titles so, as the item's plain leading text or a short bold
//! text), and a link. Items
//! are grouped into runs: a heading, a table, a paragraph, an HTML block, a
//! category item (one that names no paper) or a step back to a shallower
//! item ends a run, since lists file papers under such dividers as they do
//! under headings.

use crate::document::{Document, FragmentLink};
use crate::knowledge::VenueBook;
use crate::span::Span;
use entry::{entry_of, first_paper_link, links_within, EntryKind, Named};

/// A paper named by a list item.
pub struct ListEntry {
    /// The item's lines, from its marker to its last continuation line.
    pub span: Span,
    /// The run of items it sits in: entries of one run share it.
    pub run: usize,
    pub title: String,
    pub title_span: Span,
    /// The link the title names, or else the item's first paper link.
    pub paper_link: Option<FragmentLink>,
    /// Whether the title is the item's plain leading text, marked by
    /// nothing but its place.
    pub in_plain_text: bool,
    /// The bare URLs on the item's lines, which GitHub shows as links.
    pub bare_links: Vec<FragmentLink>,
}

impl ListEntry {
    /// The paper ids of the link the title names.
    pub fn paper_ids(&self) -> Vec<crate::knowledge::ids::PaperId> {
        self.paper_link
            .as_ref()
            .map(|l| crate::knowledge::ids::paper_ids(&l.url))
            .unwrap_or_default()
    }

    /// Whether the item's links name one arXiv paper and no other: an item
    /// that cites a second one (`built on [DDPM](...)`) does not say which
    /// its year or its other copies are.
    pub fn links_one_arxiv_paper(&self, document: &Document<'_>) -> bool {
        let links = &document.prose_links;
        let first = links.partition_point(|l| l.span.start < self.span.start);
        let ids: std::collections::HashSet<crate::knowledge::ids::PaperId> = links[first..]
            .iter()
            .take_while(|l| l.span.end <= self.span.end)
            .chain(&self.bare_links)
            .flat_map(|l| crate::knowledge::ids::paper_ids(&l.url))
            .filter(|id| matches!(id, crate::knowledge::ids::PaperId::Arxiv(_)))
            .collect();
        ids.len() == 1
    }
}

/// The indentation of a list item's line: spaces or tabs, a marker (`-`,
/// `*`, `+`, or a number of one to four digits and `.` or `)`), spaces,
/// then text.
fn item_indent(line: &str) -> Option<&str> {
    let text = &line[after_marker(line)?..];
    let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
    text.starts_with(|c: char| !c.is_whitespace())
        .then_some(&line[..indent])
}

/// Where `line`'s list marker (`-`, `*`, `+`, `1.`, `12)`, after spaces or
/// tabs) and the spaces after it end. Read by hand: this runs on every
/// line, and a pattern would cost more to build than a short list takes
/// to read.
fn after_marker(line: &str) -> Option<usize> {
    let bytes = line.as_bytes();
    let is_space = |b: &u8| matches!(b, b' ' | b'\t');
    let indent = bytes.iter().take_while(|b| is_space(b)).count();
    let marker = match bytes.get(indent)? {
        b'-' | b'*' | b'+' => 1,
        _ => {
            let digits = bytes[indent..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
            if !(1..=4).contains(&digits)
                || !matches!(bytes.get(indent + digits), Some(b'.' | b')'))
            {
                return None;
            }
            digits + 1
        }
    };
    let spaces = bytes[indent + marker..]
        .iter()
        .take_while(|b| is_space(b))
        .count();
    (spaces > 0).then_some(indent + marker + spaces)
}

/// How many earlier items of one paper a rule compares an item with,
/// nearest first: a paper pasted a thousand times is not compared a
/// million times.
pub const NEAREST_COPIES: usize = 16;

/// The paper entries of the document's list items, in document order.
pub fn list_entries(document: &Document<'_>, venues: &VenueBook) -> Vec<ListEntry> {
    let anchors = html_anchors(document);
    let mut links: Vec<&FragmentLink> = document
        .prose_links
        .iter()
        .chain(&anchors)
        .filter(|l| !l.url.starts_with('#'))
        .collect();
    links.sort_by_key(|l| l.span.start);
    let bare = bare_links::bare_url_links(document, &links);
    let bare: Vec<&FragmentLink> = bare.iter().collect();
    let mut shown: Vec<&FragmentLink> = links.iter().chain(&bare).copied().collect();
    shown.sort_by_key(|l| l.span.start);
    let links = Links {
        written: &links,
        bare: &bare,
        shown: &shown,
    };
    // A list whose items open with bold titles by habit writes its short
    // titles so too (`1. **Contrastive Multiview Coding** *Authors*`), and
    // one that cites papers without links by habit lists them so; in any
    // other list, such items are read again as no entries.
    let all = Reading {
        short_bold: true,
        linkless: true,
    };
    let runs = items_in_runs(document, links, all, venues);
    let count = |kind: EntryKind| runs.kinds.iter().filter(|&&k| k == kind).count();
    let long_bold = runs
        .entries
        .iter()
        .zip(&runs.kinds)
        .filter(|(e, &k)| {
            k != EntryKind::ShortBold && e.title_span.slice(document.text).starts_with(['*', '_'])
        })
        .count();
    let reading = Reading {
        short_bold: long_bold >= BOLD_TITLES_OF_A_HABIT && 3 * long_bold >= 2 * runs.entries.len(),
        linkless: count(EntryKind::Linkless) >= LINKLESS_TITLES_OF_A_HABIT,
    };
    let unconfirmed = (!reading.short_bold && count(EntryKind::ShortBold) > 0)
        || (!reading.linkless && count(EntryKind::Linkless) > 0);
    let runs = if unconfirmed {
        items_in_runs(document, links, reading, venues)
    } else {
        runs
    };
    let mut entries = runs.entries;
    // A list names its papers in plain text by habit, not once: one such
    // item among others is more likely a note than a title.
    if entries.iter().filter(|e| e.in_plain_text).count() < PLAIN_TITLES_OF_A_HABIT {
        entries.retain(|e| !e.in_plain_text);
    }
    entries
}

/// The links of the list's lines: those written as Markdown or HTML,
/// which shape its items, the bare URLs GitHub shows as links too, and
/// both together, which name an item's paper. Each sorted by its start.
#[derive(Clone, Copy)]
struct Links<'l> {
    written: &'l [&'l FragmentLink],
    bare: &'l [&'l FragmentLink],
    shown: &'l [&'l FragmentLink],
}

/// Which titles that only a list's habit confirms are read.
#[derive(Default, Clone, Copy)]
struct Reading {
    short_bold: bool,
    linkless: bool,
}

/// The list items of the document read into entries and runs, with the
/// titles `reading` allows.
fn items_in_runs(
    document: &Document<'_>,
    links: Links<'_>,
    reading: Reading,
    venues: &VenueBook,
) -> Runs {
    let mut runs = Runs {
        reading,
        ..Runs::default()
    };
    let mut after_blank = false;
    for line in super::prose_lines::prose_lines(document) {
        let text = line.text.trim_end_matches(['\n', '\r']);
        let end = line.start + text.len();
        let blank = text.trim().is_empty();
        if line.hidden {
            runs.close(document, links, venues);
            runs.divide();
        } else if blank {
        } else if let Some(item) = item_indent(text) {
            let indent = indent_of(item);
            let span = Span::new(line.start, end);
            match runs.open.as_mut() {
                // `- **Title**` then `  - Authors` and `  - [[Paper]](...)`:
                // nested items of no link or of labels only are the item's
                // own lines.
                Some(open) if indent > open.indent && own_lines(document, links.written, span) => {
                    open.span = Span::new(open.span.start, end);
                }
                _ => {
                    runs.close(document, links, venues);
                    runs.open = Some(OpenItem { span, indent });
                }
            }
        } else if let Some(open) = runs
            .open
            .as_mut()
            // After a blank line, only a paragraph indented under the
            // item is still the item's (its authors, its links).
            .filter(|open| !after_blank || indent_of(text) > open.indent)
            // An HTML block or a quote at the item's own indentation ends
            // the item (`<details>` right under it, in CommonMark).
            .filter(|open| {
                !(text.trim_start().starts_with(['<', '>']) && indent_of(text) <= open.indent)
            })
        {
            open.span = Span::new(open.span.start, end);
        } else {
            runs.close(document, links, venues);
            // A paragraph between items; an indented one is a nested
            // item's second paragraph.
            if runs.last_indent.is_none_or(|last| indent_of(text) <= last) {
                runs.divide();
            }
        }
        after_blank = blank;
    }
    runs.close(document, links, venues);
    runs
}

/// Whether the nested item at `span` holds its parent's details: no link
/// (its authors), or links labelled only (`[[Paper]](...)`, `[Code](...)`,
/// `[[TensorFlow code]](...)`) with nothing else but marks and bracketed
/// labels (`[[No released code]]`). A link under a name (`- [ENAS](...)`,
/// `- ResNet [pdf](...)`) is a paper of its own, filed under its parent.
fn own_lines(document: &Document<'_>, links: &[&FragmentLink], span: Span) -> bool {
    let own = links_within(links, span);
    if own.is_empty() {
        return true;
    }
    let labels = own.iter().all(|l| title_words::is_resource_label(&l.text));
    // The line without its links and its marker: marks alone are left.
    let mut rest = String::new();
    let mut at = span.start;
    for link in own {
        // Links never overlap as read; should two ever, none is cut.
        if link.span.start > at {
            rest.push_str(&document.text[at..link.span.start]);
        }
        at = at.max(link.span.end);
    }
    rest.push_str(document.text.get(at..span.end).unwrap_or(""));
    let rest = without_bracketed_labels(&rest);
    let after_marker = rest
        .trim_start()
        .trim_start_matches(|c: char| c.is_ascii_digit());
    labels && after_marker.chars().all(|c| !c.is_alphanumeric())
}

/// `text` without the bracketed labels it holds outside links (`[[No
/// released code]]`): a list's note that a resource is missing.
fn without_bracketed_labels(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('[') {
        return text.into();
    }
    let mut kept = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        kept.push_str(&rest[..open]);
        let group = &rest[open..];
        let inner_start = group.len() - group.trim_start_matches('[').len();
        let Some(close) = group[inner_start..].find(']') else {
            kept.push_str(group);
            return kept.into();
        };
        let inner = &group[inner_start..inner_start + close];
        let end = inner_start + close + group[inner_start + close..].len()
            - group[inner_start + close..].trim_start_matches(']').len();
        if !title_words::is_resource_label(inner) {
            kept.push_str(&group[..end]);
        }
        rest = &group[end..];
    }
    kept.push_str(rest);
    kept.into()
}

/// Items with a bold title of four words or more a list has at least, two
/// in three of its entries, for its shorter bold titles to be read.
const BOLD_TITLES_OF_A_HABIT: usize = 10;

/// Items with a bold title, authors and no link a list has at least for
/// such items to be read as papers.
const LINKLESS_TITLES_OF_A_HABIT: usize = 5;

/// Items with a plain-text title a list has at least for such titles to be
/// read.
const PLAIN_TITLES_OF_A_HABIT: usize = 3;

/// Links written as HTML anchors on the list's lines (`<a
/// href="https://arxiv.org/..."><img src="badge" alt="arXiv 2025"></a>`),
/// which GitHub renders as links and Markdown passes through as HTML.
fn html_anchors(document: &Document<'_>) -> Vec<FragmentLink> {
    super::prose_lines::prose_lines(document)
        .filter(|line| !line.hidden && (line.text.contains("<a ") || line.text.contains("<A ")))
        .flat_map(|line| crate::document::anchors_as_links(line.text, line.start))
        .collect()
}

#[derive(Default)]
struct Runs {
    entries: Vec<ListEntry>,
    /// For each entry, how it gave its title.
    kinds: Vec<EntryKind>,
    reading: Reading,
    open: Option<OpenItem>,
    run: usize,
    /// The indentation of the last entry of the current run.
    last_indent: Option<usize>,
}

struct OpenItem {
    span: Span,
    indent: usize,
}

impl Runs {
    fn divide(&mut self) {
        self.run += 1;
        self.last_indent = None;
    }

    fn close(&mut self, document: &Document<'_>, all: Links<'_>, venues: &VenueBook) {
        let Some(item) = self.open.take() else {
            return;
        };
        let links = all.shown;
        let reading = self.reading;
        let entry = entry_of(document, links, item.span, venues).filter(|named| match named.kind {
            EntryKind::Usual => true,
            EntryKind::ShortBold => reading.short_bold,
            EntryKind::Linkless => reading.linkless,
        });
        match entry {
            Some(Named {
                title,
                title_span,
                paper_link,
                in_plain_text,
                kind,
            }) => {
                if self.last_indent.is_some_and(|last| item.indent < last) {
                    self.divide();
                }
                self.last_indent = Some(item.indent);
                self.entries.push(ListEntry {
                    span: item.span,
                    run: self.run,
                    title,
                    title_span,
                    paper_link,
                    in_plain_text,
                    bare_links: links_within(all.bare, item.span)
                        .iter()
                        .map(|&l| l.clone())
                        .collect(),
                });
                self.kinds.push(kind);
            }
            // A nested item that names no paper (`- [code](...)`) belongs
            // to the entry above it; an item that links a paper under a
            // short name (`- [BERT](arxiv ...)`) is an entry too short to
            // read, one with a plain title and its code a paper without its
            // link, one whose link's text is a title in Chinese or Japanese
            // a work filed among the papers; any other one is a category.
            None if self.last_indent.is_some_and(|last| item.indent > last) => {}
            None if links_a_paper(links, item.span) => {}
            None if entry::titled_without_paper_link(document, links, item.span, venues) => {}
            None if links_within(links, item.span)
                .first()
                .is_some_and(|l| title_words::is_cjk_title(&l.text)) => {}
            None => self.divide(),
        }
    }
}

/// Whether one of the links in `span` names a paper by an id.
fn links_a_paper(links: &[&FragmentLink], span: Span) -> bool {
    first_paper_link(links_within(links, span)).is_some()
}

/// Tabs count as four columns, as Markdown reads them.
fn indent_of(text: &str) -> usize {
    text.chars()
        .take_while(|c| matches!(c, ' ' | '\t'))
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum()
}

mod bare_links;
mod bold_title;
mod cited_link;
mod entry;
mod item_lead;
mod plain_title;
mod title_words;

#[cfg(test)]
mod tests;
