//! Finds rows that name the same paper, by hashing: each row's identities
//! (arXiv id, OpenReview id, DOI, normalised title) go into one map of 64-bit
//! hashes, so a list of n rows costs O(n), never all pairs, and the map stays
//! small. A hash hit is confirmed on the real identities before it counts.

use super::distinct_works::{links_a_talk, two_checkpoints, two_results, unidentified_pages};
use super::entry_name::entry_name_column;
pub use super::pair::{Evidence, Pair, PairIds};
use super::same_name::{
    different_linked_titles, different_links_and_details, different_papers,
    one_long_title_in_one_table, row_places, same_place, short_name, two_publications,
};
use super::titles::{identity_key, title_hash, titles_match, Fnv64};
use super::{Context, RowRef};
use crate::facts::{row_paper_ids, row_title};
use crate::knowledge::ids::PaperId;
use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hash, Hasher};

/// What makes two rows one paper. Titles are compared by their key, which
/// is only built to confirm a hash hit.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Identity {
    Id(PaperId),
    Title,
    /// The name a citing table gives its row (a dataset, a tool).
    Name,
    /// The page a row without a title of its own links (see link_identity).
    Page(String),
}

impl Context<'_> {
    /// Whether a paper table's row names a dataset that cites its paper
    /// (`Dataset` in the venue cell), not a paper.
    pub fn is_dataset_entry(&self, row: &RowRef<'_>) -> bool {
        dataset_entry(self, row)
    }

    /// Rows that name the same paper as an earlier row.
    pub fn duplicate_pairs(&self) -> Vec<Pair<'_>> {
        self.duplicate_pairs
            .get_or_init(|| find_pairs(self))
            .iter()
            .map(|p| Pair {
                earlier: self.row(p.earlier),
                later: self.row(p.later),
                evidence: &p.evidence,
                same_title: p.same_title,
                distinct_entries: p.distinct_entries,
            })
            .collect()
    }
}

