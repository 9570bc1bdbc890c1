//! A title written as an item's plain leading text, with no link text, bold
//! or quotes to mark it: `- Title. In *ICML 2019*. [[pdf](...)]`, `- Title,
//! CVPR 2022, [[PDF]](...)`, `- Title⏎  [2024] [paper](...)`.
//!
//! The text is read up to the first mark that ends a title in such lists (a
//! link, a bracket, emphasis, a full stop); a venue and year after a comma
//! are dropped. Text that reads as a list of authors or as a lead-in to a
//! link (`Code is here:`) is no title.
//!
//! Labels before the title are skipped: tags, badges, emoji, a short bold
//! label (a title in italics may follow one), a venue and year in parentheses (`- (SIGIR 2020) Title`), and a
//! link whose text is a label or a venue with its year
//! (`- \[[arxiv](...)\] Title`, `- [[ACL 2024 findings](...)] Title`).

mod apa_lead;
mod label_syntax;
mod leading_label;
mod marks;

use super::item_lead::NAME_PARTICLES;
use super::runs::after_marker;
use crate::knowledge::{VenueBook, VenueCell};
use apa_lead::apa_authors_and_year;
use leading_label::{
    empty_anchor, is_long_bold, is_preprint_id, is_venue_tag, labelled_link, leading_label,
    leading_symbols, venue_in_parentheses,
};
use marks::next_title_end;
use std::ops::Range;

/// Words a title has at most: a longer text is a sentence.
const MAX_TITLE_WORDS: usize = 30;

/// The byte range in `line` (an item's first line, marker included) of the
/// title its plain leading text gives, if it gives one.
pub fn plain_title(line: &str, venues: &VenueBook) -> Option<Range<usize>> {
    let line = line.trim_end_matches(['\n', '\r']);
    let mut start = after_marker(line)?;
    let mut after_bold_label = false;
    // Emoji before the first label (`* 👍👍**GAPartNet(ICRA2023)** Title`).
    start += leading_symbols(&line[start..]);
    // An APA reference names its authors and year first.
    start += apa_authors_and_year(&line[start..]).unwrap_or(0);
    loop {
        if let Some(length) = empty_anchor(&line[start..]) {
            start += length;
            continue;
        }
        if let Some(length) = venue_in_parentheses(&line[start..]) {
            start += length;
            continue;
        }
        if let Some(length) = labelled_link(&line[start..]) {
            start += length;
            start += leading_symbols(&line[start..]);
            continue;
        }
        let Some(label) = leading_label(&line[start..]) else {
            break;
        };
        if is_long_bold(label) || (label.starts_with('`') && !dates_or_names_a_venue(label, venues))
        {
            break;
        }
        // `[Title](url)` is a link, whose text other readers take.
        if line[start + label.len()..].starts_with('(') && label.ends_with(']') {
            return None;
        }
        after_bold_label = label.starts_with("**") || label.starts_with("__");
        start += label.len();
        start += leading_symbols(&line[start..]);
    }
    if after_bold_label {
        if let Some(range) = italic_title(&line[start..], venues) {
            return Some(start + range.start..start + range.end);
        }
    }
    start += leading_symbols(&line[start..]);
    let rest = &line[start..];
    if !rest.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let stop = title_end(rest);
    let text = &rest[..stop];
    if text.trim_end().ends_with([':', '：']) || cites_a_link(text, &rest[stop..]) {
        return None;
    }
    let kept = without_trailing_venue(text, venues).trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '-' | '–' | '—' | '/')
    });
    let words = kept.split_whitespace().count();
    // Authors before a venue read as authors with it (`Jane Smith, Kai Lee,
    // Pattern Recognition`): a venue dropped first leaves two names.
    if words > MAX_TITLE_WORDS || reads_as_authors(kept) || reads_as_authors(text) {
        // `Title, Andrew Steane`: one author after a title whose `and`
        // made the whole read as three names.
        let title = without_trailing_author(kept)?;
        let words = title.split_whitespace().count();
        return (words <= MAX_TITLE_WORDS && !reads_as_authors(title))
            .then(|| start..start + title.len());
    }
    Some(start..start + kept.len())
}

/// The title of an APA reference (`Wang, G. (2025). Title. Venue.`): the
/// plain title of a line that names its authors and year first.
pub fn apa_reference_title(line: &str, venues: &VenueBook) -> Option<Range<usize>> {
    let start = after_marker(line)?;
    apa_authors_and_year(&line[start..])?;
    plain_title(line, venues)
}

