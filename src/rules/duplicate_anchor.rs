use super::toc_broken_link::percent_decode;
use super::{Context, Rule, RuleMeta};
use crate::diagnostic::Diagnostic;
use crate::document::Anchor;
use std::collections::{HashMap, HashSet};

pub struct DuplicateAnchor;

use crate::registry::lint::DUPLICATE_ANCHOR as META;

impl Rule for DuplicateAnchor {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let doc = cx.document;
        let mut groups: Vec<Vec<&Anchor>> = Vec::new();
        let mut index: HashMap<&str, usize> = HashMap::new();
        for anchor in &doc.anchors {
            match index.get(anchor.name.as_str()) {
                Some(&i) => groups[i].push(anchor),
                None => {
                    index.insert(anchor.name.as_str(), groups.len());
                    groups.push(vec![anchor]);
                }
            }
        }
        // GitHub matches fragments to anchors regardless of case.
        let targets: HashSet<String> = doc
            .fragment_links
            .iter()
            .map(|link| {
                let fragment = percent_decode(link.url.get(1..).unwrap_or(""));
                let fragment = fragment.strip_prefix("user-content-").unwrap_or(&fragment);
                fragment.to_lowercase()
            })
            // `#top` reaches the page's top whichever anchor it finds.
            .filter(|fragment| fragment != "top")
            .collect();
        let heading_lines: HashSet<usize> = doc.headings.iter().map(|h| cx.line(h.span)).collect();
        for group in groups.iter().filter(|g| g.len() > 1) {
            let name = group[0].name.as_str();
            let linked = targets.contains(&name.to_lowercase());
            let named: Vec<bool> = group
                .iter()
                .map(|a| !heading_lines.contains(&cx.line(a.span)) && names_anchor(cx, a))
                .collect();
            // One name on most of the list's anchors, none of whose lines
            // names it (`<a name="todo"></a>` on every entry, from a
            // template), that nothing links to: a placeholder, and nothing
            // on the page breaks. A name repeated among anchors that are
            // each an entry's own (`id='42102'` three times among distinct
            // ids) is a slip.
            // Anchors on headings are each a section's own, placed to be
            // linked to: never a template's placeholder. One heading among
            // the entries (`## <a name="todo"></a>Papers`) leaves the
            // template a template.
            let on_headings = group
                .iter()
                .all(|a| heading_lines.contains(&cx.line(a.span)));
            let template = group.len() >= TEMPLATE_COPIES
                && group.len() * 2 >= doc.anchors.len()
                && !on_headings;
            if template && !linked && !named.contains(&true) {
                continue;
            }
            // The copy a link to the name means: the first whose own line
            // names it (an entry's `**[EPF]**`), else the first.
            let owner = named.iter().position(|&n| n).unwrap_or(0);
            for (i, anchor) in group.iter().enumerate() {
                // Two entries whose own names the anchor repeats, with no
                // link to it: nothing on the page breaks.
                if i == owner || (named[i] && !linked) {
                    continue;
                }
                out.push(report(
                    cx,
                    anchor,
                    group[owner],
                    named[owner],
                    i < owner,
                    owner == 0,
                    linked,
                ));
            }
        }
    }
}

/// Copies of one anchor name from which it is a template's placeholder.
const TEMPLATE_COPIES: usize = 3;

/// Whether the line holding the anchor names it outside the anchor tag:
/// `<a name="EPF"></a> **[EPF]** Estimating People Flows`, but not
/// `<a name="SRN"></a> **[SAM]** Training-free Object Counting`.
fn names_anchor(cx: &Context<'_>, anchor: &Anchor) -> bool {
    let text = cx.document.text;
    let lines = &cx.document.lines;
    let line = lines.line_span(text, lines.line_of(anchor.span.start));
    let before = &text[line.start..anchor.span.start];
    let after = &text[anchor.span.end.min(line.end)..line.end];
    let name = anchor.name.to_lowercase();
    [before, after]
        .iter()
        .any(|part| contains_word(&part.to_lowercase(), &name))
}

/// Whether `name` occurs in `text` with no letter or digit right before or
/// after it.
fn contains_word(text: &str, name: &str) -> bool {
    if name.is_empty() {
        return false;
    }
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(name).any(|(at, _)| {
        !alnum(text[..at].chars().next_back()) && !alnum(text[at + name.len()..].chars().next())
    })
}

