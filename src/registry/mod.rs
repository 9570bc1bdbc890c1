//! The registry of rules: every rule's name and metadata, the lint rules'
//! (`lint.rs`) and those of the other stages, suppressions and the link
//! check (`links.rs`). A leaf: the configuration, suppressions, the link
//! check and the rules depend on it, never the reverse.

pub mod links;
pub mod lint;
mod meta;

pub use links::LINK_RULES;
pub use lint::LINT_RULES;
pub use meta::{FixKind, RuleMeta};

use crate::diagnostic::Severity;

/// The name that selects every rule, as in `--select ALL`.
pub const ALL_RULES: &str = "ALL";

pub static UNUSED_SUPPRESSION: RuleMeta = RuleMeta {
    default: true,
    name: "unused-suppression",
    severity: Severity::Warning,
    summary: "a nas-lint-disable comment that silences nothing",
    doc: include_str!("../../rules/docs/unused-suppression.md"),
    fix: FixKind::None,
};

/// Rules that are not run on the document model but by another stage
/// (suppressions, link checks); listed, explained and configured the same way.
pub static OTHER_RULES: &[&RuleMeta] = &[
    &UNUSED_SUPPRESSION,
    &links::DEAD_LINK,
    &links::MOVED_LINK,
    &links::ARXIV_TITLE_MISMATCH,
    &links::UNVERIFIED_LINK,
    &links::ARCHIVED_REPO,
];

/// Every rule's metadata, lint rules first, in `--list-rules` order.
pub fn all_metas() -> impl Iterator<Item = &'static RuleMeta> {
    LINT_RULES.iter().chain(OTHER_RULES).copied()
}

/// The metadata of the rule of that name, of any stage.
pub fn find_meta(name: &str) -> Option<&'static RuleMeta> {
    all_metas().find(|m| m.name == name)
}

/// Whether a rule of that name exists (lint rules and the other stages').
pub fn is_known(name: &str) -> bool {
    find_meta(name).is_some()
}

/// Whether `name` is one of the link check's rules (`--links`).
pub fn is_link_rule(name: &str) -> bool {
    LINK_RULES.iter().any(|m| m.name == name)
}
