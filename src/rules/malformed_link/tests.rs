use crate::rules::testing::*;

pub(super) fn table(title_cell: &str) -> String {
    table_with_title_cell(title_cell)
}

#[test]
fn fires_on_empty_urls_spaces_and_impossible_arxiv_ids() {
    for cell in [
        "[A]()",
        "[A](https://example.com/a paper.pdf)",
        "[A](https://arxiv.org/abs/2113.05538)",
        "[A](https://arxiv.org/abs/1501.1234)",
        "[A](https://arxiv.org/abs/2302.12831c)",
    ] {
        assert_eq!(lines("malformed-link", &table(cell)), [5], "{cell}");
    }
}

#[test]
fn quiet_on_well_formed_links() {
    for cell in [
        "[A](https://arxiv.org/pdf/2106.06560v1.pdf)",
        "[A](https://arxiv.org/abs/cs/0112017)",
        "[A](https://openreview.net/pdf?id=_jMtny3sMKU)",
        "[A](<https://example.com/a paper.pdf>)",
        "[A](https://openaccess.thecvf.com//content/CVPR2023/papers/x.pdf)",
    ] {
        assert!(lines("malformed-link", &table(cell)).is_empty(), "{cell}");
    }
}

use crate::Applicability;

pub(super) fn fixed(text: &str) -> (String, Applicability) {
    let found = check("malformed-link", text);
    assert_eq!(found.len(), 1, "{text}: {found:?}");
    let fix = found[0].fix.as_ref().expect("a fix");
    (apply_fix(text, &found[0]), fix.applicability)
}

#[test]
fn an_html_anchor_whose_target_is_words_is_reported() {
    // 24wenjie-li/Awesome-Face-Restoration line 180: the title pasted as the href.
    let row = |href: &str| {
        format!("| Pub | Paper |\n|---|---|\n|Arxiv2022|<a href=\"{href}\">Face Deblurring Based on Separable Normalization|\n")
    };
    let text = row("Face Deblurring Based on Separable Normalization");
    assert_eq!(lines("malformed-link", &text), [3]);
    // Curly quotes around the address are part of the target.
    let text = row("“https://arxiv.org/abs/2112.09833”");
    let found = check("malformed-link", &text);
    assert_eq!(found.len(), 1);
    assert!(
        found[0].message.contains("typographic quotes"),
        "{}",
        found[0].message
    );
    // An address, a relative path or a fragment is a target.
    for href in [
        "https://arxiv.org/abs/2112.09833",
        "papers/face deblurring.pdf",
        "#face-deblurring",
    ] {
        assert!(lines("malformed-link", &row(href)).is_empty(), "{href}");
    }
}

#[test]
fn a_web_address_without_a_scheme_gets_https() {
    for (cell, applicability) in [
        ("[paper](arxiv.org/abs/2305.11627)", Applicability::Safe),
        ("[paper](github.com/a/b)", Applicability::Safe),
        ("[paper](www.example.com/paper.pdf)", Applicability::Unsafe),
        (
            "[paper](cs.emory.edu/~someone/files/paper.pdf)",
            Applicability::Unsafe,
        ),
        // KwanWaiPang/Awesome-VLA's demo link; a Korean lab's file server.
        ("[demo](youtu.be/2CseBR-snZg)", Applicability::Safe),
        (
            "[paper](bozon.nlp.wo.tc/?f=158c7ea1f1d480)",
            Applicability::Unsafe,
        ),
        // ilaria-manco/multimodal-ml-music's demo: a site under a domain.
        (
            "[demo](song-describer.streamlit.app)",
            Applicability::Unsafe,
        ),
    ] {
        let text = table(cell);
        let (after, got) = fixed(&text);
        assert_eq!(got, applicability, "{cell}");
        assert_eq!(after, text.replacen("](", "](https://", 1), "{cell}");
    }
    // Outside the tables too: a bullet list.
    let bullets = "- [paper](arxiv.org/abs/2305.11627)\n- [site](https://example.com)\n";
    let found = check("malformed-link", bullets);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].span.start, 2);
    assert_eq!(
        apply_fix(bullets, &found[0]),
        bullets.replacen("](", "](https://", 1)
    );
}

