//! The mark that ends a plain title. Scanned by hand: a regex is compiled
//! on every run, and on a short list that costs more than the lint.

/// The first mark at or after `from` where a plain title ends: a link or
/// bracket, HTML, emphasis, code, a table pipe, an address, a full stop
/// before a space, or a dash between spaces.
pub(super) fn next_title_end(text: &str, from: usize) -> Option<usize> {
    let starts_with_space = |s: &str| s.starts_with(char::is_whitespace);
    text[from..].char_indices().find_map(|(i, c)| {
        let rest = &text[from + i + c.len_utf8()..];
        let ends = match c {
            '[' | '(' | '（' | '<' | '*' | '`' | '|' | '。' => true,
            'h' => rest.starts_with("ttp://") || rest.starts_with("ttps://"),
            '.' => starts_with_space(rest),
            c if c.is_whitespace() => rest
                .strip_prefix(['-', '–', '—'])
                .is_some_and(starts_with_space),
            _ => false,
        };
        ends.then_some(from + i)
    })
}

/// The hand scanners against the regexes they stand for, over every line of
/// the bundled lists and edge cases of each mark.
#[cfg(test)]
mod scanner_tests {
    use super::super::super::runs::after_marker;
    use super::super::leading_label::leading_label;
    use super::next_title_end;

    const EDGES: &[&str] = &[
        "- a",
        "-a",
        "  *\tb",
        "+  c",
        "1. x",
        "12) x",
        "1234. x",
        "12345. x",
        "1.x",
        "0) ",
        "\t- ",
        "a. b",
        "a.b",
        "x — y",
        "x\u{3000}–\u{a0}y",
        "x -y",
        "x- y",
        "ahttp://",
        "https:/",
        "http://a",
        "a（b",
        "a。b",
        "`c`",
        "a|b",
        "a<b",
        "a*b",
        "Ünï [x]",
        "end.",
        "end. ",
        "[CVPR 2023]: x",
        "[a] - b",
        "[a]\u{3000}–\u{a0}b",
        "[a] —b",
        "[a]  ：\tb",
        "**DSN**: x",
        "***(DC-LM)*** - x",
        ":fire: x",
        "19-ICCV-oral-x",
        "[![b](u)](v) x",
        "![b](u) x",
        "[a](b) x",
        "**a\nb** x",
    ];

    fn lines() -> Vec<String> {
        let mut lines: Vec<String> = EDGES.iter().map(|s| s.to_string()).collect();
        for list in ["fixtures/nas-seed.md", "fixtures/corpus"] {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(list);
            let files: Vec<_> = if path.is_dir() {
                let entries = std::fs::read_dir(&path).unwrap().flatten();
                entries
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "md"))
                    .collect()
            } else {
                vec![path]
            };
            for file in files {
                lines.extend(
                    std::fs::read_to_string(file)
                        .unwrap()
                        .lines()
                        .map(str::to_string),
                );
            }
        }
        assert!(lines.len() > 5_000, "the bundled lists were read");
        lines
    }

    #[test]
    fn scanners_find_what_the_regexes_found() {
        let marker = regex::Regex::new(r"^[ \t]*(?:[-*+]|[0-9]{1,4}[.)])[ \t]+").unwrap();
        let end = regex::Regex::new(r"[\[(（<*`|]|https?://|\.\s|。|\s[-–—]\s").unwrap();
        for line in lines() {
            assert_eq!(
                after_marker(&line),
                marker.find(&line).map(|m| m.end()),
                "{line:?}"
            );
            let mut from = 0;
            while from <= line.len() {
                let expected = end.find_at(&line, from).map(|m| m.start());
                assert_eq!(
                    next_title_end(&line, from),
                    expected,
                    "{line:?} from {from}"
                );
                let Some(found) = expected else { break };
                from = found + line[found..].chars().next().map_or(1, char::len_utf8);
            }
        }
    }

    #[test]
    fn the_label_reader_finds_what_the_regex_found() {
        let label = regex::Regex::new(
            r"^(?:\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)|!\[[^\]]*\]\([^)]*\)|\[[^\[\]()]*\]|:[a-z0-9_+-]+:|\*\*\*?[^*\n]+\*\*\*?|___?[^_\n]+___?|[0-9]{2}-[A-Za-z]{2,10}-(?:[a-z]{2,8}-)?|(?:19|20)[0-9]{2}(?:-[A-Za-z]{2,10}(?:_[A-Za-z]{1,4})?)? - |`[^`\n]{1,40}`)(?:\s*[:：\-–—]\s)?",
        )
        .unwrap();
        let mut labels = 0;
        for line in lines() {
            // Where plain_title asks: after the marker, after a space.
            let starts = line
                .char_indices()
                .filter(|&(i, _)| i == 0 || line[..i].ends_with(char::is_whitespace));
            for (at, _) in starts {
                let expected = label.find(&line[at..]).map(|m| m.as_str());
                labels += usize::from(expected.is_some());
                assert_eq!(leading_label(&line[at..]), expected, "{line:?} at {at}");
            }
        }
        assert!(labels > 1_000, "{labels} labels met");
    }
}
