use super::{append_cells, Context, RowRef, Rule, RuleMeta};
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::knowledge::{VenueCell, YearCell};
use crate::profile::placeholders::YearFormat;

mod venue_cells;

pub struct MissingYear;

use crate::registry::lint::MISSING_YEAR as META;

impl Rule for MissingYear {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let mut undated_style: Vec<Option<bool>> = vec![None; cx.document.tables.len()];
        let mut list_leaves_years_empty = None;
        for r in cx.rows() {
            let Some(fact) = &r.facts.year else { continue };
            if !cx.is_paper(&r) {
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
                || titles_its_project_page(&r)
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
            if written
                && undated_by_its_kind(&r)
                && *list_leaves_years_empty.get_or_insert_with(|| leaves_years_empty(cx))
            {
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
        venue_cells::venue_cells_without_year(cx, out);
    }
}

/// Whether the row's title links the page its project column links again
/// (`[Autonomous Vehicle Simulation](developer.nvidia.com/...)` beside
/// `[Project](...)` under `Project`, the same page), a web page that is no
/// code repository, and the row names no venue and no paper (no paper id
/// in its links, no arXiv id or DOI in its words): a product or a tool
/// listed among papers, with no year to give.
fn titles_its_project_page(r: &RowRef<'_>) -> bool {
    let Some(title_column) = r.table.column(crate::document::Role::Title) else {
        return false;
    };
    let Some(title_link) = r.row.cell(title_column).and_then(|c| c.links().next()) else {
        return false;
    };
    let page = title_link.url.trim().trim_end_matches('/');
    let web_page = page.starts_with("http") && !CODE_HOSTS.iter().any(|host| page.contains(host));
    let names_a_venue = r
        .facts
        .venue
        .as_ref()
        .is_some_and(|v| !matches!(v.value, VenueCell::Placeholder));
    let names_a_paper = r.row.cells().any(|cell| {
        let words = cell.raw().to_ascii_lowercase();
        words.contains("arxiv") || words.contains("doi")
    }) || r
        .row
        .links()
        .any(|l| !crate::knowledge::ids::paper_ids(l.url).is_empty());
    // A row may hold more cells than its header names: those have no header.
    let project_column = |column: usize| {
        r.table.columns.get(column).is_some_and(|c| {
            let header = c.header.to_ascii_lowercase();
            ["project", "homepage", "website", "page"]
                .iter()
                .any(|word| header.contains(word))
        })
    };
    let linked_again = r.row.cells().enumerate().any(|(column, cell)| {
        column != title_column
            && project_column(column)
            && cell
                .links()
                .any(|l| l.url.trim().trim_end_matches('/') == page)
    });
    web_page && linked_again && !names_a_venue && !names_a_paper
}

/// Hosts of code and of papers' project pages (`jonbarron.info` aside,
/// most are on GitHub Pages), whose pages a paper's row links as its code
/// or its project, not as a product of its own.
const CODE_HOSTS: [&str; 4] = ["github.com", "github.io", "gitlab.com", "huggingface.co"];

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
    blank(venue) && blank(year_column) && links_no_publication(r)
}

/// Whether no link of the row is a proceedings or publisher page, which
/// would say the paper was published (its year is known).
fn links_no_publication(r: &RowRef<'_>) -> bool {
    r.row.links().all(|l| {
        crate::knowledge::ids::paper_ids(l.url)
            .iter()
            .all(|id| matches!(id, crate::knowledge::ids::PaperId::Arxiv(_)))
    })
}

/// How many undated rows, at least, make leaving them undated a list's way.
const UNDATED_ROWS_OF_A_HABIT: usize = 3;

/// Whether the list leaves the year cell empty, in rows that name no venue
/// and link no publisher's page, in a third of its paper rows or more: it
/// dates what it can and leaves the rest (tools, talks, datasets beside
/// papers) undated on purpose, so such an empty cell is its way, not a slip.
fn leaves_years_empty(cx: &Context<'_>) -> bool {
    let (mut undated, mut rows) = (0, 0);
    for r in cx.rows() {
        let Some(fact) = &r.facts.year else { continue };
        if !cx.is_paper(&r) {
            continue;
        }
        rows += 1;
        if fact.value == YearCell::Empty && undated_by_its_kind(&r) {
            undated += 1;
        }
    }
    undated >= UNDATED_ROWS_OF_A_HABIT && undated * 3 >= rows
}

/// Whether nothing in the row says when it appeared: no venue named, no
/// publisher's page linked (either says the paper was published).
fn undated_by_its_kind(r: &RowRef<'_>) -> bool {
    let names_no_venue = r
        .facts
        .venue
        .as_ref()
        .is_none_or(|v| matches!(v.value, VenueCell::Placeholder));
    names_no_venue && links_no_publication(r)
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
        .filter(|r| cx.is_paper(r) && neither_venue_nor_year(r, year))
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
mod tests;
