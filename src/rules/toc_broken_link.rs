use super::{Context, Rule, RuleMeta};
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::document::{github_slug, FragmentLink, Heading};
use crate::knowledge::text::edit_distance;
use crate::span::Span;
use std::collections::{HashMap, HashSet};

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
        // GitHub matches fragments to anchors regardless of case.
        let lookup: HashSet<String> = defined.iter().map(|d| d.to_lowercase()).collect();
        let generated = generated_sections(doc.text);
        for link in &doc.fragment_links {
            if generated.iter().any(|r| r.contains(&link.span.start)) {
                continue;
            }
            let fragment = percent_decode(&link.url[1..]);
            let fragment = fragment.strip_prefix("user-content-").unwrap_or(&fragment);
            // `#top` scrolls to the page's top in every browser (the HTML
            // standard's fragment rule) with no anchor of that name.
            if fragment.is_empty()
                || fragment.eq_ignore_ascii_case("top")
                || lookup.contains(&fragment.to_lowercase())
            {
                continue;
            }
            let mut diagnostic = Diagnostic::new(
                META.name,
                META.severity,
                link.span,
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
    }
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
    let fragment_of = |link: &FragmentLink| {
        let decoded = percent_decode(&link.url[1..]).to_lowercase();
        decoded
            .strip_prefix("user-content-")
            .map_or(decoded.clone(), str::to_string)
    };
    let mut repeated: Vec<(&String, &Vec<&Heading>)> =
        copies.iter().filter(|(_, h)| h.len() >= 2).collect();
    repeated.sort_by_key(|(_, headings)| headings[0].span.start);
    let repeated_bases: HashSet<String> =
        repeated.iter().map(|(base, _)| (*base).clone()).collect();
    for (base, headings) in repeated {
        let numbered = |fragment: &str| {
            headings[1..]
                .iter()
                .any(|h| h.slug.to_lowercase() == fragment)
        };
        if links.iter().any(|l| numbered(&fragment_of(l))) {
            continue;
        }
        // An explicit anchor of the numbered name would shadow the heading's.
        if headings[1..]
            .iter()
            .any(|h| !h.slug.to_lowercase().starts_with(base.as_str()))
        {
            continue;
        }
        let to_base: Vec<&&FragmentLink> =
            links.iter().filter(|l| fragment_of(l) == *base).collect();
        let own_text = |l: &&&FragmentLink| github_slug(&l.text).to_lowercase() == *base;
        if to_base.len() != headings.len()
            || !to_base.iter().all(own_text)
            || !defined.contains(base)
            || !in_heading_order(cx, links, &to_base, headings, &fragment_of, &repeated_bases)
        {
            continue;
        }
        for (link, heading) in to_base.iter().zip(headings).skip(1) {
            out.push(link_to_first_copy(cx, link, headings[0], heading));
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
    to_base: &[&&FragmentLink],
    copies: &[&Heading],
    fragment_of: &dyn Fn(&FragmentLink) -> String,
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
    to_base.iter().enumerate().all(|(k, link)| {
        // The entry above it of a heading written once (a sibling
        // `[Method](#method)` leads to a first copy, and tells nothing).
        let parent = links
            .iter()
            .take_while(|l| l.span.start < link.span.start)
            .filter(|l| !repeated_bases.contains(&fragment_of(l)))
            .last()
            .and_then(|l| heading_at(&fragment_of(l)));
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
mod tests {
    use crate::rules::testing::*;

    const DOC: &str = "# List\n\n- [CNN](#cnn)\n- [CNN again](#cnn-1)\n- [Top](#list)\n- [RL](#reinforcement-learning-rl-methods)\n- [Anchor](#my-anchor)\n- [β](#%CE%B2-darts)\n\n## CNN\n\n## CNN\n\n## Reinforcement Learning (RL) Methods\n\n## β-DARTS\n\n<a name=\"my-anchor\"></a>\n";

    #[test]
    fn quiet_when_every_fragment_is_defined() {
        assert!(lines("toc-broken-link", DOC).is_empty());
    }

    #[test]
    fn an_anchor_keeps_the_variation_selector_of_a_dropped_emoji() {
        let doc =
            "# List\n\n- [Taxonomy](#\u{FE0F}-taxonomy-1)\n\n### \u{1F5D2}\u{FE0F} Taxonomy 1\n";
        assert!(lines("toc-broken-link", doc).is_empty());
        let encoded =
            "# List\n\n- [Taxonomy](#%EF%B8%8F-taxonomy-1)\n\n### \u{1F5D2}\u{FE0F} Taxonomy 1\n";
        assert!(lines("toc-broken-link", encoded).is_empty());
        // Without the selector the fragment names no anchor on GitHub; the
        // help shows the selector, which is invisible as it is.
        let doc = "# List\n\n- [Taxonomy](#-taxonomy-1)\n\n### \u{1F5D2}\u{FE0F} Taxonomy 1\n";
        let found = check("toc-broken-link", doc);
        assert_eq!(found.len(), 1);
        assert!(found[0]
            .help
            .as_deref()
            .unwrap()
            .starts_with("did you mean `#%EF%B8%8F-taxonomy-1`?"));
    }

    #[test]
    fn fires_on_an_undefined_fragment_and_suggests_the_closest() {
        let text = format!("{DOC}\n[x](#cnn-2) [y](#reinforcement-learning)\n");
        let found = check("toc-broken-link", &text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].help.as_deref(), Some("did you mean `#cnn-1`?"));
    }

    #[test]
    fn suggests_the_anchor_that_shares_most_words() {
        let doc = "# List\n\n## Decomposition\n\n### Motion-guided Video Editing\n\n### Motion-guided Video Generation\n\n### Re-training for personal object memorizing\n\n## Graph Attacks\n\n";
        for (fragment, suggested) in [
            (
                "#motion-guided-editing-model",
                Some("#motion-guided-video-editing"),
            ),
            ("#decomposition-based-methods", Some("#decomposition")),
            (
                "#re-training-for-memorizing-the-conditional-inputs",
                Some("#re-training-for-personal-object-memorizing"),
            ),
            (
                "#motion-guided-video-generatoin",
                Some("#motion-guided-video-generation"),
            ),
            ("#graph-adversarial-learning-literature", None),
            ("#license", None),
        ] {
            let text = format!("{doc}[x]({fragment})\n");
            let found = check("toc-broken-link", &text);
            assert_eq!(found.len(), 1, "{fragment}");
            let help = found[0].help.clone().unwrap();
            match suggested {
                Some(anchor) => assert_eq!(help, format!("did you mean `{anchor}`?"), "{fragment}"),
                None => assert!(!help.contains("did you mean"), "{fragment}: {help}"),
            }
        }
    }

    #[test]
    fn reads_contents_written_in_html() {
        let doc = "# List\n\n<details>\n<ol>\n  <li><a href=\"#papers\">Papers</a></li>\n  <li><a href=\"#-taxonomy\">Taxonomy</a></li>\n</ol>\n</details>\n\nSee <a href=\"#datasets\">datasets</a>.\n\n## Papers\n\n## \u{1F5FA}\u{FE0F} Taxonomy\n";
        assert_eq!(lines("toc-broken-link", doc), [6, 10]);
        let found = check("toc-broken-link", doc);
        assert_eq!(
            found[0].message,
            "no heading or anchor defines `#-taxonomy`"
        );
    }

    #[test]
    fn quiet_on_top_self_links_and_the_all_contributors_table() {
        // `#top` scrolls to the top without an anchor; a citation that links
        // its own tag; the bot-written contributors table links `#code-user`.
        let doc = "# List\n\n[Back to top](#top) <a href=\"#ref1\" id=\"ref1\">[1]</a>\n\n<!-- ALL-CONTRIBUTORS-LIST:START - Do not remove or modify this section -->\n<table><tr><td><a href=\"#code-someone\" title=\"Code\">\u{1F4BB}</a></td></tr></table>\n<!-- ALL-CONTRIBUTORS-LIST:END -->\n\n<a href=\"#code-someone\">after the table</a>\n";
        assert_eq!(lines("toc-broken-link", doc), [9]);
    }

    #[test]
    fn a_comment_closed_by_the_forgiven_form_ends_there() {
        // Junxi-Chen/Awesome-Video-Anomaly-Detection closes a comment with
        // `--!>`: browsers end it there, and the anchors after it are live.
        let doc = "# List\n\n<a href='#uws4vad'>uws4vad</a> <a href='#gone'>gone</a>\n\n<details>\n<!--\n<div>hidden</div>\n--!>\n</details>\n\n[uws4vad](https://example.com) <a id='uws4vad'></a>\n";
        assert_eq!(lines("toc-broken-link", doc), [3]);
        // Still open without a close: its anchors define nothing.
        let open = doc.replace("--!>", "");
        assert_eq!(lines("toc-broken-link", &open), [3, 3]);
    }

    const REPEATED: &str = "# List\n\n- [Occupancy](#occupancy)\n  - [Method](#Method)\n- [Planning](#planning)\n  - [Method](#Method)\n\n## Occupancy\n\n### Method\n\n## Planning\n\n### Method\n";

    #[test]
    fn a_second_link_to_a_repeated_heading_by_its_first_anchor_is_reported() {
        let found = check("toc-broken-link", REPEATED);
        assert_eq!(lines("toc-broken-link", REPEATED), [6]);
        assert_eq!(
            found[0].message,
            "`#Method` leads to the first `Method` heading (line 10), not to the one on line 14"
        );
        assert!(!found[0].is_safe_fixable());
        let fixed = apply_fix(REPEATED, &found[0]);
        assert!(
            fixed.contains("  - [Method](#method-1)\n\n## Occupancy"),
            "{fixed}"
        );
        assert!(fixed.starts_with("# List\n\n- [Occupancy](#occupancy)\n  - [Method](#Method)\n"));
    }

    #[test]
    fn quiet_when_the_links_do_not_match_the_copies_one_for_one() {
        // A list that writes a numbered anchor knows the numbering.
        let numbered = format!("{REPEATED}\nSee also [Method](#method-1).\n");
        assert_eq!(lines("toc-broken-link", &numbered), Vec::<usize>::new());
        // Two links for three copies: which copy each means is a guess.
        let three = format!("{REPEATED}\n## Control\n\n### Method\n");
        assert!(lines("toc-broken-link", &three).is_empty());
        // A contents list in another order than the headings: which link
        // means which copy is a guess.
        let reordered = "# List\n\n- [Planning](#planning)\n  - [Method](#Method)\n- [Occupancy](#occupancy)\n  - [Method](#Method)\n\n## Occupancy\n\n### Method\n\n## Planning\n\n### Method\n";
        assert!(lines("toc-broken-link", reordered).is_empty());
        // Links whose text is not the heading's are not its contents entries.
        let other = REPEATED.replace("[Method](#Method)", "[see methods](#Method)");
        assert!(lines("toc-broken-link", &other).is_empty());
    }
}
