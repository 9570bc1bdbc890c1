//! Three or more copies of one paper: only the copy that disagrees with
//! the others is reported.

use crate::rules::testing::*;

const HEADER: &str = "| Paper | Venue | Date | Code |\n|---|---|---|---|\n";

fn copy(date: &str) -> String {
    format!("| [Revisiting Language Models as Zero-shot Relation Extractors](https://arxiv.org/abs/2310.09999) | EMNLP Findings | {date} |  |")
}

fn list(dates: &[&str]) -> String {
    let sections: Vec<String> = (dates.iter().enumerate())
        .map(|(i, date)| format!("## Topic {i}\n\n{HEADER}{}\n", copy(date)))
        .collect();
    sections.join("\n")
}

#[test]
fn the_odd_copy_of_three_is_reported_alone() {
    // Lines 5, 11 and 17.
    let text = list(&["2023-12", "2023-10", "2023-12"]);
    assert_eq!(lines("conflicting-duplicate", &text), vec![11]);
}

#[test]
fn a_later_odd_copy_is_reported_too() {
    let text = list(&["2023-12", "2023-12", "2023-10"]);
    assert_eq!(lines("conflicting-duplicate", &text), vec![17]);
}

#[test]
fn three_copies_that_all_disagree_are_each_reported() {
    let text = list(&["2023-12", "2023-10", "2023-11"]);
    assert_eq!(lines("conflicting-duplicate", &text), vec![11, 17]);
}
