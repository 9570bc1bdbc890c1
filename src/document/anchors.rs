//! Anchors written by hand in HTML: `<a name="x">` and `id="x"` on any tag.

use std::ops::Range;

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
    for (tag_name, attributes) in tags(html.as_bytes()) {
        let tag_name = html[tag_name].to_ascii_lowercase();
        let attribute_text = &html[attributes.clone()];
        let mut names_in_tag: Vec<String> = Vec::new();
        for (key, value) in attribute_values(attribute_text.as_bytes(), ANCHOR_KEYS) {
            if attribute_text[key].eq_ignore_ascii_case("name") && tag_name != "a" {
                continue;
            }
            let name = attribute_text[value.clone()].trim().to_string();
            if name.is_empty() || names_in_tag.contains(&name) {
                continue;
            }
            names_in_tag.push(name.clone());
            found.push((
                name,
                attributes.start + value.start,
                attributes.start + value.end,
            ));
        }
    }
    found
}

/// The attributes that name an anchor.
const ANCHOR_KEYS: &[&[u8]] = &[b"name", b"id"];

/// In-page links written in HTML (`<li><a href="#-taxonomy">Taxonomy</a></li>`
/// in a table of contents), each the `#fragment` with its byte offsets in
/// `html`.
pub(crate) fn fragment_hrefs_in_html(html: &str) -> Vec<(String, usize, usize)> {
    let mut found = Vec::new();
    if !html.contains("#") || !contains_ignoring_case(html, b"href") {
        return found;
    }
    for (tag_name, attributes) in tags(html.as_bytes()) {
        if !html[tag_name].eq_ignore_ascii_case("a") {
            continue;
        }
        let attribute_text = &html[attributes.clone()];
        // `<a href="#ref21" id="ref21">[21]</a>`: a tag linking itself goes
        // nowhere else, and says nothing about other anchors.
        let own_names: Vec<&str> = attribute_values(attribute_text.as_bytes(), ANCHOR_KEYS)
            .map(|(_, value)| attribute_text[value].trim())
            .collect();
        for (key, value) in attribute_values(attribute_text.as_bytes(), &[b"href"]) {
            // `data-href` is no link.
            if key.start > 0 && attribute_text.as_bytes()[key.start - 1] == b'-' {
                continue;
            }
            let url = attribute_text[value.clone()].trim();
            if url.starts_with('#') && !own_names.contains(&&url[1..]) {
                found.push((
                    url.to_string(),
                    attributes.start + value.start,
                    attributes.start + value.end,
                ));
            }
        }
    }
    found
}

fn contains_ignoring_case(text: &str, word: &[u8]) -> bool {
    text.as_bytes()
        .windows(word.len())
        .any(|w| w.eq_ignore_ascii_case(word))
}

// A hand-written reader of start tags and their `name`/`id` attributes:
// compiling the two patterns it replaces was a twelfth of a run on a small
// list with anchors. The tests hold it to those patterns
// (`<([a-z][a-z0-9-]*)\b([^>]*)>` and `\b(name|id)\s*=\s*(value)`, ASCII,
// case-insensitive), match for match.

fn is_word(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

fn is_space(byte: u8) -> bool {
    matches!(byte, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ')
}

/// The start tags of `html`: each tag's name and the text of its
/// attributes (up to its `>`), as byte ranges.
fn tags(html: &[u8]) -> impl Iterator<Item = (Range<usize>, Range<usize>)> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        while let Some(offset) = html[at..].iter().position(|&b| b == b'<') {
            let open = at + offset;
            match tag_at(html, open) {
                Some((name, attributes)) => {
                    at = attributes.end + 1;
                    return Some((name, attributes));
                }
                None => at = open + 1,
            }
        }
        at = html.len();
        None
    })
}

/// The tag that starts with the `<` at `open`, if one does.
fn tag_at(html: &[u8], open: usize) -> Option<(Range<usize>, Range<usize>)> {
    let start = open + 1;
    if !html.get(start)?.is_ascii_alphabetic() {
        return None;
    }
    let longest = html[start..]
        .iter()
        .position(|&b| !(b.is_ascii_alphanumeric() || b == b'-'))
        .map_or(html.len(), |len| start + len);
    // The longest name that ends at a word boundary, as a pattern would
    // give back letters to find one.
    let end = (start + 1..=longest).rev().find(|&end| {
        let before = is_word(html[end - 1]);
        let after = html.get(end).is_some_and(|&b| is_word(b));
        before != after
    })?;
    let close = end + html[end..].iter().position(|&b| b == b'>')?;
    Some((start..end, end..close))
}

/// The `name=` and `id=` attributes in a tag's attribute text: each key and
/// its value (without quotes), as byte ranges. Another attribute's quoted
/// value is skipped whole: `href="https://openreview.net/pdf?id=zKvm1ETDOq"`
/// names a paper, not an anchor.
fn attribute_values<'t>(
    text: &'t [u8],
    keys: &'t [&'t [u8]],
) -> impl Iterator<Item = (Range<usize>, Range<usize>)> + 't {
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < text.len() {
            if let quote @ (b'"' | b'\'') = text[at] {
                if let Some(len) = text[at + 1..].iter().position(|&b| b == quote) {
                    at += len + 2;
                    continue;
                }
            }
            match attribute_at(text, at, keys) {
                Some((key, value, end)) => {
                    at = end.max(at + 1);
                    return Some((key, value));
                }
                None => at += 1,
            }
        }
        None
    })
}

