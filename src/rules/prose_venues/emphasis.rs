//! A venue in italics or bold with its year after the closing mark (`in
//! *Proc. ACL*, 2024.`, `*NeurIPS*, 2023`, `**ICLR** 2021`): a list that sets
//! every venue so names it as plainly as without the marks.

use super::mention::{mention_read_as, ProseVenue};
use crate::knowledge::Knowledge;
use std::sync::LazyLock;

/// A name, a comma it may keep inside the marks (`*Proc. ACL,* 2024`), the
/// closing mark, then its year.
static EMPHASISED_NAME_AND_YEAR: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"(?P<name>[A-Za-z][A-Za-z&]{2,15}),?(?P<mark>\*{1,2}|_{1,2})[,.]? ?(?P<year>(?:19|20)[0-9]{2})",
    )
    .expect("valid regex")
});

/// The emphasised mentions of `line` (which starts at `start` in the
/// document), each read as its name and year without the marks.
pub(super) fn emphasised_mentions(
    line: &str,
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
            mention_read_as(line, start, name.start()..year.end(), &read_as, knowledge)
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
    let marks = text.chars().filter(|&c| c == mark_char).count();
    marks >= mark.len() && (marks - mark.len()) % 2 == 0
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
    }
}
