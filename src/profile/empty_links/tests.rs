use crate::rules::testing::*;

fn row(title: &str, code: &str) -> String {
    format!("| [{title}](https://example.com/{title}) | CVPR 2021 | - | {code} | 2021 |")
}

#[test]
fn an_empty_url_saying_not_yet_or_wrapping_a_badge_is_quiet() {
    for code in [
        "[Coming soon]()",
        "[TBD]()",
        "[N/A]()",
        "[Comins Soon]()",
        "[![Type](https://img.shields.io/badge/Structural-C2A4A6)]()",
    ] {
        let text = seed_table("S", &[&row("A", code)]);
        assert!(lines("malformed-link", &text).is_empty(), "{code}");
    }
}

#[test]
fn the_same_empty_link_in_several_rows_is_the_lists_convention() {
    let rows = [
        row("A", "[Code link]()"),
        row("B", "[Code link](https://github.com/b/b)"),
        row("C", "[code link]()"),
        row("D", "[Code link]()"),
    ];
    let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
    assert!(lines("malformed-link", &seed_table("S", &rows)).is_empty());
    // Written in two rows only, it is still reported in both.
    assert_eq!(
        lines("malformed-link", &seed_table("S", &rows[..3])),
        [5, 7]
    );
}

#[test]
fn a_date_linked_to_nothing_in_several_rows_is_the_lists_convention() {
    // DavidZWZ's deep-research list: a "Date & Code" cell links its date to
    // the code, and to nothing where there is none.
    let rows = [
        row("A", "[2026/07/13]()"),
        row("B", "[2026/07/09](https://github.com/b/b)"),
        row("C", "[2026/06/30]()"),
        row("D", "[2025-11]()"),
    ];
    let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
    assert!(lines("malformed-link", &seed_table("S", &rows)).is_empty());
    // Two rows are no habit.
    assert_eq!(
        lines("malformed-link", &seed_table("S", &rows[..3])),
        [5, 7]
    );
    // Nor are years alone, which may be a paper's link text.
    let years = [
        row("A", "[2020]()"),
        row("B", "[2021]()"),
        row("C", "[2022]()"),
    ];
    let years: Vec<&str> = years.iter().map(String::as_str).collect();
    assert_eq!(lines("malformed-link", &seed_table("S", &years)), [5, 6, 7]);
    // Nor dates beside a plain title, where the date may be the paper's
    // only link; and the habit of one column excuses neither another
    // column's date nor a label left empty.
    let plain = |title: &str, date: &str, code: &str| {
        format!("| {title} | CVPR 2021 | - | {date} {code} | 2021 |")
    };
    let plain_rows = [
        plain("A", "[2021.02]()", ""),
        plain("B", "[2021.03]()", ""),
        plain("C", "[2021.04]()", ""),
    ];
    let plain_rows: Vec<&str> = plain_rows.iter().map(String::as_str).collect();
    assert_eq!(
        lines("malformed-link", &seed_table("S", &plain_rows)),
        [5, 6, 7]
    );
    let mixed = [
        rows[0],
        rows[2],
        rows[3],
        "| [E](https://example.com/E) | CVPR 2021 | [2021.05]() | - | 2021 |",
        "| [F](https://example.com/F) | CVPR 2021 | - | [Code]() | 2021 |",
    ];
    assert_eq!(lines("malformed-link", &seed_table("S", &mixed)), [8, 9]);
    // Nor are three different words that are no dates.
    let words = [
        row("A", "[Code A]()"),
        row("B", "[Code B]()"),
        row("C", "[Code 2020]()"),
    ];
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    assert_eq!(lines("malformed-link", &seed_table("S", &words)), [5, 6, 7]);
}

#[test]
fn a_word_for_no_value_in_several_rows_is_the_lists_convention() {
    // zdyshine/Video-Frame-Interpolation-Summary: `[code](None)` in every
    // row without code.
    let rows = [
        row("A", "[code](None)"),
        row("B", "[code](https://github.com/b/b)"),
        row("C", "[code](None)"),
        row("D", "[code](None)"),
    ];
    let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
    assert!(lines("malformed-link", &seed_table("S", &rows)).is_empty());
    // Twice is no convention: a value missing in two rows.
    assert_eq!(
        lines("malformed-link", &seed_table("S", &rows[..3])),
        [5, 7]
    );
}

/// tnbar/awesome-tensorial-neural-networks: `Author. "Title". [[link](...)]`
/// in every title cell, `filled` of them with the paper's URL.
fn linked_titles(filled: usize, empty: usize) -> String {
    let mut text =
        String::from("## Papers\n\n| Paper | Remarks | Venue | Year |\n|---|---|---|---|\n");
    for i in 0..filled + empty {
        let url = if i < filled {
            format!("https://arxiv.org/abs/2101.{:05}", i + 1)
        } else {
            String::new()
        };
        text.push_str(&format!(
            "| Liu et al. \"Tensor networks number {i}\". [[link]({url})] | A remark. | NeurIPS | 2021 |\n"
        ));
    }
    text
}

