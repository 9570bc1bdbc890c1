//! Whether a paper table is sorted by date, and which rows break that order.
//!
//! A table counts as sorted when it has a year (date) column, at least
//! [`MIN_ROWS`] dated rows, and at least 90% of the adjacent dated pairs
//! are in one direction (equal dates count as in order both ways) with at
//! least one strict step, and at least [`MIN_DISTINCT`] distinct dates
//! along the order. Dates are compared by month only when every dated
//! row names its month (`2023.05`, `2023-05-17`, `May 2023`); otherwise by
//! year. The rows that break the order are those outside a longest ordered
//! run of rows (a longest non-decreasing subsequence of the keys), each with
//! the row it belongs before (or after, at the end).

use crate::document::{Role, Table};
use crate::facts::TableFacts;
use crate::knowledge::YearCell;

/// Fewest dated rows for a table to count as sorted.
pub const MIN_ROWS: usize = 10;
/// Fewest distinct dates along the ordered run: rows of two or three years
/// are grouped by year more often than sorted, and a row among them is not
/// out of an order the author keeps (the seed's Gradient/CNN table: 2021,
/// 2020, 2019 blocks and a later addition).
pub const MIN_DISTINCT: usize = 4;
/// Share of adjacent dated pairs that must be in order (numerator / 10).
const IN_ORDER_TENTHS: usize = 9;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Oldest first.
    Ascending,
    /// Newest first.
    Descending,
}

/// Where a misplaced row belongs: before `row`, or after it when `after`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placement {
    pub row: usize,
    pub after: bool,
}

/// A table sorted by date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableOrder {
    pub direction: Direction,
    /// Whether the months take part in the comparison.
    pub by_month: bool,
    /// Rows out of order, with the place where each belongs.
    pub misplaced: Vec<(usize, Placement)>,
}

/// The sort key of a date: months only when the table compares them.
pub fn key(year: i32, month: u8, by_month: bool) -> i64 {
    i64::from(year) * 100 + if by_month { i64::from(month) } else { 0 }
}

impl TableOrder {
    /// Whether the key `a` may stand before `b` in this order.
    pub fn in_order(&self, a: i64, b: i64) -> bool {
        match self.direction {
            Direction::Ascending => a <= b,
            Direction::Descending => a >= b,
        }
    }

    pub fn learn(table: &Table<'_>, facts: &TableFacts) -> Option<Self> {
        let column = table.column(Role::Year)?;
        let dated: Vec<(usize, i32, u8)> = facts
            .rows
            .iter()
            .enumerate()
            .filter_map(
                |(i, f)| match f.year.filter(|y| y.column() == column)?.value {
                    YearCell::Year { year, month, .. } => Some((i, year, month)),
                    _ => None,
                },
            )
            .collect();
        if dated.len() < MIN_ROWS {
            return None;
        }
        let by_month = dated.iter().all(|&(_, _, m)| m > 0);
        let keys: Vec<(usize, i64)> = dated
            .iter()
            .map(|&(i, y, m)| (i, key(y, m, by_month)))
            .collect();
        let pairs = keys.len() - 1;
        let (mut up, mut down, mut strict) = (0usize, 0usize, false);
        for w in keys.windows(2) {
            up += usize::from(w[0].1 <= w[1].1);
            down += usize::from(w[0].1 >= w[1].1);
            strict |= w[0].1 != w[1].1;
        }
        let enough = |n: usize| n * 10 >= pairs * IN_ORDER_TENTHS;
        let direction = match (enough(up), enough(down)) {
            (true, false) => Direction::Ascending,
            (false, true) => Direction::Descending,
            _ => return None,
        };
        if !strict {
            return None;
        }
        let mut order = TableOrder {
            direction,
            by_month,
            misplaced: Vec::new(),
        };
        let kept = longest_ordered(&keys, &order);
        // A longest ordered run that leaves out more than a tenth of the
        // rows is no order with a few exceptions.
        if (keys.len() - kept.len()) * 10 > keys.len() {
            return None;
        }
        let mut distinct: Vec<i64> = kept.iter().map(|&p| keys[p].1).collect();
        distinct.dedup();
        if distinct.len() < MIN_DISTINCT {
            return None;
        }
        let mut k = 0;
        for (position, &(row, value)) in keys.iter().enumerate() {
            if kept.get(k) == Some(&position) {
                k += 1;
                continue;
            }
            // The first kept row that must come after this one.
            let place = kept
                .iter()
                .map(|&p| keys[p])
                .find(|&(_, other)| other != value && order.in_order(value, other))
                .map(|(r, _)| Placement {
                    row: r,
                    after: false,
                })
                .unwrap_or(Placement {
                    row: keys[*kept.last()?].0,
                    after: true,
                });
            order.misplaced.push((row, place));
        }
        Some(order)
    }
}

