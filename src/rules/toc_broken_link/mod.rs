use super::{Context, Rule, RuleMeta};
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::document::{github_slug, FragmentLink, Heading};
use crate::knowledge::text::edit_distance;
use crate::span::Span;
use std::collections::{HashMap, HashSet};

mod empty_fragment;
mod missing_hash;
mod own_page;

pub struct TocBrokenLink;

use crate::registry::lint::TOC_BROKEN_LINK as META;

impl Rule for TocBrokenLink {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let doc = cx.document;
        let defined: Vec<&str> = doc
            .headings
            .iter()
            .map(|h| h.slug.as_str())
            .chain(doc.anchors.iter().map(|a| a.name.as_str()))
            .collect();
        // GitHub matches fragments to anchors regardless of case. It
        // prefixes a hand-written anchor with `user-content-` and finds
        // `#x` at `user-content-x`: an anchor written with the prefix
        // (`<a name="user-content-cellular">`) is found by its bare name.
        let lookup: HashSet<String> = defined
            .iter()
            .map(|d| d.to_lowercase())
            .map(|d| match d.strip_prefix("user-content-") {
                Some(bare) => bare.to_string(),
                None => d,
            })
            .chain(defined.iter().map(|d| d.to_lowercase()))
            .collect();
        let generated = generated_sections(doc.text);
        let in_page = doc
            .fragment_links
            .iter()
            .map(|link| (link.span, percent_decode(&link.url[1..])));
        let on_own_page = own_page::links_to_own_page(doc, &lookup, percent_decode);
        for (span, fragment) in in_page.chain(on_own_page) {
            if generated.iter().any(|r| r.contains(&span.start)) {
                continue;
            }
            let fragment = fragment.strip_prefix("user-content-").unwrap_or(&fragment);
            // `#top` scrolls to the page's top in every browser (the HTML
            // standard's fragment rule) with no anchor of that name.
            if fragment.is_empty()
                || fragment.eq_ignore_ascii_case("top")
                || lookup.contains(&fragment.to_lowercase())
                || announced_to_come(cx, span)
            {
                continue;
            }
            let mut diagnostic = Diagnostic::new(
                META.name,
                META.severity,
                span,
                format!("no heading or anchor defines `#{fragment}`"),
            )
            .with_label("broken in-page link");
            diagnostic = match closest(fragment, &defined) {
                Some(best) if best.contains(invisible) => diagnostic.with_help(format!(
                    "did you mean `#{}`? GitHub's anchor keeps the invisible variation \
                     selector (U+FE0F) that follows the heading's emoji",
                    visible(best)
                )),
                Some(best) => diagnostic.with_help(format!("did you mean `#{best}`?")),
                None => diagnostic.with_help(
                    "link to an existing heading, or add `<a name=\"...\"></a>` where it should go",
                ),
            };
            out.push(diagnostic);
        }
        let checked: Vec<&FragmentLink> = doc
            .fragment_links
            .iter()
            .filter(|l| !generated.iter().any(|r| r.contains(&l.span.start)))
            .collect();
        repeated_heading_links(cx, &checked, &lookup, out);
        missing_hash::report(cx, out);
        empty_fragment::report(cx, out);
    }
}

/// How many lines above a link the lead-in of its list may stand.
const LEAD_IN_REACH: usize = 40;

