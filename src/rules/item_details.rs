//! What a list item says of its paper besides the title: the venues it
//! names with their year and the years it writes. Two items of one paper
//! that share none of them tell two editions apart, or contradict each
//! other.

use super::list_entries::ListEntry;
use super::Context;
use crate::knowledge::ids::PaperId;
use crate::knowledge::{names_a_month, VenueKind};
use std::sync::LazyLock;

/// How two items of one paper differ in venue or year (`ICRA 2025` vs
/// `ICCV 2025`, `2018` vs `2019`), when both give one and they share none;
/// a year alone before a reviewed venue's is the preprint's, no difference.
pub fn differing_details(cx: &Context<'_>, a: &ListEntry, b: &ListEntry) -> Option<String> {
    let (x, y) = (venues(cx, a), venues(cx, b));
    let keys = |v: &[(u32, Option<i32>, &str)]| -> Vec<(u32, Option<i32>)> {
        v.iter().map(|&(venue, year, _)| (venue, year)).collect()
    };
    if none_shared(&keys(&x), &keys(&y)) {
        return Some(format!("{} vs {}", x[0].2, y[0].2));
    }
    let text = cx.document.text;
    let (x_years, y_years) = (years_in(a.span.slice(text)), years_in(b.span.slice(text)));
    // An undated-by-venue copy's year before the other's venue year (`May
    // 2020` beside `ICLR, 2021`): the preprint's date, then the paper's.
    let dated_before_its_venue = |undated: &ListEntry,
                                  undated_venues: &[(u32, Option<i32>, &str)],
                                  published: &[(u32, Option<i32>, &str)],
                                  early: &[u16],
                                  late: &[u16]| {
        undated_venues.is_empty()
            && !names_a_preprint(undated.span.slice(text))
            && published
                .iter()
                .any(|&(venue, _, _)| cx.knowledge.venues.venue(venue).kind.is_reviewed())
            && early.iter().max() < late.iter().max()
    };
    if dated_before_its_venue(a, &x, &y, &x_years, &y_years)
        || dated_before_its_venue(b, &y, &x, &y_years, &x_years)
    {
        return None;
    }
    none_shared(&x_years, &y_years).then(|| format!("{} vs {}", x_years[0], y_years[0]))
}

/// Two items of one venue and year, one in its Findings volume and the
/// other not (`Findings of ACL 2025` / `ACL 2025`): one says where the
/// paper is wrongly. Only the items' own words count, not their links'
/// addresses (`aclanthology.org/2025.findings-acl.1372`).
pub fn findings_beside_main_track(
    cx: &Context<'_>,
    a: &ListEntry,
    b: &ListEntry,
) -> Option<String> {
    let (x, y) = (venues(cx, a), venues(cx, b));
    let (venue, year) = x
        .iter()
        .map(|&(venue, year, _)| (venue, year))
        .find(|key| key.1.is_some() && y.iter().any(|&(v, w, _)| (v, w) == *key))?;
    let text = cx.document.text;
    let in_findings = |e: &ListEntry| {
        let words = without_addresses(e.span.slice(text));
        cx.knowledge
            .venues
            .names_findings(&words.replace(&e.title, " "))
    };
    let (a_findings, b_findings) = (in_findings(a), in_findings(b));
    let name = &cx.knowledge.venues.venue(venue).name;
    let year = year.unwrap_or_default();
    let describe = |findings: bool| {
        if findings {
            format!("Findings of {name} {year}")
        } else {
            format!("{name} {year} main track")
        }
    };
    (a_findings != b_findings)
        .then(|| format!("{} vs {}", describe(a_findings), describe(b_findings)))
}

/// Whether an item writes the year `year` outside its links.
pub fn writes_year(cx: &Context<'_>, entry: &ListEntry, year: i32) -> bool {
    years_in(entry.span.slice(cx.document.text))
        .iter()
        .any(|&y| i32::from(y) == year)
}

/// Whether an item gives a venue with its year, or a year, at all: a bare
/// `Science.` gives neither.
pub fn gives_venue_or_year(cx: &Context<'_>, entry: &ListEntry) -> bool {
    !venues(cx, entry).is_empty() || !years_in(entry.span.slice(cx.document.text)).is_empty()
}

/// Whether one item names a conference and the other a journal (`CVPR
/// 2017` and `IJCV 2019`): a paper and its journal version, which keep
/// one title and often one preprint link, listed on purpose.
pub fn conference_and_journal(cx: &Context<'_>, a: &ListEntry, b: &ListEntry) -> bool {
    let (x, y) = (venue_kinds(cx, a), venue_kinds(cx, b));
    let has = |k: &[VenueKind], kind: VenueKind| k.contains(&kind);
    (has(&x, VenueKind::Conference) && has(&y, VenueKind::Journal))
        || (has(&x, VenueKind::Journal) && has(&y, VenueKind::Conference))
}

