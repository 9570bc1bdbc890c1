//! A hybrid search method filed under each strategy it uses: ProxylessNAS
//! under RL and under Gradient, in a list that types it `RL/G`; `RENAS:
//! Reinforced Evolutionary ...` under RL and under EA. Strategy sections
//! exclude each other for a paper of one strategy only.

use crate::facts::row_title;
use crate::knowledge::StrategyCell;
use crate::rules::pair::Pair;
use crate::rules::titles::identity_key;
use crate::rules::Context;

/// Whether the pair's paper uses two strategies or more, by its own title
/// or by a row of the list that gives it them.
pub(super) fn a_hybrid(cx: &Context<'_>, pair: &Pair<'_>) -> bool {
    let Some(title) = row_title(pair.later.table, pair.later.row) else {
        return false;
    };
    if cx.knowledge.strategies.named_in(title).len() >= 2 {
        return true;
    }
    cx.rows_titled(&identity_key(title)).iter().any(|r| {
        matches!(&r.facts.strategy, Some(fact) if matches!(fact.value, StrategyCell::Known(set) if set.len() >= 2))
    })
}
