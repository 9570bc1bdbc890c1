//! Link syntax with one mark typed wrong, which GitHub shows as text:
//! `[Title)(https://...)` (the text closed with `)`), `[Name][https://...]`
//! (an address in a reference's brackets), `(Name)[https://...]` (both
//! marks swapped), `[[code]]https://...)` (the `(` left out) and
//! `[Title])(https://...)` (a `)` between) and `[official code(https://...)]`
//! (the `]` left out, brackets around the link as the list writes them).
//! Each has one reading, so each gets a safe fix.

use super::finding::diagnostic;
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::span::Span;
use std::sync::LazyLock;

/// `[text)(https://...)`: no bracket between the `[` and the `)(`.
static PAREN_FOR_BRACKET: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    crate::pattern::ascii_bytes(r"\[[^\[\]()\n]+(\))\(https?://[^\s()\[\]]+\)")
        .expect("valid regex")
});

/// `[text][https://...]`: a reference link whose label is an address.
static ADDRESS_AS_REFERENCE: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    crate::pattern::ascii_bytes(r"\[[^\[\]\n]+(\]\[)https?://[^\s\[\]]+(\])").expect("valid regex")
});

/// `(Open Access Paper)[https://...]`: both marks swapped.
static SWAPPED_MARKS: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    crate::pattern::ascii_bytes(r"\(([^()\[\]\n]+)\)\[(https?://[^\s\[\]()]+)\]")
        .expect("valid regex")
});

/// `[[code]]https://...)`: an address right after the text's `]`, closed
/// by a `)` that no `(` opened.
static MISSING_OPEN_PAREN: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    crate::pattern::ascii_bytes(r"\[(?:[^\[\]\n]|\[[^\[\]\n]*\])+(\])https?://[^\s()\[\]]+\)")
        .expect("valid regex")
});

/// `[text])(https://...)`: a `)` typed between the text's `]` and the
/// address's `(`.
static PAREN_BETWEEN: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    crate::pattern::ascii_bytes(r"\[(?:[^\[\]\n]|\[[^\[\]\n]*\])+\](\))\(https?://[^\s()\[\]]+\)")
        .expect("valid regex")
});

/// `[official code(https://...)]`: the text's `]` left out before the
/// address, the brackets closed after it, as a list that writes
/// `[[code](...)]` would; the text ends with no space (`[see
/// (https://...)]` is a note with an address in it).
static MISSING_CLOSE_BRACKET: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    crate::pattern::ascii_bytes(
        r"(\[)[^\[\]()
]*[^\[\]()\s](\()https?://[^\s()\[\]]+\)\]",
    )
    .expect("valid regex")
});

/// Words the text of a link left unclosed has at most (`official code`,
/// `Project Page`): more are a note with an address in it.
const MAX_LABEL_WORDS: usize = 3;

