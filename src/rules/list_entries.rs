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
//! under headings. A list that writes its papers as paragraphs, not items
//! (`:white_check_mark: [**Title**] [[Paper]](...)`), has them read as
//! items.

use crate::document::{Document, FragmentLink};
use crate::knowledge::Knowledge;
use crate::span::Span;
use entry::EntryKind;
use runs::{items_in_runs, Links, Reading};

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

    /// The short name in bold that opens the item (`RoboCasa-Gen` in `-
    /// **[RoboCasa-Gen](https://robocasa.ai)** — ...`), linked or not: a
    /// project's or resource's name, at most three words.
    pub fn leading_name<'t>(&self, text: &'t str) -> Option<&'t str> {
        self.leading_linked_name(text).map(|(name, _)| name)
    }

    /// The leading name (see [`ListEntry::leading_name`]) and the address
    /// it links, if it is a link.
    pub fn leading_linked_name<'t>(&self, text: &'t str) -> Option<(&'t str, Option<&'t str>)> {
        let item = self.span.slice(text).trim_start();
        let item = item.trim_start_matches(|c: char| c.is_ascii_digit() || "-*+.)".contains(c));
        let inner = item.trim_start().strip_prefix("**")?;
        let name = inner[..inner.find("**")?].trim();
        // `[Name](url)`: the link's text.
        let (name, url) = match name.strip_prefix('[') {
            Some(rest) => {
                let close = rest.find("](")?;
                let url = rest[close + 2..].strip_suffix(')');
                (&rest[..close], url)
            }
            None => (name, None),
        };
        let words = name.split_whitespace().count();
        (1..=LEADING_NAME_WORDS)
            .contains(&words)
            .then_some((name, url))
    }
}

/// Words a name that opens an item has at most.
const LEADING_NAME_WORDS: usize = 3;

/// How many earlier items of one paper a rule compares an item with,
/// nearest first: a paper pasted a thousand times is not compared a
/// million times.
pub const NEAREST_COPIES: usize = 16;

/// The paper entries of the document's list items, in document order.
pub fn list_entries(document: &Document<'_>, knowledge: &Knowledge) -> Vec<ListEntry> {
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
        paragraphs: true,
    };
    let runs = items_in_runs(document, links, all, knowledge);
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
        paragraphs: runs.paragraph_entries >= PARAGRAPH_ENTRIES_OF_A_HABIT,
    };
    let unconfirmed = (!reading.short_bold && count(EntryKind::ShortBold) > 0)
        || (!reading.linkless && count(EntryKind::Linkless) > 0)
        || (!reading.paragraphs && runs.paragraph_entries + runs.paragraphs_held > 0);
    let runs = if unconfirmed {
        items_in_runs(document, links, reading, knowledge)
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

/// Items with a bold title of four words or more a list has at least, two
/// in three of its entries, for its shorter bold titles to be read.
const BOLD_TITLES_OF_A_HABIT: usize = 10;

/// Items with a bold title, authors and no link a list has at least for
/// such items to be read as papers.
const LINKLESS_TITLES_OF_A_HABIT: usize = 5;

/// Paragraphs naming a paper as an item would a list has at least for its
/// paragraphs to be read as entries: a list of paragraph entries
/// (`:white_check_mark: [**Title**] [[Paper]](...)`) is a style, one such
/// paragraph among prose a sentence.
const PARAGRAPH_ENTRIES_OF_A_HABIT: usize = 5;

/// Items with a plain-text title a list has at least for such titles to be
/// read.
const PLAIN_TITLES_OF_A_HABIT: usize = 3;

/// Links written as HTML anchors on the list's lines (`<a
/// href="https://arxiv.org/..."><img src="badge" alt="arXiv 2025"></a>`),
/// which GitHub renders as links and Markdown passes through as HTML.
/// The bare URLs GitHub shows as links outside tables and code
/// (`https://arxiv.org/abs/2110.04236` on an item's own line).
pub(crate) fn bare_url_links(document: &Document<'_>) -> Vec<FragmentLink> {
    let anchors = html_anchors(document);
    let mut written: Vec<&FragmentLink> = document.prose_links.iter().chain(&anchors).collect();
    written.sort_by_key(|l| l.span.start);
    bare_links::bare_url_links(document, &written)
}

pub(crate) fn html_anchors(document: &Document<'_>) -> Vec<FragmentLink> {
    super::prose_lines::prose_lines(document)
        .filter(|line| !line.hidden && (line.text.contains("<a ") || line.text.contains("<A ")))
        .flat_map(|line| crate::document::anchors_as_links(line.text, line.start))
        .collect()
}

mod bare_links;
mod bold_title;
mod cited_link;
mod entry;
mod item_lead;
mod named_link;
mod own_links;
mod plain_title;
mod runs;
mod title_words;

pub(crate) use title_words::is_label;

#[cfg(test)]
mod tests;
