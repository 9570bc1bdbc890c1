//! Venues named with their year outside tables, in list items and
//! paragraphs (`- Title. Authors. NeuIPS 2021.`, `[PLID'94] [Title](...)`,
//! `ViGil@NeuIPS2019`): what the venue rules read where no table gives a
//! venue cell.

use crate::document::Document;
use crate::knowledge::{names_a_month, Knowledge, VenueCell, VenueKind};
use std::sync::LazyLock;

mod author_year;
mod emphasis;
mod mention;

pub use mention::ProseVenue;
use mention::{mention_at, mention_read_as, LineMarks};

/// A name of letters, then its year: four digits (`NeuIPS 2021`,
/// `CVPR2018`, `ICLR-2019`, `NIPS (2020)`, `ICLR, 2021`, `ICLR,2024`, `TITS. 2023`) or two after an
/// apostrophe (`PLID'94`; or four: `arxiv'2022`) or glued to the name (`ICLR20`: read only when
/// the name is a venue's or a slip of one, as every mention is), or after a space in a bracketed tag
/// of its own (`[SIGMOD 21]`, or with the month after it, `[Arxiv 24.03]`); or, in a bracketed tag, the year first (`[2021
/// NIPS]`, `[2018-CVPR]`, a space left before the `]`, or escaped so that GitHub shows the brackets: `\[2019 ACCV\]`). What stands on either side is judged apart (see
/// `stands_apart`), so that two mentions one mark apart (`CVPR 2019,ICCV
/// 2020`) are both read. The mention is the group `m`.
static NAME_AND_YEAR: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"(?P<m>[A-Za-z][A-Za-z&]{2,15}(?:-[A-Za-z]{2,8})?(?:[ -]?(?:19|20)[0-9]{2}|[ \t]?['’‘] ?(?:(?:19|20)[0-9]{2}|[0-9]{2})|[0-9]{2}| ?\((?:19|20)[0-9]{2}\)|[,.] (?:19|20)[0-9]{2}|,(?:19|20)[0-9]{2}))|\[(?P<t>(?:19|20)[0-9]{2}[ -][A-Za-z][A-Za-z&]{2,15}) ?\\?\]|\[(?P<s>[A-Za-z][A-Za-z&]{2,15} [0-9]{2})(?:\.(?:0[1-9]|1[0-2]))?\]",
    )
    .expect("valid regex")
});

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

/// A venue's acronym in parentheses after its full name, then the year,
/// as IEEE's reference style writes it (`Proc. IEEE Conf. Comput. Vis.
/// Pattern Recognit. (CVPR), 2025`): the acronym and the year are the
/// venue.
static ACRONYM_THEN_YEAR: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"\((?P<name>[A-Za-z][A-Za-z&]{1,15})\)[*_]{0,2},? (?P<year>(?:19|20)[0-9]{2})\b",
    )
    .expect("valid regex")
});

