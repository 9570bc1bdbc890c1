//! A venue after its year in an author-year citation (`（Qu et al., 2021,
//! ACL, **RocketQA**）`, `(Mao et al., 2020, NAACL)`): inside parentheses,
//! the year, a comma and a name that a comma or the closing parenthesis
//! ends.

use super::mention::{mention_read_as, ProseVenue};
use crate::knowledge::Knowledge;
use std::sync::LazyLock;

static YEAR_THEN_NAME: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"(?P<year>(?:19|20)[0-9]{2}),[ \t]?(?P<name>[A-Za-z][A-Za-z&]{2,15})[ \t]*(?:[,)）]|$)",
    )
    .expect("valid regex")
});

/// The cited venues of `line` (which starts at `start` in the document),
/// each read as its name and year; the mention's span is the name's, so
/// that a fix of the name edits the name.
pub(super) fn cited_venues(line: &str, start: usize, knowledge: &Knowledge) -> Vec<ProseVenue> {
    if !line.contains(['(', '（']) {
        return Vec::new();
    }
    YEAR_THEN_NAME
        .captures_iter(line)
        .filter_map(|found| {
            let (year, name) = (found.name("year")?, found.name("name")?);
            if !in_parentheses(&line[..year.start()]) {
                return None;
            }
            let read_as = format!("{} {}", name.as_str(), year.as_str());
            mention_read_as(line, start, name.range(), &read_as, knowledge)
        })
        .collect()
}

/// Whether a parenthesis opened before the end of `before` is still open.
fn in_parentheses(before: &str) -> bool {
    let opened = before.rfind(['(', '（']);
    let closed = before.rfind([')', '）']);
    match (opened, closed) {
        (Some(open), Some(close)) => open > close,
        (Some(_), None) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::in_parentheses;

    #[test]
    fn a_parenthesis_is_open_until_it_closes() {
        assert!(in_parentheses("- [A](https://a.org/a)（Qu et al., "));
        assert!(in_parentheses("(Mao et al., "));
        assert!(!in_parentheses("- [A](https://a.org/a) Released "));
        assert!(!in_parentheses("- Released "));
    }
}
