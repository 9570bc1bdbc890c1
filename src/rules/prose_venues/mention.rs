//! One mention of a venue with its year outside tables: whether the words
//! a pattern found stand apart and name a venue, and where.

use crate::knowledge::text::without_short_year;
use crate::knowledge::{Knowledge, VenueCell};
use crate::span::Span;

/// Whether a match of a venue pattern at `range` of `line` is a whole
/// mention, not part of a word, a number, a path or a web address: no
/// letter, digit or path mark just before or a letter or digit just after
/// it (`@` may come before: `ViGil@NeuIPS2019`, a workshop at its host),
/// and no address in the same run of non-blank text before it
/// (`search?q=deep+ECCV2019`, `<https://x.org/a,ECCV2019>`; a link's
/// address closed by `)(` ends the run: `[Title](url)(Arvix'20)`).
pub(super) fn stands_apart(line: &str, range: std::ops::Range<usize>) -> bool {
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
    let near = near_end(before);
    let run = near.rsplit(char::is_whitespace).next().unwrap_or(near);
    // `[Title](https://...pdf)(Arvix'20)`: a link's address ends at its `)`.
    let run = run.rsplit(")(").next().unwrap_or(run);
    let in_address = run.contains("://") || run.contains("www.");
    !(joined_before || joined_after || in_address)
}

/// How many bytes before a mention the words it joins are looked for in:
/// more than any address or name, and a line of thousands of mentions
/// with no space between them is not read again for each.
const LOOK_BACK: usize = 2048;

/// The last [`LOOK_BACK`] bytes of `before`, from a character's start.
fn near_end(before: &str) -> &str {
    let mut from = before.len().saturating_sub(LOOK_BACK);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    &before[from..]
}

/// A venue named with its year outside tables: where, and how it reads.
pub struct ProseVenue {
    pub span: Span,
    pub cell: VenueCell,
    /// The words read: `span`'s text.
    pub text: String,
    /// The words a message quotes: `text`, but for the name and year of a
    /// venue in italics (`NeurIPS, 2023`, not `NeurIPS*, 2023`) or cited
    /// after its year (`2021, ACL`, where `span` is the name's alone).
    pub quoted: String,
}

/// The mention at `range` of `line` (which starts at `start` in the
/// document), if it is one: a whole venue-and-year, outside code spans
/// (unless the span holds it alone: `` `CVPR 2024` ``) and comments,
/// naming a venue or a slip of one.
pub(super) fn mention_at(
    line: &str,
    marks: &LineMarks,
    start: usize,
    range: std::ops::Range<usize>,
    knowledge: &Knowledge,
) -> Option<ProseVenue> {
    mention_read_as(line, marks, start, range.clone(), &line[range], knowledge)
}

/// Where a prose line's backticks and comment marks stand, found once per
/// line: every candidate mention asks whether a code span or a comment
/// holds it, and a long line may hold thousands of candidates.
pub(super) struct LineMarks {
    ticks: Vec<usize>,
    comment_opens: Vec<usize>,
    comment_closes: Vec<usize>,
}

impl LineMarks {
    pub(super) fn new(line: &str) -> Self {
        let bytes = line.as_bytes();
        LineMarks {
            ticks: memchr::memchr_iter(b'`', bytes).collect(),
            comment_opens: memchr::memmem::find_iter(bytes, "<!--").collect(),
            comment_closes: memchr::memmem::find_iter(bytes, "-->").collect(),
        }
    }

    /// Whether an odd number of backticks stands before byte `at`.
    fn in_code_before(&self, at: usize) -> bool {
        self.ticks.partition_point(|&tick| tick < at) % 2 == 1
    }

    /// Whether the last comment opened wholly before byte `at` was not
    /// closed wholly before it.
    fn in_comment_before(&self, at: usize) -> bool {
        let last = |marks: &[usize], len: usize| {
            let count = marks.partition_point(|&mark| mark + len <= at);
            count.checked_sub(1).map(|i| marks[i])
        };
        match (last(&self.comment_opens, 4), last(&self.comment_closes, 3)) {
            (Some(opened), Some(closed)) => opened > closed,
            (Some(_), None) => true,
            _ => false,
        }
    }
}

