//! Markdown -> [`Document`]: the text is cut into pieces (see
//! [`chunk_starts`]), the pieces parse on the shared rayon pool, and
//! [`assemble`] joins them.

use super::builder::{Builder, Piece};
use super::chunks::{chunk_starts, normalise_label, reference_definitions, CHUNK_BYTES};
use super::linked_names::PendingParts;
use super::rebase::Rebase;
use super::slug::Slugger;
use super::{Document, Table};
use crate::knowledge::ColumnRoles;
use crate::span::LineIndex;
use pulldown_cmark::{BrokenLink, CowStr, Options, Parser};
use std::collections::HashMap;
use std::ops::Range;

const BOM: &str = "\u{feff}";

/// Parses `text` into the document model. Column roles come from `columns`;
/// tables without a title column are not kept.
pub fn parse<'a>(text: &'a str, columns: &ColumnRoles) -> Document<'a> {
    parse_in_pieces(text, columns, piece_bytes(text.len())).0
}

/// About this many pieces a thread, on a long text.
const PIECES_PER_THREAD: usize = 16;

/// The longest piece.
const MAX_PIECE_BYTES: usize = 512 << 10;

/// How long the pieces of a text are: [`CHUNK_BYTES`] at least, longer on
/// a long text with few threads to parse it, about [`PIECES_PER_THREAD`]
/// pieces a thread. A piece's vectors are copied into its table's once
/// parsed; a large piece's go back to the system then, where 64 KB pieces
/// left their 17 MB to the allocator, 5 MB of it kept to the end, on a
/// 22 MB list read by two threads. The trees parsed at once (a few times
/// their pieces) stay about a sixteenth of the text's on any pool.
fn piece_bytes(len: usize) -> usize {
    // Only a text long enough to cut asks the pool its size (asking starts it).
    if len <= CHUNK_BYTES {
        return CHUNK_BYTES;
    }
    let threads = rayon::current_num_threads().max(1);
    (len / (threads * PIECES_PER_THREAD)).clamp(CHUNK_BYTES, MAX_PIECE_BYTES)
}

/// Parses in pieces of about `piece_bytes`, long tables cut between rows;
/// says too whether such a cut had to be undone (a table that did not read
/// as one across it), the text then parsed again cut only between blocks.
pub(crate) fn parse_in_pieces<'a>(
    text: &'a str,
    columns: &ColumnRoles,
    piece_bytes: usize,
) -> (Document<'a>, bool) {
    match try_parse(text, columns, piece_bytes, true) {
        Some(document) => (document, false),
        None => {
            let document = try_parse(text, columns, piece_bytes, false)
                .expect("pieces cut between blocks always join");
            (document, true)
        }
    }
}

/// One piece to parse: its range of the text and, when it starts inside a
/// table, that table's header lines.
struct Job {
    range: Range<usize>,
    header: Option<Range<usize>>,
}

fn try_parse<'a>(
    text: &'a str,
    columns: &ColumnRoles,
    piece_bytes: usize,
    in_tables: bool,
) -> Option<Document<'a>> {
    use rayon::prelude::*;
    let body_start = if text.starts_with(BOM) { BOM.len() } else { 0 };
    let cuts = chunk_starts(text, body_start, piece_bytes, in_tables);
    let jobs: Vec<Job> = cuts
        .iter()
        .enumerate()
        .map(|(i, cut)| Job {
            range: cut.start..cuts.get(i + 1).map_or(text.len(), |next| next.start),
            header: cut.table_header.clone(),
        })
        .collect();
    if let [job] = &jobs[..] {
        let piece = parse_piece(text, columns, &HashMap::new(), job);
        return Some(assemble(text, LineIndex::new(text), vec![piece]));
    }
    let definitions = reference_definitions(text);
    let (pieces, lines) = rayon::join(
        || {
            jobs.par_iter()
                .map(|job| parse_piece(text, columns, &definitions, job))
                .collect::<Vec<_>>()
        },
        || LineIndex::new(text),
    );
    let joined = jobs.iter().enumerate().all(|(i, job)| match &job.header {
        Some(header) => i > 0 && reads_as_one(&pieces[i - 1], &pieces[i], header, job.range.start),
        None => true,
    });
    joined.then(|| assemble(text, lines, pieces))
}

/// Whether the table cut at `cut` was read as one table across the cut:
/// the piece before ends inside the table that starts at its header, and
/// the piece after goes on with that table past the cut.
fn reads_as_one(before: &Piece<'_>, after: &Piece<'_>, header: &Range<usize>, cut: usize) -> bool {
    let ends_at_cut = before
        .last_table
        .is_some_and(|t| t.start == header.start && t.end == cut);
    let goes_on = after
        .first_table
        .is_some_and(|t| t.start == header.start && t.end > cut);
    ends_at_cut && goes_on
}

