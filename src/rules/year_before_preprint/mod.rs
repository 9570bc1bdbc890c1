use super::row::RowRef;
use super::{Context, Rule, RuleMeta};
use crate::diagnostic::Diagnostic;
use crate::facts::{first_arxiv, ArxivDate};
use crate::knowledge::{month_name, DateForm, VenueCell, VenueKind, YearCell};
use crate::profile::preprint_years::FIRST_ID_YEAR;
use year_end::in_year_end_batch;

pub struct YearBeforePreprint;

use crate::registry::lint::YEAR_BEFORE_PREPRINT as META;

impl Rule for YearBeforePreprint {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for r in cx.rows() {
            let Some(arxiv) = &r.facts.arxiv else {
                continue;
            };
            // A dataset or benchmark table without a venue gives the
            // entry's own year (a dataset of 2020 whose paper reached arXiv
            // in 2021).
            let venue_named = r
                .facts
                .venue
                .as_ref()
                .is_some_and(|v| v.value.mention().is_some());
            if cx.profile.tables[r.table_index].cites_only && !venue_named {
                continue;
            }
            let venue_year = cx.venue_year(&r);
            let workshop = r.facts.venue_is_workshop;
            // The table dates its papers no earlier than their preprints
            // (the list profile): a year cell well before a recent id is
            // a slip, not an old paper posted late.
            let years_follow = cx.profile.tables[r.table_index].years_follow_preprints
                && arxiv.year() >= FIRST_ID_YEAR;
            // Read again only for the rows that need the id itself.
            let id = || first_arxiv(r.table, r.row).map_or_else(String::new, |a| a.id);
            let venue = r.facts.venue.as_ref().and_then(|fact| {
                let mention = fact.value.mention()?;
                let year = venue_year?.year;
                let venue = cx.knowledge.venues.venue(mention.venue);
                let predates = match venue.kind {
                    // A blog post or a company report may come before its preprint.
                    VenueKind::Channel => return None,
                    // A journal's year is fuzzy (online first, then an issue
                    // a year later), and accepted papers are often posted
                    // after they appear.
                    VenueKind::Journal => return None,
                    // A preprint's year is the id's own: no January grace
                    // (that is for a conference year that may precede the
                    // posting), only the year-end batch.
                    VenueKind::Preprint => {
                        year < arxiv.year() && !in_year_end_batch(arxiv.month(), &id())
                    }
                    // A workshop paper is often put on arXiv, retitled
                    // or extended, the year after the workshop.
                    VenueKind::Conference if workshop && arxiv.year() <= year + 1 => false,
                    VenueKind::Conference => {
                        // The row's own Date is the preprint's month: the
                        // list knows the paper was posted after the venue,
                        // and records both on purpose; but a Date years
                        // after the venue is the row contradicting itself.
                        if dates_the_preprint(r.facts.year.as_ref().map(|f| f.value), arxiv) {
                            year + POSTED_LATER_YEARS < arxiv.year()
                        } else {
                            posted_in_the_year_after(year, venue.month, arxiv)
                                && dated_later_in_the_list(cx, &r, arxiv, &id())
                        }
                    }
                };
                let written = r.cell_text(fact.column()).to_string();
                let what = if venue_year?.from_year_column {
                    format!("{written} {year}")
                } else {
                    written
                };
                predates.then(|| (fact.column(), what, false))
            });
            // A Year header over cells that are mostly no dates (a NAS
            // list's `Time` in GPU days, one of them `2017`) dates nothing.
            let dates = cx.profile.tables[r.table_index]
                .year_column
                .is_none_or(|c| c.holds_dates());
            let cell = r.facts.year.as_ref().filter(|_| dates).and_then(|fact| {
                let year = r.facts.cell_year()?;
                // A year cell that repeats the venue's year (or the year its
                // edition met in: `IJCAI 2020` beside `2021.01.07`) is
                // judged with the venue.
                let repeats_venue = venue_year.is_some_and(|v| met_in(cx, &r, v.year, year));
                // A publication year years before the preprint is an old
                // paper posted late; a Date that dates preprints is judged
                // strictly.
                let table = &cx.facts.tables[r.table_index];
                let publication = table.year_column_gives_venue_year;
                // Beside a bare `arXiv` the year is the preprint's own,
                // however far before the id.
                let bare_preprint = venue_is_bare_preprint(&r, cx);
                let posted_late = publication
                    && !years_follow
                    && !bare_preprint
                    && year + POSTED_LATER_YEARS <= arxiv.year();
                // Beside a bare `arXiv` venue the year is the preprint's:
                // judged like `arXiv 2025`.
                // Beside a venue the data does not know (a workshop, a
                // small conference), the year is that venue's, which may
                // precede the posting by any amount: neither a known
                // conference's month nor a preprint's year to judge it by.
                // A Date column that tracks the arXiv ids is still judged.
                // A note read as a venue (a `Comments` column: "Combines
                // visual and depth information.") names no venue at all.
                // Not a cell that marks its month unknown (`2023/??`): no
                // arXiv id gave it, the venue did.
                let month_unknown = matches!(
                    fact.value,
                    YearCell::Year {
                        form: DateForm::UnknownMonth,
                        ..
                    }
                );
                let tracks_arxiv = table.dates_follow_arxiv == Some(true) && !month_unknown;
                if venue_is_unknown(&r) && !tracks_arxiv {
                    return None;
                }
                let month = match fact.value {
                    YearCell::Year { month, .. } => u32::from(month),
                    _ => 0,
                };
                // A paper under review on OpenReview (`Openreview 2022`) is
                // public there before it is on arXiv: a date up to a review
                // cycle before the id is that posting.
                let under_review = if month > 0 {
                    months_between(year, month, arxiv) <= REVIEW_CYCLE_MONTHS
                } else {
                    year + 1 >= arxiv.year()
                };
                if under_review && reviewed_on_openreview(&r) {
                    return None;
                }
                // `2024-12-30` beside `2501.01986`: the day it was submitted,
                // announced with the first ids of January.
                let year_end_submission =
                    month == 12 && arxiv.month() == 1 && year + 1 == arxiv.year();
                let too_early = if bare_preprint {
                    year < arxiv.year()
                        && !in_year_end_batch(arxiv.month(), &id())
                        && !year_end_submission
                } else {
                    year < earliest_plausible_year(arxiv)
                };
                // `2021-11` beside an id of February 2022, no venue, in a
                // table whose dates do not follow the ids: the month the
                // paper appeared (BC-Z at CoRL 2021), posted a season later.
                // A bare year gets no such season: measured on held-out
                // lists, a year before an early-in-the-year id was a slip
                // more often than a paper that appeared first.
                let season_before = month > 0
                    && !tracks_arxiv
                    && venue_year.is_none()
                    && months_between(year, month, arxiv) <= MONTHS_AFTER_VENUE;
                // `2020-7-25` beside an id of October 2021, no venue, in a
                // table whose dates are not the ids' (MATN, at SIGIR in July
                // 2020, posted in 2021): the day the paper appeared. Only the
                // id's own month a year or more off is a slip of the year.
                let published_before = month > 0
                    && table.dates_follow_arxiv == Some(false)
                    && venue_year.is_none()
                    && !bare_preprint
                    && month != arxiv.month();
                let excused = repeats_venue || posted_late || season_before || published_before;
                // The id's own month a year early (`2024-04` on `2504.13180`)
                // is the year's slip in this very row, however many rows
                // of the table share it.
                let year_slip = month == arxiv.month() && year + 1 == arxiv.year();
                (!excused && too_early).then(|| {
                    let header = &r.table.columns[fact.column()].header;
                    (fact.column(), format!("{header} {year}"), year_slip)
                })
            });
            let Some((column, what, proven_by_row)) = venue.or(cell) else {
                continue;
            };
            let month = month_name(arxiv.month().clamp(1, 12)).unwrap_or_default();
            out.push(
                Diagnostic::new(
                    META.name,
                    META.severity,
                    r.cell_span(column),
                    format!(
                        "{what} is earlier than the arXiv preprint {} ({month} {})",
                        id(),
                        arxiv.year()
                    ),
                )
                .with_label(format!("before {month} {}", arxiv.year()))
                .with_help("check the year, or whether the link points at the right paper")
                .proven_by_row(proven_by_row),
            );
        }
        list_items::preprint_years_in_items(cx, out);
    }
}

