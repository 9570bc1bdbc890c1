use super::duplicates::{Evidence, Pair};
use super::link_culprit::{
    culprit, culprit_in_list, owner_elsewhere, tool_and_its_paper, InList, Side, SPELLED_EVIDENCE,
};
use super::titles::short;
use super::{Context, RowRef, Rule, RuleMeta};

mod list_items;
mod name_and_title;
mod one_paper;
mod relisted;
use crate::diagnostic::Diagnostic;
use crate::facts::row_title;
use crate::knowledge::ids::{paper_ids, PaperId};
use crate::knowledge::VenueKind;
use crate::span::Span;

pub struct SharedPaperLink;

use crate::registry::lint::SHARED_PAPER_LINK as META;

impl Rule for SharedPaperLink {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn reads_duplicate_pairs(&self) -> bool {
        true
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let pairs = cx.duplicate_pairs();
        let key = |r: &RowRef<'_>| (r.table_index, r.row_index);
        let copies: Vec<_> = pairs
            .iter()
            .filter(|p| p.same_title)
            .map(|p| (key(&p.earlier), key(&p.later)))
            .collect();
        let shared: std::collections::HashSet<_> = pairs
            .iter()
            .filter(|p| !p.same_title && matches!(p.evidence, Evidence::Id(_)))
            .map(|p| (key(&p.earlier), key(&p.later)))
            .collect();
        // A later copy of a row (same title, same link) that the other row
        // shares the link with is the same finding again: it was reported
        // against the first copy (rux001 88, a copy of 65; 66 is wrong).
        // In one table the two rows are the defect wherever else they sit.
        // So is a copy's pair when all three rows sit in one table (131 and
        // its copy 133 share 132's link: 132 was reported against 131).
        let reported_with_a_copy = |pair: &Pair<'_>| {
            let (earlier, later) = (key(&pair.earlier), key(&pair.later));
            copies.iter().any(|&(copy, of)| {
                of == later
                    && copy != earlier
                    && (shared.contains(&(copy, earlier)) || shared.contains(&(earlier, copy)))
                    && (earlier.0 != later.0 || copy.0 == later.0)
            })
        };
        // The findings placed on each link, and whether each names the
        // wrong row from evidence: a row paired with two others (209 and 407
        // share 246's CVF link) is reported once, with the evidence if any.
        let mut placed: std::collections::HashMap<Span, (usize, bool)> = Default::default();
        for pair in &pairs {
            let Evidence::Id(id) = pair.evidence else {
                continue;
            };
            // Two results of one paper (a leaderboard's variants) share its link.
            if pair.same_title || reported_with_a_copy(pair) || models_of_one_paper(cx, pair, id) {
                continue;
            }
            if citing(cx, pair) && !two_papers_details(cx, pair) {
                continue;
            }
            if one_paper::cited_again_elsewhere(cx, pair, id)
                || versions_on_purpose(pair, id)
                || tool_and_its_paper(pair)
                || name_and_title::name_and_its_title(cx, pair)
                || name_and_title::titled_by_the_others_name(cx, pair)
                || relisted::named_in_the_other_row(pair, id)
            {
                continue;
            }
            // The list's own text first: it tells a wrong link from a
            // renamed paper (two rows with swapped links share many words).
            let in_list = culprit_in_list(cx, pair, id);
            if in_list == InList::Nothing {
                if let Some(d) = renamed(cx, pair, id) {
                    out.push(d);
                    continue;
                }
            }
            let swapped = in_list == InList::BothElsewhere;
            let evidence = match in_list {
                InList::Culprit(side, why) => Some((side, why)),
                InList::BothElsewhere => None,
                InList::Nothing => culprit(cx, pair, id),
            };
            let owner = evidence
                .is_none()
                .then(|| owner_elsewhere(&pairs, pair, id))
                .flatten();
            let (wrong, right, why) = match (evidence, owner) {
                (Some((Side::Earlier, why)), _) => (&pair.earlier, &pair.later, Some(why)),
                (Some((Side::Later, why)), _) => (&pair.later, &pair.earlier, Some(why)),
                // Both links are wrong: the one not reported yet is.
                (None, Some(owner)) => {
                    let earlier = link_span(&pair.earlier, id).unwrap_or(pair.earlier.row.span());
                    let wrong = if placed.contains_key(&earlier) {
                        &pair.later
                    } else {
                        &pair.earlier
                    };
                    (wrong, owner, Some(SPELLED_EVIDENCE.to_string()))
                }
                (None, None) => (&pair.later, &pair.earlier, None),
            };
            let other_line = cx.line(right.row.span());
            // A citing table's entry is named by its own column.
            let other = row_title(right.table, right.row)
                .or_else(|| super::duplicates::title_by_name(cx, right))
                .or_else(|| super::duplicates::row_name(cx, right))
                .unwrap_or("another paper");
            let span = link_span(wrong, id).unwrap_or(wrong.row.span());
            let told = why.is_some();
            let diagnostic = if let Some(why) = why {
                Diagnostic::new(
                    META.name,
                    META.severity,
                    span,
                    format!(
                        "this row's link is probably wrong: it links {id}, the paper of \"{}\" (line {other_line}); {why}",
                        short(other)
                    ),
                )
                .with_label(format!("same paper as line {other_line}"))
                .with_related(right.title_span(), format!("links {id} too"))
                .with_help("replace this row's link with the link to its own paper")
            } else {
                Diagnostic::new(
                    META.name,
                    META.severity,
                    span,
                    format!(
                        "this row links {id}, which line {other_line} links for \"{}\"; one of the two links is wrong{}",
                        short(other),
                        if swapped {
                            " (both titles are listed elsewhere with other links: links swapped or copied between rows)"
                        } else {
                            ""
                        }
                    ),
                )
                .with_label(format!("same paper as line {other_line}"))
                .with_related(right.title_span(), format!("also links {id}"))
                .with_help("one of the two links is wrong: open both and correct the link that does not match its title")
            };
            match placed.get(&span) {
                Some(&(at, false)) if told => {
                    out[at] = diagnostic;
                    placed.insert(span, (at, true));
                }
                Some(_) => {}
                None => {
                    placed.insert(span, (out.len(), told));
                    out.push(diagnostic);
                }
            }
        }
        list_items::shared_by_list_items(cx, out);
    }
}