/// Whether the words before an acronym's `(` name a venue in full, as a
/// reference cites it (`in Proc. IEEE Conf. Comput. Vis. Pattern
/// Recognit.`, `IEEE Transactions on Image Processing`): the run of words
/// since the last comma, bracket or quote holds a word only venues' names
/// hold. `the Internet of Things (IoT), 2021` names none.
fn after_a_full_name(before: &str) -> bool {
    const VENUE_WORDS: [&str; 20] = [
        "Proc",
        "Proceedings",
        "Conf",
        "Conference",
        "Trans",
        "Transactions",
        "Journal",
        "Symp",
        "Symposium",
        "Workshop",
        "Int",
        "Intl",
        "International",
        "IEEE",
        "ACM",
        "Annu",
        "Annual",
        "Meeting",
        "Lett",
        "Letters",
    ];
    let run = before
        .rsplit([',', ']', ')', '"', '“', '”'])
        .next()
        .unwrap_or(before);
    run.split(|c: char| !c.is_alphanumeric())
        .any(|word| VENUE_WORDS.contains(&word))
}

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
        let marks = LineMarks::new(line);
        let first = mentions.len();
        for found in NAME_AND_YEAR.captures_iter(line) {
            if let Some(group) = found.name("m").or_else(|| found.name("t")) {
                mentions.extend(mention_at(line, &marks, start, group.range(), knowledge));
            } else if let Some(group) = found.name("s") {
                // `[SIGMOD 21]` reads as `SIGMOD'21`: a bare two-digit
                // number after a name is a year only in such a tag.
                let read_as = group.as_str().replacen(' ', "'", 1);
                mentions.extend(mention_read_as(
                    line,
                    &marks,
                    start,
                    group.range(),
                    &read_as,
                    knowledge,
                ));
            }
        }
        let mut emphasised = emphasis::emphasised_mentions(line, &marks, start, knowledge);
        let read_so_far = &mentions[first..];
        emphasised.extend(
            author_year::cited_venues(line, &marks, start, knowledge)
                .into_iter()
                .filter(|m| {
                    !read_so_far
                        .iter()
                        .any(|r| r.span.start < m.span.end && m.span.start < r.span.end)
                }),
        );
        if !emphasised.is_empty() {
            mentions.extend(emphasised);
            mentions[first..].sort_by_key(|m| m.span.start);
        }
        if let Some(group) = YEAR_FIRST_ITEM.captures(line).and_then(|c| c.name("t")) {
            // `[2021 NIPS]` is read above already.
            let read = mentions[first..]
                .iter()
                .any(|m| m.span.start == start + group.start());
            if !read {
                mentions.extend(mention_at(line, &marks, start, group.range(), knowledge));
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
                mention_read_as(line, &marks, start, whole.range(), &read_as, knowledge)
            })
            .filter(|m| matches!(m.cell, VenueCell::Known(_)))
            .collect();
        if !dated.is_empty() {
            mentions.extend(dated);
            mentions[first..].sort_by_key(|m| m.span.start);
        }
        let cited: Vec<ProseVenue> = ACRONYM_THEN_YEAR
            .captures_iter(line)
            .filter_map(|found| {
                let (name, year) = (found.name("name")?, found.name("year")?);
                if !after_a_full_name(&line[..name.start() - 1]) {
                    return None;
                }
                let read_as = format!("{} {}", name.as_str(), year.as_str());
                let range = name.start()..year.end();
                let mut mention = mention_read_as(line, &marks, start, range, &read_as, knowledge)?;
                // Read and quoted as `TIP 2022`, not `TIP), 2022`.
                mention.text.clone_from(&read_as);
                mention.quoted = read_as;
                Some(mention)
            })
            .filter(|m| matches!(m.cell, VenueCell::Known(_)))
            .collect();
        if !cited.is_empty() {
            mentions.extend(cited);
            mentions[first..].sort_by_key(|m| m.span.start);
        }
        let one_word = mentions[first..].iter().map(|m| m.span).collect::<Vec<_>>();
        let tags_of_words = YEAR_FIRST_TAG_OF_WORDS
            .captures_iter(line)
            .filter_map(|found| found.name("t"))
            .filter_map(|group| mention_at(line, &marks, start, group.range(), knowledge))
            .filter(|m| matches!(m.cell, VenueCell::Known(_) | VenueCell::Typo(_)))
            .filter(names_every_word);
        let marked = NAME_MARKER_AND_YEAR
            .captures_iter(line)
            .filter_map(|found| found.name("m"))
            .filter_map(|group| mention_at(line, &marks, start, group.range(), knowledge))
            .filter(|m| matches!(m.cell, VenueCell::Known(_) | VenueCell::Typo(_)));
        let two_words: Vec<ProseVenue> = TWO_WORDS_AND_YEAR
            .captures_iter(line)
            .filter_map(|found| found.name("m"))
            .filter_map(|group| mention_at(line, &marks, start, group.range(), knowledge))
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

#[cfg(test)]
mod tests;