/// Whether the list itself dates this paper no earlier than its preprint:
/// the row's own year column (when it gives the venue's year), a Date
/// column that follows the table's arXiv ids, or another
/// row with the same arXiv id whose venue year is the id's or later (seed
/// 175 `ICML 2018` beside 199 `ICML 2019`). A conference paper posted five
/// to twelve months after the meeting looks the same as a venue year off by
/// one (DecompDiff, ICML 2023, first posted in March 2024): only such
/// evidence tells the slip from the late posting.
fn dated_later_in_the_list(cx: &Context<'_>, r: &RowRef<'_>, arxiv: &ArxivDate, id: &str) -> bool {
    let dates_later = |row: &RowRef<'_>| {
        let gives_venue_year = cx.facts.tables[row.table_index].year_column_gives_venue_year;
        cx.venue_year(row).is_some_and(|v| v.year >= arxiv.year())
            || (gives_venue_year && row.facts.cell_year().is_some_and(|y| y >= arxiv.year()))
    };
    // A table whose Date column follows its arXiv ids dates this row too:
    // a date as early as the venue is the same slip twice (CoRL 2024 and
    // 2024-05-14 on a May 2025 id).
    let dated_as_early = cx.facts.tables[r.table_index].dates_follow_arxiv == Some(true)
        && r.facts.cell_year().is_some_and(|y| y < arxiv.year());
    if dates_later(r) || dated_as_early {
        return true;
    }
    cx.rows().any(|other| {
        (other.table_index, other.row_index) != (r.table_index, r.row_index)
            && other.facts.arxiv.as_ref() == Some(arxiv)
            && first_arxiv(other.table, other.row).is_some_and(|a| a.id == id)
            && dates_later(&other)
    })
}

