//! Articles of MDPI's journals (Sensors, Remote Sensing, Applied
//! Sciences): `mdpi.com/2076-3417/9/11/2341`, the journal's ISSN, volume,
//! issue and article number, with `/htm` or `/pdf` after it for the
//! article's other pages. Their DOIs name the journal by an abbreviation
//! the URL does not hold, so the page is an id of its own.

use super::url::Url;

/// `2076-3417/9/11/2341`: the article's ISSN, volume, issue and number.
pub(super) fn mdpi_article_of(url: &Url<'_>) -> Option<String> {
    let host = url.host.strip_prefix("www.").unwrap_or(&url.host);
    if host != "mdpi.com" {
        return None;
    }
    let mut parts = url.path.trim_matches('/').split('/');
    let issn = parts.next()?;
    let numbers: Vec<&str> = parts.by_ref().take(3).collect();
    let page = parts.next();
    let is_issn = issn.len() == 9
        && issn.as_bytes()[4] == b'-'
        && (issn.bytes().enumerate())
            .all(|(i, b)| i == 4 || b.is_ascii_digit() || (i == 8 && b == b'X'));
    let is_number = |n: &&str| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit());
    let article_page = page.is_none_or(|p| matches!(p, "htm" | "pdf" | "html" | "s1"));
    (is_issn && numbers.len() == 3 && numbers.iter().all(is_number) && article_page)
        .then(|| format!("{issn}/{}", numbers.join("/")))
}

#[cfg(test)]
mod tests {
    use crate::knowledge::ids::{paper_ids, PaperId};

    #[test]
    fn an_mdpi_article_page_is_its_papers_id() {
        let article = |id: &str| vec![PaperId::Mdpi(id.into())];
        for url in [
            "https://www.mdpi.com/2076-3417/9/11/2341",
            "https://www.mdpi.com/2076-3417/9/11/2341/htm",
            "https://mdpi.com/2076-3417/9/11/2341/pdf?version=1559714467",
        ] {
            assert_eq!(paper_ids(url), article("2076-3417/9/11/2341"), "{url}");
        }
        assert_eq!(
            paper_ids("https://www.mdpi.com/2072-431X/12/3/410"),
            article("2072-431X/12/3/410")
        );
        // A journal's, a volume's or a special issue's page is no article.
        for url in [
            "https://www.mdpi.com/journal/sensors",
            "https://www.mdpi.com/2076-3417/9/11",
            "https://www.mdpi.com/2076-3417/9/11/2341/review_report",
            "https://www.mdpi.com/about",
            "https://example.org/2076-3417/9/11/2341",
        ] {
            assert!(paper_ids(url).is_empty(), "{url}");
        }
    }
}
