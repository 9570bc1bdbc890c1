//! The list read line by line into items, and items into runs: what
//! divides one run of a list's papers from the next.

use super::entry::{
    attributed_work, cited_without_link, entry_of, first_paper_link, links_within,
    quoted_without_paper_link, short_bold_with_authors, titled_without_paper_link, EntryKind,
    Named,
};
use super::named_link::names_a_work;
use super::{title_words, ListEntry};
use crate::document::{Document, FragmentLink};
use crate::knowledge::{ColumnRoles, Knowledge, VenueBook};
use crate::span::Span;

/// The links of the list's lines: those written as Markdown or HTML,
/// which shape its items, the bare URLs GitHub shows as links too, and
/// both together, which name an item's paper. Each sorted by its start.
#[derive(Clone, Copy)]
pub(super) struct Links<'l> {
    pub(super) written: &'l [&'l FragmentLink],
    pub(super) bare: &'l [&'l FragmentLink],
    pub(super) shown: &'l [&'l FragmentLink],
}

/// Which titles that only a list's habit confirms are read.
#[derive(Default, Clone, Copy)]
pub(super) struct Reading {
    pub(super) short_bold: bool,
    pub(super) linkless: bool,
    /// Paragraphs that open as an item would (`:white_check_mark:
    /// [**Title**] [[Paper]](...)`, `**Title.** TITS 2020. [paper](...)`).
    pub(super) paragraphs: bool,
}

/// The list items of the document read into entries and runs, with the
/// titles `reading` allows.
pub(super) fn items_in_runs(
    document: &Document<'_>,
    links: Links<'_>,
    reading: Reading,
    knowledge: &Knowledge,
) -> Runs {
    let venues = &knowledge.venues;
    let mut runs = Runs {
        reading,
        ..Runs::default()
    };
    let mut after_blank = false;
    let mut in_note = false;
    // The number of the last item opened, if the list is numbered, and of
    // the item a note was written under.
    let mut item_number: Option<u32> = None;
    let mut note_after: Option<u32> = None;
    // Inside an element the page never shows (an entry's BibTeX in a
    // `<div style="display: none;">`): its closing tag, the blank line that
    // ends its HTML block, or a heading ends it.
    let mut hidden_until: Option<String> = None;
    for line in crate::rules::prose_lines::prose_lines(document) {
        let text = line.text.trim_end_matches(['\n', '\r']);
        let end = line.start + text.len();
        let blank = text.trim().is_empty();
        if let Some(closing) = hidden_until.take() {
            if !line.hidden {
                if !blank && !text.to_ascii_lowercase().contains(&closing) {
                    hidden_until = Some(closing);
                }
                after_blank = blank;
                continue;
            }
        }
        let quote = text.trim_start().starts_with('>');
        let note_goes_on = std::mem::take(&mut in_note);
        if line.hidden {
            runs.close(document, links, venues);
            runs.divide();
            note_after = None;
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
                    // After a note, the list goes on only where its
                    // numbering does (a number skipped by hand too: `4.`,
                    // a note, `6.`): a quote in a list of bullets, or one
                    // after which the count starts again, divides it.
                    let number = ordered_number(text);
                    if note_after
                        .take()
                        .is_some_and(|n| number.is_none_or(|number| number <= n))
                    {
                        runs.divide();
                    }
                    item_number = number;
                    runs.open = Some(OpenItem {
                        span,
                        indent,
                        paragraph: false,
                    });
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
        } else if let Some(wrapper) = html_wrapper(text, &knowledge.columns) {
            // `<details>`, `<summary> more </summary>`, `</div>`: a fold or
            // a wrapper around the list's items ends an item, not the run.
            runs.close(document, links, venues);
            note_after = None;
            hidden_until = match wrapper {
                Wrapper::Hidden { closing } if !text.to_ascii_lowercase().contains(&closing) => {
                    Some(closing)
                }
                _ => None,
            };
        } else if !after_blank
            && ((quote && runs.open.is_some() && item_number.is_some())
                || (note_goes_on && (quote || continues_a_quote(text))))
        {
            if !note_goes_on {
                note_after = item_number;
            }
            // `> * Only GPT3 is used ...` at the margin right under an
            // item: CommonMark ends the list there, but the list's
            // numbering runs on after it. A note on the item above, which
            // ends that item and not the run.
            runs.close(document, links, venues);
            in_note = true;
        } else {
            runs.close(document, links, venues);
            note_after = None;
            // A paragraph between items; an indented one is a nested
            // item's second paragraph.
            let indent = indent_of(text);
            if runs.last_indent.is_none_or(|last| indent <= last) {
                if reading.paragraphs && !text.trim_start().starts_with(['<', '>']) {
                    // Read as an item: an entry joins the run, any other
                    // paragraph ends it when closed.
                    runs.open = Some(OpenItem {
                        span: Span::new(line.start, end),
                        indent,
                        paragraph: true,
                    });
                } else {
                    runs.divide();
                }
            }
        }
        after_blank = blank;
    }
    runs.close(document, links, venues);
    runs
}

/// An HTML line among a list's items that names nothing of its own.
enum Wrapper {
    /// Tags alone (`<details>`, `</div>`, `<p align="center">`) or a fold's
    /// label that only says there is more (`<summary> more </summary>`).
    Shown,
    /// The start of an element the page never shows (`<div id="li05"
    /// style="display: none;" class="bibtex">@inproceedings{li05,`), and
    /// the tag that closes it (`</div`).
    Hidden { closing: String },
}

