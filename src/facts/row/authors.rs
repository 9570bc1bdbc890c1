//! The first author a title cell names on a line of its own (`[**Title**](...)
//! <br>C. Liu, J. Zhang, and Z. Shi <br>`): a paper renamed after review
//! keeps its first author, so two titles on one link with two first
//! authors are two papers.

use crate::document::{Role, Row, Table};

/// The words of the first author's name (initials left out) in the row's
/// title cell, if the cell has a line that reads as a list of authors.
pub fn first_author<'r>(table: &Table<'_>, row: Row<'r, '_>) -> Option<Vec<&'r str>> {
    let cell = row.cell_of(table.column(Role::Title))?;
    author_lines(cell.raw()).find_map(first_author_of)
}

/// The lines of a cell between its line-break tags (`<br>`, `<br/>`,
/// `<br />`), trimmed of spaces and emphasis.
fn author_lines(raw: &str) -> impl Iterator<Item = &str> {
    let mut rest = raw;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let lower_at = find_break(rest);
        let (line, after) = match lower_at {
            Some((start, end)) => (&rest[..start], &rest[end..]),
            None => (rest, ""),
        };
        rest = after;
        Some(line.trim().trim_matches(['*', '_']).trim())
    })
}

/// Where the next line-break tag starts and ends.
fn find_break(text: &str) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let start = (0..bytes.len().saturating_sub(2))
        .find(|&at| bytes[at] == b'<' && bytes[at + 1..at + 3].eq_ignore_ascii_case(b"br"))?;
    let end = text[start..].find('>')? + start + 1;
    Some((start, end))
}

/// The first author's name words, when `line` is a list of two names or
/// more (`Z. Huang, H. Yan, Q. Zhan`, `Huo, Chunlei; Chen, Keming`), each
/// of one to four capitalised words or initials, most of them of two words
/// or more (`Code, Data` and `CVPR, ICCV` name no one). Marks on a name
/// (`Li†`, `Wong¹`, `Zhang*`) are no part of it.
fn first_author_of(line: &str) -> Option<Vec<&str>> {
    if line.contains(['[', ']', '(', ')', '<', '|', ':']) {
        return None;
    }
    let separator = if line.contains(';') { ';' } else { ',' };
    let names: Vec<&str> = line
        .trim_end_matches('.')
        .split(separator)
        .map(|name| {
            let name = name.trim();
            name.strip_prefix("and ").unwrap_or(name).trim()
        })
        .filter(|name| !name.is_empty() && *name != "et al")
        .collect();
    if names.len() < 2 || !names.iter().all(|name| reads_as_a_name(name)) {
        return None;
    }
    let parts = |name: &str| name.split([' ', ',']).filter(|w| !w.is_empty()).count();
    if 2 * names.iter().filter(|name| parts(name) >= 2).count() <= names.len() {
        return None;
    }
    let words: Vec<&str> = names[0]
        .split([' ', ',', '.'])
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
        .filter(|w| w.chars().count() > 1)
        .collect();
    (!words.is_empty()).then_some(words)
}

/// One to four words, each capitalised (`Chen-Yang`, `O'Neil`), an
/// initial (`Z.`) or a particle (`van`, `de`); no acronym of three capitals
/// or more (`CVPR`), which names no one.
fn reads_as_a_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let acronym = |w: &str| w.chars().filter(|c| c.is_uppercase()).count() >= 3;
    (1..=4).contains(&words.len())
        && words.iter().all(|w| {
            (w.starts_with(char::is_uppercase) && !acronym(w))
                || matches!(
                    *w,
                    "van" | "von" | "de" | "der" | "da" | "di" | "del" | "la" | "le"
                )
        })
}

/// Whether two first authors are two people: no word of one name is a
/// word of the other (`Liu` and `Chen-Yang Liu` may be one person).
pub fn other_first_author(a: &[&str], b: &[&str]) -> bool {
    !a.iter()
        .any(|x| b.iter().any(|y| x.eq_ignore_ascii_case(y)))
}

#[cfg(test)]
mod tests {
    use super::{author_lines, first_author_of, other_first_author};

    fn first(raw: &str) -> Option<Vec<&str>> {
        author_lines(raw).find_map(first_author_of)
    }

    #[test]
    fn the_first_author_is_read_from_a_line_of_names() {
        let cell = "![Star](https://img.shields.io/x.svg) <br>[**A Survey on Remote Sensing**](https://arxiv.org/abs/2412.02573) <br>Z. Huang, H. Yan, Q. Zhan <br>";
        assert_eq!(first(cell), Some(vec!["Huang"]));
        let cell = "[**T**](https://a.org) <BR/>Huo, Chunlei; Chen, Keming; Zhang, Shuaihao.<br>";
        assert_eq!(first(cell), Some(vec!["Huo", "Chunlei"]));
        let cell = "[**T**](https://a.org) <br>C. Liu, J. Zhang, and Z. Shi";
        assert_eq!(first(cell), Some(vec!["Liu"]));
        // A note or one name is no list of authors.
        assert_eq!(
            first("[**T**](https://a.org) <br>Code: see below, soon"),
            None
        );
        assert_eq!(
            first("[**T**](https://a.org) <br>the official code, and data"),
            None
        );
        assert_eq!(first("[**T**](https://a.org) <br>Zhang"), None);
        assert_eq!(first("[**T**](https://a.org) <br>Code, Data"), None);
        assert_eq!(
            first("[**T**](https://a.org) <br>CVPR Oral, ICCV Workshop"),
            None
        );
        assert_eq!(first("[**T**](https://a.org) <br>CL, CW, SZ"), None);
        // Marks on a name are no part of it.
        let cell = "[**T**](https://a.org) <br>Chunyuan Li†, Cliff Wong¹, Sheng Zhang";
        assert_eq!(first(cell), Some(vec!["Chunyuan", "Li"]));
        assert_eq!(first("Plain title, no break"), None);
    }

    #[test]
    fn first_authors_sharing_a_name_word_may_be_one_person() {
        assert!(!other_first_author(&["Chen-Yang", "Liu"], &["Liu"]));
        assert!(other_first_author(&["Huang"], &["Liu"]));
    }
}
