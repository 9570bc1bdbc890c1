//! GitHub's generated heading anchors.

use std::collections::HashMap;

/// The anchor GitHub derives from a heading's text: lower case, punctuation
/// and symbols (emoji) dropped, each space turned into a hyphen. Letters,
/// marks, decimal digits, letter numbers (`Ⅻ`) and connector punctuation
/// stay; other numbers go (`①`, `²`, `¼`), as GitHub's slugger drops them.
/// Marks stay even after what is dropped: `### 🗒️ Taxonomy` drops the emoji
/// but keeps the VARIATION SELECTOR-16 after it, so its anchor is
/// `#️-taxonomy`.
pub fn github_slug(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .filter_map(|c| match c {
            ' ' => Some('-'),
            '-' | '_' => Some(c),
            c if c.is_ascii() => c.is_ascii_alphanumeric().then_some(c),
            c if kept_in_anchors(c) => Some(c),
            _ => None,
        })
        .collect()
}

/// Whether GitHub keeps a (non-ASCII) character in an anchor: by its
/// Unicode general category.
fn kept_in_anchors(c: char) -> bool {
    use icu_properties::props::GeneralCategory as G;
    let category = icu_properties::CodePointMapData::<G>::new().get(c);
    matches!(
        category,
        G::UppercaseLetter
            | G::LowercaseLetter
            | G::TitlecaseLetter
            | G::ModifierLetter
            | G::OtherLetter
            | G::NonspacingMark
            | G::SpacingMark
            | G::EnclosingMark
            | G::DecimalNumber
            | G::LetterNumber
            | G::ConnectorPunctuation
    )
}

/// Hands out unique slugs the way GitHub does: the second "CNN" heading
/// becomes `cnn-1`, the third `cnn-2`.
#[derive(Default)]
pub(crate) struct Slugger {
    seen: HashMap<String, usize>,
}

impl Slugger {
    pub(crate) fn unique(&mut self, text: &str) -> String {
        let base = github_slug(text);
        let mut slug = base.clone();
        while self.seen.contains_key(&slug) {
            let count = self.seen.get_mut(&base).expect("base is seen first");
            *count += 1;
            slug = format!("{base}-{count}");
        }
        self.seen.insert(slug.clone(), 0);
        slug
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slug_follows_github() {
        assert_eq!(
            github_slug("Gradient-based Methods"),
            "gradient-based-methods"
        );
        assert_eq!(
            github_slug("Reinforcement Learning (RL) Methods"),
            "reinforcement-learning-rl-methods"
        );
        assert_eq!(github_slug("Survey & Benchmark."), "survey--benchmark");
        assert_eq!(github_slug("β-DARTS"), "β-darts");
        // Other numbers go, letter numbers and marks stay.
        assert_eq!(github_slug("① Domain Shift²"), "-domain-shift");
        assert_eq!(github_slug("Part Ⅻ ½"), "part-ⅻ-");
        assert_eq!(github_slug("हिन्दी"), "हिन्दी");
    }

    #[test]
    fn an_emoji_goes_but_its_variation_selector_stays() {
        // U+1F5D2 U+FE0F: GitHub's anchor keeps the selector.
        assert_eq!(github_slug("🗒\u{FE0F} Taxonomy 1"), "\u{FE0F}-taxonomy-1");
        // An emoji without a selector goes whole.
        assert_eq!(github_slug("🔥 Hot Papers"), "-hot-papers");
    }

    #[test]
    fn repeated_titles_get_numbered() {
        let mut slugger = Slugger::default();
        let slugs: Vec<_> = ["CNN", "GAN", "CNN", "CNN", "CNN-1"]
            .iter()
            .map(|t| slugger.unique(t))
            .collect();
        assert_eq!(slugs, ["cnn", "gan", "cnn-1", "cnn-2", "cnn-1-1"]);
    }
}
