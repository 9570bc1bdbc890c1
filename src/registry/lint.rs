//! The lint rules' metadata: what `--list-rules`, `--explain`, the
//! configuration and the renderers know of each rule on the document model.
//! The rules themselves (`crate::rules`) refer to these by name.

use super::{FixKind, RuleMeta};
use crate::diagnostic::Severity;

pub static TABLE_SHAPE: RuleMeta = RuleMeta {
    default: true,
    name: "table-shape",
    severity: Severity::Error,
    summary: "a row has more or fewer cells than its header",
    doc: include_str!("../../rules/docs/table-shape.md"),
    fix: FixKind::Sometimes,
};

pub static DUPLICATE_PAPER: RuleMeta = RuleMeta {
    default: true,
    name: "duplicate-paper",
    severity: Severity::Error,
    summary: "the same paper twice in one section, or in two sections that exclude each other (a warning)",
    doc: include_str!("../../rules/docs/duplicate-paper.md"),
    fix: FixKind::Unsafe,
};

pub static CONFLICTING_DUPLICATE: RuleMeta = RuleMeta {
    default: true,
    name: "conflicting-duplicate",
    severity: Severity::Error,
    summary: "a duplicate whose venue or year differs from the other copy",
    doc: include_str!("../../rules/docs/conflicting-duplicate.md"),
    fix: FixKind::None,
};

pub static SHARED_PAPER_LINK: RuleMeta = RuleMeta {
    default: true,
    name: "shared-paper-link",
    severity: Severity::Error,
    summary: "different titles whose paper links point at the same paper",
    doc: include_str!("../../rules/docs/shared-paper-link.md"),
    fix: FixKind::None,
};

pub static VENUE_TYPO: RuleMeta = RuleMeta {
    default: true,
    name: "venue-typo",
    severity: Severity::Error,
    summary: "a venue that is a misspelling of exactly one known venue",
    doc: include_str!("../../rules/docs/venue-typo.md"),
    fix: FixKind::Sometimes,
};

pub static UNKNOWN_VENUE: RuleMeta = RuleMeta {
    default: false,
    name: "unknown-venue",
    severity: Severity::Warning,
    summary: "a venue that is neither known nor a misspelling of a known one",
    doc: include_str!("../../rules/docs/unknown-venue.md"),
    fix: FixKind::None,
};

pub static YEAR_AS_VENUE: RuleMeta = RuleMeta {
    default: true,
    name: "year-as-venue",
    severity: Severity::Warning,
    summary: "the venue cell holds only a year",
    doc: include_str!("../../rules/docs/year-as-venue.md"),
    fix: FixKind::None,
};

pub static VENUE_LINK_MISMATCH: RuleMeta = RuleMeta {
    default: true,
    name: "venue-link-mismatch",
    severity: Severity::Error,
    summary: "a conference, or its year, that the paper's own proceedings link (ACL Anthology, CVF, IJCAI, a conference's paper page) says is another; a journal whose ScienceDirect article is another journal's",
    doc: include_str!("../../rules/docs/venue-link-mismatch.md"),
    fix: FixKind::None,
};

pub static IMPOSSIBLE_VENUE_YEAR: RuleMeta = RuleMeta {
    default: true,
    name: "impossible-venue-year",
    severity: Severity::Error,
    summary: "a venue in a year it was not held",
    doc: include_str!("../../rules/docs/impossible-venue-year.md"),
    fix: FixKind::None,
};

pub static OUTDATED_VENUE_NAME: RuleMeta = RuleMeta {
    default: true,
    name: "outdated-venue-name",
    severity: Severity::Warning,
    summary: "a venue's former name used for a year after it was renamed (NIPS 2019)",
    doc: include_str!("../../rules/docs/outdated-venue-name.md"),
    fix: FixKind::Sometimes,
};

pub static SWAPPED_COLUMNS: RuleMeta = RuleMeta {
    default: true,
    name: "swapped-columns",
    severity: Severity::Error,
    summary: "two cells hold each other's kind of content",
    doc: include_str!("../../rules/docs/swapped-columns.md"),
    fix: FixKind::Safe,
};

pub static UNKNOWN_STRATEGY: RuleMeta = RuleMeta {
    default: true,
    name: "unknown-strategy",
    severity: Severity::Warning,
    summary: "a strategy outside the list's vocabulary (an error when it misspells a known one)",
    doc: include_str!("../../rules/docs/unknown-strategy.md"),
    fix: FixKind::Safe,
};

pub static STRATEGY_SECTION_MISMATCH: RuleMeta = RuleMeta {
    default: true,
    name: "strategy-section-mismatch",
    severity: Severity::Warning,
    summary: "an explicit strategy that contradicts its section",
    doc: include_str!("../../rules/docs/strategy-section-mismatch.md"),
    fix: FixKind::None,
};

