use super::{append_cells, Context, RowRef, Rule, RuleMeta};
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::knowledge::{VenueCell, YearCell};
use crate::profile::placeholders::YearFormat;

pub struct MissingYear;

use crate::registry::lint::MISSING_YEAR as META;

impl Rule for MissingYear {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let mut undated_style: Vec<Option<bool>> = vec![None; cx.document.tables.len()];
        for r in cx.rows() {
            let Some(fact) = &r.facts.year else { continue };
            if !r.is_paper(cx.knowledge) {
                continue;
            }
            if fact.value == YearCell::Placeholder {
                if let Some(d) = placeholder_year(cx, &r, fact.column()) {
                    out.push(d);
                }
                continue;
            }
            if fact.value != YearCell::Empty
                || continues_the_row_above(cx, &r)
                || under_a_to_do_heading(cx, &r)
            {
                continue;
            }
            let table_profile = cx.profile.tables.get(r.table_index);
            // A year written once over its rows, as a merged cell: the
            // empty cell is the year above.
            let written = r.row.cell(fact.column()).is_some();
            if written && table_profile.is_some_and(|t| t.year_groups) {
                continue;
            }
            if neither_venue_nor_year(&r, fact.column())
                && *undated_style[r.table_index]
                    .get_or_insert_with(|| leaves_unpublished_undated(cx, r.table_index))
            {
                continue;
            }
            let dated = cx
                .profile
                .tables
                .get(r.table_index)
                .and_then(|t| t.year_column)
                .is_some_and(|c| c.format == Some(YearFormat::Dated));
            // A column of month or day dates left empty, in a row with no
            // preprint to date and whose venue cell gives the year: nothing
            // is lost, and a bare year would not fit the column.
            if dated && r.facts.arxiv.is_none() && names_venue_year(cx, &r, fact.column()) {
                continue;
            }
            let header = &r.table.columns[fact.column()].header;
            let absent = r.row.cell(fact.column()).is_none();
            let message = if absent {
                format!("the row has no {header} cell")
            } else {
                format!("the {header} cell is empty")
            };
            let (fix, help) = match fill(&r).filter(|_| !dated) {
                Some((year, from_venue)) => {
                    let source = if from_venue {
                        "the venue's year"
                    } else {
                        "the year of the arXiv id"
                    };
                    let edit = fill_edit(&r, fact.column(), year);
                    let fix = edit.map(|e| {
                        if from_venue {
                            Fix::safe(vec![e])
                        } else {
                            Fix::unsafe_(vec![e])
                        }
                    });
                    (fix, format!("{header} := {year} ({source})"))
                }
                None if dated => match r.facts.arxiv.as_ref() {
                    Some(id) => (
                        None,
                        format!(
                            "write the date in the {header} cell (the arXiv id dates the preprint {} {})",
                            crate::knowledge::month_name(id.month()).unwrap_or("?"),
                            id.year()
                        ),
                    ),
                    None => (None, format!("write the date in the {header} cell")),
                },
                None => (None, format!("write the year in the {header} cell")),
            };
            out.push(
                Diagnostic::new(
                    META.name,
                    META.severity,
                    r.cell_span(fact.column()),
                    message,
                )
                .with_label(format!("{header} missing"))
                .with_help(help)
                .with_fix(fix),
            );
        }
    }
}

/// Whether the row leaves both its venue and its year cell empty (both
/// cells written, nothing in them).
fn neither_venue_nor_year(r: &RowRef<'_>, year_column: usize) -> bool {
    let Some(venue) = r.table.column(crate::document::Role::Venue) else {
        return false;
    };
    let blank = |c: usize| {
        r.row
            .cell(c)
            .is_some_and(|cell| cell.text().trim().is_empty())
    };
    // A proceedings or publisher link says the paper was published.
    let preprint_only = r.row.links().all(|l| {
        crate::knowledge::ids::paper_ids(l.url)
            .iter()
            .all(|id| matches!(id, crate::knowledge::ids::PaperId::Arxiv(_)))
    });
    blank(venue) && blank(year_column) && preprint_only
}

/// How many paper rows of one table leaving venue and year empty together
/// make that the table's way of writing a paper not yet published.
const UNDATED_STYLE_ROWS: usize = 3;

