//! The looser match of two titles: one shortened, its acronyms written out,
//! a word swapped, or the title taken on to a new problem.

use super::key::{lower_words, without_venue_tag, FUNCTION_WORDS};
use crate::facts::title_key;
use std::collections::HashSet;

/// Whether one title is the other taken to a new problem ("Neural ordinary
/// differential equations" / "... for modeling epidemic spreading"), see
/// [`applies_a_method`]. Such titles match as a shortened copy; only rows
/// that also disagree on venue or year tell two papers apart.
pub fn taken_further(a: &str, b: &str) -> bool {
    let subtitled = [a, b]
        .iter()
        .any(|t| t.contains([':', '(', '–', '—']) || t.contains(" - "));
    let (a, b) = (
        title_key(without_venue_tag(a)),
        title_key(without_venue_tag(b)),
    );
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    !subtitled
        && long.starts_with(short.as_str())
        && long.as_bytes().get(short.len()) == Some(&b' ')
        && applies_a_method(short, &long[short.len() + 1..])
}

/// Whether the words after a short title take it somewhere new ("Neural
/// ordinary differential equations" / "... for modeling epidemic
/// spreading"): a preposition and two words of their own at least, after a
/// title of five words at most, with no subtitle mark in either (`SVAD:
/// From Single Image` is a name and its subtitle). A long title cut short
/// in one copy loses its end too, but keeps more than five words.
fn applies_a_method(short: &str, rest: &str) -> bool {
    const PREPOSITIONS: &[&str] = &[
        "for", "in", "on", "with", "via", "to", "towards", "toward", "using", "from", "by",
        "under", "through",
    ];
    let mut words = rest.split(' ');
    let leads = words.next().is_some_and(|w| PREPOSITIONS.contains(&w));
    let own = words.filter(|w| !FUNCTION_WORDS.contains(w)).count();
    leads && own >= 2 && short.split(' ').count() <= 5
}

/// Whether two title keys are one title respelled: as many words, in
/// order, each the same or one edit from its partner ("Object Contextual
/// Representation for sematic segmentation" and "Object-Contextual
/// Representations for Semantic Segmentation": a plural, a typo). Short
/// words (`for`, `and`) must be equal, and so must most of the words.
pub(super) fn respelled(a: &str, b: &str) -> bool {
    let (x, y): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    if x.len() != y.len() || x.len() < RESPELLED_TITLE_WORDS {
        return false;
    }
    let mut edited = 0;
    for (p, q) in x.iter().zip(&y) {
        if p == q {
            continue;
        }
        // A number that differs (`2021`, `YOLOv5`) names another edition.
        let numbered = |w: &str| w.bytes().any(|b| b.is_ascii_digit());
        if p.chars().count().min(q.chars().count()) < 4
            || numbered(p)
            || numbered(q)
            || !crate::knowledge::text::one_edit_apart(p, q)
        {
            return false;
        }
        edited += 1;
    }
    edited * 3 <= x.len()
}

/// Words a title has at least for its respelling to be read as one title.
const RESPELLED_TITLE_WORDS: usize = 4;

/// Whether `long` is `short` with its acronyms written out: "Unifying LLMs
/// and KGs: a roadmap" is "Unifying large language models and knowledge
/// graphs: a roadmap". Every other word must be the same, in order, so two
/// papers on one topic ("LLMs for X" / "Large Language Models for Y") differ.
pub(super) fn acronyms_spelled_out(short: &str, long: &str) -> bool {
    let long = lower_words(long);
    let mut rest = long.as_slice();
    let mut spelled = 0;
    for word in short
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if rest
            .first()
            .is_some_and(|first| first == &word.to_lowercase())
        {
            rest = &rest[1..];
            continue;
        }
        let Some(letters) = acronym_letters(word) else {
            return false;
        };
        let n = letters.len();
        let initials_match = rest.len() >= n
            && rest[..n]
                .iter()
                .zip(letters.chars())
                .all(|(w, l)| w.starts_with(l));
        if !initials_match {
            return false;
        }
        rest = &rest[n..];
        spelled += n;
    }
    // `A Survey on RL`: two initials say too little (representation
    // learning? reinforcement learning?); three words written out do.
    spelled >= 3 && rest.is_empty()
}

