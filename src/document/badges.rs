//! A cell's visible text without the alt text of its badges.

/// The alt text of an image, `![alt](`.
static IMAGE_ALT: std::sync::LazyLock<regex::bytes::Regex> = std::sync::LazyLock::new(|| {
    crate::pattern::ascii_bytes(r"!\[([^\]\n]*)\]").expect("valid regex")
});

/// `text` (a cell's visible text, trimmed) without the alt text of images
/// in `raw` (its Markdown) at its start or end.
pub(super) fn without_badges<'t>(mut text: &'t str, raw: &str) -> &'t str {
    if !crate::knowledge::text::contains(raw, "![") {
        return text;
    }
    // Each alt text is set aside once: `[![ICDAR 2015](..)](..) **ICDAR 2015 X**`.
    let mut alts: Vec<Option<&str>> = IMAGE_ALT
        .captures_iter(raw.as_bytes())
        .filter_map(|c| crate::pattern::matched(raw, c.get(1)))
        .map(str::trim)
        .filter(|alt| !alt.is_empty())
        .map(Some)
        .collect();
    loop {
        let before = text.len();
        for slot in &mut alts {
            let Some(alt) = *slot else { continue };
            if let Some(rest) = text.strip_suffix(alt) {
                text = rest.trim_end();
                *slot = None;
            } else if let Some(rest) = text.strip_prefix(alt) {
                text = rest.trim_start();
                *slot = None;
            }
        }
        if text.len() == before {
            return text;
        }
    }
}
