//! What differs between two copies of one paper (venue, year, date, a
//! misspelt title word, a volume, the paper behind the link): shared by
//! duplicate-paper, conflicting-duplicate and shared-paper-link.

use super::link_conflict;
use crate::facts::{row_title, RowFacts};
use crate::knowledge::ids::PaperId;
use crate::knowledge::{VenueCell, VenueKind};
use crate::rules::duplicates::{Evidence, Pair};
use crate::rules::{Context, RowRef};

/// Whether the copies' difference is that they link two different papers
/// (see `link_conflict`): then neither copy is to be deleted.
pub(crate) fn links_two_papers(pair: &Pair<'_>, difference: &str) -> bool {
    link_conflict::link_conflict(pair).as_deref() == Some(difference)
}

/// What differs between two copies, if anything: venue, year, date, or a
/// misspelt word of the title. Two wordings of one paper's title (`... for
/// ERC` / `... for Emotion Recognition in Conversation`, an old and a new
/// arXiv title) are no conflicting detail.
pub(crate) fn differences(pair: &Pair<'_>, cx: &Context<'_>) -> Option<String> {
    // A row citing two preprints (`[Spectral Networks](arXiv) / [GCN](arXiv)`
    // under an era's year) dates the group, not either paper.
    if cites_several_preprints(cx, &pair.earlier) || cites_several_preprints(cx, &pair.later) {
        return None;
    }
    let difference = conflict(pair.earlier.facts, pair.later.facts, cx)
        .or_else(|| title_conflict(pair))
        .or_else(|| preprint_beside_unknown_venue(pair, cx))
        .or_else(|| volume_conflict(pair, cx))
        .or_else(|| link_conflict::link_conflict(pair))?;
    // `LREC-COLING 2024` beside `COLING 2024`: a joint conference, named
    // by one of its parts in the other copy.
    if joint_venue(cx, &pair.earlier, &pair.later) || joint_venue(cx, &pair.later, &pair.earlier) {
        return None;
    }
    // Two Date columns that mean two things (one repeats the arXiv month,
    // the other gives a release date) may disagree on the month.
    let follows = |r: &RowRef<'_>| cx.facts.tables[r.table_index].dates_follow_arxiv;
    let dates_differ_in_meaning = matches!(
        (follows(&pair.earlier), follows(&pair.later)),
        (Some(a), Some(b)) if a != b
    );
    if difference.starts_with("date ") && dates_differ_in_meaning {
        return None;
    }
    // One model's sizes come out on dates of their own (Qwen 7B in August,
    // 72B in November).
    let dated = difference.starts_with("date ") || difference.starts_with("year ");
    if dated && crate::rules::distinct_works::two_checkpoints(cx, &pair.earlier, &pair.later) {
        return None;
    }
    Some(difference)
}

/// Whether `joint`'s venue cell names two venues joined by `-` or `/`
/// (`LREC-COLING`), one of them `part`'s venue, in the same year if both
/// give one.
fn joint_venue(cx: &Context<'_>, joint: &RowRef<'_>, part: &RowRef<'_>) -> bool {
    let known = |r: &RowRef<'_>| match r.facts.venue.as_ref().map(|v| &v.value) {
        Some(VenueCell::Known(m)) => Some((m.venue, cx.venue_year(r).map(|v| v.year))),
        _ => None,
    };
    let (Some((_, joint_year)), Some((venue, year))) = (known(joint), known(part)) else {
        return false;
    };
    if joint_year.is_some() && year.is_some() && joint_year != year {
        return false;
    }
    let Some(column) = joint.facts.venue.as_ref().map(|v| v.column()) else {
        return false;
    };
    // Both parts must be venues: `CVPR-W` is CVPR's workshop, not a joint
    // conference.
    let parts: Vec<Option<u32>> = joint
        .cell_text(column)
        .split(['-', '/'])
        .map(|p| {
            cx.knowledge
                .parse_venue(p.trim())
                .mention()
                .map(|m| m.venue)
        })
        .collect();
    parts.len() == 2 && parts.iter().all(Option::is_some) && parts.contains(&Some(venue))
}

/// Two arXiv papers each under a title of its own (`[Spectral Networks](...)
/// / [GCN](...)`); a second link labelled as a version or a kind of link
/// (`([extended](...))`, `[arXiv](...)`) is the same paper's.
fn cites_several_preprints(cx: &Context<'_>, row: &RowRef<'_>) -> bool {
    let columns = &cx.knowledge.columns;
    let labelled = |text: &str| {
        let text = text.trim().to_lowercase();
        text.is_empty()
            || columns.link_labels.contains(&text)
            || columns.extension_labels.contains(&text)
    };
    let mut titled: Vec<PaperId> = Vec::new();
    for link in row.row.own_links().filter(|l| !labelled(l.text)) {
        for id in crate::knowledge::ids::paper_ids(link.url) {
            if matches!(id, PaperId::Arxiv(_)) && !titled.contains(&id) {
                titled.push(id);
            }
        }
    }
    titled.len() >= 2
}

