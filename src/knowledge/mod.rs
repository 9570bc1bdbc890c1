//! What nas-lint knows about paper lists: venues, strategies, column
//! headers, placeholders, paper ids. The facts live in `rules/*.toml`, are
//! embedded at build time, and can be extended by the user's own files.

mod columns;
pub mod ids;
mod role;
mod strategies;
pub mod text;
mod venues;
mod years;

pub use columns::{CitingTables, ColumnFile, ColumnRoles, RoleHeaders};
pub use role::Role;
pub use strategies::{Strategy, StrategyBook, StrategyCell, StrategyFile, StrategySet};
pub use venues::{
    Cadence, NameKind, Venue, VenueBook, VenueCell, VenueFile, VenueKind, VenueMention,
};
pub use years::{
    is_lone_year_only, is_month_and_short_year, month_name, name_with_short_year, names_a_month,
    parse_year_cell, two_digit_year, DateForm, ShortYear, YearCell,
};

use rustc_hash::FxHashSet;

pub const BUILTIN_VENUES: &str = include_str!("../../rules/venues.toml");
pub const BUILTIN_STRATEGIES: &str = include_str!("../../rules/strategies.toml");
pub const BUILTIN_COLUMNS: &str = include_str!("../../rules/columns.toml");

/// The strategies and columns as JSON, made by build.rs (empty if a file
/// did not parse). The venues come as static tables (`venues::names`).
const BUILTIN_JSON: [&str; 2] = [
    include_str!(concat!(env!("OUT_DIR"), "/strategies.json")),
    include_str!(concat!(env!("OUT_DIR"), "/columns.json")),
];

#[derive(Debug, thiserror::Error)]
pub enum KnowledgeError {
    #[error("{file}: {source}")]
    Toml {
        file: String,
        #[source]
        source: toml::de::Error,
    },
    #[error("{0}")]
    Conflict(String),
}

/// The user's additions to the built-in knowledge.
#[derive(Debug, Clone, Default)]
pub struct KnowledgeExtensions {
    pub venues: Vec<VenueFile>,
    pub strategies: Vec<StrategyFile>,
    pub columns: Vec<ColumnFile>,
}

#[derive(Debug, Clone)]
pub struct Knowledge {
    pub venues: VenueBook,
    pub strategies: StrategyBook,
    pub columns: ColumnRoles,
    /// FxHash: a short key looked up for nearly every cell of a table.
    placeholders: FxHashSet<String>,
    /// The longest placeholder's length: longer cells need no look-up.
    longest_placeholder: usize,
}

impl Knowledge {
    /// The knowledge shipped in `rules/*.toml`.
    pub fn builtin() -> Result<Self, KnowledgeError> {
        Self::with_extensions(KnowledgeExtensions::default())
    }

    pub fn with_extensions(extra: KnowledgeExtensions) -> Result<Self, KnowledgeError> {
        let mut strategies = vec![builtin::<StrategyFile>(
            "rules/strategies.toml",
            BUILTIN_STRATEGIES,
            BUILTIN_JSON[0],
        )?];
        strategies.extend(extra.strategies);
        let mut columns = vec![builtin::<ColumnFile>(
            "rules/columns.toml",
            BUILTIN_COLUMNS,
            BUILTIN_JSON[1],
        )?];
        columns.extend(extra.columns);
        let placeholders: FxHashSet<String> = columns
            .iter()
            .flat_map(|c| &c.placeholders)
            .map(|p| crate::knowledge::text::trim(p).to_lowercase())
            .collect();
        let longest_placeholder = placeholders.iter().map(String::len).max().unwrap_or(0);
        let venues = VenueBook::with_builtin(&extra.venues)?;
        let mut columns = ColumnRoles::new(&columns);
        // Cheap: the built-in venue data is borrowed, not copied.
        columns.venue_names = venues.clone();
        Ok(Knowledge {
            venues,
            strategies: StrategyBook::new(&strategies)?,
            columns,
            placeholders,
            longest_placeholder,
        })
    }

    /// Whether a cell's text means "unknown / not applicable".
    pub fn is_placeholder(&self, text: &str) -> bool {
        let text = crate::knowledge::text::trim(text);
        // Lower case may change a length by a few bytes (`İ`): twice the
        // longest placeholder leaves room.
        text.is_empty()
            || only_marks(text)
            || (text.len() <= 2 * self.longest_placeholder && self.is_placeholder_word(text))
    }

    /// Whether `text`, in lower case, is a placeholder. An ASCII text is
    /// lowered on the stack: a new string per cell cost more than the look-up.
    fn is_placeholder_word(&self, text: &str) -> bool {
        let mut buffer = [0u8; 64];
        match buffer.get_mut(..text.len()) {
            Some(lower) if text.is_ascii() => {
                lower.copy_from_slice(text.as_bytes());
                lower.make_ascii_lowercase();
                std::str::from_utf8(lower).is_ok_and(|lower| self.placeholders.contains(lower))
            }
            _ => self.placeholders.contains(&text.to_lowercase()),
        }
    }

