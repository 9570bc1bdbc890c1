//! A year later than the meeting the row's own proceedings link is in:
//! `| R-MeN | ... | ACL | 2021 | [link](https://aclanthology.org/2020.acl-main.313/) |`.
//! The ACL Anthology id and the CVF file name name their meeting and year;
//! no reading of a year column (the venue's year, the preprint's) makes a
//! year after that meeting right.

use super::super::{Context, RowRef};
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::facts::row_paper_ids;
use crate::knowledge::{VenueKind, YearCell};
use crate::profile::first_appearance::written_venue_year;
use crate::registry::lint::YEAR_MISMATCH as META;
use crate::span::Span;

pub(super) fn year_after_its_proceedings(cx: &Context<'_>, r: &RowRef<'_>) -> Option<Diagnostic> {
    let venue_fact = r.facts.venue.as_ref()?;
    let mention = venue_fact.value.mention()?;
    let venues = &cx.knowledge.venues;
    // A journal's volume year and the meeting where its papers are
    // presented differ (TACL); a year beside a venue cell's own year is
    // compared with that year.
    if venues.venue(mention.venue).kind != VenueKind::Conference
        || written_venue_year(r.facts).is_some()
    {
        return None;
    }
    let year_fact = r.facts.year.as_ref()?;
    let YearCell::Year {
        year,
        digits,
        later: None,
        ..
    } = year_fact.value
    else {
        return None;
    };
    let ids = row_paper_ids(r.table, r.row, r.facts);
    let (id, meeting) = ids.iter().find_map(|id| {
        let (venue, year) = match id.pmlr_volume() {
            Some(volume) => venues.pmlr_volume(volume)?,
            None => {
                let edition = id.edition()?;
                (venues.venue_named(edition.venue)?, edition.year)
            }
        };
        (venue == mention.venue as usize).then_some((id, year))
    })?;
    // A PMLR volume of a meeting held late in the year comes out the next
    // (CoRL 2022's, v205, keys `...23a`), and its citations give that year.
    if year <= meeting || id.pmlr_published_year() == Some(year) {
        return None;
    }
    let column = year_fact.column();
    let cell_span = r.cell_span(column);
    let fix = (r.cell_is_plain(column) && digits.1 - digits.0 == 4).then(|| {
        let at = Span::new(
            cell_span.start + digits.0 as usize,
            cell_span.start + digits.1 as usize,
        );
        Fix::unsafe_(vec![Edit::replace(at, meeting.to_string())])
    });
    let venue = &venues.venue(mention.venue).name;
    Some(
        Diagnostic::new(
            META.name,
            META.severity,
            cell_span,
            format!("the year {year} is after {venue} {meeting}, the meeting its link is in"),
        )
        .with_label(format!("expected {meeting}"))
        .with_help(format!(
            "{id} was published at {venue} {meeting}: write {meeting}, or link the paper of {year}"
        ))
        .with_fix(fix),
    )
}
