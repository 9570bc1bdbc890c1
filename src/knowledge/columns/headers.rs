//! Header texts as the roles compare them: case, spaces, padding entities
//! and decorations folded, and the names a joined header holds.

use crate::knowledge::text::fold_spaces_and_case;
use crate::knowledge::Role;

/// The names a header joins with `/`, `&`, `+`, `,` or ` and ` (normalised
/// header), when it joins two or more.
pub(super) fn joined_parts(header: &str) -> Option<Vec<&str>> {
    let parts: Vec<&str> = header
        .split(['/', '&', '+', ','])
        .flat_map(|part| part.split(" and "))
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect();
    (parts.len() >= 2).then_some(parts)
}

/// HTML entities that write a space, as header padding.
const SPACE_ENTITIES: [&str; 5] = ["&nbsp;", "&ensp;", "&emsp;", "&#160;", "&#xa0;"];

/// The first column without a role whose (normalised) header passes `test`.
pub(super) fn first_unassigned(
    headers: &[String],
    assigned: &[Option<Role>],
    test: impl Fn(&str) -> bool,
) -> Option<usize> {
    (0..headers.len()).find(|&column| assigned[column].is_none() && test(&headers[column]))
}

pub(super) fn header_matches(name: &str, header: &str) -> bool {
    match name.strip_suffix('*') {
        Some(prefix) => header.starts_with(prefix),
        None => name == header,
    }
}

/// Whether no name can match `header` by its first letter. A header that
/// opens with an ASCII letter or digit keeps it first, in lower case, in
/// its normal form (only marks, spaces and symbols are dropped, and case
/// folded): a name must open with it, or be a bare `*`. Most texts tested
/// for every row (a venue cell) are thus told apart without normalising
/// them, which cost more than the rest of the test.
pub(super) fn first_letter_rules_out(names: &[String], header: &str) -> bool {
    let Some(first) = header.bytes().next().filter(u8::is_ascii_alphanumeric) else {
        return false;
    };
    let first = first.to_ascii_lowercase();
    !names.iter().any(|name| {
        let name = name.strip_suffix('*').unwrap_or(name);
        name.bytes().next().is_none_or(|b| b == first)
    })
}

/// Case and spaces folded, and an emoji or symbol before or after the
/// words dropped (`📄Paper`, `:memo: Title`, `Paper 🔗`): a decoration,
/// not part of the name. ASCII punctuation stays (`model(s)`, `#`).
pub(super) fn normalise_header(header: &str) -> String {
    if is_plainly_normal(header) || is_normal_in_any_script(header) {
        return header.to_string();
    }
    normalise_any_header(header)
}

fn normalise_any_header(header: &str) -> String {
    // `&nbsp;Paper&nbsp;&nbsp;`: spaces written as entities to widen the column.
    let unpadded;
    let header = if header.contains('&') {
        unpadded = SPACE_ENTITIES
            .iter()
            .fold(header.to_string(), |h, entity| h.replace(entity, " "));
        unpadded.as_str()
    } else {
        header
    };
    let decoration = |c: char| !c.is_ascii() && !c.is_alphanumeric();
    let mut header = header.trim_matches(|c: char| c.is_whitespace() || decoration(c));
    // `Date (↓)`, `Year (⬇)`: brackets around a symbol say how the rows are
    // sorted, not what the column holds.
    if let Some(inside) = header.strip_suffix(')').and_then(|h| h.rsplit_once('(')) {
        if inside.1.chars().all(|c| c.is_whitespace() || decoration(c)) {
            header = inside.0.trim_end();
        }
    }
    // A GitHub emoji short code, `:page_facing_up:`.
    while let Some(rest) = header.strip_prefix(':') {
        match rest.split_once(':') {
            Some((code, after))
                if !code.is_empty()
                    && code.chars().all(|c| {
                        c.is_ascii_lowercase() || c.is_ascii_digit() || "_+-".contains(c)
                    }) =>
            {
                header = after.trim_matches(|c: char| c.is_whitespace() || decoration(c));
            }
            _ => break,
        }
    }
    // `发表的会议` ("the conference it appeared at") is `发表会议`: the
    // possessive joins the words, it adds no meaning.
    if header.contains('的') {
        return without_spaces_around_slashes(fold_spaces_and_case(&header.replace('的', "")));
    }
    without_spaces_around_slashes(fold_spaces_and_case(header))
}