/// Two rows named by short names (models, methods: `MT-GPT` and `MT-GPT2`,
/// `ChemRxnExtractor` and `ChemBERT`) on one link, that agree on where and
/// when it appeared: a list giving each model of one paper its row. A link
/// copied to the wrong row usually brings another paper's date or venue
/// with it, and is still reported. On an arXiv link, a Date column that
/// follows the arXiv ids agrees whenever the links do: no evidence
/// (Szy12345's P2Plus row, StyleDiffusion's link and date copied).
fn models_of_one_paper(cx: &Context<'_>, pair: &Pair<'_>, id: &PaperId) -> bool {
    let (a, b) = (&pair.earlier, &pair.later);
    // `SQuAD` and `SQuAD1.0`: one name, once with its version, agreeing on
    // where and when (`YOLO` at CVPR 2016 and `YOLOv3` on arXiv in 2018 on
    // one link: a wrong link).
    if let (Some(x), Some(y)) = (row_title(a.table, a.row), row_title(b.table, b.row)) {
        if super::titles::one_name_with_a_version(x, y)
            && super::duplicate_paper::differences(pair, cx).is_none()
        {
            return true;
        }
    }
    let related = match (row_title(a.table, a.row), row_title(b.table, b.row)) {
        (Some(x), Some(y)) => super::titles::related_names(x, y),
        _ => false,
    };
    // Two results of one paper in results tables (a leaderboard's
    // variants, scores differing) need no date: their table has none.
    if related && pair.distinct_entries && super::duplicate_paper::differences(pair, cx).is_none() {
        return true;
    }
    let dated = |r: &RowRef<'_>| {
        (r.facts.year.is_some() || r.facts.venue.is_some())
            && !(matches!(id, PaperId::Arxiv(_))
                && cx.facts.tables[r.table_index].dates_follow_arxiv == Some(true))
    };
    related
        && super::same_name::short_name(cx, a)
        && super::same_name::short_name(cx, b)
        && dated(a)
        && dated(b)
        && super::duplicate_paper::differences(pair, cx).is_none()
}

/// Whether the pair's rows sit in tables that cite papers (datasets,
/// benchmarks), where several entries often cite one paper.
fn citing(cx: &Context<'_>, pair: &Pair<'_>) -> bool {
    let cites = |r: &RowRef<'_>| cx.profile.tables[r.table_index].cites_only;
    cites(&pair.earlier) || cites(&pair.later)
}

/// Two entries citing one link whose year and venue both differ give two
/// papers' details (CVC-ColonDB `2015 | TMI` on the link of ETIS-Larib's
/// `2014 | IJCARS` paper): one link is wrong. Entries of one paper agree
/// on both.
fn two_papers_details(cx: &Context<'_>, pair: &Pair<'_>) -> bool {
    let year = |r: &RowRef<'_>| r.facts.cell_year();
    // Known venues only, and no preprint server: `MMSys` and `ACM MMSys`
    // are one venue, `arXiv` says nothing of where the paper went.
    let venue = |r: &RowRef<'_>| {
        let mention = *r.facts.venue.as_ref()?.value.mention()?;
        (cx.knowledge.venues.venue(mention.venue).kind != VenueKind::Preprint)
            .then_some(mention.venue)
    };
    let (a, b) = (&pair.earlier, &pair.later);
    matches!((year(a), year(b)), (Some(x), Some(y)) if x != y)
        && matches!((venue(a), venue(b)), (Some(x), Some(y)) if x != y)
}

