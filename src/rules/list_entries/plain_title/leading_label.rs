//! The labels a list writes before a plain title: tags, badges, emoji, a
//! short bold label, a venue and year in parentheses, a link labelled as a
//! preprint or a venue, each read as a length to skip.

/// The label at the start of `text` (see [`super::label_syntax`]), with the
/// separator after it (`: `, ` – `), if it starts with one. Over bytes:
/// every mark a label reads is ASCII.
pub(super) fn leading_label(text: &str) -> Option<&str> {
    let label = text.get(..super::label_syntax::label_len(text.as_bytes())?)?;
    Some(&text[..label.len() + separator_len(&text[label.len()..])])
}

/// The length of a separator at the start of `text`: spaces, a colon or
/// dash, and one space (`: `, ` – `, `：`+space), or 0.
fn separator_len(text: &str) -> usize {
    let mark = text.trim_start_matches(char::is_whitespace);
    let Some(after) = mark.strip_prefix([':', '：', '-', '–', '—']) else {
        return 0;
    };
    match after.chars().next() {
        Some(space) if space.is_whitespace() => text.len() - after.len() + space.len_utf8(),
        _ => 0,
    }
}

/// The length of an empty HTML anchor at the start of `text`, with the
/// spaces after it (xialeiliu's `<a name="todo"></a> Title`, `<A ID=x/>`,
/// a target for links into the list): a mark, no part of the title.
pub(super) fn empty_anchor(text: &str) -> Option<usize> {
    let rest = text.strip_prefix('<')?;
    let tag_len = rest.find(|c: char| !c.is_ascii_alphabetic())?;
    let tag = &rest[..tag_len];
    let attributes = rest[tag_len..].strip_prefix(' ')?;
    let closes = attributes.find('>')?;
    let names = attributes[..closes].to_ascii_lowercase();
    let names_a_target = names
        .split_whitespace()
        .any(|a| a.starts_with("name=") || a.starts_with("id="));
    if tag_len == 0 || !names_a_target {
        return None;
    }
    let after = &attributes[closes + 1..];
    let end = if names.ends_with('/') {
        after
    } else {
        let closing = after.strip_prefix("</")?;
        let closing_tag = closing.get(..tag.len())?;
        closing_tag
            .eq_ignore_ascii_case(tag)
            .then_some(())
            .and_then(|()| closing[tag.len()..].strip_prefix('>'))?
    };
    Some(text.len() - end.trim_start().len())
}

/// A bold label is short (`**DSN**:`, `__QA-GNN__:`) or one name with
/// dated tags (`**DexGraspNet(ICRA2023 Outstanding Manipulation Paper
/// Award Finalist)**`); a longer bold text is the title.
/// Counted here in characters, not in the label syntax, which reads bytes.
const MAX_BOLD_LABEL_CHARS: usize = 40;

pub(super) fn is_long_bold(label: &str) -> bool {
    ["**", "__"].into_iter().any(|mark| {
        label
            .strip_prefix(mark)
            .and_then(|l| l.split_once(mark))
            .is_some_and(|(bold, _)| {
                bold.chars().count() > MAX_BOLD_LABEL_CHARS
                    && !super::super::title_words::is_name_with_dated_tags(bold)
            })
    })
}

/// The length of a link at the start of `text` whose text is no title but
/// a label (`[arxiv](...)`, `[pdf](...)`) or a venue with its year (`[ACL
/// 2024 findings](...)`, `[NeurIPS'23](...)`), with the brackets a list
/// puts around it (`\[[arxiv](...)\]`, `[[pdf](...)]`) and the spaces after.
pub(super) fn labelled_link(text: &str) -> Option<usize> {
    let (open, close) = [("\\[", "\\]"), ("[", "]"), ("", "")]
        .into_iter()
        .find(|(open, _)| text.starts_with(open) && text[open.len()..].starts_with('['))?;
    let inner = &text[open.len() + 1..];
    let label_end = unescaped_bracket(inner)?;
    let label = &inner[..label_end];
    let after_label = inner[label_end..].strip_prefix("](")?;
    let target_end = after_label.find([')', ' ', '\n'])?;
    let after_link = after_label[target_end..].strip_prefix(')')?;
    let after_brackets = after_link.strip_prefix(close)?;
    // Only a link to a paper labels the item's own paper: a dataset's
    // edition (`[PASCAL VOC 2007](its site)`) or `[Code](...)` before a
    // description names no title after it.
    let target = &after_label[..target_end];
    if !(super::super::title_words::is_label(label) || is_venue_tag(label) || is_preprint_id(label))
        || crate::knowledge::ids::paper_ids(target).is_empty()
    {
        return None;
    }
    let spaces = after_brackets.len() - after_brackets.trim_start_matches([' ', '\t']).len();
    Some(text.len() - after_brackets.len() + spaces)
}

