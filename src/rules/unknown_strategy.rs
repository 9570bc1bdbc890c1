use super::{Context, Rule, RuleMeta};
use crate::diagnostic::{Diagnostic, Edit, Fix, Severity};
use crate::knowledge::StrategyCell;
use crate::profile::strategy_column::StrategyColumn;
use crate::span::Span;

pub struct UnknownStrategy;

use crate::registry::lint::UNKNOWN_STRATEGY as META;

impl Rule for UnknownStrategy {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let section_names: std::collections::HashSet<String> = cx
            .document
            .headings
            .iter()
            .map(|h| section_key(&h.text))
            .collect();
        for r in cx.rows() {
            // A "Method" column of model names is not a strategy column.
            if cx.profile.tables[r.table_index].strategy_column != StrategyColumn::Strategies {
                continue;
            }
            let Some(fact) = &r.facts.strategy else {
                continue;
            };
            let span = r.cell_span(fact.column());
            let diagnostic = match &fact.value {
                // NiuTrans's `System` beside its own "3 Systems" section:
                // a kind the list names itself.
                StrategyCell::Unknown
                    if section_names.contains(&section_key(r.cell_text(fact.column()))) =>
                {
                    continue
                }
                StrategyCell::Unknown => Diagnostic::new(
                    META.name,
                    META.severity,
                    span,
                    format!("unknown strategy `{}`", r.cell_text(fact.column())),
                )
                .with_label("not in this list's strategies")
                .with_help("use one of the list's strategies, or add this one to the strategy data of your nas-lint config"),
                StrategyCell::Typo { strategy, range } => {
                    let written = &r.cell_text(fact.column())[range.0 as usize..range.1 as usize];
                    let known = cx.knowledge.strategies.name(*strategy as usize);
                    let fix = r.cell_is_plain(fact.column()).then(|| {
                        let at = Span::new(span.start + range.0 as usize, span.start + range.1 as usize);
                        Fix::safe(vec![Edit::replace(at, known)])
                    });
                    Diagnostic::new(
                        META.name,
                        Severity::Error,
                        span,
                        format!("`{written}` is a misspelling of the strategy {known}"),
                    )
                    .with_label(format!("did you mean {known}?"))
                    .with_help(format!("write `{known}`"))
                    .with_fix(fix)
                }
                StrategyCell::Known(_) | StrategyCell::Placeholder => continue,
            };
            out.push(diagnostic);
        }
    }
}

/// A heading or a cell as a name of a kind of paper: its numbering
/// (`3 Systems`, `2.4 Others`) dropped, case and a plural `s` folded.
fn section_key(text: &str) -> String {
    let text =
        text.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c.is_whitespace());
    let lower = text.trim().to_lowercase();
    lower.strip_suffix('s').unwrap_or(&lower).to_string()
}

#[cfg(test)]
mod tests {
    use crate::diagnostic::Severity;
    use crate::rules::testing::*;

    fn table(strategies: &[&str]) -> String {
        let rows: Vec<String> = strategies
            .iter()
            .enumerate()
            .map(|(i, s)| format!("| [P{i}](https://example.com/{i}) | CVPR 2021 | {s} | [Code](https://github.com/a/{i}) | 2021 |"))
            .collect();
        seed_table(
            "Methods",
            &rows.iter().map(String::as_str).collect::<Vec<_>>(),
        )
    }

    #[test]
    fn a_kind_the_list_names_in_a_heading_is_its_own() {
        // NiuTrans's NAS list types NNI `System` and has a "3 Systems" section.
        let text = table(&["Gradient", "RL", "EA", "System"]);
        assert_eq!(lines("unknown-strategy", &text).len(), 1);
        let with_section = format!("{text}\n### 3 Systems\n\nTools.\n");
        assert!(lines("unknown-strategy", &with_section).is_empty());
    }

    #[test]
    fn fires_as_warning_on_an_unknown_strategy() {
        let found = check(
            "unknown-strategy",
            &table(&["Gradient", "RL", "EA", "Magic"]),
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Warning);
    }

    #[test]
    fn fires_as_error_with_a_fix_on_a_misspelling() {
        let text = table(&["Gradient", "RL", "Gradinet"]);
        let found = check("unknown-strategy", &text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Error);
        assert_eq!(
            apply_fix(&text, &found[0]),
            table(&["Gradient", "RL", "Gradient"])
        );
    }

    #[test]
    fn quiet_on_the_seed_vocabulary() {
        let text = table(&[
            "Gradient",
            "RL",
            "EA",
            "Bayesian",
            "RL/Gradient",
            "Training-free",
            "Other",
            "Benchmark",
            "-",
        ]);
        assert!(lines("unknown-strategy", &text).is_empty());
    }

    #[test]
    fn quiet_on_a_column_of_model_names() {
        assert!(lines(
            "unknown-strategy",
            &table(&["Informer", "Autoformer", "FEDformer", "PatchTST", "DLinear"])
        )
        .is_empty());
    }
}
