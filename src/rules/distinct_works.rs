//! Rows that name two works though a title or a link seems to say one: two
//! talks or pages under one short title, a recorded talk, two results of
//! one paper in results tables, two checkpoints of one model.

use super::{Context, RowRef};
use crate::facts::row_paper_ids;
use crate::knowledge::text;
use crate::knowledge::VenueKind;

/// Two rows under one short title ("Bayesian Optimization") that link no
/// paper by an id (a book's site, a blog post) and link different pages:
/// a short title alone does not make them one work. The page is the title
/// cell's link, or, when the title is plain text, the row's first link
/// outside the code column (putao537's `| CVPR'22 | Embodied AI Workshop |
/// [HomePage](...) |`, one workshop's yearly editions).
pub(super) fn unidentified_pages(a: &RowRef<'_>, b: &RowRef<'_>) -> bool {
    let first_url = |r: &RowRef<'_>| {
        let title = r.table.column(crate::document::Role::Title);
        let code = r.table.column(crate::document::Role::Code);
        r.row
            .cell_of(title)
            .and_then(|c| c.links().next())
            .or_else(|| r.row.links().find(|l| Some(l.cell) != code))
            .map(|l| l.url.trim().trim_end_matches('/').to_string())
    };
    row_paper_ids(a.table, a.row, a.facts).is_empty()
        && row_paper_ids(b.table, b.row, b.facts).is_empty()
        && matches!((first_url(a), first_url(b)), (Some(x), Some(y)) if x != y)
}

/// Two rows under one title, however long, under a heading over events
/// (`### Workshops`), that link no paper by an id but different pages and
/// name different venues or years: one event's editions (ericzzj1989's
/// "Frontiers of Optimization for Robotics" at RSS 2024 and at ICRA 2026,
/// each with its own site), not one paper listed twice. Elsewhere such a
/// pair is as often a title pasted on another entry's row.
pub(super) fn editions_of_an_event(cx: &Context<'_>, a: &RowRef<'_>, b: &RowRef<'_>) -> bool {
    fn differ<T: PartialEq>(x: Option<T>, y: Option<T>) -> bool {
        matches!((x, y), (Some(x), Some(y)) if x != y)
    }
    let venue = |r: &RowRef<'_>| {
        r.facts
            .venue
            .as_ref()
            .and_then(|v| v.value.mention())
            .map(|m| m.venue)
    };
    let words = &cx.knowledge.columns.citing.event_words;
    let under_events = |r: &RowRef<'_>| {
        cx.document.heading_chain(r.table.heading).any(|h| {
            h.text
                .split(|c: char| !c.is_alphanumeric())
                .any(|word| words.iter().any(|w| w.eq_ignore_ascii_case(word)))
        })
    };
    // A preprint beside its publication is one paper, wherever it is.
    let preprint = |r: &RowRef<'_>| {
        r.facts
            .venue
            .as_ref()
            .and_then(|v| v.value.mention())
            .is_some_and(|m| cx.knowledge.venues.venue(m.venue).kind == VenueKind::Preprint)
    };
    under_events(a)
        && under_events(b)
        && !preprint(a)
        && !preprint(b)
        && unidentified_pages(a, b)
        && (differ(venue(a), venue(b)) || differ(a.facts.cell_year(), b.facts.cell_year()))
}

/// Whether the row's title links a recorded talk (`talk_hosts` in
/// rules/columns.toml): talks share titles ("Bayesian Optimization") with
/// other talks and with papers.
pub(super) fn links_a_talk(cx: &Context<'_>, row: &RowRef<'_>) -> bool {
    let title = row.table.column(crate::document::Role::Title);
    let Some(link) = row.row.cell_of(title).and_then(|c| c.links().next()) else {
        return false;
    };
    // Read in place, case folded byte by byte, and cut by memchr: a
    // lower-case copy of every row's URL and `str` searches cost more than
    // the rest.
    let url = link.url;
    let host = match text::split_once(url, "://") {
        Some((_, rest)) => text::find(rest, "://").map_or(rest, |end| &rest[..end]),
        None => url,
    };
    let end = host.bytes().position(|b| matches!(b, b'/' | b'?' | b'#'));
    let host = &host.as_bytes()[..end.unwrap_or(host.len())];
    let host = strip_prefix_in_any_case(host, b"www.");
    let host = strip_prefix_in_any_case(host, b"m.");
    // The known hosts are in lower case.
    (cx.knowledge.columns.talk_hosts.iter()).any(|h| {
        h.len() == host.len()
            && h.bytes()
                .zip(host)
                .all(|(a, b)| a == b.to_ascii_lowercase())
    })
}

fn strip_prefix_in_any_case<'a>(text: &'a [u8], prefix: &[u8]) -> &'a [u8] {
    match text.split_at_checked(prefix.len()) {
        Some((head, rest)) if head.eq_ignore_ascii_case(prefix) => rest,
        _ => text,
    }
}

