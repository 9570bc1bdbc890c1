use crate::rules::testing::*;

/// Each cell, as a table's title cell, gets no malformed-link finding.
fn assert_quiet(cells: &[&str]) {
    for cell in cells {
        assert!(
            lines("malformed-link", &table_with_title_cell(cell)).is_empty(),
            "{cell}"
        );
    }
}

#[test]
fn a_link_without_its_opening_bracket_is_reported() {
    // lixus7's `| FSCA | Context-Alignment: ... Time Series](https://openreview.net/...) |`.
    let text = table_with_title_cell(
        "Context-Alignment: Activating LLMs in Time Series](https://openreview.net/forum?id=syC2764fPc)",
    );
    let found = check("malformed-link", &text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].message.contains("no opening `[`"),
        "{}",
        found[0].message
    );
    assert!(!found[0].is_safe_fixable());
    assert!(apply_fix(&text, &found[0])
        .contains("| [Context-Alignment: Activating LLMs in Time Series](https://openreview.net/forum?id=syC2764fPc) |"));
    // Opened, escaped, in code, or no address: nothing to report.
    for cell in [
        "[Context-Alignment](https://openreview.net/forum?id=syC2764fPc)",
        "A \\[note\\](https://x.org) here",
        "`a](https://x.org)` in code",
        "Footnote] (see below)",
        "Tuple a](b) c",
    ] {
        let found = check("malformed-link", &table_with_title_cell(cell));
        assert!(found.is_empty(), "{cell}: {found:?}");
    }
    // The link's text starts after a link before it; emphasis goes inside.
    for (cell, fixed) in [
        (
            "[Paper](https://arxiv.org/abs/2101.00001) Code](https://github.com/x/y)",
            "[Paper](https://arxiv.org/abs/2101.00001) [Code](https://github.com/x/y)",
        ),
        (
            "**Bold Title**](https://a.org)",
            "[**Bold Title**](https://a.org)",
        ),
    ] {
        let text = table_with_title_cell(cell);
        let found = check("malformed-link", &text);
        assert_eq!(found.len(), 1, "{cell}: {found:?}");
        assert!(apply_fix(&text, &found[0]).contains(fixed), "{cell}");
    }
    // Hidden, in HTML code, escaped, or cut by a pipe: no link to open.
    for cell in [
        "A title <!-- Old](https://x.org) -->",
        "<code>a](https://x.org)</code>",
        "\\[Title](https://x.org)",
        "[a | b](https://x.org/a)",
    ] {
        let found = check("malformed-link", &table_with_title_cell(cell));
        assert!(
            found.iter().all(|d| !d.message.contains("no opening")),
            "{cell}: {found:?}"
        );
    }
    // An escaped pipe in the row above cuts no cell.
    let text = table_with_title_cell("[a \\| b](https://x.org/a)")
        + "| Title](https://x.org/b) | ICLR 2021 | - | - | 2021 |\n";
    let found = check("malformed-link", &text);
    assert_eq!(
        found
            .iter()
            .filter(|d| d.message.contains("no opening"))
            .count(),
        1,
        "{found:?}"
    );
    // A link's text broken over two lines: the `[` is on the line above.
    let text = table_with_title_cell("[Leveraging Language Models in")
        + "| Education](https://doi.org/10.1007/s10648-024-09868-z) | ICLR 2021 | - | - | 2021 |\n";
    let found = check("malformed-link", &text);
    assert!(
        found.iter().all(|d| !d.message.contains("no opening")),
        "{found:?}"
    );
}

#[test]
fn a_closing_parenthesis_typed_twice_after_a_link_is_deleted() {
    // hhh-hwj's `[Attention-based ...](https://aclanthology.org/P16-2034/))`.
    let text = table_with_title_cell(
        "[Attention-based BiLSTM networks](https://aclanthology.org/P16-2034/))",
    );
    let found = check("malformed-link", &text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].is_safe_fixable());
    assert!(apply_fix(&text, &found[0]).contains("(https://aclanthology.org/P16-2034/) |"));
    // A link right after a `(` still closes only that one.
    let text = table_with_title_cell("Mistral 7B ([paper](https://arxiv.org/abs/2310.06825)))");
    assert_eq!(lines("malformed-link", &text).len(), 1);
    // A link inside parentheses of the cell's own text closes both.
    assert_quiet(&[
        "A title (see [code](https://github.com/a/b))",
        "A title ([paper](https://arxiv.org/abs/2101.00001))",
    ]);
}

