//! Which table rows name a paper. Every rule that judges a row as a paper
//! (its year, its shape, its copies) asks this first.

use super::RowRef;
use crate::document::Role;
use crate::knowledge::Knowledge;

impl RowRef<'_> {
    /// Whether the row names a paper. Not a paper: a group label
    /// (`| _VLA Models_ |`), or a row with no link whose title cell (every
    /// cell, in a table without a title column) is empty or a placeholder:
    /// a row kept for papers to come (`|   |   |   |`, `| - | - | - |`).
    pub fn is_paper(&self, knowledge: &Knowledge) -> bool {
        if self.is_group_label()
            || self.repeats_the_header()
            || self.ends_a_broken_row()
            || self.counts_the_rows(knowledge)
        {
            return false;
        }
        // `([Back](#Contents))` on the line after a table: GitHub makes it a
        // row of one cell, a way back to the contents, no paper.
        let mut links = self.row.links().peekable();
        if self.row.cell_count() == 1
            && links.peek().is_some()
            && links.all(|l| l.url.starts_with('#'))
        {
            return false;
        }
        // A link to somewhere makes a paper; a row of empty links
        // (`|[]()||||[Official]()|`, a template kept for the next paper)
        // is one only if its title says something.
        if self
            .row
            .links()
            .any(|l| !crate::knowledge::text::trim(l.url).is_empty())
        {
            return true;
        }

        // An empty link (`[]()`) shows as written.
        let blank = |column: usize| {
            self.row
                .cell(column)
                .is_none_or(|c| knowledge.is_placeholder(&c.text().replace("[]()", "")))
        };
        match self.table.column(Role::Title) {
            Some(title) => !blank(title),
            None => !(0..self.row.cell_count().max(1)).all(blank),
        }
    }
}

impl RowRef<'_> {
    /// A row that writes its header again (`| # | Title | Authors | Announced |`
    /// left under a generated table's last paper): half of its cells or more, at
    /// least two, are their column's header, as written or numbered as a
    /// template's (`| Year | Pub | Title1 | Framework |`); an image whose alt
    /// text names its column, `![cover](...)` under Cover, is data.
    fn repeats_the_header(&self) -> bool {
        // `**Year**` under a bold header `**Year**` too.
        fn bare(text: &str) -> &str {
            crate::knowledge::text::trim(text)
                .trim_matches(|c| c == '*' || c == '_')
                .trim()
        }
        let same = |column: usize| {
            let header = self.table.columns.get(column).map(|c| bare(&c.header));
            let cell = self.row.cell(column).map(|c| bare(c.raw()));
            matches!((header, cell), (Some(h), Some(c)) if !h.is_empty() && says_header(h, c))
        };
        // A template's numbered copy (`Title1`, `Title2`) says it too.
        fn says_header(header: &str, cell: &str) -> bool {
            let unnumbered = cell.trim_end_matches(|c: char| c.is_ascii_digit());
            cell.len() - unnumbered.len() <= 2 && header.eq_ignore_ascii_case(unnumbered)
        }
        // A paper's row may name its input and output like the header
        // does; its title cell never says `Title`.
        if self.table.column(Role::Title).is_some_and(|t| !same(t)) {
            return false;
        }
        let cells = self.row.cell_count();
        let repeated = (0..cells).filter(|&c| same(c)).count();
        repeated >= 2 && repeated * 2 >= cells
    }
}

