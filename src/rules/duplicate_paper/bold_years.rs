//! Year dividers written as bold lines, not headings: `**2023**` on a line
//! of its own, then that year's items (YutingHe-list's healthcare list
//! files each section's papers so). A paper under two such years of one
//! section is filed twice, as under two year headings.

use crate::document::Document;

/// The bold year lines of a document: where each starts, and its year.
pub(super) struct BoldYears {
    lines: Vec<(usize, i32)>,
}

impl BoldYears {
    pub(super) fn find(text: &str) -> Self {
        let mut lines: Vec<(usize, i32)> = ["**19", "**20"]
            .into_iter()
            .flat_map(|open| memchr::memmem::find_iter(text.as_bytes(), open))
            .filter_map(|at| bold_year_line(text, at))
            .collect();
        lines.sort_unstable();
        BoldYears { lines }
    }

    /// The year of the nearest bold year line above `at` in its section
    /// (after the heading above it).
    pub(super) fn year_above(&self, document: &Document<'_>, at: usize) -> Option<i32> {
        let section_start = document
            .heading_above(at)
            .map_or(0, |h| document.headings[h].span.end);
        let before = self.lines.partition_point(|&(start, _)| start < at);
        let &(start, year) = self.lines[..before].last()?;
        (start >= section_start).then_some(year)
    }

    /// Whether two items of one section sit under two bold years.
    pub(super) fn apart(&self, document: &Document<'_>, a: usize, b: usize) -> bool {
        document.heading_above(a) == document.heading_above(b)
            && matches!(
                (self.year_above(document, a), self.year_above(document, b)),
                (Some(x), Some(y)) if x != y
            )
    }
}

/// The year of the line at whose `**` `at` points, when that line holds
/// only a bold year (`**2023**`, spaces around it allowed).
fn bold_year_line(text: &str, at: usize) -> Option<(usize, i32)> {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let line = text[start..end].trim();
    let year = line.strip_prefix("**")?.strip_suffix("**")?;
    let only_spaces_before = text[start..at].trim().is_empty();
    (only_spaces_before && year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()))
        .then(|| Some((start, year.parse().ok()?)))
        .flatten()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_line_of_a_bold_year_alone_is_a_divider() {
        let text = "## A\n\n**2023**\n- x **2022** y\n  **2021**  \n**2020 papers**\n";
        let found: Vec<i32> = super::BoldYears::find(text)
            .lines
            .iter()
            .map(|&(_, y)| y)
            .collect();
        assert_eq!(found, [2023, 2021]);
    }
}
