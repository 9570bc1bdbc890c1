//! When two rows that share a title are two papers after all: a name
//! reused by two papers ("DiffusionTrack"), a conference paper and its
//! journal extension under one method name.

use super::titles::naming_part;
use super::{Context, RowRef};
use crate::facts::{row_paper_ids, row_title};
use crate::knowledge::ids::PaperId;
use crate::knowledge::{VenueCell, VenueKind};

/// Two rows of one table with one long title (six words or more) are one
/// paper listed twice, even under two arXiv ids: a paper posted again
/// (PSENet as 1806.02559 and 1903.12473), not two papers of one name.
pub(super) fn one_long_title_in_one_table(a: &RowRef<'_>, b: &RowRef<'_>) -> bool {
    // The shorter title is the part both share: a name one copy writes
    // before it (`NetX: Learning ...`) makes it no longer.
    let words = |r: &RowRef<'_>| {
        row_title(r.table, r.row).map_or(0, |t| {
            naming_part(t)
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .count()
        })
    };
    a.table_index == b.table_index && words(a).min(words(b)) >= 6
}

/// Two rows with one title whose links name two different papers by ids of
/// one kind (two arXiv ids, two CVF paper names, two DOIs) are two papers
/// (names like "RAF" or "DiffPose" get reused). Only ids of the kinds
/// `compared` admits count, and only a kind both rows carry: the same paper
/// often carries an arXiv id in one row and an OpenReview id in the other.
pub(super) fn different_papers(
    a: &RowRef<'_>,
    b: &RowRef<'_>,
    compared: fn(&PaperId) -> bool,
) -> bool {
    let ids = |r: &RowRef<'_>| -> Vec<PaperId> {
        row_paper_ids(r.table, r.row, r.facts)
            .into_iter()
            .filter(compared)
            .collect()
    };
    let (ids_a, ids_b) = (ids(a), ids(b));
    let kind = std::mem::discriminant::<PaperId>;
    !ids_a.iter().any(|id| ids_b.contains(id))
        && ids_a
            .iter()
            .any(|x| ids_b.iter().any(|y| kind(x) == kind(y)))
}

/// Whether a row's title is a short name rather than a full title: one to
/// three words, or a linked method name (a link in a "Method" column, see
/// `document/linked_names.rs`). Two papers often share such a name.
pub(super) fn short_name(cx: &Context<'_>, row: &RowRef<'_>) -> bool {
    let Some(title) = row_title(row.table, row.row) else {
        return false;
    };
    let words = naming_part(title)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count();
    let column = row.table.column(crate::document::Role::Title);
    let method_link = column.is_some_and(|c| {
        crate::knowledge::ColumnRoles::header_is(
            &cx.knowledge.columns.linked_name_headers,
            &row.table.columns[c].header,
        ) && row
            .row
            .cell_of(Some(c))
            .is_some_and(|cell| cell.links().next().is_some())
    });
    words <= 3 || method_link
}

/// Two rows under one short name whose links name different papers, by
/// ids of any kinds (an arXiv preprint in one, a CVF or IEEE Xplore page in
/// the other), and that name two different reviewed venues are two
/// publications: a reused name (DiffusionTrack at AAAI 2024 and at CVPR
/// 2024) or a conference paper and its journal extension (QDTrack at CVPR
/// 2021 and in TPAMI 2023). Neither alone proves it: one paper is often
/// linked by its preprint in one row and its proceedings in another, and a
/// row with no venue or a preprint server beside a published copy (EPCR as
/// `2021` on arXiv and as `TIFS 2023`) is a stale copy of that one paper,
/// which conflicting-duplicate reports.
pub(super) fn different_links_and_details(
    cx: &Context<'_>,
    a: &RowRef<'_>,
    b: &RowRef<'_>,
) -> bool {
    let (ids_a, ids_b) = (
        row_paper_ids(a.table, a.row, a.facts),
        row_paper_ids(b.table, b.row, b.facts),
    );
    let venue = |r: &RowRef<'_>| match r.facts.venue.as_ref().map(|v| &v.value) {
        Some(VenueCell::Known(m)) if cx.knowledge.venues.venue(m.venue).kind.is_reviewed() => {
            Some(m.venue)
        }
        _ => None,
    };
    !ids_a.is_empty()
        && !ids_b.is_empty()
        && !ids_a.iter().any(|id| ids_b.contains(id))
        && matches!((venue(a), venue(b)), (Some(x), Some(y)) if x != y)
}

