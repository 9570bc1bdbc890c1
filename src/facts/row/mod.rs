//! What a row names: its title, its paper ids, its first arXiv id.

mod authors;
mod ids;

pub use authors::{first_author, other_first_author};
pub(super) use ids::link_ids;

use super::RowFacts;
use crate::document::{Role, Row, Table};
use crate::knowledge::ids::{arxiv_link, ArxivId, ArxivLink, PaperId};

/// Whether links in this column identify the paper. Code links never do:
/// two papers may share one repository.
fn is_paper_column(table: &Table<'_>, column: usize) -> bool {
    matches!(
        table.columns.get(column).and_then(|c| c.role),
        Some(Role::Title | Role::Paper)
    )
}

/// The first valid arXiv id among the row's paper links.
pub fn first_arxiv(table: &Table<'_>, row: Row<'_, '_>) -> Option<ArxivId> {
    row.own_links()
        .filter(|l| is_paper_column(table, l.cell))
        .find_map(|l| match arxiv_link(l.url) {
            Some(ArxivLink::Valid(id)) => Some(id),
            _ => None,
        })
}

/// Every identity of the paper a row names: ids from its links in any
/// column but the code column (lists put arXiv links under "Method" or
/// "Published" too). `facts` are the row's.
pub fn row_paper_ids(table: &Table<'_>, row: Row<'_, '_>, facts: &RowFacts) -> Vec<PaperId> {
    facts.paper_ids.each_once(table, row, |_| true)
}

/// The ids of the links in the row's title, paper and venue columns: the
/// paper's own, where a column of no known role may link another paper (a
/// leaderboard's `Reported by`, the paper whose table gave the numbers).
pub fn row_own_paper_ids(table: &Table<'_>, row: Row<'_, '_>, facts: &RowFacts) -> Vec<PaperId> {
    let venue = table.column(Role::Venue);
    facts.paper_ids.each_once(table, row, |column| {
        is_paper_column(table, column) || Some(column) == venue
    })
}

impl RowFacts {
    /// The row's title, as [`row_title`] reads it; `table` and `row`
    /// are the ones these facts were read from.
    pub fn title<'r>(&self, table: &Table<'_>, row: Row<'r, '_>) -> Option<&'r str> {
        if self.title.is_elsewhere() {
            return row_title(table, row);
        }
        self.title.place().map(|place| row.text_at(place))
    }
}

/// The row's title text, if it has a title cell with text.
pub fn row_title<'r>(table: &Table<'_>, row: Row<'r, '_>) -> Option<&'r str> {
    // `[arXiv](...)` says what kind of link it is, not which paper.
    if row.has_generic_title() {
        return None;
    }
    let cell = row.cell_of(table.column(Role::Title))?;
    let text = cell.text_without_badges();
    // A row kept for a paper to come, `.[[paper]()][[code]()]`: nothing but
    // links without a URL.
    // Borrowed until a link without a URL is cut out: most rows have none.
    let mut rest = std::borrow::Cow::Borrowed(text);
    for link in cell.links() {
        // A title written as a link without a URL is still a title.
        if !crate::knowledge::text::trim(link.url).is_empty()
            || link.text.split_whitespace().count() > 3
        {
            rest = std::borrow::Cow::Borrowed(text);
            break;
        }
        rest = std::borrow::Cow::Owned(rest.replacen(link.text, "", 1));
    }
    if !rest.chars().any(char::is_alphanumeric) {
        return None;
    }
    if let Some(title) = linked_title_before_break(&cell)
        .or_else(|| linked_title_before_mark(&cell))
        .or_else(|| plain_title_before_byline(&cell))
    {
        return Some(title);
    }
    Some(citation_title(text).unwrap_or(text))
}

/// The title of a cell that writes it unlinked, then a line of authors or
/// notes in small or slanted type (`Frequency-Guided Spatial Adaptation
/// ...<br/><sup><sub>*Shizhou Zhang; ...*</sub></sup>`, `**Long-context
/// LLMs Struggle ...**<br><sub>机构: ...<br>summary</sub>`): the text before
/// the break, when it is plain text of three words or more.
fn plain_title_before_byline<'r>(cell: &crate::document::Cell<'r, '_>) -> Option<&'r str> {
    let raw = cell.raw();
    if !raw.contains('<') || cell.links().next().is_some() {
        return None;
    }
    let lower = raw.to_ascii_lowercase();
    let br = lower.find("<br")?;
    let after_break = raw[br..].split_once('>')?.1.trim_start();
    let byline = ["<sup", "<sub", "<i>", "<em", "<small", "*", "_"]
        .iter()
        .any(|mark| after_break.to_ascii_lowercase().starts_with(mark));
    // Bold or slanted as a whole (`**Title**<br><sub>...`), it is the
    // title all the same.
    let title = ["**", "__", "*", "_"]
        .iter()
        .find_map(|mark| {
            let inner = raw[..br].trim().strip_prefix(mark)?.strip_suffix(mark)?;
            Some(crate::knowledge::text::trim(inner))
        })
        .unwrap_or(raw[..br].trim());
    let plain = !title.contains(['*', '_', '[', '<', '`', '\\', '&']);
    (byline && plain && title.split_whitespace().nth(2).is_some()).then_some(title)
}