/// The attribute whose key starts at `at`, with the end of its value.
fn attribute_at(
    text: &[u8],
    at: usize,
    keys: &[&[u8]],
) -> Option<(Range<usize>, Range<usize>, usize)> {
    let before = at.checked_sub(1).is_some_and(|b| is_word(text[b]));
    if before || !is_word(*text.get(at)?) {
        return None;
    }
    let key_len = keys
        .iter()
        .find(|key| {
            text[at..]
                .get(..key.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(key))
        })?
        .len();
    let skip_spaces = |mut i: usize| {
        while text.get(i).is_some_and(|&b| is_space(b)) {
            i += 1;
        }
        i
    };
    let equals = skip_spaces(at + key_len);
    if text.get(equals) != Some(&b'=') {
        return None;
    }
    let value = skip_spaces(equals + 1);
    let (range, end) = match *text.get(value)? {
        quote @ (b'"' | b'\'') => {
            let len = text[value + 1..].iter().position(|&b| b == quote)?;
            (value + 1..value + 1 + len, value + 2 + len)
        }
        _ => {
            let len = text[value..]
                .iter()
                .position(|&b| is_space(b) || matches!(b, b'>' | b'"' | b'\''))
                .unwrap_or(text.len() - value);
            if len == 0 {
                return None;
            }
            (value..value + len, value + len)
        }
    };
    Some((at..at + key_len, range, end))
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
    fn an_id_inside_another_attributes_value_is_no_anchor() {
        let html = r#"<a href="https://openreview.net/pdf?id=zKvm1ETDOq">Paper</a>"#;
        assert!(names(html).is_empty());
        assert_eq!(names(r#"<a href='x?name=q' id="real">"#), ["real"]);
    }

    #[test]
    fn ignores_name_on_other_tags_and_closing_tags() {
        assert!(names(r#"<input name="q"></a>"#).is_empty());
    }

    #[test]
    fn finds_in_page_links_of_a_tags_only() {
        let html = r##"<li><a href="#-taxonomy">Taxonomy</a></li> <a class="x" href='#b'> <link href="#c"> <a href="https://a.b/#d"> <img alt='href="#e"'> <a href="#r1" id="r1"> <a data-href="#f">"##;
        let found = fragment_hrefs_in_html(html);
        let urls: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(urls, ["#-taxonomy", "#b"]);
        assert_eq!(&html[found[0].1..found[0].2], "#-taxonomy");
    }

    #[test]
    fn reports_the_value_offsets() {
        let html = r#"<a name="gan"></a>"#;
        let (_, start, end) = anchors_in_html(html).remove(0);
        assert_eq!(&html[start..end], "gan");
    }

    /// A tag's name, its attribute text, and each `name`/`id` key and value.
    type TagReading = (
        Range<usize>,
        Range<usize>,
        Vec<(Range<usize>, Range<usize>)>,
    );

    /// The two patterns the reader replaces, as the oracle it must match.
    fn by_patterns(html: &str) -> Vec<TagReading> {
        let tag =
            crate::pattern::ascii_bytes(r"(?s)<((?i-u:[a-z][a-z0-9-]*))(?-u:\b)([^>]*)>").unwrap();
        let attribute = crate::pattern::ascii_bytes(
            r#"(?s)"[^"]*"|'[^']*'|(?-u:\b)((?i-u:name|id))[\t\n\x0B\x0C\r ]*=[\t\n\x0B\x0C\r ]*(?:"([^"]*)"|'([^']*)'|([^\t\n\x0B\x0C\r >"']+))"#,
        )
        .unwrap();
        tag.captures_iter(html.as_bytes())
            .map(|t| {
                let attributes = t.get(2).unwrap().range();
                let values = attribute
                    .captures_iter(&html.as_bytes()[attributes.clone()])
                    // A quoted value of another attribute matched whole.
                    .filter(|a| a.get(1).is_some())
                    .map(|a| {
                        let value = (2..=4).find_map(|g| a.get(g)).unwrap();
                        (a.get(1).unwrap().range(), value.range())
                    })
                    .collect();
                (t.get(1).unwrap().range(), attributes, values)
            })
            .collect()
    }

    fn by_reader(html: &str) -> Vec<TagReading> {
        tags(html.as_bytes())
            .map(|(name, attributes)| {
                let values =
                    attribute_values(&html.as_bytes()[attributes.clone()], ANCHOR_KEYS).collect();
                (name, attributes, values)
            })
            .collect()
    }

    #[test]
    fn the_reader_matches_the_patterns_it_replaces() {
        let tricky = [
            r#"<a name="x" id='y' ID=z data-id="no" userid="no">"#,
            "<a_b name=x> <a- name=y> <h2-x id = \"t\"> <1a id=n> < a id=s>",
            r#"<a name="unclosed> <b id='ok'> <c id=> <d id=">"> <e NAME=v/>"#,
            "<p\nid=\"multi\nline\"\n> <a name=\"x\"id=\"y\"> <a name=\"é\" id=日本>",
            "<<a id=1><a id=2 <a id=3>> <a id='q\"x'> text without a tag < a",
            "<img src=\"x\" alt=\"id=fake\"> <a\tname\t=\tq>",
        ];
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        let mut texts: Vec<String> = tricky.iter().map(|t| t.to_string()).collect();
        for sub in [dir.clone(), dir.join("corpus")] {
            for entry in std::fs::read_dir(sub).unwrap().flatten() {
                if entry.path().extension().is_some_and(|e| e == "md") {
                    texts.push(std::fs::read_to_string(entry.path()).unwrap_or_default());
                }
            }
        }
        assert!(texts.len() > 20);
        for text in &texts {
            assert_eq!(
                by_reader(text),
                by_patterns(text),
                "{}",
                &text[..text.len().min(80)]
            );
        }
    }
}
