//! Search strategies: the Strategy column's vocabulary.

use super::text::{is_slip_of, lookup_key};
use super::KnowledgeError;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

#[derive(Debug, Clone, Deserialize, Serialize, Default)]
#[serde(deny_unknown_fields)]
pub struct StrategyFile {
    #[serde(default)]
    pub separators: Vec<String>,
    #[serde(default)]
    pub strategy: Vec<Strategy>,
    /// Words of catch-all section headings ("Other Methods", "Misc").
    #[serde(default)]
    pub catch_all_sections: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Strategy {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub misspellings: Vec<String>,
    #[serde(default)]
    pub section_keywords: Vec<String>,
}

/// What a strategy cell says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StrategyCell {
    Placeholder,
    /// Every part is a known strategy (one part, or several: `RL/Gradient`).
    Known(StrategySet),
    /// One part is a misspelling of exactly one known strategy; `range` is
    /// where it stands in the parsed text.
    Typo {
        strategy: u32,
        range: (u32, u32),
    },
    Unknown,
}

/// A set of strategies, by index (the first 32 of the vocabulary; a list
/// with more strategies than that has no vocabulary to check against).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StrategySet(u32);

impl StrategySet {
    pub fn insert(&mut self, index: usize) {
        if index < 32 {
            self.0 |= 1 << index;
        }
    }

    pub fn contains(&self, index: usize) -> bool {
        index < 32 && self.0 & (1 << index) != 0
    }

    /// How many strategies the set holds.
    pub fn len(&self) -> u32 {
        self.0.count_ones()
    }

    pub fn is_empty(&self) -> bool {
        self.0 == 0
    }
}

#[derive(Debug, Clone, Default)]
pub struct StrategyBook {
    strategies: Vec<Strategy>,
    names: HashMap<String, usize>,
    misspellings: HashMap<String, usize>,
    separators: Vec<char>,
    keywords: Vec<(String, usize)>,
    catch_all: Vec<String>,
}

impl StrategyBook {
    pub fn new(files: &[StrategyFile]) -> Result<Self, KnowledgeError> {
        let mut book = StrategyBook::default();
        for file in files {
            book.separators
                .extend(file.separators.iter().flat_map(|s| s.chars()));
            for strategy in &file.strategy {
                book.add(strategy)?;
            }
            book.catch_all
                .extend(file.catch_all_sections.iter().map(|w| w.to_lowercase()));
        }
        Ok(book)
    }

    fn add(&mut self, strategy: &Strategy) -> Result<(), KnowledgeError> {
        let index = match self.strategies.iter().position(|s| s.name == strategy.name) {
            Some(existing) => existing,
            None => {
                self.strategies.push(strategy.clone());
                self.strategies.len() - 1
            }
        };
        let names = std::iter::once(&strategy.name).chain(&strategy.aliases);
        for name in names {
            let key = lookup_key(name);
            if let Some(&other) = self.names.get(&key) {
                if other != index {
                    return Err(KnowledgeError::Conflict(format!(
                        "the strategy name `{name}` is given to both {} and {}",
                        self.strategies[other].name, strategy.name
                    )));
                }
            }
            self.names.insert(key, index);
        }
        for name in &strategy.misspellings {
            self.misspellings.insert(lookup_key(name), index);
        }
        for keyword in &strategy.section_keywords {
            self.keywords.push((keyword.to_lowercase(), index));
        }
        Ok(())
    }

    pub fn name(&self, index: usize) -> &str {
        &self.strategies[index].name
    }

    pub fn is_empty(&self) -> bool {
        self.strategies.is_empty()
    }

    /// Reads a strategy cell: `Gradient`, `RL/Gradient`, `Training-free`, `-`.
    pub fn parse(&self, text: &str, is_placeholder: bool) -> StrategyCell {
        let text = text.trim();
        if text.is_empty() || is_placeholder {
            return StrategyCell::Placeholder;
        }
        let mut known = StrategySet::default();
        let mut typo = None;
        for (start, end) in self.parts(text) {
            let part = &text[start..end];
            let key = lookup_key(part);
            if let Some(&index) = self.names.get(&key) {
                known.insert(index);
                continue;
            }
            match (self.misspelling_of(&key), &typo) {
                (Some(strategy), None) => {
                    typo = Some(StrategyCell::Typo {
                        strategy: strategy as u32,
                        range: (start as u32, end as u32),
                    })
                }
                _ => return StrategyCell::Unknown,
            }
        }
        typo.unwrap_or(StrategyCell::Known(known))
    }

