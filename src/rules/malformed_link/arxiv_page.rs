//! `https://arxiv.org/1803.07128`: an arXiv id right after the host, with
//! no page named before it; `https://arxiv.org/abs2009.04592`: the page
//! glued to the id. arXiv serves a paper under `/abs/`, `/pdf/` or
//! `/html/` only; either path is not found.

use super::destination::url_at;
use super::finding::diagnostic;
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::knowledge::ids::{arxiv_link, is_arxiv_own_host_any_case, ArxivLink};
use crate::span::Span;

/// The link with the page its id lacks (`abs/`, or `pdf/` before an id
/// that ends in `.pdf`), when what follows the host is a new-style id
/// that can exist. The safe fix writes the page's name.
pub(super) fn id_without_page(text: &str, span: Span, url: &str) -> Option<Diagnostic> {
    let url = crate::knowledge::text::trim(url);
    let after_scheme = crate::knowledge::text::find(url, "://")? + 3;
    // By memchr: `str::find` set up a searcher for each of every row's links.
    let path_start = after_scheme + memchr::memchr(b'/', &url.as_bytes()[after_scheme..])? + 1;
    let path = &url[path_start..];
    // Compared in place: every link of every row comes here.
    if !is_arxiv_own_host_any_case(&url[after_scheme..path_start - 1]) {
        return None;
    }
    if let Some(glued) = page_glued_to_id(path) {
        return slash_after_page(text, span, url, path_start + glued.len(), glued);
    }
    // Only a new-style id (`1803.07128`): a path of letters is one of
    // arXiv's own pages (`/list/cs.LG/recent`, `/a/name_1`).
    if !path.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let page = if path.to_ascii_lowercase().ends_with(".pdf") {
        "pdf/"
    } else {
        "abs/"
    };
    let fixed = format!("{}{page}{path}", &url[..path_start]);
    if !matches!(arxiv_link(&fixed), Some(ArxivLink::Valid(_))) {
        return None;
    }
    let fix =
        url_at(text, span, url).map(|at| Fix::safe(vec![Edit::insert(at + path_start, page)]));
    Some(
        diagnostic(
            span,
            format!("the URL `{url}` names no arXiv page before the id, so arXiv does not find it"),
        )
        .with_label(format!("no `{page}` before the id"))
        .with_help(format!("write `{fixed}`"))
        .with_fix(fix),
    )
}

/// The page name a path opens with when the id follows it with no slash
/// (`abs2009.04592`, `pdf2009.04592.pdf`), a new-style id that can exist.
fn page_glued_to_id(path: &str) -> Option<&'static str> {
    let page = ["abs", "pdf", "html"]
        .into_iter()
        .find(|page| path.starts_with(page))?;
    // The digit first: every `/abs/` link opens so, and the URL is built
    // only for an id glued to its page.
    if !path[page.len()..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let fixed = format!("https://arxiv.org/{page}/{}", &path[page.len()..]);
    matches!(arxiv_link(&fixed), Some(ArxivLink::Valid(_))).then_some(page)
}

/// The finding on a page glued to the id, whose safe fix writes the slash
/// at byte `at` of the URL.
fn slash_after_page(
    text: &str,
    span: Span,
    url: &str,
    at: usize,
    page: &str,
) -> Option<Diagnostic> {
    let fixed = format!("{}/{}", &url[..at], &url[at..]);
    let fix = url_at(text, span, url).map(|start| Fix::safe(vec![Edit::insert(start + at, "/")]));
    Some(
        diagnostic(
            span,
            format!(
                "the URL `{url}` has no `/` between `{page}` and the id, so arXiv does not find it"
            ),
        )
        .with_label(format!("`/` missing after `{page}`"))
        .with_help(format!("write `{fixed}`"))
        .with_fix(fix),
    )
}

#[cfg(test)]
mod tests {
    use crate::rules::malformed_link::tests::{fixed, table};
    use crate::rules::testing::check;
    use crate::Applicability;

    fn messages(text: &str) -> Vec<String> {
        check("malformed-link", text)
            .into_iter()
            .map(|d| d.message)
            .collect()
    }

    #[test]
    fn an_id_right_after_the_host_gets_its_abstract_page() {
        let list = "# Papers\n\n- [Deep Sets](https://arxiv.org/1703.06114) (NeurIPS 2017)\n";
        let found = messages(list);
        assert!(
            found.len() == 1 && found[0].contains("no arXiv page"),
            "{found:?}"
        );
        assert_eq!(
            fixed(list),
            (
                "# Papers\n\n- [Deep Sets](https://arxiv.org/abs/1703.06114) (NeurIPS 2017)\n"
                    .to_string(),
                Applicability::Safe
            )
        );
    }

    #[test]
    fn a_page_glued_to_the_id_gets_its_slash() {
        // 3DFaceBody's `arxiv.org/abs2009.04592`.
        let list = "# Papers\n\n- [SMPLpix](https://arxiv.org/abs2009.04592) (WACV 2021)\n";
        let found = messages(list);
        assert!(
            found.len() == 1 && found[0].contains("no `/` between `abs` and the id"),
            "{found:?}"
        );
        assert_eq!(
            fixed(list),
            (
                "# Papers\n\n- [SMPLpix](https://arxiv.org/abs/2009.04592) (WACV 2021)\n"
                    .to_string(),
                Applicability::Safe
            )
        );
        let pdf = table("[SMPLpix](http://arxiv.org/pdf2009.04592v1.pdf)");
        assert!(fixed(&pdf)
            .0
            .contains("(http://arxiv.org/pdf/2009.04592v1.pdf)"));
        // A page of letters, or an id that cannot exist, is left alone.
        for url in [
            "https://arxiv.org/abstracts",
            "https://arxiv.org/abs2013.04592",
            "https://example.org/abs2009.04592",
        ] {
            let list = format!("# Papers\n\n- [SMPLpix]({url}) (WACV 2021)\n");
            assert!(
                messages(&list).iter().all(|m| !m.contains("no `/`")),
                "{url}: {:?}",
                messages(&list)
            );
        }
    }

    #[test]
    fn a_pdf_file_in_a_table_row_gets_the_pdf_page() {
        let list = table("[Deep Sets](http://arxiv.org/1703.06114v2.pdf)");
        let (fixed, _) = fixed(&list);
        assert!(
            fixed.contains("(http://arxiv.org/pdf/1703.06114v2.pdf)"),
            "{fixed}"
        );
    }

    #[test]
    fn arxiv_pages_other_hosts_and_impossible_ids_are_left_alone() {
        for url in [
            "https://arxiv.org/abs/1703.06114",
            "https://arxiv.org/list/cs.LG/recent",
            "https://arxiv.org/a/zaheer_m_1",
            "https://github.com/1703.06114",
            "https://arxiv.org/1713.06114",
        ] {
            let list = format!("# Papers\n\n- [Deep Sets]({url}) (NeurIPS 2017)\n");
            assert!(
                messages(&list).iter().all(|m| !m.contains("no arXiv page")),
                "{url}: {:?}",
                messages(&list)
            );
        }
    }
}