/// Whether a code span before a title is a tag of the paper's venue or
/// date (`` `KDD(2026)` ``, `` `Arxiv(2025)` ``, `` `ICLR'24` ``,
/// `` `2023/05` ``): a model's or a tool's name in code (`` `Llama-2-7B` ``)
/// names what the item is about, not a paper.
fn dates_or_names_a_venue(label: &str, venues: &VenueBook) -> bool {
    // The text inside the span: the label holds the separator after it too.
    let inner = label.split('`').nth(1).unwrap_or("");
    let holds_a_year = inner.as_bytes().windows(4).any(|w| {
        w.iter().all(u8::is_ascii_digit) && (w.starts_with(b"19") || w.starts_with(b"20"))
    });
    holds_a_year
        || matches!(
            venues.parse(inner, |_| false),
            VenueCell::Known(_) | VenueCell::Typo(_)
        )
}

/// Words an italic title after a bold label has at least: fewer are a
/// note (`**(GNN)** _survey_`).
const MIN_ITALIC_TITLE_WORDS: usize = 4;

/// The title in italics that opens `text`, after a bold name (`- **(U-STN)**
/// _Towards Physics-Inspired Weather Forecasting_`, its venue after it):
/// the emphasis marks the title where the label leaves off. Authors
/// (`*Laurens van der Maaten, Geoffrey Hinton*`), a venue (`*Advances in
/// Neural Information Processing Systems 2018*`) or a line about the work
/// in lower case, in italics, are none.
fn italic_title(text: &str, venues: &VenueBook) -> Option<Range<usize>> {
    let mark = text.chars().next().filter(|&c| c == '_' || c == '*')?;
    let inner = &text[1..];
    if !inner.starts_with(char::is_uppercase) && !inner.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let end = inner.find(mark)?;
    let title = inner[..end].trim_end();
    let words = title.split_whitespace().count();
    let names_a_venue = without_trailing_venue(title, venues).len() < title.len()
        || matches!(
            venues.parse(title, |_| false),
            VenueCell::Known(_) | VenueCell::Typo(_)
        );
    let is_title = (MIN_ITALIC_TITLE_WORDS..=MAX_TITLE_WORDS).contains(&words)
        && !title.contains('\n')
        && !names_a_venue
        && !names_people(title);
    is_title.then_some(1..1 + title.len())
}

/// Whether `text` is a list of two names or more (`Jane Smith, Kai Lee`,
/// `Laurens van der Maaten and Geoffrey Hinton`, `Łukasz Kaiser, 李飞飞`):
/// each of five words at most, capitalised, a name's particle or of a
/// script without case.
fn names_people(text: &str) -> bool {
    let names = names_in(text);
    // `Open X-Embodiment: Robotic Learning Datasets and RT-X Models`: a
    // word before a colon heads a title; no name is written so.
    let name_word = |w: &str| {
        let heads_a_title = w.ends_with([':', '：']);
        let named = w.starts_with(char::is_uppercase)
            || NAME_PARTICLES.contains(&w.to_lowercase().as_str())
            || !w.chars().any(|c| c.is_uppercase() || c.is_lowercase());
        named && !heads_a_title
    };
    text.contains(" et al")
        || (names.len() >= 2
            && names.iter().all(|name| {
                let words: Vec<&str> = name.split_whitespace().collect();
                words.len() <= 5 && words.iter().all(|w| name_word(w))
            }))
}

/// Whether the text runs into a link that names something of its own in
/// the middle of a sentence (`which realizes [Generalized Paxos](...) and
/// makes`): a note citing a paper, not a title.
fn cites_a_link(text: &str, rest: &str) -> bool {
    let Some((name, after)) = super::cited_link::leading_link(rest) else {
        return false;
    };
    let named = !(super::title_words::is_label(name) || is_venue_tag(name) || is_preprint_id(name));
    named && super::cited_link::cited_mid_sentence(text, after)
}

/// Where the plain title at the start of `text` ends: at the first mark of
/// [`next_title_end`], but past the name a title gives itself in parentheses
/// (`Foundation Reinforcement Learning (FRL)`).
fn title_end(text: &str) -> usize {
    let mut from = 0;
    loop {
        let Some(found) = next_title_end(text, from) else {
            return text.len();
        };
        match own_acronym(&text[..found], &text[found..]) {
            Some(length) => from = found + length,
            None => return found,
        }
    }
}

