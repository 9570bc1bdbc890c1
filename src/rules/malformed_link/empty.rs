//! Empty URLs on paper titles outside the paper tables: a bullet list's
//! `- **[Title of the paper]()** · venue`, a citation list's
//! `- [Title of the paper]()`. The title renders as a link that leads
//! nowhere, and the reader cannot reach the paper.

use super::finding::diagnostic;
use crate::diagnostic::Diagnostic;
use crate::document::FragmentLink;
use crate::knowledge::text::fold_spaces_and_case;
use crate::knowledge::Knowledge;

/// Fewer words than this are a label (`[paper]()`, `[Introduction]()`),
/// not a paper's title: whether such a link is a slip or a template is
/// not for this check to guess.
const TITLE_WORDS: usize = 4;

/// The finding for a link outside the paper tables whose text is a paper
/// title and whose URL is empty.
pub(super) fn empty_title_link(knowledge: &Knowledge, link: &FragmentLink) -> Option<Diagnostic> {
    if !link.url.trim().is_empty() || !paper_title(knowledge, &link.text) {
        return None;
    }
    Some(diagnostic(
        link.span,
        "the paper title links to an empty URL".to_string(),
    ))
}

/// Whether a link's text reads as a paper's title: four words or more,
/// not an image, not a placeholder (`[Coming soon]()`) or a generic link
/// label (`[project page]()`).
fn paper_title(knowledge: &Knowledge, text: &str) -> bool {
    let text = text.trim();
    let words = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    words >= TITLE_WORDS
        && !text.starts_with('!')
        && !knowledge.is_placeholder(text)
        && !knowledge
            .columns
            .link_labels
            .contains(&fold_spaces_and_case(text))
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const BULLETS: &str = "# Papers\n\n## Decoding\n\n\
        - **[EAGLE: Enhanced Visual Grounding Minimizes Hallucinations](https://arxiv.org/abs/2501.02699)** · arXiv · VLM\n\
        - **[RAR: Reversing Visual Attention Re-sinking in Multimodal Models]()** · Unlabeled · VLM · [code](https://github.com/a/b)\n\
        - [Learning Modality-Specific Representations for Sentiment Analysis]()\n";

    #[test]
    fn an_empty_url_on_a_paper_title_in_a_bullet_list_is_reported() {
        assert_eq!(lines("malformed-link", BULLETS), [6, 7]);
        let found = check("malformed-link", BULLETS);
        assert!(
            found[0].message.contains("empty URL"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn labels_placeholders_badges_and_comments_outside_tables_are_quiet() {
        let text = "# Papers\n\n\
            - Generalized Loss for Crowd Analysis (**T-PAMI**) [[paper]()] [[code](https://github.com/a/b)]\n\
            - See the [Introduction]() and the [project page]().\n\
            - [Coming soon]()\n\
            [![Awesome](https://awesome.re/badge.svg)]()\n\n\
            <!-- - [Title Of A Paper Still To Come]() -->\n\n\
            ```\n- [Your Paper Title Goes Here]()\n```\n";
        assert!(check("malformed-link", text).is_empty());
    }
}
