//! The link rules' metadata, for `--list-rules`, `--explain`, `--select`
//! and the configuration. It lives here, outside `links/`, because it is
//! compiled without the `links` feature too: a configuration naming a link
//! rule stays valid in an offline build. The findings themselves are made by
//! the link check (`links::report`, with the feature).

use super::{FixKind, RuleMeta};
use crate::diagnostic::Severity;

pub static DEAD_LINK: RuleMeta = RuleMeta {
    default: true,
    name: "dead-link",
    severity: Severity::Error,
    summary:
        "a link whose target is gone: 404 or 410 seen twice, 451, or a host that does not exist",
    doc: include_str!("../../rules/docs/dead-link.md"),
    fix: FixKind::None,
};

pub static MOVED_LINK: RuleMeta = RuleMeta {
    default: true,
    name: "moved-link",
    severity: Severity::Warning,
    summary: "a GitHub repository that was renamed or transferred",
    doc: include_str!("../../rules/docs/moved-link.md"),
    fix: FixKind::Safe,
};

pub static ARXIV_TITLE_MISMATCH: RuleMeta = RuleMeta {
    default: true,
    name: "arxiv-title-mismatch",
    severity: Severity::Error,
    summary: "the arXiv paper behind the link has another title than the row",
    doc: include_str!("../../rules/docs/arxiv-title-mismatch.md"),
    fix: FixKind::None,
};

pub static UNVERIFIED_LINK: RuleMeta = RuleMeta {
    default: true,
    name: "unverified-link",
    severity: Severity::Info,
    summary: "a link that could not be checked (bot wall, rate limit, timeout, refused address)",
    doc: include_str!("../../rules/docs/unverified-link.md"),
    fix: FixKind::None,
};

pub static ARCHIVED_REPO: RuleMeta = RuleMeta {
    default: true,
    name: "archived-repo",
    severity: Severity::Info,
    summary: "a GitHub repository that is archived (needs a token)",
    doc: include_str!("../../rules/docs/archived-repo.md"),
    fix: FixKind::None,
};

/// Every link rule, in the order `--list-rules` shows them.
pub static LINK_RULES: &[&RuleMeta] = &[
    &DEAD_LINK,
    &MOVED_LINK,
    &ARXIV_TITLE_MISMATCH,
    &UNVERIFIED_LINK,
    &ARCHIVED_REPO,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docs_have_the_shape_of_the_other_rules() {
        for meta in LINK_RULES {
            assert!(
                meta.doc.starts_with(&format!("# {}\n", meta.name)),
                "{} doc title",
                meta.name
            );
            assert!(
                meta.doc
                    .contains(&format!("Default severity: {}", meta.severity)),
                "{} doc severity",
                meta.name
            );
            for section in [
                "\nFix: ",
                "## What it does",
                "## Why this matters",
                "## Example",
                "## How to fix",
                "## Configuration / when not to use",
            ] {
                assert!(
                    meta.doc.contains(section),
                    "{} doc lacks {section}",
                    meta.name
                );
            }
        }
    }
}