/// Whether an HTML line is a wrapper around the list's items rather than a
/// heading or a topic (`<h3>Detection</h3>`, `<summary>Detection</summary>`).
fn html_wrapper(text: &str, columns: &ColumnRoles) -> Option<Wrapper> {
    let line = text.trim();
    let first_tag = &line[..=line.find('>')?];
    // A tag's name is letters and digits (`<div`, `</details`): an
    // autolink (`<https://...>`) is a paragraph's text.
    let name_and_rest = first_tag
        .strip_prefix("</")
        .or_else(|| first_tag.strip_prefix('<'))?;
    let name_end = name_and_rest
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(name_and_rest.len());
    if name_end == 0 || !name_and_rest[name_end..].starts_with([' ', '\t', '>', '/']) {
        return None;
    }
    let tag = first_tag.to_ascii_lowercase();
    let squeezed: String = tag.chars().filter(|c| !c.is_whitespace()).collect();
    if squeezed.contains("display:none")
        || tag
            .split(|c: char| c.is_whitespace() || c == '>')
            .any(|word| word == "hidden")
    {
        let name: String = tag[1..]
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        return Some(Wrapper::Hidden {
            closing: format!("</{name}"),
        });
    }
    let mut words = String::new();
    let mut rest = line;
    while let Some(open) = rest.find('<') {
        words.push_str(&rest[..open]);
        rest = rest[open..]
            .find('>')
            .map_or("", |close| &rest[open + close + 1..]);
    }
    words.push_str(rest);
    // A rule (`<hr>`) divides the list as `---` does.
    let says_nothing = !words.chars().any(char::is_alphanumeric) && !squeezed.starts_with("<hr");
    let folds_more =
        line.to_ascii_lowercase().contains("<summary") && columns.is_fold_label(&words);
    (says_nothing || folds_more).then_some(Wrapper::Shown)
}

/// The number of an ordered list's item (`12. Title`, `3) Title`).
fn ordered_number(line: &str) -> Option<u32> {
    let text = line.trim_start_matches([' ', '\t']);
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let marked = matches!(text.as_bytes().get(digits), Some(b'.' | b')'));
    (1..=4)
        .contains(&digits)
        .then(|| text[..digits].parse().ok())
        .flatten()
        .filter(|_| marked)
}

/// Whether a line right under a quote's line goes on with its paragraph,
/// as CommonMark reads a line without the `>` (`(LLMs).` after a quote
/// broken by hand): not a heading, an HTML block, a table, a fence or a
/// thematic break.
fn continues_a_quote(text: &str) -> bool {
    !text
        .trim_start()
        .starts_with(['#', '<', '|', '`', '~', '=', '-', '*', '_'])
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
pub(super) fn after_marker(line: &str) -> Option<usize> {
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

#[derive(Default)]
pub(super) struct Runs {
    pub(super) entries: Vec<ListEntry>,
    /// For each entry, how it gave its title.
    pub(super) kinds: Vec<EntryKind>,
    reading: Reading,
    open: Option<OpenItem>,
    run: usize,
    /// The indentation of the last entry of the current run.
    last_indent: Option<usize>,
    /// How many entries are paragraphs, not list items.
    pub(super) paragraph_entries: usize,
    /// How many paragraphs that name no paper kept the run going.
    pub(super) paragraphs_held: usize,
}

struct OpenItem {
    span: Span,
    indent: usize,
    /// A paragraph read as an item.
    paragraph: bool,
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
        let entry = entry_of(document, links, item.span, venues)
            .filter(|named| match named.kind {
                EntryKind::Usual => true,
                EntryKind::ShortBold => reading.short_bold,
                EntryKind::Linkless => reading.linkless,
            })
            // A paragraph names a paper only as plainly as can be: a long
            // title marked as one (a link's text, bold, quotes), and a link
            // (a plain leading title needs a list marker).
            .filter(|named| !item.paragraph || named.kind == EntryKind::Usual);
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
                self.paragraph_entries += usize::from(item.paragraph);
            }
            // A paragraph that links a paper under a short name is an
            // entry too short to read; any other is prose between runs.
            None if item.paragraph && !links_a_paper(links, item.span) => self.divide(),
            None if item.paragraph => self.paragraphs_held += 1,
            // A nested item that names no paper (`- [code](...)`) belongs
            // to the entry above it; an item that links a paper under a
            // short name (`- [BERT](arxiv ...)`) is an entry too short to
            // read, one with a plain title and its code a paper without its
            // link, one whose link's text is a title in Chinese or Japanese
            // a work filed among the papers; any other one is a category.
            None if self.last_indent.is_some_and(|last| item.indent > last) => {}
            None if links_a_paper(links, item.span) => {}
            None if self.last_indent.is_none_or(|last| item.indent >= last)
                && names_a_work(document, links_within(links, item.span), item.span) => {}
            None if titled_without_paper_link(document, links, item.span, venues) => {}
            None if attributed_work(document, item.span) => {}
            None if quoted_without_paper_link(document, links, item.span) => {}
            None if cited_without_link(links, document.text, item.span, venues) => {}
            None if short_bold_with_authors(links, document.text, item.span) => {}
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
