//! arXiv's year-end batch: ids of January that date a December submission.

/// How many ids of a January the year-end batch holds. arXiv numbers a
/// paper when it announces it, and submissions from the last days of
/// December wait over the holiday break for the first January
/// announcement: those are the month's first ids (about the first thousand
/// in recent years; a margin on top), whose abstract page says December.
const YEAR_END_BATCH: u32 = 1500;

/// Whether an id of `month` may be a submission from the last days of the
/// year before: one of the first [`YEAR_END_BATCH`] of a January.
pub fn in_year_end_batch(month: u32, id: &str) -> bool {
    // `2601.00512`: the number after the dot; `cs/0701012`: after the
    // four digits of year and month.
    let number = match id.split_once('.') {
        Some((_, number)) => number,
        None => id.rsplit('/').next().and_then(|d| d.get(4..)).unwrap_or(""),
    };
    month == 1 && number.parse::<u32>().is_ok_and(|n| n < YEAR_END_BATCH)
}

/// The earliest year a paper first posted in `year`-`month` may carry: a
/// January id may belong to a submission from the last days of December.
pub fn earliest_plausible_year(year: i32, month: u32) -> i32 {
    if month == 1 {
        year - 1
    } else {
        year
    }
}
