//! Contents entries written as the full address of the list's own page
//! (`https://github.com/owner/repo?tab=readme-ov-file#papers`, copied from
//! the browser) are in-page links too: a broken anchor there scrolls
//! nowhere just the same.

use crate::document::Document;
use crate::span::Span;
use std::collections::{HashMap, HashSet};

/// Links to one repository's page a list needs at least, most of them to
/// its own headings, before the page is taken for the list's own.
const OWN_PAGE_LINKS: usize = 3;

/// The same, in a list that also writes `#fragment` links.
const OWN_PAGE_LINKS_BESIDE_FRAGMENTS: usize = 10;

/// The links to the list's own page with their fragments (percent-decoded
/// by the caller). The page is a GitHub repository's front page or its
/// README (`/blob/<branch>/README.md`), with at most GitHub's
/// `?tab=readme-ov-file`; it is the list's own when it is linked with a
/// fragment three times or more, two in three of those fragments naming
/// this document's headings or anchors (`defined`, lower case). A list
/// that also writes in-page links as `#fragment` may link a sister list's
/// sections by address: there the page must be linked ten times or more,
/// nine in ten naming this document's headings (zhijing-jin's
/// NLP4SocialGood list: 45 of 46, beside 12 `#` links).
pub(super) fn links_to_own_page(
    document: &Document<'_>,
    defined: &HashSet<String>,
    decode: fn(&str) -> String,
) -> Vec<(Span, String)> {
    let (least, share) = if document.fragment_links.is_empty() {
        (OWN_PAGE_LINKS, (2, 3))
    } else {
        (OWN_PAGE_LINKS_BESIDE_FRAGMENTS, (9, 10))
    };
    let mut by_page: HashMap<String, Vec<(Span, String)>> = HashMap::new();
    for link in &document.prose_links {
        if let Some((page, fragment)) = repository_page(&link.url) {
            by_page
                .entry(page)
                .or_default()
                .push((link.span, decode(fragment)));
        }
    }
    by_page
        .into_values()
        .filter(|links| {
            let found = links
                .iter()
                .filter(|(_, f)| defined.contains(&f.to_lowercase()))
                .count();
            links.len() >= least && share.1 * found >= share.0 * links.len()
        })
        .flatten()
        .collect()
}

/// `owner/repo` (lower case) and the fragment, when `url` is a GitHub
/// repository's front page or README with a fragment.
fn repository_page(url: &str) -> Option<(String, &str)> {
    let rest = url
        .strip_prefix("https://github.com/")
        .or_else(|| url.strip_prefix("http://github.com/"))
        .or_else(|| url.strip_prefix("https://www.github.com/"))?;
    let (address, fragment) = rest.split_once('#')?;
    let path = match address.split_once('?') {
        Some((path, "tab=readme-ov-file")) => path,
        Some(_) => return None,
        None => address,
    };
    let mut parts = path.trim_end_matches('/').split('/');
    let (owner, repo) = (parts.next()?, parts.next()?);
    let readme = match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (None, ..) => true,
        (Some("blob"), Some(_), Some(file), None) => file.eq_ignore_ascii_case("readme.md"),
        _ => false,
    };
    (readme && !owner.is_empty() && !repo.is_empty() && !fragment.is_empty())
        .then(|| (format!("{owner}/{repo}").to_lowercase(), fragment))
}

#[cfg(test)]
mod tests {
    use super::repository_page;

    #[test]
    fn a_repository_front_page_or_readme_with_a_fragment_is_a_page() {
        let page = |url| repository_page(url).map(|(p, f)| format!("{p} {f}"));
        assert_eq!(
            page("https://github.com/Owner/Repo?tab=readme-ov-file#papers").as_deref(),
            Some("owner/repo papers")
        );
        assert_eq!(
            page("https://github.com/o/r/blob/main/README.md#a-b").as_deref(),
            Some("o/r a-b")
        );
        assert_eq!(page("https://github.com/o/r#x").as_deref(), Some("o/r x"));
        assert_eq!(page("https://github.com/o/r/blob/main/docs/x.md#a"), None);
        assert_eq!(page("https://github.com/o/r/issues#a"), None);
        assert_eq!(page("https://github.com/o/r?tab=stars#a"), None);
        assert_eq!(page("https://github.com/o/r"), None);
    }
}
