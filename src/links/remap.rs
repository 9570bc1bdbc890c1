//! `--remap 'REGEX REPLACEMENT'`: URL rewrites for mirrors, and for tests,
//! which point arXiv, GitHub and their APIs at a local server.
//!
//! A remap changes where a request goes, never what a link means: links are
//! classified (arXiv id, GitHub repository) and cached by what is written
//! in the list, and the request URLs built from that are rewritten just
//! before they are sent, redirect targets included.

use regex::Regex;

#[derive(Debug, Clone)]
pub struct Remap {
    pattern: Regex,
    replacement: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RemapError {
    #[error("a remap is `REGEX REPLACEMENT`, separated by white space; got `{0}`")]
    Shape(String),
    #[error("the remap pattern `{pattern}` is not a valid regex: {reason}")]
    Pattern { pattern: String, reason: String },
}

impl Remap {
    pub fn new(pattern: Regex, replacement: impl Into<String>) -> Self {
        Remap {
            pattern,
            replacement: replacement.into(),
        }
    }

    /// Reads `REGEX REPLACEMENT`; the replacement may use `$1` or `${name}`.
    pub fn parse(text: &str) -> Result<Self, RemapError> {
        let mut parts = text.split_whitespace();
        let (Some(pattern), Some(replacement), None) = (parts.next(), parts.next(), parts.next())
        else {
            return Err(RemapError::Shape(text.to_string()));
        };
        let pattern = Regex::new(pattern).map_err(|e| RemapError::Pattern {
            pattern: pattern.to_string(),
            reason: e.to_string(),
        })?;
        Ok(Remap::new(pattern, replacement))
    }

    pub fn pattern(&self) -> &Regex {
        &self.pattern
    }

    pub fn replacement(&self) -> &str {
        &self.replacement
    }
}

/// The URL rewritten by the first remap that matches it, or as it was.
pub(crate) fn apply(remaps: &[Remap], url: &str) -> String {
    remaps.iter().find(|r| r.pattern.is_match(url)).map_or_else(
        || url.to_string(),
        |r| r.pattern.replace(url, r.replacement.as_str()).into_owned(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_matching_remap_rewrites_the_url() {
        let remaps = vec![
            Remap::parse(r"^https://github\.com/(.*) http://127.0.0.1:9/gh/$1").unwrap(),
            Remap::parse(r"^https://(.*) http://mirror/$1").unwrap(),
        ];
        assert_eq!(
            apply(&remaps, "https://github.com/a/b"),
            "http://127.0.0.1:9/gh/a/b"
        );
        assert_eq!(apply(&remaps, "https://x.org/p"), "http://mirror/x.org/p");
        assert_eq!(apply(&remaps, "ftp://x.org/p"), "ftp://x.org/p");
    }

    #[test]
    fn malformed_remaps_are_refused_with_the_reason() {
        assert!(matches!(
            Remap::parse("only-one-part"),
            Err(RemapError::Shape(_))
        ));
        assert!(matches!(Remap::parse("a b c"), Err(RemapError::Shape(_))));
        assert!(matches!(
            Remap::parse("(unclosed x"),
            Err(RemapError::Pattern { .. })
        ));
    }
}