/// Whether the table leaves venue and year empty together in
/// [`UNDATED_STYLE_ROWS`] paper rows or more (nclabteam's `| DNGLinear |
/// MLP | | | | Bridging ... | [Arxiv](...) |`): its unpublished papers
/// carry no year by design. A row with a venue and no year is still reported.
fn leaves_unpublished_undated(cx: &Context<'_>, table_index: usize) -> bool {
    let table = &cx.document.tables[table_index];
    let Some(year) = table.column(crate::document::Role::Year) else {
        return false;
    };
    (0..table.row_count())
        .map(|row_index| cx.row((table_index, row_index)))
        .filter(|r| r.is_paper(cx.knowledge) && neither_venue_nor_year(r, year))
        .nth(UNDATED_STYLE_ROWS - 1)
        .is_some()
}

/// Whether the row names a venue with its year: in its venue cell, or,
/// where no column is known to hold venues (`Source`), in a cell other than
/// the year's that reads as one (`EMNLP 2025`).
fn names_venue_year(cx: &Context<'_>, r: &RowRef<'_>, year_column: usize) -> bool {
    // A venue nas-lint does not know gives its year all the same (`ISWC
    // 2023` among a list's `Ubicomp23` rows).
    let with_year = |cell: &VenueCell| match cell {
        VenueCell::Unknown { year, .. } => year.is_some(),
        other => other.mention().is_some_and(|m| m.year.is_some()),
    };
    if let Some(venue) = &r.facts.venue {
        return with_year(&venue.value);
    }
    (0..r.row.cell_count())
        .filter(|&c| c != year_column)
        .any(|c| {
            let cell = cx.knowledge.parse_venue(r.cell_text(c));
            cell.mention().is_some_and(|m| m.year.is_some())
        })
}

/// The year to fill in, and whether it comes from the venue (else from the arXiv id).
/// A placeholder (`-`, `N/A`, `TBD`) in a year column that gives the
/// venue's year and that the list otherwise fills, in a row whose venue
/// cell names the year: the year is known, only not written.
fn placeholder_year(cx: &Context<'_>, r: &RowRef<'_>, column: usize) -> Option<Diagnostic> {
    let year_column = cx.profile.tables.get(r.table_index)?.year_column?;
    if !cx.facts.tables[r.table_index].year_column_gives_venue_year
        || !year_column.normally_filled()
    {
        return None;
    }
    let venue = r.facts.venue.as_ref()?;
    let mention = venue.value.mention()?;
    let year = mention.year?;
    if !cx.knowledge.venues.venue(mention.venue).kind.is_reviewed() || venue.column() == column {
        return None;
    }
    let header = &r.table.columns[column].header;
    let written = r.cell_text(column).trim();
    let span = r.cell_span(column);
    // The list's own shape: a plain year is written as is; a dated column
    // needs a month nobody here knows.
    let (fix, help) = match year_column.format {
        Some(YearFormat::Year) => (
            r.cell_is_plain(column)
                .then(|| Fix::safe(vec![Edit::replace(span, year.to_string())])),
            format!("{header} := {year} (the venue's year)"),
        ),
        _ => (
            None,
            format!("write the date in the {header} cell (the venue says {year})"),
        ),
    };
    Some(
        Diagnostic::new(
            META.name,
            META.severity,
            span,
            format!("the {header} cell says `{written}`, but the venue gives the year {year}"),
        )
        .with_label(format!("{header} missing"))
        .with_help(help)
        .with_fix(fix)
        .with_related(
            r.cell_span(venue.column()),
            format!("the venue's year is {year}"),
        ),
    )
}

fn fill(r: &RowRef<'_>) -> Option<(i32, bool)> {
    if let Some(year) = r.facts.venue_year() {
        return Some((year, true));
    }
    r.facts.arxiv.as_ref().map(|id| (id.year(), false))
}

fn fill_edit(r: &RowRef<'_>, column: usize, year: i32) -> Option<Edit> {
    match r.row.outer_spans().get(column) {
        Some(&outer) => Some(Edit::replace(outer, format!(" {year} "))),
        // Only a row that stops right before the year cell can simply grow by it.
        None if column == r.row.cell_count() && column + 1 == r.table.columns.len() => {
            Some(append_cells(r.row, &[year.to_string()]))
        }
        None => None,
    }
}

