//! Venues named with their year outside tables, in list items and
//! paragraphs (`- Title. Authors. NeuIPS 2021.`, `[PLID'94] [Title](...)`,
//! `ViGil@NeuIPS2019`): what the venue rules read where no table gives a
//! venue cell.

use crate::document::Document;
use crate::knowledge::{names_a_month, Knowledge, VenueCell, VenueKind};
use crate::span::Span;
use std::sync::LazyLock;

/// A name of letters, then its year: four digits (`NeuIPS 2021`,
/// `CVPR2018`, `ICLR-2019`, `NIPS (2020)`, `ICLR, 2021`, `ICLR,2024`, `TITS. 2023`) or two after an
/// apostrophe (`PLID'94`; or four: `arxiv'2022`) or glued to the name (`ICLR20`: read only when
/// the name is a venue's or a slip of one, as every mention is), or after a space in a bracketed tag
/// of its own (`[SIGMOD 21]`); or, in a bracketed tag, the year first (`[2021
/// NIPS]`, `[2018-CVPR]`, a space left before the `]`, or escaped so that GitHub shows the brackets: `\[2019 ACCV\]`). What stands on either side is judged apart (see
/// `stands_apart`), so that two mentions one mark apart (`CVPR 2019,ICCV
/// 2020`) are both read. The mention is the group `m`.
static NAME_AND_YEAR: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"(?P<m>[A-Za-z][A-Za-z&]{2,15}(?:-[A-Za-z]{2,8})?(?:[ -]?(?:19|20)[0-9]{2}|[ \t]?['’‘] ?(?:(?:19|20)[0-9]{2}|[0-9]{2})|[0-9]{2}| ?\((?:19|20)[0-9]{2}\)|[,.] (?:19|20)[0-9]{2}|,(?:19|20)[0-9]{2}))|\[(?P<t>(?:19|20)[0-9]{2}[ -][A-Za-z][A-Za-z&]{2,15}) ?\\?\]|\[(?P<s>[A-Za-z][A-Za-z&]{2,15} [0-9]{2})\]",
    )
    .expect("valid regex")
});

/// Whether a match of [`NAME_AND_YEAR`] at `range` of `line` is a whole
/// mention, not part of a word, a number, a path or a web address: no
/// letter, digit or path mark just before or a letter or digit just after
/// it (`@` may come before: `ViGil@NeuIPS2019`, a workshop at its host),
/// and no address in the same run of non-blank text before it
/// (`search?q=deep+ECCV2019`, `<https://x.org/a,ECCV2019>`; a link's
/// address closed by `)(` ends the run: `[Title](url)(Arvix'20)`).
fn stands_apart(line: &str, range: std::ops::Range<usize>) -> bool {
    let before = &line[..range.start];
    let after = line[range.end..].chars().next();
    let mut back = before.chars().rev();
    let previous = back.next();
    // `(_NeuIPS '19_)`: an underscore after a mark or a space opens
    // emphasis; after a letter it joins a name (`model_CVPR2019`).
    let opens_emphasis = previous == Some('_') && back.next().is_none_or(|c| !c.is_alphanumeric());
    let joined_before = !opens_emphasis
        && previous.is_some_and(|c| c.is_alphanumeric() || "/.#=_&-+~:%".contains(c));
    let joined_after = after.is_some_and(char::is_alphanumeric);
    let run = before.rsplit(char::is_whitespace).next().unwrap_or(before);
    // `[Title](https://...pdf)(Arvix'20)`: a link's address ends at its `)`.
    let run = run.rsplit(")(").next().unwrap_or(run);
    let in_address = run.contains("://") || run.contains("www.");
    !(joined_before || joined_after || in_address)
}

/// A venue named with its year outside tables: where, and how it reads.
pub struct ProseVenue {
    pub span: Span,
    pub cell: VenueCell,
    /// The words read: `span`'s text.
    pub text: String,
}

/// A name of two words, then its year (`ACM MM 2024`, `SIGGRAPH Asia
/// 2023`, or a slip of one, `USENIX Securiy 2022`): read where the word
/// before the year is no venue on its own.
static TWO_WORDS_AND_YEAR: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"(?P<m>[A-Za-z][A-Za-z&]{1,15} [A-Za-z][A-Za-z&]{1,15}(?:[ -]?|\. )(?:19|20)[0-9]{2})",
    )
    .expect("valid regex")
});