#[test]
fn a_closing_bracket_after_a_link_that_no_bracket_opens_is_deleted() {
    // qiulinzhang/TopPaper: `[...](https://arxiv.org/abs/1904.07396)]`.
    let text = table_with_title_cell("[Objects as Points](https://arxiv.org/abs/1904.07396)]");
    let found = check("malformed-link", &text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].message.contains("a `]` after the link"),
        "{}",
        found[0].message
    );
    assert!(apply_fix(&text, &found[0]).contains("(https://arxiv.org/abs/1904.07396) |"));
    // Among bracketed links, the link lost its `[`.
    let text = table_with_title_cell(
        "A report.[[paper](https://arxiv.org/abs/2210.12113)][code](https://github.com/a/b)]",
    );
    let found = check("malformed-link", &text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(apply_fix(&text, &found[0])
        .contains("[[paper](https://arxiv.org/abs/2210.12113)][[code](https://github.com/a/b)] |"));
    // Brackets inside a link's text (`[[1]](...)`) make no bracketed link.
    let text = table_with_title_cell("[[1]](https://arxiv.org/abs/1904.07396)]");
    let found = check("malformed-link", &text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(apply_fix(&text, &found[0]).contains("[[1]](https://arxiv.org/abs/1904.07396) |"));
    // Two badges that touch are two images (Jason-cs18/awesome-avatar).
    assert_quiet(&[
        "[Code](https://github.com/a/b), ![Github stars](https://img.shields.io/github/stars/a/b.svg)![Github forks](https://img.shields.io/github/forks/a/b.svg)",
    ]);
    // A bracketed link closes its own bracket.
    assert_quiet(&[
        "[[Objects as Points](https://arxiv.org/abs/1904.07396)]",
        "Objects as Points [[paper](https://arxiv.org/abs/1904.07396)][[code](https://github.com/a/b)]",
    ]);
}

#[test]
fn an_opening_bracket_typed_twice_before_a_link_is_deleted() {
    // onejune2018/Awesome-LLM-Eval's `[[Source](https://github.com/isen-zhang/ACLUE)`.
    let text = table_with_title_cell(
        "A benchmark of ancient Chinese [[Source](https://github.com/isen-zhang/ACLUE)",
    );
    let found = check("malformed-link", &text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].is_safe_fixable());
    assert!(apply_fix(&text, &found[0]).contains(" Chinese [Source](https://github.com/"));
    // A bracketed link closes its own bracket; an escaped one is shown;
    // so is an escaped `]` ending the link's text (`[Web]` on purpose).
    assert_quiet(&[
        "A benchmark [[Source](https://github.com/isen-zhang/ACLUE)]",
        "A benchmark \\[[Source](https://github.com/isen-zhang/ACLUE)",
        "A benchmark [[Source\\]](https://github.com/isen-zhang/ACLUE)",
    ]);
    // Of two, the one left open is the stray.
    let text = table_with_title_cell(
        "A benchmark [[Paper](https://arxiv.org/abs/2301.00011)] [[Code](https://github.com/a/alpha)",
    );
    let found = check("malformed-link", &text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        apply_fix(&text, &found[0]).contains("[[Paper](https://arxiv.org/abs/2301.00011)] [Code](")
    );
}

#[test]
fn a_bracket_typed_twice_before_a_link_in_a_bullet() {
    // ExeCuteRunrunrun's dialogue list: `[[Code](...) CVPR2018`, and one
    // line where the second of three bracketed links is never closed.
    let text = "# L\n\n- [Dont Just Assume](https://arxiv.org/abs/1712.00377) [[Code](https://github.com/A/GVQA) CVPR2018\n\
                - [[A](https://a.org/a)], [[B](https://b.org/b), [[C](https://c.org/c)]\n\
                - \\[[D](https://d.org/d) shown on purpose, [[E](https://e.org/e)] closed\n";
    let found = check("malformed-link", text);
    assert_eq!(lines("malformed-link", text), [3, 4], "{found:?}");
    assert_eq!(
        apply_fix(text, &found[0]),
        text.replacen("[[Code]", "[Code]", 1)
    );
    // youngfish42/Awesome-FL: `[[Web\]](...)` closes its first `[` with
    // the escaped `]` its text ends with.
    let mirrored = "# L\n\n- Federated Learning Tutorial [[Web\\]](https://a.org/w) [[Slides\\]](https://a.org/s)\n";
    assert!(lines("malformed-link", mirrored).is_empty());
    // A bracket closed on the item's next line is closed.
    let wrapped = "# L\n\n- [[Paper](https://a.org/a),\n  [Code](https://b.org/b)]\n";
    assert!(lines("malformed-link", wrapped).is_empty());
    // The stray bracket is the second link's.
    let second = found[1].span.start;
    assert_eq!(&text[second..second + 3], "[[B");
}

