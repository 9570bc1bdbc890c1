use crate::rules::testing::*;

fn table(title_cell: &str) -> String {
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

fn fixed(text: &str) -> (String, Applicability) {
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
fn an_address_glued_to_a_host_is_cut_by_a_safe_fix() {
    // mtuann/backdoor-ai-resources: `https://openreview.nethttps://arxiv.org/pdf/2211.12044`.
    for (url, fixed) in [
        (
            "https://openreview.nethttps://arxiv.org/pdf/2211.12044",
            "https://arxiv.org/pdf/2211.12044",
        ),
        (
            "https://example.comhttp://lab.org/paper.pdf",
            "http://lab.org/paper.pdf",
        ),
    ] {
        let text = table_with_title_cell(&format!("[A]({url})"));
        let found = check("malformed-link", &text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].is_safe_fixable());
        assert!(apply_fix(&text, &found[0]).contains(&format!("[A]({fixed})")));
    }
    // Glued to a path (auniquesun/pointer): the same address twice is cut
    // safely; another page before it leaves the choice to the author.
    let text = table_with_title_cell(
        "[A](https://github.com/HaochengWan/PVThttps://github.com/HaochengWan/PVT)",
    );
    let found = check("malformed-link", &text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].is_safe_fixable());
    assert!(apply_fix(&text, &found[0]).contains("[A](https://github.com/HaochengWan/PVT)"));
    let text = table_with_title_cell("[A](https://lab.org/paperhttps://arxiv.org/abs/2101.00001)");
    let found = check("malformed-link", &text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(!found[0].is_safe_fixable());
    // A second address in the query, the fragment or the path is the site's to read.
    for url in [
        "https://example.com/redirect?to=https://lab.org/a",
        "https://example.com?url=https://lab.org/a",
        "https://example.com#https://lab.org/a",
        "https://web.archive.org/web/2020/https://lab.org/a",
        "https://example.com/go?q=xhttps://lab.org/a",
    ] {
        let text = table_with_title_cell(&format!("[A]({url})"));
        assert!(lines("malformed-link", &text).is_empty(), "{url}");
    }
}

#[test]
fn an_address_pasted_after_a_known_host_is_cut_by_a_safe_fix() {
    // bionlplab's `https://doi.org/https://doi.org/10.1186/...`.
    let text =
        table_with_title_cell("[A](https://doi.org/https://doi.org/10.1186/s12874-023-01916-6)");
    let found = check("malformed-link", &text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].is_safe_fixable());
    assert!(apply_fix(&text, &found[0]).contains("[A](https://doi.org/10.1186/s12874-023-01916-6)"));
    // An inner address that leads nowhere gets no fix to nothing.
    for url in [
        "https://doi.org/https://",
        "https://doi.org/https://doi.org",
    ] {
        let text = table_with_title_cell(&format!("[A]({url})"));
        assert!(
            check("malformed-link", &text)
                .iter()
                .all(|d| !d.is_safe_fixable()),
            "{url}"
        );
    }
    // A redirect service or an archive takes an address there on purpose.
    for url in [
        "https://bit.ly/https://example.com/a",
        "https://web.archive.org/web/2020/https://example.com/a",
    ] {
        let text = table_with_title_cell(&format!("[A]({url})"));
        assert!(lines("malformed-link", &text).is_empty(), "{url}");
    }
}

