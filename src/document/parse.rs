//! Markdown -> [`Document`]: the text is cut into pieces (see
//! [`chunk_starts`]), the pieces parse on the shared rayon pool, and
//! [`assemble`] joins them.

use super::builder::{Builder, Piece};
use super::chunks::{chunk_starts, normalise_label, reference_definitions, CHUNK_BYTES};
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
    parse_in_pieces(text, columns, CHUNK_BYTES).0
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
    if !text.contains('\t') {
        return None;
    }
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
        directives: Vec::new(),
    };
    let mut slug_sources = Vec::new();
    let (mut pending_prose, mut pending_overflow) = (Vec::new(), Vec::new());
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
        pending_prose.extend(piece.pending_prose_links);
        pending_overflow.extend(piece.pending_overflow_rows);
    }
    document.tables = tables.into_iter().map(Table::join).collect();
    document.settle_pending_titles(pending_prose, pending_overflow);
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
        for o in &document.overflow_rows {
            out.push_str(&format!(
                "O {:?} {} {:?}\n",
                o.span, o.header_cells, o.extra
            ));
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
        let (whole, _) = parse_in_pieces(&text, &columns, usize::MAX);
        let (pieces, undone) = parse_in_pieces(&text, &columns, 4096);
        assert!(!undone);
        assert!(
            chunk_starts(&text, 0, 4096, true).len() > 10,
            "the text was cut"
        );
        assert_eq!(summary(&whole), summary(&pieces));
        assert_eq!(whole.tables.len(), 6 * 16);
        assert!(
            whole.headings.iter().any(|h| h.slug == "content-5"),
            "slugs count across pieces"
        );
    }

    #[test]
    fn method_tables_cut_between_rows_are_settled_as_one() {
        // One table whose Method column links papers, one whose does not:
        // each is kept or dropped whole, however it was cut.
        let mut text = String::new();
        for (name, host) in [("Kept", "arxiv.org/abs"), ("Dropped", "example.com")] {
            text.push_str(&format!(
                "## {name}\n\n| Method | Pub | Date | Notes |\n|---|---|---|---|\n"
            ));
            for i in 0..300 {
                text.push_str(&format!(
                    "| [M{i}](https://{host}/2311.{i:05}) | CVPR'24 | 2023.11.{} | [note](https://example.org/{i}) |\n",
                    i % 28 + 1
                ));
            }
            text.push_str("| [X](https://example.org/x) | a | b | c | surplus |\n\n");
        }
        let columns = Knowledge::builtin().unwrap().columns;
        let (whole, _) = parse_in_pieces(&text, &columns, usize::MAX);
        assert_eq!(whole.tables.len(), 1);
        assert_eq!(whole.tables[0].row_count(), 301);
        assert_eq!(whole.prose_links.len(), 2 * 300 + 1);
        assert_eq!(whole.overflow_rows.len(), 1);
        for piece_bytes in [700, 4096] {
            let (pieces, undone) = parse_in_pieces(&text, &columns, piece_bytes);
            assert!(!undone);
            assert_eq!(summary(&whole), summary(&pieces), "{piece_bytes}");
        }
    }

    #[test]
    fn long_tables_cut_between_rows_make_the_same_document() {
        let text = crate::document::testing::long_tables();
        let columns = Knowledge::builtin().unwrap().columns;
        let (whole, _) = parse_in_pieces(&text, &columns, usize::MAX);
        assert_eq!(chunk_starts(&text, 0, usize::MAX, true).len(), 1);
        for piece_bytes in [1, 700, 4096] {
            let cuts = chunk_starts(&text, 0, piece_bytes, true);
            assert!(
                cuts.iter().filter(|c| c.table_header.is_some()).count() > 5,
                "tables were cut between rows"
            );
            let (pieces, undone) = parse_in_pieces(&text, &columns, piece_bytes);
            assert!(!undone, "every cut read as one table");
            assert_eq!(summary(&whole), summary(&pieces), "pieces of {piece_bytes}");
        }
        assert_eq!(whole.tables[0].row_count(), 4 * 85);
        // Only the contest rows with a surplus cell, each once.
        assert_eq!(whole.overflow_rows.len(), 300 / 37 + 1);
        assert!(whole.overflow_rows.iter().all(|o| o.header_cells == 3
            && o.extra.len() == 1
            && o.extra[0].slice(&text).starts_with("[Top1]")));
    }

    #[test]
    fn a_cut_that_does_not_read_as_one_table_is_undone() {
        // The delimiter line has fewer cells than the header: no table at
        // all, though the cutter takes it for one.
        let mut text = String::from("| A | B |\n|---|\n");
        for i in 0..50 {
            text.push_str(&format!("| [P{i}](https://a.org/{i}) | x |\n"));
        }
        let columns = Knowledge::builtin().unwrap().columns;
        let (whole, _) = parse_in_pieces(&text, &columns, usize::MAX);
        let (pieces, undone) = parse_in_pieces(&text, &columns, 64);
        assert!(undone);
        assert_eq!(summary(&whole), summary(&pieces));
    }

    #[test]
    fn a_tab_beside_a_pipe_in_the_delimiter_row_keeps_the_table() {
        // As a human-motion list writes two of its tables; GitHub renders them.
        let mut text = String::from(
            "Intro\n\n|  **Date**  \t| **Title** \t| **Venue** \t|\n|:----:\t|:----:\t|:----:\t|\n",
        );
        for i in 0..40 {
            text.push_str(&format!(
                "| 2023 01 {:02} \t| [Paper {i}](https://arxiv.org/abs/2301.{i:05}) \t| CVPR 2024 \t|\n",
                i % 28 + 1
            ));
        }
        let columns = Knowledge::builtin().unwrap().columns;
        let whole = parse(&text, &columns);
        assert_eq!(whole.tables.len(), 1);
        assert_eq!(whole.tables[0].row_count(), 40);
        // Cells borrow the document's own bytes, tabs and all.
        let first = whole.tables[0].rows().next().unwrap();
        assert_eq!(first.cell(1).unwrap().text_without_badges(), "Paper 0");
        // Cut between rows, the pieces read the same table.
        for piece_bytes in [1, 300] {
            let (pieces, undone) = parse_in_pieces(&text, &columns, piece_bytes);
            assert!(!undone, "{piece_bytes}");
            assert_eq!(summary(&whole), summary(&pieces), "{piece_bytes}");
        }
        // A tab that indents the delimiter row makes it no table, as on GitHub.
        let indented = "| Title | Venue |\n\t|---|---|\n| [A](https://a.org) | CVPR |\n";
        assert!(parse(indented, &columns).tables.is_empty());
        // Other text keeps its tabs.
        assert_eq!(untabbed_delimiter_rows("a\tb\n|-x\t|\n"), None);
        assert_eq!(
            untabbed_delimiter_rows("| A |\n|---\t|\n").as_deref(),
            Some("| A |\n|--- |\n")
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
