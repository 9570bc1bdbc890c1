//! Anchors written by hand in HTML: `<a name="x">` and `id="x"` on any tag.

use crate::pattern::{ascii_bytes, matched};
use regex::bytes::Regex;
use std::sync::LazyLock;

static TAG: LazyLock<Regex> = LazyLock::new(|| {
    ascii_bytes(r"(?s)<((?i-u:[a-z][a-z0-9-]*))(?-u:\b)([^>]*)>").expect("valid regex")
});
static ATTRIBUTE: LazyLock<Regex> = LazyLock::new(|| {
    ascii_bytes(r#"(?s)(?-u:\b)((?i-u:name|id))[\t\n\x0B\x0C\r ]*=[\t\n\x0B\x0C\r ]*(?:"([^"]*)"|'([^']*)'|([^\t\n\x0B\x0C\r >"']+))"#)
        .expect("valid regex")
});

/// Anchor names defined by the tags in `html`, with their byte offsets in it.
/// A tag that gives one name twice (`<a name="x" id="x">`) defines it once.
pub(crate) fn anchors_in_html(html: &str) -> Vec<(String, usize, usize)> {
    let mut found = Vec::new();
    // An anchor needs `name=` or `id=`: most HTML (badges, line breaks) has
    // neither, and needs no pattern compiled.
    if !html.contains('=')
        || !(contains_ignoring_case(html, b"name") || contains_ignoring_case(html, b"id"))
    {
        return found;
    }
    for tag in TAG.captures_iter(html.as_bytes()) {
        let (Some(tag_name), Some(attributes)) = (matched(html, tag.get(1)), tag.get(2)) else {
            continue;
        };
        let tag_name = tag_name.to_ascii_lowercase();
        let Some(attribute_text) = matched(html, Some(attributes)) else {
            continue;
        };
        let mut names_in_tag: Vec<String> = Vec::new();
        for attribute in ATTRIBUTE.captures_iter(attribute_text.as_bytes()) {
            let key = matched(attribute_text, attribute.get(1))
                .unwrap_or_default()
                .to_ascii_lowercase();
            if key == "name" && tag_name != "a" {
                continue;
            }
            let Some(value) = (2..=4).find_map(|g| attribute.get(g)) else {
                continue;
            };
            let Some(value_text) = matched(attribute_text, Some(value)) else {
                continue;
            };
            let name = value_text.trim().to_string();
            if name.is_empty() || names_in_tag.contains(&name) {
                continue;
            }
            names_in_tag.push(name.clone());
            let start = attributes.start() + value.start();
            found.push((name, start, attributes.start() + value.end()));
        }
    }
    found
}

fn contains_ignoring_case(text: &str, word: &[u8]) -> bool {
    text.as_bytes()
        .windows(word.len())
        .any(|w| w.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(html: &str) -> Vec<String> {
        anchors_in_html(html).into_iter().map(|a| a.0).collect()
    }

    #[test]
    fn finds_names_and_ids() {
        assert_eq!(names(r#"<a name="cnn-1"></a>"#), ["cnn-1"]);
        assert_eq!(names(r#"<h2 id='top' class="x">"#), ["top"]);
        assert_eq!(names(r#"<A NAME=plain>"#), ["plain"]);
        assert_eq!(names(r#"<a name="x" id="x">"#), ["x"]);
    }

    #[test]
    fn ignores_name_on_other_tags_and_closing_tags() {
        assert!(names(r#"<input name="q"></a>"#).is_empty());
    }

    #[test]
    fn reports_the_value_offsets() {
        let html = r#"<a name="gan"></a>"#;
        let (_, start, end) = anchors_in_html(html).remove(0);
        assert_eq!(&html[start..end], "gan");
    }
}