/// Whether a header is already as `normalise_header` writes it: lower-case
/// ASCII words with one space between them and no mark any step reads
/// (most of the vocabulary is written so, and it is read at every start).
fn is_plainly_normal(header: &str) -> bool {
    let word_char = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-_.#'?".contains(&b);
    words_apart_by_single_spaces(header.bytes(), b' ', word_char)
}

/// Whether a header is already as `normalise_header` writes it though not
/// plainly ASCII: words of letters with no case (`论文标题`, `논문 제목`)
/// or in lower case, joined by single spaces or bare slashes, a prefix
/// `*` at the end (a third of the vocabulary, read at every start).
fn is_normal_in_any_script(header: &str) -> bool {
    let word_char = |c: char| {
        if c.is_ascii() {
            c.is_ascii_lowercase() || c.is_ascii_digit() || "-_.#'?*/".contains(c)
        } else {
            // `的` is dropped by the normal form; a letter that lower case
            // changes is not yet in it.
            c != '的' && c.is_alphanumeric() && c.to_lowercase().eq([c])
        }
    };
    let mut previous = ' ';
    // No space beside a slash: the normal form drops it.
    let slash_spaced = header.chars().any(|c| {
        let spaced = (c == '/' && previous == ' ') || (c == ' ' && previous == '/');
        previous = c;
        spaced
    });
    !slash_spaced && words_apart_by_single_spaces(header.chars(), ' ', word_char)
}

/// Whether `items` are words of `word_char` items, each apart from the
/// next by one `space`, with no space at either end. One pass: a search
/// for two spaces cost more than the rest of the check.
fn words_apart_by_single_spaces<T: Copy + PartialEq>(
    items: impl Iterator<Item = T>,
    space: T,
    word_char: impl Fn(T) -> bool,
) -> bool {
    let mut after_space = true;
    for item in items {
        if item == space {
            if after_space {
                return false;
            }
            after_space = true;
        } else if word_char(item) {
            after_space = false;
        } else {
            return false;
        }
    }
    !after_space
}

/// `Paper / Method` is `Paper/Method`: one header name for both spacings.
pub(super) fn without_spaces_around_slashes(header: String) -> String {
    if header.contains(" /") || header.contains("/ ") {
        header
            .split('/')
            .map(str::trim)
            .collect::<Vec<_>>()
            .join("/")
    } else {
        header
    }
}

/// A heading as its letters and digits in lower case: `👨🏫  TODO` is
/// `todo`, `To be added` is `tobeadded`.
pub(super) fn letters_and_digits(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shortcut for headers already normal never changes a result.
    #[test]
    fn plainly_normal_headers_are_their_own_normal_form() {
        let vocabulary = include_str!("../../../rules/columns.toml");
        let quoted = vocabulary.split('"').skip(1).step_by(2);
        let samples = [
            "paper title",
            "venue ()",
            "a  b",
            " year",
            "pub.",
            "code/data",
            "#",
            "q?",
        ];
        let mut plain = 0;
        for header in quoted.chain(samples) {
            if is_plainly_normal(header) {
                plain += 1;
                assert_eq!(normalise_any_header(header), header, "{header:?}");
            }
        }
        assert!(
            plain > 100,
            "only {plain} plain headers: the shortcut is not exercised"
        );
        for header in [
            "venue ()",
            "a  b",
            " year",
            "code/data",
            "Year",
            ":memo: title",
        ] {
            assert!(!is_plainly_normal(header), "{header:?}");
        }
    }

    /// The shortcut for headers of other scripts never changes a result.
    #[test]
    fn headers_normal_in_any_script_are_their_own_normal_form() {
        let vocabulary = include_str!("../../../rules/columns.toml");
        let quoted = vocabulary.split('"').skip(1).step_by(2);
        let samples = [
            "论文标题",
            "논문 제목",
            "paper title*",
            "code/data",
            "code / data",
            "发表的会议",
            "Título",
            "título",
            "ΣΟΦΊΑ",
            "σοφία",
            "model(s)",
            "name & link",
            "論文 ",
            "年\u{3000}份",
            ":memo:",
            "*/",
            "ⅻ",
            "Ⅻ",
        ];
        let mut normal = 0;
        for header in quoted.chain(samples) {
            if is_normal_in_any_script(header) {
                normal += 1;
                assert_eq!(normalise_any_header(header), header, "{header:?}");
            }
        }
        assert!(normal > 150, "only {normal} normal headers");
        for header in [
            "code / data",
            "发表的会议",
            "Título",
            "model(s)",
            "name & link",
        ] {
            assert!(!is_normal_in_any_script(header), "{header:?}");
        }
    }
}