#[test]
fn a_papers_link_left_empty_where_the_list_nearly_always_fills_it_is_forgotten() {
    assert_eq!(lines("malformed-link", &linked_titles(30, 3)).len(), 3);
    // Left empty often enough, it is the list's placeholder.
    assert!(lines("malformed-link", &linked_titles(20, 3)).is_empty());
    // A code link or a badge after the title's own link is no paper's link.
    let code =
        linked_titles(30, 3).replace("| Liu et al.", "| [T](https://example.com/t) Liu et al.");
    assert!(lines("malformed-link", &code).is_empty());
    // A badge wrapped in a link shows as it is, filled or not.
    let badge = linked_titles(30, 3).replace(
        "[[link](",
        "[[![link](https://img.shields.io/badge/code-blue)](",
    );
    assert!(lines("malformed-link", &badge).is_empty());
}

#[test]
fn badge_anchors_showing_no_words_teach_no_label() {
    // Eleven titles opening with `<a href><img></a>`, a twelfth with
    // `[<img>]()`: an image, not the paper link left out.
    let mut text = String::from("| Title | Venue |\n|---|---|\n");
    for i in 1..=11 {
        text.push_str(&format!(
            "| <a href=\"https://arxiv.org/abs/2101.000{i:02}\"><img src=\"https://img.shields.io/badge/arXiv-b31b1b\"></a> Paper number {i} on vision | ICML 2021 |\n"
        ));
    }
    text.push_str("| [<img src=\"https://img.shields.io/badge/arXiv-coming-grey\">]() Paper twelve on vision | ICML 2021 |\n");
    assert!(lines("malformed-link", &text).is_empty());
}

#[test]
fn a_title_pasted_with_an_empty_link_into_several_rows_is_no_convention() {
    // A stance-detection list gives five rows one title, each with `()`.
    let title = "[Adversarial Learning for Zero-Shot Stance Detection on Social Media]()";
    let rows: Vec<String> = (0..3)
        .map(|i| format!("| {title} | NAACL 2021 | - | [Code](https://github.com/a/{i}) | 2021 |"))
        .collect();
    let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
    assert_eq!(lines("malformed-link", &seed_table("S", &rows)).len(), 3);
}

#[test]
fn a_generic_label_is_a_placeholder_where_the_list_writes_empty_links() {
    let rows = [
        row("A", "[code]()"),
        row("B", "[code]()"),
        row("C", "[Project Page]()"),
        row("D", "[code]()"),
        row("E", "[Paper]()"),
        row("F", "[Screenplay]()"),
    ];
    let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
    // Only the text that is not a generic label is reported.
    assert_eq!(lines("malformed-link", &seed_table("S", &rows)), [10]);
    // Without the convention (two `[code]()` only), every one is.
    let few = [rows[0], rows[2], rows[3], rows[4]];
    assert_eq!(
        lines("malformed-link", &seed_table("S", &few)),
        [5, 6, 7, 8]
    );
}

#[test]
fn a_one_off_empty_link_among_real_ones_is_reported() {
    let rows = [
        row("A", "[Paper](https://arxiv.org/abs/2001.02525)"),
        row("B", "[Paper]()"),
        row("C", "[Paper](https://arxiv.org/abs/2006.12986)"),
        row("D", "[Code]()"),
    ];
    let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
    assert_eq!(lines("malformed-link", &seed_table("S", &rows)), [6, 8]);
}

#[test]
fn a_generic_label_nearly_always_given_a_url_is_reported_empty() {
    // Round 65, xsankar/Awesome-NeurIPS-2023 L181: `[Paper]()` once
    // among 120 `[Paper](...)`s, in a list whose `[Poster]()` and
    // `[GitHub]()` are its own "none".
    let mut rows: Vec<String> = (0..3)
        .map(|i| row(&format!("P{i}"), "[Poster]()"))
        .collect();
    for i in 0..10 {
        rows.push(row(
            &format!("R{i}"),
            &format!("[Paper](https://openreview.net/forum?id=r{i})"),
        ));
    }
    rows.push(row("Z", "[Paper]()"));
    let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
    assert_eq!(lines("malformed-link", &seed_table("S", &rows)), [18]);
    // Given a URL fewer than ten times for the once it is empty, it
    // keeps the list's convention.
    assert!(lines(
        "malformed-link",
        &seed_table("S", &[&rows[..12], &rows[13..]].concat())
    )
    .is_empty());
}
