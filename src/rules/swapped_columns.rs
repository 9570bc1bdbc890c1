use super::{Context, Rule, RuleMeta};
use crate::diagnostic::{Diagnostic, Edit, Fix};

pub struct SwappedColumns;

use crate::registry::lint::SWAPPED_COLUMNS as META;

impl Rule for SwappedColumns {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for r in cx.rows() {
            let Some(swap) = r.facts.swap else { continue };
            // A free-text Type column is no strategy column: a venue in it
            // is the list's text, not a swap.
            let strategy = [swap.roles.0, swap.roles.1].contains(&crate::document::Role::Strategy);
            let column = cx.profile.tables[r.table_index].strategy_column;
            if strategy && column == crate::profile::strategy_column::StrategyColumn::FreeText {
                continue;
            }
            let (home, away) = swap.columns();
            let (Some(home_cell), Some(away_cell)) = (r.row.cell(home), r.row.cell(away)) else {
                continue;
            };
            let home_header = &r.table.columns[home].header;
            let away_header = &r.table.columns[away].header;
            let message = format!(
                "the {home_header} and {away_header} cells are swapped: `{}` belongs in {home_header}",
                away_cell.raw()
            );
            let fix = Fix::safe(vec![
                Edit::replace(home_cell.span(), away_cell.raw()),
                Edit::replace(away_cell.span(), home_cell.raw()),
            ]);
            out.push(
                Diagnostic::new(META.name, META.severity, away_cell.span(), message)
                    .with_label(format!(
                        "a {} in the {away_header} column",
                        swap.roles.0.as_str()
                    ))
                    .with_related(
                        home_cell.span(),
                        format!("the {home_header} cell holds `{}`", home_cell.raw()),
                    )
                    .with_help(format!(
                        "swap the cells: {home_header} `{}`, {away_header} `{}`",
                        away_cell.raw(),
                        home_cell.raw()
                    ))
                    .with_fix(Some(fix)),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn fires_on_a_venue_in_the_strategy_column_and_swaps_keeping_padding() {
        let row = "| [Hit-Detector](https://arxiv.org/abs/2003.11818) |  - |CVPR 2020* | [Code](https://github.com/a/b) | 2020 |";
        let text = seed_table("S", &[row]);
        let found = check("swapped-columns", &text);
        assert_eq!(found.len(), 1);
        assert!(found[0].is_safe_fixable());
        let fixed = apply_fix(&text, &found[0]);
        assert!(fixed.contains("|  CVPR 2020* |- |"), "{fixed}");
    }

    #[test]
    fn an_unknown_venue_acronym_in_the_year_column_is_one_swap() {
        let table = |year_cell: &str| {
            format!(
                "| Title | Venue | Year |\n|---|---|---|\n\
                 | [A paper on things](https://arxiv.org/abs/2301.00001) | ICWE | 2023 |\n\
                 | [B paper on stuff](https://arxiv.org/abs/2302.00001) | 2023 | {year_cell} |\n"
            )
        };
        let text = table("ICWE");
        assert_eq!(lines("swapped-columns", &text), [4]);
        assert_eq!(lines("invalid-year", &text), Vec::<usize>::new());
        assert_eq!(lines("year-as-venue", &text), Vec::<usize>::new());
        // Without another row naming ICWE, the capitals prove nothing.
        let alone = text.replace("| ICWE | 2023 |", "| ICLR | 2023 |");
        assert!(lines("swapped-columns", &alone).is_empty());
        assert_eq!(lines("invalid-year", &alone), [4]);
        // A month, a placeholder or a word the list names no venue by is
        // the year cell's slip: the findings stay the year's.
        for cell in ["OCT", "TBD", "Soon", "JUNE", "TODO", "PDF"] {
            assert_eq!(
                lines("swapped-columns", &table(cell)),
                Vec::<usize>::new(),
                "{cell}"
            );
            let invalid = lines("invalid-year", &table(cell)).len();
            assert_eq!(invalid, usize::from(cell != "TBD"), "{cell}");
        }
    }

    #[test]
    fn fires_on_a_strategy_in_the_conference_column() {
        let row = "| [A](https://example.com/a) | Gradient | ICLR 2021 | [Code](https://github.com/a/b) | 2021 |";
        assert_eq!(lines("swapped-columns", &seed_table("S", &[row])), [5]);
    }

    #[test]
    fn fires_on_a_venue_with_a_mark_in_the_year_column() {
        // `ICLR 2019 (Oral)` reads as a year too, but beside a Venue cell
        // that holds only the year it is the venue.
        for year in ["ICLR 2019 (Oral)", "ICLR 2019 (×)", "ICLR-W-2019"] {
            let row = format!("| [A](https://example.com/a) | 2019 | Gradient | [Code](https://github.com/a/b) | {year} |");
            assert_eq!(
                lines("swapped-columns", &seed_table("S", &[&row])),
                [5],
                "{year}"
            );
        }
    }

    #[test]
    fn quiet_when_each_cell_holds_its_own_kind() {
        let rows = [
            "| [A](https://example.com/a) | ICLR 2021 | Gradient | [Code](https://github.com/a/b) | 2021 |",
            "| [B](https://example.com/b) | - | - | [Code](https://github.com/a/c) | 2021 |",
            "| [C](https://example.com/c) | CVPR 2021 | RL/Gradient | [Code](https://github.com/a/d) | 2021 |",
        ];
        assert!(lines("swapped-columns", &seed_table("S", &rows)).is_empty());
    }
}
