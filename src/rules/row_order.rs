use super::{Context, Rule, RuleMeta};
use crate::diagnostic::Diagnostic;
use crate::document::Role;
use crate::profile::order::Direction;

pub struct RowOrder;

use crate::registry::lint::ROW_ORDER as META;

impl Rule for RowOrder {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for (table_index, profile) in cx.profile.tables.iter().enumerate() {
            let Some(order) = &profile.order else {
                continue;
            };
            if profile.cites_only {
                continue;
            }
            let table = &cx.document.tables[table_index];
            let Some(column) = table.column(Role::Year) else {
                continue;
            };
            let header = &table.columns[column].header;
            let sorted = match order.direction {
                Direction::Ascending => "oldest first",
                Direction::Descending => "newest first",
            };
            for &(row_index, place) in &order.misplaced {
                let r = cx.row((table_index, row_index));
                let other = cx.row((table_index, place.row));
                let date = r.cell_text(column).trim();
                let other_date = other.cell_text(column).trim();
                let (label, help) = if place.after {
                    (
                        format!("belongs after this row ({other_date})"),
                        format!("move the row after line {}", cx.line(other.row.span())),
                    )
                } else {
                    (
                        format!("belongs before this row ({other_date})"),
                        format!("move the row before line {}", cx.line(other.row.span())),
                    )
                };
                out.push(
                    Diagnostic::new(
                        META.name,
                        META.severity,
                        r.cell_span(column),
                        format!(
                            "the table is sorted by {header}, {sorted}, but this row ({date}) is out of that order"
                        ),
                    )
                    .with_label("out of order")
                    .with_help(help)
                    .with_related(other.cell_span(column), label),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    fn table(years: &[&str]) -> String {
        let rows: Vec<String> = years
            .iter()
            .enumerate()
            .map(|(i, y)| {
                format!("| [P{i}](https://example.com/{i}) | CVPR {y} | - | [Code](https://github.com/a/{i}) | {y} |")
            })
            .collect();
        seed_table("S", &rows.iter().map(String::as_str).collect::<Vec<_>>())
    }

    #[test]
    fn fires_on_a_row_out_of_a_descending_order_and_names_its_place() {
        let text = table(&[
            "2024", "2023", "2023", "2022", "2019", "2021", "2020", "2019", "2018", "2017", "2016",
        ]);
        let found = check("row-order", &text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(lines("row-order", &text), [9]);
        assert!(found[0].message.contains("newest first"));
        let related = &found[0].related[0];
        assert_eq!(&text[related.span.start..related.span.end], "2018");
    }

    #[test]
    fn quiet_on_sorted_unsorted_and_short_tables() {
        let sorted = table(&[
            "2016", "2017", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024",
        ]);
        assert!(lines("row-order", &sorted).is_empty());
        let unsorted = table(&[
            "2019", "2021", "2018", "2022", "2017", "2020", "2023", "2016", "2015", "2024",
        ]);
        assert!(lines("row-order", &unsorted).is_empty());
        let short = table(&["2019", "2020", "2018", "2021"]);
        assert!(lines("row-order", &short).is_empty());
    }

    #[test]
    fn reads_compact_yyyymm_dates() {
        let mut text = String::from("|Date|Authors|Title|Code|\n|---|---|---|---|\n");
        for (i, date) in [
            "202602", "202601", "202512", "202511", "202509", "202603", "202508", "202507",
            "202506", "202505", "202504",
        ]
        .iter()
        .enumerate()
        {
            text.push_str(&format!(
                "|{date}|A. B|[P{i}](https://example.com/{i})|None|\n"
            ));
        }
        assert_eq!(lines("row-order", &text), [8]);
    }
}
