use super::{Context, Rule, RuleMeta};
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::facts::venue_is_preprint_or_in_year_cell;
use crate::knowledge::YearCell;
use crate::profile::first_appearance::{first_appearance_row, written_venue_year};
use crate::settings::YearColumn;
use crate::span::Span;

mod preprint_month;
mod proceedings;

pub struct YearMismatch;

use crate::registry::lint::YEAR_MISMATCH as META;

/// The list must show that its year column means the venue's year: this
/// share of rows with both years agree, over at least this many rows.
const AGREEMENT: f64 = 0.8;
const MIN_ROWS: usize = 5;

impl Rule for YearMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        // Whatever the year column means, a year after the meeting the
        // row's own proceedings link is in is wrong.
        out.extend(
            cx.rows()
                .filter_map(|r| proceedings::year_after_its_proceedings(cx, &r)),
        );
        // So is a year after the preprint's in a table dated by its
        // preprints' months.
        preprint_month::year_slips_in_arxiv_months(cx, out);
        let (share, rows) = cx.facts.venue_year_agreement;
        let applies = match cx.settings.year_column {
            YearColumn::Venue => true,
            YearColumn::Preprint => false,
            YearColumn::Auto => share >= AGREEMENT && rows >= MIN_ROWS,
        };
        if !applies {
            return;
        }
        let found: Vec<Mismatch<'_>> = cx.rows().filter_map(|r| mismatch(cx, r)).collect();
        let preprint_habit = !found.is_empty() && preprint_habit(cx);
        for m in found {
            if m.first_appearance {
                continue;
            }
            match m.preprint {
                // `30/9/2024` beside `ICRA 2025` on arXiv 2409.16578: the
                // row dates its own preprint, to the month.
                Some(PreprintDate::Month) => continue,
                Some(PreprintDate::Year) if preprint_habit => continue,
                _ => {}
            }
            out.push(report(cx, &m, share));
        }
    }
}

/// Rows that give their own preprint's year, from which on a list may do
/// so by habit.
const PREPRINT_HABIT_ROWS: usize = 3;

/// One row in this many of those that had to choose, from which on
/// writing the preprint's year is the list's habit.
const PREPRINT_HABIT_SHARE: usize = 5;

/// Whether the list gives papers their own preprint's year by habit
/// (`2023 | ... | ICLR 2024 | arXiv 2306.11695`): of the rows whose arXiv
/// year differs from their venue's, and so had to choose, three or more
/// and at least one in five write the preprint's (a talking-head list: 23
/// of 88). Where nearly all write the venue's (an efficient-LLM list: 17
/// of 107), the others are slips.
fn preprint_habit(cx: &Context<'_>) -> bool {
    let (mut chose, mut preprint) = (0usize, 0usize);
    for r in cx.rows() {
        if cx.settings.year_column == YearColumn::Auto
            && !cx.facts.tables[r.table_index].year_column_gives_venue_year
        {
            continue;
        }
        let (Some(venue_year), Some(arxiv), Some(year)) = (
            written_venue_year(r.facts),
            r.facts.arxiv,
            r.facts.cell_year(),
        ) else {
            continue;
        };
        let arxiv_year = arxiv.year();
        if arxiv_year == venue_year {
            continue;
        }
        chose += 1;
        preprint += usize::from(year == arxiv_year);
    }
    preprint >= PREPRINT_HABIT_ROWS && PREPRINT_HABIT_SHARE * preprint >= chose
}

/// A row whose year cell disagrees with its venue's year.
struct Mismatch<'a> {
    row: super::RowRef<'a>,
    column: usize,
    year: i32,
    venue_year: i32,
    digits: (u32, u32),
    preprint: Option<PreprintDate>,
    /// Quiet by its table's first-appearance convention.
    first_appearance: bool,
}

/// How a row's date matches its own arXiv preprint.
#[derive(Clone, Copy, PartialEq, Eq)]
enum PreprintDate {
    Year,
    Month,
}

