//! A venue the row's own proceedings link contradicts: `[ACL 2023]` on
//! `aclanthology.org/2023.emnlp-main.12`, `| CVPR 2021 |` beside
//! `..._ICCV_2021_paper.html`. The ACL Anthology id, the CVF file name, the
//! IJCAI paper id and the paper's page on its conference's site each name
//! the meeting that published the paper; a row that names another
//! conference was filed under the wrong one.

use super::{Context, Rule, RuleMeta};
use crate::diagnostic::Diagnostic;
use crate::facts::row_own_paper_ids;
use crate::knowledge::ids::PaperId;
use crate::knowledge::{NameKind, Venue, VenueKind, VenueMention};
use crate::rules::impossible_venue_year::why_impossible;
use crate::span::Span;

use crate::registry::lint::VENUE_LINK_MISMATCH as META;

pub struct VenueLinkMismatch;

impl Rule for VenueLinkMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for r in cx.rows() {
            let Some(fact) = &r.facts.venue else { continue };
            let Some(mention) = fact.value.mention() else {
                continue;
            };
            // A workshop's paper may link its conference version.
            if r.facts.venue_is_workshop {
                continue;
            }
            let ids = row_own_paper_ids(r.table, r.row, r.facts);
            let span = r.cell_span(fact.column());
            if let Some(d) = contradiction(cx, mention, &ids, span) {
                out.push(d);
            }
        }
        for entry in cx.list_entries() {
            let mut mentions: Vec<_> = cx
                .prose_venues_within(entry.span)
                .filter_map(|m| m.cell.mention().map(|v| (m.span, v)))
                .collect();
            // A preprint's tag after the venue (`BC-Z(CVPR2022)(arxiv2022.02)`)
            // names where the paper first came out, not a second venue; a
            // venue after a preprint's (`arXiv 2023; extends our ACL 2022
            // paper`) may be another work's.
            let preprint =
                |v: &VenueMention| cx.knowledge.venues.venue(v.venue).kind == VenueKind::Preprint;
            if mentions.first().is_some_and(|(_, m)| !preprint(m)) {
                mentions.retain(|(_, m)| !preprint(m));
            }
            let Some(&(span, first)) = mentions.first() else {
                continue;
            };
            // An item naming two venues (`ICLR 2023; NeurIPS 2023`) says
            // where else it went; one venue, however often written, is the
            // one it claims. A workshop's paper may link its conference
            // version; the item's words say so anywhere (`[NeurIPS 2023
            // Workshop]`).
            let words = entry.span.slice(cx.document.text);
            if mentions.iter().any(|(_, m)| m.venue != first.venue) {
                continue;
            }
            // One venue throughout: the item's words are read for a
            // workshop once, not once for each mention (a long item may
            // name it thousands of times).
            if mentions.iter().any(|(_, m)| m.kind == NameKind::Workshop)
                || cx.knowledge.venues.names_a_workshop(words, first)
            {
                continue;
            }
            // Two years of one venue leave the year unsaid.
            let mut first = *first;
            if mentions.iter().any(|(_, m)| m.year != first.year) {
                first.year = None;
            }
            let ids = entry.own_paper_ids(cx.document, cx.knowledge);
            if let Some(d) = contradiction(cx, &first, &ids, span) {
                out.push(d);
            }
        }
    }
}

/// A proceedings link's edition: the id, the venue it names (by index),
/// its year and the venue's name as the id writes it.
struct LinkedEdition<'i> {
    id: &'i PaperId,
    venue: usize,
    year: i32,
    /// The venue's name as the id writes it (a PMLR volume writes none).
    written_as: Option<&'i str>,
}

/// The editions the row's proceedings ids name, of venues the data knows.
/// A numbered volume of the ACL Anthology (a workshop's, or a meeting held
/// beside a larger one: `2022.starsem-1`) names none.
fn linked_editions<'i>(cx: &Context<'_>, ids: &'i [PaperId]) -> Vec<LinkedEdition<'i>> {
    ids.iter()
        .filter(|id| !numbered_volume(id))
        .filter_map(|id| {
            if let Some(volume) = id.pmlr_volume() {
                let (venue, year) = cx.knowledge.venues.pmlr_volume(volume)?;
                return Some(LinkedEdition {
                    id,
                    venue,
                    year,
                    written_as: None,
                });
            }
            let edition = id.edition()?;
            Some(LinkedEdition {
                id,
                venue: cx.knowledge.venues.venue_named(edition.venue)?,
                year: edition.year,
                written_as: Some(edition.venue),
            })
        })
        .collect()
}

