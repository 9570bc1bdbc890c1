use super::{Context, Rule, RuleMeta};
use crate::diagnostic::Diagnostic;
use crate::knowledge::{DateForm, YearCell};

pub struct InvalidYear;

use crate::registry::lint::INVALID_YEAR as META;

impl Rule for InvalidYear {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let not_dates = headers_over_no_dates(cx);
        let venue_years = tables_writing_venue_years(cx);
        for r in cx.rows() {
            let Some(fact) = &r.facts.year else { continue };
            if fact.value != YearCell::Invalid || !cx.is_paper(&r) {
                continue;
            }
            // A row with more cells than its header has its cells shifted
            // (table-shape reports it): what sits under the year column is
            // some other cell, not a bad year.
            if r.row.cell_count() > r.table.columns.len() {
                continue;
            }
            let column = cx
                .profile
                .tables
                .get(r.table_index)
                .and_then(|t| t.year_column);
            // A Year header over cells that are mostly no dates at all: the
            // header does not match its rows, no cell is a bad year.
            if column.is_some_and(|c| !c.holds_dates()) {
                continue;
            }
            // So is the same header in a table too short to tell (fewer
            // than three dates in its column), where the list's other tables show it
            // (`01/25` alone in a one-row table, beside tables of a hundred
            // `MM/YY` cells).
            // `Oct-23`: a date in a form nas-lint does not read, not a bad year.
            if crate::knowledge::is_month_and_short_year(r.cell_text(fact.column())) {
                continue;
            }
            // `Active` on a row that links only a code repository: a
            // project's state, in a table that lists tools beside papers.
            if is_a_projects_state(&r, r.cell_text(fact.column())) {
                continue;
            }
            // `~ 2019`, `before 2018`: a row standing for the years up to
            // one (a reading group's archive of earlier sessions).
            if open_year_range(r.cell_text(fact.column()), cx.settings.current_year) {
                continue;
            }
            // `GCPR18`, `3DV21` in a column of `CVPR20`, `ECCV18`: the
            // list's venue-and-year form, for a venue nas-lint does not know.
            if venue_years.contains(&r.table_index)
                && is_acronym_with_short_year(r.cell_text(fact.column()))
            {
                continue;
            }
            if years_paired_with_venues(&r, fact.column(), cx.settings.current_year) {
                continue;
            }
            let header = &r.table.columns[fact.column()].header;
            let too_short_to_tell = column.is_none_or(|c| c.years < FEW_DATES);
            if too_short_to_tell && not_dates.contains(&header.trim().to_lowercase()) {
                continue;
            }
            // Judged by the column's own form: `202511` in a column of
            // `YYYYMM` dates, `24.07` in one of `YY.MM`.
            let example = match column.and_then(|c| c.form) {
                Some(form) if form != DateForm::Year => {
                    format!(
                        "a date like `{}`, as the column writes them,",
                        form.example()
                    )
                }
                _ => "a year like `2021` (or a date like `2021.05.30`)".to_string(),
            };
            out.push(
                Diagnostic::new(
                    META.name,
                    META.severity,
                    r.cell_span(fact.column()),
                    format!("`{}` is not a plausible year", r.cell_text(fact.column())),
                )
                .with_label(format!(
                    "not a year between {} and {}",
                    crate::facts::EARLIEST_YEAR,
                    cx.settings.current_year + 1
                ))
                .with_help(format!("write {example} in the {header} cell")),
            );
        }
    }
}

/// Whether a date cell holds words only (`Active`, `Ongoing`) on a row
/// whose every link goes to a code host: a project, not a paper, whose
/// state the list writes where a paper's date goes.
fn is_a_projects_state(r: &crate::rules::RowRef<'_>, text: &str) -> bool {
    const CODE_HOSTS: [&str; 3] = ["://github.com/", "://gitlab.com/", "://www.github.com/"];
    let mut links = r.row.links().peekable();
    let words = text.split_whitespace();
    !text.contains(|c: char| c.is_ascii_digit())
        && words.clone().all(|w| !crate::knowledge::names_a_month(w))
        && links.peek().is_some()
        && links.all(|l| CODE_HOSTS.iter().any(|host| l.url.contains(host)))
}

