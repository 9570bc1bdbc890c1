use super::{append_cells, Context, FixKind, RowRef, Rule, RuleMeta};
use crate::diagnostic::{Diagnostic, Edit, Fix, Severity};
use crate::knowledge::YearCell;

pub struct MissingYear;

static META: RuleMeta = RuleMeta {
    default: true,
    name: "missing-year",
    severity: Severity::Error,
    summary: "an empty or missing year cell",
    doc: include_str!("../../rules/docs/missing-year.md"),
    fix: FixKind::Sometimes,
};

impl Rule for MissingYear {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for r in cx.rows() {
            let Some(fact) = &r.facts.year else { continue };
            if fact.value != YearCell::Empty {
                continue;
            }
            let header = &r.table.columns[fact.column()].header;
            let absent = r.row.cell(fact.column()).is_none();
            let message = if absent {
                format!("the row has no {header} cell")
            } else {
                format!("the {header} cell is empty")
            };
            let (fix, help) = match fill(&r) {
                Some((year, from_venue)) => {
                    let source = if from_venue {
                        "the venue's year"
                    } else {
                        "the year of the arXiv id"
                    };
                    let edit = fill_edit(&r, fact.column(), year);
                    let fix = edit.map(|e| {
                        if from_venue {
                            Fix::safe(vec![e])
                        } else {
                            Fix::unsafe_(vec![e])
                        }
                    });
                    (fix, format!("{header} := {year} ({source})"))
                }
                None => (None, format!("write the year in the {header} cell")),
            };
            out.push(
                Diagnostic::new(
                    META.name,
                    META.severity,
                    r.cell_span(fact.column()),
                    message,
                )
                .with_label(format!("{header} missing"))
                .with_help(help)
                .with_fix(fix),
            );
        }
    }
}

/// The year to fill in, and whether it comes from the venue (else from the arXiv id).
fn fill(r: &RowRef<'_>) -> Option<(i32, bool)> {
    if let Some(year) = r.facts.venue_year() {
        return Some((year, true));
    }
    r.facts.arxiv.as_ref().map(|id| (id.year(), false))
}

fn fill_edit(r: &RowRef<'_>, column: usize, year: i32) -> Option<Edit> {
    match r.row.outer_spans().get(column) {
        Some(&outer) => Some(Edit::replace(outer, format!(" {year} "))),
        // Only a row that stops right before the year cell can simply grow by it.
        None if column == r.row.cell_count() && column + 1 == r.table.columns.len() => {
            Some(append_cells(r.row, &[year.to_string()]))
        }
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn fires_on_a_missing_cell_and_fills_it_from_the_venue() {
        let text = seed_table("S", &["| [FNA](https://arxiv.org/abs/2001.02525) | ICLR 2020 | - | [Code](https://github.com/a/b) |"]);
        let found = check("missing-year", &text);
        assert_eq!(found.len(), 1);
        assert!(found[0].is_safe_fixable());
        assert!(apply_fix(&text, &found[0]).contains("[Code](https://github.com/a/b) | 2020 |\n"));
    }

    #[test]
    fn fires_on_an_empty_cell_with_an_unsafe_fix_from_the_arxiv_id() {
        let text = seed_table("S", &["| [A](https://arxiv.org/abs/2007.02749) | - | - | [Code](https://github.com/a/b) |  |"]);
        let found = check("missing-year", &text);
        assert_eq!(found.len(), 1);
        assert!(!found[0].is_safe_fixable());
        assert!(apply_fix(&text, &found[0]).contains("| 2020 |\n"));
    }

    #[test]
    fn reads_the_venue_from_a_swapped_cell() {
        let text = seed_table("S", &["| [A](https://arxiv.org/abs/2003.11818) |  - |CVPR 2020* | [Code](https://github.com/a/b) |"]);
        let found = check("missing-year", &text);
        assert!(apply_fix(&text, &found[0]).ends_with("| 2020 |\n"));
    }

    #[test]
    fn quiet_on_filled_and_placeholder_cells() {
        let text = seed_table(
            "S",
            &[
                "| [A](https://example.com/a) | ICLR 2020 | - | [Code](https://github.com/a/b) | 2020 |",
                "| [B](https://example.com/b) | - | - | [Code](https://github.com/a/c) | - |",
            ],
        );
        assert!(lines("missing-year", &text).is_empty());
    }
}
