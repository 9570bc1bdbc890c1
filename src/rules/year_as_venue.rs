use super::{Context, Rule, RuleMeta};
use crate::diagnostic::Diagnostic;
use crate::knowledge::VenueCell;

pub struct YearAsVenue;

use crate::registry::lint::YEAR_AS_VENUE as META;

impl Rule for YearAsVenue {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        if years_mark_the_preprints(cx) {
            return;
        }
        let dates_by_convention = columns_of_dates(cx);
        for r in cx.rows() {
            let Some(fact) = &r.facts.venue else { continue };
            let VenueCell::YearOnly(year) = fact.value else {
                continue;
            };
            // A column read as the venue column by its cells, under another
            // header (`Info`): its year-only cells are how the list writes
            // a paper without a venue, not a venue lost.
            if r.table.column(crate::document::Role::Venue) != Some(fact.column()) {
                continue;
            }
            // A "Publication" column the list fills with dates (`Nov
            // 2016`, `2018`): the year is what the column holds. So does a
            // column whose header names the year too (`Venue / Year`).
            let header = r.table.columns[fact.column()].header.to_lowercase();
            if dates_by_convention[r.table_index]
                || header.contains("year")
                || header.contains("年份")
            {
                continue;
            }
            // `[Claude Code](...) \[Blog\] | 2025`: the entry says it is a
            // blog post, docs or a repository, which have no venue.
            if names_a_channel(cx, &r) {
                continue;
            }
            // `2025 OpenReview`, `2024 Under review`: the list's word for
            // "not published" with the year of submission, not a year alone.
            let rest = r.cell_text(fact.column()).replace(&year.to_string(), " ");
            let rest = rest.trim_matches(|c: char| !c.is_alphanumeric());
            if !rest.is_empty() && cx.knowledge.is_placeholder(rest) {
                continue;
            }
            let header = &r.table.columns[fact.column()].header;
            out.push(
                Diagnostic::new(
                    META.name,
                    META.severity,
                    r.cell_span(fact.column()),
                    format!("the {header} cell holds only the year {year}"),
                )
                .with_label("a year, not a venue")
                .with_help("write the venue with its year, or `-` if the paper is not published"),
            );
        }
    }
}

/// Whether the row's title cell labels the entry with a release channel in
/// brackets, as plain text: `\\[Blog\\]`, `[Docs]`, `(GitHub)` (the
/// `entry_channels` of rules/columns.toml). A link's text (`[[GitHub](...)]`
/// beside a paper's title) labels a link, not the entry; and a title that
/// links a paper names a paper, whatever else the cell says.
fn names_a_channel(cx: &Context<'_>, r: &crate::rules::RowRef<'_>) -> bool {
    let Some(column) = r.table.column(crate::document::Role::Title) else {
        return false;
    };
    let Some(cell) = r.cell(column) else {
        return false;
    };
    if cell
        .links()
        .any(|l| !crate::knowledge::ids::paper_ids(l.url).is_empty())
    {
        return false;
    }
    let channels = &cx.knowledge.columns.citing.entry_channels;
    plain_bracketed_labels(cell.raw()).any(|label| {
        cx.knowledge.parse_venue(label).mention().is_some_and(|m| {
            let venue = cx.knowledge.venues.venue(m.venue);
            channels.iter().any(|c| c.eq_ignore_ascii_case(&venue.name))
        })
    })
}

/// The texts in brackets or parentheses of a raw cell that are not a
/// link's text or target: `[Blog]` but not `[Blog](url)` or `[x](Blog)`.
fn plain_bracketed_labels(raw: &str) -> impl Iterator<Item = &str> {
    let bytes = raw.as_bytes();
    let mut labels = Vec::new();
    let mut at = 0;
    while let Some(open) = raw[at..].find(['[', '(']).map(|i| at + i) {
        let close = if bytes[open] == b'[' { ']' } else { ')' };
        let Some(end) = raw[open + 1..].find(close).map(|i| open + 1 + i) else {
            break;
        };
        let label = raw[open + 1..end].trim_matches(|c: char| c == '\\' || c.is_whitespace());
        let a_link_text = close == ']' && bytes.get(end + 1) == Some(&b'(');
        let a_link_target = bytes[open] == b'(' && open > 0 && bytes[open - 1] == b']';
        if !a_link_text && !a_link_target && !label.is_empty() && label.len() <= 20 {
            labels.push(label);
        }
        at = open + 1;
    }
    labels.into_iter()
}