/// Two copies of one paper at one venue and year, one in the venue's main
/// proceedings and one in its Findings volume or a workshop (`ACL 2025
/// Findings` / `ACL 2025`): one says where the paper is wrongly.
fn volume_conflict(pair: &Pair<'_>, cx: &Context<'_>) -> Option<String> {
    let volume = |r: &RowRef<'_>| {
        let fact = r.facts.venue.as_ref()?;
        let VenueCell::Known(mention) = &fact.value else {
            return None;
        };
        let text = r.cell_text(fact.column());
        let venues = &cx.knowledge.venues;
        // `BioNLP` is a workshop itself: `BioNLP Workshop` names no other volume.
        let a_workshop_itself = venues
            .venue(mention.venue)
            .full_name
            .as_deref()
            .is_some_and(|n| n.to_lowercase().contains("workshop"));
        // `w/ code`, `@ Vienna`: a workshop needs its word written out, or
        // the venue's workshop form (`CVPRW`, `CVPR-W`).
        let workshop_word = text
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.eq_ignore_ascii_case("workshop") || w.eq_ignore_ascii_case("workshops"));
        let workshop = mention.kind == crate::knowledge::NameKind::Workshop
            || workshop_word
            || venues.names_a_workshop(text.split('@').next().unwrap_or(text), mention)
                && !text.contains(['/', '@']);
        let volume = if venues.names_findings(text) {
            Volume::Findings
        } else if workshop && !a_workshop_itself {
            Volume::Workshop
        } else {
            Volume::Main
        };
        Some((mention.venue, volume))
    };
    let ((venue, a), (_, b)) = (volume(&pair.earlier)?, volume(&pair.later)?);
    let name = &cx.knowledge.venues.venue(venue).name;
    (a != b).then(|| format!("{} vs {}", b.describe(name), a.describe(name)))
}

/// Which of a venue's proceedings a venue cell names.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Volume {
    Main,
    Findings,
    Workshop,
}

impl Volume {
    fn describe(self, venue: &str) -> String {
        match self {
            Volume::Main => format!("{venue} main track"),
            Volume::Findings => format!("Findings of {venue}"),
            Volume::Workshop => format!("{venue} workshop"),
        }
    }
}

/// Two copies linking one paper whose long titles each have words the other
/// lacks ("... via Meta Learning for Noisy Graphs" / "... via Meta Weighting
/// for Noisy Graphs"): one title is wrong. A title that only adds words
/// (a name before a colon, a trailing acronym) or a short name is not.
fn title_conflict(pair: &Pair<'_>) -> Option<String> {
    if !matches!(pair.evidence, Evidence::Id(_)) {
        return None;
    }
    let a = row_title(pair.earlier.table, pair.earlier.row)?;
    let b = row_title(pair.later.table, pair.later.row)?;
    if crate::rules::titles::same_identity_key(a, b) {
        return None;
    }
    // A per-section tag before the title ("[SP: BPT] Blockwise ...") is no
    // part of it: copies are compared without their tags.
    let (a, b) = (without_leading_tag(a), without_leading_tag(b));
    if crate::rules::titles::same_identity_key(a, b) {
        return None;
    }
    let words = |t: &str| -> Vec<String> {
        crate::facts::title_key(crate::rules::titles::naming_part(t))
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    if wa.len() < 5 || wb.len() < 5 {
        return None;
    }
    let only = |x: &[String], y: &[String]| -> Vec<String> {
        x.iter()
            .filter(|w| !y.contains(w) && w.chars().any(char::is_alphabetic))
            .cloned()
            .collect()
    };
    let (only_a, only_b) = (only(&wa, &wb), only(&wb, &wa));
    // A leading short name ("CAGNN: ...") is an addition, not a conflict.
    let acronym = |t: &str, w: &[String]| {
        w.len() == 1
            && t.split_once(':')
                .is_some_and(|(head, _)| crate::facts::title_key(head) == w[0])
    };
    if only_a.is_empty() || only_b.is_empty() || acronym(a, &only_a) || acronym(b, &only_b) {
        return None;
    }
    if only_a.len() != only_b.len() || !only_a.iter().zip(&only_b).all(|(x, y)| misspelt(x, y)) {
        return None;
    }
    Some(format!(
        "title \"{}\" vs \"{}\"",
        only_b.join(" "),
        only_a.join(" ")
    ))
}

/// Two words that are one word, one of them misspelt (`alignment` /
/// `alighment`, `feedback` / `feedbacks`): a slip in one copy, not a
/// rewording. Short words (`k`, `lm`) are never compared.
fn misspelt(a: &str, b: &str) -> bool {
    let shorter = a.chars().count().min(b.chars().count());
    let limit = if shorter >= 8 { 2 } else { 1 };
    shorter >= 4 && crate::knowledge::text::edit_distance(a, b, limit) <= limit
}

/// A title without a leading bracketed tag (`🔥[**Tag**] Title` gives
/// `Title`); a title without such a tag, or with nothing after it, as it is.
fn without_leading_tag(title: &str) -> &str {
    let start = title.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '[');
    let Some(inner) = start.strip_prefix('[') else {
        return title;
    };
    let Some(close) = inner.find(']') else {
        return title;
    };
    let rest = inner[close + 1..].trim_start();
    if rest.chars().any(char::is_alphanumeric) {
        rest
    } else {
        title
    }
}

