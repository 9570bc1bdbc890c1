//! Inline suppressions: HTML comments, invisible on GitHub, that silence
//! findings on a line, a region or the whole file. A suppression that
//! silences nothing is itself reported, so stale ones do not pile up.

use crate::diagnostic::Diagnostic;
use crate::document::{Directive, DirectiveKind, Document};
pub use crate::registry::UNUSED_SUPPRESSION;
use crate::registry::{is_known, is_link_rule};
use crate::selection::RuleSelection;

/// Where one directive applies: 0-based lines, end exclusive.
struct Reach<'d> {
    directive: &'d Directive,
    lines: std::ops::Range<usize>,
    used: bool,
}

impl Reach<'_> {
    fn covers(&self, rule: &str, line: usize) -> bool {
        self.lines.contains(&line)
            && (self.directive.rules.is_empty() || self.directive.rules.iter().any(|r| r == rule))
    }
}

/// Drops the findings that a directive silences and, when `report_unused`,
/// adds an unused-suppression finding for each directive that silenced
/// nothing or names a rule that does not exist. A directive that names only
/// rules that did not run (opt-in rules, ignored rules) cannot be judged and
/// is not reported. A directive that could be meant for a link rule (it names
/// one, or names no rule) is judged only when `links_checked`: without the
/// link check it has nothing to match.
pub fn apply(
    document: &Document<'_>,
    diagnostics: Vec<Diagnostic>,
    report_unused: bool,
    selection: &RuleSelection,
    links_checked: bool,
) -> Vec<Diagnostic> {
    if document.directives.is_empty() {
        return diagnostics;
    }
    let mut reaches = reaches(document);
    let mut kept: Vec<Diagnostic> = diagnostics
        .into_iter()
        .filter(|d| {
            let line = document.lines.line_of(d.span.start);
            let mut silenced = false;
            for reach in reaches.iter_mut().filter(|r| r.covers(d.rule, line)) {
                reach.used = true;
                silenced = true;
            }
            !silenced
        })
        .collect();
    if report_unused {
        for reach in &reaches {
            if let Some(problem) = problem(reach, selection, links_checked) {
                kept.push(
                    Diagnostic::new(
                        UNUSED_SUPPRESSION.name,
                        UNUSED_SUPPRESSION.severity,
                        reach.directive.span,
                        problem,
                    )
                    .with_label("silences nothing")
                    .with_help("remove the comment, or correct the rule names in it"),
                );
            }
        }
    }
    kept
}

fn problem(reach: &Reach<'_>, selection: &RuleSelection, links_checked: bool) -> Option<String> {
    let directive = reach.directive;
    if let Some(unknown) = directive.rules.iter().find(|r| !is_known(r)) {
        return Some(format!("unknown rule `{unknown}` in a suppression comment"));
    }
    if !directive.rules.is_empty() && !directive.rules.iter().any(|r| selection.is_enabled(r)) {
        return None;
    }
    let for_links = directive.rules.is_empty() || directive.rules.iter().any(|r| is_link_rule(r));
    if for_links && !links_checked && !reach.used {
        return None;
    }
    let enable = directive.kind == DirectiveKind::Enable;
    (!reach.used && !enable).then(|| "this suppression comment matches no finding".to_string())
}

/// The lines each directive reaches. A `disable` runs to the next `enable`
/// that names one of its rules or names none, else to the end of the file.
fn reaches<'d>(document: &'d Document<'_>) -> Vec<Reach<'d>> {
    let lines = document.lines.line_count();
    let line_of = |d: &Directive| document.lines.line_of(d.span.start);
    let directives = &document.directives;
    directives
        .iter()
        .enumerate()
        .map(|(i, directive)| {
            let here = line_of(directive);
            let reach = match directive.kind {
                DirectiveKind::DisableFile => 0..lines,
                DirectiveKind::DisableNextLine => here + 1..here + 2,
                DirectiveKind::DisableLine => here..here + 1,
                DirectiveKind::Enable => here..here,
                DirectiveKind::Disable => {
                    let end = directives[i + 1..]
                        .iter()
                        .find(|later| later.kind == DirectiveKind::Enable && ends(later, directive))
                        .map_or(lines, &line_of);
                    here..end.max(here)
                }
            };
            Reach {
                directive,
                lines: reach,
                used: false,
            }
        })
        .collect()
}

fn ends(enable: &Directive, disable: &Directive) -> bool {
    enable.rules.is_empty() || enable.rules.iter().any(|r| disable.rules.contains(r))
}

#[cfg(test)]
mod tests {
    use crate::{lint, Knowledge, LintOptions, RuleSelection};

    const ROW: &str =
        "| [A](https://example.com/a) | ILCR 2022 | - | [Code](https://github.com/a/a) | 2022 |";

    fn findings(text: &str) -> Vec<(usize, &'static str)> {
        let knowledge = Knowledge::builtin().unwrap();
        let options = LintOptions {
            selection: RuleSelection::new(Some(&["venue-typo", "unused-suppression"]), &[])
                .unwrap(),
            ..LintOptions::default()
        };
        let index = crate::LineIndex::new(text);
        lint(text, &knowledge, &options)
            .iter()
            .map(|d| (index.line_of(d.span.start) + 1, d.rule))
            .collect()
    }

