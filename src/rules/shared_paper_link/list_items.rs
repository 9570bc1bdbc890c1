//! One paper link under two titles in list items (`- [Title A](arxiv X)`
//! and `- [Title B](arxiv X)`): one of the two links is wrong, wherever the
//! two items sit, since each names its own paper.

use crate::diagnostic::{Diagnostic, Severity};
use crate::knowledge::ids::{paper_ids, PaperId};
use crate::knowledge::text::fold_spaces_and_case;
use crate::registry::lint::SHARED_PAPER_LINK as META;
use crate::rules::item_details::{
    preprint_beside_bare, preprint_beside_publication, same_details, two_conferences,
};
use crate::rules::item_titles::{two_versions, ItemTitles};
use crate::rules::list_entries::ListEntry;
use crate::rules::titles::{
    identity_key, names_the_others_work, one_name_two_subtitles, short, two_coined_names,
};
use crate::rules::Context;
use crate::span::Span;
use std::collections::HashMap;

pub(super) fn shared_by_list_items(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let entries = cx.list_entries();
    let titles = ItemTitles::new(cx);
    let mut items_with: HashMap<PaperId, Vec<usize>> = HashMap::new();
    for (index, entry) in entries.iter().enumerate() {
        for id in entry.own_paper_ids(cx.document, cx.knowledge) {
            if let Some(earlier_items) = items_with.get_mut(&id) {
                // A copy of an earlier item (duplicate-paper reports it)
                // repeats that item's finding, if any.
                let key = identity_key(&entry.title);
                if earlier_items
                    .iter()
                    .any(|&at| identity_key(&entries[at].title) == key)
                {
                    break;
                }
                earlier_items.push(index);
                let earlier = &entries[earlier_items[0]];
                // One title the other's part (`Foundation Reinforcement
                // Learning (FRL)` in `FoundationReinforcement Learning:
                // towards ...`) names one paper, however few words the
                // rest shares: in one run, duplicate-paper reports it.
                let retitled = titles.one_paper_retitled(&earlier.title, &entry.title);
                if two_versions(earlier, entry, &id)
                    || names_the_others_title(cx, earlier, entry)
                    || parts_of_one_project(cx, earlier, entry)
                {
                } else if titles.two_titles(&earlier.title, &entry.title)
                    && !retitled
                    && cross_listed(cx, &titles, earlier, entry, &id)
                {
                    out.push(two_titles_of_one_paper(cx, earlier, entry, &id));
                } else if (titles.two_titles(&earlier.title, &entry.title) && !retitled)
                    || (identity_key(&earlier.title) != identity_key(&entry.title)
                        && two_conferences(cx, earlier, entry))
                {
                    out.push(finding(cx, earlier, entry, &id));
                } else if earlier.run != entry.run && renamed_after_review(cx, earlier, entry) {
                    // One paper under two titles in two runs: in one run,
                    // duplicate-paper reports it.
                    out.extend(renamed(cx, earlier, entry, &id));
                }
                break;
            }
            items_with.insert(id, vec![index]);
        }
    }
}

/// Whether one item gives the other's whole title, of four words or more,
/// in bold: a dataset's entry that opens with the dataset's name and then
/// gives its paper's title (`**Distinct Describable Moments (DiDeMo)**:
/// Hendricks et al. **Localizing moments in video with natural
/// language.**`) beside that paper's own entry is one paper filed twice. A
/// note that quotes a title in plain words cites another paper.
fn names_the_others_title(cx: &Context<'_>, a: &ListEntry, b: &ListEntry) -> bool {
    let text = cx.document.text;
    let bare = |title: &str| {
        fold_spaces_and_case(title.trim().trim_end_matches(['.', ',', ':', ';']).trim())
    };
    let holds = |item: &ListEntry, title: &str| {
        let title = bare(title);
        title.split_whitespace().count() >= 4
            && item
                .span
                .slice(text)
                .split("**")
                .skip(1)
                .step_by(2)
                .any(|bold| bare(bold) == title)
    };
    holds(a, &b.title) || holds(b, &a.title)
}