/// Two rows under one short name (`| FAITH | [[IJCAI 2022] FAITH: Few-Shot
/// Graph Classification ...](arXiv) |` and `| FAITH | [[TKDD 2024] Learning
/// Hierarchical Task Structures ...](ACM DOI) |`) whose paper links carry
/// full titles that differ beyond wording slips, and whose ids differ, are
/// two papers: a conference paper and its journal extension. So are two
/// rows of a citing table under one name with such titles.
///
/// A link to a page without a paper id (`hindawi.com/journals/...`) counts
/// when its text is such a title: `MolBERT` and `Mol-BERT` under two
/// different linked titles are two papers.
pub(super) fn different_linked_titles(a: &RowRef<'_>, b: &RowRef<'_>) -> bool {
    let (ids_a, ids_b) = (
        row_paper_ids(a.table, a.row, a.facts),
        row_paper_ids(b.table, b.row, b.facts),
    );
    if ids_a.iter().any(|id| ids_b.contains(id)) || share_a_page(a, b) {
        return false;
    }
    match (linked_title(a), linked_title(b)) {
        (Some(x), Some(y)) => !wording_of_one_title(&x, &y),
        _ => false,
    }
}

/// Whether two rows link one page (outside their code columns), written
/// alike but for the scheme, `www.` and a trailing slash: one entry, one of
/// whose titles was pasted wrong.
fn share_a_page(a: &RowRef<'_>, b: &RowRef<'_>) -> bool {
    let pages = pages_outside_code;
    let theirs = pages(b);
    pages(a).iter().any(|page| theirs.contains(page))
}

/// The row's full title, without a leading `[VENUE YEAR]` tag, as a title
/// key of four words or more: its title when that is one, else the text of
/// a paper link outside its title column.
fn linked_title(row: &RowRef<'_>) -> Option<String> {
    let key = |text: &str| {
        let key = crate::facts::title_key(without_bracket_tag(text));
        (key.split(' ').count() >= 4).then_some(key)
    };
    if let Some(title) = row_title(row.table, row.row).and_then(key) {
        return Some(title);
    }
    let title = row.table.column(crate::document::Role::Title);
    let code = row.table.column(crate::document::Role::Code);
    row.row
        .own_links()
        .filter(|l| Some(l.cell) != title && Some(l.cell) != code && !l.url.trim().is_empty())
        .find_map(|l| key(l.text))
}

/// `[IJCAI 2022] FAITH: ...` without `[IJCAI 2022]`: a short bracket
/// holding a digit.
fn without_bracket_tag(text: &str) -> &str {
    let text = text.trim_start();
    let Some(close) = text.strip_prefix('[').and_then(|rest| rest.find(']')) else {
        return text;
    };
    let tag = &text[1..close + 1];
    if tag.chars().count() <= 24 && tag.chars().any(|c| c.is_ascii_digit()) {
        text[close + 2..].trim_start()
    } else {
        text
    }
}

/// Two title keys of one title written twice: equal, one the other's
/// leading words, or most words shared (seven in ten of all).
fn wording_of_one_title(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.starts_with(short) && long.as_bytes().get(short.len()) == Some(&b' ') {
        return true;
    }
    let words_a: std::collections::HashSet<&str> = a.split(' ').collect();
    let words_b: std::collections::HashSet<&str> = b.split(' ').collect();
    let shared = words_a.intersection(&words_b).count();
    let all = words_a.union(&words_b).count();
    10 * shared >= 7 * all
}

