//! How two rows' titles are told to name one paper: the part of a title
//! that names it, its identity key and that key's hash, and the looser
//! match that tolerates a shortened or slightly edited title.

use crate::facts::title_key;
use std::collections::HashSet;
use std::hash::{Hash, Hasher};

/// The part of a title that names the paper: a trailing parenthesised
/// acronym ("... Search (NAS)") is dropped, since lists add or leave it out.
pub(super) fn naming_part(title: &str) -> &str {
    let trimmed = title.trim_end();
    let Some(inner) = trimmed.strip_suffix(')') else {
        return title;
    };
    let Some(open) = inner.rfind('(') else {
        return title;
    };
    let acronym = &inner[open + 1..];
    let is_acronym = (2..=16).contains(&acronym.chars().count())
        && acronym
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '+')
        && acronym.chars().filter(|c| c.is_uppercase()).count() >= 2;
    let before = inner[..open].trim_end();
    // After a one-word name the part is a variant's mark, not an acronym
    // (`CharXiv(DQ)` and `CharXiv(RQ)` are two subsets, `VideoQA(FIB)` another
    // dataset than `VideoQA`).
    let words = before.split_whitespace().count();
    if is_acronym && words >= 2 && before.chars().any(char::is_alphanumeric) {
        before
    } else {
        title
    }
}

/// What two titles of one paper share: lower-case letters, digits and `+`,
/// without spaces (a lost space, "Methodsfor", is a common slip) and
/// without a trailing parenthesised acronym.
pub fn identity_key(title: &str) -> String {
    let mut key = String::with_capacity(title.len());
    for c in naming_part(title).chars() {
        if c.is_alphanumeric() || c == '+' {
            crate::facts::fold_letter(c, |l| key.push(l));
        }
    }
    key
}

/// The hash of a title's identity key, without building the key: it runs
/// for every row.
pub(super) fn title_hash(title: &str) -> u64 {
    let mut hasher = Fnv64::default();
    for c in naming_part(title).chars() {
        if c.is_alphanumeric() || c == '+' {
            if c.is_ascii() {
                c.to_ascii_lowercase().hash(&mut hasher);
            } else {
                crate::facts::fold_letter(c, |l| l.hash(&mut hasher));
            }
        }
    }
    // Tag it apart from paper ids.
    "title".hash(&mut hasher);
    hasher.finish()
}

/// FNV-1a: identities are hashed once per row of long lists, where SipHash's
/// strength buys nothing (a hash hit is confirmed on the real identity).
pub(super) struct Fnv64(u64);

