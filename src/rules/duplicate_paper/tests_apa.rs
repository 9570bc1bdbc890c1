//! Tests of duplicate-paper on APA references: `Authors (Year). Title.
//! Venue.`, with or without a link labelled `[Link]`.

use crate::rules::testing::*;

fn reference(n: usize) -> String {
    format!(
        "{n}. Dirkson, A., Verberne, S., & Kraaij, W. (2019). Lexical normalization number {n} for medical social media. Multimodal Technologies and Interaction, 3(3), 60.\n"
    )
}

#[test]
fn an_apa_reference_twice_in_one_section_is_a_copy() {
    // haihua0913/awesome-mcn: references without links, by habit; one
    // pasted twice under `### 2019`.
    let mut text = String::from("### 2019\n");
    for n in 1..=6 {
        text.push_str(&reference(n));
    }
    text.push_str(&reference(2).replacen("2.", "7.", 1));
    assert_eq!(lines("duplicate-paper", &text), [8]);
    // The same item without its authors and year cites nothing to compare.
    let plain = text.replace("Dirkson, A., Verberne, S., & Kraaij, W. (2019). ", "");
    assert!(lines("duplicate-paper", &plain).is_empty());
}