/// Whether two items open with names of one project's parts, one word
/// each, its name and a part, linked to one site of the project's own
/// (`**[RoboCasa-Gen](https://robocasa.ai)**` and `**[RoboCasa-Bench](https://robocasa.ai)**`):
/// each cites the paper that introduced them all. Names that only share a
/// word (`HI-SLAM` and `FND-SLAM`) are two works, and so are names sharing
/// a stem on two sites or on a code host (`Point-BERT` and `Point-MAE`):
/// one link is wrong.
fn parts_of_one_project(cx: &Context<'_>, a: &ListEntry, b: &ListEntry) -> bool {
    let text = cx.document.text;
    let site = |entry: &ListEntry| {
        let (_, url) = entry.leading_linked_name(text)?;
        let url = url?.trim();
        if crate::knowledge::ids::on_a_code_host(url) || !paper_ids(url).is_empty() {
            return None;
        }
        let host = url.split("://").nth(1)?.split(['/', '?', '#']).next()?;
        Some(host.trim_start_matches("www.").to_ascii_lowercase())
    };
    if site(a).is_none() || site(a) != site(b) {
        return false;
    }
    let project = |name: &str| {
        let (stem, part) = name.split_once('-')?;
        let one_word = !name.contains(char::is_whitespace);
        (one_word && stem.chars().count() >= MIN_PROJECT_STEM && !part.is_empty())
            .then(|| stem.to_lowercase())
    };
    match (a.leading_name(text), b.leading_name(text)) {
        (Some(x), Some(y)) => {
            !x.eq_ignore_ascii_case(y) && project(x).is_some_and(|p| project(y) == Some(p))
        }
        _ => false,
    }
}

/// Letters a project's name has at least before the hyphen that names its
/// part.
const MIN_PROJECT_STEM: usize = 3;

/// Whether two items in two runs may be one paper filed under two topics
/// with two titles: kin titles and the same venue and year (dengjianyuan's
/// REINVENT, `(J Cheminf 2017)` on one DOI under the repository's headline
/// and under the paper's title), or as a preprint beside a copy with no
/// venue or year (JimengShi's Aurora, `arXiv 2024` under its preprint's
/// first title, bare under its later one: an arXiv id, whose versions may
/// change the title). Two papers of one topic and one
/// journal year look the same (Lim's and Li's J Cheminf 2018 papers), so
/// the pair is still reported, as either.
fn cross_listed(
    cx: &Context<'_>,
    titles: &ItemTitles<'_, '_>,
    a: &ListEntry,
    b: &ListEntry,
    id: &PaperId,
) -> bool {
    // arXiv keeps a paper's versions under one id, retitled or not; a
    // publisher's page names one title.
    let retitled_preprint = matches!(id, PaperId::Arxiv(_)) && preprint_beside_bare(cx, a, b);
    let alike = same_details(cx, a, b) || retitled_preprint;
    a.run != b.run && alike && titles.kin_titles(&a.title, &b.title)
}

/// Where an item links `id`: its title's link, or else the labelled link
/// that holds it.
fn link_span(cx: &Context<'_>, entry: &ListEntry, id: &PaperId) -> Span {
    if let Some(link) = &entry.paper_link {
        if paper_ids(&link.url).contains(id) {
            return link.span;
        }
    }
    entry
        .labelled_paper_links(cx.document, cx.knowledge)
        .find(|l| paper_ids(&l.url).contains(id))
        .map_or(entry.title_span, |l| l.span)
}

/// Two items of one paper under two titles, one a preprint's and the other
/// a reviewed venue's, neither title the other's with a name or a word
/// added (`Omnigrasp: Grasping Diverse Objects ...` beside `Grasping
/// Diverse Objects ...`, cross-listed under a shorter name): the
/// preprint's copy keeps the paper's old title, which the list should
/// update. Without a venue to tell them apart, two titles of one paper in
/// two sections are a list's own shorthand as often as not.
fn renamed_after_review(cx: &Context<'_>, a: &ListEntry, b: &ListEntry) -> bool {
    let (x, y) = (identity_key(&a.title), identity_key(&b.title));
    let one_within_the_other = x.contains(&y) || y.contains(&x);
    !one_within_the_other
        && preprint_beside_publication(cx, a, b)
        // An item citing another paper (`built on [DDPM](arxiv)`) may share
        // that link with the cited paper's own item.
        && a.links_one_arxiv_paper(cx.document)
        && b.links_one_arxiv_paper(cx.document)
}