#[test]
fn relative_links_of_the_repository_are_not_web_addresses() {
    let text = "# List\n\n- [Docs](docs/x.md)\n- [License](LICENSE.md)\n- [Up](../README.md)\n\
                - [Top](#list)\n- [Paper](paper.pdf)\n- [Figure](assets/fig.png)\n\
                - [Mail](mailto:a@b.org)\n- [Dir](./img)\n- [Q](?tab=readme)\n\
                - [Site](https://example.com)\n- [v1.2](releases/v1.2)\n\
                - [Script](tools/run.sh)\n- [Code](src/main.py)\n- [Notes](notes.pl)\n\
                - [Español](README.es)\n- [App](MyApp.app)\n- [Info](pkg.info)\n";
    assert!(check("malformed-link", text).is_empty());
    // A bare address in a cell is linked by GitHub itself: not reported.
    let bare = table("A www.example.com");
    assert!(lines("malformed-link", &bare).is_empty());
    for cell in [
        "[A](docs/x.md)",
        "[A](paper.pdf)",
        "[A](https://www.example.com)",
    ] {
        assert!(lines("malformed-link", &table(cell)).is_empty(), "{cell}");
    }
}

#[test]
fn doubled_parentheses_in_a_table_of_contents() {
    let text = "# List\n\n- [Gradient]((#gradient))\n- [RL](#rl)\n\n## Gradient\n\n## RL\n";
    let found = check("malformed-link", text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.contains("doubled parentheses"));
    assert_eq!(
        apply_fix(text, &found[0]),
        text.replace("((#gradient))", "(#gradient)")
    );
    assert_eq!(
        lines(
            "malformed-link",
            &table("[A]((https://arxiv.org/abs/2305.11627))")
        ),
        [5]
    );
}

#[test]
fn spaced_urls_outside_paper_tables() {
    let text = "# Data\n\n| Name | Year |\n|---|---|\n| [Retina Set](http://example.org/Retina Set.htm) | 2008 |\n\n\
                - [Guide](https://example.org/a guide.pdf)\n\
                - [Titled](https://example.org/a \"A title\")\n\
                - `[Code](https://example.org/a b)`\n\
                - <!-- [Hidden](https://example.org/a b) -->\n\n\
                ```\n[Fenced](https://example.org/a b)\n```\n";
    assert_eq!(lines("malformed-link", text), [5, 7]);
    // A contribution template in a code block inside a list item, fenced
    // four spaces in (RayYoh/OCRM_survey), or indented.
    let text = "# Contributing\n\n- Add a row in this format:\n    ```\n    |[Title](Paper Link)|Venue|\n    ```\n\
                - Or this one:\n\n        [Title](Paper Link)\n\n- Then [open](https://example.org/a b) a pull request.\n";
    assert_eq!(lines("malformed-link", text), [11]);
}

#[test]
fn spaced_urls_of_links_whose_text_is_in_brackets() {
    // SuperX612's gradient-inversion list: `[[code]](a paper's title)`, and
    // xinzhuma's `[[detailed benchmarks]](#detailed benchmarks)`.
    let text = "# List\n\n- R-GAP [[pdf]](https://arxiv.org/abs/2010.07733) [[code]](On Data Leakage in Federated Learning)\n\n\
                See the [[detailed benchmarks]](#detailed benchmarks).\n";
    assert_eq!(lines("malformed-link", text), [3, 5]);
    assert_eq!(lines("malformed-link", &table("[[A]](Two Words)")), [5]);
    assert!(lines("malformed-link", &table("[[A]](https://example.org/a)")).is_empty());
    // ict-bigdatalab's retrieval list L220: a note in parentheses after
    // brackets around a working code link is text, not an address.
    let note = "# List\n\n- [A Paper Title](https://arxiv.org/pdf/2206.03281.pdf) *Ning Wu et.al.* IJCAI 2022. [[code](https://github.com/a/b)](**CCP, cross-lingual pre-training**)\n";
    assert!(lines("malformed-link", note).is_empty());
    assert!(lines(
        "malformed-link",
        &table("[[code](https://github.com/a/b)](**CCP, a note**)")
    )
    .is_empty());
}

#[test]
fn a_parenthesis_typed_twice_before_an_address() {
    // ExeCuteRunrunrun's dialogue list: `[[Paper]((https://...)]`, one `)`
    // for two `(`: no link. `((#rl))` is a link in doubled parentheses,
    // reported as such.
    let text = "# L\n\n- Dialog [[Paper]((https://ieeexplore.ieee.org/document/8953254)] [[site]]((https://video-dialog.com/)\n\
                - [Fine](https://example.org/a_(b)) and `[x]((https://example.org/c)`\n";
    let found = check("malformed-link", text);
    assert_eq!(lines("malformed-link", text), [3, 3], "{found:?}");
    assert!(found[0]
        .message
        .starts_with("a `(` typed twice before `https://ieeexplore"));
    assert_eq!(
        apply_fix(text, &found[1]),
        text.replace("[[site]]((https", "[[site]](https")
    );
}

