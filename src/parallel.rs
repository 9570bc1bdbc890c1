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
