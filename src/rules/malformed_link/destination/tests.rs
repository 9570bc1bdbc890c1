use crate::rules::testing::*;
use crate::Applicability;

fn table(title_cell: &str) -> String {
    table_with_title_cell(title_cell)
}

#[test]
fn placeholder_arxiv_ids_outside_paper_tables() {
    // Shaped like an emotion list's dataset and benchmark tables: the
    // paper link of a new dataset holds a placeholder id.
    let text = "# L\n\n## Datasets\n\n| Dataset | Emotions | Size | Paper |\n|---|---|---|---|\n\
        | **SpeechSet** | Anger, Joy | 800 utterances | [Paper](https://arxiv.org/abs/2502.00000) |\n\
        | **TalkSet** | Anger, Joy | 900 utterances | [Paper](https://arxiv.org/abs/2502.01234) |\n\n\
        ## Notes\n\n- A survey [arXiv](https://arxiv.org/pdf/2305.165042)\n\
        - Another survey [arXiv](https://arxiv.org/abs/2305.16504)\n";
    let found = check("malformed-link", text);
    assert_eq!(lines("malformed-link", text), [7, 12], "{found:?}");
    assert!(
        found[0].message.contains("`2502.00000` cannot exist"),
        "{}",
        found[0].message
    );
}

#[test]
fn a_number_for_a_url_in_a_paper_row() {
    // As in Geeks-Z/Class-Incremental-Learning: the year where the
    // arXiv link should be.
    let cell = "[DER: Dynamically Expandable Representation for Class Incremental Learning](2021)";
    let found = check("malformed-link", &table(cell));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.contains("`2021` is a bare number"));
    assert!(found[0].fix.is_none());
    assert_eq!(lines("malformed-link", &table("[A](7)")), [5]);
}

#[test]
fn quiet_on_numbers_that_may_be_files_or_folders() {
    for cell in [
        "[2021](2021)",
        "[A](2021/)",
        "[A](2021.md)",
        "[A](2021/cvpr.md)",
        "[A](#2021)",
        "[A](./2021)",
        "[A](docs/)",
        "[A](./README.md)",
        "[A](https://arxiv.org/abs/2101.00001)",
    ] {
        assert!(lines("malformed-link", &table(cell)).is_empty(), "{cell}");
    }
    // Outside paper tables a number may be a folder of the repository.
    let prose = "# List\n\n- [Papers of 2021](2021)\n";
    assert!(check("malformed-link", prose).is_empty());
}

#[test]
fn a_scheme_without_its_slashes_gets_them_back() {
    // codingClaire's `https:ithub.com/...`: the host lost a letter too,
    // so the fix (to the known host one letter away) waits for
    // --unsafe-fixes; before a known host it is safe.
    for (cell, fixed, safe) in [
        (
            "[C](https:ithub.com/a/b)",
            "[C](https://github.com/a/b)",
            false,
        ),
        (
            "[C](https:/arxiv.org/abs/2305.11627)",
            "[C](https://arxiv.org/abs/2305.11627)",
            true,
        ),
        (
            "[C](https:github.com/a/b)",
            "[C](https://github.com/a/b)",
            true,
        ),
    ] {
        let text = table(cell);
        let found = check("malformed-link", &text);
        assert_eq!(found.len(), 1, "{cell}: {found:?}");
        let applicability = found[0].fix.as_ref().map(|f| f.applicability);
        let expected = if safe {
            Applicability::Safe
        } else {
            Applicability::Unsafe
        };
        assert_eq!(applicability, Some(expected), "{cell}");
        assert_eq!(apply_fix(&text, &found[0]), text.replace(cell, fixed));
    }
    assert!(check("malformed-link", &table("[M](mailto:someone@example.com)")).is_empty());
    // A host of another ending is not the known one a letter away.
    let text = table("[C](https:x.co/a)");
    let found = check("malformed-link", &text);
    assert_eq!(apply_fix(&text, &found[0]), table("[C](https://x.co/a)"));
    // arpita8's `https:/FFD/arxiv.org/...`: no host after the scheme,
    // so a browser goes to a site named `ffd`. Reported, not guessed.
    let found = check(
        "malformed-link",
        &table("[C](https:/FFD/arxiv.org/abs/2305.11627)"),
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].fix.is_none());
    assert!(found[0].message.contains("lacks a `/` after `https:`"));
}