/// The title of a cell that is its linked title and a mark glued after it
/// (`[Text prior guided ...](...)@TIP`, a list's sign for "accepted by
/// TIP"; `[...](...)*`, "uses a transformer"): the link's text, the mark
/// the list's note on it.
fn linked_title_before_mark<'r>(cell: &crate::document::Cell<'r, '_>) -> Option<&'r str> {
    let (raw, start) = (cell.raw(), cell.span().start);
    let first = cell.links().next()?;
    let before = raw.get(..first.span.start.checked_sub(start)?)?;
    let after = raw.get(first.span.end.checked_sub(start)?..)?.trim();
    let opens = before
        .trim_matches(|c: char| c.is_whitespace() || c == '*' || c == '_')
        .is_empty();
    let mark = !after.is_empty()
        && after.len() <= MARK_BYTES
        && !after.contains(char::is_whitespace)
        && after
            .chars()
            .next()
            .is_some_and(|c| !c.is_alphanumeric() && !"[(<".contains(c));
    (opens && mark && first.text.split_whitespace().nth(2).is_some()).then_some(first.text)
}

/// The longest mark after a linked title read as the list's note.
const MARK_BYTES: usize = 16;

/// The title of a cell that opens with the linked title, or holds it on a
/// line of its own, and goes on after a line break (`[Unlocking Slot Attention ...](...) <br><sub>**MESH:**
/// a cross-attention module ...</sub>`, `[Title](...) <br> Authors`): the
/// link's text. What follows the break describes the paper, and differs
/// between two copies of it.
fn linked_title_before_break<'r>(cell: &crate::document::Cell<'r, '_>) -> Option<&'r str> {
    let (raw, start) = (cell.raw(), cell.span().start);
    // Most titles hold no HTML: one byte search spares reading the links.
    if !raw.contains('<') {
        return None;
    }
    let first = cell.links().next()?;
    let before = raw.get(..first.span.start.checked_sub(start)?)?;
    let after = raw.get(first.span.end.checked_sub(start)?..)?;
    let on_its_line = |text: &str| {
        let text = text.trim_end_matches(|c: char| c.is_whitespace() || c == '*' || c == '_');
        text.is_empty() || ends_with_break(text)
    };
    // A line of words above the link (`Segment Everything Everywhere All
    // at Once <br> [NeurIPS link - Short Video & Abstract](...) <br> Notes`)
    // is the title, and the link a page about it; a venue stacked above
    // the title (`ICLR22 <br />`) is a word or two.
    let opens = on_its_line(before) && words_in_line_before(before) < MIN_TITLE_WORDS;
    let after = after.trim_start_matches(|c: char| c.is_whitespace() || c == '*' || c == '_');
    let breaks = after
        .get(..3)
        .is_some_and(|b| b.eq_ignore_ascii_case("<br"));
    (opens && breaks && first.text.split_whitespace().count() >= MIN_TITLE_WORDS)
        .then_some(first.text)
}

/// The fewest words of a linked title read past a line break.
const MIN_TITLE_WORDS: usize = 3;

/// The words of the line of text that ends at a link (the text between
/// the last two line breaks before it), tags aside.
fn words_in_line_before(before: &str) -> usize {
    let lower = before.to_ascii_lowercase();
    let end = lower.rfind("<br").unwrap_or(before.len());
    let start = lower[..end]
        .rfind("<br")
        .and_then(|i| before[i..end].find('>').map(|j| i + j + 1))
        .unwrap_or(0);
    before[start..end]
        .split_whitespace()
        .filter(|w| !w.starts_with('<') && w.chars().any(char::is_alphanumeric))
        .count()
}

/// Whether the text ends with a line break tag (`<br>`, `<br/>`, `<br />`):
/// what comes before it (`ICLR22 <br />[Title](...)`, a venue stacked above
/// the title) is a line of its own.
fn ends_with_break(text: &str) -> bool {
    let Some(open) = text
        .strip_suffix('>')
        .and_then(|t| t.rfind('<').map(|i| &t[i..]))
    else {
        return false;
    };
    let tag: String = open
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '/')
        .collect();
    tag.eq_ignore_ascii_case("<br")
}

