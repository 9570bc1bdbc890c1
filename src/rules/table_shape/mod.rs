use super::row::RowRef;
use super::{append_cells, Context, Rule, RuleMeta};
use crate::diagnostic::{Diagnostic, Fix};
use crate::document::{Role, Table};
use crate::profile::shape;
use crate::span::Span;
use broken::{broken_row, broken_row_diagnostic};

pub struct TableShape;

use crate::registry::lint::TABLE_SHAPE as META;

impl Rule for TableShape {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let mut surplus = SurplusRows::default();
        for r in cx.rows() {
            let (written, expected) = (r.row.cell_count(), r.table.columns.len());
            if written == expected {
                continue;
            }
            // One row broken over two lines is one defect, reported once.
            if r.row_index > 0 && broken_row(cx, r.table, r.row_index - 1).is_some() {
                continue;
            }
            if let Some(joiner) = broken_row(cx, r.table, r.row_index) {
                out.push(broken_row_diagnostic(cx, &r, joiner));
                continue;
            }
            // Most rows of this table leave these trailing cells out or
            // empty: GitHub pads them, nothing is lost, unless a cell lost
            // in the middle shifted the rest (a paper link under Venue).
            let profile = &cx.profile.tables[r.table_index];
            if written < expected
                && ((written + profile.optional_tail >= expected
                    && !profile
                        .short_rows
                        .shows_a_shift(r.table, r.row, cx.knowledge))
                    || profile.short_rows.harmless(r.table, r.row, cx.knowledge))
            {
                continue;
            }
            // A table whose Paper column holds only link labels
            // (`| **slime** | ... | [GitHub](...) |` beside rows ending in
            // `[[Paper]](...)`) names tools, not papers, in another column:
            // like a table without a title column, its short rows lose
            // nothing but an empty cell, as long as their cells fit.
            if written < expected
                && titles_are_only_labels(r.table)
                && profile.short_rows.fits(r.table, r.row, cx.knowledge)
            {
                continue;
            }
            // The list leaves out empty trailing cells as a matter of
            // course: a row without its Code or Data cells loses nothing,
            // as long as it keeps its title, venue and year cells and its
            // cells fit their columns.
            if written < expected
                && cx.profile.omits_trailing_cells
                && r.table.columns[written..]
                    .iter()
                    .all(|c| shape::optional_column(c.role))
                && profile.short_rows.fits(r.table, r.row, cx.knowledge)
            {
                continue;
            }
            // The cells left out are of columns the list's paper tables
            // often leave empty (a Code column most papers lack), or the
            // row leaves out only its last cell, of an optional column that
            // holds no prose: GitHub shows an empty cell, exactly like a
            // row that writes one. A cell lost in the middle shifts the
            // rest, which then do not fit their columns, or leaves a
            // row without its prose column (its prose shifted left).
            // Learned on first use: most lists have no short row left here.
            let empty_columns = || cx.profile.empty_columns(&cx.document.tables, cx.knowledge);
            let last_only = written + 1 == expected && last_cell_fits(cx, &r, written);
            if written < expected
                && r.table.columns[written..].iter().all(|c| {
                    shape::optional_column(c.role)
                        && ((last_only && !empty_columns().holds_prose(&c.header))
                            || empty_columns().often_empty(&c.header))
                })
                && profile.short_rows.fits(r.table, r.row, cx.knowledge)
            {
                continue;
            }
            if !cx.is_paper(&r) {
                continue;
            }
            // Extra cells with nothing in them, only a placeholder ("-") or
            // only a comment (`[//]: #Recommend`, `<!-- -->`): GitHub drops
            // them, and nothing is lost.
            // Nor are stray marks after the row's last pipe (`| ... |\`,
            // `| ... |```): text the row does not close is no cell to read.
            let unclosed = |cell: &crate::document::Cell<'_, '_>| {
                !r.text[cell.span().end..]
                    .trim_start_matches([' ', '\t'])
                    .starts_with('|')
            };
            // A comment with a pipe of its own (`<!-- note | -->`) spans cells.
            let one_comment = || {
                let (Some(first), Some(last)) = (r.cell(expected), r.cell(written - 1)) else {
                    return false;
                };
                is_one_html_comment(&r.text[first.span().start..last.span().end])
            };
            if written > expected
                && (one_comment()
                    || (expected..written).all(|c| {
                        r.cell(c).is_none_or(|cell| {
                            let raw = cell.raw();
                            cx.knowledge.is_placeholder(raw)
                                || is_comment(raw)
                                || (c + 1 == written && unclosed(&cell) && stray_marks(raw))
                        })
                    }))
            {
                continue;
            }
            if written > expected
                && written <= hidden_columns::cells_allowed(cx.document.text, r.table)
            {
                continue;
            }
            if written > expected {
                let outers = r.row.outer_spans();
                let span = Span::new(outers[expected].start, outers[written - 1].end);
                surplus.add(r.table_index, extra_cells(span, written, expected));
                continue;
            }
            let diagnostic = {
                let message = format!("row has {written} cells, the header has {expected}");
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
            };
            out.push(diagnostic);
        }
        surplus.report(cx, out);
        for table in &cx.document.tables {
            out.extend(stranded::stranded_row(cx.document.text, table));
        }
        // Tables that list no papers lose their surplus cells all the same.
        for row in &cx.document.overflow_rows {
            let text = |span: &Span| &cx.document.text[span.start..span.end];
            let last = row.extra.len() - 1;
            let unclosed = |span: &Span| {
                !cx.document.text[span.end..]
                    .trim_start_matches([' ', '\t'])
                    .starts_with('|')
            };
            let spanned = &cx.document.text[row.extra[0].start..row.extra[last].end];
            if is_one_html_comment(spanned)
                || row.extra.iter().enumerate().all(|(i, c)| {
                    cx.knowledge.is_placeholder(text(c))
                        || is_comment(text(c))
                        || (i == last && unclosed(c) && stray_marks(text(c)))
                })
            {
                continue;
            }
            let (first, last) = (row.extra[0], row.extra[row.extra.len() - 1]);
            out.push(extra_cells(
                Span::new(first.start, last.end),
                row.header_cells + row.extra.len(),
                row.header_cells,
            ));
        }
    }
}