/// The mention at `range` of `line`, its words read as `read_as` (a date's
/// month left out: `arXiv, Apr 2021` reads as `arXiv 2021`).
pub(super) fn mention_read_as(
    line: &str,
    marks: &LineMarks,
    start: usize,
    range: std::ops::Range<usize>,
    read_as: &str,
    knowledge: &Knowledge,
) -> Option<ProseVenue> {
    if !stands_apart(line, range.clone()) {
        return None;
    }
    let before = &line[..range.start];
    let in_code = marks.in_code_before(range.start);
    let code_tag = opens_a_code_span(before) && line[range.end..].starts_with('`');
    if (in_code && !code_tag) || marks.in_comment_before(range.start) {
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
    let names_a_venue = match cell {
        VenueCell::Known(_) | VenueCell::Typo(_) => true,
        // Kept for the venue-typo rule, which weighs the list's evidence;
        // every other reader of mentions reads known venues and slips only.
        VenueCell::Unknown { name_range, .. } => read_as
            .get(name_range.0 as usize..name_range.1 as usize)
            .and_then(|name| knowledge.venues.cut_short_of(without_short_year(name)))
            .is_some(),
        _ => false,
    };
    names_a_venue.then(|| ProseVenue {
        span: Span::new(start + range.start, start + range.end),
        cell,
        text: written.to_string(),
        quoted: written.to_string(),
    })
}

/// Whether a code span opens right before a mention, or before a
/// workshop's name and the `@` of its host (`` `GenRec@WWW(2024)` ``): the
/// span is then a venue tag, not code.
fn opens_a_code_span(before: &str) -> bool {
    const WORKSHOP_NAME: usize = 24;
    let Some(head) = before.strip_suffix('@') else {
        return before.ends_with('`');
    };
    let workshop = head
        .bytes()
        .rev()
        .take_while(|&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_'))
        .take(WORKSHOP_NAME + 1)
        .count();
    (1..=WORKSHOP_NAME).contains(&workshop) && head[..head.len() - workshop].ends_with('`')
}

/// Whether a name in title case ends a longer one: words in title case,
/// then a joining word, stand before it (`Journal of Data Science, 2024`
/// names no Science, `from Amazon Science, 2023` neither), or a joining
/// word other than `in` after a word in title case
/// (`Engineering Applications of Artificial Intelligence. 2021`
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
        // `(from Amazon Science, 2023)`: an organisation's name after
        // `from`, `by` or `at` is who made the work, not where it appeared.
        let joining = joining.trim_start_matches(['(', '[']);
        return ["of", "on", "for", "in", "and", "from", "by", "at"].contains(&joining);
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
    let after_surname = near_end(before)
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
mod tests {
    use super::{near_end, LineMarks, LOOK_BACK};

    /// The marks answer as scans of the text before each byte did.
    #[test]
    fn line_marks_answer_as_scans_of_the_text_before() {
        let lines = [
            "- `CVPR 2020` and <!-- `ICCV 2019` --> then `ECCV` 2020 `x",
            "<!-- a --> b <!-- c ` d --> `e` --->f<!--",
            "no marks at all, NeurIPS 2021",
            "ü `é` <!--ß--> ``",
        ];
        for line in lines {
            let marks = LineMarks::new(line);
            for at in (0..=line.len()).filter(|&at| line.is_char_boundary(at)) {
                let before = &line[..at];
                let in_code = before.matches('`').count() % 2 == 1;
                let opened = before.rfind("<!--").map_or(-1, |i| i as i64);
                let closed = before.rfind("-->").map_or(-1, |i| i as i64);
                assert_eq!(marks.in_code_before(at), in_code, "{line:?} at {at}");
                assert_eq!(
                    marks.in_comment_before(at),
                    opened > closed,
                    "{line:?} at {at}"
                );
            }
        }
    }

    #[test]
    fn the_look_back_keeps_the_end_from_a_characters_start() {
        assert_eq!(near_end("short"), "short");
        let long = format!("{}é{}", "a".repeat(LOOK_BACK), "b".repeat(LOOK_BACK - 1));
        // The cut falls inside `é`: the look-back starts after it.
        assert_eq!(near_end(&long), "b".repeat(LOOK_BACK - 1));
    }
}