/// Positions (into `keys`) of a longest subsequence in the table's order.
fn longest_ordered(keys: &[(usize, i64)], order: &TableOrder) -> Vec<usize> {
    // Descending order is ascending order of the negated keys.
    let value = |i: usize| match order.direction {
        Direction::Ascending => keys[i].1,
        Direction::Descending => -keys[i].1,
    };
    // tails[l]: position of the smallest last value of a run of length l+1.
    let mut tails: Vec<usize> = Vec::new();
    let mut previous: Vec<Option<usize>> = vec![None; keys.len()];
    for (i, slot) in previous.iter_mut().enumerate() {
        let v = value(i);
        let at = tails.partition_point(|&t| value(t) <= v);
        *slot = at.checked_sub(1).map(|p| tails[p]);
        if at == tails.len() {
            tails.push(i);
        } else {
            tails[at] = i;
        }
    }
    let mut run = Vec::with_capacity(tails.len());
    let mut cursor = tails.last().copied();
    while let Some(i) = cursor {
        run.push(i);
        cursor = previous[i];
    }
    run.reverse();
    run
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::Knowledge;
    use crate::Settings;

    fn order(dates: &[&str]) -> Option<TableOrder> {
        let mut text = String::from("| Title | Venue | Date |\n|---|---|---|\n");
        for (i, d) in dates.iter().enumerate() {
            text.push_str(&format!(
                "| [P{i}](https://example.com/{i}) | CVPR | {d} |\n"
            ));
        }
        let knowledge = Knowledge::builtin().unwrap();
        let document = crate::document::parse(&text, &knowledge.columns);
        let facts = crate::facts::understand(&document, &knowledge, &Settings::new(2026));
        TableOrder::learn(&document.tables[0], &facts.tables[0])
    }

    #[test]
    fn an_ascending_table_with_one_exception() {
        let o = order(&[
            "2015", "2016", "2016", "2017", "2018", "2014", "2019", "2020", "2021", "2022", "2023",
        ])
        .unwrap();
        assert_eq!(o.direction, Direction::Ascending);
        assert_eq!(
            o.misplaced,
            [(
                5,
                Placement {
                    row: 0,
                    after: false
                }
            )]
        );
    }

    #[test]
    fn a_descending_table_of_dates_compares_months() {
        let o = order(&[
            "2024.05",
            "2024.03",
            "2024.01",
            "2023.11",
            "2023.12",
            "2023.10",
            "2023-09",
            "May 2023",
            "2023-04-17",
            "2023.02",
            "2023.01",
        ])
        .unwrap();
        assert_eq!(o.direction, Direction::Descending);
        assert!(o.by_month);
        // 2023.11 stands before 2023.12: it belongs right before 2023.10.
        assert_eq!(
            o.misplaced,
            [(
                3,
                Placement {
                    row: 5,
                    after: false
                }
            )]
        );
    }

    #[test]
    fn unsorted_short_and_flat_tables_have_no_order() {
        assert!(order(&[
            "2019", "2021", "2018", "2022", "2017", "2020", "2023", "2016", "2015", "2024", "2014"
        ])
        .is_none());
        assert!(order(&["2019", "2020", "2021", "2022"]).is_none());
        assert!(order(&["2020"; 12]).is_none());
        // Blocks of three years: grouped, not evidence of a kept order.
        assert!(order(&[
            "2021", "2021", "2021", "2021", "2020", "2020", "2020", "2019", "2024", "2020", "2019",
        ])
        .is_none());
    }

    #[test]
    fn a_row_newer_than_all_belongs_at_the_end() {
        let o = order(&[
            "2015", "2016", "2025", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2023",
        ])
        .unwrap();
        assert_eq!(
            o.misplaced,
            [(
                2,
                Placement {
                    row: 10,
                    after: true
                }
            )]
        );
    }
}
