//! Whether a table's Strategy column holds search strategies, by the list's
//! own cells: a free-text `Type` column (`benchmark`, `video text spotting
//! benchmark`, `synthetic training data`) is no strategy column, even when
//! one of its words happens to be a strategy of the vocabulary.

use crate::facts::{Facts, RowFacts};
use crate::knowledge::StrategyCell;

/// Share of a column's filled cells that must be known strategies (or one
/// slip from one).
const SHARE: f64 = 0.5;
/// Below this many filled cells a table borrows the whole list's counts.
const MIN_OWN_CELLS: usize = 5;
/// Known cells the counts must hold, at the least.
const MIN_KNOWN: usize = 2;
/// Different strategies the list's strategy cells must name: a column that
/// only ever says one strategy word (`benchmark`) files nothing by strategy.
const MIN_DISTINCT: u32 = 2;

/// What a table's Strategy column holds, by the list's own cells.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum StrategyColumn {
    /// No filled cell (no column, or placeholders only): nothing to judge,
    /// and nothing against a venue swapped into it.
    #[default]
    Empty,
    /// Search strategies: the rules that read the strategy role judge it.
    Strategies,
    /// Free text (`video text spotting benchmark`): no rule reads it.
    FreeText,
}

/// Known and filled cells of one table's strategy column, and the
/// strategies they name (one bit each).
#[derive(Debug, Clone, Copy, Default)]
struct Counts {
    known: usize,
    filled: usize,
    named: u32,
}

impl Counts {
    fn of(rows: &[RowFacts]) -> Counts {
        let mut counts = Counts::default();
        for cell in rows.iter().filter_map(|r| r.strategy.as_ref()) {
            match &cell.value {
                StrategyCell::Placeholder => continue,
                StrategyCell::Unknown => {}
                StrategyCell::Known(set) => {
                    counts.known += 1;
                    for index in (0..32).filter(|&i| set.contains(i)) {
                        counts.named |= 1 << index;
                    }
                }
                StrategyCell::Typo { strategy, .. } => {
                    counts.known += 1;
                    if *strategy < 32 {
                        counts.named |= 1 << strategy;
                    }
                }
            }
            counts.filled += 1;
        }
        counts
    }

    fn add(self, other: Counts) -> Counts {
        Counts {
            known: self.known + other.known,
            filled: self.filled + other.filled,
            named: self.named | other.named,
        }
    }
}

/// For each table, whether its strategy column is one: at least half of
/// its filled cells (the whole list's, for a table with fewer than five)
/// are known strategies; and, once the list has five filled strategy
/// cells, at least two are known and they name at least two different
/// strategies.
pub fn learn(facts: &Facts) -> Vec<StrategyColumn> {
    let counts: Vec<Counts> = facts.tables.iter().map(|t| Counts::of(&t.rows)).collect();
    let list = counts.iter().fold(Counts::default(), |a, &c| a.add(c));
    counts
        .iter()
        .map(|own| {
            let basis = if own.filled >= MIN_OWN_CELLS {
                own
            } else {
                &list
            };
            // A list of a few rows says too little to ask for more.
            let enough = list.filled < MIN_OWN_CELLS
                || (basis.known >= MIN_KNOWN && list.named.count_ones() >= MIN_DISTINCT);
            if basis.filled == 0 {
                StrategyColumn::Empty
            } else if basis.known as f64 >= SHARE * basis.filled as f64 && enough {
                StrategyColumn::Strategies
            } else {
                StrategyColumn::FreeText
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    /// A `Date | Name | Type | ...` table whose Type column says
    /// `benchmark` in half its rows and free text in the rest.
    fn typed_table(types: &[&str]) -> String {
        let mut text =
            String::from("## Benchmarks\n\n| Date | Name | Type | Links |\n|---|---|---|---|\n");
        for (i, kind) in types.iter().enumerate() {
            text.push_str(&format!(
                "| 2024.0{} | [![arXiv](https://img.shields.io/badge/arXiv-2024-b31b1b)](https://arxiv.org/abs/2401.0000{i})<br>**Bench{i}** | {kind} | [Website](https://example.org/{i}) |\n",
                i % 9 + 1
            ));
        }
        text
    }

    #[test]
    fn a_free_text_type_column_is_no_strategy_column() {
        let text = typed_table(&[
            "benchmark",
            "video text spotting benchmark",
            "benchmark",
            "synthetic training data",
            "benchmark",
            "Chinese scene-text benchmark",
        ]);
        assert!(lines("unknown-strategy", &text).is_empty());
    }

    #[test]
    fn a_column_naming_several_strategies_is_one() {
        let text = typed_table(&["Gradient", "RL", "EA", "Gradinet", "Bayesian", "Magic"]);
        // The slip and the unknown strategy are both reported.
        assert_eq!(lines("unknown-strategy", &text), [8, 10]);
    }

    #[test]
    fn the_seed_keeps_its_strategy_columns() {
        let text = seed_table("Others", &["| [A](https://example.com/a) | CVPR 2021 | Magic | [Code](https://github.com/a/b) | 2021 |"]);
        let mut with_more = text.clone();
        for s in ["Gradient", "RL", "EA"] {
            with_more.push_str(&format!(
                "| [{s}](https://example.com/{s}) | CVPR 2021 | {s} | [Code](https://github.com/a/{s}) | 2021 |\n"
            ));
        }
        assert_eq!(lines("unknown-strategy", &with_more), [5]);
    }
}
