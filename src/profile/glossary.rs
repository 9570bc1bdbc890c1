//! The list's own glossary of venue names: lines such as `- **ICIR**:
//! International Conference on Intelligent Reality` under a "Venues"
//! heading. A name the list spells out for its readers is a venue it knows,
//! whatever nas-lint's data holds, never a slip of another's name.

use crate::knowledge::text::lookup_key;
use std::collections::HashSet;

/// The names a list defines, by lookup key.
#[derive(Debug, Default, Clone)]
pub struct Glossary {
    names: HashSet<String>,
}

/// The longest name read as a defined acronym.
const LONGEST_NAME: usize = 16;

impl Glossary {
    pub fn learn(text: &str) -> Self {
        let names = text
            .lines()
            .filter_map(defined_name)
            .map(lookup_key)
            .collect();
        Glossary { names }
    }

    /// Whether the list spells out `name` in its glossary.
    pub fn defines(&self, name: &str) -> bool {
        !self.names.is_empty() && self.names.contains(&lookup_key(name))
    }
}

/// The name a glossary line defines: a list item that opens with an
/// acronym (bold or not: two capitals at least, no space) followed by a
/// colon or a dash and the words it stands for (`- **ISPACS**: Symposium
/// on ...`, `* CSNT - IEEE International Conference on ...`), or that
/// gives the words and then the acronym in parentheses (`- **Annual
/// Conference on Neural Information Processing Systems (NIPS)**`).
fn defined_name(line: &str) -> Option<&str> {
    let item = line.trim_start();
    let item = item
        .strip_prefix("- ")
        .or_else(|| item.strip_prefix("* "))
        .or_else(|| item.strip_prefix("+ "))?
        .trim_start();
    name_after_its_words(item).or_else(|| name_before_its_words(item))
}

/// `Annual Conference on Neural Information Processing Systems (NIPS)`,
/// bold or not: a venue's name spelled out (three words at least, read as
/// a venue's, `Conference on`, `Journal of`; no link), then the acronym
/// closing the item. A
/// paper listed in a bullet with its venue after it (`- Attention Is All
/// You Need (NIPS)`) defines nothing.
fn name_after_its_words(item: &str) -> Option<&str> {
    // How a venue's name reads: `Conference on`, `Journal of`; not a
    // paper's title that holds one of the words (`Multi-party Meeting
    // Summarization ... (NIPS)`).
    const VENUE_PHRASES: [&str; 9] = [
        "conference on",
        "workshop on",
        "symposium on",
        "journal of",
        "journal on",
        "transactions on",
        "proceedings of",
        "meeting of",
        "congress on",
    ];
    let item = item.trim_end().trim_end_matches('*').trim_end();
    let (words, name) = item.strip_suffix(')')?.rsplit_once('(')?;
    let words = words.trim_start_matches('*');
    let lower = words.to_lowercase();
    let spelled_out = words.split_whitespace().count() >= 3
        && !words.contains("](")
        && VENUE_PHRASES.iter().any(|phrase| lower.contains(phrase));
    (spelled_out && is_acronym(name)).then_some(name)
}

fn is_acronym(name: &str) -> bool {
    let capitals = name.chars().filter(char::is_ascii_uppercase).count();
    !name.is_empty()
        && name.len() <= LONGEST_NAME
        && capitals >= 2
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-&/".contains(c))
}

/// `**ISPACS**: Symposium on ...`, `CSNT - IEEE International ...`.
fn name_before_its_words(item: &str) -> Option<&str> {
    // `**ICIR**: ...`, `**ICIR:** ...` or `ICIR: ...`, `ICIR - ...`.
    let (name, rest, separated) = match item.strip_prefix("**") {
        Some(bold) => {
            let (name, rest) = bold.split_once("**")?;
            let inside = name.ends_with([':', '：']);
            (name.trim_end_matches([':', '：']), rest, inside)
        }
        None => {
            let end = item.find([':', '：', ' '])?;
            (&item[..end], &item[end..], false)
        }
    };
    let rest = rest.trim_start();
    let rest = match [":", "：", "- ", "– "]
        .iter()
        .find_map(|s| rest.strip_prefix(s))
    {
        Some(after) => after,
        None if separated => rest,
        None => "",
    };
    let words = rest.split_whitespace().count();
    (is_acronym(name) && words >= 2).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_names_a_list_spells_out() {
        // emanuelevivoli/awesome-comics-understanding's "Venues" section.
        let glossary = Glossary::learn(
            "## Venues\n\
             - **ICIR**: International Conference on Intelligent Reality\n\
             - **ISPACS**: Symposium on Intelligent Signal Processing and Communication Systems\n\
             * CSNT - IEEE International Conference on Communication Systems\n\
             - MMM: Multimedia Modeling\n\
             - **TBIOM:** IEEE Transactions on Biometrics\n\
             - **Annual Conference on Neural Information Processing Systems (NIPS)** \n\
             -  International Workshop on Deep Learning in Medical Image Analysis (DLMIA)\n",
        );
        for name in [
            "ICIR", "ISPACS", "CSNT", "MMM", "TBIOM", "icir", "NIPS", "DLMIA",
        ] {
            assert!(glossary.defines(name), "{name}");
        }
        // Not a name and its words: a heading, a bare item, a sentence.
        let glossary = Glossary::learn(
            "# ICLR papers\n- **ICLR**\n- ICLR is great for this\n- Note: see the ICLR site\n\
             - Our method (ours)\n- Read more (NAS)\n- Attention Is All You Need (NIPS)\n\
             - [Conference on Learning](https://x.org) (CoLR)\n\
             - Multi-party Meeting Summarization with Large Models (NIPS)\n",
        );
        for name in ["ICLR", "Note", "ours", "NAS", "NIPS", "CoLR"] {
            assert!(!glossary.defines(name), "{name}");
        }
    }
}