/// Two rows with one title, no link in common (by place or by paper id)
/// and two different venues, each a publication (a reviewed venue, or a
/// name nas-lint does not know; never a preprint server, a year or an empty
/// cell), are two publications listed on purpose: a conference paper and
/// its journal version (`KCC` 2016.6 and `정보과학회논문지` 2017.1 on two
/// DBpia pages), or two papers of one title (ESVIO in RA-L and in Sensors).
/// A copy pasted with a wrong venue keeps its link; one paper linked both
/// ways (its preprint, its proceedings) keeps its venue.
pub(super) fn two_publications(cx: &Context<'_>, a: &RowRef<'_>, b: &RowRef<'_>) -> bool {
    let (Some(x), Some(y)) = (publication(cx, a), publication(cx, b)) else {
        return false;
    };
    let (pa, pb) = (row_places(a), row_places(b));
    let (ids_a, ids_b) = (
        row_paper_ids(a.table, a.row, a.facts),
        row_paper_ids(b.table, b.row, b.facts),
    );
    // Two venues nas-lint knows cannot both be right for one paper (a
    // workshop version and the conference paper, a title pasted on another
    // paper's row): one copy is wrong, which conflicting-duplicate reports.
    // Unless a conference paper and a journal's, each with a document of
    // its own (TIN at CVPR 2019, 1811.08264, and its TPAMI extension,
    // 2101.10292; HOGgles at ICCV 2013 on CVF and in IJCV 2016 on arXiv):
    // the extension, under the same title.
    let one_unknown = x.starts_with("named ") || y.starts_with("named ");
    let kind = |r: &RowRef<'_>| {
        let mention = r.facts.venue.as_ref()?.value.mention()?;
        Some(cx.knowledge.venues.venue(mention.venue).kind)
    };
    let pair = match (kind(a), kind(b)) {
        (Some(VenueKind::Conference), Some(VenueKind::Journal)) => Some((a, b)),
        (Some(VenueKind::Journal), Some(VenueKind::Conference)) => Some((b, a)),
        _ => None,
    };
    // The extension comes later: its year and its preprint after the
    // conference paper's; with no two preprints to order them, two years
    // later at least (an extension takes time; a title pasted on the next
    // year's paper, ICIP 2021 and TCSVT 2022, does not) or a year later
    // under the name with a version, on a document of its own.
    let arxiv = |r: &RowRef<'_>| r.facts.arxiv.map(|d| (d.year(), d.month()));
    let year = |r: &RowRef<'_>| cx.venue_year(r).map(|v| v.year).or(r.facts.cell_year());
    let extension = pair.is_some_and(|(conference, journal)| {
        let Some((c, j)) = year(conference).zip(year(journal)) else {
            return false;
        };
        match (arxiv(conference), arxiv(journal)) {
            (Some(pc), Some(pj)) => pc < pj && c < j,
            _ => {
                (j >= c + EXTENSION_YEARS || (j > c && versioned_names(cx, conference, journal)))
                    && documents_of_their_own(conference, journal)
            }
        }
    });
    // An extension shares its code; its paper is its own.
    let apart =
        extension || (!pa.is_empty() && !pb.is_empty() && !pa.iter().any(|u| pb.contains(u)));
    x != y && (one_unknown || extension) && apart && !ids_a.iter().any(|id| ids_b.contains(id))
}

/// The publication a row names, as a key two rows can compare: a reviewed
/// venue nas-lint knows, or a name it does not know that is neither a word
/// of how the paper appeared (`Oral`) nor one letter from a known name
/// (`LCLR`); never a preprint server, a release channel, a year or an empty
/// cell.
pub(super) fn publication(cx: &Context<'_>, r: &RowRef<'_>) -> Option<String> {
    let fact = r.facts.venue.as_ref()?;
    match &fact.value {
        VenueCell::Known(m) if cx.knowledge.venues.venue(m.venue).kind.is_reviewed() => {
            Some(format!("known {}", m.venue))
        }
        VenueCell::Unknown { name_range, .. } => {
            let text = r.cell_text(fact.column());
            let name = text.get(name_range.0 as usize..name_range.1 as usize)?;
            let key = crate::rules::titles::identity_key(name);
            (!key.is_empty()
                && !cx.knowledge.venues.only_markers(name)
                && !one_letter_from_a_known_name(cx, name))
            .then(|| format!("named {key}"))
        }
        _ => None,
    }
}

