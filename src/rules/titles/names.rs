//! The names a title gives before its description (`NAME: subtitle`,
//! `MusicGen - a model ...`), and when two names are one name or two
//! versions of it.

use super::key::{identity_key, lower_words, FUNCTION_WORDS};
use crate::facts::title_key;
use std::collections::HashSet;

/// Whether two short names look like variants of one work: the same first
/// word (`MT-GPT`, `MT-BART`; `SABRA-Res50`, `SABRA-Res50FPN`), a shared word
/// of three letters or more (`CDN-s+HQM`, `QPIC+HQM`), or a common start of
/// four letters (`ChemRxnExtractor`, `ChemBERT`). `DiffPose` and `PoseFormer`
/// are not.
pub fn related_names(a: &str, b: &str) -> bool {
    let (x, y) = (lower_words(a), lower_words(b));
    if x.is_empty() || y.is_empty() {
        return false;
    }
    let common_start = x[0]
        .chars()
        .zip(y[0].chars())
        .take_while(|(p, q)| p == q)
        .count();
    x[0] == y[0] || common_start >= 4 || x.iter().any(|w| w.chars().count() >= 3 && y.contains(w))
}

/// Whether two titles open with two coined names that are no variants of
/// one another (`DriveGPT4: ...` and `ADriver-I: ...`): two papers, however
/// many words of their field the subtitles share.
pub fn two_coined_names(a: &str, b: &str) -> bool {
    match (name_before_colon(a), name_before_colon(b)) {
        (Some((x, _)), Some((y, _))) => !related_names(x, y),
        _ => false,
    }
}

/// Whether one name is the other with a version after it: `SQuAD` and
/// `SQuAD1.0`, `MobileLLM-R1` and `MobileLLM-R1.5`, `BERT` and `BERT v2`.
pub fn one_name_with_a_version(a: &str, b: &str) -> bool {
    let (a, b) = (identity_key(a), identity_key(b));
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let Some(rest) = long.strip_prefix(short.as_str()) else {
        return false;
    };
    let rest = rest.strip_prefix('v').unwrap_or(rest);
    short.chars().count() >= 3 && !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit())
}

/// Whether two names are one name in two versions: a version's number
/// ([`one_name_with_a_version`]) or `+` signs after it (`T2I-CompBench`,
/// `T2I-CompBench++`).
pub fn versions_of_one_name(a: &str, b: &str) -> bool {
    let (a, b) = (
        crate::knowledge::text::trim(a),
        crate::knowledge::text::trim(b),
    );
    let plus_marks = |name: &str| name.len() - name.trim_end_matches('+').len();
    let without_plus = |name: &str| identity_key(name.trim_end_matches('+'));
    (plus_marks(a) != plus_marks(b) && without_plus(a) == without_plus(b))
        || one_name_with_a_version(a, b)
}

