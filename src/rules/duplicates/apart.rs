//! Pairs the duplicate map finds that are two entries listed apart on
//! purpose, and whether a pair shares its title.

use super::super::distinct_works::{
    editions_of_an_event, extension_on_one_preprint, unidentified_pages,
};
use super::super::entry_name::entry_name;
use super::super::same_name::{
    different_linked_titles, different_links_and_details, different_papers,
    one_long_title_in_one_table, publication, short_name, two_publications,
};
use super::super::titles::{identity_key, title_after_name, titles_match, versions_of_one_name};
use super::super::{Context, RowRef};
use super::entries::{new_problem, no_link_in_common, row_name, titles_by_name};
use super::identity::Identity;
use crate::facts::row_title;
use crate::knowledge::ids::PaperId;

/// Whether two rows that share an identity are entries listed apart on
/// purpose (two parts, two models, two papers of one name), not one paper
/// twice.
pub(super) fn listed_apart(
    cx: &Context<'_>,
    earlier: &RowRef<'_>,
    row: &RowRef<'_>,
    identity: &Identity,
) -> bool {
    let cites_only = cx.profile.tables[row.table_index].cites_only;
    // Chapters of one report on its one file (`GPU-Latency-Hiding-Ch2`,
    // `-Ch3`): parts listed on purpose.
    if matches!(identity, Identity::Id(PaperId::Pdf(_))) && numbered_parts(earlier, row) {
        return true;
    }
    // Two models of one catalogue (Bloomz, Bloomz-mt) on the link
    // of the paper that released both, with its code or its date.
    if earlier.table_index == row.table_index
        && cx.profile.tables[row.table_index].lists_models
        && row_title(earlier.table, earlier.row).map(identity_key)
            != row_title(row.table, row.row).map(identity_key)
        && one_release(earlier, row)
    {
        return true;
    }
    // Subtitles that differ are weaker evidence than one title: two ids
    // of a kind, or two publications, make two papers (a paper and its
    // extension, `STMNet: ... Memory Networks` and `... Space-Time Memory
    // Networks`; a conference paper and its journal version).
    if *identity == Identity::CoinedName
        && (different_papers(earlier, row, |_| true)
            || matches!(
                (publication(cx, earlier), publication(cx, row)),
                (Some(x), Some(y)) if x != y
            ))
    {
        return true;
    }
    if *identity == Identity::Title
        && ((different_papers(earlier, row, |id| matches!(id, PaperId::Arxiv(_)))
            && !one_long_title_in_one_table(earlier, row))
            || (short_name(cx, earlier)
                && short_name(cx, row)
                && (different_papers(earlier, row, |_| true)
                    || different_links_and_details(cx, earlier, row)
                    || different_linked_titles(earlier, row)
                    || unidentified_pages(earlier, row)))
            || two_publications(cx, earlier, row)
            || editions_of_an_event(cx, earlier, row))
    {
        return true;
    }
    if let Identity::Id(PaperId::Arxiv(id)) = identity {
        if versions_of_one_preprint(cx, earlier, row, id) {
            return true;
        }
    }
    if extension_on_one_preprint(cx, earlier, row) {
        return true;
    }
    // Names that differ in case only (`LIMoE`, `LiMoE`) with two
    // different arXiv papers are two models, not one.
    // One name on two sources (`DBLP` from SNAP and from KONECT,
    // `Amazon-Movie` as TEG-DB and as Edgeformers preprocessed it)
    // is two versions of a dataset, not one entry twice (in a paper
    // table, a preprint and its published version are one paper).
    *identity == Identity::Name
        && ((row_name(cx, earlier).map(str::trim) != row_name(cx, row).map(str::trim)
            && different_papers(earlier, row, |id| matches!(id, PaperId::Arxiv(_))))
            || different_linked_titles(earlier, row)
            || (cites_only && no_link_in_common(cx, earlier, row)))
}

/// Whether a pair names one title (or, in a citing table, one name): a
/// pair on one link under two titles is "same link, other title".
pub(super) fn shares_the_title(
    cx: &Context<'_>,
    earlier: &RowRef<'_>,
    row: &RowRef<'_>,
    identity: &Identity,
) -> bool {
    let cites_only = cx.profile.tables[row.table_index].cites_only;
    if cites_only {
        *identity == Identity::Name
            || matches!(
                (row_name(cx, earlier), row_name(cx, row)),
                (Some(x), Some(y)) if identity_key(x) == identity_key(y)
            )
    } else {
        let (a, b) = match (
            row_title(earlier.table, earlier.row),
            row_title(row.table, row.row),
        ) {
            (None, None) => titles_by_name(cx, earlier, row),
            titles => titles,
        };
        matches!(identity, Identity::Name | Identity::Page(_))
            || (titles_match(a, b)
                && !new_problem(
                    cx,
                    (earlier, row),
                    (a, b),
                    matches!(identity, Identity::Id(PaperId::Doi(_))),
                ))
    }
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

/// `T2I-CompBench` on `arxiv.org/abs/2307.06350v1` (NeurIPS) beside
/// `T2I-CompBench++` on `2307.06350` (TPAMI): the authors posted the
/// extension as a later version of the conference paper's preprint, and
/// the list pins each paper's version. Two rows named by one name in two
/// versions, whose links to the preprint pin two different versions, are
/// two publications listed apart.
fn versions_of_one_preprint(cx: &Context<'_>, a: &RowRef<'_>, b: &RowRef<'_>, id: &str) -> bool {
    fn name<'r>(cx: &Context<'_>, r: &RowRef<'r>) -> Option<&'r str> {
        entry_name(cx, r).or_else(|| {
            row_title(r.table, r.row)
                .and_then(title_after_name)
                .map(|(name, _)| name)
        })
    }
    let pinned = |r: &RowRef<'_>| -> Vec<Option<u32>> {
        r.row
            .links()
            .filter_map(|l| {
                let after = &l.url[l.url.find(id)? + id.len()..];
                let digits: String = after
                    .strip_prefix('v')
                    .unwrap_or("")
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .collect();
                Some(digits.parse().ok())
            })
            .collect()
    };
    let (Some(x), Some(y)) = (name(cx, a), name(cx, b)) else {
        return false;
    };
    let (pa, pb) = (pinned(a), pinned(b));
    versions_of_one_name(x, y)
        && !pa.is_empty()
        && !pb.is_empty()
        && !pa.iter().any(|v| pb.contains(v))
}