/// The span of the row's link that carries the shared identity.
/// Two rows that link two named versions of one arXiv paper (`T-GATE V1`
/// on `2404.02747v1`, `T-GATE V2` on `...v2`): the list gives each version
/// its row. A link copied to a wrong row keeps its version, or has none.
/// Titles that name no version are one paper listed twice (its feed's v1
/// and v2 under an old and a new title).
fn versions_on_purpose(pair: &Pair<'_>, id: &PaperId) -> bool {
    let PaperId::Arxiv(number) = id else {
        return false;
    };
    let version = |row: &RowRef<'_>| -> Option<u32> {
        row.row.links().find_map(|l| {
            let at = l.url.find(number.as_str())? + number.len();
            let digits: String = l.url[at..]
                .strip_prefix('v')?
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            digits.parse().ok()
        })
    };
    // The titles name the versions too (an arXiv feed listing each
    // version of one paper under its old and new title is one paper twice).
    let named = |row: &RowRef<'_>, v: u32| {
        row_title(row.table, row.row).is_some_and(|title| {
            title
                .split(|c: char| !c.is_alphanumeric())
                .any(|word| word.eq_ignore_ascii_case(&format!("v{v}")))
        })
    };
    matches!((version(&pair.earlier), version(&pair.later)),
        (Some(a), Some(b)) if a != b && named(&pair.earlier, a) && named(&pair.later, b))
}

fn link_span(row: &RowRef<'_>, id: &PaperId) -> Option<Span> {
    row.row
        .links()
        .find(|l| paper_ids(l.url).contains(id))
        .or_else(|| row.row.links().next())
        .map(|l| l.span)
}

/// Whether the row's venue is a preprint server ("arXiv", "Preprint'23").
/// `None` for no venue, and for a release channel (`Microsoft Research`,
/// `OpenAI`), which says who released the paper, not where it appeared.
fn is_preprint(cx: &Context<'_>, row: &RowRef<'_>) -> Option<bool> {
    let mention = *row.facts.venue.as_ref()?.value.mention()?;
    match cx.knowledge.venues.venue(mention.venue).kind {
        VenueKind::Channel => None,
        kind => Some(kind == VenueKind::Preprint),
    }
}

/// One arXiv paper under two related titles (they share several words),
/// unless both rows name different venues: most likely the paper was
/// renamed (often after review) and listed again under its new title. When
/// one row is a preprint and the other published, the preprint row is the
/// older one.
fn renamed(cx: &Context<'_>, pair: &Pair<'_>, id: &PaperId) -> Option<Diagnostic> {
    if !matches!(id, PaperId::Arxiv(_)) {
        return None;
    }
    let (earlier_title, later_title) = (
        row_title(pair.earlier.table, pair.earlier.row)?,
        row_title(pair.later.table, pair.later.row)?,
    );
    // A paper renamed after review keeps its topic's words; two papers of
    // one topic do too, but under two coined names of their own.
    let one_paper = one_paper::related_titles(earlier_title, later_title)
        || super::titles::one_name_two_subtitles(earlier_title, later_title);
    if !one_paper
        || super::titles::two_coined_names(earlier_title, later_title)
        || two_first_authors(pair)
    {
        return None;
    }
    let message = match (is_preprint(cx, &pair.earlier), is_preprint(cx, &pair.later)) {
        (Some(false), Some(false)) => return None,
        (Some(true), Some(false)) | (Some(false), Some(true)) => {
            let (old, new, new_title) = if is_preprint(cx, &pair.earlier) == Some(true) {
                (&pair.earlier, &pair.later, later_title)
            } else {
                (&pair.later, &pair.earlier, earlier_title)
            };
            format!(
                "{id} is listed twice, once under an older title: the preprint at line {} and \"{}\" at line {}",
                cx.line(old.row.span()),
                short(new_title),
                cx.line(new.row.span())
            )
        }
        _ => format!(
            "{id} is listed twice, probably once under an older title: \"{}\" here and \"{}\" at line {}",
            short(later_title),
            short(earlier_title),
            cx.line(pair.earlier.row.span())
        ),
    };
    Some(
        Diagnostic::new(META.name, META.severity, pair.later.title_span(), message)
            .with_label("same arXiv paper under another title")
            .with_related(pair.earlier.title_span(), format!("also links {id}"))
            .with_help("check that both rows are one paper renamed; if so, keep the row with the current title and venue and delete the other"),
    )
}

/// Whether the two rows name two first authors: a paper renamed after
/// review keeps its first author (round 76: two surveys of remote sensing
/// on one arXiv id, by C. Liu and by Z. Huang).
fn two_first_authors(pair: &Pair<'_>) -> bool {
    let (earlier, later) = (&pair.earlier, &pair.later);
    match (
        crate::facts::first_author(earlier.table, earlier.row),
        crate::facts::first_author(later.table, later.row),
    ) {
        (Some(a), Some(b)) => crate::facts::other_first_author(&a, &b),
        _ => false,
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_blame;
#[cfg(test)]
mod tests_entries;
#[cfg(test)]
mod tests_list_items;
#[cfg(test)]
mod tests_names;

#[cfg(test)]
mod extension;