/// A paper's own coined name before its subtitle, and the subtitle: one
/// word mixing cases past its first letter (`IMDer`, `DialogueLLM`), not a
/// word or an acronym many papers share (`Position:`, `Survey:`, `SAM:`
/// for both Sharpness-Aware Minimization and Segment Anything).
pub(crate) fn name_before_colon(title: &str) -> Option<(&str, &str)> {
    let (name, subtitle) = title.split_once(':')?;
    let name = crate::knowledge::text::trim(name);
    let coined = !name.contains(char::is_whitespace)
        && name.chars().skip(1).any(char::is_uppercase)
        && name.chars().any(char::is_lowercase);
    (coined && subtitle.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .then_some((name, subtitle))
}

/// The title after a leading name of one to three words and a colon
/// (`Occupancy-MAE: Self-supervised Pre-training ...`), when what follows
/// reads as a title of four words or more: lists write a paper's title
/// with its name before it or without.
pub(crate) fn title_after_name(title: &str) -> Option<(&str, &str)> {
    // `OVM, Outcome-supervised ...` writes an acronym's colon as a comma
    // (looked for only without a colon: this runs for every row).
    let acronym_comma = || {
        title.split_once(',').filter(|(name, _)| {
            let name = crate::knowledge::text::trim(name);
            (2..=8).contains(&name.len())
                && name
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')
        })
    };
    // By memchr: `str::split_once` set up a searcher for every row's title.
    let colon = memchr::memchr(b':', title.as_bytes()).map(|at| (&title[..at], &title[at + 1..]));
    let (name, rest) = colon.or_else(acronym_comma)?;
    let name = crate::knowledge::text::trim(name);
    let rest = crate::knowledge::text::trim(rest);
    // Words read by byte: this runs for every row's title.
    let name_words = crate::knowledge::text::words(name).count();
    // A title cut short (`... Perception via…`) may end two papers' titles.
    let cut_short = rest.ends_with('…') || rest.ends_with("...");
    ((1..=3).contains(&name_words)
        && name.chars().any(char::is_alphabetic)
        && crate::knowledge::text::words(rest).nth(3).is_some()
        && !cut_short)
        .then_some((name, rest))
}

/// Whether two titles are one once a leading name is set aside (`NAME:
/// Title` and `Title`); two different names before one title are not.
pub(crate) fn same_title_past_a_name(a: &str, b: &str) -> bool {
    let (name_a, rest_a) = title_after_name(a).map_or((None, a), |(n, r)| (Some(n), r));
    let (name_b, rest_b) = title_after_name(b).map_or((None, b), |(n, r)| (Some(n), r));
    let names_agree = match (name_a, name_b) {
        (Some(x), Some(y)) => identity_key(x) == identity_key(y) || one_genre(x, y),
        _ => true,
    };
    names_agree && identity_key(rest_a) == identity_key(rest_b)
}

/// Whether two titles give one coined name before two subtitles
/// (`Magicoder: Empowering Code Generation with OSS-Instruct` and
/// `Magicoder: Source code is all you need`): one paper, retitled. A
/// genre's label (`Survey:`) names no paper.
pub fn one_name_two_subtitles(a: &str, b: &str) -> bool {
    let (Some((x, _)), Some((y, _))) = (title_after_name(a), title_after_name(b)) else {
        return false;
    };
    let key = identity_key(x);
    !x.contains(char::is_whitespace)
        && key.chars().count() >= 4
        && key == identity_key(y)
        && !GENRE_LABELS
            .iter()
            .any(|genre| genre.contains(&key.as_str()))
}

/// Whether two titles give one coined name before one subtitle, written
/// once in full and once with a word or two fewer, or its last word cut
/// (`Atom: Low-bit quantization for efficient and accurate llm serving`
/// and `Atom: Low-Bit Quantization for Efficient LLM Serving`): one paper
/// pasted twice. Every word of the shorter subtitle that carries meaning
/// is in the longer one; three such words at least, so that a name's
/// one-word tagline says nothing.
pub fn one_name_one_subtitle_shortened(a: &str, b: &str) -> bool {
    let (Some((_, x)), Some((_, y))) = (title_after_name(a), title_after_name(b)) else {
        return false;
    };
    if !one_name_two_subtitles(a, b) {
        return false;
    }
    let meaning = |subtitle: &str| -> Vec<String> {
        lower_words(subtitle)
            .into_iter()
            .filter(|w| !FUNCTION_WORDS.contains(&w.as_str()))
            .collect()
    };
    let (x, y) = (meaning(x), meaning(y));
    let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    let Some((last, whole)) = short.split_last() else {
        return false;
    };
    let cut_short = |word: &str| word.len() >= 3 && long.iter().any(|w| w.starts_with(word));
    short.len() >= SHORTENED_SUBTITLE_WORDS
        && long.len() - short.len() <= WORDS_A_COPY_DROPS
        && whole.iter().all(|w| long.contains(w))
        && (long.contains(last) || cut_short(last))
}

/// Words of meaning the shorter subtitle keeps at least.
const SHORTENED_SUBTITLE_WORDS: usize = 3;

/// Words of meaning a shortened copy leaves out at most: more is another
/// paper's longer title.
const WORDS_A_COPY_DROPS: usize = 2;

/// Whether one text is a note that opens with the coined name the other
/// title gives before its colon (`Score from Nvidia, a link to the github
/// is inside the article, ...` and `SCORE: Systematic COnsistency and
/// Robustness Evaluation for Large Language Models`): a note on the named
/// paper, not another paper's title. A title opening with that word
/// (`Scope Delineation Before Localization (SDBL)` beside `SCOPE: ...`)
/// is another paper's.
pub fn opens_with_the_others_name(a: &str, b: &str) -> bool {
    let opens = |text: &str, titled: &str| {
        let note = text.contains(", ") && text.split_whitespace().count() >= NOTE_WORDS;
        if !note {
            return false;
        }
        let Some((name, _)) = title_after_name(titled) else {
            return false;
        };
        let key = identity_key(name);
        let first_word = text.split_whitespace().next().unwrap_or("");
        !name.contains(char::is_whitespace)
            && key.chars().count() >= 4
            && identity_key(first_word) == key
            && title_after_name(text).is_none()
            && !GENRE_LABELS
                .iter()
                .any(|genre| genre.contains(&key.as_str()))
    };
    opens(a, b) || opens(b, a)
}

/// Whether one title gives a coined name before its colon that the other
/// title holds as a word of its own (`AQUA: Network-Accelerated Memory
/// Offloading ...` and `Responsive ML inference in multi-tenanted
/// environments using AQUA`): one work under two titles. A name with a
/// version after it (`FlashAttention-2`) is another word.
pub fn names_the_others_work(a: &str, b: &str) -> bool {
    let named_in = |titled: &str, other: &str| {
        let Some((name, _)) = title_after_name(titled) else {
            return false;
        };
        let key = identity_key(name);
        !name.contains(char::is_whitespace)
            && key.chars().count() >= 4
            && title_after_name(other).is_none_or(|(own, _)| identity_key(own) != key)
            && !GENRE_LABELS
                .iter()
                .any(|genre| genre.contains(&key.as_str()))
            && other
                .split_whitespace()
                .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric() && c != '+'))
                .any(|word| word == name)
    };
    named_in(a, b) || named_in(b, a)
}

