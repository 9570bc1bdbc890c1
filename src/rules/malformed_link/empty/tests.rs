//! Tests of empty URLs: placeholders, templates, labels a list links
//! everywhere else.

use crate::rules::testing::*;

const BULLETS: &str = "# Papers\n\n## Decoding\n\n\
    - **[EAGLE: Enhanced Visual Grounding Minimizes Hallucinations](https://arxiv.org/abs/2501.02699)** · arXiv · VLM\n\
    - **[RAR: Reversing Visual Attention Re-sinking in Multimodal Models]()** · Unlabeled · VLM · [code](https://github.com/a/b)\n\
    - [Learning Modality-Specific Representations for Sentiment Analysis]()\n";

#[test]
fn an_empty_url_on_a_paper_title_in_a_bullet_list_is_reported() {
    assert_eq!(lines("malformed-link", BULLETS), [6, 7]);
    let found = check("malformed-link", BULLETS);
    assert!(
        found[0].message.contains("empty URL"),
        "{}",
        found[0].message
    );
}

#[test]
fn an_empty_url_under_a_to_do_heading_is_work_left() {
    // patrick-llgc's `## TODO`: papers to read, some not yet linked.
    let text = BULLETS.replace("## Decoding", "## TODO");
    assert!(lines("malformed-link", &text).is_empty());
    let text = BULLETS.replace("## Decoding", "## TODO list of decoding");
    assert_eq!(lines("malformed-link", &text), [6, 7]);
}

#[test]
fn a_titleless_item_is_a_template_not_a_habit() {
    // NeverMoreLCH/Awesome-Video-Grounding: two `.[[paper]()]` templates
    // and one paper whose link was forgotten.
    let paper = |n: usize| {
        format!("{n}. [2021][CVPR] Paper number {n} of this list.[[paper](https://a.org/{n})]\n")
    };
    let mut text: String = (1..=6).map(paper).collect();
    text.push_str("7. [2021][CVPR] .[[paper]()]\n8. [2021][CVPR] .[[paper]()]\n");
    text.push_str("9. [2022][AAAI] End-to-End Modeling via Information Tree.[[paper]()]\n");
    assert_eq!(lines("malformed-link", &text), [9]);
    assert!(super::in_a_titleless_item(
        "15. [2021][CVPR] .[[paper]()]",
        18
    ));
    // A title that is a link, before the empty one; a line that goes
    // on an item, its title on the line above.
    assert!(!super::in_a_titleless_item("- [A](u) [[p]()]", 9));
    assert!(!super::in_a_titleless_item("- Title\n  [[p]()]", 11));
    assert!(!super::in_a_titleless_item("- Title\n  - [[p]()]", 13));
    assert!(!super::in_a_titleless_item("- Title\n   2024. [[p]()]", 17));
}

#[test]
fn a_template_of_several_empty_links_is_titleless_throughout() {
    // hnuzhy/RobotManipulation keeps `* **** [[paper link]()][[arxiv
    // link]()]...` under each section for the next paper.
    let paper = |n: usize| {
        format!(
            "* **P{n}(ICRA2023)** Paper number {n} of this list [[paper link](https://a.org/{n})][[arxiv link](https://arxiv.org/abs/2301.0{n:04})]\n\n"
        )
    };
    let mut text: String = (1..=8).map(paper).collect();
    let template =
        "* **** [[openreview link]()][[paper link]()][[arxiv link]()][[project link]()]\n\n";
    text.push_str(template);
    text.push_str("* **Q(ICRA2023)** One more paper of the list here [[paper link](https://a.org/q)][[arxiv link]()]\n");
    assert_eq!(lines("malformed-link", &text), [19]);
    let arxiv_link = template.find("[arxiv").unwrap();
    assert!(super::in_a_titleless_item(template, arxiv_link));
    // A filled link before it is a title.
    assert!(!super::in_a_titleless_item("* [[T](u)][[p]()]", 11));
}

#[test]
fn a_label_the_list_links_everywhere_else_is_a_forgotten_link() {
    // As JHU's registration survey: `[[Paper](...)][[GitHub](...)]` after
    // each citation, and twice `[[Paper]()][[GitHub]()]`.
    let mut text = String::from("# Papers\n\n");
    for n in 0..5 {
        text.push_str(&format!(
            "* \"Title {n}\", IEEE TMI, 2022. [[Paper](https://doi.org/10.1/{n})][[GitHub](https://github.com/a/{n})]\n"
        ));
    }
    text.push_str("* \"Cross-Modality Segmentation\", IEEE JBHI, 2022. [[Paper]()][[GitHub]()]\n");
    // The paper always exists; an empty `[GitHub]()` may say "no code".
    assert_eq!(lines("malformed-link", &text), [8]);
    // `[paper link]` is a paper's label too.
    let relabelled = text.replace("[Paper]", "[paper link]");
    assert_eq!(lines("malformed-link", &relabelled), [8]);
    // Written empty three times or more: the list's template.
    let template = "* \"Another\", MICCAI, 2023. [[Paper]()][[GitHub]()]\n".repeat(2);
    assert!(lines("malformed-link", &format!("{text}{template}")).is_empty());
    // Unless a few among many (yzr95924's storage list: `([link]())`
    // four times, `([link](...))` 362 times): slips, with a bare `link`.
    let filled = "* \"A\", FAST, 2022. ([link](https://doi.org/10.1/a))\n".repeat(200);
    let slips = format!(
        "# P\n\n{filled}{}",
        "* \"B\", FAST, 2023. ([link]())\n".repeat(4)
    );
    assert_eq!(lines("malformed-link", &slips), [203, 204, 205, 206]);
    // A `link` the word before names as code is no paper's.
    let code = slips.replace("([link]())", "Code: [link]()");
    assert!(lines("malformed-link", &code).is_empty());
    // A mark after the label is the list's own "none yet" (Jo-wang's
    // test-time list: `[[PDF--]]() [[G-Scholar--]]()`).
    let marked = text.replace("[[Paper]()][[GitHub]()]", "[[Paper--]]() [[GitHub--]]()");
    assert!(lines("malformed-link", &marked).is_empty());
}