/// A venue cell holding a year alone or a month with its year (`Nov 2016`),
/// not a venue nas-lint does not know (`ICADL 2021`).
fn is_a_date(r: &crate::rules::RowRef<'_>, fact: &crate::facts::CellFact<VenueCell>) -> bool {
    match fact.value {
        VenueCell::YearOnly(_) => true,
        VenueCell::Unknown {
            name_range: (from, to),
            year: Some(_),
        } => r
            .cell_text(fact.column())
            .get(from as usize..to as usize)
            .is_some_and(crate::knowledge::names_a_month),
        _ => false,
    }
}

/// A list that gives its preprints their year alone, in three rows or more
/// (most of them linking arXiv), and never writes `arXiv` or `Preprint` in
/// a venue cell: the year is its way of saying "preprint" (`SubFlow ... |
/// 2026 | [Paper](arXiv)` beside `ICLR 2025`), not a venue lost. Year-only
/// cells on published papers (`2014` on an LREC paper's Anthology link)
/// are still reported.
fn years_mark_the_preprints(cx: &Context<'_>) -> bool {
    let (mut years, mut on_arxiv, mut preprints) = (0, 0, 0);
    for r in cx.rows() {
        let Some(fact) = &r.facts.venue else { continue };
        if r.table.column(crate::document::Role::Venue) != Some(fact.column()) {
            continue;
        }
        match &fact.value {
            VenueCell::YearOnly(_) => {
                years += 1;
                on_arxiv += usize::from(r.facts.arxiv.is_some());
            }
            value => {
                let preprint = value.mention().is_some_and(|m| {
                    cx.knowledge.venues.venue(m.venue).kind == crate::knowledge::VenueKind::Preprint
                });
                preprints += usize::from(preprint);
            }
        }
    }
    years >= YEARS_FOR_A_CONVENTION && preprints == 0 && 3 * on_arxiv >= 2 * years
}

/// Year-only venue cells from which they are the list's convention.
const YEARS_FOR_A_CONVENTION: usize = 3;