/// A name, a word that says which track or award, then its year
/// (`NeurlPS Workshop, 2020`, `ICML Oral 2023`): the word is the venue
/// data's marker, read aside as in a table's cell.
static NAME_MARKER_AND_YEAR: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"(?P<m>[A-Za-z][A-Za-z&]{2,15} (?i:workshops?|oral|spotlight|poster|highlight|findings),? (?:19|20)[0-9]{2})",
    )
    .expect("valid regex")
});

/// A bracketed tag of a year, then a venue of two to four words
/// (`[2022 Nature Methods]`, `[2021 Briefings in Bioinformatics]`): read
/// only when the venue's name takes every word, so that a tag's note
/// (`[2023 biorxiv GAN]`) is no part of a name.
static YEAR_FIRST_TAG_OF_WORDS: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"\[(?P<t>(?:19|20)[0-9]{2}[ -][A-Za-z][A-Za-z&]{1,15}(?: [A-Za-z][A-Za-z&]{1,15}){1,3}) ?\\?\]",
    )
    .expect("valid regex")
});

/// An item that opens with a year, then its venue (`- 2019 NeurIPS
/// [Title](...)`, `1. **2021 ECCV** Title`), as tags in brackets write
/// them (`[2021 NIPS]`). Read at an item's start only, and only a name
/// that a mark, a link or the line's end follows: in a sentence, a year
/// before a capitalised word is seldom a venue's, and a name of two words
/// (`2020 Science Advances`) is not its first word's.
static YEAR_FIRST_ITEM: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"^[ \t]*(?:[-*+]|[0-9]{1,4}[.)])[ \t]+(?:\*\*|__|\(|\[)?(?P<t>(?:19|20)[0-9]{2} [A-Za-z][A-Za-z&]{2,15})(?:[ \t]*(?:\[|\*|_|\)|\]|:|-|,|$))",
    )
    .expect("valid regex")
});

/// A name, then a month and its year (`arXiv, Apr 2021`, `NeurIPS Dec.
/// 2019`): the month dates the paper within the venue's year.
static NAME_MONTH_AND_YEAR: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"(?P<m>(?P<name>[A-Za-z][A-Za-z&]{2,15}),? (?P<month>[A-Za-z]{3,9})\.?,? (?P<year>(?:19|20)[0-9]{2}))",
    )
    .expect("valid regex")
});