/// Every later row paired with the nearest earlier row it repeats, at most
/// once for "same paper" and once for "same link, other title".
pub fn find_pairs(cx: &Context<'_>) -> Vec<PairIds> {
    // Row ids, not row views: this list is as long as the document.
    let ids: Vec<(u32, u32)> = cx
        .rows()
        .filter(|r| r.is_paper(cx.knowledge))
        .map(|r| (r.table_index as u32, r.row_index as u32))
        .collect();
    let view = |index: usize| cx.row((ids[index].0 as usize, ids[index].1 as usize));
    let mut last_seen: HashMap<u64, u32, BuildHasherDefault<AlreadyHashed>> =
        HashMap::with_capacity_and_hasher(ids.len() * 2, BuildHasherDefault::default());
    let mut found = Vec::new();
    // Rows per PDF file: a file three rows or more link under their own
    // titles is a collection (a workshop's proceedings, a thesis).
    let mut pdf_rows: HashMap<u64, u32, BuildHasherDefault<AlreadyHashed>> = HashMap::default();
    for index in 0..ids.len() {
        let row = &view(index);
        let mut paired = (false, false);
        let mut earlier_rows = HashSet::new();
        let cites_only = cx.profile.tables[row.table_index].cites_only;
        for (hash, identity) in identities(cx, row) {
            // A table of datasets or tools cites papers: its rows pair only
            // with rows of the same table.
            // The paper links of those rows pair across citing tables, to
            // find two datasets that give two papers' details on one link.
            if matches!(identity, Identity::Id(PaperId::Pdf(_))) {
                *pdf_rows.entry(hash).or_default() += 1;
            }
            let hash = match (cites_only, &identity) {
                (false, _) => hash,
                (true, Identity::Id(_)) => hash ^ CITED_PAPERS,
                (true, _) => {
                    hash ^ (row.table_index as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15)
                }
            };
            // Each copy is compared with its nearest earlier copy: the map
            // keeps the latest row of each identity.
            let earlier = match last_seen.entry(hash) {
                Entry::Vacant(slot) => {
                    slot.insert(index as u32);
                    continue;
                }
                Entry::Occupied(mut seen) => {
                    let earlier = *seen.get() as usize;
                    seen.insert(index as u32);
                    earlier
                }
            };
            let earlier_row = view(earlier);
            if !earlier_rows.insert(earlier) || !same_identity(cx, &earlier_row, row, &identity) {
                continue;
            }
            // Chapters of one report on its one file (`GPU-Latency-Hiding-Ch2`,
            // `-Ch3`): parts listed on purpose.
            if matches!(identity, Identity::Id(PaperId::Pdf(_)))
                && numbered_parts(&earlier_row, row)
            {
                continue;
            }
            // Two models of one catalogue (Bloomz, Bloomz-mt) on the link
            // of the paper that released both, with its code or its date.
            if earlier_row.table_index == row.table_index
                && cx.profile.tables[row.table_index].lists_models
                && row_title(earlier_row.table, earlier_row.row).map(identity_key)
                    != row_title(row.table, row.row).map(identity_key)
                && one_release(&earlier_row, row)
            {
                continue;
            }
            if identity == Identity::Title
                && ((different_papers(&earlier_row, row, |id| matches!(id, PaperId::Arxiv(_)))
                    && !one_long_title_in_one_table(&earlier_row, row))
                    || (short_name(cx, &earlier_row)
                        && short_name(cx, row)
                        && (different_papers(&earlier_row, row, |_| true)
                            || different_links_and_details(cx, &earlier_row, row)
                            || different_linked_titles(&earlier_row, row)
                            || unidentified_pages(&earlier_row, row)))
                    || two_publications(cx, &earlier_row, row))
            {
                continue;
            }
            // Names that differ in case only (`LIMoE`, `LiMoE`) with two
            // different arXiv papers are two models, not one.
            // One name on two sources (`DBLP` from SNAP and from KONECT,
            // `Amazon-Movie` as TEG-DB and as Edgeformers preprocessed it)
            // is two versions of a dataset, not one entry twice (in a paper
            // table, a preprint and its published version are one paper).
            if identity == Identity::Name
                && ((row_name(cx, &earlier_row).map(str::trim) != row_name(cx, row).map(str::trim)
                    && different_papers(&earlier_row, row, |id| matches!(id, PaperId::Arxiv(_))))
                    || different_linked_titles(&earlier_row, row)
                    || (cites_only && no_link_in_common(cx, &earlier_row, row)))
            {
                continue;
            }
            let same_title = if cites_only {
                identity == Identity::Name
                    || matches!(
                        (row_name(cx, &earlier_row), row_name(cx, row)),
                        (Some(x), Some(y)) if identity_key(x) == identity_key(y)
                    )
            } else {
                let (a, b) = match (
                    row_title(earlier_row.table, earlier_row.row),
                    row_title(row.table, row.row),
                ) {
                    (None, None) => titles_by_name(cx, &earlier_row, row),
                    titles => titles,
                };
                matches!(identity, Identity::Name | Identity::Page(_))
                    || (titles_match(a, b) && !new_problem(cx, (&earlier_row, row), (a, b)))
            };
            // Where a table's "titles" repeat (a model, a journal), two
            // names on one link say nothing about which is wrong.
            if !same_title
                && (cx.profile.tables[row.table_index].titles_repeat
                    || cx.profile.tables[earlier_row.table_index].titles_repeat)
            {
                continue;
            }
            let already = if same_title {
                &mut paired.0
            } else {
                &mut paired.1
            };
            if *already {
                continue;
            }
            *already = true;
            // Two rows of one paper under two names are two entries: they
            // still must agree on the paper's details.
            let distinct_entries = (same_title
                && identity != Identity::Name
                && different_entries(cx, &earlier_row, row))
                || two_results(cx, &earlier_row, row)
                || two_checkpoints(cx, &earlier_row, row);
            found.push(PairIds {
                earlier: (earlier_row.table_index, earlier_row.row_index),
                later: (row.table_index, row.row_index),
                evidence: match identity {
                    Identity::Id(id) => Evidence::Id(id),
                    Identity::Title | Identity::Name | Identity::Page(_) => Evidence::Title,
                },
                same_title,
                distinct_entries,
            });
        }
    }
    found.retain(|pair| match &pair.evidence {
        Evidence::Id(id @ PaperId::Pdf(_)) if !pair.same_title => {
            let mut hasher = Fnv64::default();
            id.hash(&mut hasher);
            pdf_rows.get(&hasher.finish()).copied().unwrap_or(0) < COLLECTION_ROWS
        }
        _ => true,
    });
    found
}

