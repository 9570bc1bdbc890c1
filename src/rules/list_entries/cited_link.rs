//! A link cited inside a sentence: a note under a paper that names another
//! paper (`This paper describes EPaxos, which realizes [Generalized
//! Paxos](...) and makes ...`, `a liveness issue in [PBFT](...)'s fast
//! path`). The text before such a link is no title of the linked paper.

/// The text and what follows a link at the start of `text` (`[name](url)`),
/// if one opens it: not a link in brackets (`[[pdf](...)]`) nor a badge.
pub(super) fn leading_link(text: &str) -> Option<(&str, &str)> {
    let inner = text.strip_prefix('[')?;
    if inner.starts_with(['[', '!']) {
        return None;
    }
    let close = inner.find("](")?;
    let name = &inner[..close];
    if name.contains(['[', ']', '\n']) {
        return None;
    }
    let target = &inner[close + 2..];
    let end = target.find([')', ' ', '\n'])?;
    let after = target[end..].strip_prefix(')')?;
    Some((name, after))
}

/// Whether `before`, the text a link follows with no mark between, and
/// `after`, the text after the link, make one sentence around it: the text
/// before ends with a word no title ends with (`in`, `of`, `realizes`
/// ... `the`), or the sentence goes on after the link (`'s fast path`,
/// ` and makes`).
pub(super) fn cited_mid_sentence(before: &str, after: &str) -> bool {
    let last_word = before
        .split_whitespace()
        .last()
        .unwrap_or("")
        .to_lowercase();
    let goes_on = after.starts_with(['\'', '’'])
        || after.starts_with([' ', '\t'])
            && after.trim_start().starts_with(|c: char| c.is_lowercase());
    CONNECTING_WORDS.contains(&last_word.as_str()) || goes_on
}

/// Words that join a sentence to what comes after them: no title ends with
/// one.
const CONNECTING_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "in",
    "of",
    "by",
    "from",
    "with",
    "at",
    "as",
    "to",
    "via",
    "into",
    "onto",
    "and",
    "or",
    "than",
    "like",
    "see",
    "uses",
    "using",
    "realizes",
    "implements",
    "extends",
    "improves",
    "called",
    "named",
    "e.g.",
    "i.e.",
];

#[cfg(test)]
mod tests {
    use super::{cited_mid_sentence, leading_link};

    #[test]
    fn a_link_in_a_sentence_is_cited() {
        let line = "[Generalized Paxos](https://x/tr.pdf) and makes some improvements";
        let (name, after) = leading_link(line).unwrap();
        assert_eq!(name, "Generalized Paxos");
        assert!(cited_mid_sentence(
            "This paper describes EPaxos, which realizes ",
            after
        ));
        let (_, after) = leading_link("[PBFT](http://x/osdi99.pdf)'s fast path").unwrap();
        assert!(cited_mid_sentence("Identifies a liveness issue in ", after));
        let (_, after) = leading_link("[DiemBFT](https://x/2021.pdf).").unwrap();
        assert!(cited_mid_sentence(
            "Parallel execution, implemented in ",
            after
        ));
    }

    #[test]
    fn a_link_after_a_title_is_not_cited() {
        let (_, after) = leading_link("[slides](https://x/s.pdf) [code](https://y)").unwrap();
        assert!(!cited_mid_sentence(
            "Practical Byzantine Fault Tolerance ",
            after
        ));
        let (_, after) = leading_link("[ResNet](https://x/r.pdf)").unwrap();
        assert!(!cited_mid_sentence("Deep Residual Learning ", after));
        assert_eq!(leading_link("[[pdf](https://x)]"), None);
        assert_eq!(leading_link("[![badge](b)](https://x)"), None);
    }
}