/// The length of a venue with its year, or a year alone, in parentheses at
/// the start of `text` (`(SIGIR 2020) `, `(2021) `), with the spaces after:
/// a tag some lists put before every title, emphasised inside or around
/// the parentheses too (`(*ICLR'25*) `, `*(CIKM'24)* `).
pub(super) fn venue_in_parentheses(text: &str) -> Option<usize> {
    let around = &text[..text.len() - text.trim_start_matches(['*', '_']).len()];
    let inside = text[around.len()..].strip_prefix('(')?;
    let close = inside.find(')').filter(|&at| at <= 40)?;
    let tag = inside[..close].trim().trim_matches(['*', '_']);
    let year_alone = tag.len() == 4
        && tag.bytes().all(|b| b.is_ascii_digit())
        && (tag.starts_with("19") || tag.starts_with("20"));
    if !(year_alone || is_venue_tag(tag)) {
        return None;
    }
    let after = inside[close + 1..].strip_prefix(around)?;
    let spaces = after.len() - after.trim_start_matches([' ', '\t']).len();
    (spaces > 0).then(|| text.len() - after.len() + spaces)
}

/// Where the first bracket of `text` not escaped with `\` stands, if it
/// closes the label (`\[arXiv:1811.02563\]` holds escaped ones): a line's
/// end or an opening bracket first means no label.
fn unescaped_bracket(text: &str) -> Option<usize> {
    let mut escaped = false;
    for (at, c) in text.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            ']' => return Some(at),
            '[' | '\n' => return None,
            _ => {}
        }
    }
    None
}

/// A preprint's id as a link's text (`\[arXiv:1811.02563\]`,
/// `arXiv 2301.00001`, `2301.00001v2`).
pub(super) fn is_preprint_id(text: &str) -> bool {
    let text = text.trim_matches(|c: char| c == '\\' || c == '[' || c == ']' || c.is_whitespace());
    let lower = text.to_lowercase();
    let id = lower
        .strip_prefix("arxiv")
        .map_or(lower.as_str(), |rest| rest.trim_start_matches([':', ' ']));
    let (number, version) = id.split_once('v').unwrap_or((id, "0"));
    let Some((month, serial)) = number.split_once('.') else {
        return false;
    };
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    digits(month, 4..=4) && digits(serial, 4..=5) && digits(version, 1..=3)
}

/// A venue's name with its year, in four words at most (`ACL 2024
/// findings`, `CVPR 2023`, `NeurIPS'23`).
pub(super) fn is_venue_tag(text: &str) -> bool {
    let words = text.split_whitespace().count();
    let has_year = text
        .split(|c: char| !c.is_ascii_digit())
        .any(|digits| digits.len() == 4 && (digits.starts_with("19") || digits.starts_with("20")))
        || text.contains(['\'', '’']) && text.chars().rev().take(2).all(|c| c.is_ascii_digit());
    (1..=4).contains(&words) && has_year && text.chars().next().is_some_and(char::is_alphabetic)
}

/// The length of the spaces, emoji and other marks (not letters, digits or
/// Markdown) that open `text`.
pub(super) fn leading_symbols(text: &str) -> usize {
    text.char_indices()
        .find(|(_, c)| c.is_alphanumeric() || c.is_ascii_punctuation() && *c != '-')
        .map_or(text.len(), |(i, _)| i)
}