#[test]
fn a_repeated_scheme_is_removed_by_a_safe_fix() {
    for (cell, url) in [
        (
            "[A](https://https://arxiv.org/abs/2305.11627)",
            "https://arxiv.org/abs/2305.11627",
        ),
        (
            "[A](http://https://github.com/a/b)",
            "https://github.com/a/b",
        ),
        (
            "[A](HTTPS://https://github.com/a/b)",
            "https://github.com/a/b",
        ),
        // Pasted twice without the first one's separator.
        (
            "[A](httpshttps://github.com/gyxxyg/TRACE)",
            "https://github.com/gyxxyg/TRACE",
        ),
        ("[A](httphttp://example.org/a)", "http://example.org/a"),
    ] {
        let text = table(cell);
        let (after, applicability) = fixed(&text);
        assert_eq!(applicability, Applicability::Safe);
        assert_eq!(after, text.replace(&cell[4..cell.len() - 1], url), "{cell}");
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
fn a_mark_before_the_scheme_is_removed_by_a_safe_fix() {
    // lambda7xx/awesome-AI-system: `({https://arxiv.org/abs/2506.08276)`.
    for (cell, url) in [
        (
            "[A]({https://arxiv.org/abs/2506.08276)",
            "https://arxiv.org/abs/2506.08276",
        ),
        (
            "[A]({https://example.com/a.pdf})",
            "https://example.com/a.pdf",
        ),
        (
            "[A](\"https://example.com/a.pdf\")",
            "https://example.com/a.pdf",
        ),
    ] {
        let text = table(cell);
        let found = check("malformed-link", &text);
        assert_eq!(found.len(), 1, "{cell}: {found:?}");
        assert!(found[0].message.contains("before its scheme"), "{cell}");
        assert_eq!(
            fixed(&text),
            (
                text.replace(&cell[4..cell.len() - 1], url),
                Applicability::Safe
            )
        );
    }
    // A closing brace that belongs to a pair inside the URL stays; the
    // mark's own twin goes.
    for (cell, url) in [
        (
            "[A]({https://example.com/a/{g})",
            "https://example.com/a/{g}",
        ),
        (
            "[A]({https://example.com/a/{g}})",
            "https://example.com/a/{g}",
        ),
        (
            "[A](\"https://example.com/a?q=\"x\"\")",
            "https://example.com/a?q=\"x\"",
        ),
    ] {
        let (after, _) = fixed(&table(cell));
        assert_eq!(after, table(&format!("[A]({url})")), "{cell}");
    }
    // A mark before a folder's name is a path of the repository.
    assert!(lines("malformed-link", &table("[A]({notes}/a.md)")).is_empty());
}

#[test]
fn a_hosting_domain_without_a_sites_name_is_reported() {
    // MLNLP-World's COLING list: `[https://github.io/spider/2](https://github.io/spider/2)`.
    let text = table_with_title_cell("[A](https://arxiv.org/abs/2011.01234)").replace(
        "[Code](https://github.com/a/b)",
        "[Code](https://github.io/spider/2)",
    );
    let found = check("malformed-link", &text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].message.contains("`github.io` alone"),
        "{}",
        found[0].message
    );
    assert!(found[0].fix.is_none());
    // A site's own address is fine.
    for url in [
        "https://spider.github.io/2",
        "https://github.com/io/spider",
        "https://docs.readthedocs.io/en/",
        // The domain's own front page.
        "https://github.io/",
    ] {
        let text = table_with_title_cell("[A](https://arxiv.org/abs/2011.01234)")
            .replace("[Code](https://github.com/a/b)", &format!("[Code]({url})"));
        assert!(check("malformed-link", &text).is_empty(), "{url}");
    }
}

#[test]
fn a_path_glued_to_a_known_host_gets_its_slash() {
    // friedrichor's `[Code](https://github.comMay2333/FDCA)`.
    let with_code = |url: &str| {
        table_with_title_cell("[A](https://arxiv.org/abs/2011.01234)")
            .replace("[Code](https://github.com/a/b)", &format!("[Code]({url})"))
    };
    let text = with_code("https://github.comMay2333/FDCA");
    let found = check("malformed-link", &text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].is_safe_fixable());
    assert!(apply_fix(&text, &found[0]).contains("[Code](https://github.com/May2333/FDCA)"));
    // A longer host of its own, or a lower-case letter that may be one.
    for url in [
        "https://github.community/t/x",
        "https://arxiv.orgx/abs/1",
        "https://github.com/May2333/FDCA",
        // An address inside another's query is that site's to read.
        "docs/a?u=https://github.comX",
    ] {
        assert!(check("malformed-link", &with_code(url)).is_empty(), "{url}");
    }
}

#[test]
fn outside_tables_the_address_checks_run_too() {
    // A list's bullets link as its rows do.
    for (url, says) in [
        (
            "https://www.google.com/search?q=https://github.com/a/b",
            "opens a search",
        ),
        ("https://github.io/spider/2", "`github.io` alone"),
        ("https://github.comMay2333/FDCA", "no `/` after its host"),
    ] {
        let text = format!("# List\n\n- [Code]({url})\n");
        let found = check("malformed-link", &text);
        assert_eq!(found.len(), 1, "{url}: {found:?}");
        assert!(found[0].message.contains(says), "{}", found[0].message);
    }
}

#[test]
fn a_space_between_the_brackets_and_the_address_is_no_link() {
    // hk-zh's `| | [ECoT VLA] (https://openreview.net/...) |`, a bullet's
    // `[GitHub] (https://github.com/...)`.
    let text = "# Models\n\n| Year | Model | Date |\n|---|---|---|\n\
                | | [ECoT VLA] (https://openreview.net/forum?id=S70MgnIA0v) | 2024-07 |\n\n\
                - [Paper](https://arxiv.org/abs/2301.12503) [GitHub] (https://github.com/a/b)\n\
                - `[Code] (https://github.com/a/b)` and <!-- [Old] (https://x.org/a) -->\n\
                - [1] (see the appendix)\n";
    assert_eq!(lines("malformed-link", text), [5, 7]);
    // A checkbox, escaped brackets, a footnote and a defined reference are
    // no link's text.
    let others = "# Reading\n\n- [ ] (https://arxiv.org/abs/2301.00001) read this\n\
                  - [x] (https://arxiv.org/abs/2301.00002) read\n\
                  - \\[text\\] (https://example.com/x)\n\
                  - shown before[^1] (https://example.com/y)\n\
                  - [Transformer] (https://example.com/z)\n\n\
                  [^1]: a note\n[transformer]: https://arxiv.org/abs/1706.03762\n";
    assert!(
        lines("malformed-link", others).is_empty(),
        "{:?}",
        check("malformed-link", others)
    );
    let (fixed, applicability) = fixed(&text.replace(" [GitHub] (", " [GitHub]("));
    assert_eq!(applicability, Applicability::Unsafe);
    assert!(fixed.contains("| [ECoT VLA](https://openreview.net/forum?id=S70MgnIA0v) |"));
}
