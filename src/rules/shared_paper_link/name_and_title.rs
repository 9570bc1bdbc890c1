//! One paper cited twice by design: under the name of its method in a topic
//! table (`[CCBM](https://arxiv.org/abs/2410.15446) | Arxiv 2024`) and
//! under its full title in a table of the year ("Concept Complement
//! Bottleneck Model for Interpretable Medical Image Diagnosis" on that id).
//! Both links are right. A link copied to the wrong row rarely brings the
//! other paper's venue and year along, nor its code, nor a name spelling
//! out the other title.

use super::super::duplicates::Pair;
use super::super::entry_name::entry_name;
use super::super::link_culprit::repo_name;
use super::super::titles::identity_key;
use super::super::{Context, RowRef};
use super::one_paper::{same_venue, same_year};
use crate::facts::row_title;

/// Whether the pair is a method's name and its paper's title, in two
/// sections that do not exclude each other, agreeing on venue and year, with
/// the name backed by the title's initials (`CCPM` of "... Concise Concepts
/// with Probabilistic Modeling ..."), by its words (`Logic-enhanced CBMs`
/// of "Enhancing concept-based learning with logic") or by one code
/// repository in both rows.
pub(super) fn name_and_its_title(cx: &Context<'_>, pair: &Pair<'_>) -> bool {
    let (a, b) = (&pair.earlier, &pair.later);
    let sections = &cx.profile.sections;
    if sections.same_section(a.table_index, b.table_index)
        || sections.exclusive(cx.document, a.table.heading, b.table.heading)
        || !same_year(a, b)
        || !same_venue(a, b)
    {
        return false;
    }
    let (Some(x), Some(y)) = (row_title(a.table, a.row), row_title(b.table, b.row)) else {
        return false;
    };
    let (name, title) = match (is_method_name(x), is_method_name(y)) {
        (true, false) => (x, y),
        (false, true) => (y, x),
        _ => return false,
    };
    if title.split_whitespace().count() < 3 {
        return false;
    }
    initials_of(name, title) || words_of(name, title) || same_code(a, b)
}

/// Whether one row, in another table, is titled by the name the other row
/// gives its paper in a name column (a highlights table's `**FlowMo**`, and
/// `| **FlowMo** | Flow to the Mode: ... |` under `Method | Title`), the two
/// agreeing on venue and year: one paper, listed again under its name.
pub(super) fn titled_by_the_others_name(cx: &Context<'_>, pair: &Pair<'_>) -> bool {
    let (a, b) = (&pair.earlier, &pair.later);
    if a.table_index == b.table_index || !same_year(a, b) || !same_venue(a, b) {
        return false;
    }
    let named = |titled: &RowRef<'_>, naming: &RowRef<'_>| {
        let (Some(title), Some(name)) =
            (row_title(titled.table, titled.row), entry_name(cx, naming))
        else {
            return false;
        };
        let key = identity_key(title);
        !key.is_empty() && key == identity_key(name)
    };
    named(a, b) || named(b, a)
}

/// A method's name: one to three words, one of them coined (a capital after
/// its first letter, or a digit: `XBMs`, `CF-CBMs`, `Logic-enhanced CBMs`).
fn is_method_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words.iter().any(|w| {
            w.chars()
                .skip(1)
                .any(|c| c.is_uppercase() || c.is_ascii_digit())
        })
}

/// Whether the name's capitals, four or more, are the initials of words of
/// the title in order (`CF-CBMs`: Coarse-to-Fine Concept Bottleneck Models).
/// Three (`SAM`) match too many titles by chance ("Scaling Autoregressive
/// Multi-Modal Models").
fn initials_of(name: &str, title: &str) -> bool {
    let capitals: Vec<char> = name.chars().filter(|c| c.is_uppercase()).collect();
    if capitals.len() < 4 {
        return false;
    }
    let initials = title
        .split(|c: char| !c.is_alphanumeric())
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase);
    let mut wanted = capitals.iter().peekable();
    for initial in initials {
        if wanted.peek() == Some(&&initial) {
            wanted.next();
        }
    }
    wanted.peek().is_none()
}

/// Whether two or more of the name's words, of four letters or more, are
/// words of the title, inflected or not (`Logic-enhanced`: logic, enhancing).
fn words_of(name: &str, title: &str) -> bool {
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 4)
            .map(str::to_lowercase)
            .collect()
    };
    let title_words = words(title);
    let stem = |w: &str| w.chars().take(5).collect::<String>();
    let found = words(name)
        .iter()
        .filter(|w| title_words.iter().any(|t| stem(t) == stem(w)))
        .count();
    found >= 2
}

/// Both rows link one code repository.
fn same_code(a: &RowRef<'_>, b: &RowRef<'_>) -> bool {
    repo_name(a).is_some_and(|repo| repo_name(b) == Some(repo))
}
