//! The list's habits, read from the cells of a column: the most common
//! shape, the word for an empty cell, where the digits are.

use crate::document::Table;
use crate::knowledge::Knowledge;

/// The most common of some strings (the first on ties).
pub(super) fn most_common<'s>(items: impl IntoIterator<Item = &'s str>) -> Option<&'s str> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for item in items {
        match counts.iter_mut().find(|(s, _)| *s == item) {
            Some((_, n)) => *n += 1,
            None => counts.push((item, 1)),
        }
    }
    let best = counts.iter().map(|c| c.1).max()?;
    counts.into_iter().find(|c| c.1 == best).map(|c| c.0)
}

/// The shape of a cell: digits as `9`, letters as `a`.
pub(super) fn shape(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_digit() {
                '9'
            } else if c.is_alphabetic() {
                'a'
            } else {
                c
            }
        })
        .collect()
}

/// The trimmed raw cells of a column, over the table's rows.
pub(super) fn column_cells<'a>(table: &'a Table<'a>, column: usize) -> Vec<&'a str> {
    table
        .rows()
        .filter_map(|r| r.cell(column).map(|c| c.raw().trim()))
        .collect()
}

/// The list's own way of leaving a cell of this column empty.
pub(super) fn placeholder(knowledge: &Knowledge, cells: &[&str]) -> String {
    most_common(
        cells
            .iter()
            .copied()
            .filter(|c| c.is_empty() || knowledge.is_placeholder(c)),
    )
    .unwrap_or("")
    .to_string()
}

pub(super) fn number_runs(text: &str) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_ascii_digit(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                runs.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    runs
}

/// Replaces the first run of `width` digits with `value`.
pub(super) fn replace_digits(text: &str, value: &str, width: usize) -> String {
    match number_runs(text).into_iter().find(|(s, e)| e - s == width) {
        Some((s, e)) => format!("{}{}{}", &text[..s], value, &text[e..]),
        None => value.to_string(),
    }
}
