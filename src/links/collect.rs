//! The links of the paper tables, grouped by what they point at, so that
//! each target is checked once however often the list links it.

use super::target::{classify, Target};
use crate::document::{Document, Role};
use crate::facts::row_title;
use crate::span::Span;
use std::collections::{HashMap, HashSet};

/// One link in the list.
#[derive(Debug, Clone)]
pub(crate) struct Occurrence<'d> {
    /// Index into [`Links::targets`].
    pub target: usize,
    /// The URL as written.
    pub url: &'d str,
    /// The whole link (`[text](url)`, or the bare URL).
    pub span: Span,
    /// The row's title, when the link names the row's paper (it sits in
    /// the title column or a paper-link column).
    pub paper_title: Option<&'d str>,
}

#[derive(Debug, Default)]
pub(crate) struct Links<'d> {
    pub targets: Vec<Target>,
    pub occurrences: Vec<Occurrence<'d>>,
}

/// The links to check: all of them, or those on `only_lines` (1-based),
/// so that a pull request's check requests only what it touched.
pub(crate) fn collect<'d>(
    document: &'d Document<'_>,
    only_lines: Option<&HashSet<usize>>,
) -> Links<'d> {
    let mut links = Links::default();
    let mut index: HashMap<Target, usize> = HashMap::new();
    for table in &document.tables {
        for row in table.rows() {
            if only_lines
                .is_some_and(|lines| !lines.contains(&document.line_number(row.span().start)))
            {
                continue;
            }
            for link in row.links() {
                let Some(target) = classify(link.url) else {
                    continue;
                };
                let next = links.targets.len();
                let target = *index.entry(target.clone()).or_insert_with(|| {
                    links.targets.push(target);
                    next
                });
                let names_paper = matches!(
                    table.columns.get(link.cell).and_then(|c| c.role),
                    Some(Role::Title | Role::Paper)
                );
                links.occurrences.push(Occurrence {
                    target,
                    url: link.url,
                    span: link.span,
                    paper_title: names_paper.then(|| row_title(table, row)).flatten(),
                });
            }
        }
    }
    links
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::Knowledge;

    #[test]
    fn each_target_once_and_only_paper_tables() {
        let text = "\
| Paper Title | Conference | Code |
|---|---|---|
| [A](https://arxiv.org/abs/2010.00969v1) | CVPR 2021 | [Code](https://github.com/A/B) |
| [B](https://arxiv.org/pdf/2010.00969.pdf) | CVPR 2021 | [Code](https://github.com/a/b/) |

| Tool | Link |
|---|---|
| x | [y](https://example.org/not-a-paper-table) |
";
        let knowledge = Knowledge::builtin().unwrap();
        let document = crate::document::parse(text, &knowledge.columns);
        let links = collect(&document, None);
        assert_eq!(links.targets.len(), 2, "{:?}", links.targets);
        assert_eq!(links.occurrences.len(), 4);
        assert_eq!(links.occurrences[0].paper_title, Some("A"));
        assert_eq!(links.occurrences[1].paper_title, None, "a code link");
    }

    #[test]
    fn only_the_given_lines() {
        let text = "| Paper Title | Code |\n|---|---|\n| [A](https://arxiv.org/abs/2010.00969) | [Code](https://github.com/a/b) |\n| [B](https://arxiv.org/abs/2104.00597) | - |\n";
        let knowledge = Knowledge::builtin().unwrap();
        let document = crate::document::parse(text, &knowledge.columns);
        let line_4: HashSet<usize> = [4].into();
        let links = collect(&document, Some(&line_4));
        assert_eq!(links.occurrences.len(), 1);
        assert_eq!(links.occurrences[0].url, "https://arxiv.org/abs/2104.00597");
    }
}
