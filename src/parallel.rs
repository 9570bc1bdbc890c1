//! When work is worth the shared rayon pool. A leaf: the facts, the rules
//! and the run of the rules ask it, so that a short list never starts the
//! pool's threads (their start costs more than a short list's work).

/// Below this many rows, handing work to the pool costs more than it saves.
const ROWS_WORTH_THREADS: usize = 5_000;

/// Whether work over `rows` rows goes to the pool. Asks the pool for its
/// size only for long lists: asking starts it.
pub(crate) fn worth_threads(rows: usize) -> bool {
    rows >= ROWS_WORTH_THREADS && rayon::current_num_threads() >= 2
}

/// Rows a task takes when work over a long list is cut into ranges: enough
/// that a task's start is small beside its work, few enough that both cores
/// get several.
pub(crate) const ROWS_PER_RANGE: usize = 2_048;

/// `work` over `0..items` cut into ranges of [`ROWS_PER_RANGE`], its outputs
/// joined in range order: the same result as one call on the whole range,
/// on the shared pool when the list is long.
pub(crate) fn in_ranges<T: Send>(
    items: usize,
    work: impl Fn(std::ops::Range<usize>) -> Vec<T> + Sync,
) -> Vec<T> {
    let parts = in_range_parts(items, work);
    if parts.len() == 1 {
        return parts.into_iter().next().unwrap_or_default();
    }
    let mut joined = Vec::with_capacity(parts.iter().map(Vec::len).sum());
    for part in parts {
        joined.extend(part);
    }
    joined
}

/// [`in_ranges`] without the join: each range's output apart, in range
/// order, for a caller that walks them in turn and need not hold a copy.
pub(crate) fn in_range_parts<T: Send>(
    items: usize,
    work: impl Fn(std::ops::Range<usize>) -> Vec<T> + Sync,
) -> Vec<Vec<T>> {
    use rayon::prelude::*;
    if !worth_threads(items) {
        return vec![work(0..items)];
    }
    (0..items.div_ceil(ROWS_PER_RANGE))
        .into_par_iter()
        .with_max_len(1)
        .map(|i| work(i * ROWS_PER_RANGE..((i + 1) * ROWS_PER_RANGE).min(items)))
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn ranges_join_in_order_on_any_pool() {
        let items = 3 * super::ROWS_PER_RANGE + 17;
        assert!(super::ROWS_WORTH_THREADS <= items);
        for threads in [1, 3] {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap();
            let joined = pool.install(|| super::in_ranges(items, |range| range.collect()));
            assert_eq!(joined, (0..items).collect::<Vec<_>>(), "{threads} threads");
        }
    }
}