/// Two rows of results tables whose scores differ are two results of one
/// paper (a backbone, a setting or a split each: `KI2HOI` and
/// `KI2HOI (NF-UC)`, `SABRA-Res50` and `SABRA-Res50FPN` on one link), not a
/// copy; they still must agree on the paper's details.
pub(super) fn two_results(cx: &Context<'_>, a: &RowRef<'_>, b: &RowRef<'_>) -> bool {
    let scores = |r: &RowRef<'_>| -> Option<Vec<String>> {
        let columns = &cx.profile.tables[r.table_index].score_columns;
        (!columns.is_empty()).then(|| {
            columns
                .iter()
                .map(|&c| r.cell_text(c).trim().to_string())
                .collect()
        })
    };
    match (scores(a), scores(b)) {
        (Some(x), Some(y)) => x != y,
        _ => false,
    }
}

/// Two rows of a catalogue of models giving one model at two sizes
/// (`GPT-Neo | 2.7B` and `GPT-Neo | 1.3B`) are two checkpoints, not a row
/// twice; they still must agree on the model's details.
pub(super) fn two_checkpoints(cx: &Context<'_>, a: &RowRef<'_>, b: &RowRef<'_>) -> bool {
    if a.table_index != b.table_index || !cx.profile.tables[a.table_index].lists_models {
        return false;
    }
    let sizes = &cx.knowledge.columns.citing.size_headers;
    (a.table.columns.iter().enumerate())
        .filter(|(_, column)| crate::knowledge::ColumnRoles::header_is(sizes, &column.header))
        .any(|(c, _)| {
            let (x, y) = (a.cell_text(c).trim(), b.cell_text(c).trim());
            let given = |s: &str| !s.is_empty() && !cx.knowledge.is_placeholder(s);
            given(x) && given(y) && x != y
        })
}

/// Two rows under two tellings of one title, a conference paper and a
/// journal's a year or more later, each linking a publication of its own
/// and sharing only their preprint (DAG-FL at ICC 2021 and `Towards
/// On-Device Federated Learning: A Direct Acyclic Graph-based Blockchain
/// Approach` in TNNLS 2023, both on arXiv 2104.13092): the paper and its
/// journal extension, which the authors posted as one preprint. A stale
/// copy of one paper keeps its title, or links no publication of its own.
pub(super) fn extension_on_one_preprint(cx: &Context<'_>, a: &RowRef<'_>, b: &RowRef<'_>) -> bool {
    let (Some(x), Some(y)) = (
        crate::facts::row_title(a.table, a.row),
        crate::facts::row_title(b.table, b.row),
    ) else {
        return false;
    };
    // Two tellings of one title share its telling words; a preprint link
    // pasted on an unrelated paper's row shares none.
    if super::titles::identity_key(x) == super::titles::identity_key(y) || !retold(x, y) {
        return false;
    }
    let (ids_a, ids_b) = (
        row_paper_ids(a.table, a.row, a.facts),
        row_paper_ids(b.table, b.row, b.facts),
    );
    let own_publication = |ids: &[crate::knowledge::ids::PaperId],
                           others: &[crate::knowledge::ids::PaperId]| {
        ids.iter()
            .any(|id| id.is_publishers() && !others.contains(id))
    };
    let shares_only_preprints = ids_a
        .iter()
        .filter(|id| ids_b.contains(id))
        .all(|id| !id.is_publishers());
    let kind_and_year = |r: &RowRef<'_>| {
        let mention = r.facts.venue.as_ref()?.value.mention()?;
        let year = cx.venue_year(r).map(|v| v.year).or(r.facts.cell_year())?;
        Some((cx.knowledge.venues.venue(mention.venue).kind, year))
    };
    let later_in_a_journal = match (kind_and_year(a), kind_and_year(b)) {
        (Some((VenueKind::Conference, c)), Some((VenueKind::Journal, j)))
        | (Some((VenueKind::Journal, j)), Some((VenueKind::Conference, c))) => j > c,
        _ => false,
    };
    own_publication(&ids_a, &ids_b)
        && own_publication(&ids_b, &ids_a)
        && shares_only_preprints
        && later_in_a_journal
}

/// Whether two titles share three telling words or more (four letters or
/// more, no function word), half the shorter title's at least.
fn retold(a: &str, b: &str) -> bool {
    let telling = |title: &str| -> std::collections::HashSet<String> {
        super::titles::lower_words(title)
            .into_iter()
            .filter(|w| {
                w.chars().count() >= 4 && !super::titles::FUNCTION_WORDS.contains(&w.as_str())
            })
            .collect()
    };
    let (x, y) = (telling(a), telling(b));
    let shared = x.intersection(&y).count();
    shared >= RETOLD_WORDS && 2 * shared >= x.len().min(y.len())
}

/// Telling words two tellings of one title share at least.
const RETOLD_WORDS: usize = 3;
