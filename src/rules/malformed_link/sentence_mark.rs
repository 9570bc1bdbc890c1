//! A sentence's full stop kept at the end of a link's URL
//! (`[code](https://github.com/pascalschlachter/GMM.)`): the address was
//! copied from an abstract with the mark that ended its sentence, and the
//! page it names does not exist. Likewise a `]` typed at the end of a URL
//! (`.../Skills.md])`), left from the brackets around a link.

use super::destination::url_at;
use super::finding::diagnostic;
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::span::Span;

/// A written link whose URL's last path segment ends with `.`, `,` or
/// `;`. A segment that holds another dot (`Amazon.com,_Inc.`, a file name)
/// may end so on purpose and is left alone, as are URLs with a query or a
/// fragment. The fix deletes the mark; unsafe, since it changes where the
/// link goes and a few repositories' names do end with a dot
/// (`abin24/Magnetic-tile-defect-datasets.`).
pub(super) fn sentence_mark_at_the_end(text: &str, span: Span, url: &str) -> Option<Diagnostic> {
    let mark = url
        .chars()
        .next_back()
        .filter(|c| matches!(c, '.' | ',' | ';'))?;
    let rest = super::hosts::after_web_scheme(url)?;
    let (_host, path) = rest.split_once('/')?;
    if path.contains(['?', '#']) {
        return None;
    }
    let segment = path[..path.len() - 1].rsplit('/').next()?;
    if !segment.chars().any(char::is_alphanumeric)
        || segment.contains(['.', ',', ';'])
        || (mark == '.' && ends_with_an_abbreviation(segment))
    {
        return None;
    }
    let mark_at = url_at(text, span, url)? + url.len() - 1;
    let fix = Fix::unsafe_(vec![Edit::replace(Span::new(mark_at, mark_at + 1), "")]);
    Some(
        diagnostic(
            span,
            format!(
                "the link's URL ends with `{mark}`, most likely the mark of the sentence \
                 it was copied from: `{segment}{mark}` is not `{segment}`"
            ),
        )
        .with_label(format!("`{mark}` is no part of the address"))
        .with_help(format!("delete the `{mark}` at the end of the URL"))
        .with_fix(Some(fix)),
    )
}

/// A web address that ends with a `]` no `[` opened
/// (`[Title](https://github.com/a/b/blob/master/Notes.md])`): a bracket
/// typed with the link's marks, which makes the address another page's.
/// The fix deletes it.
pub(super) fn bracket_at_the_end(text: &str, span: Span, url: &str) -> Option<Diagnostic> {
    let rest = super::hosts::after_web_scheme(url)?;
    if !rest.ends_with(']') || rest.contains('[') {
        return None;
    }
    let mark_at = url_at(text, span, url)? + url.len() - 1;
    let fix = Fix::safe(vec![Edit::replace(Span::new(mark_at, mark_at + 1), "")]);
    Some(
        diagnostic(
            span,
            format!(
                "the link's URL ends with a `]` that no `[` opened: `{}` is not `{}`",
                url,
                &url[..url.len() - 1]
            ),
        )
        .with_label("`]` is no part of the address")
        .with_help("delete the `]` at the end of the URL")
        .with_fix(Some(fix)),
    )
}

/// Words whose abbreviation keeps its full stop in a page's name
/// (`Apple_Inc.`, `Martin_Luther_King_Jr.`, `St.`).
const ABBREVIATIONS: [&str; 14] = [
    "inc", "jr", "sr", "co", "ltd", "corp", "st", "dr", "mr", "mrs", "ms", "prof", "etc", "al",
];

/// Whether the segment's last word (after `_`, `-`, a space or `%20`) is
/// an abbreviation, whose full stop belongs to the name.
fn ends_with_an_abbreviation(segment: &str) -> bool {
    let last = segment
        .rsplit(['_', '-', ' ', '+'])
        .next()
        .unwrap_or(segment);
    let last = last.rsplit("%20").next().unwrap_or(last);
    ABBREVIATIONS.iter().any(|a| last.eq_ignore_ascii_case(a))
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    fn code_cell(url: &str) -> String {
        table_with_title_cell(&format!(
            "[GMM](https://arxiv.org/abs/2407.14208) [code]({url})"
        ))
    }

    #[test]
    fn a_full_stop_after_a_repository_is_reported_and_deleted() {
        // cosword/meta-paper-daily's code links, copied from abstracts.
        for url in [
            "https://github.com/pascalschlachter/GMM.",
            "https://sites.google.com/view/polaris-dataset.",
            "https://github.com/a/b,",
        ] {
            let text = code_cell(url);
            let found = check("malformed-link", &text);
            assert_eq!(found.len(), 1, "{url}: {found:?}");
            assert!(!found[0].is_safe_fixable());
            let fixed = apply_fix(&text, &found[0]);
            assert!(
                fixed.contains(&format!("({})", &url[..url.len() - 1])),
                "{fixed}"
            );
        }
    }

    #[test]
    fn a_bracket_at_the_end_of_an_address_is_deleted() {
        // DanielTakeshi's paper notes: `...Skills.md])`, and an arXiv link.
        let url = "https://github.com/DanielTakeshi/Paper_Notes/blob/master/rl/Skills.md]";
        for text in [
            code_cell(url),
            format!("# Notes\n\n- [Reinforcement and Imitation Learning]({url}), RSS 2018\n"),
            code_cell("https://arxiv.org/abs/2407.14208]"),
        ] {
            let found = check("malformed-link", &text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert!(
                found[0].message.contains("ends with a `]`"),
                "{}",
                found[0].message
            );
            assert!(found[0].is_safe_fixable());
            assert!(!apply_fix(&text, &found[0]).contains("]),"));
            assert!(
                !apply_fix(&text, &found[0]).contains("])"),
                "{}",
                apply_fix(&text, &found[0])
            );
        }
        // A bracket some `[` opened is the address's own.
        assert!(lines("malformed-link", &code_cell("https://example.org/a[1]")).is_empty());
    }

    #[test]
    fn an_address_that_may_end_with_a_dot_is_left_alone() {
        for url in [
            "https://github.com/pascalschlachter/GMM",
            "https://en.wikipedia.org/wiki/Amazon.com,_Inc.",
            "https://en.wikipedia.org/wiki/Apple_Inc.",
            "https://example.org/papers/St.",
            "https://en.wikipedia.org/wiki/Martin_Luther_King_Jr.",
            "https://example.org/search?q=a.",
            "https://example.org.",
            "https://example.org/.",
        ] {
            assert!(lines("malformed-link", &code_cell(url)).is_empty(), "{url}");
        }
    }
}