impl RowRef<'_> {
    /// A row of counts in a table of marks (`| count | 179 | 34 | 29 | |`):
    /// its first or title cell a tally label, every other cell a number or
    /// empty, no link.
    fn counts_the_rows(&self, knowledge: &Knowledge) -> bool {
        let label = self.table.column(Role::Title).unwrap_or(0);
        let is_a_count = |text: &str| {
            let text = crate::knowledge::text::trim(text);
            // A dash where a column counts nothing (`| Sum | 3 | - |`).
            matches!(text, "" | "-" | "–" | "—")
                || text.bytes().all(|b| b.is_ascii_digit() || b == b',')
        };
        self.row.links().next().is_none()
            && self
                .row
                .cell(label)
                .is_some_and(|c| knowledge.columns.is_tally_label(c.text()))
            && (0..self.row.cell_count())
                .filter(|&column| column != label)
                .all(|column| self.row.cell(column).is_none_or(|c| is_a_count(c.text())))
    }

    /// The second line of a row broken by a line break inside a cell
    /// (`|[Thought Crime ...](...)|arxiv|06/16, 2025|Training-time` then
    /// `data poisoning|[Huggingface](...)|`): the line above stops short
    /// without a closing pipe, this one starts without a pipe, and the two
    /// together hold no more cells than the header. Table-shape reports the
    /// first line; the second is no paper of its own.
    fn ends_a_broken_row(&self) -> bool {
        if self.row_index == 0 {
            return false;
        }
        let above = self.table.row(self.row_index - 1);
        let header = self.table.columns.len();
        let starts_with_pipe = |row: crate::document::Row<'_, '_>| {
            self.text[row.span().start..].trim_start().starts_with('|')
        };
        // In a table written without outer pipes every row looks so.
        starts_with_pipe(above)
            && !starts_with_pipe(self.row)
            && !above.has_trailing_pipe()
            && above.cell_count() < header
            && above.cell_count() + self.row.cell_count() <= header + 1
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const HEADER: &str = "| Title | Venue | Year | Code |\n|---|---|---|---|\n";

    #[test]
    fn a_row_of_counts_is_no_paper() {
        // 545659928/LLM4SAS: a count of each column's marks above the
        // papers; its empty Release cell is no missing year.
        let table = "| Title | Monitor | Note | Release |\n|---|---|---|---|\n\
                     | count | 179 | 34 | |\n\
                     | Openagi: When LLM meets domain experts | 2 | | 2023 |\n";
        assert!(lines("missing-year", table).is_empty());
        let dashed = table.replace("| count | 179 | 34 | |", "| **Sum** | 1,179 | - | |");
        assert!(lines("missing-year", &dashed).is_empty());
        // A count with a link is a row of something else.
        let linked = table.replace("| count | 179 |", "| count | [179](https://example.org) |");
        assert_eq!(lines("missing-year", &linked), [3]);
        // A paper whose title is a word like it still is one.
        let paper = table.replace("| count | 179 | 34 |", "| Count | Sketch counting | |");
        assert_eq!(lines("missing-year", &paper), [3]);
    }

    #[test]
    fn rows_kept_for_papers_to_come_are_not_papers() {
        // Empty and placeholder rows at the end of a table, as in
        // Geeks-Z/Class-Incremental-Learning's TODO table: no rule reads
        // them as a paper without a year, of the wrong shape or repeated.
        let text = format!(
            "{HEADER}| [A](https://arxiv.org/abs/2101.00001) | CVPR | 2021 | [Code](https://github.com/a/b) |\n\
             |      |       |      |      |\n\
             |      |       |      |      |\n\
             | - | - | - | - |\n\
             | - | - | - | - |\n\
             | N/A | |\n\
             | TBD | - | - | - | - |\n\
             |[]()||||\n\
             |[]()|||[Official]()|\n"
        );
        for rule in [
            "missing-year",
            "table-shape",
            "duplicate-paper",
            "invalid-year",
            "malformed-link",
        ] {
            assert!(
                lines(rule, &text).is_empty(),
                "{rule}: {:?}",
                lines(rule, &text)
            );
        }
    }

    #[test]
    fn a_rule_of_dashes_beside_an_emphasized_label_groups_rows() {
        let text = format!(
            "{HEADER}|---------|__In combination with classification__||\n\
             |---------| **Multimodal** |\n\
             | [A](https://arxiv.org/abs/2101.00001) | CVPR | 2021 | |\n"
        );
        for rule in ["table-shape", "missing-year"] {
            assert!(lines(rule, &text).is_empty(), "{rule}");
        }
        // A year alone in its row heads that year's rows (stevelaskaridis/
        // awesome-mobile-llm).
        let text = format!("{HEADER}| **2025** | | | |\n| 2024 | | | |\n| [A](https://arxiv.org/abs/2101.00001) | CVPR | 2021 | |\n");
        assert!(lines("missing-year", &text).is_empty());
        // Emphasis without a rule beside it is a title in bold.
        let text = format!("{HEADER}| **Multimodal Learning** | CVPR | | |\n");
        assert_eq!(lines("missing-year", &text).len(), 1);
    }

    #[test]
    fn images_named_after_their_columns_are_no_copy_of_the_header() {
        // hustzxd/EfficientPaper: `![cover](...)` under Cover, a `Publish`
        // badge under Publish, `[note](...)` under Note.
        let header =
            "| Meta | Title | Cover | Publish | Code | Note |\n|---|---|---|---|---|---|\n";
        let row = |meta: &str| {
            format!(
                "| [X]({meta}) | [Sparse Iso-FLOP Transformations](https://arxiv.org/abs/2303.11525) \
                 | ![cover](c.png) | ![Publish](https://img.shields.io/badge/2024-ICML-F) \
                 | [code](https://github.com/a/b) | [note](n.md) |"
            )
        };
        let text = table_of(header, &[&row("a.txt"), &row("b.txt")]);
        assert_eq!(lines("duplicate-paper", &text).len(), 1);
    }

    #[test]
    fn a_copy_of_the_header_says_title_in_its_title_cell() {
        // A model's row may say `Input`, `Output` like its header.
        let header = "| Model | Input | Output | Code |\n|---|---|---|---|\n";
        let row = "| [Model B](https://arxiv.org/abs/2401.00002) | Input | Output | [code](https://github.com/a/b) |";
        assert_eq!(
            lines("duplicate-paper", &table_of(header, &[row, row])),
            [4]
        );
        // A bold header written again is a copy of it.
        let header = "| **Title** | **Venue** | **Year** |\n|---|---|---|\n";
        let rows = [
            "| [A](https://arxiv.org/abs/2401.00001) | ICLR | 2024 |",
            "| **Title** | **Venue** | **Year** |",
        ];
        assert!(lines("invalid-year", &table_of(header, &rows)).is_empty());
        // A template's numbered row (ModelTC/awesome-lm-system).
        let header = "| Year | Publisher | Title | Framework |\n|---|---|---|---|\n";
        let rows = [
            "| 2024 | ICLR | [A](https://arxiv.org/abs/2401.00001) | vLLM |",
            "| Year | Pub | Title1 | Framework |",
        ];
        assert!(lines("invalid-year", &table_of(header, &rows)).is_empty());
    }

    #[test]
    fn the_second_line_of_a_broken_row_is_no_paper() {
        let header = "| Title | Venue | Date | Category | Code |\n|---|---|---|---|---|\n";
        let broken = [
            "|[A Paper on Backdoors](https://arxiv.org/abs/2506.13206)|arxiv|2025-06-16|Training-time",
            "data poisoning|[Huggingface](https://huggingface.co/datasets/a/b)|",
        ];
        let text = table_of(header, &broken);
        assert_eq!(lines("table-shape", &text), [3]);
        for rule in ["missing-year", "invalid-year"] {
            assert!(
                lines(rule, &text).is_empty(),
                "{rule}: {:?}",
                lines(rule, &text)
            );
        }
        // A short row under a whole row is judged as usual.
        let whole = format!("{}|", broken[0]);
        let text = table_of(header, &[&whole, broken[1]]);
        assert_eq!(lines("missing-year", &text), [4]);
        // So are two short rows of a table written without outer pipes.
        let header = "Title | Venue | Year\n---|---|---\n";
        let rows = [
            "[A](https://arxiv.org/abs/1706.03762) | NeurIPS | 2017",
            "[B](https://arxiv.org/abs/1810.04805) | NAACL",
            "[C](https://arxiv.org/abs/1512.03385) | CVPR",
        ];
        assert_eq!(lines("missing-year", &table_of(header, &rows)), [4, 5]);
    }

    #[test]
    fn a_row_with_a_title_or_a_link_is_a_paper() {
        // The title alone, or a paper link without a title: still a paper
        // whose year is missing.
        let text = format!(
            "{HEADER}| Learning to Learn | CVPR | | |\n\
             | | CVPR | | [Code](https://github.com/a/b) |\n"
        );
        assert_eq!(lines("missing-year", &text).len(), 2);
    }
}
