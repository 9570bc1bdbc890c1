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

/// The first paper link of an item's `links` that its text does not cite
/// by name: a work cited in parentheses or mid-sentence (`Smaller models
/// ([TinyVLA](...))`, `mentioned in [VLAS](...), [PaLM-E](...)`), and
/// the named links after it, cite other works, not the item's own paper.
pub(super) fn first_uncited_paper_link<'l>(
    text: &str,
    links: &[&'l crate::document::FragmentLink],
    venues: &crate::knowledge::VenueBook,
) -> Option<&'l crate::document::FragmentLink> {
    let mut citing = false;
    for link in links {
        let named = names_a_work(link.text.trim(), venues);
        citing = named && (citing || cited_by_name(text, link));
        if !citing && !crate::knowledge::ids::paper_ids(&link.url).is_empty() {
            return Some(link);
        }
    }
    None
}

/// Whether a link's text names a work: not a label (`paper`, `arXiv`),
/// nor a venue or a date (`RSS 2024`, `arXiv 2024`, `CVPR`), which say
/// where the item's own paper appeared.
fn names_a_work(name: &str, venues: &crate::knowledge::VenueBook) -> bool {
    let dated = name.as_bytes().windows(4).any(|w| {
        w.iter().all(u8::is_ascii_digit) && (w.starts_with(b"19") || w.starts_with(b"20"))
    });
    let venue = matches!(
        venues.parse(name, |_| false),
        crate::knowledge::VenueCell::Known(_) | crate::knowledge::VenueCell::Typo(_)
    );
    !name.is_empty() && !super::title_words::is_label(name) && !dated && !venue
}

/// Whether a link named after a work (`[TinyVLA](arxiv)`, not a label such
/// as `[paper]`) stands in a sentence of the item's text, in parentheses
/// or mid-sentence (`Smaller models ([TinyVLA](...))`, `explicitly
/// mentioned in [VLAS](...)`): it cites that work, not the item's own paper.
fn cited_by_name(text: &str, link: &crate::document::FragmentLink) -> bool {
    let name = link.text.trim();
    let line_start = text[..link.span.start].rfind('\n').map_or(0, |at| at + 1);
    let before = &text[line_start..link.span.start];
    // `- OpenVLA: An Open-Source ... ([OpenVLA](...))`: the item's own name.
    if before.to_lowercase().contains(&name.to_lowercase()) {
        return false;
    }
    let line_end = text[link.span.end..]
        .find('\n')
        .map_or(text.len(), |at| link.span.end + at);
    let after = &text[link.span.end..line_end];
    let opens_an_aside = before.trim_end().ends_with(['(', '（']);
    opens_an_aside || (!before.trim().is_empty() && cited_mid_sentence(before, after))
}

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