/// Whether both items name conferences with their years, and no
/// conference is named by both (`ICRA, 2020` and `CVPR, 2021`): no paper
/// is published at two, so two such items on one link are two papers,
/// however alike their titles. One conference in two years is rather one
/// paper with a wrong year; a workshop's paper may return at a
/// conference: an item that says `workshop` is left out.
pub fn two_conferences(cx: &Context<'_>, a: &ListEntry, b: &ListEntry) -> bool {
    let text = cx.document.text;
    let conferences = |entry: &ListEntry| -> Option<Vec<u32>> {
        if entry.span.slice(text).to_lowercase().contains("workshop") || names_a_workshop(cx, entry)
        {
            return None;
        }
        let named = venues(cx, entry);
        named
            .iter()
            .all(|&(venue, _, _)| cx.knowledge.venues.venue(venue).kind == VenueKind::Conference)
            .then(|| {
                named
                    .iter()
                    .filter_map(|&(venue, year, _)| year.map(|_| venue))
                    .collect()
            })
    };
    match (conferences(a), conferences(b)) {
        (Some(x), Some(y)) => none_shared(&x, &y),
        _ => false,
    }
}

/// Whether one of the venues an item names is a workshop held with it
/// (`CVPRW 2023`, `ICLRW2023`, `LRGSD@ICML 2019`).
fn names_a_workshop(cx: &Context<'_>, entry: &ListEntry) -> bool {
    cx.prose_venues_within(entry.span).any(|m| {
        m.cell
            .mention()
            .is_some_and(|v| cx.knowledge.venues.names_a_workshop(&m.text, v))
    })
}

/// Whether two items give their paper's details alike: one venue and
/// year, written the same (`(J Cheminf 2017)` in both). Beside kin titles
/// in two runs, one paper filed under two topics with two titles, not a
/// link pasted on another paper. A preprint server's year (`arXiv 2024`)
/// or a year alone is what many papers of a list share: no sign.
pub fn same_details(cx: &Context<'_>, a: &ListEntry, b: &ListEntry) -> bool {
    let venue_years = |entry: &ListEntry| {
        let mut named: Vec<(u32, Option<i32>)> = venues(cx, entry)
            .iter()
            .map(|&(venue, year, _)| (venue, year))
            .collect();
        named.sort_unstable();
        named.dedup();
        named
    };
    let (venues_a, venues_b) = (venue_years(a), venue_years(b));
    if venues_a != venues_b {
        return false;
    }
    if !venues_a.is_empty() {
        return venues_a.iter().all(|&(venue, year)| {
            year.is_some() && cx.knowledge.venues.venue(venue).kind.is_reviewed()
        });
    }
    let text = cx.document.text;
    let (dated_a, dated_b) = (
        dated_words(a.span.slice(text)),
        dated_words(b.span.slice(text)),
    );
    !dated_a.is_empty() && dated_a == dated_b
}

/// The words written right before a year in an item's text, outside its
/// link addresses, with the year (`cheminf 2017` of `(J Cheminf 2017)`): a
/// venue the venue data may not know.
fn dated_words(text: &str) -> Vec<String> {
    static DATED: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"([A-Za-z][A-Za-z.&-]*)[ ,'’]+((?:19|20)[0-9]{2})\b")
            .expect("valid regex")
    });
    let words = without_addresses(text);
    let mut dated: Vec<String> = DATED
        .captures_iter(&words)
        .map(|c| (c[1].to_lowercase(), c[2].to_string()))
        // `et al., 2018`, `May 2020`: an author's or a month's year.
        .filter(|(word, _)| word.trim_end_matches('.') != "al" && !names_a_month(word))
        .map(|(word, year)| format!("{word} {year}"))
        .collect();
    dated.sort_unstable();
    dated.dedup();
    dated
}

/// Whether one item names only preprint servers (`Arxiv, 2022`) and the
/// other a reviewed venue (`ICML 2023`): the paper before and after review,
/// one paper listed twice, not two editions of it. An item naming no venue
/// with a year may name it as its paper link's text (`[[Arxiv]](...)`).
pub fn preprint_beside_publication(cx: &Context<'_>, a: &ListEntry, b: &ListEntry) -> bool {
    let (x, y) = (
        venue_kinds_or_paper_link_names(cx, a),
        venue_kinds_or_paper_link_names(cx, b),
    );
    let only_preprints =
        |k: &[VenueKind]| !k.is_empty() && k.iter().all(|&v| v == VenueKind::Preprint);
    let reviewed = |k: &[VenueKind]| k.iter().any(|v| v.is_reviewed());
    (only_preprints(&x) && reviewed(&y)) || (only_preprints(&y) && reviewed(&x))
}

