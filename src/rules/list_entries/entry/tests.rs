use super::without_trailing_venue_tag as untagged;

#[test]
fn a_venue_and_year_after_a_title_are_dropped() {
    let title = "Attention-guided Unified Network for Panoptic Segmentation";
    for tag in [
        " - ARXIV - 2018",
        "-CVPR-2019",
        "（CVPR2020）",
        " (ICLR 2021)",
    ] {
        assert_eq!(untagged(&format!("{title}{tag}")), title, "{tag}");
    }
}

#[test]
fn a_hyphen_inside_a_word_opens_no_tag() {
    // tangzhenyu/SemanticSegmentation_DL L230 (untuned check, session
    // 31): the title had been quoted as "... via Multi".
    assert_eq!(
        untagged("Instance-aware Semantic Segmentation via Multi-task Network Cascades-2015"),
        "Instance-aware Semantic Segmentation via Multi-task Network Cascades-2015"
    );
}

#[test]
fn a_venue_in_bold_after_a_plain_title_labels_the_item() {
    // xialeiliu's incremental-learning list: a journal's name in bold is no
    // bold title, however many its words.
    let knowledge = crate::knowledge::Knowledge::builtin().expect("builtin knowledge");
    let titles = |text: &str| -> Vec<String> {
        let document = crate::document::parse(text, &knowledge.columns);
        crate::rules::list_entries::list_entries(&document, &knowledge)
            .into_iter()
            .map(|e| e.title)
            .collect()
    };
    // Plain titles are read in a list that writes several.
    let item = |venue: &str| {
        let item = |title: &str, id: &str| {
            format!("- {title} (**{venue}**) [[paper](https://openreview.net/forum?id={id})]\n")
        };
        [
            item("Three scenarios for continual learning", "9aZ2ixiYGd"),
            item("Continual learning with hypernetworks", "SJgwNerKvB"),
            item(
                "Gradient episodic memory for continual learning",
                "Hkf2_sC5FX",
            ),
        ]
        .concat()
    };
    for venue in ["Nature Machine Intelligence 2022", "ICLR 2025"] {
        assert_eq!(
            titles(&item(venue)),
            [
                "Three scenarios for continual learning",
                "Continual learning with hypernetworks",
                "Gradient episodic memory for continual learning"
            ],
            "{venue}"
        );
    }
    // Bold words that name no venue are still the title, also when their
    // first word is a venue's name (`CASE`).
    let text = "- **Deep Residual Learning for Image Recognition** [[paper](https://arxiv.org/abs/1512.03385)]\n";
    assert_eq!(
        titles(text),
        ["Deep Residual Learning for Image Recognition"]
    );
    let text = "- **Case Matching for Resource Management in WCDMA Network** [[paper](https://arxiv.org/abs/1512.03385)]\n";
    assert_eq!(
        titles(text),
        ["Case Matching for Resource Management in WCDMA Network"]
    );
}
