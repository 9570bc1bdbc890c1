//! For shared-paper-link: which of two rows that share a paper link has the
//! wrong one, when a row's own evidence says so (the link check's arXiv
//! title, the link's text, the code repository's name).

use super::pair::Pair;
use super::titles::short;
use super::titles::{identity_key, titles_match};
use super::{Context, RowRef};
use crate::document::Role;
use crate::facts::{row_paper_ids, row_title};
use crate::knowledge::ids::{paper_ids, PaperId};
use regex::Regex;
use std::sync::LazyLock;

/// An arXiv id as a citation writes it: `arXiv preprint arXiv:2002.05516`.
static CITED_ARXIV: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::ascii(r"(?i)\barxiv:\s*(\d{4}\.\d{4,5})").expect("valid regex")
});

/// Whether `text` may hold `arXiv:`: most titles do not, and need no
/// pattern compiled.
fn cites_arxiv(text: &str) -> bool {
    text.as_bytes()
        .windows(6)
        .any(|w| w.eq_ignore_ascii_case(b"arxiv:"))
}

const ARXIV_EVIDENCE: &str = "arXiv gives that paper's title, not this row's";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Side {
    Earlier,
    Later,
}

/// Link texts that say nothing about which paper a link is for.
const GENERIC_LINK_TEXTS: &[&str] = &[
    "paper",
    "pdf",
    "arxiv",
    "link",
    "abs",
    "abstract",
    "openreview",
    "doi",
    "html",
    "page",
    "project",
    "website",
    "preprint",
    "download",
    "here",
    "url",
];

/// What a link's own text names, when it names a paper.
fn telling_link_text<'r>(row: &RowRef<'r>, id: &PaperId) -> Option<&'r str> {
    let title_column = row.table.column(Role::Title);
    row.row
        .links()
        .filter(|l| Some(l.cell) != title_column && paper_ids(l.url).contains(id))
        .map(|l| l.text.trim())
        .find(|text| {
            let key = identity_key(text);
            key.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && !GENERIC_LINK_TEXTS
                    .iter()
                    .any(|g| key.starts_with(g) || *g == key)
        })
}

/// The compact name of the row's code repository (`github.com/owner/name`).
pub(super) fn repo_name(row: &RowRef<'_>) -> Option<String> {
    let code = row.table.column(Role::Code)?;
    let url = row.row.cell(code)?.links().find_map(|l| {
        let rest = l.url.split_once("github.com/")?.1;
        let name = rest.split('/').nth(1)?;
        Some(name.to_string())
    })?;
    let name = identity_key(url.trim_end_matches(".git"));
    (name.len() >= 3).then_some(name)
}

/// Whether the pair is a tool's row and its paper's row: both link one code
/// repository, and one row is titled by that repository's name alone
/// (`**[Torch-Pruning](arXiv 2301.12900)**` in a toolbox table beside
/// `DepGraph: Towards Any Structural Pruning` on that id). A tool cites
/// the paper that presents it; neither link is wrong.
pub(super) fn tool_and_its_paper(pair: &Pair<'_>) -> bool {
    let (a, b) = (&pair.earlier, &pair.later);
    let (Some(repo), Some(other)) = (repo_name(a), repo_name(b)) else {
        return false;
    };
    let titled_by_repo = |row: &RowRef<'_>| {
        row_title(row.table, row.row).is_some_and(|title| identity_key(title) == repo)
    };
    repo == other && (titled_by_repo(a) != titled_by_repo(b))
}

/// The short name a title leads with: "DOTS" of "DOTS: Decoupling ...".
fn short_name(title: &str) -> Option<String> {
    let (head, _) = title.split_once(':')?;
    let name = identity_key(head);
    (head.split_whitespace().count() <= 3 && name.len() >= 3).then_some(name)
}

