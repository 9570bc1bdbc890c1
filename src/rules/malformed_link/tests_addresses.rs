//! Tests of malformed-link: addresses glued to a host, pasted after one,
//! with a repeated scheme or a mark before it, cut by safe fixes.

use super::tests::{fixed, table};
use crate::rules::testing::*;
use crate::Applicability;

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
        // tangzhenyu's detection list L30: the inner one lost its colon.
        (
            "[A](http://https//github.com/a/b)",
            "https://github.com/a/b",
        ),
    ] {
        let text = table(cell);
        let (after, applicability) = fixed(&text);
        assert_eq!(applicability, Applicability::Safe);
        assert_eq!(after, text.replace(&cell[4..cell.len() - 1], url), "{cell}");
    }
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
        // tzxiang: a digit typed before the scheme; Yuxing-Wang-THU: two
        // marks, the inner one closed.
        (
            "[A](1https://drive.google.com/file/d/abc)",
            "https://drive.google.com/file/d/abc",
        ),
        ("[A]([(https://github.com/a/b))", "https://github.com/a/b"),
        // Twins close from the end, the outermost mark's last.
        (
            "[A]({\"https://example.com/a.pdf\"})",
            "https://example.com/a.pdf",
        ),
        (
            "[A]([(https://example.com/b.pdf)])",
            "https://example.com/b.pdf",
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
                - [1] (see the appendix)\n\
                - [Paper](https://arxiv.org/abs/2210.00001) [[paper]] (https://arxiv.org/abs/2210.00430)\n\
                - [Models] (#models)\n\
                - [PixelRec]  (https://github.com/westlake-repl/PixelRec)\n";
    // NOVAglow646: a label in double brackets, `[[paper]] (https://...)`;
    // kjw0612's contents, `[Codes] (#codes)`; enoche's two spaces.
    assert_eq!(lines("malformed-link", text), [5, 7, 10, 11, 12]);
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
    // The only bracketed address of a list, two spaces before it.
    assert_eq!(
        lines(
            "malformed-link",
            "# Data\n\n- [PixelRec]  (https://github.com/a/b)\n"
        ),
        [3]
    );
    let one_left = text
        .replace(" [GitHub] (", " [GitHub](")
        .replace(" [[paper]] (", " [[paper]](")
        .replace(" [Models] (", " [Models](")
        .replace(" [PixelRec]  (", " [PixelRec](");
    let (fixed, applicability) = fixed(&one_left);
    assert_eq!(applicability, Applicability::Unsafe);
    assert!(fixed.contains("| [ECoT VLA](https://openreview.net/forum?id=S70MgnIA0v) |"));
}

#[test]
fn an_impossible_arxiv_id_in_an_html_anchor_is_reported() {
    // innovation-cat's federated-learning list writes its papers as HTML
    // table cells: `<a href="https://arxiv.org/pdf/2102.01936.pdf,">`.
    let text = "# FL\n\n<table>\n<tr><td>Papers</td><td>Venue</td></tr>\n\
        <tr><td><a href=\"https://arxiv.org/pdf/2102.01936.pdf,\">A bayesian federated learning framework</a></td><td>TPAMI</td></tr>\n\
        </table>\n\n\
        - <a href=\"https://arxiv.org/abs/2113.01234\">Impossible month paper title here</a> TPAMI\n\
        - <a href=\"https://arxiv.org/abs/2102.01936\">A paper that exists as linked</a> TPAMI\n";
    assert_eq!(lines("malformed-link", text), [5, 8]);
    let found = check("malformed-link", text);
    assert!(
        found[1].message.contains("month 13"),
        "{}",
        found[1].message
    );
}

#[test]
fn an_impossible_arxiv_id_in_a_bare_url_is_reported() {
    // mgg39/Quantum-tech-papers: the next item's title glued to an id that
    // GitHub shows as a link.
    let text = "# Papers\n\n\
        - Multiple Particle Interference and Quantum Error Correction - Andrew Steane\n       https://arxiv.org/abs/quant-ph/9601029Multiplexed quantum repeaters\n\
        - Why Philosophers Should Care About Computational Complexity - Scott Aaronson\n       https://arxiv.org/abs/1108.1791\n\
        - Causal Machine Learning: A Survey and Open Problems (https://arxiv.org/abs/2206.15475)(2022)\n\
        - In code: `https://arxiv.org/abs/2113.01234`\n\
        - [T](https://arxiv.org/abs/2112.01234) <!-- was https://arxiv.org/abs/2113.01234 -->\n\
        - Some Paper Title (https://arxiv.org/abs/2113.01234)\n\
        - Another Paper Title https://arxiv.org/abs/2106.09685\">\n";
    // GitHub shows `...2206.15475)(2022` as the link of line 7: broken too.
    assert_eq!(lines("malformed-link", text), [4, 7, 10]);
    let found = check("malformed-link", text);
    assert!(
        found[0].message.contains("Multiplexed"),
        "{}",
        found[0].message
    );
}

#[test]
fn an_address_cut_short_is_not_given_to_a_stranger() {
    // AlonzoLeeeooo/awesome-text-to-image-studies L266: `https://githu`
    // lost; `https://b.com/...` would be another site.
    let cut = |url: &str| format!("# L\n\n- PIXART-δ [[Code]]({url})\n");
    let found = check(
        "malformed-link",
        &cut("b.com/PixArt-alpha/PixArt-alpha?tab=readme-ov-file"),
    );
    assert_eq!(found.len(), 1, "{found:?}");
    let help = found[0].help.as_deref().unwrap_or_default();
    assert!(
        help.contains("`https://github.com/PixArt-alpha/PixArt-alpha?tab=readme-ov-file`"),
        "{help}"
    );
    assert!(help.contains("gitlab.com"), "{help}");
    assert!(found[0].fix.is_none());
    // One host ends so: the fix writes it, as a guess.
    let text = cut("ub.com/a/b");
    let found = check("malformed-link", &text);
    let fix = found[0].fix.as_ref().expect("a fix");
    assert_eq!(fix.applicability, Applicability::Unsafe);
    assert!(apply_fix(&text, &found[0]).contains("[[Code]](https://github.com/a/b)"));
    // A host known with and without `www.` is one host.
    let text = cut("xiv.org/abs/2401.05252");
    let found = check("malformed-link", &text);
    assert!(apply_fix(&text, &found[0]).contains("(https://arxiv.org/abs/2401.05252)"));
    // A host of its own under a known one's domain is only missing its scheme.
    let found = check("malformed-link", &cut("google.com/search?q=a"));
    assert!(
        found[0]
            .message
            .starts_with("the URL `google.com/search?q=a` has no `https://`, so"),
        "{found:?}"
    );
}

#[test]
fn several_addresses_in_one_link_are_reported() {
    // TianxingChen's embodied-AI guide: `CNN：[link](...；ResNet：https://...)`.
    for url in [
        "https://easyai.tech/cnn/；ResNet：https://www.bilibili.com/video/BV1P3411y7nn",
        "https://zhuanlan.zhihu.com/p/617510702；2024：https://zhuanlan.zhihu.com/p/700895749",
        "https://lab.org/a;https://lab.org/b",
        "https://lab.org/a,https://lab.org/b",
        "https://lab.org/a;HTTPS://lab.org/b",
    ] {
        let text = table_with_title_cell(&format!("[A]({url})"));
        let found = check("malformed-link", &text);
        assert_eq!(found.len(), 1, "{url}: {found:?}");
        assert!(
            found[0].message.contains("several addresses"),
            "{}",
            found[0].message
        );
        assert!(!found[0].is_safe_fixable());
    }
    // A label's colon alone, a query or a path may hold an address on purpose.
    for url in [
        "https://example.com/go:https://lab.org/a",
        "https://example.com/a?list=x;https://lab.org/a",
        "https://web.archive.org/web/2020/https://lab.org/a",
    ] {
        let text = table_with_title_cell(&format!("[A]({url})"));
        assert!(lines("malformed-link", &text).is_empty(), "{url}");
    }
}
