//! A table whose dates are its papers' arXiv months (nearly every row's
//! date is its own arXiv id's year and month): a date in the id's very
//! month but a later year is a slip of the year (`2024.9` on arXiv
//! 2309.01157, among rows dated as their ids). A year before the id's is
//! year-before-preprint's.

use crate::diagnostic::Diagnostic;
use crate::document::Role;
use crate::knowledge::month_name;
use crate::registry::lint::YEAR_MISMATCH as META;
use crate::rules::{Context, RowRef};
use crate::settings::YearColumn;

/// Dated rows with an arXiv link a table needs to judge by its own (else
/// the whole list's count), and the share of them (in tenths) dated as
/// their ids, for its dates to be the ids' months.
const MIN_DATED_ROWS: usize = 10;
const SHARE_IN_TENTHS: usize = 8;

pub(super) fn year_slips_in_arxiv_months(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    if cx.settings.year_column == YearColumn::Venue {
        return;
    }
    let mut counts = vec![(0usize, 0usize); cx.facts.tables.len()];
    for r in cx.rows() {
        if let Some(same) = dated_as_its_preprint(&r) {
            let (matched, dated) = &mut counts[r.table_index];
            *matched += usize::from(same);
            *dated += 1;
        }
    }
    let list = counts
        .iter()
        .fold((0, 0), |(m, d), &(matched, dated)| (m + matched, d + dated));
    for r in cx.rows() {
        let own = counts[r.table_index];
        let (matched, dated) = if own.1 >= MIN_DATED_ROWS { own } else { list };
        if dated < MIN_DATED_ROWS || matched * 10 < dated * SHARE_IN_TENTHS {
            continue;
        }
        let (Some(arxiv), Some(year), Some(month), Some(column)) = (
            r.facts.arxiv,
            r.facts.cell_year(),
            r.facts.cell_month(),
            r.table.column(Role::Year),
        ) else {
            continue;
        };
        if u32::from(month) != arxiv.month()
            || year <= arxiv.year()
            || may_be_the_venues_date(cx, &r, year)
        {
            continue;
        }
        let header = &r.table.columns[column].header;
        let posted = format!(
            "{} {}",
            month_name(arxiv.month()).unwrap_or("its month"),
            arxiv.year()
        );
        out.push(
            Diagnostic::new(
                META.name,
                META.severity,
                r.cell_span(column),
                format!(
                    "{header} says {year} in the month its arXiv paper was posted, {posted}: {matched} of {dated} dated rows give their preprint's year and month"
                ),
            )
            .with_label(format!("expected {}", arxiv.year()))
            .with_help(format!(
                "write the preprint's year, {}, if this row follows the table",
                arxiv.year()
            )),
        );
    }
}

/// Whether a reviewed venue the row names may have met in the month its
/// date gives: its year is the date's, or unwritten (`| ICLR | 2024-05 |`
/// on arXiv 2305.20050, ICLR 2024 meeting in May). A preprint server, no
/// venue, or a venue of another year dates nothing.
fn may_be_the_venues_date(cx: &Context<'_>, r: &RowRef<'_>, year: i32) -> bool {
    let Some(mention) = r.facts.venue.as_ref().and_then(|v| v.value.mention()) else {
        return false;
    };
    cx.knowledge.venues.venue(mention.venue).kind.is_reviewed()
        && mention.year.is_none_or(|venue_year| venue_year == year)
}

/// Whether the row's date (with a month) is its first arXiv link's year
/// and month, if it has both.
fn dated_as_its_preprint(r: &RowRef<'_>) -> Option<bool> {
    let arxiv = r.facts.arxiv?;
    let (year, month) = (r.facts.cell_year()?, r.facts.cell_month()?);
    Some(year == arxiv.year() && u32::from(month) == arxiv.month())
}