#[test]
fn nothing_inside_a_comment_over_several_lines_is_checked() {
    // onejune2018's medical list: a template row between a `<!--` line
    // and a `-->` line under its table, which GitHub shows nowhere. A
    // spaced link after the comment closes (even on an indented line) is
    // shown and reported; so is one before a comment opens on its line.
    let text = "# Models\n\n| Name | Date |\n|---|---|\n| [BioBERT](https://arxiv.org/pdf/1901.08746) | 2019-01 |\n\
                <!--\n\
                | [Paper Name](arxiv link) | 20xx-xx |\n\
                -->\n\n\
                <!-- a note\n    still hidden [A](https://example.org/a b)\n    --> [B](https://example.org/b c)\n\n\
                - [C](https://example.org/c d) <!-- [D](https://example.org/d e)\n  [E](https://example.org/e f) -->\n\n\
                ```\n<!--\n```\n- [F](https://example.org/f g)\n\n\
                - Write `<!--` to hide a row: [G](https://example.org/g h)\n";
    assert_eq!(lines("malformed-link", text), [12, 14, 20, 22]);
}

#[test]
fn a_url_followed_by_a_link_title_is_a_link() {
    // Escaped brackets around the link, as a bullet list writes them.
    let text = "# List\n\n- A Review, \\[[Project](https://example.org/p/ \"Project\")], \\[[Paper](https://arxiv.org/pdf/2207.02556.pdf \"Paper\")].\n\
                - \\[[Code](https://github.com/a/b 'Code')]\n\
                - \\[[Site](https://example.org/s (Site))]\n\
                - \\[[Bad](https://example.org/a b \"Bad\")]\n\
                - \\[[Open](https://example.org/a \"Open)]\n";
    assert_eq!(lines("malformed-link", text), [6, 7]);
    for cell in [
        "\\[[A](https://arxiv.org/abs/2207.02556 \"A\")]",
        "\\[[A](https://arxiv.org/abs/2207.02556 (A))]",
    ] {
        assert!(lines("malformed-link", &table(cell)).is_empty(), "{cell}");
    }
    assert_eq!(
        lines(
            "malformed-link",
            &table("\\[[A](https://example.org/a b 'A')]")
        ),
        [5]
    );
}

#[test]
fn a_link_in_doubled_parentheses_is_one_problem() {
    let text = "# L\n\n- [PromptTTS 2](https://arxiv.org/abs/2309.02285), [Codec]((https://arxiv.org/abs/2309.02285))\n";
    let found = check("malformed-link", text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.contains("doubled parentheses"));
    // In a paper table too: the id is fine, the parentheses are not.
    let text = table_with_title_cell("[Codec]((https://arxiv.org/abs/2309.02285))");
    let found = check("malformed-link", &text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.contains("doubled parentheses"));
}

#[test]
fn a_scripts_empty_value_is_no_url() {
    for cell in ["A [Paper](nan)", "A [Paper](None)", "A [pdf](null)"] {
        assert_eq!(lines("malformed-link", &table(cell)), [5], "{cell}");
    }
    // In a bullet, too; a file of the repository named like a word is not.
    let bullet = "# L\n\n- DLAP: a paper. [[Paper](nan)] [[Code](https://github.com/a/b)]\n";
    assert_eq!(lines("malformed-link", bullet), [3]);
    let file = "# L\n\n- [notes](nano.md) and [data](nan/)\n";
    assert!(lines("malformed-link", file).is_empty());
}

