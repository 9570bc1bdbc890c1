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
    /// Per table: its section, counting a label between two tables under
    /// one heading (`<b>1.1.2 Instance-level Sample Generation</b>`) as the
    /// start of a new section.
    section_of_table: Vec<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Category {
    Strategy(usize),
    CatchAll,
    /// A heading that is a year (`## 2021`, `### Year-2024`): a paper has
    /// one year, so sibling years exclude each other.
    Year(i32),
}

/// Sibling headings that are years must name this many different years
/// before they count as a partition of the papers by year.
const MIN_YEARS: usize = 2;

/// The year a heading is, if it is nothing else: `2021`, `Year 2021`,
/// `Year-2021`, `2021年`.
fn heading_year(text: &str) -> Option<i32> {
    let text = text.trim();
    let text = text.strip_suffix('年').unwrap_or(text);
    let text = match text.get(..4) {
        Some(head) if head.eq_ignore_ascii_case("year") => {
            text[4..].trim_start_matches([' ', '-', ':', '_'])
        }
        _ => text,
    };
    (text.len() == 4 && (text.starts_with("19") || text.starts_with("20")))
        .then(|| text.parse().ok())
        .flatten()
}

impl Sections {
    pub fn learn(document: &Document<'_>, knowledge: &Knowledge) -> Self {
        let strategies = &knowledge.strategies;
        let named: Vec<Option<Category>> = document
            .headings
            .iter()
            .map(|h| {
                if let Some(year) = heading_year(&h.text) {
                    Some(Category::Year(year))
                } else if let Some(index) = strategies.implied_by_heading(&h.text) {
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
        let mut years: HashMap<(Option<usize>, u8), HashSet<i32>> = HashMap::new();
        for (h, category) in document.headings.iter().zip(&named) {
            match category {
                Some(Category::Strategy(index)) => {
                    groups
                        .entry((h.parent, h.level))
                        .or_default()
                        .insert(*index);
                }
                Some(Category::Year(year)) => {
                    years.entry((h.parent, h.level)).or_default().insert(*year);
                }
                _ => {}
            }
        }
        let category = document
            .headings
            .iter()
            .zip(named)
            .map(|(h, category)| {
                let siblings = (h.parent, h.level);
                let partition = match category {
                    Some(Category::Year(_)) => {
                        years.get(&siblings).is_some_and(|s| s.len() >= MIN_YEARS)
                    }
                    _ => groups
                        .get(&siblings)
                        .is_some_and(|s| s.len() >= MIN_STRATEGIES),
                };
                category.filter(|_| partition)
            })
            .collect();
        let mut section_of_table = Vec::with_capacity(document.tables.len());
        let mut section = 0;
        for (index, table) in document.tables.iter().enumerate() {
            if index > 0 {
                let previous = &document.tables[index - 1];
                let between = document
                    .text
                    .get(previous.span.end..table.span.start)
                    .unwrap_or("");
                if previous.heading != table.heading || has_label(between) {
                    section += 1;
                }
            }
            section_of_table.push(section);
        }
        Sections {
            category,
            section_of_table,
        }
    }

    /// Whether two tables are in one section: under one heading, with no
    /// label between them that starts a subsection.
    pub fn same_section(&self, a: usize, b: usize) -> bool {
        self.section_of_table.get(a) == self.section_of_table.get(b)
    }

    /// Whether two tables' sections are different categories of one
    /// partition: the headings where their chains part are sibling
    /// categories, not both catch-alls and not the same strategy.
    pub fn exclusive(&self, document: &Document<'_>, a: Option<usize>, b: Option<usize>) -> bool {
        self.parting_categories(document, a, b)
            .is_some_and(|(x, y)| x != y && (both_years(x, y) || strategies(x, y)))
    }

    /// Whether two sections sit under two sibling years of a partition by
    /// year (`### Year 2025`, `### Year 2024`): a paper has one year.
    pub fn years_apart(&self, document: &Document<'_>, a: Option<usize>, b: Option<usize>) -> bool {
        self.parting_categories(document, a, b)
            .is_some_and(|(x, y)| x != y && both_years(x, y))
    }

    /// The year of a partition by year that a section sits under (`###
    /// Journal` under `## 2024`: 2024).
    pub fn year_of(&self, document: &Document<'_>, heading: Option<usize>) -> Option<i32> {
        let mut next = heading;
        while let Some(current) = next {
            if let Some(Some(Category::Year(year))) = self.category.get(current) {
                return Some(*year);
            }
            next = document.headings[current].parent;
        }
        None
    }

    /// The categories of the two sibling headings where the chains of
    /// headings above `a` and `b` part, when both are categories.
    fn parting_categories(
        &self,
        document: &Document<'_>,
        a: Option<usize>,
        b: Option<usize>,
    ) -> Option<(Category, Category)> {
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
        let (&x, &y) = (a.get(common)?, b.get(common)?);
        let (Some(cx), Some(cy)) = (*self.category.get(x)?, *self.category.get(y)?) else {
            return None;
        };
        (document.headings[x].parent == document.headings[y].parent).then_some((cx, cy))
    }
}

fn both_years(x: Category, y: Category) -> bool {
    matches!((x, y), (Category::Year(_), Category::Year(_)))
}

/// Strategy sections, or a strategy beside the catch-all.
fn strategies(x: Category, y: Category) -> bool {
    [x, y].iter().all(|c| !matches!(c, Category::Year(_)))
        && (matches!(x, Category::Strategy(_)) || matches!(y, Category::Strategy(_)))
}

/// Whether text between two tables holds a label: a line with words once
/// HTML tags, comments and links are removed.
fn has_label(text: &str) -> bool {
    let mut visible = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.split_once("-->").map_or("", |(_, r)| r);
        } else if rest.starts_with('<') {
            rest = rest.split_once('>').map_or("", |(_, r)| r);
        } else {
            let next = rest.find('<').unwrap_or(rest.len());
            visible.push_str(&rest[..next]);
            rest = &rest[next..];
        }
    }
    // A line of links only ("[Back to top](#contents)") is navigation.
    visible.lines().any(|line| {
        String::from_utf8_lossy(&LINK.replace_all(line.as_bytes(), &b""[..]))
            .chars()
            .any(char::is_alphanumeric)
    })
}

static LINK: std::sync::LazyLock<regex::bytes::Regex> = std::sync::LazyLock::new(|| {
    crate::pattern::ascii_bytes(r"!?\[[^\]]*\]\([^)]*\)").expect("valid regex")
});

#[cfg(test)]
mod tests {
    use super::*;