/// Whether the row's venue's edition of `edition` met in `year`.
fn met_in(cx: &Context<'_>, r: &RowRef<'_>, edition: i32, year: i32) -> bool {
    let venue = r.facts.venue.as_ref().and_then(|fact| fact.value.mention());
    match venue {
        Some(mention) => cx
            .knowledge
            .venues
            .venue(mention.venue)
            .edition_met_in(edition, year),
        None => edition == year,
    }
}

/// Whether the row's venue cell names OpenReview, where a paper under
/// review is posted before any preprint (`Openreview 2022`, `ICLR 2023
/// OpenReview`).
fn reviewed_on_openreview(r: &RowRef<'_>) -> bool {
    r.facts.venue.as_ref().is_some_and(|fact| {
        r.cell_text(fact.column())
            .to_ascii_lowercase()
            .contains("openreview")
    })
}

/// Whether the row's venue cell names a venue the data does not know
/// (`DAS`), not a note that a column of comments holds.
fn venue_is_unknown(r: &RowRef<'_>) -> bool {
    r.facts.venue.as_ref().is_some_and(|fact| {
        matches!(fact.value, VenueCell::Unknown { .. }) && !is_a_note(r.cell_text(fact.column()))
    })
}

/// Words in lower case a venue's name does without (`of`, `on`), past
/// which a cell's words in lower case make it a note.
const NAME_WORDS: &[&str] = &["and", "for", "the", "with", "from", "into"];

