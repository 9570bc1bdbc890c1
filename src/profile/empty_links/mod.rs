//! Empty link destinations the list writes on purpose.
//!
//! `[Code]()` is usually a slip, but many lists write an empty URL as their
//! way of saying "not out yet": `[Coming soon]()`, `[Code link]()` in every
//! row without code, a badge wrapped in a link to nowhere. Such links are
//! the list's convention, not malformed links. So is a script's word for
//! "no value" typed as the URL in every row without code (`[code](None)`).

use crate::document::{Document, Link};
use crate::knowledge::text::{edit_distance, fold_spaces_and_case, fold_spaces_and_case_into};
use crate::knowledge::Knowledge;
// FxHash: the learning counts two link texts of every row, and the rule
// asks these sets of every empty link (SipHash cost more than the counting).
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// How many rows must write the same link text with an empty URL for it to
/// be the list's convention rather than a slip.
pub const CONVENTION_ROWS: usize = 3;

/// A destination that is a script's word for "no value" (`nan`, `None`,
/// `null`, `undefined`): no URL, like an empty one.
pub fn is_no_value(url: &str) -> bool {
    const NO_VALUE: [&str; 4] = ["nan", "none", "null", "undefined"];
    let url = crate::knowledge::text::trim(url);
    NO_VALUE.iter().any(|w| url.eq_ignore_ascii_case(w))
}

/// A destination that holds the place of a URL to come (`[Title](TBD)`,
/// `[Code](-)`, `[Paper](?)`): no URL, like an empty one. Words a file or
/// folder of the repository could be named (`link`, `todo.md`) are not.
pub fn is_placeholder_destination(url: &str) -> bool {
    const TO_COME: [&str; 8] = ["tbd", "tba", "n/a", "-", "--", "?", "??", "todo"];
    let url = crate::knowledge::text::trim(url);
    TO_COME.iter().any(|w| url.eq_ignore_ascii_case(w))
        || stands_for_a_url_to_come(url)
        || template_word(url)
}

