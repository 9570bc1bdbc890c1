//! Suppression comments: `<!-- nas-lint-disable ... -->` and the like.

use super::DirectiveKind;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

static DIRECTIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"<!--[\t\n\x0B\x0C\r ]*nas-lint-(disable-next-line|disable-line|disable-file|disable|enable)(?-u:\b)([^>]*?)[\t\n\x0B\x0C\r ]*-->")
        .expect("valid regex")
});

/// The suppression comments in an HTML event.
pub(super) fn directives_in(html: &str) -> Vec<(DirectiveKind, Vec<String>, Range<usize>)> {
    DIRECTIVE
        .captures_iter(html)
        .map(|c| {
            let kind = match &c[1] {
                "disable-next-line" => DirectiveKind::DisableNextLine,
                "disable-line" => DirectiveKind::DisableLine,
                "disable-file" => DirectiveKind::DisableFile,
                "disable" => DirectiveKind::Disable,
                _ => DirectiveKind::Enable,
            };
            let rules = c[2]
                .split(|ch: char| ch.is_whitespace() || ch == ',')
                .filter(|r| !r.is_empty())
                .map(String::from)
                .collect();
            (kind, rules, c.get(0).expect("group 0").range())
        })
        .collect()
}