/// Words that name a kind of venue (or begin such a word: `symposia`).
const VENUE_WORDS: &[&str] = &[
    "workshop",
    "conference",
    "symposi",
    "journal",
    "proceeding",
    "transaction",
    "letter",
    "congress",
    "meeting",
    "forum",
    "colloqui",
    "seminar",
    "summit",
    "review",
];

/// A sentence rather than a name: two words in lower case that a venue's
/// name would capitalise ("Combines visual and depth information."), or a
/// full stop after three words or more ("Tightly coupled with an IMU.").
fn is_a_note(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    // A venue's name written in lower case ("International workshop on
    // document analysis systems") says what it is.
    let names_a_meeting = words.iter().any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        VENUE_WORDS.iter().any(|v| w.starts_with(v))
    });
    if names_a_meeting {
        return false;
    }
    let lower = words
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.len() >= 3 && w.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter(|w| !NAME_WORDS.contains(w))
        .count();
    lower >= 2 || (words.len() >= 3 && text.trim_end().ends_with('.'))
}

/// Whether the row's venue cell names a preprint server without a year
/// (`arXiv`, `Preprint`).
fn venue_is_bare_preprint(r: &RowRef<'_>, cx: &Context<'_>) -> bool {
    r.facts
        .venue
        .as_ref()
        .and_then(|fact| fact.value.mention())
        .is_some_and(|m| {
            m.year.is_none() && cx.knowledge.venues.venue(m.venue).kind == VenueKind::Preprint
        })
}

/// How many years after its venue a paper may be posted to arXiv, when the
/// row itself records the posting month, before the venue is questioned.
const POSTED_LATER_YEARS: i32 = 2;

/// Whether a year cell names the arXiv id's own year and month.
fn dates_the_preprint(cell: Option<YearCell>, arxiv: &ArxivDate) -> bool {
    matches!(cell, Some(YearCell::Year { year, month, .. })
        if year == arxiv.year() && u32::from(month) == arxiv.month())
}

/// Preprints often follow a conference by a few weeks: posted up to this
/// many months after the venue's usual month, a preprint fits the venue.
const MONTHS_AFTER_VENUE: i64 = 4;
/// Posted more than this many months after the venue, a preprint is an old
/// paper put on arXiv late, not a sign of a wrong year.
const LATE_POSTING_MONTHS: i64 = 12;

/// Whether a conference of `year` (usually held in `month`; December when
/// unknown, the latest it can be) is too early for a paper first posted on
/// arXiv at `arxiv`: posted in a later year, between a season and a year
/// after the meeting,
/// which is what a venue year off by one looks like. Sooner is a late
/// posting; later, an old paper posted late.
fn posted_in_the_year_after(year: i32, month: Option<u32>, arxiv: &ArxivDate) -> bool {
    let venue = i64::from(year) * 12 + i64::from(month.unwrap_or(12));
    let posted = i64::from(arxiv.year()) * 12 + i64::from(arxiv.month());
    // Posted later in the venue's own year is common and fine.
    year < arxiv.year()
        && (MONTHS_AFTER_VENUE + 1..=LATE_POSTING_MONTHS).contains(&(posted - venue))
}

/// How many months a paper may sit on OpenReview, under review, before its
/// arXiv id: a conference's cycle from submission to decision and on.
const REVIEW_CYCLE_MONTHS: i64 = 12;

/// How many months after `year`-`month` the preprint was posted.
fn months_between(year: i32, month: u32, arxiv: &ArxivDate) -> i64 {
    let dated = i64::from(year) * 12 + i64::from(month);
    i64::from(arxiv.year()) * 12 + i64::from(arxiv.month()) - dated
}

fn earliest_plausible_year(arxiv: &ArxivDate) -> i32 {
    year_end::earliest_plausible_year(arxiv.year(), arxiv.month())
}

mod list_items;
mod year_end;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_citing;
#[cfg(test)]
mod tests_items;
#[cfg(test)]
mod tests_year_cells;