    /// The placeholder values, lower case.
    pub fn placeholders(&self) -> impl Iterator<Item = &str> {
        self.placeholders.iter().map(String::as_str)
    }

    pub fn parse_venue(&self, text: &str) -> VenueCell {
        self.venues.parse(text, |t| self.is_placeholder(t))
    }

    pub fn parse_strategy(&self, text: &str) -> StrategyCell {
        self.strategies.parse(text, self.is_placeholder(text))
    }
}

/// A built-in file, from the JSON that build.rs made of it; from the TOML
/// when there is none, so that an error names the TOML file.
fn builtin<T: serde::de::DeserializeOwned>(
    file: &str,
    toml: &str,
    json: &str,
) -> Result<T, KnowledgeError> {
    match serde_json::from_str(json) {
        Ok(data) => Ok(data),
        Err(_) => from_toml(file, toml),
    }
}

fn from_toml<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T, KnowledgeError> {
    toml::from_str(text).map_err(|source| KnowledgeError::Toml {
        file: file.to_string(),
        source,
    })
}

/// A cell of dashes, slashes, dots or question marks only (`\`, `-/-`,
/// `...`) holds no value: lists write such marks where they have nothing to
/// say, like `-`. Marks that may mean "yes" (`+`, `*`) are values.
fn only_marks(text: &str) -> bool {
    text.chars().all(|c| {
        c.is_whitespace() || matches!(c, '-' | '–' | '—' | '/' | '\\' | '.' | '…' | '_' | '?')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_accepted_at_header_names_the_venue_column() {
        // TimeBreaker's MARL list heads its venues "Accepted at".
        let knowledge = Knowledge::builtin().unwrap();
        for header in ["Accepted at", "Accepted by", "Accepted In"] {
            let headers: Vec<String> = ["Paper", "Code", header, "Year"].map(String::from).to_vec();
            assert_eq!(
                knowledge.columns.assign(&headers)[2],
                Some(Role::Venue),
                "{header}"
            );
        }
    }

    #[test]
    fn the_embedded_json_is_the_toml() {
        fn same<T: serde::de::DeserializeOwned + serde::Serialize>(toml: &str, json: &str) {
            let from_toml: T = toml::from_str(toml).unwrap();
            let from_json: T = serde_json::from_str(json).expect("build.rs made JSON");
            assert_eq!(
                serde_json::to_value(from_toml).unwrap(),
                serde_json::to_value(from_json).unwrap()
            );
        }
        same::<StrategyFile>(BUILTIN_STRATEGIES, BUILTIN_JSON[0]);
        same::<ColumnFile>(BUILTIN_COLUMNS, BUILTIN_JSON[1]);
    }

    #[test]
    fn builtin_knowledge_loads() {
        let knowledge = Knowledge::builtin().expect("rules/*.toml are valid");
        assert!(knowledge.venues.len() > 50);
        assert!(!knowledge.strategies.is_empty());
        assert!(knowledge.is_placeholder("-"));
        assert!(knowledge.is_placeholder(""));
    }

    #[test]
    fn builtin_venues_read_the_seed_forms() {
        let k = Knowledge::builtin().unwrap();
        for text in [
            "CVPR 2021",
            "ICLR 2021",
            "TMI 2021",
            "ICML 2018",
            "NeurIPS 2019",
            "AAAI 2020",
            "IJCAI 2020",
            "ECCV 2020",
            "ICCV 2019",
            "CVPR 2020*",
        ] {
            assert!(matches!(k.parse_venue(text), VenueCell::Known(_)), "{text}");
        }
        assert!(matches!(k.parse_venue("ILCR 2022"), VenueCell::Typo(_)));
        assert!(matches!(k.parse_venue("NeurlPS 2019"), VenueCell::Typo(_)));
        assert!(matches!(k.parse_venue("EECV 2020"), VenueCell::Typo(_)));
        assert!(matches!(k.parse_venue("CPVR 2020"), VenueCell::Typo(_)));
    }

    #[test]
    fn builtin_strategies_read_the_seed_vocabulary() {
        let k = Knowledge::builtin().unwrap();
        for text in [
            "Gradient",
            "RL",
            "EA",
            "Bayesian",
            "RL/Gradient",
            "Training-free",
            "Other",
            "Benchmark",
        ] {
            assert!(
                matches!(k.parse_strategy(text), StrategyCell::Known(_)),
                "{text}"
            );
        }
    }

    #[test]
    fn user_extensions_add_venues() {
        let venues: VenueFile =
            toml::from_str("[[venue]]\nname = \"MyConf\"\nkind = \"conference\"").unwrap();
        let k = Knowledge::with_extensions(KnowledgeExtensions {
            venues: vec![venues],
            ..Default::default()
        })
        .unwrap();
        assert!(matches!(k.parse_venue("MyConf 2024"), VenueCell::Known(_)));
    }
}
