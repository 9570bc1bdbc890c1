use super::{Context, Rule, RuleMeta};
use crate::diagnostic::Diagnostic;
use crate::document::Heading;
use crate::knowledge::StrategyCell;
use crate::profile::strategy_column::StrategyColumn;

pub struct StrategySectionMismatch;

use crate::registry::lint::STRATEGY_SECTION_MISMATCH as META;

impl Rule for StrategySectionMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let strategies = &cx.knowledge.strategies;
        // One answer per table: every row of a table sits in the same section.
        let mut sections = std::collections::HashMap::new();
        for r in cx.rows() {
            if cx.profile.tables[r.table_index].strategy_column != StrategyColumn::Strategies {
                continue;
            }
            let Some(fact) = &r.facts.strategy else {
                continue;
            };
            let StrategyCell::Known(parts) = &fact.value else {
                continue;
            };
            let section = *sections
                .entry(r.table_index)
                .or_insert_with(|| section_strategy(cx, r.table.heading));
            let Some((heading, implied)) = section else {
                continue;
            };
            if parts.contains(implied) {
                continue;
            }
            let written = r.cell_text(fact.column());
            out.push(
                Diagnostic::new(
                    META.name,
                    META.severity,
                    r.cell_span(fact.column()),
                    format!("strategy `{written}` is filed under \"{}\"", heading.text),
                )
                .with_label(format!("the section says {}", strategies.name(implied)))
                .with_related(
                    heading.span,
                    format!("this section implies {}", strategies.name(implied)),
                )
                .with_help(format!(
                    "move the row to the section for {written}, or correct the strategy to {}",
                    strategies.name(implied)
                )),
            );
        }
    }
}

/// The nearest heading above a table that implies a strategy.
fn section_strategy<'a>(cx: &Context<'a>, heading: Option<usize>) -> Option<(&'a Heading, usize)> {
    cx.document.heading_chain(heading).find_map(|h| {
        cx.knowledge
            .strategies
            .implied_by_heading(&h.text)
            .map(|s| (h, s))
    })
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    fn table(section: &str, strategy: &str) -> String {
        let mut text = String::from("# List\n\n");
        text.push_str(&seed_table(
            section,
            &[&format!("| [A](https://example.com/a) | CVPR 2021 | {strategy} | [Code](https://github.com/a/b) | 2021 |")],
        ));
        text
    }

    #[test]
    fn fires_on_a_strategy_contradicting_its_section() {
        assert_eq!(
            lines(
                "strategy-section-mismatch",
                &table("Gradient-based Methods", "EA")
            ),
            [7]
        );
        assert_eq!(
            lines(
                "strategy-section-mismatch",
                &table("Evolutionary Algorithm (EA) Methods", "RL")
            ),
            [7]
        );
    }

    #[test]
    fn quiet_when_the_strategy_fits_or_the_section_implies_nothing() {
        assert!(lines(
            "strategy-section-mismatch",
            &table("Gradient-based Methods", "Gradient")
        )
        .is_empty());
        assert!(lines(
            "strategy-section-mismatch",
            &table("Reinforcement Learning (RL) Methods", "RL/Gradient")
        )
        .is_empty());
        assert!(lines(
            "strategy-section-mismatch",
            &table("Other Methods", "Bayesian")
        )
        .is_empty());
        assert!(lines(
            "strategy-section-mismatch",
            &table("Gradient-based Methods", "-")
        )
        .is_empty());
    }

    #[test]
    fn reads_the_parent_section() {
        let text = "## Gradient-based Methods\n\n### CNN\n\n| Paper Title | Conference | Strategy | Code | Date |\n|---|---|---|---|---|\n| [A](https://example.com/a) | CVPR 2021 | EA | [Code](https://github.com/a/b) | 2021 |\n";
        assert_eq!(lines("strategy-section-mismatch", text), [7]);
    }
}
