//! The authors and year an APA reference opens with, before its plain
//! title: `Gallego, F., Ruas, P., & Veredas, F. J. (2025). Title. Venue,
//! 314. [Link](...)`.

use regex::Regex;
use std::sync::LazyLock;

/// The year in parentheses and the full stop after APA's authors, with a
/// month or a day after the year (`(2025, March)`, `(2024, May 20)`) or a
/// letter for a second paper of the year (`(2020a)`).
static YEAR_AFTER_AUTHORS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\((?:19|20)[0-9]{2}[a-z]?(?:,\s*[A-Za-z]+(?:\s+[0-9]{1,2})?)?\)\.\s+")
        .expect("valid regex")
});

/// An author's initials: `F.`, `F. J.`, `T.M.`, `Á.`, `J.-P.`.
static INITIALS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\p{Lu}\.(?:-?\p{Lu}\.)*\s*)+$").expect("valid regex"));

/// The length of the authors and year at the start of `text`, up to the
/// title: each author a surname and initials, joined by commas, the last
/// after `&` (`..., ... & Paliouras, G.` where authors are left out).
pub(super) fn apa_authors_and_year(text: &str) -> Option<usize> {
    let year = YEAR_AFTER_AUTHORS.find(text)?;
    lists_surnames_and_initials(&text[..year.start()]).then_some(year.end())
}

fn lists_surnames_and_initials(authors: &str) -> bool {
    let parts: Vec<&str> = authors
        .trim()
        .split(',')
        .map(|part| part.trim().trim_start_matches("...").trim_start())
        .map(|part| part.trim_start_matches('&').trim_start())
        .filter(|part| !part.is_empty())
        .collect();
    let is_initials = |part: &&str| INITIALS.is_match(part);
    let is_surname = |part: &&str| {
        part.split_whitespace().count() <= 4
            && part.split_whitespace().all(|word| {
                word.starts_with(char::is_uppercase)
                    || super::super::item_lead::NAME_PARTICLES
                        .contains(&word.to_lowercase().as_str())
            })
    };
    // Surname, initials, surname, initials...: as many of each.
    parts.len() >= 2
        && parts.len() % 2 == 0
        && parts
            .chunks(2)
            .all(|pair| is_surname(&pair[0]) && is_initials(&pair[1]))
}

#[cfg(test)]
mod tests {
    use super::apa_authors_and_year;

    #[test]
    fn reads_apa_authors_and_their_year() {
        for (text, title) in [
            ("Gallego, F., Ruas, P., Couto, F. M., & Veredas, F. J. (2025). Enhancing cross-encoders.", "Enhancing"),
            ("Sakor, A., Singh, K., & Vidal, M. E. (2025, March). BioLinkerAI: Leveraging LLMs.", "BioLinkerAI"),
            ("Nentidis, A., Katsimpras, G., ... & Paliouras, G. (2025, April). BioASQ at CLEF2025.", "BioASQ"),
            ("Wang, G. (2025). OntolinkX: a context-aware linking approach.", "OntolinkX"),
            ("Seinen, T.M., Kors, J.A., & Rijnbeek, P.R. (2024). Annotation-preserving translation.", "Annotation"),
            ("García-Barragán, Á., van der Berg, J. (2020a). Title here.", "Title"),
        ] {
            let end = apa_authors_and_year(text);
            assert!(end.is_some_and(|end| text[end..].starts_with(title)), "{text}");
        }
        // A sentence, a title with a year, a name without initials: none.
        for text in [
            "We released our code (2024). Title here.",
            "Deep Learning, Past and Future (2019). Title.",
            "Smith, John (2020). Title.",
            "Title of a paper (2020) in a sentence.",
        ] {
            assert_eq!(apa_authors_and_year(text), None, "{text}");
        }
    }
}