/// Whether one item links only arXiv and calls itself a preprint (names
/// only preprint servers, `arXiv, 2021`; or, naming no venue, has
/// `arXiv:2309.05853` as link text) and the other names no venue and links
/// only its publisher's pages (a DOI not of a preprint server, a
/// proceedings id), the arXiv copy dated no later (`[arXiv:2309.05853
/// (2023)](arXiv)` beside `[J. Chem. Inf. Model. (2024)](doi)`, venues a
/// list writes only as link text; `arXiv, 2021` beside `ACM/JMS Journal of
/// Data Science, 2024` on its DOI, a journal the venue data does not
/// know): the paper before and after review, not two editions.
pub fn arxiv_link_beside_publisher_link(cx: &Context<'_>, a: &ListEntry, b: &ListEntry) -> bool {
    let text = cx.document.text;
    let calls_itself_a_preprint = |e: &ListEntry| {
        let kinds = venue_kinds(cx, e);
        if kinds.is_empty() {
            let words = e.span.slice(text).to_lowercase();
            words.contains("[arxiv") || words.contains("preprint")
        } else {
            kinds.iter().all(|&kind| kind == VenueKind::Preprint)
        }
    };
    let on_arxiv = |e: &ListEntry| {
        let ids = e.paper_ids();
        !ids.is_empty()
            && ids.iter().all(|id| matches!(id, PaperId::Arxiv(_)))
            && calls_itself_a_preprint(e)
    };
    let published = |e: &ListEntry| {
        let ids = e.paper_ids();
        venues(cx, e).is_empty() && !ids.is_empty() && ids.iter().all(PaperId::is_publishers)
    };
    let dated_no_later = |preprint: &ListEntry, publication: &ListEntry| {
        let (early, late) = (
            years_in(preprint.span.slice(text)),
            years_in(publication.span.slice(text)),
        );
        early.iter().max() <= late.iter().max()
    };
    (on_arxiv(a) && published(b) && dated_no_later(a, b))
        || (on_arxiv(b) && published(a) && dated_no_later(b, a))
}

/// Whether one item names only preprint servers (`arXiv 2024`) and the
/// other no venue and no year: a paper's preprint copy beside a bare one,
/// which may carry the title the preprint took later.
pub fn preprint_beside_bare(cx: &Context<'_>, a: &ListEntry, b: &ListEntry) -> bool {
    let only_preprints = |entry: &ListEntry| {
        let kinds = venue_kinds(cx, entry);
        !kinds.is_empty() && kinds.iter().all(|&v| v == VenueKind::Preprint)
    };
    (only_preprints(a) && !gives_venue_or_year(cx, b))
        || (only_preprints(b) && !gives_venue_or_year(cx, a))
}

/// Whether the item that names only preprint servers dates its preprint
/// after every year the other item's reviewed venues give (`arXiv 2024`
/// beside `CVPR 2023`): a later preprint is an extension or a new
/// version, not the paper's stale copy.
pub fn preprint_dated_later(cx: &Context<'_>, a: &ListEntry, b: &ListEntry) -> bool {
    let years = |e: &ListEntry, preprint: bool| -> Vec<i32> {
        venues(cx, e)
            .iter()
            .filter(|&&(venue, _, _)| {
                (cx.knowledge.venues.venue(venue).kind == VenueKind::Preprint) == preprint
            })
            .filter_map(|&(_, year, _)| year)
            .collect()
    };
    let later = |p: &ListEntry, r: &ListEntry| {
        let (printed, reviewed) = (years(p, true), years(r, false));
        !printed.is_empty()
            && !reviewed.is_empty()
            && printed.iter().all(|y| reviewed.iter().all(|r| y > r))
    };
    later(a, b) || later(b, a)
}

/// Words of an item whose conference year may repeat: an event held each
/// year under one name, or a paper not yet accepted (an `ICLR 2019
/// submission`, rejected, then `ICLR 2020`). Singular, lower case.
const HELD_AGAIN_OR_PENDING: [&str; 9] = [
    "workshop",
    "challenge",
    "tutorial",
    "competition",
    "track",
    "submission",
    "submitted",
    "review",
    "rejected",
];

