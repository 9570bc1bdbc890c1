//! Venue slips outside tables, in list items and paragraphs: `- Title.
//! Authors. NeuIPS 2021.`, `[PLID'94] [Title](...)`. Only a name written with its year right
//! after it is read, and only a slip the list itself shows to be one: a
//! listed misspelling, or two letters swapped, one typed twice or one left
//! out of a venue the list writes correctly more often elsewhere.

use super::abbreviation;
use super::spelling::closest_spelling;
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::knowledge::text::{lookup_key, venue_slip, Slip};
use crate::knowledge::VenueCell;
use crate::rules::Context;
use crate::span::Span;
use std::collections::HashMap;
use std::sync::LazyLock;

use crate::registry::lint::VENUE_TYPO as META;

/// A name of letters, then its year: four digits (`NeuIPS 2021`,
/// `CVPR2018`, `ICLR-2019`) or two after an apostrophe (`PLID'94`). The
/// character before it is no part of a word, path or address.
static NAME_AND_YEAR: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"(?:^|[^A-Za-z0-9/.#=_&-])([A-Za-z][A-Za-z&]{2,15}(?:[ -]?(?:19|20)[0-9]{2}|\s?['’][0-9]{2}))(?:[^0-9A-Za-z]|$)",
    )
    .expect("valid regex")
});

/// A venue named with its year outside tables: where, and how it reads.
struct Mention {
    span: Span,
    cell: VenueCell,
    text: String,
}

/// Venue slips in the document's text outside tables.
pub(super) fn bullet_slips(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let mentions = prose_mentions(cx);
    if !mentions
        .iter()
        .any(|m| matches!(m.cell, VenueCell::Typo(_)))
    {
        return;
    }
    // How often the text names each venue rightly, and writes each slip.
    let mut known: HashMap<u32, usize> = HashMap::new();
    let mut slips: HashMap<String, usize> = HashMap::new();
    for m in &mentions {
        match &m.cell {
            VenueCell::Known(v) => *known.entry(v.venue).or_default() += 1,
            VenueCell::Typo(v) => *slips.entry(lookup_key(v.written(&m.text))).or_default() += 1,
            _ => {}
        }
    }
    for m in &mentions {
        let VenueCell::Typo(mention) = &m.cell else {
            continue;
        };
        let written = mention.written(&m.text);
        let venue = cx.knowledge.venues.venue(mention.venue);
        if abbreviation::abbreviates(written, venue) || cx.profile.glossary.defines(written) {
            continue;
        }
        let usual = cx.profile.venues.usual_spelling(mention.venue);
        let canonical = usual.unwrap_or_else(|| closest_spelling(venue, written));
        let listed = cx.knowledge.venues.lists_name(written);
        let slip = venue_slip(&lookup_key(written), &lookup_key(canonical));
        let plain_slip = matches!(slip, Some(Slip::Transposed | Slip::Doubled | Slip::Dropped));
        let rightly = known.get(&mention.venue).copied().unwrap_or(0)
            + cx.profile.venues.rows_naming(mention.venue);
        let times = slips.get(&lookup_key(written)).copied().unwrap_or(0);
        if !(listed || (plain_slip && rightly > times)) {
            continue;
        }
        let (from, to) = mention.name_range;
        let name = Span::new(m.span.start + from as usize, m.span.start + to as usize);
        out.push(
            Diagnostic::new(
                META.name,
                META.severity,
                name,
                format!("`{written}` is a misspelling of {canonical}"),
            )
            .with_label(format!("did you mean {canonical}?"))
            .with_help(format!("write `{canonical}`"))
            .with_fix(Some(Fix::safe(vec![Edit::replace(name, canonical)]))),
        );
    }
}

/// Each name with its year in the document's text outside tables,
/// headings, code and HTML comments.
fn prose_mentions(cx: &Context<'_>) -> Vec<Mention> {
    let text = cx.document.text;
    let mut mentions = Vec::new();
    let mut code_blocks = &cx.document.code_blocks[..];
    let mut tables = &cx.document.tables[..];
    let (mut offset, mut in_comment) = (0, false);
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        while code_blocks.first().is_some_and(|b| b.end <= start) {
            code_blocks = &code_blocks[1..];
        }
        let trimmed = line.trim_start();
        let was_in_comment = in_comment;
        if let Some(at) = line.rfind("<!--") {
            in_comment = !line[at..].contains("-->");
        } else if in_comment && line.contains("-->") {
            in_comment = false;
        }
        if code_blocks.first().is_some_and(|b| b.start < offset) || was_in_comment {
            continue;
        }
        // A paper table's rows are the row check's, outer pipes or not.
        while tables.first().is_some_and(|t| t.span.end <= start) {
            tables = &tables[1..];
        }
        let in_table = tables.first().is_some_and(|t| t.span.start <= start);
        if in_table || trimmed.starts_with(['#', '|']) {
            continue;
        }
        for found in NAME_AND_YEAR.captures_iter(line) {
            let Some(group) = found.get(1) else { continue };
            // Inside a code span (written as an example) or a comment.
            let before = &line[..group.start()];
            let opened = before.rfind("<!--").map(|at| at as i64).unwrap_or(-1);
            let closed = before.rfind("-->").map(|at| at as i64).unwrap_or(-1);
            if before.matches('`').count() % 2 == 1 || opened > closed {
                continue;
            }
            let written = group.as_str();
            let cell = cx
                .knowledge
                .venues
                .parse(written, |t| cx.knowledge.is_placeholder(t));
            if matches!(cell, VenueCell::Known(_) | VenueCell::Typo(_)) {
                mentions.push(Mention {
                    span: Span::new(start + group.start(), start + group.end()),
                    cell,
                    text: written.to_string(),
                });
            }
        }
    }
    mentions
}
