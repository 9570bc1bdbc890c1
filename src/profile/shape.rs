//! Per table, the trailing cells most rows leave out.
//!
//! Many lists write rows shorter than their header when the last cells are
//! empty ("| [Paper](url) | CVPR 2023 |" under a header that also has
//! "Code | Notes"); GitHub pads such rows and nothing is lost. When most rows
//! of a table leave the same trailing cells out or empty, that is the table's
//! convention. A year column never counts: a missing year is missing data.

use crate::document::{Role, Table};

/// How many trailing columns of a table most rows leave out or empty.
pub fn optional_tail(table: &Table<'_>) -> usize {
    let rows = table.row_count();
    if rows == 0 {
        return 0;
    }
    let mut tail = 0;
    for column in (0..table.columns.len()).rev() {
        if table.columns[column].role == Some(Role::Year) {
            break;
        }
        let empty = table
            .rows()
            .filter(|row| row.cell(column).is_none_or(|c| c.raw().trim().is_empty()))
            .count();
        if 2 * empty <= rows {
            break;
        }
        tail += 1;
    }
    tail
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::Knowledge;

    fn tails(text: &str) -> Vec<usize> {
        let knowledge = Knowledge::builtin().unwrap();
        let document = crate::document::parse(text, &knowledge.columns);
        document.tables.iter().map(optional_tail).collect()
    }

    #[test]
    fn trailing_cells_most_rows_omit_are_optional() {
        let text = "| Title | Venue | Code | Notes |\n|---|---|---|---|\n\
                    | [A](https://a.org) | CVPR 2023 |\n\
                    | [B](https://b.org) | ICCV 2023 | [code](https://github.com/b/b) |\n\
                    | [C](https://c.org) | ECCV 2024 |\n";
        assert_eq!(tails(text), [2]);
    }

    #[test]
    fn filled_and_year_columns_are_not() {
        let text = "| Title | Venue | Code | Year |\n|---|---|---|---|\n\
                    | [A](https://a.org) | CVPR 2023 | - |\n\
                    | [B](https://b.org) | ICCV 2023 |\n\
                    | [C](https://c.org) | ECCV 2024 | - | 2024 |\n";
        assert_eq!(tails(text), [0]);
    }
}
