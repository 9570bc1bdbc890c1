//! GitHub's generated heading anchors.

use std::collections::HashMap;

/// The anchor GitHub derives from a heading's text: lower case, punctuation
/// dropped, each space turned into a hyphen.
pub fn github_slug(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .filter_map(|c| match c {
            ' ' => Some('-'),
            '-' | '_' => Some(c),
            c if c.is_alphanumeric() => Some(c),
            _ => None,
        })
        .collect()
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
    fn repeated_titles_get_numbered() {
        let mut slugger = Slugger::default();
        let slugs: Vec<_> = ["CNN", "GAN", "CNN", "CNN", "CNN-1"]
            .iter()
            .map(|t| slugger.unique(t))
            .collect();
        assert_eq!(slugs, ["cnn", "gan", "cnn-1", "cnn-2", "cnn-1-1"]);
    }
}