    #[test]
    fn a_suppression_of_a_bursts_findings_is_used() {
        // Four empty Year cells in six rows: a burst the linter drops as
        // the table's convention; the comment that silences them is used.
        let mut text = String::from(
            "<!-- nas-lint-disable missing-year -->\n| Title | Venue | Year |\n|---|---|---|\n",
        );
        for i in 0..6 {
            let year = if i < 4 { "" } else { "2021" };
            text.push_str(&format!("| [Paper {i} of things](https://arxiv.org/abs/2101.0000{i}) | CVPR 2021 | {year} |\n"));
        }
        text.push_str("<!-- nas-lint-enable missing-year -->\n");
        let knowledge = Knowledge::builtin().unwrap();
        let options = LintOptions {
            selection: RuleSelection::new(Some(&["missing-year", "unused-suppression"]), &[])
                .unwrap(),
            ..LintOptions::default()
        };
        assert!(lint(&text, &knowledge, &options).is_empty());
    }

    fn table(rows: &[&str]) -> String {
        let mut text = String::from(
            "| Paper Title | Conference | Strategy | Code | Date |\n|---|---|---|---|---|\n",
        );
        for row in rows {
            text.push_str(row);
            text.push('\n');
        }
        text
    }

    #[test]
    fn next_line_silences_only_the_next_line() {
        let text = format!(
            "<!-- nas-lint-disable-next-line venue-typo -->\n{}",
            table(&[ROW, ROW])
        );
        // Line 2 is the header; the directive reaches it and nothing else.
        assert_eq!(
            findings(&text),
            [
                (1, "unused-suppression"),
                (4, "venue-typo"),
                (5, "venue-typo")
            ]
        );
        // Above a row in the middle of a table, a comment would end the table
        // (an HTML block interrupts it, on GitHub as here): put it in a cell.
        let marked = ROW.replace("| 2022 |", "| 2022 <!-- nas-lint-disable-next-line --> |");
        let in_cell = table(&[ROW, &marked, ROW]);
        assert_eq!(findings(&in_cell), [(3, "venue-typo"), (4, "venue-typo")]);
    }

    #[test]
    fn regions_and_files() {
        let text = format!(
            "{}<!-- nas-lint-disable venue-typo -->\n\n{}\n<!-- nas-lint-enable venue-typo -->\n\n{}",
            table(&[ROW]),
            table(&[ROW]),
            table(&[ROW])
        );
        let found = findings(&text);
        assert_eq!(
            found.iter().filter(|f| f.1 == "venue-typo").count(),
            2,
            "{found:?}"
        );
        let whole = format!("<!-- nas-lint-disable-file -->\n\n{}", table(&[ROW, ROW]));
        assert!(findings(&whole).is_empty());
    }

    #[test]
    fn unused_and_unknown_rules_are_reported() {
        let text = format!("<!-- nas-lint-disable-file duplicate-paper -->\n\n<!-- nas-lint-disable-file venue-typos -->\n\n<!-- nas-lint-disable-next-line venue-typo -->\n\n{}", table(&[ROW]));
        let found = findings(&text);
        // duplicate-paper did not run: whether its comment is needed cannot
        // be told, so it is not reported.
        assert_eq!(
            found,
            [
                (3, "unused-suppression"),
                (5, "unused-suppression"),
                (9, "venue-typo")
            ]
        );
        let all = Knowledge::builtin().unwrap();
        let options = LintOptions {
            selection: RuleSelection::new(
                Some(&["venue-typo", "duplicate-paper", "unused-suppression"]),
                &[],
            )
            .unwrap(),
            ..LintOptions::default()
        };
        let rules: Vec<_> = lint(&text, &all, &options)
            .iter()
            .map(|d| {
                (
                    crate::LineIndex::new(&text).line_of(d.span.start) + 1,
                    d.rule,
                )
            })
            .collect();
        assert_eq!(rules[0], (1, "unused-suppression"), "{rules:?}");
    }

    #[test]
    fn comments_in_code_blocks_are_not_directives() {
        let text = format!(
            "```\n<!-- nas-lint-disable-file -->\n```\n\n{}",
            table(&[ROW])
        );
        assert_eq!(findings(&text), [(7, "venue-typo")]);
    }

    #[test]
    fn disable_line_in_a_cell_silences_its_own_row() {
        // The first data row: a comment line above it would be between the
        // header and the row, and the next-line form in the header's cell
        // would reach the delimiter row.
        let marked = ROW.replace(
            "| 2022 |",
            "| 2022 <!-- nas-lint-disable-line venue-typo --> |",
        );
        assert_eq!(findings(&table(&[&marked, ROW])), [(4, "venue-typo")]);
        // Without rule names it silences every rule on the line.
        let every = ROW.replace("| 2022 |", "| 2022 <!-- nas-lint-disable-line --> |");
        assert_eq!(findings(&table(&[ROW, &every])), [(3, "venue-typo")]);
        // On a row with nothing to silence, or naming another rule, it is unused.
        let clean = "| [B](https://example.com/b) | ICLR 2022 | - | - | 2022 <!-- nas-lint-disable-line venue-typo --> |";
        assert_eq!(findings(&table(&[clean])), [(3, "unused-suppression")]);
        let other = ROW.replace(
            "| 2022 |",
            "| 2022 <!-- nas-lint-disable-line unknown-venue venue-typos --> |",
        );
        assert_eq!(
            findings(&table(&[&other])),
            [(3, "venue-typo"), (3, "unused-suppression")]
        );
    }
}