/// Whether the link's line, or the line that leads in the list it stands
/// in, says the section is still to come (`Some conferences to be added in
/// the future:` over `- [ICML](#icml)`): a link to a section not written
/// yet, on purpose.
fn announced_to_come(cx: &Context<'_>, span: Span) -> bool {
    let text = cx.document.text;
    let columns = &cx.knowledge.columns;
    let line_start = text[..span.start].rfind('\n').map_or(0, |at| at + 1);
    let line_end = text[span.start..]
        .find('\n')
        .map_or(text.len(), |at| span.start + at);
    // The rest of the line, not the link's own text: a contents entry
    // `[Upcoming Conferences](#...)` names a section, it announces none.
    let around = format!(
        "{} {}",
        &text[line_start..span.start],
        &text[span.end.min(line_end)..line_end]
    );
    if columns.announces_to_come(&around) {
        return true;
    }
    let is_item = |line: &str| {
        let line = line.trim_start();
        line.starts_with(['-', '*', '+'])
            || line
                .split_once(['.', ')'])
                .is_some_and(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    };
    if !is_item(&text[line_start..line_end]) {
        return false;
    }
    text[..line_start]
        .lines()
        .rev()
        .take(LEAD_IN_REACH)
        .find(|line| !line.trim().is_empty() && !is_item(line))
        .is_some_and(|lead_in| columns.announces_to_come(last_sentence(lead_in)))
}

/// The last sentence of a lead-in, the one that introduces the list: a
/// paragraph's earlier sentences say other things (`... for anyone who
/// wants to do research on it. Welcome to PR the works`).
fn last_sentence(paragraph: &str) -> &str {
    let trimmed = paragraph.trim_end();
    let body = trimmed.trim_end_matches(['.', '!', '?', '。', '！', '？']);
    body.char_indices()
        .rfind(|&(at, c)| ends_a_sentence(body, at, c))
        .map_or(body, |(at, c)| &body[at + c.len_utf8()..])
}

/// Abbreviations whose full stop ends no sentence (`e.g. Locomotion`).
const ABBREVIATIONS: [&str; 8] = ["e.g", "i.e", "eg", "ie", "etc", "al", "vs", "cf"];

/// Whether the mark `c` at `at` ends a sentence of `text`: a full-width
/// stop, or a stop, `!` or `?` before a space that closes no abbreviation
/// and no ellipsis (`to be added... stay tuned`).
fn ends_a_sentence(text: &str, at: usize, c: char) -> bool {
    if matches!(c, '。' | '！' | '？') {
        return true;
    }
    if !matches!(c, '.' | '!' | '?') || !text[at + 1..].starts_with(char::is_whitespace) {
        return false;
    }
    let before = &text[..at];
    let word = before
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .to_lowercase();
    c != '.' || !(before.ends_with('.') || ABBREVIATIONS.contains(&word.as_str()))
}

/// A heading written several times (`### Method` under each of five
/// topics) has the anchors `#method`, `#method-1`, ...; a contents list that
/// links each copy as `#method` leads every entry to the first. Reported
/// when the list links the plain anchor exactly as often as the heading
/// appears, each time with the heading's own text, and never links a
/// numbered one: the 2nd, 3rd... such link meant the 2nd, 3rd... copy.
fn repeated_heading_links(
    cx: &Context<'_>,
    links: &[&FragmentLink],
    defined: &HashSet<String>,
    out: &mut Vec<Diagnostic>,
) {
    let mut copies: HashMap<String, Vec<&Heading>> = HashMap::new();
    for heading in &cx.document.headings {
        copies
            .entry(github_slug(&heading.text).to_lowercase())
            .or_default()
            .push(heading);
    }
    // Each link's fragment once, beside the link: every repeated heading
    // asks about all the links, and a long list has hundreds of both.
    let fragments: Vec<String> = links
        .iter()
        .map(|link| {
            let decoded = percent_decode(&link.url[1..]).to_lowercase();
            match decoded.strip_prefix("user-content-") {
                Some(rest) => rest.to_string(),
                None => decoded,
            }
        })
        .collect();
    let linked: HashSet<&str> = fragments.iter().map(String::as_str).collect();
    let mut repeated: Vec<(&String, &Vec<&Heading>)> =
        copies.iter().filter(|(_, h)| h.len() >= 2).collect();
    repeated.sort_by_key(|(_, headings)| headings[0].span.start);
    let repeated_bases: HashSet<String> =
        repeated.iter().map(|(base, _)| (*base).clone()).collect();
    for (base, headings) in repeated {
        if headings[1..]
            .iter()
            .any(|h| linked.contains(h.slug.to_lowercase().as_str()))
        {
            continue;
        }
        // An explicit anchor of the numbered name would shadow the heading's.
        if headings[1..]
            .iter()
            .any(|h| !h.slug.to_lowercase().starts_with(base.as_str()))
        {
            continue;
        }
        let to_base: Vec<usize> = (0..links.len())
            .filter(|&i| fragments[i] == *base)
            .collect();
        let own_text = |&i: &usize| github_slug(&links[i].text).to_lowercase() == *base;
        if to_base.len() != headings.len()
            || !to_base.iter().all(own_text)
            || !defined.contains(base)
            || !in_heading_order(cx, links, &fragments, &to_base, headings, &repeated_bases)
        {
            continue;
        }
        for (&i, heading) in to_base.iter().zip(headings).skip(1) {
            out.push(link_to_first_copy(cx, links[i], headings[0], heading));
        }
    }
}

/// Whether each link to a repeated heading follows, in the contents list, the
/// entry of a heading that lies before its own copy and after the copy
/// before it (`- [Planning]` then `- [Method](#method)`, with `## Planning`
/// above the second `### Method`): the list follows the headings' order, so
/// the k-th link means the k-th copy. Unsure, nothing is reported.
fn in_heading_order(
    cx: &Context<'_>,
    links: &[&FragmentLink],
    fragments: &[String],
    to_base: &[usize],
    copies: &[&Heading],
    repeated_bases: &HashSet<String>,
) -> bool {
    let heading_at = |fragment: &str| {
        let doc = cx.document;
        (doc.headings.iter())
            .find(|h| h.slug.to_lowercase() == fragment)
            .map(|h| h.span.start)
            .or_else(|| {
                (doc.anchors.iter())
                    .find(|a| a.name.to_lowercase() == fragment)
                    .map(|a| a.span.start)
            })
    };
    to_base.iter().enumerate().all(|(k, &link)| {
        // The entry above it of a heading written once (a sibling
        // `[Method](#method)` leads to a first copy, and tells nothing).
        let parent = (0..links.len())
            .take_while(|&i| links[i].span.start < links[link].span.start)
            .filter(|&i| !repeated_bases.contains(&fragments[i]))
            .last()
            .and_then(|i| heading_at(&fragments[i]));
        // The first link leads to the first copy whatever its entry.
        k == 0 || parent.is_some_and(|p| p > copies[k - 1].span.start && p < copies[k].span.start)
    })
}

/// The finding on a link to `first` that meant the repeated `heading`.
fn link_to_first_copy(
    cx: &Context<'_>,
    link: &FragmentLink,
    first: &Heading,
    heading: &Heading,
) -> Diagnostic {
    let wanted = format!("#{}", heading.slug);
    let source = link.span.slice(cx.document.text);
    let fix = source.rfind(link.url.as_str()).map(|at| {
        let start = link.span.start + at;
        Fix::unsafe_(vec![Edit::replace(
            Span::new(start, start + link.url.len()),
            wanted.clone(),
        )])
    });
    Diagnostic::new(
        META.name,
        META.severity,
        link.span,
        format!(
            "`{}` leads to the first `{}` heading (line {}), not to the one on line {}",
            link.url,
            first.text,
            cx.line(first.span),
            cx.line(heading.span)
        ),
    )
    .with_label("every link to a repeated heading's first anchor lands on its first copy")
    .with_help(format!(
        "link `{wanted}`: GitHub numbers the anchors of a repeated heading in order"
    ))
    .with_fix(fix)
}

/// The sections a bot writes and rewrites (the all-contributors table, whose
/// every emoji links `#code-user`, `#maintenance-user` to no anchor by
/// design): the maintainer does not edit them, so their links are not theirs
/// to fix.
fn generated_sections(text: &str) -> Vec<std::ops::Range<usize>> {
    const START: &str = "ALL-CONTRIBUTORS-LIST:START";
    const END: &str = "ALL-CONTRIBUTORS-LIST:END";
    let mut sections = Vec::new();
    let mut at = 0;
    while let Some(start) = text[at..].find(START).map(|i| at + i) {
        let end = text[start..].find(END).map_or(text.len(), |i| start + i);
        sections.push(start..end);
        at = end.max(start + START.len());
    }
    sections
}

/// A variation selector, kept in anchors but not seen on screen.
fn invisible(c: char) -> bool {
    matches!(c, '\u{FE00}'..='\u{FE0F}')
}

/// An anchor with its invisible characters percent-encoded, so that a
/// suggestion shows what to write.
fn visible(anchor: &str) -> String {
    let mut out = String::new();
    for c in anchor.chars() {
        if invisible(c) {
            let mut bytes = [0; 4];
            for b in c.encode_utf8(&mut bytes).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The existing anchor closest to a broken fragment: a few edits away
/// (`#bayesian-method`), else the one sharing most of its words, in order
/// from the start (`#motion-guided-editing-model` for
/// `#motion-guided-video-editing`, `#decomposition-based-methods` for
/// `#decomposition`). None when nothing is close enough to be a guess worth
/// making.
fn closest<'a>(fragment: &str, defined: &[&'a str]) -> Option<&'a str> {
    let fragment = fragment.to_lowercase();
    let by_edits = defined
        .iter()
        .map(|d| (edit_distance(&fragment, &d.to_lowercase(), 3), *d))
        .filter(|(distance, _)| *distance <= 3)
        .min();
    if let Some((_, best)) = by_edits {
        return Some(best);
    }
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let wanted = words(&fragment);
    if wanted.is_empty() {
        return None;
    }
    let mut best: Option<((usize, usize, usize), &'a str)> = None;
    for &candidate in defined {
        let have = words(&candidate.to_lowercase());
        if have.is_empty() {
            continue;
        }
        let shared = wanted.iter().filter(|w| have.contains(w)).count();
        let prefix = wanted.iter().zip(&have).take_while(|(a, b)| a == b).count();
        let longest = wanted.len().max(have.len());
        // More than half of the words in common, or all of the shorter one's words
        // leading the longer one (a trimmed or lengthened heading).
        let leads = prefix == wanted.len().min(have.len())
            && wanted[..prefix].iter().any(|w| w.chars().count() >= 4);
        if 2 * shared <= longest && !leads {
            continue;
        }
        // More shared words first, then a longer common start, then fewer
        // words to spare.
        let score = (shared, prefix, usize::MAX - longest);
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, candidate));
        }
    }
    best.map(|(_, d)| d)
}

pub(super) fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                decoded.push(byte);
                i += 3;
            }
            (byte, _) => {
                decoded.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

#[cfg(test)]
mod tests;