/// A row whose title and venue cells are empty right below a paper row
/// (`| | | | 40.5 | 65.1 | [GraphRetro](...) |`) writes a second line of
/// that paper's row, as a merged cell would: its year is the row above's.
fn continues_the_row_above(cx: &Context<'_>, r: &RowRef<'_>) -> bool {
    use crate::document::Role;
    let empty = |role: Role| {
        r.table.column(role).is_none_or(|c| {
            r.row
                .cell(c)
                .is_none_or(|cell| cell.text().trim().is_empty())
        })
    };
    r.row_index > 0
        && r.table.column(Role::Title).is_some()
        && empty(Role::Title)
        && empty(Role::Venue)
        && cx
            .row((r.table_index, r.row_index - 1))
            .is_paper(cx.knowledge)
}

/// Whether the row's table sits right under a heading of papers still to be
/// filed in (`## 👨🏫 TODO`): its empty cells are the work left.
fn under_a_to_do_heading(cx: &Context<'_>, r: &RowRef<'_>) -> bool {
    let Some(heading) = r.table.heading.and_then(|h| cx.document.headings.get(h)) else {
        return false;
    };
    cx.knowledge.columns.is_to_do_heading(&heading.text)
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn fires_on_a_missing_cell_and_fills_it_from_the_venue() {
        let text = seed_table("S", &["| [FNA](https://arxiv.org/abs/2001.02525) | ICLR 2020 | - | [Code](https://github.com/a/b) |"]);
        let found = check("missing-year", &text);
        assert_eq!(found.len(), 1);
        assert!(found[0].is_safe_fixable());
        assert!(apply_fix(&text, &found[0]).contains("[Code](https://github.com/a/b) | 2020 |\n"));
    }

    #[test]
    fn quiet_in_a_section_of_papers_still_to_file() {
        // Geeks-Z/Class-Incremental-Learning: `## 👨🏫  TODO` holds a paper
        // whose venue, year and type are still to be looked up.
        let table = |heading: &str| {
            format!(
                "## {heading}\n\n| Title | Venue | Year | Type |\n|---|---|---|---|\n\
                 | [Revisiting Class-Incremental Learning with Pre-Trained Models](https://arxiv.org/pdf/2303.07338) | | | |\n"
            )
        };
        for heading in ["👨🏫  TODO", "To do", "To be added"] {
            assert!(
                lines("missing-year", &table(heading)).is_empty(),
                "{heading}"
            );
        }
        // A word of the heading is not the heading (`TODO lists`, a topic).
        assert_eq!(lines("missing-year", &table("Papers")), [5]);
        assert_eq!(lines("missing-year", &table("TODO lists for agents")), [5]);
    }

    #[test]
    fn quiet_on_a_second_line_of_the_row_above() {
        // A results table writes a paper's second result on a row of its
        // own, its title, venue and year cells left empty like a merged cell.
        let header = "| Paper | Year | Journal | Top-1 | Source |\n|---|---|---|---|---|\n";
        let text = table_of(
            header,
            &[
                "| [Dual-view Molecule Pre-training](https://arxiv.org/abs/2106.10234) | 2021 | arXiv | 46.1 | [DMP-T](https://arxiv.org/abs/2106.10234) |",
                "| | | | 54.2 | [DMP-GNN](https://arxiv.org/abs/2106.10234) |",
            ],
        );
        assert!(lines("missing-year", &text).is_empty());
        // Under no paper row, or naming a venue, it is a row of its own.
        let text = table_of(
            header,
            &["| | | | 54.2 | [DMP-GNN](https://arxiv.org/abs/2106.10234) |"],
        );
        assert_eq!(lines("missing-year", &text), [3]);
        let text = table_of(
            header,
            &[
                "| [Dual-view Molecule Pre-training](https://arxiv.org/abs/2106.10234) | 2021 | arXiv | 46.1 | - |",
                "| | | ICLR | 54.2 | [Code](https://github.com/a/b) |",
            ],
        );
        assert_eq!(lines("missing-year", &text), [4]);
    }

    #[test]
    fn quiet_on_a_one_cell_label_that_groups_rows() {
        let text = seed_table(
            "S",
            &[
                "| _Vision-Language-Action Models_ |",
                "| [FNA](https://arxiv.org/abs/2001.02525) | ICLR 2020 | - | [Code](https://github.com/a/b) | 2020 |",
            ],
        );
        assert_eq!(lines("missing-year", &text), Vec::<usize>::new());
        // A one-cell row that links a paper is a paper row with cells missing.
        let text = seed_table("S", &["| [FNA](https://arxiv.org/abs/2001.02525) |"]);
        assert_eq!(lines("missing-year", &text), vec![5]);
    }

    #[test]
    fn a_table_that_leaves_venue_and_year_empty_together_keeps_its_preprints_undated() {
        // nclabteam's model table: published rows give both, preprints
        // neither; a row with a venue and no year is still a slip.
        let header = "| Name | Venue | Year | Paper |\n|---|---|---|---|\n";
        let published = "| A | AAAI | 2023 | [Arxiv](https://arxiv.org/abs/2205.13504) |";
        let preprint =
            |i: usize| format!("| P{i} |  |  | [Arxiv](https://arxiv.org/abs/2501.0108{i}) |");
        let slip = "| S | ICML |  | [Arxiv](https://arxiv.org/abs/2301.00001) |";
        let rows: Vec<String> = (1..=3).map(preprint).collect();
        let mut all: Vec<&str> = vec![published, slip];
        all.extend(rows.iter().map(String::as_str));
        assert_eq!(lines("missing-year", &table_of(header, &all)), [4]);
        // A row whose link is a publisher's page was published: its year is missing.
        let page = "| Q |  |  | [IEEE](https://ieeexplore.ieee.org/document/10650961) |";
        let mut with_page = all.clone();
        with_page.push(page);
        assert_eq!(lines("missing-year", &table_of(header, &with_page)), [4, 8]);
        // Two such rows are too few to call a habit.
        let few = [published, slip, rows[0].as_str(), rows[1].as_str()];
        assert_eq!(lines("missing-year", &table_of(header, &few)).len(), 3);
    }

    #[test]
    fn fires_on_an_empty_cell_with_an_unsafe_fix_from_the_arxiv_id() {
        let text = seed_table("S", &["| [A](https://arxiv.org/abs/2007.02749) | - | - | [Code](https://github.com/a/b) |  |"]);
        let found = check("missing-year", &text);
        assert_eq!(found.len(), 1);
        assert!(!found[0].is_safe_fixable());
        assert!(apply_fix(&text, &found[0]).contains("| 2020 |\n"));
    }

    #[test]
    fn reads_the_venue_from_a_swapped_cell() {
        let text = seed_table("S", &["| [A](https://arxiv.org/abs/2003.11818) |  - |CVPR 2020* | [Code](https://github.com/a/b) |"]);
        let found = check("missing-year", &text);
        assert!(apply_fix(&text, &found[0]).ends_with("| 2020 |\n"));
    }

    fn year_table(last: &str, years: &[&str]) -> String {
        let mut rows: Vec<String> = years
            .iter()
            .enumerate()
            .map(|(i, y)| format!("| [P{i}](https://example.com/{i}) | CVPR {y} | - | [Code](https://github.com/a/{i}) | {y} |"))
            .collect();
        rows.push(last.to_string());
        seed_table("S", &rows.iter().map(String::as_str).collect::<Vec<_>>())
    }

    #[test]
    fn fires_on_a_placeholder_where_the_venue_gives_the_year() {
        for placeholder in ["-", "N/A", "TBD", "—"] {
            let row = format!("| [X](https://example.com/x) | ECCV 2022 | - | [Code](https://github.com/a/x) | {placeholder} |");
            let text = year_table(&row, &["2019", "2020", "2021", "2022", "2023"]);
            let found = check("missing-year", &text);
            assert_eq!(found.len(), 1, "{placeholder}");
            assert!(found[0].is_safe_fixable());
            let fixed = apply_fix(&text, &found[0]);
            assert!(fixed.ends_with("| ECCV 2022 | - | [Code](https://github.com/a/x) | 2022 |\n"));
            assert_eq!(fixed.len(), text.len() - placeholder.len() + 4);
        }
    }

    #[test]
    fn a_dated_column_gets_no_fix_it_cannot_write_in_the_list_s_format() {
        let mut text = String::from("| Title | Venue | Date |\n|---|---|---|\n");
        for (i, (v, d)) in [
            ("CVPR 2021", "2021-06"),
            ("ICCV 2021", "2021-10"),
            ("ECCV 2022", "2022-10"),
            ("CVPR 2022", "2022-06"),
            ("ICLR 2023", "2023-05"),
            ("ICML 2023", "-"),
        ]
        .iter()
        .enumerate()
        {
            text.push_str(&format!(
                "| [P{i}](https://example.com/{i}) | {v} | {d} |\n"
            ));
        }
        let found = check("missing-year", &text);
        assert_eq!(found.len(), 1);
        assert!(found[0].fix.is_none());
    }

    #[test]
    fn quiet_where_placeholders_are_the_column_s_habit_or_it_dates_preprints() {
        // Most Year cells are "-": the list does not keep years.
        let row =
            "| [X](https://example.com/x) | ECCV 2022 | - | [Code](https://github.com/a/x) | - |";
        let text = year_table(row, &["2019", "-", "-", "-", "-"]);
        assert!(lines("missing-year", &text).is_empty());
        // The Date column follows the arXiv ids, not the venues.
        let mut text = String::from("| Title | Venue | Date |\n|---|---|---|\n");
        for (i, (id, v, d)) in [
            ("1911.00001", "ECCV 2020", "2019-11"),
            ("2003.00002", "ICCV 2021", "2020-03"),
            ("2105.00003", "CVPR 2022", "2021-05"),
            ("2207.00004", "ECCV 2022", "2022-07"),
            ("2301.00005", "CVPR 2023", "2023-01"),
            ("2302.00006", "ICML 2023", "-"),
        ]
        .iter()
        .enumerate()
        {
            text.push_str(&format!(
                "| [P{i}](https://arxiv.org/abs/{id}) | {v} | {d} |\n"
            ));
        }
        assert!(lines("missing-year", &text).is_empty());
    }

    #[test]
    fn quiet_on_filled_and_placeholder_cells() {
        let text = seed_table(
            "S",
            &[
                "| [A](https://example.com/a) | ICLR 2020 | - | [Code](https://github.com/a/b) | 2020 |",
                "| [B](https://example.com/b) | - | - | [Code](https://github.com/a/c) | - |",
            ],
        );
        assert!(lines("missing-year", &text).is_empty());
    }

    #[test]
    fn an_empty_day_date_is_no_loss_where_the_venue_gives_the_year() {
        let mut text = String::from("| Paper | Venue | Date | Task |\n|---|---|---|---|\n");
        for i in 1..5 {
            text.push_str(&format!(
                "| [P{i}](https://arxiv.org/abs/2401.0000{i}) | ACL 2024 | 2024-01-1{i} | QA |\n"
            ));
        }
        // No preprint: the Date column (arXiv dates) is empty, the venue dates the paper.
        text.push_str("| [G](https://aclanthology.org/x) | EMNLP 2025 |  | QA |\n");
        assert!(lines("missing-year", &text).is_empty());
        // So where the venue stands in a column of unknown role (`Source`).
        let source = text.replace("| Venue |", "| Source |");
        assert!(lines("missing-year", &source).is_empty());
        // So for a venue nas-lint does not know (WILLOSCAR/Awesome-HCI-LLM's
        // `ISWC 2023` among its `Ubicomp23` rows).
        let unknown = text.replace("EMNLP 2025", "ISWC 2023");
        assert!(lines("missing-year", &unknown).is_empty());
        // A row that links its preprint has an arXiv date to write.
        let preprint = text.replace(
            "(https://aclanthology.org/x)",
            "(https://arxiv.org/abs/2506.04427)",
        );
        assert_eq!(lines("missing-year", &preprint), [7]);
        let found = check("missing-year", &preprint);
        let help = found[0].help.as_deref().unwrap_or("");
        assert!(help.contains("June 2025"), "{help}");
        // With no year anywhere else in the row, the empty date is still reported,
        // without a bare year written into a column of days.
        text.push_str("| [H](https://arxiv.org/abs/2502.00001) | arXiv |  | QA |\n");
        let found = check("missing-year", &text);
        assert_eq!(found.len(), 1);
        assert!(found[0].fix.is_none());
    }
}
