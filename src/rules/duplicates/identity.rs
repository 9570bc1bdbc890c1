//! What a row is known by in the duplicate map: its paper ids, its title,
//! its pages, or (in a citing table) the name it gives.

use super::super::distinct_works::links_a_talk;
use super::super::titles::{same_identity_key, title_hash, Fnv64};
use super::super::{Context, RowRef};
use super::entries::{row_name, row_year};
use crate::facts::row_paper_ids;
use crate::knowledge::ids::PaperId;
use std::hash::{Hash, Hasher};

/// What makes two rows one paper. Titles are compared by their key, which
/// is only built to confirm a hash hit.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) enum Identity {
    Id(PaperId),
    Title,
    /// The name a citing table gives its row (a dataset, a tool).
    Name,
    /// The page a row without a title of its own links (see link_identity).
    Page(String),
    /// The coined name before a title's colon, within one table: found
    /// to pair a subtitle pasted twice, once shortened (see
    /// `one_name_one_subtitle_shortened`).
    CoinedName,
}

pub(super) fn identities(cx: &Context<'_>, row: &RowRef<'_>) -> Vec<(u64, Identity)> {
    // A citing table's rows are the things it names; many of them may cite
    // one paper.
    if cx.profile.tables[row.table_index].cites_only {
        let mut identities: Vec<(u64, Identity)> = row_name(cx, row)
            .map(|name| vec![(title_hash(name), Identity::Name)])
            .unwrap_or_default();
        identities.extend(id_identities(row));
        return identities;
    }
    // A row that leaves out trailing cells is still a paper: its title and
    // links count like any other row's.
    let mut identities = id_identities(row);
    let talk = links_a_talk(cx, row);
    // The title is read once: it decides the pages too (an untitled row's).
    let title = row.facts.title(row.table, row.row);
    let pages = if talk || title.is_none() {
        super::super::link_identity::row_pages(row)
    } else {
        Vec::new()
    };
    for page in pages {
        identities.push((title_hash(&page), Identity::Page(page)));
    }
    if let Some(title) = title {
        if !cx.profile.tables[row.table_index].titles_repeat
            && !broken_line(cx, row)
            && !cx.knowledge.is_placeholder(title)
            && !super::super::titles::names_authors_only(title)
            && !talk
        {
            // A title with a leading name (`NAME: Title`) is found by the
            // title without it: a copy written with the name or without
            // it, or with another name (`same_identity` tells them apart).
            // One key a row keeps the map as small as the rows.
            let named = super::super::titles::title_after_name(title);
            let key = named.map_or(title, |(_, rest)| rest);
            identities.push((title_hash(key), Identity::Title));
            // Last of the row's identities: a hit on the full title with
            // the same earlier row is confirmed first.
            if let Some((name, _)) = named.filter(|(name, _)| coined(name)) {
                let table = (row.table_index as u64 + 1).wrapping_mul(TABLE_SALT);
                identities.push((title_hash(name) ^ table, Identity::CoinedName));
            }
        }
    }
    // A row whose venue cell says `Dataset` is a dataset that cites the
    // paper introducing it: it pairs only with other dataset entries (such
    // rows, and rows under a "Datasets" heading), never with that paper's
    // own row.
    let salted = |identities: &[(u64, Identity)]| {
        identities
            .iter()
            .map(|(hash, identity)| (hash ^ DATASET_ENTRIES, identity.clone()))
            .collect::<Vec<_>>()
    };
    if dataset_entry(cx, row) {
        return salted(&identities);
    }
    // Under a "Datasets" heading a row is compared with the other dataset
    // entries first, then with the paper rows.
    if dataset_section(cx, row) {
        let mut both = salted(&identities);
        both.extend(identities);
        return both;
    }
    identities
}