/// Whether the row's own evidence points at the other row's paper: its
/// link text names the other title, or its code repository is named after
/// the other paper and not after its own.
fn points_elsewhere(row: &RowRef<'_>, other: &RowRef<'_>, id: &PaperId) -> Option<String> {
    let own = row_title(row.table, row.row);
    let theirs = row_title(other.table, other.row);
    if let (Some(own), Some(theirs)) = (own, theirs) {
        if spells_title(id, theirs) && !spells_title(id, own) {
            return Some(SPELLED_EVIDENCE.to_string());
        }
    }
    if let (Some(text), Some(own), Some(theirs)) = (telling_link_text(row, id), own, theirs) {
        let names = |title: &str| {
            titles_match(Some(text), Some(title))
                || short_name(title).is_some_and(|n| n == identity_key(text))
        };
        if names(theirs) && !names(own) {
            return Some(format!("the link itself says \"{}\"", short(text)));
        }
    }
    if let (Some(repo), Some(own), Some(theirs)) = (repo_name(row), own, theirs) {
        let named_after = |title: &str| {
            short_name(title).is_some_and(|n| n == repo) || identity_key(title) == repo
        };
        if named_after(theirs) && !named_after(own) {
            return Some("its code repository is named after that paper".to_string());
        }
    }
    None
}

/// The row, of the other pairs on `id`, whose title the link's file name
/// spells when neither of `pair`'s rows is that paper: both links are
/// wrong (LiuTingWed's rows 209 and 246 on the NAS-FCOS paper of row 407).
pub(super) fn owner_elsewhere<'p, 'a>(
    pairs: &'p [Pair<'a>],
    pair: &Pair<'a>,
    id: &PaperId,
) -> Option<&'p RowRef<'a>> {
    let spelled = |r: &RowRef<'_>| row_title(r.table, r.row).is_some_and(|t| spells_title(id, t));
    if spelled(&pair.earlier) || spelled(&pair.later) {
        return None;
    }
    let at = |r: &RowRef<'_>| (r.table_index, r.row_index);
    pairs
        .iter()
        .filter(|p| matches!(p.evidence, super::duplicates::Evidence::Id(other) if other == id))
        .flat_map(|p| [&p.earlier, &p.later])
        .filter(|r| at(r) != at(&pair.earlier) && at(r) != at(&pair.later))
        .find(|r| spelled(r))
}

pub(super) const SPELLED_EVIDENCE: &str = "the address spells that paper's title";

