//! The list's own venue vocabulary: names that its venue cells use again
//! and again. A name the list writes the same way in several rows is its
//! convention (a venue nas-lint does not know, a house abbreviation), not an
//! unknown venue and not a slip of the finger.

use crate::document::Document;
use crate::facts::Facts;
use crate::knowledge::text::lookup_key;
use crate::knowledge::VenueCell;
use std::collections::HashMap;

/// From this many rows on, a venue name is the list's convention.
pub const CONVENTION_ROWS: usize = 3;

/// How many rows write each venue name that nas-lint does not know as
/// written (unknown names and slips), by lookup key.
#[derive(Debug, Default, Clone)]
pub struct VenueVocabulary {
    rows: HashMap<String, usize>,
}

impl VenueVocabulary {
    pub fn learn(document: &Document<'_>, facts: &Facts) -> Self {
        let mut rows: HashMap<String, usize> = HashMap::new();
        for (table, table_facts) in document.tables.iter().zip(&facts.tables) {
            for (row, row_facts) in table.rows().zip(&table_facts.rows) {
                let Some(fact) = &row_facts.venue else {
                    continue;
                };
                let range = match fact.value {
                    VenueCell::Unknown { name_range, .. } => name_range,
                    VenueCell::Typo(mention) => mention.name_range,
                    _ => continue,
                };
                let text = row.cell(fact.column()).map_or("", |c| c.text());
                let Some(name) = text.get(range.0 as usize..range.1 as usize) else {
                    continue;
                };
                let key = lookup_key(name);
                if !key.is_empty() {
                    *rows.entry(key).or_default() += 1;
                }
            }
        }
        VenueVocabulary { rows }
    }

    /// How many rows of the list write this name.
    pub fn rows_using(&self, name: &str) -> usize {
        self.rows.get(&lookup_key(name)).copied().unwrap_or(0)
    }

    /// Whether the list writes this name consistently: its own convention.
    pub fn is_convention(&self, name: &str) -> bool {
        self.rows_using(name) >= CONVENTION_ROWS
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::Knowledge;
    use crate::Settings;

    fn vocabulary(venues: &[&str]) -> VenueVocabulary {
        let mut text = String::from("| Title | Venue | Year |\n|---|---|---|\n");
        for (i, v) in venues.iter().enumerate() {
            text.push_str(&format!(
                "| [P{i}](https://example.com/{i}) | {v} | 2021 |\n"
            ));
        }
        let knowledge = Knowledge::builtin().unwrap();
        let document = crate::document::parse(&text, &knowledge.columns);
        let facts = crate::facts::understand(&document, &knowledge, &Settings::default());
        VenueVocabulary::learn(&document, &facts)
    }

    #[test]
    fn a_name_written_in_several_rows_is_the_list_s_convention() {
        let v = vocabulary(&[
            "HotFoo 2020",
            "HotFoo 2021",
            "hotfoo 2022",
            "Foo 2021",
            "CVPR 2021",
        ]);
        assert_eq!(v.rows_using("HotFoo"), 3);
        assert!(v.is_convention("HOTFOO"));
        assert!(!v.is_convention("Foo"));
        // Known venues are not counted: they need no convention.
        assert_eq!(v.rows_using("CVPR"), 0);
    }
}
