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