/// Whether a cell is a year with a mark of a range open on one side:
/// `~ 2019`, `<2018`, `≤ 2017`, `before 2016`, `2020~`.
fn open_year_range(text: &str, current_year: i32) -> bool {
    let text = text.trim();
    let lower = text.to_lowercase();
    let after_mark = ["~", "<=", "<", "≤", "before", "until", "up to", "pre-"]
        .iter()
        .find_map(|mark| lower.strip_prefix(mark))
        .or_else(|| lower.strip_suffix('~'))
        .map(str::trim);
    after_mark.is_some_and(|year| {
        year.len() == 4
            && year
                .parse::<i32>()
                .is_ok_and(|y| (crate::facts::EARLIEST_YEAR..=current_year + 1).contains(&y))
    })
}

/// Dates too few for a column to show that it holds dates (`03.06` read
/// as a year beside `03.13` and `03.27`, a reading group's session days).
const FEW_DATES: usize = 3;

/// Cells of a year column that name a venue with its year (`CVPR20`,
/// `ICLR 2021`) before the column counts as written that way.
const VENUE_YEAR_CELLS: usize = 3;

/// The tables whose year column writes a venue with the year in at least
/// [`VENUE_YEAR_CELLS`] rows; a table too short to tell (fewer than
/// [`FEW_DATES`] + 2 year cells) follows the list, when its other tables
/// write the venue that way.
fn tables_writing_venue_years(cx: &Context<'_>) -> std::collections::HashSet<usize> {
    let mut counts = std::collections::HashMap::<usize, (usize, usize)>::new();
    for r in cx.rows() {
        let Some(fact) = &r.facts.year else { continue };
        let named = r
            .cell_text(fact.column())
            .bytes()
            .any(|b| b.is_ascii_alphabetic());
        let count = counts.entry(r.table_index).or_default();
        count.0 += usize::from(named && matches!(fact.value, YearCell::Year { .. }));
        count.1 += 1;
    }
    let in_the_list: usize = counts.values().map(|c| c.0).sum();
    counts
        .into_iter()
        .filter(|&(_, (named, cells))| {
            named >= VENUE_YEAR_CELLS
                || (cells < FEW_DATES + 2 && in_the_list >= 2 * VENUE_YEAR_CELLS)
        })
        .map(|(table, _)| table)
        .collect()
}

/// `GCPR18`, `3DV21`: an acronym in capitals (a digit may lead) glued to
/// two digits.
fn is_acronym_with_short_year(text: &str) -> bool {
    let text = text.trim();
    let Some(name) = text.get(..text.len().saturating_sub(2)) else {
        return false;
    };
    let digits = &text[name.len()..];
    let name = name
        .strip_prefix(|c: char| c.is_ascii_digit())
        .unwrap_or(name);
    digits.len() == 2
        && digits.bytes().all(|b| b.is_ascii_digit())
        && name.len() >= 2
        && name.bytes().all(|b| b.is_ascii_uppercase())
}

/// The year-column headers under which the list's tables mostly hold no
/// dates, lower case.
fn headers_over_no_dates(cx: &Context<'_>) -> std::collections::HashSet<String> {
    (cx.document.tables.iter().zip(&cx.profile.tables))
        .filter(|(_, profile)| profile.year_column.is_some_and(|c| !c.holds_dates()))
        .filter_map(|(table, _)| {
            table
                .column(crate::document::Role::Year)
                .map(|c| &table.columns[c])
        })
        .map(|column| column.header.trim().to_lowercase())
        .collect()
}

/// `2023(2021)` beside `S&P(Arxiv)`: the year cell pairs its years with
/// the venue cell's names, the venue's year and then the preprint's, so
/// the year in parentheses may be the earlier one.
fn years_paired_with_venues(
    r: &crate::rules::RowRef<'_>,
    year_column: usize,
    current_year: i32,
) -> bool {
    static YEAR_THEN_YEAR: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^((?:19|20)[0-9]{2}) ?[(（]((?:19|20)[0-9]{2})[)）]$")
            .expect("valid regex")
    });
    static VENUE_THEN_PREPRINT: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| {
            regex::Regex::new(r"(?i)^[^()（）]+ ?[(（] ?(?:arxiv|biorxiv|medrxiv|preprint)[)）]$")
                .expect("valid regex")
        });
    let Some(venue) = &r.facts.venue else {
        return false;
    };
    let Some(years) = YEAR_THEN_YEAR.captures(r.cell_text(year_column).trim()) else {
        return false;
    };
    let plausible = |i: usize| {
        years[i]
            .parse::<i32>()
            .is_ok_and(|y| (1950..=current_year + 1).contains(&y))
    };
    plausible(1) && plausible(2) && VENUE_THEN_PREPRINT.is_match(r.cell_text(venue.column()).trim())
}

#[cfg(test)]
mod tests;