/// The title of a cell written as a citation, `Authors. Title. Venue, year`
/// (`Itahara S, Nishio T, Koda Y. Fedzkt: Zero-shot ... . IEEE Transactions
/// on Mobile Computing, 2021`): two citations by the same authors are two
/// papers when their titles differ. `None` when the text does not start
/// with a list of authors written with initials.
pub fn citation_title(text: &str) -> Option<&str> {
    let authors_end = authors_end(text)?;
    let authors = &text[..authors_end];
    if !is_author_list(authors) {
        return None;
    }
    let rest = text[authors_end + 1..].trim_start();
    // The title ends at the next sentence end: `. `, `? ` or `! `.
    let end = rest
        .match_indices(['.', '?', '!'])
        .map(|(i, m)| i + m.len())
        .find(|&i| rest[i..].starts_with(' '))
        .unwrap_or(rest.len());
    let title = rest[..end].trim_end_matches('.').trim();
    (title.split_whitespace().nth(1).is_some()).then_some(title)
}

/// Whether a word is an initial: one or two capitals, with or without dots
/// (`S`, `HV`, `H.`, `J.-P.`).
fn is_initial(word: &str) -> bool {
    let letters: String = word.chars().filter(|c| !matches!(c, '.' | '-')).collect();
    (1..=2).contains(&letters.chars().count()) && letters.chars().all(char::is_uppercase)
}

/// Where the author list ends: the first `. ` not followed by another
/// initial (`Poor H. V. Tackling ...` ends after `V.`).
fn authors_end(text: &str) -> Option<usize> {
    // Each title is searched: a byte search for the full stop, then the
    // space, spares the set-up of a substring search.
    let bytes = text.as_bytes();
    let mut full_stops =
        memchr::memchr_iter(b'.', bytes).filter(|&i| bytes.get(i + 1) == Some(&b' '));
    full_stops.find(|&i| {
        let next = text[i + 2..].split([' ', ',']).next().unwrap_or("");
        !is_initial(next) && next.chars().count() > 0
    })
}

/// `Itahara S, Nishio T, Koda Y`, `Wang J, Poor H V`, `Smith J. et al`:
/// comma-separated names of one to four words, most of them with an
/// initial, every word starting with a capital (or a particle: `van`).
fn is_author_list(authors: &str) -> bool {
    if authors.len() > 400 {
        return false;
    }
    let mut names = 0;
    let mut with_initial = 0;
    for name in authors.split([',', '&', ';']) {
        let name = crate::knowledge::text::trim(name);
        let name = name.strip_prefix("and ").unwrap_or(name).trim();
        if name.is_empty() || name == "et al" {
            continue;
        }
        let words: Vec<&str> = name.split_whitespace().collect();
        let particle = |w: &str| {
            matches!(
                w,
                "van" | "von" | "de" | "der" | "da" | "di" | "del" | "la" | "le" | "et" | "al"
            )
        };
        if words.len() > 4
            || !words
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) || particle(w))
        {
            return false;
        }
        names += 1;
        if words.len() >= 2 && words.iter().any(|w| is_initial(w)) {
            with_initial += 1;
        }
    }
    names >= 1 && 2 * with_initial > names
}

/// A letter as titles compare it: lower case, and a typographic ligature
/// that PDF copies leave in titles (`Simﬂuence`) spelt out.
pub fn fold_letter(c: char, mut push: impl FnMut(char)) {
    // Most titles are ASCII, whose lower case needs no Unicode tables.
    if c.is_ascii() {
        push(c.to_ascii_lowercase());
        return;
    }
    let spelt = match c {
        '\u{FB00}' => "ff",
        '\u{FB01}' => "fi",
        '\u{FB02}' => "fl",
        '\u{FB03}' => "ffi",
        '\u{FB04}' => "ffl",
        '\u{FB05}' | '\u{FB06}' => "st",
        _ => {
            c.to_lowercase().for_each(push);
            return;
        }
    };
    spelt.chars().for_each(push);
}

/// Lower-case words with punctuation dropped; "β-DARTS++" and "β-DARTS" stay apart.
pub fn title_key(title: &str) -> String {
    let mut key = String::with_capacity(title.len());
    for c in title.chars() {
        if c.is_alphanumeric() {
            fold_letter(c, |l| key.push(l));
        } else if c == '+' {
            key.push('+');
        } else if !key.ends_with(' ') && !key.is_empty() {
            key.push(' ');
        }
    }
    key.truncate(key.trim_end().len());
    key
}

#[cfg(test)]
mod tests;