/// Whether the file name a paper id is read from spells `title` (a CVF
/// paper's `Wang_NAS-FCOS_Fast_Neural_Architecture_Search_for_Object_
/// Detection_CVPR_2020`, a PDF named after its paper): evidence of whose
/// link it is. A title of fewer than [`SPELLED_TITLE_LETTERS`] letters
/// may be part of another's.
fn spells_title(id: &PaperId, title: &str) -> bool {
    let (PaperId::Cvf(name) | PaperId::Pdf(name)) = id else {
        return false;
    };
    let letters = |text: &str| -> String {
        text.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let title = letters(title);
    title.len() >= SPELLED_TITLE_LETTERS && letters(name).contains(&title)
}

const SPELLED_TITLE_LETTERS: usize = 20;

/// Whether the link check found that the arXiv paper behind this row's
/// link has another title (arxiv-title-mismatch, under `--links`).
fn arxiv_title_differs(cx: &Context<'_>, row: &RowRef<'_>) -> bool {
    let span = row.row.span();
    cx.link_findings.iter().any(|d| {
        d.rule == crate::registry::links::ARXIV_TITLE_MISMATCH.name
            && d.span.start >= span.start
            && d.span.end <= span.end
    })
}

/// Which row's link is wrong, and why, when one row's own evidence says so.
pub(super) fn culprit(cx: &Context<'_>, pair: &Pair<'_>, id: &PaperId) -> Option<(Side, String)> {
    if matches!(id, PaperId::Arxiv(_)) {
        match (
            arxiv_title_differs(cx, &pair.earlier),
            arxiv_title_differs(cx, &pair.later),
        ) {
            (true, false) => return Some((Side::Earlier, ARXIV_EVIDENCE.to_string())),
            (false, true) => return Some((Side::Later, ARXIV_EVIDENCE.to_string())),
            _ => {}
        }
    }
    let earlier = points_elsewhere(&pair.earlier, &pair.later, id);
    let later = points_elsewhere(&pair.later, &pair.earlier, id);
    match (earlier, later) {
        (Some(why), None) => return Some((Side::Earlier, why)),
        (None, Some(why)) => return Some((Side::Later, why)),
        _ => {}
    }
    // In tables whose dates are the preprints' months, the row whose date
    // is not the shared arXiv paper's month is the one with the wrong link.
    match (
        arxiv_dated(cx, &pair.earlier, id),
        arxiv_dated(cx, &pair.later, id),
    ) {
        (Some(Ok(())), Some(Err(why))) => Some((Side::Later, why)),
        (Some(Err(why)), Some(Ok(()))) => Some((Side::Earlier, why)),
        _ => None,
    }
}

/// Whether the row's date is the month of the arXiv paper it links (`Ok`),
/// or why not (`Err`), in a table whose dates are its arXiv ids' months;
/// `None` when the table's dates mean something else or the row has none.
fn arxiv_dated(cx: &Context<'_>, row: &RowRef<'_>, id: &PaperId) -> Option<Result<(), String>> {
    let PaperId::Arxiv(shared) = id else {
        return None;
    };
    if cx.facts.tables[row.table_index].dates_follow_arxiv != Some(true) {
        return None;
    }
    let arxiv = crate::facts::first_arxiv(row.table, row.row).filter(|a| &a.id == shared)?;
    let (year, month) = (row.facts.cell_year()?, u32::from(row.facts.cell_month()?));
    if (year, month) == (arxiv.year, arxiv.month) {
        Some(Ok(()))
    } else {
        Some(Err(format!(
            "the table's dates are the papers' arXiv months, and this row's date {year}-{month:02} is not that paper's ({}-{:02}) while the other row's is",
            arxiv.year, arxiv.month
        )))
    }
}

/// Which row's link is wrong when the list's own text says so: the row's
/// citation names another arXiv id (`... arXiv preprint arXiv:2002.05516,
/// 2020`), or the row's title is listed elsewhere in the list with another
/// link of the same kind (two rows whose links were swapped). Evidence
/// that settles it: two rows with it, or none, decide nothing.
pub(super) fn culprit_in_list(cx: &Context<'_>, pair: &Pair<'_>, id: &PaperId) -> InList {
    let earlier = listed_elsewhere(cx, &pair.earlier, pair, id);
    let later = listed_elsewhere(cx, &pair.later, pair, id);
    match (earlier, later) {
        (Some(why), None) => InList::Culprit(Side::Earlier, why),
        (None, Some(why)) => InList::Culprit(Side::Later, why),
        (Some(_), Some(_)) => InList::BothElsewhere,
        (None, None) => InList::Nothing,
    }
}

/// What the list's own text says about two rows sharing a link.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum InList {
    /// This row's link is the wrong one, for this reason.
    Culprit(Side, String),
    /// Both titles are listed elsewhere with other links: the links were
    /// swapped or copied between rows, not one paper renamed.
    BothElsewhere,
    Nothing,
}

fn listed_elsewhere(
    cx: &Context<'_>,
    row: &RowRef<'_>,
    pair: &Pair<'_>,
    id: &PaperId,
) -> Option<String> {
    if let PaperId::Arxiv(shared) = id {
        let cell = row.row.cell_of(row.table.column(Role::Title));
        let cited = cell
            .map(|c| c.text())
            .filter(|text| cites_arxiv(text))
            .and_then(|text| CITED_ARXIV.captures(text).map(|m| m[1].to_string()));
        if let Some(cited) = cited.filter(|c| c != shared) {
            return Some(format!("its own citation names arXiv:{cited}"));
        }
    }
    let own = row_title(row.table, row.row)?;
    // A short name ("RAF") may be two papers' name.
    if own.split_whitespace().count() < 3 {
        return None;
    }
    let same_kind = |other: &PaperId| std::mem::discriminant(other) == std::mem::discriminant(id);
    let at = |r: &RowRef<'_>| (r.table_index, r.row_index);
    // The very title: a similar one may be another paper of the same field
    // ("DARTS" and "DOTS" share three words).
    cx.rows_titled(&identity_key(own))
        .iter()
        .filter(|r| at(r) != at(&pair.earlier) && at(r) != at(&pair.later))
        .find_map(|r| {
            let ids = row_paper_ids(r.table, r.row, r.facts);
            if ids.contains(id) {
                return None;
            }
            let theirs = ids.into_iter().find(|i| same_kind(i))?;
            Some(format!(
                "line {} lists this row's title with {theirs}",
                cx.line(r.row.span())
            ))
        })
}