    fn parts(&self, text: &str) -> Vec<(usize, usize)> {
        let mut parts = Vec::new();
        let mut start = 0;
        for (i, c) in text.char_indices() {
            if self.separators.contains(&c) {
                parts.push((start, i));
                start = i + c.len_utf8();
            }
        }
        parts.push((start, text.len()));
        parts
            .into_iter()
            .map(|(s, e)| {
                let part = &text[s..e];
                let lead = part.len() - part.trim_start().len();
                (s + lead, s + lead + part.trim().len())
            })
            .filter(|(s, e)| s < e)
            .collect()
    }

    fn misspelling_of(&self, key: &str) -> Option<usize> {
        if let Some(&index) = self.misspellings.get(key) {
            return Some(index);
        }
        let mut found = None;
        for (known, &index) in &self.names {
            if is_slip_of(key, known) {
                match found {
                    Some(other) if other != index => return None,
                    _ => found = Some(index),
                }
            }
        }
        found
    }

    /// Whether a heading is a catch-all section ("Other Methods", "Others"):
    /// one of its words is a catch-all word.
    pub fn is_catch_all_heading(&self, heading: &str) -> bool {
        heading
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| self.catch_all.iter().any(|w| w.eq_ignore_ascii_case(word)))
    }

    /// The strategy a section heading stands for ("Gradient-based Methods"),
    /// when it names exactly one.
    /// Every strategy whose section keyword `text` holds: a title that
    /// names two (`RENAS: Reinforced Evolutionary Neural Architecture
    /// Search`) is a hybrid method's.
    pub fn named_in(&self, text: &str) -> StrategySet {
        let text = text.to_lowercase();
        let mut named = StrategySet::default();
        for (keyword, index) in &self.keywords {
            if text.contains(keyword.as_str()) {
                named.insert(*index);
            }
        }
        named
    }

    pub fn implied_by_heading(&self, heading: &str) -> Option<usize> {
        let heading = heading.to_lowercase();
        let mut implied = None;
        for (keyword, index) in &self.keywords {
            if heading.contains(keyword.as_str()) {
                match implied {
                    Some(other) if other != *index => return None,
                    _ => implied = Some(*index),
                }
            }
        }
        implied
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn book() -> StrategyBook {
        let file: StrategyFile = toml::from_str(
            r#"
            separators = ["/", "+"]
            [[strategy]]
            name = "Gradient"
            aliases = ["Differentiable"]
            section_keywords = ["gradient"]
            [[strategy]]
            name = "RL"
            aliases = ["Reinforcement Learning"]
            section_keywords = ["reinforcement learning"]
            [[strategy]]
            name = "EA"
            section_keywords = ["evolutionary"]
            [[strategy]]
            name = "Training-free"
            "#,
        )
        .unwrap();
        StrategyBook::new(&[file]).unwrap()
    }

    fn set(indices: &[usize]) -> StrategyCell {
        let mut set = StrategySet::default();
        indices.iter().for_each(|&i| set.insert(i));
        StrategyCell::Known(set)
    }

    #[test]
    fn reads_single_and_combined_strategies() {
        let book = book();
        assert_eq!(book.parse("Gradient", false), set(&[0]));
        assert_eq!(book.parse("RL/Gradient", false), set(&[1, 0]));
        assert_eq!(book.parse("training free", false), set(&[3]));
        assert_eq!(book.parse("-", true), StrategyCell::Placeholder);
    }

    #[test]
    fn finds_misspellings_and_unknowns() {
        let book = book();
        match book.parse("RL/Gradinet", false) {
            StrategyCell::Typo { strategy, range } => assert_eq!((strategy, range), (0, (3, 11))),
            other => panic!("{other:?}"),
        }
        assert_eq!(book.parse("Informer", false), StrategyCell::Unknown);
        assert_eq!(book.parse("ICLR 2020", false), StrategyCell::Unknown);
    }

    #[test]
    fn headings_imply_one_strategy() {
        let book = book();
        assert_eq!(book.implied_by_heading("Gradient-based Methods"), Some(0));
        assert_eq!(
            book.implied_by_heading("Reinforcement Learning (RL) Methods"),
            Some(1)
        );
        assert_eq!(book.implied_by_heading("Other Methods"), None);
    }

    #[test]
    fn catch_all_headings_are_recognised_by_whole_words() {
        let file: StrategyFile =
            toml::from_str(r#"catch_all_sections = ["other", "others"]"#).unwrap();
        let book = StrategyBook::new(&[file]).unwrap();
        assert!(book.is_catch_all_heading("Other Methods"));
        assert!(book.is_catch_all_heading("### Others <a name=\"others\"></a>"));
        assert!(!book.is_catch_all_heading("Otherwise Useful Tricks"));
        assert!(!book.is_catch_all_heading("Gradient-based Methods"));
    }
}