#[test]
fn a_bracket_typed_thrice_before_a_link_in_a_bullet() {
    // hnuzhy/RobotManipulation: `[[[arxiv link](...)][[project link](...)]`,
    // one `]` for two `[` and the rest of the line balanced.
    let text = "# L

- **ACDC** Title [[openreview link](https://a.org/a)][[[arxiv link](https://arxiv.org/abs/2410.07408)][[project link](https://b.org/b)][`Stanford`]
                - **B** Title [[[arxiv link](https://arxiv.org/abs/2410.07409)]] closed twice
";
    let found = check("malformed-link", text);
    assert_eq!(lines("malformed-link", text), [3], "{found:?}");
    assert_eq!(
        apply_fix(text, &found[0]),
        text.replacen("[[[arxiv", "[[arxiv", 1)
    );
    // The first of the run is reported.
    let at = found[0].span.start;
    assert_eq!(&text[at..at + 4], "[[[a");
}

#[test]
fn a_bracket_typed_twice_after_a_link_in_a_bullet_or_paragraph() {
    // yangkky's protein list (paragraphs) and zeke-xie's bullets.
    let text = "# L\n\n**Title A.**\nAuthors.\n[10.1016/j.sbi.2021.01.008](https://doi.org/10.1016/j.sbi.2021.01.008)]\n\n\
                - Title B. In *ICML 2023*. [pdf](https://openreview.net/pdf?id=DnTuz0ziwN)]\n\
                - Title C. [[pdf](https://a.org/c)]] and [[D](https://a.org/d),\n  [E](https://a.org/e)]\n\
                - \\[[Paper](https://a.org/f)] shown on purpose, as is [x [G](https://a.org/g)]\n";
    let found = check("malformed-link", text);
    assert_eq!(lines("malformed-link", text), [5, 7, 8], "{found:?}");
    assert_eq!(
        apply_fix(text, &found[0]),
        text.replacen("008)]", "008)", 1)
    );
    // Of `]]` after a bracketed link, the second.
    assert_eq!(found[2].span.start, text.find("c)]]").unwrap() + 3);
    // Among bracketed links the link lost its `[`.
    let bracketed = "# L\n\n- Title. [[pdf](https://a.org/a)] [demo](https://a.org/b)]\n";
    let found = check("malformed-link", bracketed);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.contains("`[` that opens it is missing"));
    assert_eq!(
        apply_fix(bracketed, &found[0]),
        bracketed.replacen("[demo]", "[[demo]", 1)
    );
    // In a table, the cells' own check.
    let row =
        "| Title | Venue |\n|---|---|\n| [A Paper About Things](https://a.org/a)] | ICML 2023 |\n";
    assert_eq!(lines("malformed-link", row), [3]);
}

#[test]
fn a_closing_paren_after_a_link_outside_tables_that_nothing_opens_is_deleted() {
    // Round 65, DeepInDeeper's reading roadmap: `[[pdf]](http://...pdf)) **(note)**`.
    let text = "# T\n\n**[45]** Mnih, et al. \"**Playing atari**.\" [[pdf]](http://arxiv.org/pdf/1312.5602.pdf)) **(note)**\n\n\
                - [ref](https://arxiv.org/abs/1911.02620))\n";
    let found = check("malformed-link", text);
    assert_eq!(lines("malformed-link", text), [3, 5], "{found:?}");
    assert!(found[0]
        .message
        .contains("a `)` after the link is one too many"));
    let fixed = apply_fix(text, &found[0]);
    assert!(fixed.contains("1312.5602.pdf) **(note)**"), "{fixed}");
    // Parentheses the text opens itself, over lines of one item too, and an
    // address that holds a `(` of its own.
    for quiet in [
        "- A title (see [code](https://github.com/a/b))\n",
        "- A title ([paper](https://arxiv.org/abs/2101.00001)))\n  ",
        "- A title (with notes\n  and [code](https://github.com/a/b))\n",
        "- [Foo](https://en.wikipedia.org/wiki/Foo_(bar))\n",
        // eugeneyan/applied-ml: the link's text opens it.
        "- [Talk](https://a.org/b) [(Hopsworks Video](https://www.youtube.com/watch?v=T))\n",
    ] {
        let text = format!("# T\n\n{quiet}");
        let expected: &[usize] = if quiet.contains(")))") { &[3] } else { &[] };
        assert_eq!(lines("malformed-link", &text), expected, "{quiet}");
    }
}