/// Each name with its year in the document's text outside tables,
/// headings, code and HTML comments.
pub fn prose_venues(document: &Document<'_>, knowledge: &Knowledge) -> Vec<ProseVenue> {
    let mut mentions = Vec::new();
    for prose in super::prose_lines::prose_lines(document) {
        if prose.hidden {
            continue;
        }
        let (start, line) = (prose.start, prose.text);
        // Every form holds a year's two digits in a row: a line without
        // them is skipped before any pattern is built or run.
        if !line
            .as_bytes()
            .windows(2)
            .any(|w| w.iter().all(u8::is_ascii_digit))
        {
            continue;
        }
        let first = mentions.len();
        for found in NAME_AND_YEAR.captures_iter(line) {
            if let Some(group) = found.name("m").or_else(|| found.name("t")) {
                mentions.extend(mention_at(line, start, group.range(), knowledge));
            } else if let Some(group) = found.name("s") {
                // `[SIGMOD 21]` reads as `SIGMOD'21`: a bare two-digit
                // number after a name is a year only in such a tag.
                let read_as = group.as_str().replacen(' ', "'", 1);
                mentions.extend(mention_read_as(
                    line,
                    start,
                    group.range(),
                    &read_as,
                    knowledge,
                ));
            }
        }
        if let Some(group) = YEAR_FIRST_ITEM.captures(line).and_then(|c| c.name("t")) {
            // `[2021 NIPS]` is read above already.
            let read = mentions[first..]
                .iter()
                .any(|m| m.span.start == start + group.start());
            if !read {
                mentions.extend(mention_at(line, start, group.range(), knowledge));
                mentions[first..].sort_by_key(|m| m.span.start);
            }
        }
        let dated: Vec<ProseVenue> = NAME_MONTH_AND_YEAR
            .captures_iter(line)
            .filter(|found| {
                found
                    .name("month")
                    .is_some_and(|m| names_a_month(m.as_str()))
            })
            // `Framework, Nov 2024` ends a title (a release channel's word),
            // and `Secure Coding, Aug 2024` is no slip of COLING's: a date
            // follows a conference's, a journal's or a preprint server's own
            // name, read alone.
            .filter(|found| {
                found.name("name").is_some_and(|name| {
                    match knowledge.venues.parse(name.as_str(), |_| false) {
                        VenueCell::Known(known) => {
                            let kind = knowledge.venues.venue(known.venue).kind;
                            kind.is_reviewed() || kind == VenueKind::Preprint
                        }
                        _ => false,
                    }
                })
            })
            .filter_map(|found| {
                let (whole, name, year) =
                    (found.name("m")?, found.name("name")?, found.name("year")?);
                let read_as = format!("{} {}", name.as_str(), year.as_str());
                mention_read_as(line, start, whole.range(), &read_as, knowledge)
            })
            .filter(|m| matches!(m.cell, VenueCell::Known(_)))
            .collect();
        if !dated.is_empty() {
            mentions.extend(dated);
            mentions[first..].sort_by_key(|m| m.span.start);
        }
        let one_word = mentions[first..].iter().map(|m| m.span).collect::<Vec<_>>();
        let tags_of_words = YEAR_FIRST_TAG_OF_WORDS
            .captures_iter(line)
            .filter_map(|found| found.name("t"))
            .filter_map(|group| mention_at(line, start, group.range(), knowledge))
            .filter(|m| matches!(m.cell, VenueCell::Known(_) | VenueCell::Typo(_)))
            .filter(names_every_word);
        let marked = NAME_MARKER_AND_YEAR
            .captures_iter(line)
            .filter_map(|found| found.name("m"))
            .filter_map(|group| mention_at(line, start, group.range(), knowledge))
            .filter(|m| matches!(m.cell, VenueCell::Known(_) | VenueCell::Typo(_)));
        let two_words: Vec<ProseVenue> = TWO_WORDS_AND_YEAR
            .captures_iter(line)
            .filter_map(|found| found.name("m"))
            .filter_map(|group| mention_at(line, start, group.range(), knowledge))
            .filter(|m| matches!(m.cell, VenueCell::Known(_) | VenueCell::Typo(_)))
            .filter(names_both_words)
            .chain(tags_of_words)
            .chain(marked)
            .filter(|m| {
                !one_word
                    .iter()
                    .any(|&span| span.end > m.span.start && span.start < m.span.end)
            })
            .collect();
        if !two_words.is_empty() {
            mentions.extend(two_words);
            mentions[first..].sort_by_key(|m| m.span.start);
        }
    }
    mentions
}

/// Whether a mention read by [`TWO_WORDS_AND_YEAR`] names its venue with
/// both words: `Add 1 NIPS paper 2022` (a changelog's line) is no mention
/// of `NIPS paper`, whose second word the venue data drops as a marker.
fn names_both_words(mention: &ProseVenue) -> bool {
    let first_word_end = mention.text.find(' ').unwrap_or(mention.text.len());
    mention
        .cell
        .mention()
        .is_some_and(|m| m.name_range.1 as usize > first_word_end)
}

/// Whether a mention's venue name runs to the end of its text: every word
/// after the year is the name's.
fn names_every_word(mention: &ProseVenue) -> bool {
    mention
        .cell
        .mention()
        .is_some_and(|m| m.name_range.1 as usize == mention.text.len())
}

/// The mention at `range` of `line` (which starts at `start` in the
/// document), if it is one: a whole venue-and-year, outside code spans
/// (unless the span holds it alone: `` `CVPR 2024` ``) and comments,
/// naming a venue or a slip of one.
fn mention_at(
    line: &str,
    start: usize,
    range: std::ops::Range<usize>,
    knowledge: &Knowledge,
) -> Option<ProseVenue> {
    mention_read_as(line, start, range.clone(), &line[range], knowledge)
}