fn id_identities(row: &RowRef<'_>) -> Vec<(u64, Identity)> {
    let ids = row_paper_ids(row.table, row.row, row.facts);
    // Room for the title's identity and its coined name's too: growing the
    // list for them cost a tenth of the hashing.
    let mut identities = Vec::with_capacity(ids.len() + 2);
    identities.extend(ids.into_iter().map(|id| {
        let mut hasher = Fnv64::default();
        id.hash(&mut hasher);
        (hasher.finish(), Identity::Id(id))
    }));
    identities
}

/// Confirms what a hash hit claims.
pub(super) fn same_identity(
    cx: &Context<'_>,
    a: &RowRef<'_>,
    b: &RowRef<'_>,
    identity: &Identity,
) -> bool {
    match identity {
        Identity::Name => match (row_name(cx, a), row_name(cx, b)) {
            (Some(x), Some(y)) => same_identity_key(x, y),
            _ => false,
        },
        Identity::Id(id) => row_paper_ids(a.table, a.row, a.facts).contains(id),
        Identity::Page(page) => {
            super::super::link_identity::row_pages(a).contains(page)
                && super::super::link_identity::row_pages(b).contains(page)
        }
        Identity::CoinedName => {
            a.table_index == b.table_index
                && match (a.facts.title(a.table, a.row), b.facts.title(b.table, b.row)) {
                    (Some(x), Some(y)) => {
                        let named = super::super::titles::title_after_name;
                        matches!((named(x), named(y)), (Some((n, sub_x)), Some((_, sub_y)))
                            if coined(n) && words_within_either(sub_x, sub_y))
                            && super::super::titles::one_name_one_subtitle_shortened(x, y)
                    }
                    _ => false,
                }
        }
        Identity::Title => match (a.facts.title(a.table, a.row), b.facts.title(b.table, b.row)) {
            (Some(x), Some(y)) => {
                same_identity_key(x, y)
                    || (super::super::titles::same_title_past_a_name(x, y)
                        && !a_later_paper_took_the_title(cx, (a, x), (b, y)))
            }
            _ => false,
        },
    }
}

/// Whether a title's leading name is one coined word (`OG-PCL`,
/// `Q-Diffusion`, `GPT4Tools`): a capital past its first letter or a
/// digit. A word of the language (`Oral:`, `Benchmark:`, `Survey:`) labels
/// many papers.
fn coined(name: &str) -> bool {
    // Cheapest first: every row of a list with coined names comes here.
    let key_len = || {
        if name.is_ascii() {
            name.bytes().filter(u8::is_ascii_alphanumeric).count()
        } else {
            super::super::titles::identity_key(name).len()
        }
    };
    name.chars()
        .skip(1)
        .any(|c| c.is_uppercase() || c.is_ascii_digit())
        && !name.contains(char::is_whitespace)
        && key_len() >= 4
}

/// Whether the longer words of one subtitle, but its last (which a copy
/// may cut), all stand in the other, either way round: a check without
/// building either's words, which rules out most pairs of one name before
/// [`one_name_one_subtitle_shortened`] reads them. ASCII subtitles only;
/// any other pair goes on to that reading.
fn words_within_either(a: &str, b: &str) -> bool {
    fn within(a: &str, b: &str) -> bool {
        let mut pending: Option<&str> = None;
        for word in a.split(|c: char| !c.is_ascii_alphanumeric()) {
            if word.is_empty() {
                continue;
            }
            if let Some(earlier) = pending.replace(word) {
                let function = super::super::titles::FUNCTION_WORDS
                    .iter()
                    .any(|f| f.eq_ignore_ascii_case(earlier));
                if earlier.len() >= 5 && !function && !contains_ignoring_case(b, earlier) {
                    return false;
                }
            }
        }
        true
    }
    !(a.is_ascii() && b.is_ascii()) || within(a, b) || within(b, a)
}

fn contains_ignoring_case(text: &str, word: &str) -> bool {
    text.as_bytes()
        .windows(word.len())
        .any(|w| w.eq_ignore_ascii_case(word.as_bytes()))
}