fn parse_piece<'a>(
    text: &'a str,
    columns: &ColumnRoles,
    definitions: &HashMap<String, (String, String)>,
    job: &Job,
) -> Piece<'a> {
    let mut builder = Builder::new(text, columns);
    let range = job.range.clone();
    let Some(header) = job.header.clone() else {
        if let Some(copy) = untabbed_delimiter_rows(&text[range.clone()]) {
            // The same bytes but for spaces in place of tabs: parsed as a
            // copy that starts where the piece does.
            let rebase = Rebase::new(text, &copy, range.start..range.start, range.start);
            parse_rebased(&mut builder, &copy, &rebase, definitions);
            return builder.piece;
        }
        let parser = Parser::new_with_broken_link_callback(
            &text[range.clone()],
            Options::ENABLE_TABLES,
            Some(resolver(definitions)),
        );
        for (event, at) in parser.into_offset_iter() {
            builder.event(event, at.start + range.start..at.end + range.start);
        }
        return builder.piece;
    };
    let mut copy = String::with_capacity(header.len() + range.len());
    copy.push_str(&text[header.clone()]);
    copy.push_str(&text[range.clone()]);
    if let Some(untabbed) = untabbed_delimiter_rows(&copy) {
        copy = untabbed;
    }
    let rebase = Rebase::new(text, &copy, header, range.start);
    parse_rebased(&mut builder, &copy, &rebase, definitions);
    let mut piece = builder.piece;
    // The header's own links, anchors and comments belong to the piece
    // that holds the header.
    let mine = |start: usize| start >= range.start;
    piece.anchors.retain(|a| mine(a.span.start));
    piece.fragment_links.retain(|l| mine(l.span.start));
    piece.prose_links.retain(|l| mine(l.span.start));
    piece.directives.retain(|d| mine(d.span.start));
    piece.continues = true;
    piece
}

/// GitHub takes a tab beside a pipe in a table's delimiter row for a space
/// (`|:---:\t|`); pulldown-cmark does not, and would lose the whole table.
/// A copy of `text` with such tabs written as spaces (the same length, so
/// every offset stays), or `None` when there is none. Tabs that indent the
/// line stay: they make it an indented line, as on GitHub.
fn untabbed_delimiter_rows(text: &str) -> Option<String> {
    // memchr: this reads every piece of every document.
    memchr::memchr(b'\t', text.as_bytes())?;
    let mut copy: Option<Vec<u8>> = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let indent = body.len() - body.trim_start_matches([' ', '\t']).len();
        let rest = &body.as_bytes()[indent..];
        let delimiter_like = rest.contains(&b'\t')
            && rest.contains(&b'-')
            && rest.contains(&b'|')
            && rest
                .iter()
                .all(|&b| matches!(b, b'|' | b':' | b'-' | b' ' | b'\t'));
        if delimiter_like {
            let bytes = copy.get_or_insert_with(|| text.as_bytes().to_vec());
            for b in &mut bytes[at + indent..at + body.len()] {
                if *b == b'\t' {
                    *b = b' ';
                }
            }
        }
        at += line.len();
    }
    copy.map(|bytes| String::from_utf8(bytes).expect("only ASCII tabs were replaced"))
}

/// Resolves `[text][label]` with the whole document's definitions, for a
/// piece that does not hold them.
/// Parses `copy` (a piece rewritten: behind its table's header, or with
/// tabs untabbed) and gives the builder its events at the text's offsets.
fn parse_rebased<'a>(
    builder: &mut Builder<'a, '_>,
    copy: &str,
    rebase: &Rebase<'a>,
    definitions: &HashMap<String, (String, String)>,
) {
    let parser = Parser::new_with_broken_link_callback(
        copy,
        Options::ENABLE_TABLES,
        Some(resolver(definitions)),
    );
    for (event, at) in parser.into_offset_iter() {
        if let Some(event) = rebase.event(event) {
            builder.event(event, rebase.range(at));
        }
    }
}

fn resolver<'d, 'i>(
    definitions: &'d HashMap<String, (String, String)>,
) -> impl FnMut(BrokenLink<'i>) -> Option<(CowStr<'i>, CowStr<'i>)> + 'd {
    |link| {
        definitions
            .get(&normalise_label(&link.reference))
            .map(|(url, title)| (CowStr::from(url.clone()), CowStr::from(title.clone())))
    }
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
        overflow_rows: Vec::new(),
        repeated_rows: Vec::new(),
        code_blocks: Vec::new(),
        directives: Vec::new(),
    };
    let mut slug_sources = Vec::new();
    let mut pending = PendingParts::default();
    // Each table as the parts of it that the pieces hold, in order.
    let mut tables: Vec<Vec<Table<'a>>> = Vec::new();
    for piece in pieces {
        let before = document.headings.len();
        let mut own = piece.tables.into_iter().peekable();
        // A table cut between rows goes on where the previous piece left it.
        if let (true, Some(parts)) = (piece.continues, tables.last_mut()) {
            if let Some(rest) = own.next_if(|t| t.span.start == parts[0].span.start) {
                parts.push(rest);
            }
        }
        for mut table in own {
            table.heading = table.heading.map(|h| h + before).or(before.checked_sub(1));
            tables.push(vec![table]);
        }
        document.headings.extend(piece.headings);
        slug_sources.extend(piece.slug_sources);
        document.anchors.extend(piece.anchors);
        document.fragment_links.extend(piece.fragment_links);
        document.prose_links.extend(piece.prose_links);
        document.directives.extend(piece.directives);
        document.overflow_rows.extend(piece.overflow_rows);
        document.repeated_rows.extend(piece.repeated_rows);
        document.code_blocks.extend(piece.code_blocks);
        pending.append(piece.pending);
    }
    document.tables = tables.into_iter().map(Table::join).collect();
    document.settle_pending_titles(pending);
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

#[cfg(test)]
mod tests;