/// Rows that link one PDF file under their own titles, from which it is a
/// collection of papers rather than one paper linked twice.
const COLLECTION_ROWS: u32 = 3;

/// `| MoE-FFD | MoE-FFD: Mixture of Experts for ... |` beside `| MLLMs |
/// MoE-FFD: Mixture of Experts for ... |`: the title names its entry, the
/// other row's name (`x`, `y` are both names' keys) is nowhere in it. One
/// row's title and link were pasted under another entry's name; two entries
/// of one paper (`BLIP`, `BLIP-Large`; `MSVD-QA`, `MSRVTT-QA` under a title
/// that names neither) keep their exemption.
fn foreign_name_beside_a_named_title(row: &RowRef<'_>, x: &str, y: &str) -> bool {
    let Some(title) = row_title(row.table, row.row) else {
        return false;
    };
    let Some((lead, _)) = super::titles::title_after_name(title) else {
        return false;
    };
    let (lead, whole) = (identity_key(lead), identity_key(title));
    let foreign = |name: &str| !name.contains(lead.as_str()) && !whole.contains(name);
    (x == lead && foreign(y)) || (y == lead && foreign(x))
}

/// Whether two rows' titles differ only in their numbers: two parts of one
/// work (`... Ch2`, `... Ch3`; `Part 1`, `Part 2`).
fn numbered_parts(a: &RowRef<'_>, b: &RowRef<'_>) -> bool {
    let (Some(x), Some(y)) = (row_title(a.table, a.row), row_title(b.table, b.row)) else {
        return false;
    };
    let (x, y) = (crate::facts::title_key(x), crate::facts::title_key(y));
    let without_digits =
        |t: &str| -> String { t.chars().filter(|c| !c.is_ascii_digit()).collect() };
    x != y && without_digits(&x) == without_digits(&y)
}

/// The titles two rows give in their naming column when their title cells
/// are generic links (`| Method | Paper |` with each Paper cell
/// `[Paper](...)` and the titles under Method): both names or neither, and
/// only names of four words or more, which read as titles, not as a
/// model's name (two models of one paper share its link).
fn titles_by_name<'r>(
    cx: &Context<'_>,
    a: &RowRef<'r>,
    b: &RowRef<'r>,
) -> (Option<&'r str>, Option<&'r str>) {
    // `MedOpenClaw: Auditable VLM Agent ...` and `MedOpenCLAW /
    // MedFlowBench: Auditing ...`: one paper's name, its subtitle written
    // from memory in each section; such names tell nothing apart.
    let lead = |name: &str| name.split_whitespace().next().map(identity_key);
    match (title_by_name(cx, a), title_by_name(cx, b)) {
        (Some(x), Some(y)) if lead(x) != lead(y) => (Some(x), Some(y)),
        _ => (None, None),
    }
}

/// The row's naming column's text when it reads as a title (four words or
/// more): what a row whose title cell is a generic link is known by.
pub(super) fn title_by_name<'r>(cx: &Context<'_>, r: &RowRef<'r>) -> Option<&'r str> {
    let name = r.row.cell(entry_name_column(cx, r)?)?.text_without_badges();
    (name.split_whitespace().count() >= 4).then_some(name)
}

