//! Marks no web address holds unencoded, left in a URL by a tool or a
//! paste: an HTML line break from a table that wrapped the address
//! (`https://github.<br/>com/M3DV/AlignShift`), or LaTeX's braces
//! (`github.com/DUCH714/SincKAN}{DUCH714/SincKAN` from `\href{...}{...}`).

use super::destination::url_at;
use super::finding::diagnostic;
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::span::Span;
use regex::Regex;
use std::sync::LazyLock;

/// A line-break tag, the only tag whose removal restores the address.
static LINE_BREAK: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::ascii(r"(?i)<br\s*/?>").expect("valid regex"));

pub(super) fn foreign_marks(text: &str, span: Span, url: &str) -> Option<Diagnostic> {
    // A query is the site's to read: a search page's JSON
    // (`hybrid_search_extra={"sourceType"...}`) works as pasted.
    if !url.starts_with("http") {
        return None;
    }
    // One byte scan, not char searches: this runs for every link, and all
    // the marks looked for are ASCII.
    let (mut end, mut marked) = (url.len(), false);
    for (at, byte) in url.bytes().enumerate() {
        match byte {
            b'?' | b'#' => {
                end = at;
                break;
            }
            b'<' | b'>' | b'{' | b'}' => marked = true,
            _ => {}
        }
    }
    if !marked {
        return None;
    }
    let address = &url[..end];
    if let Some(tag) = LINE_BREAK.find(address) {
        let fixed = format!("{}{}", &url[..tag.start()], &url[tag.end()..]);
        let fix = url_at(text, span, url).map(|at| {
            Fix::safe(vec![Edit::replace(
                Span::new(at + tag.start(), at + tag.end()),
                "",
            )])
        });
        return Some(
            diagnostic(
                span,
                format!("the URL `{url}` holds an HTML line break, so the link leads nowhere"),
            )
            .with_label("a tag inside the address")
            .with_help(format!("write `{fixed}`"))
            .with_fix(fix),
        );
    }
    let mark = address
        .chars()
        .find(|c| matches!(c, '<' | '>' | '{' | '}'))?;
    Some(
        diagnostic(
            span,
            format!("the URL `{url}` holds `{mark}`, which no address holds unencoded: a leftover of a paste"),
        )
        .with_label("a stray mark inside the address")
        .with_help("write the address the link means, without the marks"),
    )
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    fn table(cell: &str) -> String {
        seed_table(
            "S",
            &[&format!(
                "| [A](https://arxiv.org/abs/2101.00001) | ICLR 2021 | Gradient | {cell} | 2021 |"
            )],
        )
    }

    #[test]
    fn a_line_break_inside_an_address_is_deleted() {
        // JunMa11/MICCAI-OpenSourcePapers, MICCAI-2020 line 87.
        let text = table("[Code](https://github.<br/>com/M3DV/AlignShift)");
        let found = check("malformed-link", &text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].is_safe_fixable());
        assert_eq!(
            apply_fix(&text, &found[0]),
            table("[Code](https://github.com/M3DV/AlignShift)")
        );
    }

    #[test]
    fn latex_braces_inside_an_address_are_reported_without_a_fix() {
        // AmirNoori68/kan-review: `\href{URL}{label}` pasted whole.
        let text = table("[Code](https://github.com/DUCH714/SincKAN}{DUCH714/SincKAN)");
        let found = check("malformed-link", &text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].fix.is_none());
        assert!(
            found[0].message.contains("holds `}`"),
            "{}",
            found[0].message
        );
        // Encoded marks are an address's own, and a query is the site's.
        for url in [
            "https://example.com/a%7Bb%7D",
            "https://www.zhihu.com/search?q=x&extra={\"sourceType\"%3A\"article\"}",
        ] {
            assert!(
                check("malformed-link", &table(&format!("[Code]({url})"))).is_empty(),
                "{url}"
            );
        }
    }
}
