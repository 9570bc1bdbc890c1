//! Whether the document's sections partition its papers.
//!
//! A NAS list files each paper under one search strategy: "Gradient-based
//! Methods", "Reinforcement Learning (RL) Methods", "Evolutionary Algorithm
//! (EA) Methods", "Other Methods". A paper under two of those sections is
//! listed twice. Most lists instead file a paper under every topic it touches
//! ("Image", "Video", "Trending"), and a paper under two of those is there on
//! purpose. The sections count as mutually exclusive categories only when
//! the strategy vocabulary recognises them: sibling headings that name at
//! least [`MIN_STRATEGIES`] different strategies, together with their
//! catch-all sibling ("Other Methods").

use crate::document::Document;
use crate::knowledge::Knowledge;
use std::collections::{HashMap, HashSet};

/// Sibling headings must name this many different strategies before they
/// count as a partition: two could be topics that happen to match a keyword
/// ("Offline Reinforcement Learning", "Benchmarks").
pub const MIN_STRATEGIES: usize = 3;

/// Which headings are categories of a partition.
#[derive(Debug, Default, Clone)]
pub struct Sections {
    /// Per heading: the category it stands for, when it belongs to a partition.
    category: Vec<Option<Category>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Category {
    Strategy(usize),
    CatchAll,
}

impl Sections {
    pub fn learn(document: &Document<'_>, knowledge: &Knowledge) -> Self {
        let strategies = &knowledge.strategies;
        let named: Vec<Option<Category>> = document
            .headings
            .iter()
            .map(|h| {
                if let Some(index) = strategies.implied_by_heading(&h.text) {
                    Some(Category::Strategy(index))
                } else if strategies.is_catch_all_heading(&h.text) {
                    Some(Category::CatchAll)
                } else {
                    None
                }
            })
            .collect();
        // Sibling groups: same parent, same level.
        let mut groups: HashMap<(Option<usize>, u8), HashSet<usize>> = HashMap::new();
        for (h, category) in document.headings.iter().zip(&named) {
            if let Some(Category::Strategy(index)) = category {
                groups
                    .entry((h.parent, h.level))
                    .or_default()
                    .insert(*index);
            }
        }
        let category = document
            .headings
            .iter()
            .zip(named)
            .map(|(h, category)| {
                let partition = groups
                    .get(&(h.parent, h.level))
                    .is_some_and(|s| s.len() >= MIN_STRATEGIES);
                category.filter(|_| partition)
            })
            .collect();
        Sections { category }
    }

    /// Whether two tables' sections are different categories of one
    /// partition: the headings where their chains part are sibling
    /// categories, not both catch-alls and not the same strategy.
    pub fn exclusive(&self, document: &Document<'_>, a: Option<usize>, b: Option<usize>) -> bool {
        let chain = |h: Option<usize>| -> Vec<usize> {
            let mut chain = Vec::new();
            let mut next = h;
            while let Some(current) = next {
                chain.push(current);
                next = document.headings[current].parent;
            }
            chain.reverse();
            chain
        };
        let (a, b) = (chain(a), chain(b));
        let common = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
        let (Some(&x), Some(&y)) = (a.get(common), b.get(common)) else {
            return false;
        };
        let (Some(Some(cx)), Some(Some(cy))) = (self.category.get(x), self.category.get(y)) else {
            return false;
        };
        document.headings[x].parent == document.headings[y].parent
            && cx != cy
            && (matches!(cx, Category::Strategy(_)) || matches!(cy, Category::Strategy(_)))
    }
}