/// One copy names a preprint server, the other a venue nas-lint does not
/// know by name (`IEEE Transactions on Radar Systems` beside `arXiv`, one
/// year): the preprint copy was never updated, as beside a known venue.
/// Only a name that reads as a venue's: three words or more, no note
/// (`Oral`), site (`ADS`) or bare number.
fn preprint_beside_unknown_venue(pair: &Pair<'_>, cx: &Context<'_>) -> Option<String> {
    let preprint = |r: &RowRef<'_>| match r.facts.venue.as_ref().map(|v| &v.value) {
        Some(VenueCell::Known(m)) => {
            let venue = cx.knowledge.venues.venue(m.venue);
            let name = match m.year {
                Some(year) => format!("{} {year}", venue.name),
                None => venue.name.to_string(),
            };
            (venue.kind == VenueKind::Preprint).then_some(name)
        }
        _ => None,
    };
    let unknown = |r: &RowRef<'_>| {
        let fact = r.facts.venue.as_ref()?;
        let VenueCell::Unknown { .. } = fact.value else {
            return None;
        };
        let name = r.cell_text(fact.column()).trim();
        // `OpenReview, Jun 2021`: a review site, no venue.
        let head = name.split([',', ';']).next().unwrap_or(name).trim();
        if cx.knowledge.is_placeholder(head) {
            return None;
        }
        // A name of several words; a lone acronym may be a note (`PDF`,
        // `SOTA`) or a site (`ADS`) as well as a venue.
        let words = name.split_whitespace().count();
        (words >= 3 && !name.contains(['[', '('])).then(|| name.to_string())
    };
    let (earlier, later) = (&pair.earlier, &pair.later);
    let (e, l) = match (preprint(earlier), preprint(later)) {
        (Some(e), None) => (e, unknown(later)?),
        (None, Some(l)) => (unknown(earlier)?, l),
        _ => return None,
    };
    Some(format!("{l} vs {e}"))
}

/// What differs between two copies, if anything: venue or year.
fn conflict(a: &RowFacts, b: &RowFacts, cx: &Context<'_>) -> Option<String> {
    // A release channel (`Google`, `Blog`) names where a paper was shown,
    // not where it was published: it disagrees with no venue.
    let venue = |facts: &RowFacts| match facts.venue.as_ref().map(|v| &v.value) {
        Some(VenueCell::Known(m) | VenueCell::Typo(m))
            if cx.knowledge.venues.venue(m.venue).kind != VenueKind::Channel =>
        {
            Some((m.venue, m.year))
        }
        _ => None,
    };
    if let (Some((va, ya)), Some((vb, yb))) = (venue(a), venue(b)) {
        let name = |v: u32| cx.knowledge.venues.venue(v).name.to_string();
        let describe = |v: u32, y: Option<i32>| match y {
            Some(y) => format!("{} {y}", name(v)),
            None => name(v),
        };
        if presented_at_the_other(cx, (va, ya.or(a.cell_year())), (vb, yb.or(b.cell_year()))) {
            return None;
        }
        if va != vb || (ya.is_some() && yb.is_some() && ya != yb) {
            return Some(format!("{} vs {}", describe(vb, yb), describe(va, ya)));
        }
    }
    let (ya, yb) = (a.cell_year()?, b.cell_year()?);
    // Two dates are named as dates, whichever part differs: `year 2024 vs
    // 2025` beside two copies that both say `IROS 2024` sends a reader to
    // the venue cells.
    match (a.cell_month(), b.cell_month()) {
        (Some(ma), Some(mb)) if (ya, ma) != (yb, mb) => {
            Some(format!("date {yb}-{mb:02} vs {ya}-{ma:02}"))
        }
        _ => (ya != yb).then(|| format!("year {yb} vs {ya}")),
    }
}

/// Whether one copy names a journal and the other a meeting its papers are
/// presented at, that year or the next (`RA-L 2021` and `ICRA 2022`): one
/// paper, both right. Years the venue cells leave out are the rows'.
fn presented_at_the_other(cx: &Context<'_>, a: (u32, Option<i32>), b: (u32, Option<i32>)) -> bool {
    let venues = &cx.knowledge.venues;
    let presented = |(journal, journal_year): (u32, Option<i32>),
                     (meeting, year): (u32, Option<i32>)| {
        venues.presents_at(journal, meeting)
            && match (journal_year, year) {
                (Some(j), Some(m)) => (j..=j + 1).contains(&m),
                _ => true,
            }
    };
    presented(a, b) || presented(b, a)
}
