use super::duplicate_paper::{differences, short};
use super::{Context, Rule, RuleMeta};
use crate::diagnostic::Diagnostic;
use crate::facts::row_title;

pub struct ConflictingDuplicate;

use crate::registry::lint::CONFLICTING_DUPLICATE as META;

impl Rule for ConflictingDuplicate {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for pair in cx.duplicate_pairs() {
            if !pair.same_title {
                continue;
            }
            let Some(difference) = differences(&pair, cx) else {
                continue;
            };
            let earlier_line = cx.line(pair.earlier.row.span());
            let title = row_title(pair.later.table, pair.later.row).unwrap_or("this paper");
            out.push(
                Diagnostic::new(
                    META.name,
                    META.severity,
                    pair.later.title_span(),
                    format!(
                        "\"{}\" is listed twice with different details ({difference}, line {earlier_line})",
                        short(title)
                    ),
                )
                .with_label(format!("conflicts with line {earlier_line}"))
                .with_related(pair.earlier.title_span(), "the other copy")
                .with_help("find out which copy is right, correct it and delete the other"),
            );
        }
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod venue_labels;