/// The findings on one line (starting at `start` in the document), for
/// marks outside code spans, as `outside_code(at)` tells.
/// `text` is the whole document, whose reference definitions
/// (`[https://x.org]: https://...`) make `[ref][https://x.org]` a link.
pub(super) fn mistyped_marks(
    text: &str,
    line: &str,
    start: usize,
    outside_code: impl Fn(usize) -> bool,
) -> Vec<Diagnostic> {
    if !line.contains("http") {
        return Vec::new();
    }
    let mut found = Vec::new();
    let mut each =
        |pattern: &regex::bytes::Regex,
         report: &dyn Fn(&regex::bytes::Captures<'_>) -> Option<Diagnostic>| {
            for c in pattern.captures_iter(line.as_bytes()) {
                let Some(whole) = c.get(0) else { continue };
                // `[ICLR 2020][https://x](https://x)`: text in brackets,
                // then a link whose text is its address.
                let link_follows = line.as_bytes().get(whole.end()) == Some(&b'(');
                if outside_code(whole.start()) && !link_follows {
                    found.extend(report(&c));
                }
            }
        };
    // A label defined as a reference (`[https://x.org]: ...`) is a link.
    let defined = |label: &str| {
        text.lines().any(|l| {
            l.trim_start()
                .strip_prefix('[')
                .and_then(|l| l.strip_prefix(label))
                .is_some_and(|l| l.starts_with("]:"))
        })
    };
    let span_of = |m: regex::bytes::Match<'_>| Span::new(start + m.start(), start + m.end());
    each(&PAREN_FOR_BRACKET, &|c| {
        let (whole, paren) = (c.get(0)?, c.get(1)?);
        Some(
            diagnostic(
                span_of(whole),
                "the link's text is closed with `)` instead of `]`, so GitHub shows it as text"
                    .to_string(),
            )
            .with_label("`)` for `]`")
            .with_help("type `]` before `(`")
            .with_fix(Some(Fix::safe(vec![Edit::replace(span_of(paren), "]")]))),
        )
    });
    each(&ADDRESS_AS_REFERENCE, &|c| {
        let (whole, open, close) = (c.get(0)?, c.get(1)?, c.get(2)?);
        let label = line.get(open.end()..close.start())?;
        if defined(label) {
            return None;
        }
        Some(
            diagnostic(
                span_of(whole),
                "the address is in square brackets, `[text][url]`, which Markdown reads as a reference to a definition, so GitHub shows it as text"
                    .to_string(),
            )
            .with_label("`[url]` for `(url)`")
            .with_help("write the address in parentheses: `[text](url)`")
            .with_fix(Some(Fix::safe(vec![
                Edit::replace(span_of(open), "]("),
                Edit::replace(span_of(close), ")"),
            ]))),
        )
    });
    each(&SWAPPED_MARKS, &|c| {
        let (whole, label, url) = (c.get(0)?, c.get(1)?, c.get(2)?);
        let (label, url) = (line.get(label.range())?, line.get(url.range())?);
        Some(
            diagnostic(
                span_of(whole),
                "the link's marks are swapped, `(text)[url]`, so GitHub shows it as text"
                    .to_string(),
            )
            .with_label("`(text)[url]` for `[text](url)`")
            .with_help(format!("write `[{label}]({url})`"))
            .with_fix(Some(Fix::safe(vec![Edit::replace(
                span_of(whole),
                format!("[{label}]({url})"),
            )]))),
        )
    });
    each(&MISSING_OPEN_PAREN, &|c| {
        let (whole, bracket) = (c.get(0)?, c.get(1)?);
        let after = span_of(bracket).end;
        // `([pdf]https://...)`: the `)` may close a `(` opened before the
        // link, which then wants one more `)`: the fix is a guess there.
        let before = &line[..whole.start()];
        let paren_open = before.matches('(').count() > before.matches(')').count();
        Some(
            diagnostic(
                span_of(whole),
                "the link's `(` is missing before its address, so GitHub shows it as text"
                    .to_string(),
            )
            .with_label("no `(` after `]`")
            .with_help("type `(` before the address")
            .with_fix(Some(Fix::safe_if(
                !paren_open,
                vec![Edit::insert(after, "(")],
            ))),
        )
    });
    each(&PAREN_BETWEEN, &|c| {
        let (whole, paren) = (c.get(0)?, c.get(1)?);
        Some(
            diagnostic(
                span_of(whole),
                "a `)` stands between the link's text and its address, so GitHub shows it as text"
                    .to_string(),
            )
            .with_label("`)` between `]` and `(`")
            .with_help("delete the `)`")
            .with_fix(Some(Fix::safe(vec![Edit::replace(span_of(paren), "")]))),
        )
    });
    each(&MISSING_CLOSE_BRACKET, &|c| {
        let (whole, open, paren) = (c.get(0)?, c.get(1)?, c.get(2)?);
        // A note that ends at an address (`[Note: the code is at
        // GitHub(https://...)]`) is no link's text.
        let label = line.get(open.end()..paren.start())?;
        if label.split_whitespace().count() > MAX_LABEL_WORDS || label.contains([':', ',', ';']) {
            return None;
        }
        // `[[Code(https://...)]`: the outer bracket is written already;
        // `[[Code(https://...)]]`: and closed twice, one `]` too many.
        let outer_written = line[..whole.start()].ends_with('[');
        let closed_twice = outer_written && line[whole.end()..].starts_with(']');
        let mut edits = vec![Edit::insert(span_of(paren).start, "]")];
        if !outer_written {
            edits.insert(0, Edit::insert(span_of(open).end, "["));
        }
        if closed_twice {
            let extra = start + whole.end();
            edits.push(Edit::replace(Span::new(extra, extra + 1), ""));
        }
        // Brackets around the link are the list's style when the line
        // shows them elsewhere (`[[Paper](...)]`); else `[Code](url)` is as
        // likely a reading.
        let elsewhere = format!("{}{}", &line[..whole.start()], &line[whole.end()..]);
        let safe = outer_written || elsewhere.contains("[[");
        Some(
            diagnostic(
                span_of(whole),
                "the link's text is not closed with `]` before its address, so GitHub shows it as text"
                    .to_string(),
            )
            .with_label("no `]` before `(`")
            .with_help("make the text a link inside the brackets: `[[text](url)]`")
            .with_fix(Some(Fix::safe_if(safe, edits))),
        )
    });
    found
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn each_mistyped_mark_is_reported_and_fixed() {
        // bdqnghi's ai4code list and ryanzhumich's contrastive list.
        for (written, fixed) in [
            (
                "- [SKCODER: A Sketch-based Approach)(https://arxiv.org/pdf/2302.06144.pdf) - Jia Li\n",
                "- [SKCODER: A Sketch-based Approach](https://arxiv.org/pdf/2302.06144.pdf) - Jia Li\n",
            ),
            (
                "6. A Title, 2023. ([arXiv](https://arxiv.org/abs/2305.05147) | (Open Access Paper)[https://link.springer.com/article/10.1007/s00162-023-00657-y])\n",
                "6. A Title, 2023. ([arXiv](https://arxiv.org/abs/2305.05147) | [Open Access Paper](https://link.springer.com/article/10.1007/s00162-023-00657-y))\n",
            ),
            (
                "[flash caching compression] [CDCache: Space-Efficient Flash Caching via Compression-before-Deduplication])(https://ieeexplore.ieee.org/abstract/document/10621089). Hengying Xiao\n",
                "[flash caching compression] [CDCache: Space-Efficient Flash Caching via Compression-before-Deduplication](https://ieeexplore.ieee.org/abstract/document/10621089). Hengying Xiao\n",
            ),
            (
                "- [HumanEval][https://arxiv.org/abs/2107.03374]\n",
                "- [HumanEval](https://arxiv.org/abs/2107.03374)\n",
            ),
            (
                "1. **A Title** `EMNLP 2020` [[pdf]](https://arxiv.org/abs/2010.01781) [[code]]https://github.com/whl97/LS-Score)\n",
                "1. **A Title** `EMNLP 2020` [[pdf]](https://arxiv.org/abs/2010.01781) [[code]](https://github.com/whl97/LS-Score)\n",
            ),
            (
                // WenjieDu's imputation list writes `[[official code](...)]`.
                "[[paper](https://x.org/1)] [official code(https://github.com/thuml/TimesNet)]\n",
                "[[paper](https://x.org/1)] [[official code](https://github.com/thuml/TimesNet)]\n",
            ),
            (
                // hulkima's list: closed twice.
                "- **[[PDF(https://dl.acm.org/doi/10.1145/1)]]** Title\n",
                "- **[[PDF](https://dl.acm.org/doi/10.1145/1)]** Title\n",
            ),
            (
                // 3D-Vision-World's SLAM list: the outer `[` written.
                "- [[Paper](https://x.org/1)] [[Code(https://github.com/a/b)]\n",
                "- [[Paper](https://x.org/1)] [[Code](https://github.com/a/b)]\n",
            ),
        ] {
            let text = format!("# List\n\n{written}");
            let found = check("malformed-link", &text);
            assert_eq!(found.len(), 1, "{written}: {found:?}");
            assert_eq!(
                found[0].fix.as_ref().map(|f| f.applicability),
                Some(crate::Applicability::Safe)
            );
            assert_eq!(apply_fix(&text, &found[0]), format!("# List\n\n{fixed}"));
            // Written right, or in code, nothing.
            assert!(check("malformed-link", &format!("# List\n\n{fixed}")).is_empty());
            let in_code = format!("# List\n\n- `{}`\n", written.trim_end().trim_start_matches("- "));
            assert!(check("malformed-link", &in_code).is_empty(), "{in_code}");
        }
    }

    #[test]
    fn text_in_brackets_before_a_link_or_a_defined_reference_is_left_alone() {
        for text in [
            "# L\n\n- [ICLR 2020][https://openreview.net/forum?id=abc](https://openreview.net/forum?id=abc) Title\n",
            "# L\n\n- Code (PyTorch)[https://github.com/a/b](https://github.com/a/b)\n",
            "# L\n\n- see [ref][https://x.org] here\n\n[https://x.org]: https://x.org/real\n",
        ] {
            assert!(check("malformed-link", text).is_empty(), "{text}");
        }
        // Without the link after it, or the definition, each is reported.
        assert_eq!(
            lines(
                "malformed-link",
                "# L\n\n- Code (PyTorch)[https://github.com/a/b]\n"
            ),
            [3]
        );
        assert_eq!(
            lines("malformed-link", "# L\n\n- see [ref][https://x.org] here\n"),
            [3]
        );
        // A `(` left open before the link: the fix is unsafe.
        let open = "# L\n\n- Title ([pdf]https://arxiv.org/abs/2001.00001) note\n";
        let found = check("malformed-link", open);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].fix.as_ref().map(|f| f.applicability),
            Some(crate::Applicability::Unsafe)
        );
    }

    #[test]
    fn an_unclosed_text_in_a_list_without_outer_brackets_gets_an_unsafe_fix() {
        // `[Code](url)` is as likely a reading as `[[Code](url)]`.
        let text = "# List\n\n- [Paper](https://x.org/1) [Code(https://github.com/a/b)]\n";
        let found = check("malformed-link", text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].fix.as_ref().map(|f| f.applicability),
            Some(crate::Applicability::Unsafe)
        );
    }

    #[test]
    fn brackets_and_parentheses_that_are_no_link_are_left_alone() {
        let text = "# List\n\n\
            - [Title (with an aside)](https://a.org/x)\n\
            - [1][2] see https://a.org/y)\n\
            - [ref][id] and [text] (https://a.org/z)\n\
            - [see (https://a.org/w)] and [a [b](https://a.org/v)]\n\
            - Title [Note: the code is at GitHub(https://github.com/a/e)]\n\
            - Title [see also Smith et al.(https://doi.org/10.1/x)]\n\n\
            [id]: https://a.org/def\n";
        let found = check("malformed-link", text);
        assert!(
            found.iter().all(|d| !d.message.contains("instead of")
                && !d.message.contains("square brackets")
                && !d.message.contains("is missing")
                && !d.message.contains("not closed")),
            "{found:?}"
        );
    }
}
