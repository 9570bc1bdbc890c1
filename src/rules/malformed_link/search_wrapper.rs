//! A link to a search engine's results for an address
//! (`https://www.google.com/search?q=https://github.com/a/b`): what a
//! browser or a chat assistant leaves behind when an address is pasted
//! into the search box. The reader gets a page of results, not the page.
//! An empty search (`google.com/search?q=`) is some lists' way of writing
//! "no link yet" and is left alone.

use super::finding::diagnostic;
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::span::Span;

/// The address a search link searches for, when that is all it searches
/// for: the query `q` is one web address, with or without percent-encoding.
fn searched_address(url: &str) -> Option<String> {
    // Most links search for nothing: no copy of them.
    if !url.contains("q=") {
        return None;
    }
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))?;
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    let (host, path_and_query) = rest.split_once('/')?;
    let search_page = match host {
        "bing.com" => path_and_query.starts_with("search?"),
        "duckduckgo.com" => path_and_query.starts_with('?'),
        _ => {
            let is_google = host == "google.com"
                || host.starts_with("google.com.")
                || host.starts_with("google.co.")
                || (host.starts_with("google.") && host.matches('.').count() == 1);
            is_google && path_and_query.starts_with("search?")
        }
    };
    if !search_page {
        return None;
    }
    let query_start = url.find('?')? + 1;
    let query = &url[query_start..];
    let value = query.split('&').find_map(|pair| pair.strip_prefix("q="))?;
    let address = percent_decoded(value)?;
    let lower = address.to_ascii_lowercase();
    // A byte that ends a Markdown link or a table cell, or shows as no
    // text, would break the link the fix writes: such a search is left
    // alone.
    let breaks_markdown =
        |c: char| c.is_whitespace() || c.is_control() || "()[]<>\\|\"'`{}^".contains(c);
    let web = (lower.starts_with("https://") || lower.starts_with("http://"))
        && address.len() > "https://".len() + 3
        && !address.contains(breaks_markdown);
    web.then_some(address)
}

/// The text with `%XX` escapes decoded (`+` is a space in a query);
/// `None` when an escape is broken or the bytes are no UTF-8.
fn percent_decoded(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = text.get(i + 1..i + 3)?;
                // `from_str_radix` would take a sign (`%+1`).
                if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                    return None;
                }
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            byte => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// The finding for a link to a search for an address, with the safe fix
/// that links the address itself.
pub(super) fn search_for_an_address(text: &str, span: Span, url: &str) -> Option<Diagnostic> {
    let address = searched_address(url)?;
    let at = super::destination::url_at(text, span, url);
    let fix = at.map(|at| {
        Fix::safe(vec![Edit::replace(
            Span::new(at, at + url.len()),
            address.clone(),
        )])
    });
    Some(
        diagnostic(
            span,
            format!("the link opens a search for `{address}`, not the page itself"),
        )
        .with_label("a search engine's results page")
        .with_help(format!("link the address itself: `({address})`"))
        .with_fix(fix),
    )
}

#[cfg(test)]
mod tests {
    use super::searched_address;
    use crate::rules::testing::*;

    #[test]
    fn a_search_for_one_address_is_reported_with_that_address_as_the_fix() {
        let text = seed_table(
            "S",
            &["| [A](https://arxiv.org/abs/2011.01234) | CVPR 2021 | - | [Code](https://www.google.com/search?q=https://github.com/Zun-Wang/VLN-Copilot) | 2021 |"],
        );
        let found = check("malformed-link", &text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].is_safe_fixable());
        assert_eq!(
            apply_fix(&text, &found[0]),
            text.replace(
                "https://www.google.com/search?q=https://github.com/Zun-Wang/VLN-Copilot",
                "https://github.com/Zun-Wang/VLN-Copilot"
            )
        );
    }

    #[test]
    fn only_a_search_for_nothing_but_an_address_counts() {
        assert_eq!(
            searched_address("https://google.com/search?q=https%3A%2F%2Fdoi.org%2F10.1109%2FX"),
            Some("https://doi.org/10.1109/X".to_string())
        );
        assert_eq!(
            searched_address("https://www.bing.com/search?form=A&q=https://github.com/a/b"),
            Some("https://github.com/a/b".to_string())
        );
        for url in [
            // No link yet, a list's convention.
            "https://www.google.com/search?q=",
            // Words searched for.
            "https://www.google.com/search?q=LLM-Seg%5C&sourceid=chrome&ie=UTF-8",
            "https://www.google.com/search?q=https://github.com/a/b+code",
            // Not a search page.
            "https://scholar.google.com/scholar?q=https://github.com/a/b",
            "https://www.google.com/url?q=https://github.com/a/b",
            "https://github.com/search?q=https://github.com/a/b",
            // Broken escapes.
            "https://www.google.com/search?q=https://github.com/a%+1b",
            "https://www.google.com/search?q=https://github.com/a%E2",
            "https://www.google.com/search?q=https://github.com/a%",
            // Bytes that would break the fixed link or the table.
            "https://www.google.com/search?q=https://github.com/a%00b",
            "https://www.google.com/search?q=https://github.com/a%01b",
            "https://www.google.com/search?q=https://github.com/a%28b",
            "https://www.google.com/search?q=https://github.com/a%29b",
            "https://www.google.com/search?q=https://github.com/a%5Cb",
            "https://www.google.com/search?q=https://github.com/a%7Cb",
        ] {
            assert_eq!(searched_address(url), None, "{url}");
        }
    }
}