/// The length of `(ACRONYM)` at the start of `text`, when it is the name
/// of the words `before` it: their initials (`Foundation Reinforcement
/// Learning (FRL)`). A word in parentheses after a name (`CLIP (OpenAI)`)
/// is no title's.
fn own_acronym(before: &str, text: &str) -> Option<usize> {
    let inner = text.strip_prefix('(')?;
    let close = inner.find(')')?;
    let name = &inner[..close];
    let initials: String = before
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|w| w.chars().find(|c| c.is_alphanumeric()))
        .flat_map(char::to_lowercase)
        .collect();
    let letters: String = name
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    let own = (2..=12).contains(&letters.len()) && initials.contains(&letters);
    own.then_some(close + 2)
}

/// `text` without the venue and year written after its last comma (`Title,
/// CVPR 2022`, `Title, ECCV`, `Title, 2021`), nor an `In` left before them.
fn without_trailing_venue<'t>(text: &'t str, venues: &VenueBook) -> &'t str {
    let mut kept = text;
    for _ in 0..3 {
        kept = kept.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '，' | ';'));
        let Some(comma) = kept.rfind([',', '，']) else {
            break;
        };
        let segment = &kept[comma..];
        let segment = segment.trim_start_matches([',', '，']);
        if !names_a_venue(segment) && !is_known_venue(segment, venues) {
            break;
        }
        kept = kept[..comma].trim_end();
    }
    for word in [" in", " In"] {
        if let Some(cut) = kept.strip_suffix(word) {
            kept = cut;
        }
    }
    kept
}

/// A venue the venue data knows by this very name, of two words or more,
/// with its year or without (`IEEE Robotics and Automation Letters`,
/// `Pattern Recognition 2021`): a list may write one paper's venue short in
/// one item and in full in another. A one-word name (`Nature`, `Blog`) or
/// a segment that only opens with a venue's name (`Machine Learning
/// Perspectives`) may be the title's own words.
fn is_known_venue(segment: &str, venues: &VenueBook) -> bool {
    let segment = segment.trim();
    let name = match segment.rsplit_once(char::is_whitespace) {
        Some((name, year)) if is_year(year) => name.trim_end(),
        _ => segment,
    };
    name.split_whitespace().count() >= 2 && venues.venue_named(name).is_some()
}

/// Four digits from 1900 to 2099.
fn is_year(word: &str) -> bool {
    word.len() == 4
        && word.bytes().all(|b| b.is_ascii_digit())
        && (word.starts_with("19") || word.starts_with("20"))
}

/// A short segment with a digit in it, or a word in capitals (`ECCV`,
/// `NeurIPS`): a venue, a year or both.
fn names_a_venue(segment: &str) -> bool {
    let words: Vec<&str> = segment.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 4
        && (segment.chars().any(|c| c.is_ascii_digit())
            || words
                .iter()
                .any(|w| w.chars().filter(char::is_ascii_uppercase).count() >= 2))
}

/// The title before one author's name after its only comma (`Multiple
/// Particle Interference and Quantum Error Correction, Andrew Steane`): a
/// name of two or three capitalised words (initials too), after a title of
/// four words or more with no comma of its own.
fn without_trailing_author(text: &str) -> Option<&str> {
    let (title, name) = text.split_once(',')?;
    let name_words: Vec<&str> = name.split_whitespace().collect();
    let is_name = (2..=3).contains(&name_words.len())
        && name_words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.trim_end_matches('.').chars().all(char::is_alphabetic)
        })
        && !name_words
            .iter()
            .any(|w| w.chars().filter(char::is_ascii_uppercase).count() >= 2);
    let title = title.trim_end();
    (is_name
        && !name.contains(['&', ','])
        && !name.contains(" and ")
        && title.split_whitespace().count() >= 4)
        .then_some(title)
}

/// `A. Smith, B. Jones and C. Lee`, or `Smith et al`: three names or more of
/// three capitalised words at most.
fn reads_as_authors(text: &str) -> bool {
    if text.contains(" et al") {
        return true;
    }
    let names = names_in(text);
    names.len() >= 3
        && names.iter().all(|name| {
            let words: Vec<&str> = name.split_whitespace().collect();
            words.len() <= 3 && words.iter().all(|w| w.starts_with(char::is_uppercase))
        })
}

/// The parts of a list of names: between commas, `&` and ` and `.
fn names_in(text: &str) -> Vec<&str> {
    text.split([',', '&'])
        .flat_map(|part| part.split(" and "))
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect()
}

#[cfg(test)]
mod tests;