#[test]
fn a_placeholder_where_the_list_links_that_label_is_a_forgotten_link() {
    // zhangxin-xd's agentic-security list: `[[Paper]](!!Missing!!)`
    // among items whose `[[Paper]]` has its URL.
    let mut text = String::from("# Papers\n\n");
    for n in 0..5 {
        text.push_str(&format!(
            "- Title {n} [[Paper]](https://arxiv.org/abs/2401.0100{n})\n"
        ));
    }
    text.push_str("- Another Title [[Paper]](!!Missing!!)\n");
    let found = check("malformed-link", &text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].message.contains("placeholder `!!Missing!!`"),
        "{}",
        found[0].message
    );
    // A template's name for the URL, as a "Format:" line writes it, and
    // a mark that says there is none.
    for none in ["(paper_link)", "(-)", "(n/a)", "(?)"] {
        let other = text.replace("(!!Missing!!)", none);
        assert!(check("malformed-link", &other).is_empty(), "{none}");
    }
    // Written so three times or more: the list's way of saying "none yet".
    let template = "- Later [[Paper]](TBD)\n".repeat(3);
    assert!(lines("malformed-link", &format!("{text}{template}")).is_empty());
}

#[test]
fn a_template_word_left_in_a_filled_item_is_a_forgotten_link() {
    // LiyuHou8/Embodied-AI-Eval-Survey L199: `[[paper](LINK)][[paper](...)]`,
    // the template's `LINK` left beside the real link.
    let mut text = String::from("# Papers\n\n");
    for n in 0..5 {
        text.push_str(&format!(
            "{n}. Title number {n} of the list. Authors et al. arXiv 2025. [[paper](https://arxiv.org/abs/2508.1566{n})]\n"
        ));
    }
    let filled = "6. Mind and motion aligned. Nikita Kachaev et al. arXiv 2025. [[paper](LINK)][[paper](https://arxiv.org/abs/2508.15663)]\n";
    let found = check("malformed-link", &format!("{text}{filled}"));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].message.contains("placeholder `LINK`"),
        "{}",
        found[0].message
    );
    // A mark that says there is none stays the list's word.
    for none in ["(-)", "(N/A)", "(?)"] {
        let marked = filled.replace("(LINK)", none);
        assert!(
            check("malformed-link", &format!("{text}{marked}")).is_empty(),
            "{none}"
        );
    }
    // The template shown as such, with no real link on its line, is left.
    let shown = "Format: Title. Authors. Venue. [[paper](LINK)][[code](LINK)]\n";
    assert!(check("malformed-link", &format!("{text}\n{shown}")).is_empty());
}

#[test]
fn a_contents_entry_naming_a_heading_is_no_paper_title() {
    // umair1221's contents table: every entry's target left empty.
    let text = "# AI in Agriculture\n\n| Part | Topics |\n|---|---|\n\
        | [🚀 Future Research Directions]() | [Unifying Multi-modal Foundation Models]() |\n\n\
        ## 🚀 Future Research Directions\n\nText.\n";
    assert_eq!(lines("malformed-link", text), [5]);
    let found = check("malformed-link", text);
    assert!(
        found[0].message.contains("paper title"),
        "{}",
        found[0].message
    );
    // Under a Contents heading, every entry is one.
    let text = text.replace(
        "# AI in Agriculture\n",
        "# AI in Agriculture\n\n## 📌 Contents\n",
    );
    assert!(check("malformed-link", &text).is_empty());
}

#[test]
fn labels_placeholders_badges_and_comments_outside_tables_are_quiet() {
    let text = "# Papers\n\n\
        - Generalized Loss for Crowd Analysis (**T-PAMI**) [[paper]()] [[code](https://github.com/a/b)]\n\
        - See the [Introduction]() and the [project page]().\n\
        - [Coming soon]()\n\
        - A Paper About Domain Shift [[paper](https://a.org/p)] [code is not available]() [Paper coming soon]()\n\
        [![Awesome](https://awesome.re/badge.svg)]()\n\n\
        <!-- - [Title Of A Paper Still To Come]() -->\n\n\
        ```\n- [Your Paper Title Goes Here]()\n```\n";
    assert!(check("malformed-link", text).is_empty());
}

#[test]
fn a_title_left_empty_before_an_empty_label_is_no_template() {
    // Review of round 89: `- [GPT-4 Report]() [[pdf]()]` is a paper whose
    // two links were forgotten, not a template's tags.
    let mut text: String = (1..=8)
        .map(|n| format!("- [Some Paper Title Number {n} Here](https://a.org/{n}) [[pdf](https://a.org/{n}.pdf)]\n"))
        .collect();
    text.push_str("- [GPT-4 Report]() [[pdf]()]\n");
    assert_eq!(lines("malformed-link", &text), [9]);
}
