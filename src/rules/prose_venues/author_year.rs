//! A venue after its year in an author-year citation (`（Qu et al., 2021,
//! ACL, **RocketQA**）`, `(Mao et al., 2020, NAACL)`): inside parentheses,
//! the year, a comma and a name that a comma or the closing parenthesis
//! ends.

use super::mention::{mention_read_as, LineMarks, ProseVenue};
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
pub(super) fn cited_venues(
    line: &str,
    marks: &LineMarks,
    start: usize,
    knowledge: &Knowledge,
) -> Vec<ProseVenue> {
    if !line.contains(['(', '（']) {
        return Vec::new();
    }
    YEAR_THEN_NAME
        .captures_iter(line)
        .filter_map(|found| {
            let (year, name) = (found.name("year")?, found.name("name")?);
            let before = &line[..year.start()];
            if !in_parentheses(before) || !opens_a_field(before) {
                return None;
            }
            let read_as = format!("{} {}", name.as_str(), year.as_str());
            let mut mention =
                mention_read_as(line, marks, start, name.range(), &read_as, knowledge)?;
            mention.quoted = line[year.start()..name.end()].to_string();
            Some(mention)
        })
        .collect()
}

/// Whether the year is a field of its own: the parenthesis or a comma
/// before it, not a number's last digits (`arXiv:2106.12020, ICCV`) nor
/// another venue's year (`(ECCV 2020, ICCV)`).
fn opens_a_field(before: &str) -> bool {
    before.trim_end().ends_with([',', '(', '（', '，'])
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
    use super::{in_parentheses, opens_a_field};

    #[test]
    fn a_parenthesis_is_open_until_it_closes() {
        assert!(in_parentheses("- [A](https://a.org/a)（Qu et al., "));
        assert!(in_parentheses("(Mao et al., "));
        assert!(!in_parentheses("- [A](https://a.org/a) Released "));
        assert!(!in_parentheses("- Released "));
    }

    #[test]
    fn a_year_opens_a_field_of_its_own() {
        assert!(opens_a_field("（Qu et al., "));
        assert!(opens_a_field("("));
        assert!(!opens_a_field("(arXiv:2106.1"));
        assert!(!opens_a_field("(ECCV "));
    }
}
