use crate::rules::testing::*;

const DOC: &str = "# List\n\n- [CNN](#cnn)\n- [CNN again](#cnn-1)\n- [Top](#list)\n- [RL](#reinforcement-learning-rl-methods)\n- [Anchor](#my-anchor)\n- [β](#%CE%B2-darts)\n\n## CNN\n\n## CNN\n\n## Reinforcement Learning (RL) Methods\n\n## β-DARTS\n\n<a name=\"my-anchor\"></a>\n";

#[test]
fn quiet_when_every_fragment_is_defined() {
    assert!(lines("toc-broken-link", DOC).is_empty());
}

#[test]
fn an_anchor_keeps_the_variation_selector_of_a_dropped_emoji() {
    let doc = "# List\n\n- [Taxonomy](#\u{FE0F}-taxonomy-1)\n\n### \u{1F5D2}\u{FE0F} Taxonomy 1\n";
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

/// VisionXLab/Awesome-RS-VL-Data's contents: `[Meta Data](meta-data)` beside
/// `[Summary of Contents](#summary-of-contents)`.
#[test]
fn a_contents_entry_without_its_hash_links_a_file() {
    let doc = "# List\n\n- [Papers](#papers)\n- [Meta Data](meta-data)\n  - [Data](data)\n\n\
               ## Papers\n\n## Meta Data\n\n### Data\n";
    let found = check("toc-broken-link", doc);
    assert_eq!(lines("toc-broken-link", doc), [4, 5]);
    assert_eq!(
        found[0].message,
        "`meta-data` has no `#`: GitHub links a file `meta-data` of the repository, not the heading"
    );
    assert!(!found[0].is_safe_fixable());
    assert_eq!(
        apply_fix(doc, &found[0]),
        doc.replace("](meta-data)", "](#meta-data)")
    );
    // JimengShi/DL-Foundation-Models-Weather: the headings are HTML with ids.
    let html = "# List\n\n- [Flood](flood)\n- [Drought](#drought)\n\n\
                <h3 id=\"flood\"> Flood </h3>\n\n<h3 id=\"drought\"> Drought </h3>\n";
    assert_eq!(lines("toc-broken-link", html), [3]);
    // Another tag's id may name a file of the repository too.
    let image = html.replace(
        "<h3 id=\"flood\"> Flood </h3>",
        "<img id=\"flood\" src=\"a.png\">",
    );
    assert!(lines("toc-broken-link", &image).is_empty());
    // A file or folder of the repository: its name is no anchor (`LICENSE`,
    // `docs`), or holds a dot or a slash; a link outside a list of contents
    // links (a paragraph, a list that links no `#fragment`) may name a folder.
    for doc in [
        "# List\n\n- [Papers](#papers)\n- [License](LICENSE)\n- [Docs](docs/)\n\n## Papers\n\n## License\n\n## Docs\n",
        "# List\n\nSee [the data](data).\n\n- [Papers](#papers)\n\n## Papers\n\n## Data\n",
        "# List\n\n- [Data](data)\n- [Code](code)\n\n## Data\n\n## Code\n",
    ] {
        assert!(lines("toc-broken-link", doc).is_empty(), "{doc}");
    }
}

#[test]
fn contents_entries_written_as_the_lists_own_address_are_checked() {
    let own = "https://github.com/fengranMark/ConvSearch-Survey?tab=readme-ov-file";
    let text = format!(
        "## Contents\n\n- [Intro]({own}#introduction)\n- [Methods]({own}#methods)\n- [Data]({own}#datasets)\n- [Generation]({own}#generation-in-conversatational-search)\n\n## Introduction\n\n## Methods\n\n## Datasets\n\n## Generation in Conversational Search\n"
    );
    assert_eq!(lines("toc-broken-link", &text), [6]);
    // A list with contents links of its own links a sister list's sections
    // by address: their anchors are that list's.
    let sister = format!(
        "- [Intro](#introduction)\n\n{}\n## Related lists\n\n- [Benchmarks](https://github.com/someone/other#benchmarks-and-leaderboards)\n",
        text.replace("fengranMark/ConvSearch-Survey?tab=readme-ov-file", "someone/other")
            .replace("#generation-in-conversatational-search", "#generation-in-conversational-search")
    );
    assert!(lines("toc-broken-link", &sister).is_empty());
    // Another repository's page is not this list's: its anchors are its own.
    let other = text.replace("fengranMark/ConvSearch-Survey", "someone/other-list");
    let mostly_elsewhere = other
        .replace("#introduction)", "#intro)")
        .replace("#methods)", "#m)");
    assert!(lines("toc-broken-link", &mostly_elsewhere).is_empty());
}

#[test]
fn quiet_on_sections_announced_as_still_to_come() {
    // Hsword/Awesome-Machine-Learning-System-Papers: two contents entries
    // under a lead-in that says they are to be added.
    let doc = "# List\n\n- [SOSP](#sosp)\n\nSome conferences to be added in the future:\n\n\
               - [NeurIPS](#neurips)\n- [ICML](#icml)\n\n## SOSP\n\n\
               - [Datasets](#datasets) (coming soon)\n- [Tools](#tools)\n\n\
               Papers on the futures market:\n\n- [Futures](#futures)\n- [Upcoming Talks](#upcoming-talks)\n";
    // Neither a list under another lead-in, a word inside another
    // (`futures`) nor the link's own text (`Upcoming Talks`) says so.
    assert_eq!(lines("toc-broken-link", doc), [13, 17, 18]);
}

#[test]
fn a_phrase_in_an_earlier_sentence_of_the_lead_in_announces_nothing() {
    // open-neuromorphic/awesome-neuromorphic-hw: the paragraph over the
    // contents says who the list is for (`wants to do research`), then
    // introduces the list; its broken entries are broken.
    let doc = "# List

This repo collects papers for anyone who wants to do research on it. \
               Welcome to PR the works (papers, repositories)\n\n\
               - [Survey Papers](#Survey_Papers)\n- [Papers](#papers)\n\n## Survey Papers\n\n## Papers\n";
    assert_eq!(lines("toc-broken-link", doc), [5]);
    // The sentence that leads in the list still announces its entries.
    let announced = doc.replace(
        "Welcome to PR the works (papers, repositories)",
        "More sections to do:",
    );
    assert!(lines("toc-broken-link", &announced).is_empty());
    // An abbreviation's or an ellipsis's stop ends no sentence.
    for lead_in in [
        "More sections are to be added, e.g. Locomotion and Grasping:",
        "More sections to be added... stay tuned:",
        "Sections to be added (see Smith et al. for more):",
    ] {
        let announced = doc.replace("Welcome to PR the works (papers, repositories)", lead_in);
        assert!(lines("toc-broken-link", &announced).is_empty(), "{lead_in}");
    }
    // A full-width stop ends one.
    let chinese = doc.replace(
        "This repo collects papers for anyone who wants to do research on it. ",
        "论文将陆续添加 to be added。",
    );
    assert_eq!(lines("toc-broken-link", &chinese), [5]);
}

/// sudharsan13296/Awesome-Meta-Learning: one contents entry links `#`
/// alone, though its section is on the page.
const EMPTY_ENTRY: &str = "# List\n\n* [Papers](#papers)\n* [Lecture Videos](#)\n* [Books](#books)\n\n## Papers\n\n## Books\n\n## Lecture Videos \n";

#[test]
fn fires_on_a_contents_entry_that_links_only_a_hash_with_the_fix_to_its_section() {
    let found = check("toc-broken-link", EMPTY_ENTRY);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].message,
        "the contents entry `Lecture Videos` links `#`, the top of the page, not its section"
    );
    assert!(found[0].is_safe_fixable());
    let fixed = apply_fix(EMPTY_ENTRY, &found[0]);
    assert!(
        fixed.contains("* [Lecture Videos](#lecture-videos)\n"),
        "{fixed}"
    );
}