/// How two items differ when each names one conference and it is the same
/// one, in two years (`(ICLR 2019)` beside `(ICLR 2020)`): a paper appears
/// at a conference once, so one year is wrong. Not for an item that names
/// a workshop, challenge or tutorial, held again each year, or a paper
/// under submission.
pub fn one_conference_two_years(cx: &Context<'_>, a: &ListEntry, b: &ListEntry) -> Option<String> {
    let (x, y) = (venues(cx, a), venues(cx, b));
    let ([(venue, Some(year), written)], [(other, Some(other_year), other_written)]) =
        (x.as_slice(), y.as_slice())
    else {
        return None;
    };
    // Whole words, in any case (`Tracking` is no track).
    let recurring = |e: &ListEntry| {
        e.span
            .slice(cx.document.text)
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| {
                let word = word.to_lowercase();
                let word = word.strip_suffix('s').unwrap_or(&word);
                HELD_AGAIN_OR_PENDING.contains(&word)
            })
    };
    let conference = cx.knowledge.venues.venue(*venue).kind == VenueKind::Conference;
    (venue == other && year != other_year && conference && !recurring(a) && !recurring(b))
        .then(|| format!("{written} vs {other_written}"))
}

/// The kinds of the venues an item names with their year.
fn venue_kinds(cx: &Context<'_>, entry: &ListEntry) -> Vec<VenueKind> {
    venues(cx, entry)
        .iter()
        .map(|&(venue, _, _)| cx.knowledge.venues.venue(venue).kind)
        .collect()
}

/// The kinds of the venues an item names with their year or, naming
/// none, as the whole text of a link to its paper.
fn venue_kinds_or_paper_link_names(cx: &Context<'_>, entry: &ListEntry) -> Vec<VenueKind> {
    let kinds = venue_kinds(cx, entry);
    if !kinds.is_empty() {
        return kinds;
    }
    venues_as_paper_link_text(cx, entry)
        .map(|venue| cx.knowledge.venues.venue(venue).kind)
        .collect()
}

/// The venues an item's paper links are named after (`[[Information
/// Fusion]](arxiv)`, `[[Arxiv]](arxiv)`): lists that write the venue only as
/// the paper link's text, and the year apart (`**[2024]**`). A link
/// elsewhere named after a venue (its site) names no paper.
fn venues_as_paper_link_text<'c>(
    cx: &'c Context<'_>,
    entry: &ListEntry,
) -> impl Iterator<Item = u32> + 'c {
    let links = &cx.document.prose_links;
    let first = links.partition_point(|l| l.span.start < entry.span.start);
    let span = entry.span;
    links[first..]
        .iter()
        .take_while(move |l| l.span.end <= span.end)
        .filter(|l| !crate::knowledge::ids::paper_ids(&l.url).is_empty())
        .filter_map(|l| {
            let text = l.text.trim_matches(|c: char| !c.is_alphanumeric());
            match cx.knowledge.venues.parse(text, |_| false) {
                crate::knowledge::VenueCell::Known(mention) => Some(mention.venue),
                _ => None,
            }
        })
}

/// The venues an item names with their year, as written.
fn venues<'c>(cx: &'c Context<'_>, entry: &ListEntry) -> Vec<(u32, Option<i32>, &'c str)> {
    cx.prose_venues_within(entry.span)
        .filter_map(|m| m.cell.mention().map(|v| (v.venue, v.year, m.text.as_str())))
        .collect()
}

/// Whether an item's own words, outside its links, call it a preprint
/// (`arXiv preprint arXiv:1810.00826 2018`): a venue, however written.
fn names_a_preprint(text: &str) -> bool {
    static LINK: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"\[[^\]]*\]\([^)]*\)").expect("valid regex"));
    let words = LINK.replace_all(text, " ").to_lowercase();
    words.contains("arxiv") || words.contains("preprint")
}

fn none_shared<T: PartialEq>(x: &[T], y: &[T]) -> bool {
    !x.is_empty() && !y.is_empty() && !x.iter().any(|v| y.contains(v))
}

/// Years written in an item's text, outside its link addresses.
fn years_in(text: &str) -> Vec<u16> {
    static YEAR: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"\b(?:19|20)[0-9]{2}\b").expect("valid regex"));
    let words = without_addresses(text);
    YEAR.find_iter(&words)
        .filter(|m| !opens_an_arxiv_id(&words[m.end()..]))
        .filter_map(|m| m.as_str().parse().ok())
        .collect()
}

/// Whether four digits before `after` are an arXiv id's year and month
/// (`arXiv:2001.08361`): a full stop, then four or five digits.
fn opens_an_arxiv_id(after: &str) -> bool {
    let Some(serial) = after.strip_prefix('.') else {
        return false;
    };
    let digits = serial.bytes().take_while(u8::is_ascii_digit).count();
    (4..=5).contains(&digits)
}

/// An item's text with its link addresses blanked: a year in an address
/// (`arxiv.org/abs/2017...`, `/2019/`) is no year the item gives.
fn without_addresses(text: &str) -> std::borrow::Cow<'_, str> {
    static ADDRESS: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r#"\]\([^)\s]*\)?|[a-z]+://[^\s)"'>]*|src=\S*"#).expect("valid regex")
    });
    ADDRESS.replace_all(text, " ")
}
