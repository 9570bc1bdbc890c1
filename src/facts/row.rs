//! What a row names: its title, its paper ids, its first arXiv id.

use crate::document::{Role, Row, Table};
use crate::knowledge::ids::{arxiv_link, paper_ids, ArxivId, ArxivLink, PaperId};

/// Whether links in this column identify the paper. Code links never do:
/// two papers may share one repository.
fn is_paper_column(table: &Table<'_>, column: usize) -> bool {
    matches!(
        table.columns.get(column).and_then(|c| c.role),
        Some(Role::Title | Role::Paper)
    )
}

/// The first valid arXiv id among the row's paper links.
pub fn first_arxiv(table: &Table<'_>, row: Row<'_, '_>) -> Option<ArxivId> {
    row.links()
        .filter(|l| is_paper_column(table, l.cell))
        .find_map(|l| match arxiv_link(l.url) {
            Some(ArxivLink::Valid(id)) => Some(id),
            _ => None,
        })
}

/// Every identity of the paper a row names: ids from its links in any
/// column but the code column (lists put arXiv links under "Method" or
/// "Published" too).
pub fn row_paper_ids(table: &Table<'_>, row: Row<'_, '_>) -> Vec<PaperId> {
    let mut ids = Vec::new();
    let code = table.column(Role::Code);
    for link in row.links().filter(|l| Some(l.cell) != code) {
        for id in paper_ids(link.url) {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    ids
}

/// The row's title text, if it has a title cell with text.
pub fn row_title<'r>(table: &Table<'_>, row: Row<'r, '_>) -> Option<&'r str> {
    let cell = row.cell_of(table.column(Role::Title))?;
    let text = cell.text_without_badges();
    // A row kept for a paper to come, `.[[paper]()][[code]()]`: nothing but
    // links without a URL.
    // Borrowed until a link without a URL is cut out: most rows have none.
    let mut rest = std::borrow::Cow::Borrowed(text);
    for link in cell.links() {
        if !link.url.trim().is_empty() {
            rest = std::borrow::Cow::Borrowed(text);
            break;
        }
        rest = std::borrow::Cow::Owned(rest.replacen(link.text, "", 1));
    }
    rest.chars().any(char::is_alphanumeric).then_some(text)
}

/// Lower-case words with punctuation dropped; "β-DARTS++" and "β-DARTS" stay apart.
pub fn title_key(title: &str) -> String {
    let mut key = String::with_capacity(title.len());
    for c in title.chars() {
        if c.is_alphanumeric() {
            key.extend(c.to_lowercase());
        } else if c == '+' {
            key.push('+');
        } else if !key.ends_with(' ') && !key.is_empty() {
            key.push(' ');
        }
    }
    key.truncate(key.trim_end().len());
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_of_only_empty_links_is_no_title() {
        let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
        let text = "| No. | paper | 会议/期刊 |\n|---|---|---|\n\
                    |1|.[[paper]()][[code]()]||\n\
                    |2|A Survey.[[paper]()][[code]()]|MIA 2024|\n\
                    |3|[paper](https://arxiv.org/abs/2101.00001)|MIA 2021|\n";
        let document = crate::document::parse(text, &knowledge.columns);
        let table = &document.tables[0];
        let titles: Vec<Option<&str>> = table.rows().map(|r| row_title(table, r)).collect();
        assert_eq!(titles[0], None);
        assert!(titles[1].is_some_and(|t| t.starts_with("A Survey")));
        assert_eq!(titles[2], Some("paper"));
    }

    #[test]
    fn title_keys_ignore_case_and_punctuation() {
        assert_eq!(
            title_key("DARTS: Differentiable  Architecture Search"),
            "darts differentiable architecture search"
        );
        assert_eq!(
            title_key("darts - differentiable architecture search."),
            "darts differentiable architecture search"
        );
        assert_ne!(
            title_key("β-DARTS++: Bi-level"),
            title_key("β-DARTS: Bi-level")
        );
    }
}