/// The letters an acronym stands for, lower case: `LLMs` -> `llm`, `KG` ->
/// `kg`; two to six capitals, a plural `s` allowed.
fn acronym_letters(word: &str) -> Option<String> {
    let capitals = word.strip_suffix('s').unwrap_or(word);
    ((2..=6).contains(&capitals.len()) && capitals.chars().all(|c| c.is_ascii_uppercase()))
        .then(|| capitals.to_ascii_lowercase())
}

/// A title shortened in one copy ("Sketch Guided diffusion" / "Sketch-Guided
/// DM") keeps nearly all of its words in the other. Function words and the
/// field's common words ("of", "language", "models") are shared by any two
/// titles of one topic, so only the short title's own words count, and the
/// longer it is, the fewer it may lose: "Sparse Low-rank Adaptation of
/// Pre-trained Language Models" is not a shortened "LoRETTA: Low-Rank ...
/// Adaptation for ... Large Language Models" (it loses sparse, pre, trained).
pub(super) fn shortened_copy(a: &HashSet<&str>, b: &HashSet<&str>) -> bool {
    let content = |words: &HashSet<&str>| -> usize {
        words.iter().filter(|w| !FUNCTION_WORDS.contains(w)).count()
    };
    let (short, long) = if content(a) <= content(b) {
        (a, b)
    } else {
        (b, a)
    };
    let own: Vec<&&str> = short
        .iter()
        .filter(|w| !FUNCTION_WORDS.contains(w))
        .collect();
    let kept = own.iter().filter(|w| long.contains(**w)).count();
    let lost = own.len() - kept;
    // Two words of the short title that the long one neither has nor
    // inflects (`algorithm`, `based` of NSW's title, missing from HNSW's
    // `Efficient and Robust ... Search Using Hierarchical ...`): another
    // paper's title, not this one cut short.
    let unrelated = own
        .iter()
        .filter(|w| w.chars().count() >= 4 && !long.iter().any(|l| same_word(l, w)))
        .count();
    kept >= 2 && lost <= (own.len() / 4).max(1) && unrelated <= 1 && !substituted(short, long)
}

/// Whether two words of two titles are one word: inflected (`graph`,
/// `graphs`: one stem of four letters) or mistyped (`lagre`, one edit or
/// two letters swapped).
fn same_word(a: &str, b: &str) -> bool {
    let stem = |w: &str| w.chars().take(4).collect::<String>();
    let sorted = |w: &str| {
        let mut letters: Vec<char> = w.chars().collect();
        letters.sort_unstable();
        letters
    };
    stem(a) == stem(b)
        || crate::knowledge::text::one_edit_apart(a, b)
        || (a.len() == b.len() && sorted(a) == sorted(b))
}

/// Whether the two titles differ by whole words put in place of others
/// ("Heterogeneous Graph Attention Network" / "Heterogeneous Graph Neural
/// Network", two papers), not by words dropped or abbreviated ("diffusion"
/// / "DM") or inflected ("graph" / "graphs").
fn substituted(short: &HashSet<&str>, long: &HashSet<&str>) -> bool {
    let only = |a: &HashSet<&str>, b: &HashSet<&str>| -> Vec<String> {
        a.iter()
            .filter(|w| !b.contains(*w) && !FUNCTION_WORDS.contains(w))
            .map(|w| w.to_string())
            .collect()
    };
    let (lost, added) = (only(short, long), only(long, short));
    let word = |w: &String| w.chars().count() >= 4;
    let related = |a: &String, b: &String| {
        let stem = |w: &String| w.chars().take(4).collect::<String>();
        stem(a) == stem(b)
    };
    !lost.is_empty()
        && added.len() <= lost.len()
        && lost.iter().chain(&added).all(word)
        && !lost.iter().any(|l| added.iter().any(|a| related(l, a)))
}
