//! An item's own paper links: the link its title names, and the links
//! labelled as the paper's beside it (`[[Paper]](openreview) [[arXiv]](arxiv)`,
//! `[[paper link](...)]`). A link named after something else may cite
//! another work (`built on [DDPM](...)`).

use super::ListEntry;
use crate::document::{Document, FragmentLink};
use crate::knowledge::ids::{paper_ids, PaperId};
use crate::knowledge::text::fold_spaces_and_case;
use crate::knowledge::Knowledge;

impl ListEntry {
    /// The ids of the item's own paper links: the title's, then the
    /// labelled ones (`paper_link_labels` in rules/columns.toml).
    pub fn own_paper_ids(&self, document: &Document<'_>, knowledge: &Knowledge) -> Vec<PaperId> {
        let mut ids = self.paper_ids();
        for link in self.labelled_paper_links(document, knowledge) {
            for id in paper_ids(&link.url) {
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        ids
    }

    /// The item's links labelled as the paper's, on the line that holds
    /// its links: the first line, or else the first line with a paper link
    /// (`*Authors.* [[pdf](...)]` under a bold title). A later line is a
    /// note's, and may cite another work by a label (`Baseline:
    /// [[arXiv]](...)`).
    pub fn labelled_paper_links<'d>(
        &self,
        document: &'d Document<'_>,
        knowledge: &'d Knowledge,
    ) -> impl Iterator<Item = &'d FragmentLink> {
        let text = document.text;
        let links = &document.prose_links;
        let first = links.partition_point(|l| l.span.start < self.span.start);
        let end = self.span.end;
        let within = links[first..].iter().take_while(move |l| l.span.end <= end);
        let line_end = |at: usize| text[at..].find('\n').map_or(text.len(), |n| at + n);
        let first_line_end = line_end(self.span.start);
        // Badges are links too, but name no paper.
        let links_line_end = within
            .clone()
            .find(|l| !paper_ids(&l.url).is_empty())
            .map_or(first_line_end, |l| {
                first_line_end.max(line_end(l.span.start))
            });
        let labels = &knowledge.columns.paper_link_labels;
        within
            .take_while(move |l| l.span.start < links_line_end)
            .filter(move |l| {
                let label =
                    fold_spaces_and_case(l.text.trim_matches(|c: char| !c.is_alphanumeric()));
                // `paper link`, `arxiv link`: a label and the word for it.
                let label = label.strip_suffix(" link").unwrap_or(&label);
                labels.iter().any(|known| known == label)
            })
    }
}