/// Words a note in a link's text has at least, with a comma between its
/// clauses: fewer make a title.
const NOTE_WORDS: usize = 10;

/// Labels of a paper's genre written before the colon, by genre: the
/// ways of one genre (`Position:`, `Position Paper:`) label one paper; two
/// genres (`Tutorial:` and `Survey:`) are two works.
const GENRE_LABELS: &[&[&str]] = &[
    &["position", "positionpaper"],
    &["perspective", "perspectives", "perspectivepaper"],
    &["opinion", "opinionpaper"],
    &["vision", "visionpaper"],
    &["survey", "asurvey", "surveypaper"],
    &["review", "areview", "reviewpaper"],
    &["tutorial", "atutorial"],
];

/// Whether two names before a colon are two ways of one genre's label.
fn one_genre(a: &str, b: &str) -> bool {
    let (a, b) = (identity_key(a), identity_key(b));
    GENRE_LABELS
        .iter()
        .any(|genre| genre.contains(&a.as_str()) && genre.contains(&b.as_str()))
}

/// Whether two subtitles share a word of their own (not a function word).
pub(super) fn subtitles_share_a_word(a: &str, b: &str) -> bool {
    let (a, b) = (title_key(a), title_key(b));
    let words_b: HashSet<&str> = b.split(' ').collect();
    a.split(' ')
        .any(|w| w.chars().count() >= 3 && !FUNCTION_WORDS.contains(&w) && words_b.contains(w))
}

/// The name a title cell gives before a dash and a description, after an
/// optional number: `MusicGen` in `4) MusicGen - a single-stage ...`.
pub(super) fn lead_name(title: &str) -> Option<&str> {
    let title = title.trim_start();
    let after_number = title.trim_start_matches(|c: char| c.is_ascii_digit());
    let title = match after_number.strip_prefix([')', '.']) {
        Some(rest) if after_number.len() < title.len() => rest.trim_start(),
        _ => title,
    };
    let (name, description) = [" - ", " – ", " — "]
        .iter()
        .find_map(|dash| title.split_once(dash))?;
    (name.chars().any(char::is_alphanumeric)
        && !crate::knowledge::text::trim(description).is_empty())
    .then_some(name)
}