    fn learn(text: &str) -> (Sections, crate::document::Document<'_>) {
        let knowledge = Knowledge::builtin().unwrap();
        let document = crate::document::parse(text, &knowledge.columns);
        (Sections::learn(&document, &knowledge), document)
    }

    const TABLE: &str = "| Paper Title | Conference | Code |\n|---|---|---|\n| [A](https://arxiv.org/abs/2001.02525) | ICLR 2020 | - |\n";

    #[test]
    fn strategy_headings_partition_and_topics_do_not() {
        let text = format!(
            "## Gradient-based Methods\n\n{TABLE}\n## Reinforcement Learning (RL) Methods\n\n{TABLE}\n\
             ## Evolutionary Algorithm (EA) Methods\n\n{TABLE}\n## Other Methods\n\n{TABLE}\n\
             ## Image\n\n{TABLE}\n## Video\n\n{TABLE}"
        );
        let (sections, document) = learn(&text);
        let heading = |i: usize| document.tables[i].heading;
        assert!(sections.exclusive(&document, heading(0), heading(1)));
        assert!(sections.exclusive(&document, heading(0), heading(3)));
        assert!(!sections.exclusive(&document, heading(4), heading(5)));
        assert!(!sections.exclusive(&document, heading(0), heading(4)));
    }

    #[test]
    fn two_strategy_headings_are_not_enough() {
        let text = format!(
            "## Offline Reinforcement Learning\n\n{TABLE}\n## Benchmarks\n\n{TABLE}\n## Other\n\n{TABLE}"
        );
        let (sections, document) = learn(&text);
        let heading = |i: usize| document.tables[i].heading;
        assert!(!sections.exclusive(&document, heading(0), heading(1)));
    }

    #[test]
    fn a_label_between_tables_starts_a_section() {
        let text = format!(
            "## Papers\n\n<b>1.1 Feature Augmentation</b>\n\n{TABLE}\n<b>1.2 Sample Generation</b>\n\n{TABLE}\n<!-- more -->\n<p>\n[Back to top](#contents)\n\n{TABLE}"
        );
        let (sections, _) = learn(&text);
        assert!(!sections.same_section(0, 1));
        assert!(sections.same_section(1, 2));
    }
}
