//! What reads as a title rather than a link's label.

/// Words a title has at least: shorter link texts and bold words are
/// labels (`[paper]`, `**CVPR 2023**`, a model's name).
pub(super) const TITLE_WORDS: usize = 4;

/// Four words or more, one of them not a word every link label uses
/// (`Read the original paper`, `Click here for the code` name no paper).
pub fn is_title(text: &str) -> bool {
    let words: Vec<String> = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    words.len() >= TITLE_WORDS && words.iter().any(|w| !LINK_WORDS.contains(&w.as_str()))
}

/// Link text made only of words every link label uses (`arxiv`, `paper`,
/// `[PDF]`, `Project Page`).
pub fn is_label(text: &str) -> bool {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty() && words.iter().all(|w| is_link_word(w))
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
