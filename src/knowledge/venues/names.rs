//! The names venues answer to, by lookup key. The built-in names come as a
//! table that build.rs sorted, read by binary search without building
//! anything at start-up; a user's file that adds venues or names turns them
//! into a map.

use super::data::{
    Cadence, FormerName, HeldLate, JointMeeting, Markers, NameHit, NameKind, PmlrVolume, Venue,
    VenueKind,
};
use std::collections::HashMap;

/// The built-in venue data, made by build.rs from `rules/venues.toml`.
pub(super) struct Builtin {
    pub markers: Markers,
    pub venues: &'static [Venue],
    /// Sorted by key.
    pub names: &'static [(&'static str, NameHit)],
}

// Defines `BUILTIN: Option<Builtin>` (`None` when the TOML does not parse,
// so that the library reads it and reports the error).
include!(concat!(env!("OUT_DIR"), "/venues.rs"));

#[derive(Debug, Clone)]
pub(super) enum Names {
    Builtin(&'static [(&'static str, NameHit)]),
    Map(HashMap<String, NameHit>),
}

impl Default for Names {
    fn default() -> Self {
        Names::Map(HashMap::new())
    }
}

impl Names {
    pub fn get(&self, key: &str) -> Option<NameHit> {
        match self {
            Names::Builtin(table) => table
                .binary_search_by(|(known, _)| (*known).cmp(key))
                .ok()
                .map(|at| table[at].1),
            Names::Map(map) => map.get(key).copied(),
        }
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, NameHit)> {
        let (table, map) = match self {
            Names::Builtin(table) => (Some(table.iter()), None),
            Names::Map(map) => (None, Some(map.iter())),
        };
        let table = table.into_iter().flatten().map(|(k, hit)| (*k, *hit));
        let map = map.into_iter().flatten().map(|(k, hit)| (k.as_str(), *hit));
        table.chain(map)
    }

    /// The names as a map, for a user's file to add to.
    pub fn into_map(self) -> HashMap<String, NameHit> {
        match self {
            Names::Builtin(table) => table.iter().map(|(k, hit)| (k.to_string(), *hit)).collect(),
            Names::Map(map) => map,
        }
    }
}