#[test]
fn a_hash_link_that_names_no_section_or_stands_alone_is_the_page_top() {
    // `[Back to top](#)` names no heading; a lone `#` link outside a
    // contents list is no contents entry; a heading linking `#` is its own.
    let back = EMPTY_ENTRY.replace("[Lecture Videos](#)", "[Back to top](#)");
    assert!(lines("toc-broken-link", &back).is_empty());
    let alone = "# List\n\nSee [Lecture Videos](#) below.\n\n## Lecture Videos\n";
    assert!(lines("toc-broken-link", alone).is_empty());
    let heading = "# List\n\n- [Books](#books)\n\n## Books\n\n## [Lecture Videos](#)\n";
    assert!(lines("toc-broken-link", heading).is_empty());
    // The page's title above the contents: `#`, the top, is its place.
    let title = "# Awesome Meta Learning\n\n- [Awesome Meta Learning](#)\n- [Papers](#papers)\n\n## Papers\n";
    assert!(lines("toc-broken-link", title).is_empty());
}

#[test]
fn many_own_address_entries_beside_fragment_links_are_the_lists_own() {
    // zhijing-jin's NLP4SocialGood list: 45 of 46 addresses of its own page
    // name its headings, beside 12 `#` links; L24 misspells one.
    let own = "https://github.com/zhijing-jin/NLP4SocialGood_Papers";
    let topics: Vec<String> = (1..=11).map(|n| format!("topic-{n}")).collect();
    let mut text = String::from("# List\n\n- [Top](#list)\n");
    for topic in &topics {
        text += &format!("- [{topic}]({own}#{topic})\n");
    }
    text += &format!("- [Policy]({own}#23-nlp-for-policitcal-decision-making)\n\n");
    for topic in &topics {
        text += &format!("## {topic}\n\n");
    }
    text += "## 2.3 NLP for Political Decision Making\n";
    assert_eq!(lines("toc-broken-link", &text), [15]);
    // Beside `#` links, addresses of which more than one in ten name no
    // heading here may be a sister list's sections.
    let sister = text
        .replace("#topic-1)", "#survey)")
        .replace("#topic-2)", "#datasets)");
    assert!(lines("toc-broken-link", &sister).is_empty(), "{sister}");
}

#[test]
fn an_anchor_written_with_github_s_prefix_is_found_by_link_with_the_prefix() {
    // AIoT-Survey: `[Cellular](#user-content-cellular)` over `<a
    // name="user-content-cellular">`; GitHub finds it, prefixed or not.
    let text = "# List\n\n- [Cellular](#user-content-cellular)\n- [WiFi](#wifi)\n\
                - [Multi-band](#user-content-multi-band)\n\n\
                <a name=\"user-content-cellular\"></a>\n### Cellular\n\n\
                <a name=\"user-content-wifi\"></a>\n### Wireless\n\n\
                <a name=\"user-content-other-multi-band\"></a>\n### Other\n";
    assert_eq!(lines("toc-broken-link", text), [5]);
}
