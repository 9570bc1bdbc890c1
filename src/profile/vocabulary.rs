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
    /// How many rows name each known venue correctly, by venue index.
    venue_rows: HashMap<u32, usize>,
    /// The list's most written spelling of each known venue (`Arxiv`,
    /// `NeurIPS`), by venue index; a tie goes to the first written.
    spellings: HashMap<u32, String>,
}

/// A name used this many times less often than the venue it is one slip
/// from is a repeated slip, not the list's own name.
pub const SLIP_RATIO: usize = 5;

impl VenueVocabulary {
    pub fn learn(document: &Document<'_>, facts: &Facts) -> Self {
        let mut rows: HashMap<String, usize> = HashMap::new();
        let mut venue_rows: HashMap<u32, usize> = HashMap::new();
        let mut written: HashMap<u32, Vec<(String, usize)>> = HashMap::new();
        for (table, table_facts) in document.tables.iter().zip(&facts.tables) {
            for (row, row_facts) in table.rows().zip(&table_facts.rows) {
                let Some(fact) = &row_facts.venue else {
                    continue;
                };
                let range = match fact.value {
                    VenueCell::Unknown { name_range, .. } => name_range,
                    VenueCell::Typo(mention) => mention.name_range,
                    VenueCell::Known(mention) => {
                        *venue_rows.entry(mention.venue).or_default() += 1;
                        let text = row.cell(fact.column()).map_or("", |c| c.text());
                        let name = mention.written(text).to_string();
                        let counts = written.entry(mention.venue).or_default();
                        match counts.iter_mut().find(|(n, _)| *n == name) {
                            Some((_, count)) => *count += 1,
                            None => counts.push((name, 1)),
                        }
                        continue;
                    }
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
        let spellings = written
            .into_iter()
            .filter_map(|(venue, counts)| {
                let most = counts.iter().map(|(_, c)| *c).max()?;
                let (name, _) = counts.into_iter().find(|(_, c)| *c == most)?;
                Some((venue, name))
            })
            .collect();
        VenueVocabulary {
            rows,
            venue_rows,
            spellings,
        }
    }

    /// How the list itself most often writes a known venue's name.
    pub fn usual_spelling(&self, venue: u32) -> Option<&str> {
        self.spellings.get(&venue).map(String::as_str)
    }

    /// How many rows of the list name a known venue (by index) correctly.
    pub fn rows_naming(&self, venue: u32) -> usize {
        self.venue_rows.get(&venue).copied().unwrap_or(0)
    }

    /// The known venues (by index) the list's rows name correctly.
    pub fn venues_named(&self) -> impl Iterator<Item = u32> + '_ {
        self.venue_rows.keys().copied()
    }

    /// How many rows of the list write this name.
    pub fn rows_using(&self, name: &str) -> usize {
        self.rows.get(&lookup_key(name)).copied().unwrap_or(0)
    }

    /// Whether the list writes this name consistently: its own convention.
    pub fn is_convention(&self, name: &str) -> bool {
        self.rows_using(name) >= CONVENTION_ROWS
    }

    /// Whether a name one slip from `venue` is the list's own: written
    /// consistently, and not far less often than the venue itself (`ICMLL`
    /// three times beside `ICML` a hundred times is a repeated slip).
    pub fn is_convention_beside(&self, name: &str, venue: u32) -> bool {
        let own = self.rows_using(name);
        let venue = self.venue_rows.get(&venue).copied().unwrap_or(0);
        own >= CONVENTION_ROWS && own * SLIP_RATIO > venue
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

    #[test]
    fn a_slip_repeated_beside_a_much_commoner_venue_is_no_convention() {
        let mut venues = vec!["ICMLL 2021"; 3];
        venues.extend(["ICML 2021"; 16]);
        let v = vocabulary(&venues);
        let icml = Knowledge::builtin()
            .unwrap()
            .parse_venue("ICML")
            .mention()
            .unwrap()
            .venue;
        assert!(v.is_convention("ICMLL"));
        assert!(!v.is_convention_beside("ICMLL", icml));
        let v = vocabulary(&["ICMLL 2021", "ICMLL 2022", "ICMLL 2023", "ICML 2021"]);
        assert!(v.is_convention_beside("ICMLL", icml));
    }
}
