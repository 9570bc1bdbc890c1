//! One paper link under two titles in list items (`- [Title A](arxiv X)`
//! and `- [Title B](arxiv X)`): one of the two links is wrong, wherever the
//! two items sit, since each names its own paper.

use crate::diagnostic::Diagnostic;
use crate::knowledge::ids::PaperId;
use crate::knowledge::VenueCell;
use crate::registry::lint::SHARED_PAPER_LINK as META;
use crate::rules::list_entries::ListEntry;
use crate::rules::titles::short;
use crate::rules::titles::{
    lower_words, one_name_two_subtitles, title_after_name, titles_match, FUNCTION_WORDS,
};
use crate::rules::Context;
use std::collections::{HashMap, HashSet};

pub(super) fn shared_by_list_items(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let entries = cx.list_entries();
    let mut first_with: HashMap<PaperId, usize> = HashMap::new();
    for (index, entry) in entries.iter().enumerate() {
        for id in entry.paper_ids() {
            if let Some(&first) = first_with.get(&id) {
                let earlier = &entries[first];
                if two_titles(cx, &earlier.title, &entry.title)
                    && !two_versions(earlier, entry, &id)
                {
                    out.push(finding(cx, earlier, entry, &id));
                }
                break;
            }
            first_with.insert(id, index);
        }
    }
}

/// Two titles that name two papers: not one title written twice, shortened
/// or retold, and not one paper renamed (a renamed paper keeps half its
/// words or more: `X: A Y` becomes `X: Towards Y`; the list should keep
/// one of the two, but the message would send its reader after a wrong
/// link). A venue and year written into both titles (`Title - ECCV -
/// 2018`) say nothing of the paper.
fn two_titles(cx: &Context<'_>, a: &str, b: &str) -> bool {
    if titles_match(Some(a), Some(b))
        || name_and_its_extension(a, b)
        || one_name_two_subtitles(a, b)
    {
        return false;
    }
    let telling = |w: &String| {
        w.chars().count() > 3
            && !w.chars().all(|c| c.is_ascii_digit())
            && !FUNCTION_WORDS.contains(&w.as_str())
            && !matches!(
                cx.knowledge.venues.parse(w, |_| false),
                VenueCell::Known(_) | VenueCell::YearOnly(_)
            )
    };
    let words =
        |t: &str| -> HashSet<String> { lower_words(t).into_iter().filter(telling).collect() };
    let (x, y) = (words(a), words(b));
    let more = x.len().max(y.len());
    !x.is_empty() && !y.is_empty() && 2 * x.intersection(&y).count() < more
}

/// Two items that link two versions of one arXiv paper (`2501.03265v1`
/// beside `2501.03265`): its titles before and after a revision, listed
/// on purpose (a survey's first edition kept beside its second).
fn two_versions(a: &ListEntry, b: &ListEntry, id: &PaperId) -> bool {
    let PaperId::Arxiv(number) = id else {
        return false;
    };
    let version = |e: &ListEntry| -> Option<String> {
        let url = &e.paper_link.as_ref()?.url;
        let at = url.find(number.as_str())? + number.len();
        let digits: String = url[at..]
            .strip_prefix('v')?
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        (!digits.is_empty()).then_some(digits)
    };
    version(a) != version(b)
}

/// Whether one title's leading name is the other's with a suffix
/// (`ProcTHOR: Large-Scale Embodied AI ...` and `ProcTHOR-10K: 10K
/// Interactive Household Environments`): a dataset or a version released
/// with the paper, which lists link to the paper itself.
fn name_and_its_extension(a: &str, b: &str) -> bool {
    let name = |t: &str| -> Option<String> {
        let (name, _) = title_after_name(t)?;
        let name = name.trim_start_matches(|c: char| !c.is_alphanumeric());
        (!name.contains(char::is_whitespace)).then(|| name.to_lowercase())
    };
    let (Some(x), Some(y)) = (name(a), name(b)) else {
        return false;
    };
    let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    short.chars().count() >= 4
        && long.strip_prefix(short.as_str()).is_some_and(|rest| {
            rest.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '-' | '_' | '+' | '.'))
        })
}

fn finding(cx: &Context<'_>, earlier: &ListEntry, later: &ListEntry, id: &PaperId) -> Diagnostic {
    let earlier_line = cx.line(earlier.span);
    let span = later
        .paper_link
        .as_ref()
        .map_or(later.title_span, |l| l.span);
    Diagnostic::new(
        META.name,
        META.severity,
        span,
        format!(
            "this item links {id}, which line {earlier_line} links for \"{}\"; one of the two links is wrong",
            short(&earlier.title)
        ),
    )
    .with_label(format!("same paper as line {earlier_line}"))
    .with_related(
        earlier.paper_link.as_ref().map_or(earlier.title_span, |l| l.span),
        format!("also links {id}"),
    )
    .with_help("one of the two links is wrong: open both and correct the link that does not match its title")
}
