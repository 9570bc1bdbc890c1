use super::duplicates::{Evidence, Pair};
use super::{Context, RowRef, Rule, RuleMeta};
use crate::diagnostic::{Diagnostic, Edit, Fix, Severity};
use crate::facts::row_title;
use crate::rules::titles::short;

mod bold_years;
mod differences;
mod hybrid;
mod item_apart;
mod link_conflict;
mod list_items;
mod publications;

pub(super) use differences::{differences, links_two_papers};

pub struct DuplicatePaper;

use crate::registry::lint::DUPLICATE_PAPER as META;

impl Rule for DuplicatePaper {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn reads_duplicate_pairs(&self) -> bool {
        true
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for pair in cx.duplicate_pairs() {
            if !pair.same_title || pair.distinct_entries || differences(&pair, cx).is_some() {
                continue;
            }
            // Group rows inside a table (`| ***<ins>Overthinking</ins>*** | | |`)
            // divide it into sub-topics as headings divide a list.
            let same_section = cx
                .profile
                .sections
                .same_section(pair.earlier.table_index, pair.later.table_index)
                && group_of(cx, &pair.earlier) == group_of(cx, &pair.later);
            // Lists file a paper under every topic it touches: across
            // sections, a copy is a defect only when the sections are
            // mutually exclusive categories (search strategies).
            if !same_section
                && (!cx.profile.sections.exclusive(
                    cx.document,
                    pair.earlier.table.heading,
                    pair.later.table.heading,
                ) || publications::two_publications(cx, &pair.earlier, &pair.later)
                    || hybrid::a_hybrid(cx, &pair))
            {
                continue;
            }
            let severity = if same_section {
                Severity::Error
            } else {
                Severity::Warning
            };
            let earlier_line = cx.line(pair.earlier.row.span());
            let where_ = if same_section {
                ""
            } else {
                " (in another section)"
            };
            out.push(
                Diagnostic::new(
                    META.name,
                    severity,
                    pair.later.title_span(),
                    format!(
                        "{} is already listed at line {earlier_line}{where_}",
                        quoted(&pair.later)
                    ),
                )
                .with_label(format!(
                    "duplicate of line {earlier_line}, same {}",
                    evidence(&pair)
                ))
                .with_related(pair.earlier.title_span(), "first listed here")
                .with_help("keep one of the two rows")
                .with_fix(delete_identical_copy(&pair, cx)),
            );
        }
        report_repeated_rows(cx, out);
        list_items::repeated_list_items(cx, out);
        list_items::retitled_list_items(cx, out);
        list_items::list_items_under_two_years(cx, out);
    }
}

/// The topic row a row sits under in its table (its index), if any. Rows
/// under two years (`| **2024** | | |`) are no two topics: a paper has one.
fn group_of(cx: &Context<'_>, row: &RowRef<'_>) -> Option<(usize, usize)> {
    (0..row.row_index)
        .rev()
        .find(|&i| cx.row((row.table_index, i)).is_topic_label())
        .map(|i| (row.table_index, i))
}

/// Rows of tables that list no papers (datasets, models) pasted twice: the
/// row above says the same, byte for byte.
fn report_repeated_rows(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for repeated in &cx.document.repeated_rows {
        let first_line = cx.line(repeated.first);
        let line = cx.document.lines.line_of(repeated.span.start);
        let whole_line = cx.document.lines.full_line_span(line);
        out.push(
            Diagnostic::new(
                META.name,
                Severity::Error,
                repeated.span,
                if repeated.renumbered {
                    format!(
                        "this row repeats line {first_line} word for word, but for its row number"
                    )
                } else {
                    format!("this row repeats line {first_line} word for word")
                },
            )
            .with_label(format!("a copy of line {first_line}"))
            .with_related(repeated.first, "first listed here")
            .with_help("keep one of the two rows")
            .with_fix(Some(Fix::unsafe_(vec![Edit::replace(whole_line, "")]))),
        );
    }
}

fn evidence(pair: &Pair<'_>) -> String {
    match pair.evidence {
        Evidence::Id(id) => id.to_string(),
        Evidence::Title => "title".to_string(),
    }
}

/// Deleting is offered only for byte-identical rows in one table: then
/// nothing can be lost.
fn delete_identical_copy(pair: &Pair<'_>, cx: &Context<'_>) -> Option<Fix> {
    let text = cx.document.text;
    let same_table = pair.earlier.table_index == pair.later.table_index;
    if !same_table || pair.earlier.row.span().slice(text) != pair.later.row.span().slice(text) {
        return None;
    }
    let line = cx.document.lines.line_of(pair.later.row.span().start);
    let span = cx.document.lines.full_line_span(line);
    Some(Fix::unsafe_(vec![Edit::replace(span, "")]))
}

/// How a message names the row's paper: its title in quotes, or, when the
/// title cell is only a link label (`[Paper](...)`), the paper's id.
pub(super) fn quoted(row: &RowRef<'_>) -> String {
    if let Some(title) = row_title(row.table, row.row) {
        return format!("\"{}\"", short(title));
    }
    crate::facts::row_paper_ids(row.table, row.row, row.facts)
        .first()
        .map_or_else(|| "this paper".to_string(), |id| format!("the paper {id}"))
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_apa;
#[cfg(test)]
mod tests_entries;
#[cfg(test)]
mod tests_folds;
#[cfg(test)]
mod tests_list_items;
#[cfg(test)]
mod tests_repeated_names;
#[cfg(test)]
mod tests_titles;