/// Years from a conference paper to its journal extension, at least, when
/// no preprints of the two tell their order.
const EXTENSION_YEARS: i32 = 2;

/// Whether the two rows name their entries by one name, the later with a
/// version (`MGL` at CVPR 2021, `MGL_v2` in TIP 2022): the list says the
/// journal's is the second version.
fn versioned_names(cx: &Context<'_>, first: &RowRef<'_>, second: &RowRef<'_>) -> bool {
    use super::entry_name::entry_name;
    match (entry_name(cx, first), entry_name(cx, second)) {
        (Some(a), Some(b)) => {
            super::titles::one_name_with_a_version(a, b) && a.chars().count() < b.chars().count()
        }
        _ => false,
    }
}

/// The pages a row's own links lead to outside its code column, written
/// alike but for the scheme, `www.`, case and a trailing slash.
fn pages_outside_code(r: &RowRef<'_>) -> Vec<String> {
    let code = r.table.column(crate::document::Role::Code);
    r.row
        .own_links()
        .filter(|l| Some(l.cell) != code && !l.url.trim().is_empty())
        .map(|l| {
            let url = l.url.trim().to_ascii_lowercase();
            let url = url
                .trim_start_matches("https://")
                .trim_start_matches("http://");
            url.trim_start_matches("www.")
                .trim_end_matches('/')
                .to_string()
        })
        .collect()
}

/// Whether each row links a page the other does not, and the two share no
/// paper id (an extension may share the code and the project page: LFS
/// at CVPR 2014 and in TPAMI 2017 on one Duke project page).
fn documents_of_their_own(a: &RowRef<'_>, b: &RowRef<'_>) -> bool {
    let places = |r: &RowRef<'_>| -> Vec<String> {
        let mut pages = pages_outside_code(r);
        pages.retain(|page| !crate::knowledge::ids::on_a_code_host(&format!("https://{page}")));
        pages
    };
    let (places_a, places_b) = (places(a), places(b));
    let (ids_a, ids_b) = (
        row_paper_ids(a.table, a.row, a.facts),
        row_paper_ids(b.table, b.row, b.facts),
    );
    places_a.iter().any(|p| !places_b.contains(p))
        && places_b.iter().any(|p| !places_a.contains(p))
        && !ids_a.iter().any(|id| ids_b.contains(id))
}

/// Where a row's links lead, as places (see [`same_place`]).
pub(super) fn row_places(r: &RowRef<'_>) -> Vec<String> {
    r.row
        .links()
        .map(|l| same_place(l.url))
        .filter(|u| !u.is_empty())
        .collect()
}

/// A link as the place it leads to: `http://www.x.org/a/` and
/// `https://x.org/a` are one place.
pub(super) fn same_place(url: &str) -> String {
    let url = url.trim();
    let url = url.split_once("://").map_or(url, |(_, rest)| rest);
    let url = url.strip_prefix("www.").unwrap_or(url);
    url.trim_end_matches('/').to_string()
}

/// `LCLR`: a known venue's name with one letter typed wrong. Three
/// letters are too few to tell (`KCC` is a conference of its own, not `ICC`).
fn one_letter_from_a_known_name(cx: &Context<'_>, name: &str) -> bool {
    let written: Vec<char> = name.trim().to_lowercase().chars().collect();
    if written.len() < 4 {
        return false;
    }
    let venues = &cx.knowledge.venues;
    (0..venues.len() as u32).any(|index| {
        venues.venue(index).names().iter().any(|(known, _)| {
            let known: Vec<char> = known.to_lowercase().chars().collect();
            known.len() == written.len()
                && known.iter().zip(&written).filter(|(k, w)| k != w).count() == 1
        })
    })
}