impl Default for Fnv64 {
    fn default() -> Self {
        Fnv64(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv64 {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// Titles name one paper when equal after normalising, when one is the
/// other's leading words ("DARTS" / "DARTS: Differentiable ..."), or when
/// they share most of their words (a small edit).
/// A title without the venue tag some lists put before it, `(CVPR25)Title`,
/// `(CVPR25 Workshop)Title`: a short parenthesis holding a digit, so that
/// `(Un)supervised ...` keeps its first word.
fn without_venue_tag(title: &str) -> &str {
    let trimmed = title.trim_start();
    let Some(close) = trimmed.strip_prefix('(').and_then(|rest| rest.find(')')) else {
        return title;
    };
    let (tag, rest) = (&trimmed[1..close + 1], trimmed[close + 2..].trim_start());
    if tag.chars().count() <= 24 && tag.chars().any(|c| c.is_ascii_digit()) && !rest.is_empty() {
        rest
    } else {
        title
    }
}

/// Whether a "title" only names the authors (`Wang et al.`, `Xu et. al`,
/// `Shen et al. (RF-UC)`): leaderboards label rows so, and two papers by
/// two Wangs are not one paper.
pub fn names_authors_only(title: &str) -> bool {
    let label = title.split('(').next().unwrap_or(title);
    // Most titles do not end in `al`: no words to build.
    let end = label.trim_end_matches(|c: char| c.is_whitespace() || c == '.');
    if !end
        .len()
        .checked_sub(2)
        .and_then(|i| end.get(i..))
        .is_some_and(|t| t.eq_ignore_ascii_case("al"))
    {
        return false;
    }
    let words: Vec<String> = label
        .split(|c: char| c.is_whitespace() || c == '.')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let names = match words.as_slice() {
        [names @ .., et, al] if et == "et" && al == "al" => names.len(),
        [names @ .., etal] if etal == "etal" => names.len(),
        _ => return false,
    };
    (1..=2).contains(&names)
}

/// A text's words in lower case, split at anything but letters and digits.
pub fn lower_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

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
    let (a, b) = (a.trim(), b.trim());
    let plus_marks = |name: &str| name.len() - name.trim_end_matches('+').len();
    let without_plus = |name: &str| identity_key(name.trim_end_matches('+'));
    (plus_marks(a) != plus_marks(b) && without_plus(a) == without_plus(b))
        || one_name_with_a_version(a, b)
}

pub fn titles_match(a: Option<&str>, b: Option<&str>) -> bool {
    let (Some(a), Some(b)) = (a, b) else {
        // Without a title there is nothing to contradict the shared id.
        return true;
    };
    let (a, b) = (without_venue_tag(a), without_venue_tag(b));
    if identity_key(a) == identity_key(b) {
        return true;
    }
    // `MGL_v2: ...` beside `MGL: ...`, `YOLO++: ...` beside `YOLO: ...`:
    // a name in another version names another paper.
    if let (Some((x, _)), Some((y, _))) = (title_after_name(a), title_after_name(b)) {
        if versions_of_one_name(x, y) {
            return false;
        }
    }
    // `4) MusicGen - a single-stage transformer ...` and `4) MusicGen - a
    // simple and controllable model ...`: one name, described twice.
    if let (Some(x), Some(y)) = (lead_name(a), lead_name(b)) {
        if identity_key(x) == identity_key(y) {
            return true;
        }
    }
    // `IMDer: Incomplete Multimodal Learning for Emotion Recognition` and
    // `IMDer: Incomplete Multimodal Learning via Diffusion for ERC`: one
    // paper's name, its subtitle written two ways.
    if let (Some((x, sub_x)), Some((y, sub_y))) = (name_before_colon(a), name_before_colon(b)) {
        // `T2I-CompBench++` is the extension of `T2I-CompBench`, and
        // `MGL_v2` of `MGL`: a name with another version names another
        // paper, however alike the subtitles.
        if versions_of_one_name(x, y) {
            return false;
        }
        if identity_key(x) == identity_key(y) && subtitles_share_a_word(sub_x, sub_y) {
            return true;
        }
    }
    if acronyms_spelled_out(a, b) || acronyms_spelled_out(b, a) {
        return true;
    }
    let (a, b) = (title_key(a), title_key(b));
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.starts_with(short.as_str()) && long.as_bytes().get(short.len()) == Some(&b' ') {
        // `MobileLLM-R1` / `MobileLLM-R1.5`: a version's number, another
        // model; `(2017)` after a title is its year, the same title.
        let rest = &long[short.len() + 1..];
        // A name alone (`DAVIS` / `DAVIS 2017`) with a year is another edition.
        let year = rest.len() == 4
            && (rest.starts_with("19") || rest.starts_with("20"))
            && short.split(' ').count() >= 3;
        return year || !rest.bytes().all(|b| b.is_ascii_digit());
    }
    let words_a: HashSet<&str> = a.split(' ').collect();
    let words_b: HashSet<&str> = b.split(' ').collect();
    let shared = words_a.intersection(&words_b).count();
    let all = words_a.union(&words_b).count();
    all > 0 && (shared as f64 / all as f64 >= 0.7 || shortened_copy(&words_a, &words_b))
}

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

/// Whether `long` is `short` with its acronyms written out: "Unifying LLMs
/// and KGs: a roadmap" is "Unifying large language models and knowledge
/// graphs: a roadmap". Every other word must be the same, in order, so two
/// papers on one topic ("LLMs for X" / "Large Language Models for Y") differ.
fn acronyms_spelled_out(short: &str, long: &str) -> bool {
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
fn shortened_copy(a: &HashSet<&str>, b: &HashSet<&str>) -> bool {
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

/// Words that say nothing of which paper a title names.
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "is", "of", "on", "or", "the",
    "to", "towards", "toward", "via", "with",
];

/// A paper's own coined name before its subtitle, and the subtitle: one
/// word mixing cases past its first letter (`IMDer`, `DialogueLLM`), not a
/// word or an acronym many papers share (`Position:`, `Survey:`, `SAM:`
/// for both Sharpness-Aware Minimization and Segment Anything).
pub(super) fn name_before_colon(title: &str) -> Option<(&str, &str)> {
    let (name, subtitle) = title.split_once(':')?;
    let name = name.trim();
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
pub(super) fn title_after_name(title: &str) -> Option<(&str, &str)> {
    // `OVM, Outcome-supervised ...` writes an acronym's colon as a comma.
    let acronym_comma = title.split_once(',').filter(|(name, _)| {
        let name = name.trim();
        (2..=8).contains(&name.len())
            && name
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')
    });
    let (name, rest) = title.split_once(':').or(acronym_comma)?;
    let name = name.trim();
    let rest = rest.trim();
    let name_words = name.split_whitespace().count();
    // A title cut short (`... Perception via…`) may end two papers' titles.
    let cut_short = rest.ends_with('…') || rest.ends_with("...");
    ((1..=3).contains(&name_words)
        && name.chars().any(char::is_alphabetic)
        && rest.split_whitespace().count() >= 4
        && !cut_short)
        .then_some((name, rest))
}

/// Whether two titles are one once a leading name is set aside (`NAME:
/// Title` and `Title`); two different names before one title are not.
pub(super) fn same_title_past_a_name(a: &str, b: &str) -> bool {
    let (name_a, rest_a) = title_after_name(a).map_or((None, a), |(n, r)| (Some(n), r));
    let (name_b, rest_b) = title_after_name(b).map_or((None, b), |(n, r)| (Some(n), r));
    let names_agree = match (name_a, name_b) {
        (Some(x), Some(y)) => identity_key(x) == identity_key(y),
        _ => true,
    };
    names_agree && identity_key(rest_a) == identity_key(rest_b)
}

/// Whether two subtitles share a word of their own (not a function word).
fn subtitles_share_a_word(a: &str, b: &str) -> bool {
    let (a, b) = (title_key(a), title_key(b));
    let words_b: HashSet<&str> = b.split(' ').collect();
    a.split(' ')
        .any(|w| w.chars().count() >= 3 && !FUNCTION_WORDS.contains(&w) && words_b.contains(w))
}

/// The name a title cell gives before a dash and a description, after an
/// optional number: `MusicGen` in `4) MusicGen - a single-stage ...`.
fn lead_name(title: &str) -> Option<&str> {
    let title = title.trim_start();
    let after_number = title.trim_start_matches(|c: char| c.is_ascii_digit());
    let title = match after_number.strip_prefix([')', '.']) {
        Some(rest) if after_number.len() < title.len() => rest.trim_start(),
        _ => title,
    };
    let (name, description) = [" - ", " – ", " — "]
        .iter()
        .find_map(|dash| title.split_once(dash))?;
    (name.chars().any(char::is_alphanumeric) && !description.trim().is_empty()).then_some(name)
}

#[cfg(test)]
mod tests {
    #[test]
    fn one_name_described_twice_is_one_title() {
        let a =
            "4) MusicGen - a single-stage transformer-based LLM that operates over several streams";
        let b = "4) MusicGen - a simple and controllable model for music generation";
        assert!(super::titles_match(Some(a), Some(b)));
        let c = "7) Factuality Detection in LLMs - proposes a tool called FacTool";
        assert!(!super::titles_match(Some(a), Some(c)));
    }

    #[test]
    fn a_title_with_its_acronyms_written_out_is_one_title() {
        let long = "Unifying large language models and knowledge graphs: a roadmap";
        for short in [
            "Unifying LLMs and KGs: a roadmap",
            "Unifying LLM and KG: A Roadmap",
        ] {
            assert!(super::titles_match(Some(short), Some(long)), "{short}");
        }
        // Another word beside the acronym: another paper.
        let other = "Unifying LLMs and KGs: a survey";
        assert!(!super::acronyms_spelled_out(other, long));
        assert!(!super::acronyms_spelled_out(
            "Scaling LLMs",
            "Scaling laws models"
        ));
        assert!(!super::titles_match(
            Some("A Survey on RL"),
            Some("A survey on representation learning")
        ));
    }

    #[test]
    fn a_version_number_after_a_name_is_another_model() {
        assert!(!super::titles_match(
            Some("MobileLLM-R1"),
            Some("MobileLLM-R1.5")
        ));
        assert!(super::titles_match(
            Some("DARTS"),
            Some("DARTS: Differentiable Architecture Search")
        ));
        assert!(super::titles_match(
            Some("Attention Is All You Need"),
            Some("Attention Is All You Need (2017)")
        ));
        assert!(!super::titles_match(Some("DAVIS"), Some("DAVIS 2017")));
    }

    #[test]
    fn a_name_with_its_version_is_one_name() {
        for (a, b) in [
            ("SQuAD", "SQuAD1.0"),
            ("MobileLLM-R1", "MobileLLM-R1.5"),
            ("BERT", "BERT v2"),
        ] {
            assert!(super::one_name_with_a_version(a, b), "{a} {b}");
        }
        for (a, b) in [
            ("SQuAD", "SQuAD"),
            ("GPT", "GPT-Neo"),
            ("R1", "R12"),
            ("SQuAD", "CoQA 2"),
        ] {
            assert!(!super::one_name_with_a_version(a, b), "{a} {b}");
        }
    }

    #[test]
    fn a_one_word_names_mark_is_part_of_it() {
        assert_eq!(
            super::naming_part("Neural Architecture Search (NAS)"),
            "Neural Architecture Search"
        );
        assert_eq!(super::naming_part("CharXiv(DQ)"), "CharXiv(DQ)");
        assert_eq!(super::naming_part("VideoQA (FIB)"), "VideoQA (FIB)");
    }

    #[test]
    fn variants_of_one_work_have_related_names() {
        for (a, b) in [
            ("MT-GPT", "MT-GPT2"),
            ("MT-GPTJ", "MT-BART"),
            ("SABRA-Res50", "SABRA-Res50FPN"),
            ("CDN-s+HQM", "QPIC+HQM"),
            ("ChemRxnExtractor", "ChemBERT"),
            ("VIL+", "VIL+DisTR"),
        ] {
            assert!(super::related_names(a, b), "{a} {b}");
        }
        for (a, b) in [
            ("DiffPose", "PoseFormer"),
            ("ReCo", "Preemptive Hallucination Reduction"),
            ("LLaMP", "MT-GPT"),
            ("", "A"),
        ] {
            assert!(!super::related_names(a, b), "{a} {b}");
        }
    }

    #[test]
    fn author_labels_are_no_titles() {
        for label in [
            "Wang et al.",
            "Xu et. al",
            "Wang et.al.",
            "Shen et al. (RF-UC)",
            "Van Gool etal",
        ] {
            assert!(super::names_authors_only(label), "{label}");
        }
        for title in [
            "et al",
            "Deep Learning",
            "Wang",
            "A Survey by Wang et al.",
            "",
        ] {
            assert!(!super::names_authors_only(title), "{title}");
        }
    }

    use super::*;

    #[test]
    fn title_hash_agrees_with_identity_key() {
        let pairs = [
            (
                "DARTS: Differentiable  Architecture Search",
                "darts - differentiable architecture search.",
            ),
            ("β-DARTS++", "Β-darts++"),
            // A lost space, seen in real lists.
            (
                "Learning Methods for Neural Architecture Search",
                "Learning Methodsfor Neural Architecture Search",
            ),
            ("StyleDiffusion", "Style Diffusion"),
            // A trailing acronym one copy adds.
            (
                "Differentiable Architecture Search (DARTS)",
                "Differentiable Architecture Search",
            ),
        ];
        for (a, b) in pairs {
            assert_eq!(identity_key(a), identity_key(b), "{a} / {b}");
            assert_eq!(title_hash(a), title_hash(b), "{a} / {b}");
        }
        assert_ne!(title_hash("β-DARTS++: x"), title_hash("β-DARTS: x"));
        // Only a short parenthesised acronym goes, not other trailing words.
        assert_ne!(
            identity_key("Attention Is All You Need (extended version)"),
            identity_key("Attention Is All You Need")
        );
        assert_ne!(identity_key("(NAS)"), "");
    }

    #[test]
    fn titles_match_despite_case_prefixes_and_small_edits() {
        let m = |a: &str, b: &str| titles_match(Some(a), Some(b));
        assert!(m(
            "NAS-Bench-101: Towards Reproducible NAS",
            "nas-bench-101 towards reproducible NAS"
        ));
        assert!(m("DARTS", "DARTS: Differentiable Architecture Search"));
        assert!(m(
            "Once for All: Train One Network and Specialize it for Efficient Deployment",
            "Once-for-All: Train One Network and Specialize It for Efficient Deployment on Diverse Hardware"
        ));
        assert!(!m(
            "One-Shot Neural Ensemble Architecture Search by Diversity-Guided Search Space Shrinking",
            "DOTS: Decoupling Operation and Topology in Differentiable Architecture Search"
        ));
        // A venue tag before one copy's title, in a list that writes them.
        assert!(m(
            "SEGA",
            "(25)SEGA: Drivable 3D Gaussian Head Avatar from a Single Image"
        ));
        assert!(m("(CVPR25 Workshop)SVAD: From Single Image", "SVAD"));
        assert!(!m("(CVPR25)SVAD: From Single Image", "SEGA"));
        assert!(!m(
            "β-DARTS++: Bi-level Regularization",
            "β-DARTS: Beta-Decay Regularization"
        ));
    }

    #[test]
    fn a_short_title_taken_to_a_new_problem_is_told_apart() {
        assert!(taken_further(
            "Neural ordinary differential equations",
            "Neural ordinary differential equations for modeling epidemic spreading"
        ));
        // A long title cut short, a subtitle after a name: no new problem.
        assert!(!taken_further(
            "Denoising Diffusion Probabilistic Models for Robust Image Super-Resolution",
            "Denoising Diffusion Probabilistic Models for Robust Image Super-Resolution in the Wild"
        ));
        assert!(!taken_further(
            "DARTS",
            "DARTS: Differentiable Architecture Search"
        ));
        assert!(!taken_further("SVAD", "SVAD: From Single Image"));
    }

    #[test]
    fn a_shortened_title_keeps_its_own_words() {
        let m = |a: &str, b: &str| titles_match(Some(a), Some(b));
        assert!(m("Sketch Guided diffusion", "Sketch-Guided DM"));
        // Shared function and topic words make no shortened copy: the short
        // title loses "sparse", "pre" and "trained".
        assert!(!m(
            "Sparse Low-rank Adaptation of Pre-trained Language Models",
            "LoRETTA: Low-Rank Economic Tensor-Train Adaptation for Ultra-Low-Parameter Fine-Tuning of Large Language Models"
        ));
        // A word put in place of another is another paper; an abbreviation
        // or an inflection is not.
        assert!(!m(
            "Heterogeneous Graph Attention Network",
            "Heterogeneous Graph Neural Network"
        ));
        assert!(m(
            "Query-based Adversarial Attacks on Graph with Fake Nodes",
            "Query-based Adversarial Attacks on Graphs with Fake Nodes"
        ));
        assert!(!m(
            "Latent diffusion for arbitrary zoom MRI super-resolution",
            "IM-Diff: Implicit Multi-Contrast Diffusion Model for Arbitrary Scale MRI Super-Resolution"
        ));
        // Two of the short title's words that the long one neither has nor
        // inflects: NSW's title, not HNSW's cut short.
        assert!(!m(
            "Approximate nearest neighbor algorithm based on navigable small world graphs",
            "Efficient and Robust Approximate Nearest Neighbor Search Using Hierarchical Navigable Small World Graphs (Abbr. HNSW)"
        ));
    }

    #[test]
    fn one_name_before_two_subtitles_is_one_title() {
        let m = |a: &str, b: &str| titles_match(Some(a), Some(b));
        assert!(m(
            "IMDer: Incomplete Multimodal Learning for Emotion Recognition",
            "IMDer: Incomplete Multimodal Learning via Diffusion for ERC"
        ));
        assert!(!m(
            "AnyText: Multilingual Visual Text Generation And Editing",
            "Anytext2: Visual text generation and editing with customizable attributes"
        ));
        // Four words before the colon are a sentence, not a name.
        assert!(!m(
            "Learning to Search Architectures: a study of reward shaping",
            "Learning to Search Architectures: fast evolution by weight sharing"
        ));
        // A word or an acronym many papers share names none of them.
        assert!(!m(
            "Position: Levels of AGI for Operationalizing Progress on the Path to AGI",
            "Position: Graph Learning Will Lose Relevance Due To Poor Benchmarks"
        ));
        assert!(!m(
            "SAM: Sharpness-Aware Minimization for Efficiently Improving Generalization",
            "SAM: Segment Anything"
        ));
        // A coined name before two subtitles that share nothing is two papers.
        assert!(!m(
            "GraphX: Fast Joins on GPUs",
            "GraphX: Protein Folding Atlas"
        ));
    }

    #[test]
    fn ligatures_are_spelt_out_in_identity_keys_and_hashes() {
        assert_eq!(identity_key("Simﬂuence"), identity_key("SimFluence"));
        assert_eq!(title_hash("Simﬂuence"), title_hash("SimFluence"));
    }
}