/// Per table: whether its venue column holds years or dates in more than
/// half of its filled cells, so that a year alone is its convention, not a
/// venue lost. A table of fewer than three filled cells is judged by the
/// list's venue columns together.
fn columns_of_dates(cx: &Context<'_>) -> Vec<bool> {
    let counts: Vec<(usize, usize)> = (0..cx.document.tables.len())
        .map(|t| {
            let column = cx.document.tables[t].column(crate::document::Role::Venue);
            cx.table_rows(t)
                .filter_map(|r| Some((r.facts.venue.as_ref()?, r)))
                .filter(|(v, _)| Some(v.column()) == column && v.value != VenueCell::Placeholder)
                .fold((0, 0), |(dates, filled), (v, r)| {
                    (dates + usize::from(is_a_date(&r, v)), filled + 1)
                })
        })
        .collect();
    let list = counts.iter().fold((0, 0), |a, c| (a.0 + c.0, a.1 + c.1));
    counts
        .iter()
        .map(|&own| {
            let (dates, filled) = if own.1 >= 3 { own } else { list };
            dates * 2 > filled
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    fn table(venue: &str) -> String {
        // The column holds venues in its other rows.
        seed_table(
            "S",
            &[
                &format!("| [A](https://arxiv.org/abs/2007.09180) | {venue} | - | [Code](https://github.com/a/b) | 2020 |"),
                "| [B](https://arxiv.org/abs/2007.09181) | CVPR 2021 | - | - | 2021 |",
                "| [C](https://arxiv.org/abs/2007.09182) | ICLR 2022 | - | - | 2022 |",
            ],
        )
    }

    #[test]
    fn a_list_that_marks_its_preprints_by_their_year_alone_is_quiet() {
        // ustcchx/Awesome-One-Step-Generation: `2026` beside `ICLR 2025`.
        let header = "| Date | Title | Venue | Paper |\n|---|---|---|---|\n";
        let row = |i: usize, venue: &str, link: &str| {
            format!("| 2025.0{i} | Paper number {i} | {venue} | [Paper]({link}{i}) |")
        };
        let list = |venue_of_last: &str, link: &str| {
            let rows = [
                row(1, "2026", link),
                row(2, "2025", link),
                row(3, "2024", link),
                row(4, "ICLR 2025", "https://arxiv.org/abs/2501.0000"),
                row(5, "CVPR 2025", "https://arxiv.org/abs/2501.0000"),
                row(6, "ICML 2025", "https://arxiv.org/abs/2501.0000"),
                row(7, "ECCV 2024", "https://arxiv.org/abs/2501.0000"),
                row(8, venue_of_last, "https://arxiv.org/abs/2501.0000"),
            ];
            table_of(header, &rows.iter().map(String::as_str).collect::<Vec<_>>())
        };
        let arxiv = "https://arxiv.org/abs/2501.0000";
        assert!(lines("year-as-venue", &list("CVPR 2025", arxiv)).is_empty());
        // A list that writes `arXiv` for its preprints lost these venues.
        assert_eq!(
            lines("year-as-venue", &list("arXiv 2025", arxiv)),
            [3, 4, 5]
        );
        // So did published papers given their year alone.
        let anthology = "https://aclanthology.org/L14-100";
        assert_eq!(
            lines("year-as-venue", &list("CVPR 2025", anthology)),
            [3, 4, 5]
        );
    }

    #[test]
    fn quiet_on_an_entry_labelled_as_a_blog_post_docs_or_a_repository() {
        let header = "| Paper | Venue |\n|---|---|\n";
        let rows = [
            "| [Claude Code](wiki/claude-code.md) \\[Blog\\] | 2025 |",
            "| [Model Context Protocol](wiki/mcp.md) [Docs] | 2024 |",
            "| [A Paper on Agents](https://arxiv.org/abs/2501.00001) | ICLR 2025 |",
            "| [Another Paper on Agents](https://arxiv.org/abs/2502.00001) | 2025 |",
            "| [A Third Paper on Agents](https://arxiv.org/abs/2503.00001) | NeurIPS 2025 |",
            "| [A Fourth Paper on Agents](https://arxiv.org/abs/2504.00001) | ICML 2025 |",
        ];
        assert_eq!(lines("year-as-venue", &table_of(header, &rows)), [6]);
        // `(GitHub)` too; but a link labelled GitHub beside a paper's title
        // labels the link, and a title linking a paper names a paper.
        let rows = [
            "| Agent Toolkit (GitHub) | 2025 |",
            "| Another Paper on Agents [[GitHub](https://github.com/a/b)] | 2024 |",
            "| [A Third Paper](https://arxiv.org/abs/2503.00001) [Blog] | 2024 |",
            "| [A Paper on Agents](https://arxiv.org/abs/2501.00001) | ICLR 2025 |",
            "| [A Fourth Paper](https://arxiv.org/abs/2504.00001) | ICML 2025 |",
            "| [A Fifth Paper](https://arxiv.org/abs/2505.00001) | NeurIPS 2025 |",
            "| [A Sixth Paper](https://arxiv.org/abs/2506.00001) | CVPR 2025 |",
        ];
        assert_eq!(lines("year-as-venue", &table_of(header, &rows)), [4, 5]);
    }

    #[test]
    fn quiet_where_the_column_holds_dates_by_convention() {
        // As a list headed `Abbr. | Paper Title | Publication | Link`
        // writes each paper's date: years, and a month with its year.
        let mut text = String::from("| Paper Title | Publication | Link |\n|---|---|---|\n");
        for (i, date) in ["nov 2016", "2018", "2019", "2019"].iter().enumerate() {
            text.push_str(&format!(
                "| Paper number {i} | {date} | [link](https://arxiv.org/abs/1911.0000{i}) |\n"
            ));
        }
        assert!(lines("year-as-venue", &text).is_empty());
        // One year among venues is the venue lost.
        let text = text.replacen("| nov 2016 |", "| CVPR 2016 |", 1).replacen(
            "| 2019 |",
            "| ICCV 2019 |",
            1,
        );
        assert_eq!(lines("year-as-venue", &text), [4, 6]);
    }

    #[test]
    fn fires_on_a_bare_year() {
        assert_eq!(lines("year-as-venue", &table("2020")), [5]);
        assert_eq!(lines("year-as-venue", &table("**2020**")), [5]);
    }

    #[test]
    fn quiet_in_a_column_read_as_venues_by_its_cells() {
        // As awesome-neural-physics writes its `Info` column: venues with
        // their years, and the year alone for papers without one.
        let mut text = String::from("| Title | Info | Link |\n|---|---|---|\n");
        for (title, info) in [
            ("A", "ICLR 2023"),
            ("B", "NeurIPS 2022"),
            ("C", "CVPR 2021"),
            ("D", "2020"),
            ("E", "ICML 2024"),
        ] {
            text.push_str(&format!(
                "| **{title} paper title** | {info} | [Link](https://example.org/{title}) |\n"
            ));
        }
        assert!(lines("year-as-venue", &text).is_empty());
        // Under a Venue header the same cell is reported; under `Venue /
        // Year` it is what the column holds.
        let text = text.replace("| Title | Info |", "| Title | Venue |");
        assert_eq!(lines("year-as-venue", &text), [6]);
        let both = text.replace("| Title | Venue |", "| Title | Venue / Year |");
        assert!(lines("year-as-venue", &both).is_empty());
    }

    #[test]
    fn a_venue_and_year_column_is_read_as_venues() {
        // seewoo5's AI-for-math list: no other known header, so the table
        // is read only through `Venue & Year`; a bare year is what it holds.
        let text = "| Title | Subject(s) | Venue & Year | Links & Resources |\n|---|---|---|---|\n\
            | **[A Machine Learning Approach That Beats Large Rubik's Cubes](https://arxiv.org/abs/2502.13266)** | Group Theory | arXiv 2025 | - |\n\
            | **[Solving olympiad geometry without human demonstrations](https://doi.org/10.1038/s41586-023-06747-5)** | Geometry | 2024 | - |\n\
            | **[Learning to Prove Theorems](https://arxiv.org/abs/1905.09381)** | Logic | ILCR 2019 | - |\n";
        assert!(lines("year-as-venue", text).is_empty());
        assert_eq!(lines("venue-typo", text), [5]);
    }

    #[test]
    fn quiet_on_venues_with_years_and_placeholders() {
        for venue in ["ECCV 2020", "-", "arXiv 2020", "TPAMI2022", "2020 ECCV"] {
            assert!(lines("year-as-venue", &table(venue)).is_empty(), "{venue}");
        }
    }

    #[test]
    fn quiet_on_a_venue_named_after_its_year() {
        // A venue whose name starts with its year is a venue, known or not.
        let venue = "2022 Conference on Cognitive Computational Neuroscience";
        assert!(lines("year-as-venue", &table(venue)).is_empty());
        // A year with a marker or a stray letter is still the year alone.
        // With the list's word for "not published" it is that word.
        for venue in ["**2025 OpenReview**", "2024 Under review", "2024 - TBD"] {
            assert!(lines("year-as-venue", &table(venue)).is_empty(), "{venue}");
        }
        for venue in ["2020 (Oral)", "2020 *", "2020 a"] {
            assert_eq!(lines("year-as-venue", &table(venue)), [5], "{venue}");
        }
    }
}