fn identities(cx: &Context<'_>, row: &RowRef<'_>) -> Vec<(u64, Identity)> {
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
    let pages = if talk {
        super::link_identity::row_pages(row)
    } else {
        super::link_identity::untitled_row_pages(row)
    };
    for page in pages {
        identities.push((title_hash(&page), Identity::Page(page)));
    }
    if let Some(title) = row_title(row.table, row.row) {
        if !cx.profile.tables[row.table_index].titles_repeat
            && !broken_line(cx, row)
            && !cx.knowledge.is_placeholder(title)
            && !super::titles::names_authors_only(title)
            && !talk
        {
            // A title with a leading name (`NAME: Title`) is found by the
            // title without it: a copy written with the name or without
            // it, or with another name (`same_identity` tells them apart).
            // One key a row keeps the map as small as the rows.
            let key = super::titles::title_after_name(title).map_or(title, |(_, rest)| rest);
            identities.push((title_hash(key), Identity::Title));
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
    row_paper_ids(row.table, row.row)
        .into_iter()
        .map(|id| {
            let mut hasher = Fnv64::default();
            id.hash(&mut hasher);
            (hasher.finish(), Identity::Id(id))
        })
        .collect()
}

/// Whether two rows of a model catalogue come from one release: they share
/// a link besides the paper's (its code), or their date cells agree. A
/// model with its own repository and date on another model's paper link
/// carries a wrong link.
fn one_release(a: &RowRef<'_>, b: &RowRef<'_>) -> bool {
    let other_links = |r: &RowRef<'_>| -> Vec<String> {
        r.row
            .links()
            .filter(|l| crate::knowledge::ids::paper_ids(l.url).is_empty())
            .map(|l| l.url.trim().trim_end_matches('/').to_string())
            .filter(|u| !u.is_empty())
            .collect()
    };
    fn date(r: &RowRef<'_>) -> Option<String> {
        let column = r.table.column(crate::document::Role::Year)?;
        let text = r.cell_text(column).trim();
        (!text.is_empty()).then(|| text.to_string())
    }
    let (x, y) = (other_links(a), other_links(b));
    x.iter().any(|u| y.contains(u))
        || date(a).is_some_and(|d| date(b).as_deref() == Some(d.as_str()))
}

/// Mixed into the hashes of the papers that citing tables' rows link,
/// which pair only among themselves.
const CITED_PAPERS: u64 = 0x27d4_eb2f_1656_67c5;

/// Mixed into the hashes of dataset entries, which pair only among
/// themselves.
const DATASET_ENTRIES: u64 = 0x5bd1_e995_d47a_1c3f;

/// Whether a paper table's row names a dataset (or benchmark, tool) rather
/// than a paper: its venue cell holds `Dataset` instead of a venue, or a
/// release channel that is no publication (`GitHub 2024`: a repository
/// implementing the paper).
fn dataset_entry(cx: &Context<'_>, row: &RowRef<'_>) -> bool {
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

/// Whether a row sits under a heading that names datasets or benchmarks.
fn dataset_section(cx: &Context<'_>, row: &RowRef<'_>) -> bool {
    let words = &cx.knowledge.columns.citing.section_words;
    cx.document.heading_chain(row.table.heading).any(|h| {
        h.text
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .any(|word| words.iter().any(|w| w.eq_ignore_ascii_case(word)))
    })
}

/// The name a citing table's row gives, unless it is a placeholder.
pub(super) fn row_name<'r>(cx: &Context<'_>, row: &RowRef<'r>) -> Option<&'r str> {
    let column = crate::profile::tables::naming_column(row.table, &cx.knowledge.columns)?;
    // `[paper](...)` says what the link is, not what the row names.
    if Some(column) == row.table.column(crate::document::Role::Title) && row.row.has_generic_title()
    {
        return None;
    }
    // A badge (`[![Dataset 2011](...)](...)<br>**IIIT5K**`) is not the name.
    let text = row.row.cell(column).map_or("", |c| c.text_without_badges());
    (text.chars().any(char::is_alphanumeric) && !cx.knowledge.is_placeholder(text)).then_some(text)
}

/// A short title and the same title taken to a new problem (`Neural
/// ordinary differential equations` / `... for modeling epidemic
/// spreading`, 2018 and 2023) on rows dated two years apart at least: two
/// papers, one link borrowed. Closer, the short one is the title cut short
/// (`Deep Residual Learning` / `... for Image Recognition`, even at two
/// venues of one year: a conflict, not two papers).
fn new_problem(
    cx: &Context<'_>,
    (a, b): (&RowRef<'_>, &RowRef<'_>),
    (title_a, title_b): (Option<&str>, Option<&str>),
) -> bool {
    let (Some(x), Some(y)) = (title_a, title_b) else {
        return false;
    };
    let year = |r: &RowRef<'_>| cx.venue_year(r).map(|v| v.year).or(r.facts.cell_year());
    super::titles::taken_further(x, y)
        && matches!((year(a), year(b)), (Some(p), Some(q)) if p.abs_diff(q) >= 2)
}

/// Two rows of one paper that name two different entries in their name
/// columns ("MSVD-QA" and "MSRVTT-QA", two datasets of one paper) are two
/// entries, not one paper listed twice. Failing a name column, the columns
/// left of the title that have no role are labels (`Approach | Paper`,
/// `Task | Architecture | Model`): a paper under two labels of one such
/// column (both cells words, not placeholders) is two entries. A label
/// right of the title (`Title | Date | Task`) is a detail of the paper, not
/// its entry.
fn different_entries(cx: &Context<'_>, a: &RowRef<'_>, b: &RowRef<'_>) -> bool {
    let name = |r: &RowRef<'_>| -> Option<String> {
        let text = r.cell_text(entry_name_column(cx, r)?);
        let key = identity_key(text);
        (!key.is_empty() && !cx.knowledge.is_placeholder(text)).then_some(key)
    };
    match (name(a), name(b)) {
        (Some(x), Some(y)) => return x != y && !foreign_name_beside_a_named_title(a, &x, &y),
        (None, None) => {}
        _ => return false,
    }
    let labels = |r: &RowRef<'_>| -> Vec<(String, String)> {
        let Some(title) = r.table.column(crate::document::Role::Title) else {
            return Vec::new();
        };
        // A description (`Tags`, `Notes`) labels no entry, unless its
        // values file the rows in runs (Tomsawyerhu's `Tag`: a paper of two
        // tags listed in both runs).
        let describes = |header: &str| {
            crate::knowledge::ColumnRoles::header_is(
                &cx.knowledge.columns.description_headers,
                header,
            )
        };
        (r.table.columns.iter().enumerate())
            .filter_map(|(c, column)| {
                if column.role.is_some() {
                    return None;
                }
                let text = r.cell_text(c);
                // A paper filed under no category (`--`) and under one is
                // filed twice on purpose, like under two categories.
                if !describes(&column.header) && categorises_the_rows(cx, r.table, c) {
                    let key = category_key(cx, text);
                    return Some((identity_key(&column.header), key));
                }
                let labels =
                    (c < title && !describes(&column.header)) || groups_the_rows(cx, r.table, c);
                // Numbers (`#`, `No.`) count rows; they name no entry.
                let key = identity_key(text);
                (labels
                    && key.chars().any(char::is_alphabetic)
                    && !cx.knowledge.is_placeholder(text))
                .then(|| (identity_key(&column.header), key))
            })
            .collect()
    };
    let (x, y) = (labels(a), labels(b));
    x.iter()
        .any(|(header, key)| y.iter().any(|(h, k)| h == header && k != key))
}

