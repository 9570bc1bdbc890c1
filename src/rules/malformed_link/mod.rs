use super::{Context, Rule, RuleMeta};
use crate::diagnostic::Diagnostic;
use crate::knowledge::ids::{arxiv_link, ArxivLink};
use crate::knowledge::text::count;
use crate::span::Span;
use std::sync::LazyLock;

mod destination;
mod empty;
mod finding;
mod hosts;
mod nested;
mod written;

use finding::diagnostic;
use written::written_link_problem;

pub struct MalformedLink;

use crate::registry::lint::MALFORMED_LINK as META;

/// Link syntax as written, for links Markdown did not accept.
static LINK_SYNTAX: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    crate::pattern::ascii_bytes(r"\[[^\]\n]*\]\(([^)\n]*)\)").expect("valid regex")
});

/// Each `[text](url)` written on one line of `text`: its byte range and URL.
fn written_links(text: &str) -> impl Iterator<Item = (std::ops::Range<usize>, &str)> {
    LINK_SYNTAX
        .captures_iter(text.as_bytes())
        .filter_map(move |c| Some((c.get(0)?.range(), crate::pattern::matched(text, c.get(1))?)))
}

impl Rule for MalformedLink {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let text = cx.document.text;
        for link in &cx.document.prose_links {
            if let Some(d) = written_link_problem(text, link.span, &link.url) {
                out.push(d);
            }
            out.extend(empty::empty_title_link(cx.knowledge, link));
            out.extend(destination::impossible_arxiv_id(&link.url, link.span));
        }
        spaced_links_outside_paper_tables(cx, out);
        for r in cx.rows() {
            for cell in r.row.cells() {
                for link in cell.links() {
                    // An empty URL the list writes on purpose (`[Coming soon]()`).
                    if cx.profile.empty_links.intended(cx.knowledge, text, &link) {
                        continue;
                    }
                    if let Some(d) = nested::nested_link(text, link.span, link.url) {
                        out.push(d);
                    } else if let Some(problem) = problem_with(link.url) {
                        out.push(diagnostic(link.span, problem));
                    } else if let Some(d) = destination::bare_number(text, &link) {
                        out.push(d);
                    } else if text.as_bytes().get(link.span.start) == Some(&b'[') {
                        // Written as a link (not a bare URL that GitHub links by itself).
                        out.extend(written_link_problem(text, link.span, link.url));
                    }
                }
                // Only link syntax that Markdown did not turn into a link is of interest.
                let written = count(cell.raw(), "](");
                let parsed = cell
                    .links()
                    .filter(|l| r.text.as_bytes().get(l.span.start) == Some(&b'['))
                    .count();
                if written <= parsed {
                    continue;
                }
                for (whole, url) in written_links(cell.raw()) {
                    let start = cell.span().start + whole.start;
                    let url = url.trim();
                    let parsed = cell
                        .links()
                        .any(|l| l.span.start <= start && start < l.span.end);
                    let after = &cell.raw()[whole.end..];
                    if !parsed && spaced(url, after) {
                        let span = Span::new(start, cell.span().start + whole.end);
                        out.push(
                            diagnostic(
                                span,
                                format!("the URL `{url}` contains a space, so this is not a link"),
                            )
                            .with_help("remove the space, or write it as %20"),
                        );
                    }
                }
            }
        }
    }
}

