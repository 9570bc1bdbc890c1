//! What reads as a title rather than a link's label.

/// Words a title has at least: shorter link texts and bold words are
/// labels (`[paper]`, `**CVPR 2023**`, a model's name).
pub(super) const TITLE_WORDS: usize = 4;

/// Four words or more, one of them not a word every link label uses
/// (`Read the original paper`, `Click here for the code` name no paper).
pub fn is_title(text: &str) -> bool {
    let words = words_of(text);
    words.len() >= TITLE_WORDS && words.iter().any(|w| !LINK_WORDS.contains(&w.as_str()))
}

/// A title in Chinese or Japanese, which write no spaces between words:
/// four words or more, counting one per two ideographs or kana
/// (`数据闭环的核心 - Auto-labeling 方案分享`). Such an item is a work the
/// list files among its papers, not a category; its title is not compared
/// with the papers' (a headline about a paper is no paper's title).
pub fn is_cjk_title(text: &str) -> bool {
    let words = words_of(text);
    let count: usize = words.iter().map(|w| word_count(w)).sum();
    count > words.len() && count >= TITLE_WORDS
}

/// How many words a run of letters is: one, or for Chinese and Japanese,
/// which write no spaces between words, one per two ideographs or kana
/// (`数据闭环的核心`, seven characters, is about four words).
fn word_count(word: &str) -> usize {
    let ideographs = word.chars().filter(|&c| is_ideograph_or_kana(c)).count();
    if ideographs == 0 {
        1
    } else {
        ideographs.div_ceil(2) + usize::from(word.chars().any(|c| c.is_ascii_alphanumeric()))
    }
}

/// CJK ideographs (the unified block and extension A) and Japanese kana.
fn is_ideograph_or_kana(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}')
}

/// Link text made only of words every link label uses (`arxiv`, `paper`,
/// `[PDF]`, `Project Page`).
pub fn is_label(text: &str) -> bool {
    let words = words_of(text);
    !words.is_empty() && words.iter().all(|w| is_link_word(w))
}

/// The words of `text`, lower case, without the marks around them.
fn words_of(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether `word` (lower case) is one of the words link labels use.
pub fn is_link_word(word: &str) -> bool {
    LINK_WORDS.contains(&word)
}

/// Words of link labels, not of titles.
const LINK_WORDS: &[&str] = &[
    "a", "an", "the", "this", "here", "click", "read", "see", "view", "open", "download", "full",
    "original", "official", "paper", "papers", "pdf", "code", "link", "page", "project", "website",
    "arxiv", "for", "of", "to", "on", "and", "our", "its", "more", "details", "version",
];

/// A label for one of a paper's resources, as lists write them on the
/// paper's own nested lines (`[[TensorFlow code]]`, `[[Synthetic
/// Dataset(Baidu Drive password: os9v)]]`, `[[No released code]]`,
/// `[[Github with no code release]]`, the slip `[[Projet]]`): a label, or a
/// few words that end with a resource's name or open as only such labels
/// do, asides in parentheses not counted.
pub fn is_resource_label(text: &str) -> bool {
    let unaside = without_parentheses(text);
    if is_label(&unaside) {
        return true;
    }
    let words = words_of(&unaside);
    match words.as_slice() {
        [word] if is_link_word_less_a_letter(word) => true,
        [word] => RESOURCE_WORDS.contains(&word.as_str()),
        [first, .., last] if words.len() <= RESOURCE_LABEL_WORDS => {
            RESOURCE_WORDS.contains(&last.as_str()) || RESOURCE_LEADS.contains(&first.as_str())
        }
        _ => false,
    }
}

/// Words naming what a paper comes with besides itself, which end a
/// resource's label (`TensorFlow code`, `Synthetic Dataset`).
const RESOURCE_WORDS: &[&str] = &[
    "code",
    "codes",
    "dataset",
    "datasets",
    "implementation",
    "slides",
    "video",
    "demo",
    "poster",
    "supp",
    "supplementary",
    "homepage",
    "github",
    "weights",
];

/// Words that open a resource's label and no title (`Github with no code
/// release`).
const RESOURCE_LEADS: &[&str] = &["github", "unofficial"];

/// Words a resource's label has at most; a longer text names more.
const RESOURCE_LABEL_WORDS: usize = 5;

/// Whether `word` is a link word of six letters or more with one letter
/// dropped (`projet`): shorter words lose too much to be told apart.
fn is_link_word_less_a_letter(word: &str) -> bool {
    word.is_ascii()
        && LINK_WORDS
            .iter()
            .filter(|full| full.len() >= 6 && full.len() == word.len() + 1)
            .any(|full| {
                (0..full.len()).any(|i| full[..i] == word[..i] && full[i + 1..] == word[i..])
            })
}

/// Whether `text` is one name with asides in parentheses that hold a
/// year (`DexGraspNet(ICRA2023 Outstanding Manipulation Paper Award
/// Finalist)(arxiv2022.10)`): tags a list writes beside a model's name,
/// however many their words, and no title; so are a few words before a
/// colon (`YouTube 3D Hands: (CVPR2020 Oral)`, a dataset's name before the
/// linked title). A title with such an aside (`Transformers in Vision (ACM
/// CSUR 2022)`) keeps its words.
pub fn is_name_with_dated_tags(text: &str) -> bool {
    let without = without_dated_asides(text);
    let words = without.split_whitespace().count();
    let named = without.trim_end().ends_with([':', '：']) && words < TITLE_WORDS;
    without.len() < text.len() && (words <= 1 || named)
}

/// `text` without the asides in parentheses that hold a year.
fn without_dated_asides(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('(') {
        return text.into();
    }
    let mut kept = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        let Some(close) = rest[open..].find(')').map(|at| open + at) else {
            break;
        };
        kept.push_str(&rest[..open]);
        let aside = &rest[open..=close];
        if !holds_a_year(aside) {
            kept.push_str(aside);
        }
        rest = &rest[close + 1..];
    }
    kept.push_str(rest);
    kept.into()
}

/// Whether `text` holds four digits alone that read as a year of this
/// century or the last (`ICRA2023`, `arxiv2022.10`; not `12345`).
fn holds_a_year(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let run = bytes[at..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if run == 4 && matches!(&bytes[at..at + 2], b"19" | b"20") {
            return true;
        }
        at += run.max(1);
    }
    false
}

/// `text` without what it holds in parentheses.
fn without_parentheses(text: &str) -> String {
    let mut depth = 0usize;
    text.chars()
        .filter(|&c| {
            match c {
                '(' => depth += 1,
                ')' => {
                    let closes = depth > 0;
                    depth = depth.saturating_sub(1);
                    return !closes;
                }
                _ => {}
            }
            depth == 0
        })
        .collect()
}
