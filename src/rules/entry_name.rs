//! The name a row gives its entry apart from the paper's title: a
//! dataset, a model, a method in a column of its own (`FlowMo` under
//! "Method" beside "Flow to the Mode: ..."). Duplicates, shared links and
//! publications under one name all tell entries apart by it.

use super::{Context, RowRef};

/// The name a row gives its entry apart from the paper's title (`FlowMo`
/// under "Method" beside "Flow to the Mode: ..."), if its table has such a
/// column.
pub fn entry_name<'r>(cx: &Context<'_>, row: &RowRef<'r>) -> Option<&'r str> {
    let text = row.cell_text(entry_name_column(cx, row)?);
    (text.chars().any(char::is_alphanumeric) && !cx.knowledge.is_placeholder(text)).then_some(text)
}

/// The column that names each row's entry (a dataset, a model, a method)
/// apart from the paper's title: a column without a role (not the title,
/// venue, year, code or a link) whose header is a name header ("Name",
/// "Model", "Dataset"), as in "Name | Paper | Date" or "Date | Name |
/// Title"; or a method column ("Method | Title", the linked-name headers of
/// rules/columns.toml) whose cells are not search strategies.
pub fn entry_name_column(cx: &Context<'_>, r: &RowRef<'_>) -> Option<usize> {
    let table = r.table;
    let title = table.column(crate::document::Role::Title)?;
    let columns = &cx.knowledge.columns;
    let names = [
        columns.headers_of(crate::document::Role::Title),
        &columns.citing.name_headers,
        &columns.citing.short_name_headers,
        &columns.citing.entity_headers,
    ];
    let header_is = |headers: &[String], header: &str| {
        crate::knowledge::ColumnRoles::header_is(headers, header)
    };
    let holds_strategies = cx.profile.tables[r.table_index].strategy_column
        == crate::profile::strategy_column::StrategyColumn::Strategies;
    (table.columns.iter().enumerate()).find_map(|(c, column)| {
        let named = match column.role {
            None => names.iter().any(|n| header_is(n, &column.header)),
            Some(crate::document::Role::Strategy) => {
                !holds_strategies && header_is(&columns.linked_name_headers, &column.header)
            }
            Some(_) => false,
        };
        (c != title && named && !(c > title && lists_several(table, c))).then_some(c)
    })
}

/// Whether most filled cells of a column list several values (`CoNLL-2014,
/// JFLEG`): right of the title, such a `Datasets` column says what each
/// paper used, not which entry the row is (styfeng's `Paper | Datasets`).
fn lists_several(table: &crate::document::Table<'_>, column: usize) -> bool {
    let (mut filled, mut lists) = (0usize, 0usize);
    for row in table.rows() {
        let text = row.cell(column).map_or("", |c| c.text()).trim();
        if !text.is_empty() {
            filled += 1;
            lists += usize::from(text.contains([',', ';']));
        }
    }
    filled > 0 && lists * 2 >= filled
}
