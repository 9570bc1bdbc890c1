//! Tables that name their papers by a linked first column (`Method | Pub |
//! Date`, `[ReCo](https://arxiv.org/pdf/2506.22636)`): whether they list
//! papers is decided once the whole table is read.

use super::{Document, FragmentLink, OverflowRow, Role, Table};
use crate::knowledge::ids::paper_ids;

/// Fewer rows than this say too little to call the first column titles.
const MIN_ROWS: usize = 3;

impl Document<'_> {
    /// Keeps each pending table whose first column links a paper in most
    /// rows, with that column as its title column; drops the others, whose
    /// prose links and surplus cells then count as the document's.
    pub(super) fn settle_pending_titles(
        &mut self,
        prose: Vec<FragmentLink>,
        overflow: Vec<OverflowRow>,
    ) {
        if !self.tables.iter().any(|t| t.pending_title) {
            return;
        }
        let mut dropped = Vec::new();
        self.tables.retain_mut(|table| {
            if !table.pending_title {
                return true;
            }
            table.pending_title = false;
            if names_papers_by_link(table) {
                table.columns[0].role = Some(Role::Title);
                true
            } else {
                dropped.push(table.span);
                false
            }
        });
        let in_dropped = |start: usize| dropped.iter().any(|s| s.start <= start && start < s.end);
        let (before_prose, before_overflow) = (self.prose_links.len(), self.overflow_rows.len());
        self.prose_links
            .extend(prose.into_iter().filter(|l| in_dropped(l.span.start)));
        self.overflow_rows
            .extend(overflow.into_iter().filter(|r| in_dropped(r.span.start)));
        if self.prose_links.len() > before_prose {
            self.prose_links.sort_by_key(|l| l.span.start);
        }
        if self.overflow_rows.len() > before_overflow {
            self.overflow_rows.sort_by_key(|r| r.span.start);
        }
    }
}

/// Whether most rows' first cell links a paper (arXiv, OpenReview, a DOI,
/// a publisher's paper page).
fn names_papers_by_link(table: &Table<'_>) -> bool {
    let rows = table.row_count();
    let linked = table
        .rows()
        .filter(|row| {
            row.links()
                .any(|l| l.cell == 0 && !paper_ids(l.url).is_empty())
        })
        .count();
    rows >= MIN_ROWS && linked * 2 > rows
}

#[cfg(test)]
mod tests {
    use crate::document::{parse, Role};
    use crate::knowledge::Knowledge;

    fn method_table(cells: &[&str]) -> String {
        let mut text = String::from(
            "## Decoding\n\n| Method | Pub | Date | Methodology |\n|---|---|---|---|\n",
        );
        for (i, cell) in cells.iter().enumerate() {
            text.push_str(&format!(
                "| {cell} | arXiv'24 | 2024.5.{} | **Decoding**: a note. |\n",
                i + 1
            ));
        }
        text
    }

    #[test]
    fn a_linked_method_column_names_the_papers() {
        let text = method_table(&[
            "[ReCo](https://arxiv.org/pdf/2506.22636)",
            "[VCD](https://arxiv.org/pdf/2311.16922.pdf)",
            "[LURE](https://openreview.net/forum?id=oZDJKTlOUe)",
            "OPERA",
        ]);
        let columns = Knowledge::builtin().unwrap().columns;
        let document = parse(&text, &columns);
        assert_eq!(document.tables.len(), 1);
        let table = &document.tables[0];
        assert_eq!(table.column(Role::Title), Some(0));
        assert_eq!(table.row_count(), 4);
        // Its rows' links are the table's, not prose.
        assert!(document.prose_links.is_empty());
    }

    #[test]
    fn tables_whose_first_column_does_not_link_papers_stay_out() {
        let columns = Knowledge::builtin().unwrap().columns;
        // Products with their sites, a paper link in one row of three.
        let text = method_table(&[
            "[Sora](https://openai.com/sora)",
            "[Pika](https://pika.art)",
            "[VCD](https://arxiv.org/pdf/2311.16922.pdf) | x | y | z | surplus",
        ]);
        let document = parse(&text, &columns);
        assert!(document.tables.is_empty());
        // Their links and surplus cells are the document's, as for any
        // table that lists no papers.
        assert_eq!(document.prose_links.len(), 3);
        assert_eq!(document.overflow_rows.len(), 1);
        // Too few rows to tell.
        let text = method_table(&["[A](https://arxiv.org/abs/2311.16922)"; 2]);
        assert!(parse(&text, &columns).tables.is_empty());
        // No venue or date column beside it.
        let text = "| Method | Task |\n|---|---|\n".to_string()
            + &"| [A](https://arxiv.org/abs/2311.16922) | Gen |\n".repeat(3);
        assert!(parse(&text, &columns).tables.is_empty());
        // A benchmark table is not named by a method column.
        let text = method_table(&["[POPE](https://arxiv.org/pdf/2305.10355.pdf)"; 3])
            .replace("| Method |", "| Benchmark |");
        assert!(parse(&text, &columns).tables.is_empty());
    }

    #[test]
    fn one_arxiv_id_under_two_method_names_is_reported() {
        let text = method_table(&[
            "[ReCo](https://arxiv.org/pdf/2506.22636)",
            "[Preemptive Hallucination Reduction](https://arxiv.org/pdf/2506.22636)",
            "[VCD](https://arxiv.org/pdf/2311.16922.pdf)",
        ]);
        assert_eq!(
            crate::rules::testing::lines("shared-paper-link", &text),
            [6]
        );
    }
}
