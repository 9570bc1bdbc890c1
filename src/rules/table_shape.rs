use super::{append_cells, Context, FixKind, Rule, RuleMeta};
use crate::diagnostic::{Diagnostic, Fix, Severity};
use crate::document::Role;
use crate::span::Span;

pub struct TableShape;

static META: RuleMeta = RuleMeta {
    default: true,
    name: "table-shape",
    severity: Severity::Error,
    summary: "a row has more or fewer cells than its header",
    doc: include_str!("../../rules/docs/table-shape.md"),
    fix: FixKind::Sometimes,
};

impl Rule for TableShape {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for r in cx.rows() {
            let (written, expected) = (r.row.cell_count(), r.table.columns.len());
            if written == expected {
                continue;
            }
            // Most rows of this table leave these trailing cells out or
            // empty: GitHub pads them, nothing is lost.
            let optional = cx.profile.tables[r.table_index].optional_tail;
            if written < expected && written + optional >= expected {
                continue;
            }
            if r.is_group_label() {
                continue;
            }
            // Extra cells with nothing in them, only a placeholder ("-") or
            // only a comment (`[//]: #Recommend`, `<!-- -->`): GitHub drops
            // them, and nothing is lost.
            if written > expected
                && (expected..written).all(|c| {
                    r.cell(c)
                        .is_none_or(|c| cx.knowledge.is_placeholder(c.raw()) || is_comment(c.raw()))
                })
            {
                continue;
            }
            let message = format!("row has {written} cells, the header has {expected}");
            let diagnostic = if written < expected {
                let missing: Vec<&str> = r.table.columns[written..]
                    .iter()
                    .map(|c| c.header.as_str())
                    .collect();
                // A missing year cell can be filled from the venue; other cells stay empty.
                let values: Vec<String> = r.table.columns[written..]
                    .iter()
                    .map(|c| match (c.role, r.facts.venue_year()) {
                        (Some(Role::Year), Some(year)) => year.to_string(),
                        _ => String::new(),
                    })
                    .collect();
                let all_known = values.iter().all(|v| !v.is_empty());
                let edit = append_cells(r.row, &values);
                let fix = if all_known {
                    Fix::safe(vec![edit])
                } else {
                    Fix::unsafe_(vec![edit])
                };
                Diagnostic::new(META.name, META.severity, r.row_end(), message)
                    .with_label(format!("missing: {}", missing.join(", ")))
                    .with_help(format!(
                        "add the missing cell{}: {}",
                        plural(missing.len()),
                        missing.join(", ")
                    ))
                    .with_fix(Some(fix))
            } else {
                let outers = r.row.outer_spans();
                let (first_extra, last_extra) = (outers[expected].start, outers[written - 1].end);
                Diagnostic::new(META.name, META.severity, Span::new(first_extra, last_extra), message)
                    .with_label(format!("{} extra cell{}", written - expected, plural(written - expected)))
                    .with_help("GitHub drops cells past the header's; move their content into the right columns or escape a literal `|` as `\\|`")
            };
            out.push(diagnostic);
        }
    }
}