fn report(
    cx: &Context<'_>,
    anchor: &Anchor,
    owner: &Anchor,
    owner_named: bool,
    before_owner: bool,
    owner_first: bool,
    linked: bool,
) -> Diagnostic {
    let name = &anchor.name;
    let other = cx.line(owner.span);
    if before_owner {
        // A copy-paste slip ahead of the entry the name belongs to: links
        // to the name land here, on the wrong entry.
        let diagnostic = Diagnostic::new(
            META.name,
            META.severity,
            anchor.span,
            format!(
                "the anchor `{name}` is defined again at line {other}, whose entry names \
                 `{name}`; this line does not"
            ),
        )
        .with_related(owner.span, "the entry this name belongs to");
        let diagnostic = if linked {
            diagnostic.with_label("links to this name land here, not on that entry")
        } else {
            diagnostic.with_label("probably copied from a neighbouring entry")
        };
        return diagnostic.with_help("give this anchor this entry's own name");
    }
    let mut message = format!("the anchor `{name}` is already defined at line {other}");
    if owner_named && !names_anchor(cx, anchor) {
        message.push_str(&format!(", whose entry names `{name}`; this line does not"));
    }
    Diagnostic::new(META.name, META.severity, anchor.span, message)
        .with_label("links to this name go to the first one")
        .with_related(
            owner.span,
            if owner_first {
                "first defined here"
            } else {
                "defined here too"
            },
        )
        .with_help("give this anchor a name of its own and update the links that mean it")
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn fires_on_a_repeated_explicit_anchor() {
        let text = "## CNN <a name=\"cnn\"></a>\n\n## CNN <a name=\"cnn\"></a>\n";
        let found = check("duplicate-anchor", text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].related.len(), 1);
        assert_eq!(lines("duplicate-anchor", text), [3]);
    }

    #[test]
    fn quiet_on_distinct_anchors_and_repeated_headings() {
        let text = "## CNN <a name=\"cnn\"></a>\n\n## CNN <a name=\"cnn-1\"></a>\n\n## GAN\n\n## GAN\n\n<a name=\"x\" id=\"x\"></a>\n";
        assert!(lines("duplicate-anchor", text).is_empty());
    }

    /// Entries that each carry an anchor named after their abbreviation.
    fn entries(lines: &[&str]) -> String {
        lines.iter().map(|l| format!("{l}\n")).collect()
    }

    #[test]
    fn quiet_on_two_entries_sharing_an_unlinked_abbreviation() {
        let text = entries(&[
            "## 2021",
            "- <a name=\"FLO\"></a>**[FLO]** Flow Counting in Dense Scenes (**TPAMI**) [[paper](https://arxiv.org/abs/2101.00001)]",
            "## 2019",
            "- <a name=\"FLO\"></a> **[FLO]** Learning Flows for Crowd Counting (**ECCV**) [[paper](https://arxiv.org/abs/1901.00002)]",
        ]);
        assert!(lines("duplicate-anchor", &text).is_empty());
    }

    #[test]
    fn self_links_and_top_link_no_shared_anchor() {
        // zamanzadeh/ts-anomaly-benchmark cites `<a href="#ref21" id="ref21">`
        // in two rows; Occ3D repeats `<div id="top">` under `[top](#top)`.
        let cited = entries(&[
            "- GTA <a href=\"#ref21\" id=\"ref21\">[21]</a> Graph Learning for Anomalies",
            "- GDN <a href=\"#ref21\" id=\"ref21\">[21]</a> Graph Deviation Networks",
        ]);
        assert!(lines("duplicate-anchor", &cited).is_empty());
        let top = "<div id=\"top\" align=\"center\">\n\n# List\n\n<div id=\"top\">\n\n<div id=\"top\">\n\n[Back](#top)\n";
        assert!(lines("duplicate-anchor", top).is_empty());
        // A link from elsewhere to such an anchor still counts.
        let linked = format!("{cited}\nSee <a href=\"#ref21\">[21]</a>.\n");
        assert_eq!(lines("duplicate-anchor", &linked), [2]);
    }

    #[test]
    fn fires_when_a_link_targets_a_shared_abbreviation() {
        let text = entries(&[
            "- <a name=\"RSN\"></a>**[RSN]** Rank Scoring Network (**ACM MM**) [[paper](https://arxiv.org/abs/2101.00003)]",
            "- <a name=\"RSN\"></a> **[RSN]** Region Scaling for Counting (**CVPR**) [[paper](https://arxiv.org/abs/2001.00004)]",
            "",
            "| Year | Method | MAE |",
            "|---|---|---|",
            "| 2020 | [RSN](#rsn) | 2.1 |",
        ]);
        assert_eq!(lines("duplicate-anchor", &text), [2]);
    }

    #[test]
    fn fires_on_a_copied_anchor_whose_line_names_another_entry() {
        let text = entries(&[
            "- <a name=\"GTC\"></a>**[GTC]** Glance and Count (**WACV**) [[paper](https://example.org/a)]",
            "- <a name=\"GTC\"></a>**[OPC]** Open Prompt Counting (**WACV**) [[paper](https://example.org/b)]",
            "- <a name=\"GTC\"></a>**[SGC]** Semantic Generative Counting (**WACV**) [[paper](https://example.org/c)]",
        ]);
        let found = check("duplicate-anchor", &text);
        assert_eq!(lines("duplicate-anchor", &text), [2, 3]);
        assert!(
            found[0].message.contains("this line does not"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn quiet_on_a_templates_placeholder_anchor_on_every_entry() {
        // A hypergraph list: `<a name="todo"></a>` on each of its entries.
        let text = entries(&[
            "- <a name=\"todo\"></a> More Recent Advances in (Hyper)Graph Partitioning",
            "- <a name=\"todo\"></a> A Survey on Hypergraph Representation Learning",
            "- <a name=\"todo\"></a> Hypergraph Neural Networks",
        ]);
        assert!(lines("duplicate-anchor", &text).is_empty());
        // Linked, the link reaches only the first: reported.
        let linked = format!("{text}\n[the first](#todo)\n");
        assert_eq!(lines("duplicate-anchor", &linked), [2, 3]);
        // Among anchors that are each an entry's own, three copies of one
        // name are copy slips.
        let own: Vec<String> = (0..8)
            .map(|i| format!("- <span id='4210{i}'></span> entry {i}"))
            .collect();
        let mut lines_of: Vec<&str> = own.iter().map(String::as_str).collect();
        lines_of.extend([
            "- <span id='42102'></span> entry five",
            "- <span id='42102'></span> entry six",
        ]);
        assert_eq!(lines("duplicate-anchor", &entries(&lines_of)), [9, 10]);
        // On headings each anchor is a section's own, linked or not
        // (Yuxing-Wang-THU: `<a id="4.">` on four headings).
        let text = "# <a id=\"4.\">Benchmarks</a>\n\n# <a id=\"4.\">Real World</a>\n\n# <a id=\"4.\">Surveys</a>\n\n# <a id=\"4.\">Contact</a>\n";
        assert_eq!(lines("duplicate-anchor", text), [3, 5, 7]);
        // A template's placeholder on the entries stays one with a copy on
        // a heading.
        let text = "## <a name=\"todo\"></a>Papers\n\n- <a name=\"todo\"></a> A\n- <a name=\"todo\"></a> B\n- <a name=\"todo\"></a> C\n";
        assert!(lines("duplicate-anchor", text).is_empty());
    }

    #[test]
    fn reports_the_slip_when_it_comes_before_the_entry_the_name_belongs_to() {
        // Unlinked: the copied anchor sits on the first line.
        let text = entries(&[
            "- <a name=\"QTC\"></a>**[SCALER]** Scale Selection for Counting (**ICCV**) [[paper](https://example.org/a)]",
            "- <a name=\"QTC\"></a>**[QTC]** Quadtree Counting (**ICCV**) [[paper](https://example.org/b)]",
        ]);
        let found = check("duplicate-anchor", &text);
        assert_eq!(lines("duplicate-anchor", &text), [1]);
        assert_eq!(found[0].related.len(), 1);
        // Linked: the link lands on the wrong entry, still the first line.
        let linked = format!("{text}\n| Year | Method |\n|---|---|\n| 2023 | [QTC](#QTC) |\n");
        assert_eq!(lines("duplicate-anchor", &linked), [1]);
    }

    #[test]
    fn a_name_inside_a_longer_word_does_not_count() {
        let text = entries(&[
            "- <a name=\"NET\"></a>**[NET]** A Counting Net (**CVPR**)",
            "- <a name=\"NET\"></a>**[NETWORK]** Networks for Counting (**CVPR**)",
        ]);
        assert_eq!(lines("duplicate-anchor", &text), [2]);
    }
}
