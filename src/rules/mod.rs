//! The rules on the document model. Each rule lives in its own file, with
//! its tests, its metadata in `crate::registry` and its user documentation
//! in `rules/docs/<name>.md`. This file lists them.

mod conflicting_duplicate;
mod context;
mod conventions;
mod distinct_works;
mod duplicate_anchor;
mod duplicate_paper;
mod duplicates;
mod entry_name;
mod impossible_venue_year;
mod invalid_year;
mod item_details;
mod item_titles;
mod link_culprit;
mod link_identity;
mod list_entries;
mod malformed_link;
mod missing_year;
mod outdated_venue_name;
mod pair;
mod paper_row;
mod prose_lines;
mod prose_venues;
mod row;
mod row_order;
mod same_name;
mod shared_paper_link;
mod strategy_section_mismatch;
mod swapped_columns;
mod table_shape;
mod titles;
mod toc_broken_link;
mod unknown_strategy;
mod unknown_venue;
mod venue_link_mismatch;
mod venue_typo;
mod year_as_venue;
mod year_before_preprint;
mod year_mismatch;

#[cfg(test)]
pub(crate) mod testing;

pub use crate::registry::{all_metas, is_known, is_link_rule, FixKind, RuleMeta, OTHER_RULES};
pub(crate) use context::append_cells;
pub use context::{Context, Rule};
pub use conventions::drop_table_conventions;
pub use row::RowRef;

/// Every rule, in the order `--list-rules` shows them.
pub static RULES: &[&dyn Rule] = &[
    &table_shape::TableShape,
    &duplicate_paper::DuplicatePaper,
    &conflicting_duplicate::ConflictingDuplicate,
    &shared_paper_link::SharedPaperLink,
    &venue_typo::VenueTypo,
    &unknown_venue::UnknownVenue,
    &year_as_venue::YearAsVenue,
    &impossible_venue_year::ImpossibleVenueYear,
    &venue_link_mismatch::VenueLinkMismatch,
    &outdated_venue_name::OutdatedVenueName,
    &swapped_columns::SwappedColumns,
    &unknown_strategy::UnknownStrategy,
    &strategy_section_mismatch::StrategySectionMismatch,
    &missing_year::MissingYear,
    &invalid_year::InvalidYear,
    &year_mismatch::YearMismatch,
    &year_before_preprint::YearBeforePreprint,
    &row_order::RowOrder,
    &malformed_link::MalformedLink,
    &toc_broken_link::TocBrokenLink,
    &duplicate_anchor::DuplicateAnchor,
];

pub fn find(name: &str) -> Option<&'static dyn Rule> {
    RULES.iter().copied().find(|r| r.meta().name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_kebab_case_and_documented() {
        let mut names = std::collections::HashSet::new();
        for rule in RULES {
            let meta = rule.meta();
            assert!(names.insert(meta.name), "{} registered twice", meta.name);
            assert!(
                meta.name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-'),
                "{} is not kebab-case",
                meta.name
            );
            assert!(
                meta.doc.starts_with(&format!("# {}\n", meta.name)),
                "{} doc title",
                meta.name
            );
            for section in [
                "## What it does",
                "## Why this matters",
                "## Example",
                "## How to fix",
            ] {
                assert!(
                    meta.doc.contains(section),
                    "{} doc lacks {section}",
                    meta.name
                );
            }
        }
        assert_eq!(RULES.len(), 21);
    }

    #[test]
    fn every_rule_has_its_registry_entry_in_the_same_order() {
        let metas: Vec<&str> = RULES.iter().map(|r| r.meta().name).collect();
        let registered: Vec<&str> = crate::registry::LINT_RULES.iter().map(|m| m.name).collect();
        assert_eq!(metas, registered);
        for (rule, meta) in RULES.iter().zip(crate::registry::LINT_RULES) {
            assert!(std::ptr::eq(rule.meta(), *meta), "{}", meta.name);
        }
    }

    #[test]
    fn the_rule_tables_mark_exactly_the_opt_in_rules() {
        for (file, readme) in [
            ("README.md", include_str!("../../README.md")),
            (
                "rules/docs/README.md",
                include_str!("../../rules/docs/README.md"),
            ),
        ] {
            for meta in all_metas() {
                let rows: Vec<&str> = readme
                    .lines()
                    .filter(|l| l.starts_with(&format!("| [{}](", meta.name)))
                    .collect();
                for row in rows {
                    assert_eq!(
                        row.contains("*opt-in*"),
                        !meta.default,
                        "{file}: {}",
                        meta.name
                    );
                }
            }
        }
        let opt_in: Vec<_> = all_metas().filter(|m| !m.default).map(|m| m.name).collect();
        assert!(opt_in.contains(&"unknown-venue"), "{opt_in:?}");
    }

    #[test]
    fn quoted_titles_leave_out_badges() {
        let row = "| [Paper A](https://arxiv.org/abs/2101.00001) [![Star](https://img.shields.io/github/stars/a/b.svg)](https://github.com/a/b) | CVPR 2021 | - | - | 2021 |";
        let text = testing::seed_table("S", &[row, row]);
        let found = testing::check("duplicate-paper", &text);
        assert_eq!(found.len(), 1);
        assert!(
            found[0].message.starts_with("\"Paper A\" is"),
            "{}",
            found[0].message
        );
    }
}
