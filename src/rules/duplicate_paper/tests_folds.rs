//! Tests of duplicate-paper across HTML among a list's items: a fold of
//! more of the list, a wrapper's tags and a block the page never shows go
//! on the run; a fold or a heading that names a topic starts a new one.

use crate::rules::testing::*;

fn item(n: u32) -> String {
    format!(
        "1. **Multibeam Joint Communication and Radar Sensing With Steerable Arrays Number {n}.** IEEE TVT, 2018. [Journal](https://ieeexplore.ieee.org/document/855{n:04})\n"
    )
}

#[test]
fn a_paper_again_inside_a_fold_of_more_of_the_list_is_a_copy() {
    // yuanhao-cui/Must-Reading-on-ISAC: each section shows a few papers
    // and folds the rest under `<summary> more </summary>`.
    let text = format!(
        "## Radar\n\n{}{}\n<details>\n<summary> more </summary> \n\n{}{}\n</details>\n",
        item(1),
        item(2),
        item(3),
        item(1)
    );
    assert_eq!(lines("duplicate-paper", &text), [10]);
    // A fold that names a topic files the paper there on purpose.
    let topic = text.replace(
        "<summary> more </summary>",
        "<summary>Beamforming</summary>",
    );
    assert!(lines("duplicate-paper", &topic).is_empty());
    // So does an HTML heading.
    let heading = text.replace("<summary> more </summary> ", "<h3>Beamforming</h3>");
    assert!(lines("duplicate-paper", &heading).is_empty());
}

fn entry(n: u32, key: &str) -> String {
    format!(
        "Li, Frank Y. and Winjum, Eli<br/>\n**Rate Adaptation for Multirate Ad Hoc Networking Number {n}**<br/>\n 2005<br/>\n\
         [\\[BibTeX\\]](javascript:toggleVis('{key}'))\n\
         [\\[Download\\]](https://example.org/itc19/{key}.pdf)\n\n\
         <div id=\"{key}\" style=\"display: none;\" class=\"bibtex\">@inproceedings{{{key},\n    \
         title = {{ Rate Adaptation Number {n} }},\n    year = {{ 2005 }}\n}}</div>\n\n"
    )
}

#[test]
fn a_paper_again_past_hidden_bibtex_blocks_is_a_copy() {
    // lsinfo3/itc-conference: paper paragraphs, each followed by its
    // BibTeX in a `<div style="display: none;">` the page never shows.
    let mut text = String::from("## 2005\n\n");
    for n in 1..=6 {
        text.push_str(&entry(n, &format!("key{n}")));
    }
    let copy =
        entry(2, "key2").replace("[\\[Download\\]](https://example.org/itc19/key2.pdf)\n", "");
    text.push_str(&copy);
    let found = lines("duplicate-paper", &text);
    assert_eq!(found.len(), 1, "{text}");
    // A shown block of text between the paragraphs is prose: it ends the run.
    let shown = text.replace("style=\"display: none;\" ", "");
    assert!(lines("duplicate-paper", &shown).is_empty());
}

#[test]
fn a_fold_s_label_on_the_line_of_its_tag_and_a_topic_or_a_rule() {
    let text = format!(
        "## Radar\n\n{}{}\n<details><summary>More</summary>\n\n{}{}\n</details>\n",
        item(1),
        item(2),
        item(3),
        item(1)
    );
    assert_eq!(lines("duplicate-paper", &text), [9]);
    // `Others` is a topic, a rule divides the list as `---` does, and an
    // autolink is a paragraph's text, which divides it too.
    for divider in [
        "<details><summary>Others</summary>",
        "<hr>",
        "<https://example.org/notes>",
    ] {
        let divided = text.replace("<details><summary>More</summary>", divider);
        assert!(lines("duplicate-paper", &divided).is_empty(), "{divider}");
    }
}

#[test]
fn a_hidden_element_ends_at_its_closing_tag_or_a_blank_line() {
    let item = |n: u32| {
        format!("- [Deep Residual Learning for Image Recognition Number {n}](https://arxiv.org/abs/1512.0338{n})\n")
    };
    // Closed on its own line, the hidden note hides nothing after it: the
    // topic line below divides the run.
    let text = format!(
        "{}{}<div style=\"display: none;\">He et al., CVPR 2016</div>\nSegmentation:\n\n{}",
        item(1),
        item(2),
        item(1)
    );
    assert!(lines("duplicate-paper", &text).is_empty());
    // An element hidden by the `hidden` attribute, open over two lines,
    // hides both; the copy after it is in the run.
    let open = text.replace(
        "<div style=\"display: none;\">He et al., CVPR 2016</div>\nSegmentation:\n",
        "<div hidden>He et al.,\nCVPR 2016</div>\n",
    );
    assert_eq!(lines("duplicate-paper", &open), [6]);
    // Left open, it ends with its HTML block at a blank line: the items
    // after it are read.
    let left_open = format!(
        "{}<div style=\"display: none;\">He et al.,\n\n{}{}",
        item(1),
        item(2),
        item(2)
    );
    assert_eq!(lines("duplicate-paper", &left_open), [5]);
}

#[test]
fn a_year_tag_inside_a_bold_title_is_no_part_of_it() {
    // Jiaaqiliu/Awesome-VLA-Robotics writes every paper `**[2025] Title**`.
    let item = |title: &str, id: &str| {
        format!("- **[2025] {title}** [[paper](https://arxiv.org/abs/{id})]\n\n")
    };
    let text = format!(
        "# VLA\n\n##### 2025\n\n{}{}{}",
        item(
            "Interleave-VLA: Enhancing Robot Manipulation with Interleaved Image-Text Instructions",
            "2505.02152"
        ),
        item(
            "EnerVerse: Envisioning Embodied Future Space for Robotics Manipulation",
            "2501.01895"
        ),
        item(
            "Interleave-VLA: Enhancing Robot Manipulation with Interleaved Image-Text Instructions",
            "2505.02152"
        ),
    );
    assert_eq!(lines("duplicate-paper", &text), [9]);
}

#[test]
fn a_paper_link_named_after_its_venue_or_its_own_paper_is_the_item_s() {
    // A link in parentheses after a plain title, named after the venue
    // or the paper's own name, is the item's paper, not a work it cites.
    for labels in [
        ["RSS 2024"; 3],
        ["arXiv 2024"; 3],
        ["Octo", "RT-2", "OpenVLA"],
    ] {
        let [octo, rt2, openvla] = labels;
        let text = format!(
            "# VLA\n\n\
             - Octo: An Open-Source Generalist Robot Policy ([{octo}](https://arxiv.org/abs/2405.12213))\n\
             - RT-2: Vision-Language-Action Models Transfer Web Knowledge to Robotic Control ([{rt2}](https://arxiv.org/abs/2307.15818))\n\
             - OpenVLA: An Open-Source Vision-Language-Action Model ([{openvla}](https://arxiv.org/abs/2406.09246))\n\
             - OpenVLA: An Open-Source Vision-Language-Action Model ([{openvla}](https://arxiv.org/abs/2406.09246))\n"
        );
        assert_eq!(lines("duplicate-paper", &text), [6], "{labels:?}");
    }
    // ReScience's `[Re] Title` reproduces another paper: no copy of it.
    let text = "# Fairness\n\n\
        - **Exacerbating Algorithmic Bias through Fairness Attacks** [[paper]](https://arxiv.org/abs/2012.08723)\n\
        - **[Re] Exacerbating Algorithmic Bias through Fairness Attacks** [[paper]](https://openreview.net/forum?id=rYLMPtoA5YF)\n";
    assert!(lines("duplicate-paper", text).is_empty());
}