/// The finding on a conference `written` whose row's proceedings links
/// name another conference and never it, or name it only in another year
/// than the one `written` gives. A journal beside its conference (TACL
/// papers are presented at ACL) and a meeting held jointly under both
/// names (`IJCNLP 2021` on `2021.acl-long`) say nothing.
fn contradiction(
    cx: &Context<'_>,
    written: &VenueMention,
    ids: &[PaperId],
    at: Span,
) -> Option<Diagnostic> {
    let venues = &cx.knowledge.venues;
    if venues.venue(written.venue).kind == VenueKind::Journal {
        return other_journal(cx, written, ids, at);
    }
    if venues.venue(written.venue).kind != VenueKind::Conference {
        return None;
    }
    let editions = linked_editions(cx, ids);
    let own: Vec<&LinkedEdition<'_>> = editions
        .iter()
        .filter(|e| e.venue == written.venue as usize)
        .collect();
    if !own.is_empty() {
        return other_year(cx, written, &own, at);
    }
    if editions
        .iter()
        .any(|e| venues.met_jointly(e.venue, written.venue as usize, e.year))
    {
        return None;
    }
    let other = editions
        .iter()
        .find(|e| venues.venue(e.venue as u32).kind == VenueKind::Conference)?;
    let name = &venues.venue(written.venue).name;
    let (id, year) = (other.id, other.year);
    let linked = &venues.venue(other.venue as u32).name;
    Some(mismatch(
        at,
        format!("the venue says {name}, but the paper's own link is in the proceedings of {linked} {year}"),
        format!("{linked} by its link"),
        format!("{id} was published at {linked} {year}: write {linked}, or link the paper's {name} version"),
    ))
}

/// The finding on a journal `written` whose row links an article of
/// another journal the data knows (by the ISSN its ScienceDirect PII opens
/// with: `ESWA` on `pii/S0020025523016183`, an Information Sciences
/// article) and none of its own.
fn other_journal(
    cx: &Context<'_>,
    written: &VenueMention,
    ids: &[PaperId],
    at: Span,
) -> Option<Diagnostic> {
    let venues = &cx.knowledge.venues;
    let journals: Vec<(&PaperId, u32)> = ids
        .iter()
        .filter_map(|id| Some((id, venues.journal_with_issn(id.issn()?)?)))
        .collect();
    if journals
        .iter()
        .any(|&(_, journal)| journal == written.venue)
    {
        return None;
    }
    let &(id, linked) = journals.first()?;
    let (name, linked) = (
        &venues.venue(written.venue).name,
        &venues.venue(linked).name,
    );
    Some(mismatch(
        at,
        format!("the venue says {name}, but the paper's own link is an article of {linked}"),
        format!("{linked} by its link"),
        format!(
            "{id} was published in {linked}: write {linked}, or link the paper's {name} version"
        ),
    ))
}

/// The finding on a year `written` gives its venue when every link to the
/// venue's proceedings names another edition. A workshop's volume may come
/// out in another year than its paper's preprint (`WACVW_2024` beside
/// `WACW, 2023`), and a year the venue never met in is
/// impossible-venue-year's to report.
fn other_year(
    cx: &Context<'_>,
    written: &VenueMention,
    own: &[&LinkedEdition<'_>],
    at: Span,
) -> Option<Diagnostic> {
    let said = written.year?;
    let venues = &cx.knowledge.venues;
    let venue = venues.venue(written.venue);
    if own.iter().any(|e| {
        e.written_as.is_some_and(|w| venues.is_workshop_name(w))
            || same_edition(venue, said, e.year)
            || published_the_next_year(e, said)
    }) || why_impossible(venue, said, cx.settings.current_year).is_some()
    {
        return None;
    }
    let (id, year, name) = (own[0].id, own[0].year, &venue.name);
    Some(mismatch(
        at,
        format!("the venue says {name} {said}, but the paper's own link is in the proceedings of {name} {year}"),
        format!("{name} {year} by its link"),
        format!("{id} was published at {name} {year}: write {year}, or link the paper's {name} {said} version"),
    ))
}

/// The rule's finding at the venue `at`: what the link says, where, and
/// what to write.
fn mismatch(at: Span, message: String, label: String, help: String) -> Diagnostic {
    Diagnostic::new(META.name, META.severity, at, message)
        .with_label(label)
        .with_help(help)
}

/// Whether `written` is the year a PMLR paper came out, which its key
/// gives and its citation says: volumes of meetings held late in the year
/// come out the next (CoRL 2022's, v205, keys `...23a`).
fn published_the_next_year(edition: &LinkedEdition<'_>, written: i32) -> bool {
    edition.id.pmlr_published_year() == Some(written)
}

/// Whether an edition named after `linked` is the one a list calls
/// `written`: the same year, or the year it met in when it met late
/// (IJCAI-PRICAI 2020, held in January 2021).
fn same_edition(venue: &Venue, written: i32, linked: i32) -> bool {
    venue.edition_met_in(linked, written)
}

/// `2022.starsem-1.5`, `2021.wnut-1.3`: a volume numbered, not named for a
/// track of its meeting (`acl-long`, `emnlp-main`, `findings-naacl`); in
/// the old ids, the workshops a meeting hosted, numbered from 5000 under
/// its letter (`D19-5801`).
fn numbered_volume(id: &PaperId) -> bool {
    let PaperId::Acl(id) = id else {
        return false;
    };
    let Some((_, rest)) = id.split_once('.') else {
        let number = id.split_once('-').map_or("", |(_, n)| n);
        return number.len() == 4 && number.as_bytes()[0] >= b'5';
    };
    let volume = rest.split('.').next().unwrap_or(rest);
    volume
        .rsplit_once('-')
        .is_some_and(|(_, track)| track.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests;