#[test]
fn a_scheme_without_its_colon_gets_it_back() {
    for (cell, url) in [
        (
            "[A](https//arxiv.org/abs/2305.11627)",
            "https://arxiv.org/abs/2305.11627",
        ),
        (
            "[A](http//www.example.com/a.pdf)",
            "http://www.example.com/a.pdf",
        ),
    ] {
        let text = table(cell);
        let found = check("malformed-link", &text);
        assert_eq!(found.len(), 1, "{cell}: {found:?}");
        assert_eq!(
            found[0].fix.as_ref().map(|f| f.applicability),
            Some(Applicability::Safe)
        );
        assert_eq!(
            apply_fix(&text, &found[0]),
            text.replace(&cell[4..cell.len() - 1], url)
        );
    }
    // A folder named like a scheme, followed by no address: left alone.
    assert!(lines("malformed-link", &table("[A](https//notes.md)")).is_empty());
}

#[test]
fn an_address_after_empty_parentheses() {
    // lmcRS's recommendation list: a three-word title, too short to be
    // judged as an empty title link, with its address typed after `()`.
    let text = "# L\n\n* [Translation-based recommendation]()https://doi.org/10.1145/3109859.3109882, R. He. RecSys, 2017.\n\
                * [Spaced apart]() https://example.org/a\n\
                * [Scheme alone]()https:// and [Hostless]()https://localhost\n";
    let found = check("malformed-link", text);
    assert_eq!(lines("malformed-link", text), [3], "{found:?}");
    assert_eq!(
        apply_fix(text, &found[0]),
        text.replace(
            "]()https://doi.org/10.1145/3109859.3109882,",
            "](https://doi.org/10.1145/3109859.3109882),"
        )
    );
    // In a row too, before the list's own empty links are judged.
    let found = check(
        "malformed-link",
        &table("[A]()https://arxiv.org/abs/2101.00001"),
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0]
        .message
        .contains("after the link's empty parentheses"));
}

#[test]
fn an_address_in_a_second_pair_of_parentheses_after_empty_ones() {
    // gasche/icfp2017-papers: `([preprint]()(https://...main.pdf), ...`.
    let text = "# L\n\n- Title ([preprint]()(https://plum-umd.github.io/adi/main.pdf), [paper](https://plum-umd.github.io/adi/))\n\
                - Other [note]()(see below)\n";
    let found = check("malformed-link", text);
    assert_eq!(lines("malformed-link", text), [3], "{found:?}");
    assert!(found[0].message.contains("second pair of parentheses"));
    assert_eq!(
        apply_fix(text, &found[0]),
        text.replace("[preprint]()(https://", "[preprint](https://")
    );
    // An address holding parentheses is named whole; one with a space is
    // no address.
    let text =
        "# L\n\n- [wiki]()(https://en.wikipedia.org/wiki/Transformer_(deep_learning)) and more\n\
                - [note]()(https://example.org/a b)\n";
    let found = check("malformed-link", text);
    assert_eq!(lines("malformed-link", text), [3], "{found:?}");
    assert!(found[0]
        .message
        .contains("`https://en.wikipedia.org/wiki/Transformer_(deep_learning)`"));
}

#[test]
fn bold_marks_pasted_into_an_address() {
    // Dylancer1998's localization list: a find-and-replace made `paper` bold
    // everywhere, in the addresses too.
    let text = "# L\n\n- Scalable Localization. ECCV 2014. [**[paper]**](https://www.graphics.rwth-aachen.de/media/**paper**s/ECCV14.pdf)\n\
                - Another. [paper](https://**paper**.nweon.com/2688)\n\
                - Maps. [pdf](https://example.github.io/pdfs/On_High_Definition__HD__Maps.pdf)\n\
                - Glob. [docs](https://example.org/src/**/*.rs)\n\
                - Half. [paper](https://example.org/a/**paper)\n";
    let found = check("malformed-link", text);
    assert_eq!(lines("malformed-link", text), [3, 4], "{found:?}");
    assert_eq!(
        found[0].fix.as_ref().map(|f| f.applicability),
        Some(Applicability::Unsafe)
    );
    assert_eq!(
        apply_fix(text, &found[0]),
        text.replace("/**paper**s/", "/papers/")
    );
}