/// The mention at `range` of `line`, its words read as `read_as` (a date's
/// month left out: `arXiv, Apr 2021` reads as `arXiv 2021`).
fn mention_read_as(
    line: &str,
    start: usize,
    range: std::ops::Range<usize>,
    read_as: &str,
    knowledge: &Knowledge,
) -> Option<ProseVenue> {
    if !stands_apart(line, range.clone()) {
        return None;
    }
    let before = &line[..range.start];
    let opened = before.rfind("<!--").map(|at| at as i64).unwrap_or(-1);
    let closed = before.rfind("-->").map(|at| at as i64).unwrap_or(-1);
    let in_code = before.matches('`').count() % 2 == 1;
    let code_tag = before.ends_with('`') && line[range.end..].starts_with('`');
    if (in_code && !code_tag) || opened > closed {
        return None;
    }
    let written = &line[range.clone()];
    let cell = knowledge
        .venues
        .parse(read_as, |t| knowledge.is_placeholder(t));
    if let VenueCell::Typo(slip) = &cell {
        if given_name_after_surname(&line[..range.start], slip.written(read_as), knowledge, slip) {
            return None;
        }
    }
    if ends_a_longer_name(before, written) {
        return None;
    }
    matches!(cell, VenueCell::Known(_) | VenueCell::Typo(_)).then(|| ProseVenue {
        span: Span::new(start + range.start, start + range.end),
        cell,
        text: written.to_string(),
    })
}

/// Whether a name in title case ends a longer one: words in title case,
/// then a joining word, stand before it (`Journal of Data Science, 2024`
/// names no Science), or a joining word other than `in` after a word in
/// title case (`Engineering Applications of Artificial Intelligence. 2021`
/// names no Artificial Intelligence, `Transactions on ...` neither). A name
/// in capitals after `of` is a venue's (`Proceedings of ICML 2019`), and
/// so is one after `Proceedings of` or `in` (`Published in Science 2020`).
fn ends_a_longer_name(before: &str, written: &str) -> bool {
    let title_case = |word: &str| {
        let mut letters = word.chars();
        letters.next().is_some_and(char::is_uppercase)
            && word.len() >= 2
            && letters.all(char::is_lowercase)
    };
    let mut name = written
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty());
    if !name.all(title_case) {
        return false;
    }
    let mut words = before.split_whitespace().rev().peekable();
    let mut capitalised = 0;
    while words.peek().is_some_and(|w| title_case(w)) {
        words.next();
        capitalised += 1;
    }
    let Some(joining) = words.next() else {
        return false;
    };
    // `[Academic Radiology-2024]`: a tag that opens with a longer name.
    let opens_a_tag = joining
        .strip_prefix(['[', '('])
        .is_some_and(|w| title_case(w) && w != "In");
    if capitalised == 0 && opens_a_tag {
        return true;
    }
    if capitalised >= 1 {
        return ["of", "on", "for", "in", "and"].contains(&joining);
    }
    // A meeting's own words name it (`ACM Conference on Hypertext, 2021`).
    const MEETINGS: [&str; 5] = [
        "Proceedings",
        "Conference",
        "Symposium",
        "Workshop",
        "Meeting",
    ];
    ["of", "on", "for", "and"].contains(&joining)
        && words
            .next()
            .is_some_and(|w| title_case(w) && !MEETINGS.contains(&w))
}

/// Whether a slip found by its likeness to a venue named in capitals is a
/// given name after a surname, as BibTeX writes authors (`Kalai, Adam,
/// 2019` is no slip of ADMA): a word in title case, after a capitalised
/// word and a comma, that the venue data lists as no misspelling.
fn given_name_after_surname(
    before: &str,
    written: &str,
    knowledge: &Knowledge,
    slip: &crate::knowledge::VenueMention,
) -> bool {
    let venue_name = &knowledge.venues.venue(slip.venue).name;
    let mut letters = written.chars();
    let title_case = letters.next().is_some_and(char::is_uppercase)
        && letters.clone().next().is_some()
        && letters.all(char::is_lowercase);
    let after_surname = before
        .trim_end()
        .strip_suffix(',')
        .and_then(|b| b.split_whitespace().last())
        .is_some_and(|surname| {
            surname.starts_with(char::is_uppercase)
                && surname
                    .chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\''))
        });
    title_case
        && after_surname
        && !venue_name.chars().any(char::is_lowercase)
        && !knowledge.venues.lists_name(written)
}

#[cfg(test)]
mod tests;
