//! A row whose title cell names no paper (`[Nature Methods](...)`,
//! `[bioRxiv](...)`) and whose links carry no id the id patterns know is
//! still one paper with any row that links the very same page.

use super::RowRef;
use crate::document::Role;

/// The pages the row's title or paper links point to, written alike (no
/// scheme, no `www.`, host in lower case, no trailing `/` or fragment),
/// title or not: a recorded talk is known by its page, and a row without a
/// title of its own by the pages it links.
pub fn row_pages(row: &RowRef<'_>) -> Vec<String> {
    let paper_columns = [row.table.column(Role::Title), row.table.column(Role::Paper)];
    let mut pages: Vec<String> = Vec::new();
    for link in row.row.own_links() {
        if !paper_columns.contains(&Some(link.cell)) {
            continue;
        }
        if let Some(page) = page_key(link.url) {
            if !pages.contains(&page) {
                pages.push(page);
            }
        }
    }
    pages
}

/// `https://www.Nature.com/articles/x/#a` -> `nature.com/articles/x`.
fn page_key(url: &str) -> Option<String> {
    let url = url.trim();
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let rest = rest.split('#').next().unwrap_or("");
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let host = host.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    let path = path.trim_end_matches('/');
    // A site's front page is no paper.
    (!host.is_empty() && !path.is_empty()).then(|| format!("{host}/{path}"))
}

#[cfg(test)]
mod tests {
    use super::page_key;

    #[test]
    fn pages_are_written_alike() {
        assert_eq!(
            page_key("https://www.Nature.com/articles/s41592-x/#main").as_deref(),
            Some("nature.com/articles/s41592-x")
        );
        assert_eq!(
            page_key("http://nature.com/articles/s41592-x").as_deref(),
            Some("nature.com/articles/s41592-x")
        );
        assert_eq!(page_key("https://www.nature.com/"), None);
        assert_eq!(page_key("nature.com/articles/x"), None);
    }
}