pub static MISSING_YEAR: RuleMeta = RuleMeta {
    default: true,
    name: "missing-year",
    severity: Severity::Error,
    summary: "an empty or missing year cell",
    doc: include_str!("../../rules/docs/missing-year.md"),
    fix: FixKind::Sometimes,
};

pub static INVALID_YEAR: RuleMeta = RuleMeta {
    default: true,
    name: "invalid-year",
    severity: Severity::Error,
    summary: "a year cell that is not a plausible year",
    doc: include_str!("../../rules/docs/invalid-year.md"),
    fix: FixKind::None,
};

pub static YEAR_MISMATCH: RuleMeta = RuleMeta {
    default: true,
    name: "year-mismatch",
    severity: Severity::Warning,
    summary: "the year cell differs from the venue's year, where most rows agree",
    doc: include_str!("../../rules/docs/year-mismatch.md"),
    fix: FixKind::Unsafe,
};

pub static YEAR_BEFORE_PREPRINT: RuleMeta = RuleMeta {
    default: true,
    name: "year-before-preprint",
    severity: Severity::Warning,
    summary: "venue or year earlier than the year of the row's arXiv id",
    doc: include_str!("../../rules/docs/year-before-preprint.md"),
    fix: FixKind::None,
};

pub static ROW_ORDER: RuleMeta = RuleMeta {
    default: false,
    name: "row-order",
    severity: Severity::Warning,
    summary: "a row out of the date order of its table",
    doc: include_str!("../../rules/docs/row-order.md"),
    fix: FixKind::None,
};

pub static MALFORMED_LINK: RuleMeta = RuleMeta {
    default: true,
    name: "malformed-link",
    severity: Severity::Error,
    summary: "an empty URL, a URL with spaces, a space between `]` and `(`, a link nested in a link, a doubled scheme or parentheses, a web address without `https://` or its colon, a bare number or an `arXiv:` id for a URL, a sentence's full stop or a stray `]` at the end of a URL, a link mark typed wrong (`[text)(url)`, `[text][url]`), or an arXiv id that cannot exist",
    doc: include_str!("../../rules/docs/malformed-link.md"),
    fix: FixKind::Sometimes,
};

pub static TOC_BROKEN_LINK: RuleMeta = RuleMeta {
    default: true,
    name: "toc-broken-link",
    severity: Severity::Error,
    summary: "a #fragment link that no heading or anchor defines, that lands on a repeated heading's first copy, or a contents entry that lost its # or links # alone",
    doc: include_str!("../../rules/docs/toc-broken-link.md"),
    fix: FixKind::Sometimes,
};

pub static DUPLICATE_ANCHOR: RuleMeta = RuleMeta {
    default: true,
    name: "duplicate-anchor",
    severity: Severity::Error,
    summary: "two explicit anchors with one name",
    doc: include_str!("../../rules/docs/duplicate-anchor.md"),
    fix: FixKind::None,
};

/// Every lint rule, in the order `--list-rules` shows them.
pub static LINT_RULES: &[&RuleMeta] = &[
    &TABLE_SHAPE,
    &DUPLICATE_PAPER,
    &CONFLICTING_DUPLICATE,
    &SHARED_PAPER_LINK,
    &VENUE_TYPO,
    &UNKNOWN_VENUE,
    &YEAR_AS_VENUE,
    &IMPOSSIBLE_VENUE_YEAR,
    &VENUE_LINK_MISMATCH,
    &OUTDATED_VENUE_NAME,
    &SWAPPED_COLUMNS,
    &UNKNOWN_STRATEGY,
    &STRATEGY_SECTION_MISMATCH,
    &MISSING_YEAR,
    &INVALID_YEAR,
    &YEAR_MISMATCH,
    &YEAR_BEFORE_PREPRINT,
    &ROW_ORDER,
    &MALFORMED_LINK,
    &TOC_BROKEN_LINK,
    &DUPLICATE_ANCHOR,
];

/// The rules that judge each row's cells on their own (a year, a venue,
/// the row's shape) by nas-lint's expectations, not by comparing rows:
/// where one of them fires on most rows of a table, the table follows a
/// convention of its own (see `rules::conventions`). Not malformed-link: a
/// link that cannot work is broken in every row it is in (a list of
/// `2401.00000` placeholders sends every reader to an error page); nor
/// venue-typo: a slip one letter from a known venue, copied from row to
/// row (`Avrxi`), is still a slip.
pub static CELL_RULES: &[&RuleMeta] = &[
    &TABLE_SHAPE,
    &UNKNOWN_VENUE,
    &YEAR_AS_VENUE,
    &IMPOSSIBLE_VENUE_YEAR,
    &OUTDATED_VENUE_NAME,
    &SWAPPED_COLUMNS,
    &UNKNOWN_STRATEGY,
    &MISSING_YEAR,
    &INVALID_YEAR,
    &YEAR_MISMATCH,
    &YEAR_BEFORE_PREPRINT,
];
