//! Suppression comments: `<!-- nas-lint-disable ... -->` and the like.

use super::DirectiveKind;
use crate::pattern::{ascii_bytes, matched};
use regex::bytes::Regex;
use std::ops::Range;
use std::sync::LazyLock;

static DIRECTIVE: LazyLock<Regex> = LazyLock::new(|| {
    ascii_bytes(r"<!--[\t\n\x0B\x0C\r ]*nas-lint-(disable-next-line|disable-line|disable-file|disable|enable)(?-u:\b)([^>]*?)[\t\n\x0B\x0C\r ]*-->")
        .expect("valid regex")
});

/// The suppression comments in an HTML event.
pub(super) fn directives_in(html: &str) -> Vec<(DirectiveKind, Vec<String>, Range<usize>)> {
    // Most HTML holds none: no need to compile the pattern for it.
    if !crate::knowledge::text::contains(html, "nas-lint-") {
        return Vec::new();
    }
    DIRECTIVE
        .captures_iter(html.as_bytes())
        .map(|c| {
            let kind = match &c[1] {
                b"disable-next-line" => DirectiveKind::DisableNextLine,
                b"disable-line" => DirectiveKind::DisableLine,
                b"disable-file" => DirectiveKind::DisableFile,
                b"disable" => DirectiveKind::Disable,
                _ => DirectiveKind::Enable,
            };
            let rules = matched(html, c.get(2))
                .unwrap_or_default()
                .split(|ch: char| ch.is_whitespace() || ch == ',')
                .filter(|r| !r.is_empty())
                .map(String::from)
                .collect();
            (kind, rules, c.get(0).expect("group 0").range())
        })
        .collect()
}