/// Spreads the coined names' hashes by table: such a name pairs rows of
/// one table only.
const TABLE_SALT: u64 = 0xc2b2_ae3d_27d4_eb4f;

/// Years by which the row whose title has a name before it must come
/// after the row without it to be another paper (`Limited Gradient
/// Descent: Learning With Noisy Labels`, 2020, beside Natarajan's
/// `Learning with Noisy Labels`, NIPS 2013): a short title a later paper
/// takes up. The other way round (`PointCNN: ...` on arXiv 2018, the title
/// without its name in TPAMI 2021) is a paper and its journal version.
const NAMED_TITLE_YEARS: i32 = 3;

/// Whether, of two rows whose titles are one past a name, the named one
/// is [`NAMED_TITLE_YEARS`] or more later than the plain one.
fn a_later_paper_took_the_title(
    cx: &Context<'_>,
    (a, title_a): (&RowRef<'_>, &str),
    (b, title_b): (&RowRef<'_>, &str),
) -> bool {
    let named = |title: &str| super::super::titles::title_after_name(title).is_some();
    let (named_row, plain_row) = match (named(title_a), named(title_b)) {
        (true, false) => (a, b),
        (false, true) => (b, a),
        _ => return false,
    };
    matches!(
        (row_year(cx, named_row), row_year(cx, plain_row)),
        (Some(n), Some(p)) if n - p >= NAMED_TITLE_YEARS
    )
}

/// Mixed into the hashes of the papers that citing tables' rows link,
/// which pair only among themselves.
pub(super) const CITED_PAPERS: u64 = 0x27d4_eb2f_1656_67c5;

/// Mixed into the hashes of dataset entries, which pair only among
/// themselves.
const DATASET_ENTRIES: u64 = 0x5bd1_e995_d47a_1c3f;

/// Whether a paper table's row names a dataset (or benchmark, tool) rather
/// than a paper: its venue cell holds `Dataset` instead of a venue, or a
/// release channel that is no publication (`GitHub 2024`: a repository
/// implementing the paper).
pub(super) fn dataset_entry(cx: &Context<'_>, row: &RowRef<'_>) -> bool {
    let Some(column) = row.table.column(crate::document::Role::Venue) else {
        return false;
    };
    let channels = &cx.knowledge.columns.citing.entry_channels;
    let entry_channel = row.facts.venue.as_ref().is_some_and(|fact| {
        fact.value.mention().is_some_and(|m| {
            let venue = cx.knowledge.venues.venue(m.venue);
            channels.iter().any(|c| c.eq_ignore_ascii_case(&venue.name))
        })
    });
    if entry_channel {
        return true;
    }
    let text = row
        .cell_text(column)
        .trim_matches(|c: char| !c.is_alphanumeric());
    !text.is_empty()
        && crate::knowledge::ColumnRoles::header_is(
            &cx.knowledge.columns.citing.entity_headers,
            text,
        )
}

/// Whether a row sits under a heading that names datasets or benchmarks:
/// the table's, learned once with its profile (reading the headings again
/// for each row was a tenth of the duplicate search on a long table).
fn dataset_section(cx: &Context<'_>, row: &RowRef<'_>) -> bool {
    cx.profile.tables[row.table_index].under_dataset_heading
}

/// A row missing two or more cells beyond those the table leaves out by
/// convention, whose title cell carries no link, is most likely the second
/// half of a row broken over two lines: its "title" is whatever text landed
/// in that column. Such a row still takes part through its paper links.
fn broken_line(cx: &Context<'_>, row: &RowRef<'_>) -> bool {
    let optional = cx.profile.tables[row.table_index].optional_tail;
    let short = row.row.cell_count() + optional + 1 < row.table.columns.len();
    let titled = row
        .row
        .cell_of(row.table.column(crate::document::Role::Title))
        .is_some_and(|c| c.links().next().is_some());
    short && !titled
}
