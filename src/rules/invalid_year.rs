use super::{Context, Rule, RuleMeta};
use crate::diagnostic::Diagnostic;
use crate::knowledge::YearCell;

pub struct InvalidYear;

use crate::registry::lint::INVALID_YEAR as META;

impl Rule for InvalidYear {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for r in cx.rows() {
            let Some(fact) = &r.facts.year else { continue };
            if fact.value != YearCell::Invalid {
                continue;
            }
            let header = &r.table.columns[fact.column()].header;
            out.push(
                Diagnostic::new(
                    META.name,
                    META.severity,
                    r.cell_span(fact.column()),
                    format!("`{}` is not a plausible year", r.cell_text(fact.column())),
                )
                .with_label(format!(
                    "not a year between 1900 and {}",
                    cx.settings.current_year + 1
                ))
                .with_help(format!(
                    "write a year like `2021` (or a date like `2021.05.30`) in the {header} cell"
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    fn table(year: &str) -> String {
        seed_table(
            "S",
            &[&format!(
                "| [A](https://example.com/a) | - | - | [Code](https://github.com/a/b) | {year} |"
            )],
        )
    }

    #[test]
    fn fires_on_implausible_years() {
        for year in ["20211", "1850", "2031", "soon", "2021.13.01"] {
            assert_eq!(lines("invalid-year", &table(year)), [5], "{year}");
        }
    }

    #[test]
    fn quiet_on_years_dates_and_placeholders() {
        for year in ["2021", "2021.05.30", "2021-05", "2027", "-", ""] {
            assert!(lines("invalid-year", &table(year)).is_empty(), "{year}");
        }
    }
}