/// A destination that says the URL is still to come (`TBD`, `TODO`,
/// `!!Missing!!`): not a mark that says there is none (`-`, `N/A`), nor a
/// template's name for it (`paper_link`), which a list's own "Format:"
/// line outside its tables writes on purpose.
pub fn stands_for_a_url_to_come(url: &str) -> bool {
    // `!!Missing!!`, `<missing>`: the word inside its marks.
    let word = crate::knowledge::text::trim(url).trim_matches(|c: char| !c.is_alphanumeric());
    ["missing", "tbd", "tba", "todo"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
}

/// A template's name for the address to write (`summary_link`, `paper_url`,
/// `link`, `URL`), copied from a `Format:` line with the rest of the row.
fn template_word(url: &str) -> bool {
    // Such a name is letters, `_` and `-` only: an address is told apart
    // by its first mark, without the lower-case copy (every link comes here).
    if !url
        .bytes()
        .all(|b| b.is_ascii_alphabetic() || b == b'_' || b == b'-')
    {
        return false;
    }
    let lower = url.to_ascii_lowercase();
    let stem = ["_link", "-link", "_url", "-url"]
        .iter()
        .find_map(|suffix| lower.strip_suffix(suffix));
    let word = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
    matches!(lower.as_str(), "link" | "url") || stem.is_some_and(word)
}

/// Whether a link has no URL: an empty one, a word for "no value", or a
/// placeholder.
fn no_url(url: &str) -> bool {
    crate::knowledge::text::trim(url).is_empty()
        || is_no_value(url)
        || is_placeholder_destination(url)
}

/// The link texts the list's paper tables write with an empty URL in at
/// least [`CONVENTION_ROWS`] rows, folded to lower case.
#[derive(Debug, Default, Clone)]
pub struct EmptyLinks {
    conventional: HashSet<String>,
    /// The columns (table, column) that link a date to nothing in at least
    /// [`CONVENTION_ROWS`] rows whose title links the paper: DavidZWZ's
    /// "Date & Code" links each date to the code, and to nothing where
    /// there is none. Each row's date differs, so no one text repeats.
    dated_columns: HashSet<(usize, usize)>,
    /// Link texts of a title cell's first link that nearly always carry the
    /// paper's URL there (`[[link](...)]` after the title in 79 rows): left empty in
    /// a title cell, the paper's link was forgotten.
    filled_in_titles: HashSet<String>,
    /// Short link texts that nearly always carry a URL anywhere in the
    /// tables (`[Paper](...)` in 120 rows, empty in one): left empty, the
    /// URL was forgotten, even in a list that leaves other labels empty.
    nearly_always_filled: HashSet<String>,
}

/// A title column's link text given a URL at least this many times for
/// each time it is left empty is the paper's link, not a placeholder.
const FILLED_PER_EMPTY: usize = 10;

impl EmptyLinks {
    pub fn learn(document: &Document<'_>) -> Self {
        let mut rows: HashMap<String, usize> = HashMap::default();
        let mut titles: HashSet<String> = HashSet::default();
        // Per title-column link text: (given a URL, left empty).
        let mut in_titles: HashMap<String, (usize, usize)> = HashMap::default();
        // Per short link text anywhere: (given a URL, left empty).
        let mut labels: HashMap<String, (usize, usize)> = HashMap::default();
        let mut folded = String::new();
        let mut empty_dates: HashMap<(usize, usize), usize> = HashMap::default();
        for (table_index, table) in document.tables.iter().enumerate() {
            let title_column = table.column(crate::document::Role::Title);
            for row in table.rows() {
                let mut title_link_seen = false;
                let mut empty_texts: HashSet<String> = HashSet::default();
                let mut empty_date_columns: HashSet<usize> = HashSet::default();
                let title_linked = title_column
                    .is_some_and(|c| row.links().any(|l| l.cell == c && !no_url(l.url)));
                for link in row.links() {
                    // The title cell's first link is the paper's link.
                    let papers_link = Some(link.cell) == title_column && !title_link_seen;
                    title_link_seen |= papers_link;
                    let empty = no_url(link.url);
                    // A link showing no words (a badge anchor, `<a href><img></a>`)
                    // has no label to learn.
                    if is_short_label(link.text) {
                        fold_spaces_and_case_into(link.text, &mut folded);
                        if papers_link {
                            count_use(&mut in_titles, &folded, empty);
                        }
                        count_use(&mut labels, &folded, empty);
                    }
                    if empty {
                        let folded = fold_spaces_and_case(link.text);
                        if Some(link.cell) == title_column && names_a_paper(&folded) {
                            titles.insert(folded.clone());
                        }
                        if title_linked && Some(link.cell) != title_column && is_date(&folded) {
                            empty_date_columns.insert(link.cell);
                        }
                        empty_texts.insert(folded);
                    }
                }
                for text in empty_texts {
                    *rows.entry(text).or_default() += 1;
                }
                for column in empty_date_columns {
                    *empty_dates.entry((table_index, column)).or_default() += 1;
                }
            }
        }
        EmptyLinks {
            dated_columns: (empty_dates.into_iter())
                .filter(|&(_, n)| n >= CONVENTION_ROWS)
                .map(|(column, _)| column)
                .collect(),
            filled_in_titles: nearly_always_filled(in_titles),
            nearly_always_filled: nearly_always_filled(labels),
            conventional: rows
                .into_iter()
                .filter(|(text, n)| *n >= CONVENTION_ROWS && !titles.contains(text))
                .map(|(text, _)| text)
                .collect(),
        }
    }

    /// Whether a link of a table row has an empty URL on purpose: its text
    /// is a placeholder, or one slip from a long one (`[Comins Soon]()`) ("Coming soon", "TBD", "N/A"); it wraps a badge image
    /// (`[![Type](badge.svg)]()`), which shows as it is; or the list writes
    /// the same text with an empty URL in several rows, or, in a list that
    /// does so, the text is a generic link label (`[project page]()`).
    pub fn intended(
        &self,
        knowledge: &Knowledge,
        text: &str,
        (table, link): (usize, &Link<'_>),
        papers_own_link: bool,
    ) -> bool {
        if !no_url(link.url) {
            return false;
        }
        let folded = fold_spaces_and_case(link.text);
        let badge = text
            .get(link.span.start..link.span.end)
            .is_some_and(|source| source.starts_with("[!["));
        if papers_own_link && !badge && self.filled_in_titles.contains(&folded) {
            return false;
        }
        text.get(link.span.start..link.span.end)
            .is_some_and(|source| source.starts_with("[!["))
            || knowledge.is_placeholder(link.text)
            || misspelt_placeholder(knowledge, &folded)
            || self.conventional.contains(&folded)
            || (self.dated_columns.contains(&(table, link.cell)) && is_date(&folded))
            || (!self.conventional.is_empty()
                && knowledge.columns.link_labels.contains(&folded)
                && !self.nearly_always_filled.contains(&folded))
    }
}

/// A year with its month, and its day (`2026/07/13`, `2024-05`, `2023.1`):
/// a year alone may be a paper's link text.
fn is_date(text: &str) -> bool {
    let mut parts = text.split(['/', '-', '.']);
    let year = parts.next().unwrap_or_default();
    let rest: Vec<&str> = parts.collect();
    year.len() == 4
        && (year.starts_with("19") || year.starts_with("20"))
        && year.bytes().all(|b| b.is_ascii_digit())
        && (1..=2).contains(&rest.len())
        && rest
            .iter()
            .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
}

/// Counts one use of a link text: given a URL, or left empty. Most texts
/// are already in the map (`Code` in every row): no key is built for them.
fn count_use(uses: &mut HashMap<String, (usize, usize)>, text: &str, empty: bool) {
    let counts = match uses.get_mut(text) {
        Some(counts) => counts,
        None => uses.entry(text.to_string()).or_default(),
    };
    if empty {
        counts.1 += 1;
    } else {
        counts.0 += 1;
    }
}

/// A link text of one to three words: a label (`[link]`, `[pdf]`), not a
/// title linked itself (a list of 100,000 titles need not keep each one).
fn is_short_label(text: &str) -> bool {
    // Read by byte: every row's title link comes here.
    (1..=3).contains(&crate::knowledge::text::words(text).take(4).count())
}

/// The texts given a URL at least [`FILLED_PER_EMPTY`] times for each time
/// they are left empty (and left empty at least once).
fn nearly_always_filled(uses: HashMap<String, (usize, usize)>) -> HashSet<String> {
    uses.into_iter()
        .filter(|(_, (filled, empty))| *empty > 0 && *filled >= FILLED_PER_EMPTY * *empty)
        .map(|(text, _)| text)
        .collect()
}

/// A title column's link text of more than three words names a paper (as
/// the row's title reads it): a paper's title pasted into several rows with
/// an empty link is a slip repeated, not the list's way of writing "no
/// link yet" (`[Code will be available soon]()` in a Code column is).
fn names_a_paper(text: &str) -> bool {
    text.split_whitespace().count() > 3
}

/// A text one slip from a placeholder of eight letters or more: a
/// misspelling, not another word.
fn misspelt_placeholder(knowledge: &Knowledge, folded: &str) -> bool {
    folded.chars().count() >= 8
        && knowledge
            .placeholders()
            .any(|p| p.chars().count() >= 8 && edit_distance(p, folded, 1) <= 1)
}

#[cfg(test)]
mod tests;