/// The paper rows with surplus cells, by table. Unlike short rows they are
/// never a table's convention, since GitHub drops the surplus whatever the
/// author meant; but when most rows of a table have them, the header lacks
/// a column, and one finding on the header says so better than one per row.
#[derive(Default)]
struct SurplusRows {
    by_table: Vec<(usize, Vec<Diagnostic>)>,
}

/// At least this many rows with surplus cells, and most of the table's
/// paper rows, make one finding on the header.
const HEADER_SHORT_ROWS: usize = 4;

impl SurplusRows {
    fn add(&mut self, table: usize, diagnostic: Diagnostic) {
        match self.by_table.last_mut() {
            Some((last, found)) if *last == table => found.push(diagnostic),
            _ => self.by_table.push((table, vec![diagnostic])),
        }
    }

    fn report(self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for (index, found) in self.by_table {
            let papers = cx.table_rows(index).filter(|r| cx.is_paper(r)).count();
            if found.len() >= HEADER_SHORT_ROWS && found.len() * 2 > papers {
                out.push(header_short(
                    &cx.document.tables[index],
                    found.len(),
                    papers,
                ));
            } else {
                out.extend(found);
            }
        }
    }
}

/// One finding on the header of a table most of whose `papers` rows
/// (`rows` of them) have more cells than it.
fn header_short(table: &Table<'_>, rows: usize, papers: usize) -> Diagnostic {
    let expected = table.columns.len();
    let widest = table
        .rows()
        .map(|r| r.cell_count())
        .max()
        .unwrap_or(expected);
    Diagnostic::new(
        META.name,
        META.severity,
        table.header().span(),
        if rows == papers {
            format!("every row has more cells than the header's {expected}: GitHub drops the extra cells")
        } else {
            format!("{rows} of {papers} rows have more cells than the header's {expected}: GitHub drops the extra cells")
        },
    )
    .with_label(format!("{expected} cells; rows have up to {widest}"))
    .with_help("add the missing column to the header and its delimiter row, or remove the extra cells from the rows")
}

/// A row with `written` cells under a header of `expected`; `span` covers
/// the surplus cells.
fn extra_cells(span: Span, written: usize, expected: usize) -> Diagnostic {
    Diagnostic::new(
        META.name,
        META.severity,
        span,
        format!("row has {written} cells, the header has {expected}"),
    )
    .with_label(format!(
        "{} extra cell{}",
        written - expected,
        plural(written - expected)
    ))
    .with_help("GitHub drops cells past the header's; move their content into the right columns or escape a literal `|` as `\\|`")
    .proven_by_row(true)
}

/// Whether every title cell with text holds only generic link labels
/// (`[[Paper]](...)`), two rows at least: the column links papers about
/// what the rows name; it titles none.
fn titles_are_only_labels(table: &Table<'_>) -> bool {
    let Some(title) = table.column(Role::Title) else {
        return false;
    };
    let mut labels = 0;
    for row in table.rows() {
        match row.cell(title) {
            Some(cell) if !cell.text().trim().is_empty() => {
                if !row.has_generic_title() {
                    return false;
                }
                labels += 1;
            }
            _ => {}
        }
    }
    labels >= 2
}

/// Whether a short row's last written cell fits its column: text without a
/// link under a column of links (`Real-time on mobile` under Code) is the
/// next column's, shifted left by a cell lost in the middle.
fn last_cell_fits(cx: &Context<'_>, r: &RowRef<'_>, written: usize) -> bool {
    let Some(cell) = written.checked_sub(1).and_then(|c| r.row.cell(c)) else {
        return true;
    };
    let header = &r.table.columns[written - 1].header;
    let unlinked_text = cell.links().next().is_none() && !cx.knowledge.is_placeholder(cell.text());
    !(unlinked_text
        && cx
            .profile
            .empty_columns(&cx.document.tables, cx.knowledge)
            .holds_links(header))
}

/// Marks with nothing to read: backslashes, backticks, a full stop.
fn stray_marks(raw: &str) -> bool {
    let raw = raw.trim();
    !raw.is_empty() && raw.bytes().all(|b| b.is_ascii_punctuation())
}

/// Cells that together hold one HTML comment (`<!-- a note | -->`): opened
/// at their start and first closed at their end, so nothing sits between
/// two comments (`<!-- a --> | lost text | <!-- b -->`).
fn is_one_html_comment(raw: &str) -> bool {
    raw.trim()
        .strip_prefix("<!--")
        .and_then(|rest| rest.find("-->").map(|at| at + 3 == rest.len()))
        .unwrap_or(false)
}

/// A cell GitHub drops that held nothing to read: a comment
/// (`[//]: #Recommend`, `<!-- -->`).
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

mod broken;
mod hidden_columns;
mod stranded;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_broken;
