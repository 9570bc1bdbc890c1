//! GitHub's generated heading anchors.

use std::collections::HashMap;

/// The anchor GitHub derives from a heading's text: lower case, punctuation
/// and symbols (emoji) dropped, each space turned into a hyphen. Combining
/// marks stay, as on GitHub: `### 🗒️ Taxonomy` drops the emoji but keeps
/// the VARIATION SELECTOR-16 after it, so its anchor is `#️-taxonomy`.
pub fn github_slug(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .filter_map(|c| match c {
            ' ' => Some('-'),
            '-' | '_' => Some(c),
            c if c.is_alphanumeric() || combining_mark(c) => Some(c),
            _ => None,
        })
        .collect()
}

/// Combining marks GitHub keeps in anchors: the variation selectors that
/// follow an emoji, and the combining diacritics and symbol marks.
fn combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}' | '\u{20D0}'..='\u{20FF}' | '\u{FE00}'..='\u{FE0F}')
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