#[test]
fn a_placeholder_for_a_url_to_come_is_no_url() {
    for cell in [
        "A [Paper](TBD)",
        "A [Paper](?)",
        "[A paper](tba)",
        "A [Paper](!!Missing!!)",
        "A [Paper](Missing)",
    ] {
        assert_eq!(lines("malformed-link", &table(cell)), [5], "{cell}");
    }
    // A template's word for the address (Jasonlee1995's `Format :` line,
    // `[Summary](summary_link)`), copied into a row.
    for cell in [
        "A [Summary](summary_link)",
        "A [Paper](paper_url)",
        "A [Paper](URL)",
    ] {
        assert_eq!(lines("malformed-link", &table(cell)), [5], "{cell}");
    }
    for cell in ["A [Notes](notes_link.md)", "A [Paper](my_links)"] {
        assert!(lines("malformed-link", &table(cell)).is_empty(), "{cell}");
    }
    let header = "| Title | Venue | Code |\n|---|---|---|\n";
    let row =
        |code: &str| format!("| [A](https://arxiv.org/abs/2101.00001) | CVPR 2021 | {code} |");
    let one = row("[Code](-)");
    assert_eq!(lines("malformed-link", &table_of(header, &[&one])), [3]);
    // The list's way of saying "no code": the same text in three rows.
    let rows = [row("[Code](-)"), row("[Code](-)"), row("[Code](-)")];
    let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
    assert!(lines("malformed-link", &table_of(header, &rows)).is_empty());
    // Files of the repository named like a word are links.
    let files = "# L\n\n- [notes](TODO.md) and [plan](tbd/)\n";
    assert!(lines("malformed-link", files).is_empty());
    // Outside paper tables such links follow the looser rules of empty
    // links there: a bullet list's `[[code](-)]`, a dataset table's
    // `[link](-)`, a placeholder for text and URL both.
    let bullets = "# L\n\n- Paper A, CVPR 2021. [[code](-)]\n- Paper B, CVPR 2021. [[code](-)]\n\
                   - Paper C. [TBD](TBD)\n";
    assert!(lines("malformed-link", bullets).is_empty());
    let datasets = "# L\n\n| Dataset | Size | Download |\n|---|---|---|\n| A | 1 | [link](-) |\n";
    assert!(lines("malformed-link", datasets).is_empty());
}

#[test]
fn a_template_row_of_empty_links_is_kept_on_purpose_but_a_stub_is_not() {
    let header = "| Title | Venue | Year | Code |\n|---|---|---|---|\n";
    let paper =
        "| [A](https://arxiv.org/abs/2101.00001) | CVPR | 2021 | [Code](https://github.com/a/b) |";
    let template = "|[]()|||[Official]()|";
    assert!(lines("malformed-link", &table_of(header, &[paper, template])).is_empty());
    // ZZhangsm's template holds the year ahead and `TBD` for the title.
    let dated = "| **TBD** |  | 2025 | [link]() |";
    assert!(lines("malformed-link", &table_of(header, &[paper, dated])).is_empty());
    // A stub that names a model is a leftover: its empty link is reported.
    let stub = "| Shikra []() | Arxiv | 2023 | [Code]() |";
    assert_eq!(
        lines("malformed-link", &table_of(header, &[paper, stub])),
        [4]
    );
}

#[test]
fn a_link_left_open_outside_tables_is_reported() {
    // opendilab: a full-width `）` typed for the `)`; Dylancer1998: the
    // last link of a line never closed.
    let text =
        "# Papers\n\n- [Real-World Robot Learning](https://arxiv.org/abs/2210.03109） CoRL 2022\n\
        - [Paper](https://arxiv.org/abs/2012.01377) [**[code]**](https://github.com/a/b\n\
        - [Closed](https://github.com/a/c) and `[code](https://github.com/a/d` in code\n";
    let found = check("malformed-link", text);
    assert_eq!(lines("malformed-link", text), [3, 4]);
    assert!(
        found[0].message.contains("full-width"),
        "{}",
        found[0].message
    );
    assert_eq!(
        apply_fix(text, &found[0]),
        text.replace("2210.03109）", "2210.03109)")
    );
    assert!(
        found[1].message.contains("no `)` closes"),
        "{}",
        found[1].message
    );
    assert!(found[1].fix.is_none());
}

#[test]
fn an_address_broken_after_its_scheme_is_an_unclosed_link() {
    // xialeiliu's incremental-learning list: `[[code](https:` then
    // `//github.com/lisongze/DGG)]` on the next line.
    let text = "# Papers\n\n- Title (**CVPR 2026**) [[paper](https://arxiv.org/abs/2012.01377)][[code](https:\n//github.com/lisongze/DGG)]\n- Other [[code](https://github.com/a/b)]\n";
    let found = check("malformed-link", text);
    assert_eq!(lines("malformed-link", text), [3]);
    assert!(
        found[0].message.contains("`https:`"),
        "{}",
        found[0].message
    );
    assert!(
        found[0]
            .help
            .as_deref()
            .is_some_and(|h| h.contains("next line")),
        "{:?}",
        found[0].help
    );
    // Left open at the line's end with nothing after, it wants its `)`.
    let text = "# Papers\n\n- Title [[code](https://\n\nNext paragraph.\n";
    let found = check("malformed-link", text);
    assert_eq!(lines("malformed-link", text), [3]);
    assert!(
        found[0]
            .help
            .as_deref()
            .is_some_and(|h| h.contains("close the address")),
        "{:?}",
        found[0].help
    );
}