/// A cell holding only a Markdown comment: a link reference definition to
/// `#` (`[//]: #Recommend`) or an HTML comment.
fn is_comment(raw: &str) -> bool {
    let raw = raw.trim();
    raw.starts_with("[//]:")
        || raw.starts_with("[comment]:")
        || (raw.starts_with("<!--") && raw.ends_with("-->"))
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const FULL: &str = "| [A](https://arxiv.org/abs/2001.02525) | ICLR 2020 | Gradient | [Code](https://github.com/a/b) | 2020 |";
    const SHORT: &str = "| [B](https://arxiv.org/abs/2006.12986) | ICLR 2020 | Gradient | [Code](https://github.com/a/c) |";

    #[test]
    fn fires_on_a_short_row_with_a_safe_fix_from_the_venue_year() {
        let text = seed_table("S", &[FULL, SHORT]);
        let found = check("table-shape", &text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].message, "row has 4 cells, the header has 5");
        let fixed = apply_fix(&text, &found[0]);
        assert!(
            fixed.contains("[Code](https://github.com/a/c) | 2020 |\n"),
            "{fixed}"
        );
        assert!(found[0].is_safe_fixable());
    }

    #[test]
    fn fix_is_unsafe_when_the_value_is_unknown() {
        let row = "| [B](https://example.com/b) | - | Gradient | [Code](https://github.com/a/c) |";
        let found = check("table-shape", &seed_table("S", &[row]));
        assert!(!found[0].is_safe_fixable());
    }

    #[test]
    fn fires_on_extra_cells_without_a_fix() {
        let row = "| [A](https://example.com/a) | ICLR 2020 | Gradient | [Code](https://github.com/a/b) | 2020 | oops |";
        let found = check("table-shape", &seed_table("S", &[row]));
        assert_eq!(found.len(), 1);
        assert!(found[0].fix.is_none());
        assert_eq!(found[0].label, "1 extra cell");
    }

    #[test]
    fn quiet_when_most_rows_leave_out_the_same_empty_trailing_cells() {
        // Shaped like lists whose last columns ("Code", "Notes") are mostly
        // empty and mostly not written at all.
        let text = "## Papers\n\n| Title | Venue | Code | Notes |\n|---|---|---|---|\n\
                    | [A](https://arxiv.org/abs/2001.02525) | ICLR 2020 |\n\
                    | [B](https://arxiv.org/abs/2006.12986) | CVPR 2020 | [code](https://github.com/b/b) |\n\
                    | [C](https://arxiv.org/abs/2003.11818) | ECCV 2020 |\n\
                    | [D](https://arxiv.org/abs/1903.10979) | NeurIPS 2019 | | |\n";
        assert!(lines("table-shape", text).is_empty());
    }

    #[test]
    fn still_fires_on_a_missing_year_and_on_extra_cells_in_such_a_table() {
        let text = "## Papers\n\n| Title | Venue | Year | Notes |\n|---|---|---|---|\n\
                    | [A](https://arxiv.org/abs/2001.02525) | ICLR 2020 | 2020 |\n\
                    | [B](https://arxiv.org/abs/2006.12986) | CVPR 2020 | 2020 |\n\
                    | [C](https://arxiv.org/abs/2003.11818) | ECCV 2020 |\n\
                    | [D](https://arxiv.org/abs/1903.10979) | NeurIPS 2019 | 2019 | | oops |\n";
        assert_eq!(lines("table-shape", text), [7, 8]);
    }

    #[test]
    fn quiet_on_group_label_rows_and_empty_extra_cells() {
        let text = "## Papers\n\n| Title | Venue | Date | Code |\n|---|---|---|---|\n\
                    | _Rectangle-based Grasp_ |\n\
                    | [A](https://arxiv.org/abs/2001.02525) | ICLR 2020 | 2020-01-08 | [Github](https://github.com/a/a) |  |\n\
                    | [B](https://arxiv.org/abs/2006.12986) | CVPR 2020 | 2020-06-23 | - | |\n\
                    | [C](https://arxiv.org/abs/2003.11818) | CVPR 2020 | 2020-03-26 | - | - |\n";
        assert!(lines("table-shape", text).is_empty());
    }

    #[test]
    fn quiet_on_an_extra_cell_holding_only_a_comment() {
        let text = "## Papers\n\n| Title & Authors | Introduction | Links |\n|---|---|---|\n\
                    | [A](https://arxiv.org/abs/2001.02525) <br> Ann Author | text | [Paper](https://arxiv.org/abs/2001.02525) | [//]: #Recommend\n\
                    | [B](https://arxiv.org/abs/2006.12986) <br> Bo Author | text | [Paper](https://arxiv.org/abs/2006.12986) | <!-- later -->\n\
                    | [C](https://arxiv.org/abs/2003.11818) <br> Cy Author | text | [Paper](https://arxiv.org/abs/2003.11818) | [Code](https://github.com/c/c)\n";
        assert_eq!(lines("table-shape", text), [7]);
    }

    #[test]
    fn quiet_on_full_rows_and_escaped_pipes() {
        let row = "| [A \\| B](https://example.com/a) | ICLR 2020 | Gradient | [Code](https://github.com/a/b) | 2020 |";
        assert!(lines("table-shape", &seed_table("S", &[FULL, row])).is_empty());
    }
}