/// Whether a table maps each paper to one category: beside the title, its
/// only other column holds values that recur, a third of its cells at
/// least repeating another's (SinaMohseni's `Paper |
/// Evaluation Method`, a paper once per method it was evaluated by), with
/// no dates or numbers among them.
fn categorises_the_rows(
    cx: &Context<'_>,
    table: &crate::document::Table<'_>,
    column: usize,
) -> bool {
    if table.columns.len() != 2 {
        return false;
    }
    let mut values: Vec<String> = Vec::new();
    let mut filled = 0;
    for row in table.rows() {
        let text = row.cell(column).map_or("", |c| c.text());
        if text.chars().any(|c| c.is_ascii_digit()) {
            return false;
        }
        let key = category_key(cx, text);
        filled += 1;
        if !values.contains(&key) {
            values.push(key);
        }
    }
    values.len() >= 2 && values.len() * 3 <= filled * 2
}

/// A category cell's value, every placeholder and empty cell one value.
fn category_key(cx: &Context<'_>, text: &str) -> String {
    if text.trim().is_empty() || cx.knowledge.is_placeholder(text) {
        "-".to_string()
    } else {
        identity_key(text)
    }
}

/// Whether a column right of the title files the table's rows in groups:
/// each of its values (two at least) fills one run of rows, two rows a run
/// on average, nearly every row filled, no value a date or number (MengyingLei's `Paper | Venue | Year | Constraint | Code`,
/// all `R_Lap` rows, then all `R_var` rows: a paper using both is listed
/// in both groups). A detail of each paper (`Task`) does not come in runs.
fn groups_the_rows(cx: &Context<'_>, table: &crate::document::Table<'_>, column: usize) -> bool {
    let mut values: Vec<String> = Vec::new();
    let (mut runs, mut filled) = (0, 0);
    let mut last: Option<String> = None;
    for row in table.rows() {
        let text = row.cell(column).map_or("", |c| c.text());
        if cx.knowledge.is_placeholder(text) || text.trim().is_empty() {
            continue;
        }
        // Dates and numbers order rows; they file none under a label.
        if text.chars().any(|c| c.is_ascii_digit())
            || text.split_whitespace().any(crate::knowledge::names_a_month)
        {
            return false;
        }
        filled += 1;
        let key = identity_key(text);
        if last.as_ref() != Some(&key) {
            runs += 1;
            if !values.contains(&key) {
                values.push(key.clone());
            }
            last = Some(key);
        }
    }
    // Nearly every row filed, two rows a group on average: a mostly empty
    // column (an award, a highlight) files nothing.
    values.len() >= 2
        && runs == values.len()
        && filled >= 2 * values.len()
        && filled * 5 >= table.row_count() * 4
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

/// Two sources under one name: both rows link somewhere, never to the same
/// place (links that rows of other names share too, a folder of all the
/// table's preprocessed files, say nothing), and not to a paper in two of
/// its forms (a preprint on one row, its published version on the other).
/// Links are compared without their scheme, `www.` and a closing slash.
fn no_link_in_common(cx: &Context<'_>, a: &RowRef<'_>, b: &RowRef<'_>) -> bool {
    let name = row_name(cx, a).map(identity_key);
    let shared_by_the_table = |url: &str| {
        (0..a.table.rows().len())
            .map(|i| cx.row((a.table_index, i)))
            .filter(|r| row_name(cx, r).map(identity_key) != name)
            .filter(|r| r.row.links().any(|l| same_place(l.url) == url))
            .nth(1)
            .is_some()
    };
    let (x, y) = (row_places(a), row_places(b));
    let in_common = x.iter().any(|u| y.contains(u) && !shared_by_the_table(u));
    let kinds = |r: &RowRef<'_>| -> Vec<std::mem::Discriminant<PaperId>> {
        row_paper_ids(r.table, r.row)
            .iter()
            .map(std::mem::discriminant)
            .collect()
    };
    let (ka, kb) = (kinds(a), kinds(b));
    let one_paper_in_two_forms =
        !ka.is_empty() && !kb.is_empty() && !ka.iter().any(|k| kb.contains(k));
    !x.is_empty() && !y.is_empty() && !in_common && !one_paper_in_two_forms
}

/// Confirms what a hash hit claims.
fn same_identity(cx: &Context<'_>, a: &RowRef<'_>, b: &RowRef<'_>, identity: &Identity) -> bool {
    match identity {
        Identity::Name => match (row_name(cx, a), row_name(cx, b)) {
            (Some(x), Some(y)) => identity_key(x) == identity_key(y),
            _ => false,
        },
        Identity::Id(id) => row_paper_ids(a.table, a.row).contains(id),
        Identity::Page(page) => {
            super::link_identity::row_pages(a).contains(page)
                && super::link_identity::row_pages(b).contains(page)
        }
        Identity::Title => match (row_title(a.table, a.row), row_title(b.table, b.row)) {
            (Some(x), Some(y)) => {
                identity_key(x) == identity_key(y) || super::titles::same_title_past_a_name(x, y)
            }
            _ => false,
        },
    }
}

/// The map's keys are 64-bit hashes already: hashing them again is waste.
#[derive(Default)]
struct AlreadyHashed(u64);

impl Hasher for AlreadyHashed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = value;
    }
}