fn mismatch<'a>(cx: &Context<'a>, r: super::RowRef<'a>) -> Option<Mismatch<'a>> {
    // A table whose dates follow its arXiv ids dates the preprints.
    if cx.settings.year_column == YearColumn::Auto
        && !cx.facts.tables[r.table_index].year_column_gives_venue_year
    {
        return None;
    }
    // An unknown name's year counts too (`RSE2024`): the table's known
    // venues already showed that the column gives their year.
    let venue_year = written_venue_year(r.facts)?;
    let fact = r.facts.year.as_ref()?;
    let YearCell::Year {
        year,
        digits,
        later,
        ..
    } = fact.value
    else {
        return None;
    };
    // `2019(2021)`: the journal's year in parentheses is the venue's.
    if year == venue_year
        || later == Some(venue_year)
        || venue_is_preprint_or_in_year_cell(r.facts, cx.knowledge)
    {
        return None;
    }
    // The table keeps the year each paper first appeared, earlier than its
    // venue's: the list's convention, no mismatch (but it counts towards the
    // list's habit of preprint years).
    let first_appearance =
        cx.profile.tables[r.table_index].year_first_appearance && first_appearance_row(r.facts);
    let preprint = preprint_date(&r, year);
    Some(Mismatch {
        first_appearance,
        column: fact.column(),
        row: r,
        year,
        venue_year,
        digits,
        preprint,
    })
}

fn report(cx: &Context<'_>, m: &Mismatch<'_>, share: f64) -> Diagnostic {
    let (r, digits, venue_year) = (&m.row, m.digits, m.venue_year);
    let cell_span = r.cell_span(m.column);
    // A year read from a venue's name (`ECCV23`) has no digits of its own
    // to replace: no fix.
    let fix = (r.cell_is_plain(m.column) && digits.1 > digits.0).then(|| {
        let at = Span::new(
            cell_span.start + digits.0 as usize,
            cell_span.start + digits.1 as usize,
        );
        // A two-digit year (`21.05`) stays two digits.
        let written = if digits.1 - digits.0 == 2 {
            format!("{:02}", venue_year % 100)
        } else {
            venue_year.to_string()
        };
        Fix::unsafe_(vec![Edit::replace(at, written)])
    });
    let header = &r.table.columns[m.column].header;
    let venue_span = r.facts.venue.as_ref().map(|v| r.cell_span(v.column()));
    let mut diagnostic = Diagnostic::new(
        META.name,
        META.severity,
        cell_span,
        format!("{header} says {}, the venue says {venue_year}", m.year),
    )
    .with_label(format!("expected {venue_year}"))
    .with_help(format!(
        "{header} := {venue_year} ({})",
        why(cx.settings.year_column, share)
    ))
    .with_fix(fix);
    if let Some(span) = venue_span {
        diagnostic = diagnostic.with_related(span, format!("the venue's year is {venue_year}"));
    }
    diagnostic
}

/// Whether the row's date is its own arXiv preprint's: the same year, and
/// the same month when the date gives one (before the venue, or after it:
/// `2024 | ViCA-NeRF | NeurIPS 2023` on arXiv 2402.00864). The preprint's
/// link may sit in any column but the code's (`| [FLaRe](
/// https://arxiv.org/abs/...) | FLaRe: ... |`).
fn preprint_date(r: &super::RowRef<'_>, year: i32) -> Option<PreprintDate> {
    use crate::knowledge::ids::{arxiv_link, ArxivLink};
    let month = r.facts.cell_month();
    let code = r.table.column(crate::document::Role::Code);
    let matches = (r.row.own_links())
        .filter(|l| Some(l.cell) != code)
        .any(|l| match arxiv_link(l.url) {
            Some(ArxivLink::Valid(id)) => {
                id.year == year && month.is_none_or(|m| id.month == u32::from(m))
            }
            _ => false,
        });
    match (matches, month) {
        (false, _) => None,
        (true, Some(_)) => Some(PreprintDate::Month),
        (true, None) => Some(PreprintDate::Year),
    }
}

fn why(year_column: YearColumn, share: f64) -> String {
    match year_column {
        YearColumn::Auto => format!(
            "{:.0}% of this list's rows give the venue's year",
            share * 100.0
        ),
        _ => "the configured year column holds the venue's year".to_string(),
    }
}

#[cfg(test)]
mod tests;
