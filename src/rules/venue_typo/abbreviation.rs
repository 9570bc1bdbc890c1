//! A venue's name shortened word by word (`Info Fusion`, `InfoSci`,
//! `Pattern Recog`) is the venue, written the list's way: no misspelling.

use crate::knowledge::Venue;

/// Words a shortened name leaves out (`Trans Pattern Anal Mach Intell`).
const LEFT_OUT: &[&str] = &["of", "on", "and", "for", "in", "the", "&"];

/// Whether `written` shortens each word of the venue's name or full name to
/// a start of it (two letters or more), in order, with at least two words.
pub(super) fn abbreviates(written: &str, venue: &Venue) -> bool {
    let parts = parts(written);
    if parts.len() < 2 {
        return false;
    }
    let full = venue.full_name.as_deref().map(without_publisher);
    [Some(venue.name.as_ref()), full]
        .into_iter()
        .flatten()
        .any(|name| shortens(&parts, &words(name)))
}

/// Each part is its word or a start of it two letters shorter at least (one
/// letter short, `Communication` for `Communications`, is a slip), and one
/// part at least is shortened.
fn shortens(parts: &[String], words: &[String]) -> bool {
    let shortened = |part: &String, word: &String| part.len() + 2 <= word.len();
    parts.len() == words.len()
        && parts.iter().zip(words).all(|(part, word)| {
            part == word
                || (part.len() >= 2 && shortened(part, word) && word.starts_with(part.as_str()))
        })
        && parts
            .iter()
            .zip(words)
            .any(|(part, word)| shortened(part, word))
}

/// `Information Fusion (Elsevier)`: the name without its publisher.
fn without_publisher(name: &str) -> &str {
    name.split_once(" (").map_or(name, |(name, _)| name)
}

fn words(name: &str) -> Vec<String> {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| !LEFT_OUT.contains(&w.as_str()))
        .collect()
}

/// The written words, a run of capitals and small letters split where a
/// capital follows a small letter (`InfoSci` gives `info`, `sci`).
fn parts(written: &str) -> Vec<String> {
    let mut parts = Vec::new();
    for word in written.split(|c: char| !c.is_alphanumeric()) {
        let mut current = String::new();
        let mut previous_small = false;
        for c in word.chars() {
            if c.is_uppercase() && previous_small && !current.is_empty() {
                parts.push(std::mem::take(&mut current));
            }
            previous_small = c.is_lowercase();
            current.extend(c.to_lowercase());
        }
        if !current.is_empty() {
            parts.push(current);
        }
    }
    parts.retain(|p| !LEFT_OUT.contains(&p.as_str()));
    parts
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn a_name_shortened_word_by_word_is_no_misspelling() {
        let header = "| Title | Venue | Year |\n|---|---|---|\n";
        for venue in ["Info Fusion", "InfoSci", "Info Sci"] {
            let text = table_of(
                header,
                &[&format!(
                    "| [A Paper](https://example.com/a) | {venue} | 2025 |"
                )],
            );
            assert!(lines("venue-typo", &text).is_empty(), "{venue}");
        }
        // One word slipped, or one letter left off, is still a slip.
        let text = table_of(
            header,
            &["| [A Paper](https://example.com/a) | Nature Communication | 2025 |"],
        );
        assert_eq!(lines("venue-typo", &text), [3]);
        let text = table_of(
            header,
            &["| [A Paper](https://example.com/a) | NeurlPS | 2025 |"],
        );
        assert_eq!(lines("venue-typo", &text), [3]);
    }
}