/// Link syntax that Markdown did not accept because its URL holds a space,
/// outside the paper tables (whose cells are checked above): dataset
/// tables, bullet lists. Code blocks, code spans and comments are skipped.
fn spaced_links_outside_paper_tables(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let document = cx.document;
    let text = document.text;
    if !text.contains("](") {
        return;
    }
    let mut tables = &document.tables[..];
    let mut fence: Option<(u8, usize)> = None;
    let mut offset = 0;
    // Whether an HTML comment opened on an earlier line is still open:
    // GitHub shows nothing of it (a template row between `<!--` and `-->`).
    let mut comment_open = false;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let open_before = comment_open;
        let indented = line.len() - line.trim_start_matches(' ').len();
        let marker = line.trim_start_matches(' ');
        let run = |c: u8| marker.bytes().take_while(|&b| b == c).count();
        // Inside a comment no fence or indented code begins.
        match fence {
            _ if open_before => {}
            Some((c, n)) => {
                if indented < 4 && run(c) >= n && marker[run(c)..].trim().is_empty() {
                    fence = None;
                }
                continue;
            }
            None if indented < 4 && (run(b'`') >= 3 || run(b'~') >= 3) => {
                let c = if run(b'`') >= 3 { b'`' } else { b'~' };
                fence = Some((c, run(c)));
                continue;
            }
            None if indented >= 4 && !line.trim_start().starts_with('|') => continue,
            None => {}
        }
        comment_open = comment_open_after(line, open_before);
        // Tables are in document order: skip those that ended before this line.
        while tables.first().is_some_and(|t| t.span.end <= start) {
            tables = &tables[1..];
        }
        let in_paper_table = tables.first().is_some_and(|t| t.span.start <= start);
        if in_paper_table || !line.contains("](") {
            continue;
        }
        for (whole, url) in written_links(line) {
            let url = url.trim();
            if !spaced(url, &line[whole.end..]) {
                continue;
            }
            let before = &line[..whole.start];
            let in_code = before.bytes().filter(|&b| b == b'`').count() % 2 == 1;
            let in_comment = comment_open_after(before, open_before);
            let at = start + whole.start;
            let parsed = document
                .prose_links
                .iter()
                .any(|l| l.span.start <= at && at < l.span.end);
            if in_code || in_comment || parsed {
                continue;
            }
            out.push(
                diagnostic(
                    Span::new(at, start + whole.end),
                    format!("the URL `{url}` contains a space, so this is not a link"),
                )
                .with_help("remove the space, or write it as %20"),
            );
        }
    }
}

/// Whether an HTML comment is open at the end of `text` (a line, or the
/// start of one), given whether one was open at its start. A `<!--` inside
/// a code span opens nothing.
fn comment_open_after(text: &str, mut open: bool) -> bool {
    let mut from = 0;
    loop {
        let next = if open { "-->" } else { "<!--" };
        let Some(at) = text[from..].find(next).map(|at| from + at) else {
            return open;
        };
        from = at + next.len();
        let in_code = text[..at].bytes().filter(|&b| b == b'`').count() % 2 == 1;
        if open || !in_code {
            open = !open;
        }
    }
}

/// Whether the inside of `(...)` in written link syntax is a URL with a
/// space, not a URL followed by a link title (`(url "title")`, `(url
/// 'title')`, `(url (title))`). `after` is the line after the `)` that
/// ended the syntax, which the `(title)` form continues into.
fn spaced(inside: &str, after: &str) -> bool {
    if inside.starts_with('<') || !inside.contains(char::is_whitespace) {
        return false;
    }
    let Some((_, title)) = inside.split_once(char::is_whitespace) else {
        return true;
    };
    let title = title.trim_start();
    let quoted = |q: char| {
        title.len() >= 2
            && title.starts_with(q)
            && title.ends_with(q)
            && !title[1..title.len() - 1].contains(q)
    };
    let parenthesised =
        title.starts_with('(') && !title[1..].contains(['(', ')']) && after.starts_with(')');
    !(quoted('"') || quoted('\'') || parenthesised)
}

fn problem_with(url: &str) -> Option<String> {
    if url.trim().is_empty() {
        return Some("the link has an empty URL".to_string());
    }
    match arxiv_link(url) {
        Some(ArxivLink::Malformed { written, reason }) => {
            Some(format!("arXiv id `{written}` cannot exist: {reason}"))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
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
                    - [Site](https://example.com)\n- [v1.2](releases/v1.2)\n";
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
}
