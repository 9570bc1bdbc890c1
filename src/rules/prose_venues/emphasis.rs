//! A venue in italics or bold with its year after the closing mark (`in
//! *Proc. ACL*, 2024.`, `*NeurIPS*, 2023`, `**ICLR** 2021`): a list that sets
//! every venue so names it as plainly as without the marks.

use super::mention::{mention_read_as, LineMarks, ProseVenue};
use crate::knowledge::Knowledge;
use std::sync::LazyLock;

/// A name, a comma it may keep inside the marks (`*Proc. ACL,* 2024`), the
/// closing mark, then a space or a mark and its year (a mark between a
/// letter and a digit, `NIPS_2019.pdf`, closes nothing).
static EMPHASISED_NAME_AND_YEAR: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"(?P<name>[A-Za-z][A-Za-z&]{2,15}),?(?P<mark>\*{1,2}|_{1,2})(?:[,.] ?| )(?P<year>(?:19|20)[0-9]{2})",
    )
    .expect("valid regex")
});

/// The emphasised mentions of `line` (which starts at `start` in the
/// document), each read as its name and year without the marks.
pub(super) fn emphasised_mentions(
    line: &str,
    marks: &LineMarks,
    start: usize,
    knowledge: &Knowledge,
) -> Vec<ProseVenue> {
    if !line.contains(['*', '_']) {
        return Vec::new();
    }
    EMPHASISED_NAME_AND_YEAR
        .captures_iter(line)
        .filter_map(|found| {
            let (name, mark, year) = (
                found.name("name")?,
                found.name("mark")?,
                found.name("year")?,
            );
            if !closes_emphasis(&line[..name.start()], mark.as_str()) {
                return None;
            }
            let read_as = format!("{} {}", name.as_str(), year.as_str());
            let mut mention = mention_read_as(
                line,
                marks,
                start,
                name.start()..year.end(),
                &read_as,
                knowledge,
            )?;
            mention.quoted = mention.text.replace(['*', '_'], "");
            Some(mention)
        })
        .collect()
}

/// Whether `mark` after the text `before` closes an emphasis it opened:
/// the marks before it, the item's own marker aside, leave one open.
fn closes_emphasis(before: &str, mark: &str) -> bool {
    let text = before.trim_start();
    let text = text
        .strip_prefix(['*', '-', '+'])
        .filter(|rest| rest.starts_with([' ', '\t']))
        .unwrap_or(text);
    let Some(mark_char) = mark.chars().next() else {
        return false;
    };
    let marks = marks_in_words(text, mark_char);
    marks >= mark.len() && (marks - mark.len()) % 2 == 0
}

/// How many times `mark` stands in `text` outside link addresses, bare
/// URLs and code spans (`[x](https://github.com/org/awesome_repo)`).
fn marks_in_words(text: &str, mark: char) -> usize {
    let mut count = 0;
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let skip = if rest.starts_with("](") {
            rest.find(')').map_or(rest.len(), |at| at + 1)
        } else if c == '`' {
            rest[1..].find('`').map_or(rest.len(), |at| at + 2)
        } else if rest.starts_with("http://") || rest.starts_with("https://") {
            rest.find(char::is_whitespace).unwrap_or(rest.len())
        } else {
            count += usize::from(c == mark);
            c.len_utf8()
        };
        rest = &rest[skip..];
    }
    count
}

#[cfg(test)]
mod tests {
    use super::closes_emphasis;

    #[test]
    fn a_mark_closes_only_an_emphasis_it_opened() {
        assert!(closes_emphasis("- \"Title\", in *Proc. ", "*"));
        assert!(closes_emphasis("* \"Title\", in *Under Review. ", "*"));
        assert!(closes_emphasis("1. **Title** by A, in _", "_"));
        assert!(closes_emphasis("- **", "**"));
        // A stray star after a bold title opens nothing.
        assert!(!closes_emphasis("- **Title** then ", "*"));
        assert!(!closes_emphasis("* Title ", "*"));
        // Underscores in an address or code are no marks.
        assert!(!closes_emphasis(
            "- [Title](https://github.com/org/awesome_repo) slides: ",
            "_"
        ));
        assert!(!closes_emphasis(
            "- `my_file` and https://a.org/x_y then ",
            "_"
        ));
    }
}
