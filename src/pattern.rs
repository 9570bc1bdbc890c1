//! Regexes whose syntax is plain ASCII (digits, Latin letters, punctuation,
//! ASCII spaces). Built without Unicode classes they compile several times
//! faster: with Unicode on, every `\d`, `\s` or `(?i)` is a class of
//! hundreds of code points, and compiling those was a third of a run on a
//! small list.

use regex::{Regex, RegexBuilder};

/// Compiles `pattern` with ASCII classes (`\d` is `[0-9]`, `\s` the ASCII
/// spaces). A pattern that could match part of a UTF-8 character (`.`,
/// `[^x]`) is refused: those keep `Regex::new`.
pub(crate) fn ascii(pattern: &str) -> Result<Regex, regex::Error> {
    RegexBuilder::new(pattern).unicode(false).build()
}

/// Compiles `pattern` over bytes with ASCII classes, for patterns that need
/// "any character but ..." (`[^\]\n]`): over text those compile a UTF-8
/// automaton for every such class, over bytes a byte class. Every pattern
/// built here starts and ends its matches and groups at an ASCII character
/// or at the text's ends, so [`matched`] never cuts a character.
pub(crate) fn ascii_bytes(pattern: &str) -> Result<regex::bytes::Regex, regex::Error> {
    regex::bytes::RegexBuilder::new(pattern)
        .unicode(false)
        .build()
}

/// The text of a match that a byte pattern made on `text.as_bytes()`.
pub(crate) fn matched<'t>(
    text: &'t str,
    found: Option<regex::bytes::Match<'_>>,
) -> Option<&'t str> {
    found.and_then(|m| text.get(m.range()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_patterns_give_whole_characters() {
        let link = ascii_bytes(r"\[([^\]\n]*)\]\(([^)\n]*)\)").unwrap();
        let text = "voir [Ünïcödé 論文](https://例え.jp/パス) fin";
        let c = link.captures(text.as_bytes()).unwrap();
        assert_eq!(matched(text, c.get(1)), Some("Ünïcödé 論文"));
        assert_eq!(matched(text, c.get(2)), Some("https://例え.jp/パス"));
    }

    #[test]
    fn ascii_classes_are_ascii() {
        let year = ascii(r"^\d{4}$").unwrap();
        assert!(year.is_match("2021"));
        // A full-width or Arabic-Indic year is not a year the rules can read.
        assert!(!year.is_match("２０２１"));
        assert!(!year.is_match("٢٠٢١"));
    }
}
