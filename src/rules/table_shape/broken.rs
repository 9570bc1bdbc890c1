//! Rows broken over two lines: a line break inside a cell ends the row,
//! and the next line holds the rest.

use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::document::{Role, Table};
use crate::registry::lint::TABLE_SHAPE as META;
use crate::rules::row::RowRef;
use crate::rules::Context;
use crate::span::Span;

/// Whether row `index` of `table` goes on on the next line: a line break
/// inside a cell (`[Title](https://arxiv.org/abs/2510.16712` then
/// `) | arXiv 2025 |`). The row leaves a bracket open, the next row starts
/// on the very next line, and the two rows' cells, the cut one counted
/// once, make a full row. Gives what joins the two lines: nothing inside a
/// link's target, a space inside text.
///
/// Without an open bracket, a row whose line stops without its closing
/// pipe, followed by a line that ends with one (so the table writes closing
/// pipes), is broken too when the two complete the header's width: either
/// the next line starts with a pipe and holds the missing cells
/// (`|...|Title` then `|N/A|`: joined as they are), or it holds the rest of
/// the cut cell and then the missing ones (`...|Title in` then
/// `two lines|N/A|`: joined with a space). In a table whose header opens
/// with a pipe, a next line that no pipe opens goes on the row however few
/// cells the two hold; a next line with its own year in the Year column is
/// a row of its own.
pub(super) fn broken_row(
    cx: &Context<'_>,
    table: &Table<'_>,
    index: usize,
) -> Option<&'static str> {
    if index + 1 >= table.row_count() {
        return None;
    }
    let (row, next) = (table.row(index), table.row(index + 1));
    let expected = table.columns.len();
    let (written, rest) = (row.cell_count(), next.cell_count());
    if written == 0 || written >= expected || rest >= expected {
        return None;
    }
    let between = cx.document.text.get(row.span().end..next.span().start)?;
    if !matches!(between, "\n" | "\r\n") {
        return None;
    }
    let line = row.span().slice(cx.document.text);
    let open = |o: char, c: char| line.matches(o).count() > line.matches(c).count();
    let unclosed = || {
        let rest_line = next.span().slice(cx.document.text).trim();
        !line.trim_end().ends_with('|') && rest_line.ends_with('|') && rest_line.len() > 1
    };
    let starts_with_pipe = || {
        next.span()
            .slice(cx.document.text)
            .trim_start()
            .starts_with('|')
    };
    if written + rest == expected {
        let own_row = dated_alike(table, index);
        return (unclosed() && starts_with_pipe() && !own_row).then_some("");
    }
    // `||2022|Title ending in` over `3d scenes|`: a line that no pipe
    // opens, in a table whose header opens with one, goes on the line
    // above, however few cells the two hold together.
    let piped_table = || {
        let header = table.header().span().slice(cx.document.text);
        header.trim_start().starts_with('|')
    };
    if written + rest < expected {
        return (unclosed() && !starts_with_pipe() && piped_table()).then_some(" ");
    }
    if written + rest != expected + 1 {
        return None;
    }
    if open('(', ')') && line.rfind("](") > line.rfind(')') {
        Some("")
    } else if open('(', ')') || open('[', ']') || (unclosed() && !starts_with_pipe()) {
        Some(" ")
    } else {
        None
    }
}

/// Whether two lines both hold a year in the Year column, within the
/// first line's cells (`||2024|Title` over `||2024|Title|`): the second is
/// a row of its own, read from its first column, not the first's cells to
/// come.
fn dated_alike(table: &Table<'_>, index: usize) -> bool {
    let leads_with_year = |text: &str| {
        let text = text.trim();
        let century = text.starts_with("19") || text.starts_with("20");
        let digits = text.bytes().take_while(u8::is_ascii_digit).count();
        century && digits == 4
    };
    let Some(year) = table.column(Role::Year) else {
        return false;
    };
    [index, index + 1]
        .into_iter()
        .all(|i| (table.row(i).cell(year)).is_some_and(|cell| leads_with_year(cell.text())))
}

/// The finding on the first line of a row broken over two, with an unsafe
/// fix that joins the lines.
pub(super) fn broken_row_diagnostic(cx: &Context<'_>, r: &RowRef<'_>, joiner: &str) -> Diagnostic {
    let next = r.table.row(r.row_index + 1).span();
    let line_break = Span::new(r.row.span().end, next.start);
    Diagnostic::new(
        META.name,
        META.severity,
        r.row_end(),
        format!(
            "row is broken over two lines: a line break inside a cell ends it, and line {} holds the rest",
            cx.line(next)
        ),
    )
    .with_label("the row goes on on the next line")
    .with_help("join the two lines: a table row must stay on one line")
    .with_fix(Some(Fix::unsafe_(vec![Edit::replace(line_break, joiner)])))
}
