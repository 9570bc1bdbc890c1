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