fn finding(cx: &Context<'_>, earlier: &ListEntry, later: &ListEntry, id: &PaperId) -> Diagnostic {
    renamed(cx, earlier, later, id).unwrap_or_else(|| wrong_link(cx, earlier, later, id))
}

/// Words in a row two titles of one paper keep through a renaming
/// (`Robustness of Graph Neural Networks`); two papers of one topic share
/// words here and there (`Graph and Graphon Neural Network Stability`,
/// `Graph Neural Networks: Architectures, Stability and Transferability`)
/// or the name of their field (`Risk-Sensitive Reinforcement Learning`).
const RENAMED_RUN: usize = 5;

/// One arXiv paper under two related titles (they share several words and
/// coin no two names) that also share a run of words or stand as a
/// preprint beside its publication, or under two titles of which one names
/// the work the other coins (`... using AQUA` and `AQUA: ...`): most likely
/// the paper renamed, often after review, and listed again under its new
/// title.
fn renamed(
    cx: &Context<'_>,
    earlier: &ListEntry,
    later: &ListEntry,
    id: &PaperId,
) -> Option<Diagnostic> {
    let (a, b) = (&earlier.title, &later.title);
    let named = names_the_others_work(a, b);
    let related = super::one_paper::related_titles(a, b) || one_name_two_subtitles(a, b);
    // No paper appears at two conferences (NAACL 2019, ACL 2020).
    if !matches!(id, PaperId::Arxiv(_))
        || !(related || named)
        || two_coined_names(a, b)
        || two_conferences(cx, earlier, later)
    {
        return None;
    }
    let after_review = preprint_beside_publication(cx, earlier, later);
    if !after_review && !named && super::one_paper::shared_run(a, b) < RENAMED_RUN {
        return None;
    }
    let earlier_line = cx.line(earlier.span);
    let message = if after_review {
        format!(
            "{id} is listed twice, probably once under the preprint's older title: \"{}\" here and \"{}\" at line {earlier_line}",
            short(b),
            short(a)
        )
    } else {
        format!(
            "{id} is listed twice, probably once under an older title: \"{}\" here and \"{}\" at line {earlier_line}",
            short(b),
            short(a)
        )
    };
    Some(
        on_shared_link(cx, earlier, later, id, META.severity, message)
            .with_label("same arXiv paper under another title")
            .with_help("check that both items are one paper renamed; if so, keep the item with the current title and venue and delete the other; if not, correct the link that does not match its title"),
    )
}

/// One link under two kin titles in two topics with one venue and year:
/// one paper whose two copies disagree on its title, or a link pasted on
/// a paper of the same topic and journal year.
fn two_titles_of_one_paper(
    cx: &Context<'_>,
    earlier: &ListEntry,
    later: &ListEntry,
    id: &PaperId,
) -> Diagnostic {
    let earlier_line = cx.line(earlier.span);
    let message = format!(
        "{id} is filed under two titles: \"{}\" here and \"{}\" at line {earlier_line}",
        short(&later.title),
        short(&earlier.title)
    );
    on_shared_link(cx, earlier, later, id, Severity::Warning, message)
        .with_label("same link, another title")
    .with_help("if both items are one paper, give both its title; if not, correct the link that does not match its title")
}

/// A finding at the later item's link to `id`, pointing back at the
/// earlier item's: every message of this rule on list items names a pair.
fn on_shared_link(
    cx: &Context<'_>,
    earlier: &ListEntry,
    later: &ListEntry,
    id: &PaperId,
    severity: Severity,
    message: String,
) -> Diagnostic {
    Diagnostic::new(META.name, severity, link_span(cx, later, id), message)
        .with_related(link_span(cx, earlier, id), format!("also links {id}"))
}

fn wrong_link(
    cx: &Context<'_>,
    earlier: &ListEntry,
    later: &ListEntry,
    id: &PaperId,
) -> Diagnostic {
    let earlier_line = cx.line(earlier.span);
    let message = format!(
        "this item links {id}, which line {earlier_line} links for \"{}\"; one of the two links is wrong",
        short(&earlier.title)
    );
    on_shared_link(cx, earlier, later, id, META.severity, message)
        .with_label(format!("same paper as line {earlier_line}"))
    .with_help("one of the two links is wrong: open both and correct the link that does not match its title")
}
