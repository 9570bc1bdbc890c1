//! Empty URLs on paper titles outside the paper tables: a bullet list's
//! `- **[Title of the paper]()** · venue`, a citation list's
//! `- [Title of the paper]()`. The title renders as a link that leads
//! nowhere, and the reader cannot reach the paper.

use super::finding::diagnostic;
use crate::diagnostic::Diagnostic;
use crate::document::FragmentLink;
use crate::knowledge::text::fold_spaces_and_case;
use crate::knowledge::Knowledge;

/// Fewer words than this are a label (`[paper]()`, `[Introduction]()`),
/// not a paper's title: whether such a link is a slip or a template is
/// not for this check to guess.
const TITLE_WORDS: usize = 4;

/// The finding for a link outside the paper tables whose text is a paper
/// title and whose URL is empty.
pub(super) fn empty_title_link(
    knowledge: &Knowledge,
    document: &crate::document::Document<'_>,
    link: &FragmentLink,
) -> Option<Diagnostic> {
    if !link.url.trim().is_empty() || !paper_title(knowledge, &link.text) {
        return None;
    }
    // A contents entry left without its `#anchor` (`[🚀 Future Research
    // Directions]()`: a heading of that name, or any entry under a
    // "Contents" heading) names a section, not a paper: a template's table
    // of contents, written empty on purpose.
    let slug = crate::document::github_slug(link.text.trim());
    let heading = document
        .headings
        .iter()
        .take_while(|h| h.span.start < link.span.start)
        .last();
    let under_contents = heading.is_some_and(|h| {
        // The heading says only that (`📌 Contents`, `Table of Contents`),
        // not a topic that holds the word (`User-Generated Contents`).
        let words: String = h.text.chars().filter(|c| c.is_alphanumeric()).collect();
        matches!(
            words.to_lowercase().as_str(),
            "contents" | "content" | "tableofcontents" | "toc"
        )
    });
    // Under `## TODO` a paper's link is among the work left to do
    // (patrick-llgc's pile of papers to read, `[Title]()`).
    let to_do = heading.is_some_and(|h| knowledge.columns.is_to_do_heading(&h.text));
    if under_contents
        || to_do
        || document
            .headings
            .iter()
            .any(|h| crate::document::github_slug(&h.text) == slug)
    {
        return None;
    }
    Some(diagnostic(
        link.span,
        "the paper title links to an empty URL".to_string(),
    ))
}

/// Whether the link at `at` closes a list item with no title before it,
/// only its marker and tags (`15. [2021][CVPR] .[[paper]()]`): a template
/// for a paper to come, whose empty links say nothing of the list's habit.
/// A link before it (`- [Title](...) [[paper]()]`) is a title.
pub(super) fn in_a_titleless_item(text: &str, at: usize) -> bool {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    // Only an item of the list's top level: a line without a marker goes
    // on an item above it, and a nested item (`  - [[Paper]](!!Missing!!)`)
    // under one, either of which may hold the title.
    let line = &text[line_start..at];
    if !top_level_item_marker(line) {
        return false;
    }
    let before = line.trim_start().trim_start_matches(|c: char| {
        c.is_ascii_digit() || matches!(c, '.' | ')' | '-' | '*' | '+')
    });
    let mut chars = before.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '[' {
            // `.[[paper]()]`: the bracket around the link itself.
            let Some(close) = before[i..].find(']') else {
                break;
            };
            let mut tag_end = i + close + 1;
            // An empty link labelled as a resource before it is another of
            // the template's tags (`* **** [[paper link]()][[arxiv
            // link]()]`); an empty link of other words is a title left
            // without its URL (`- [GPT-4 Report]() [[pdf]()]`).
            let label = before[i..i + close].trim_start_matches('[');
            let a_label = crate::rules::list_entries::is_label(label)
                || label.to_ascii_lowercase().ends_with(" link");
            if before[tag_end..].starts_with("()") && a_label {
                tag_end += 2;
            } else if before[tag_end..].starts_with('(') {
                return false;
            }
            while chars.peek().is_some_and(|&(j, _)| j < tag_end) {
                chars.next();
            }
        } else if c.is_alphanumeric() {
            return false;
        }
    }
    true
}

/// Whether `line` opens an item of the top level: a bullet, or a number of
/// at most three digits (`2024. [[Paper]]()` goes on an item), then a space.
fn top_level_item_marker(line: &str) -> bool {
    let line = line.strip_prefix(' ').unwrap_or(line);
    let after = match line.strip_prefix(['-', '*', '+']) {
        Some(after) => after,
        None => {
            let digits = line.bytes().take_while(u8::is_ascii_digit).count();
            if !(1..=3).contains(&digits) {
                return false;
            }
            let Some(after) = line[digits..].strip_prefix(['.', ')']) else {
                return false;
            };
            after
        }
    };
    after.starts_with([' ', '\t'])
}

/// How many links with a URL must carry a label (`Paper`, `pdf`) for the
/// same label without one to be a slip rather than the list's template.
const LABEL_WITH_URL: usize = 5;

/// Filled links of a paper's label for each empty one, at least, for the
/// empty ones to be slips whatever their number (4 of 366).
const FILLED_PER_SLIP: usize = 50;

/// How often the list writes each link label (`[Paper](...)`, `[[pdf]](...)`),
/// with a URL and without one, over the whole document.
#[derive(Default)]
pub(super) struct LabelUse {
    counts: std::collections::HashMap<String, (usize, usize)>,
}

impl LabelUse {
    pub(super) fn learn<'t>(links: impl Iterator<Item = (&'t str, &'t str)>) -> Self {
        let mut counts: std::collections::HashMap<String, (usize, usize)> = Default::default();
        for (text, url) in links {
            let Some(label) = label_key(text) else {
                continue;
            };
            let entry = counts.entry(label).or_default();
            if no_address(url) {
                entry.1 += 1;
            } else {
                entry.0 += 1;
            }
        }
        LabelUse { counts }
    }

    /// The finding for a paper's label outside the paper tables whose URL
    /// is empty or a placeholder (`!!Missing!!`, `TBD`) while the list gives
    /// that label a URL in many other places and leaves it so in few
    /// (`[[Paper]()]` among `[[Paper](...)]`s): a link forgotten, not a
    /// template for papers to come.
    pub(super) fn forgotten(
        &self,
        knowledge: &Knowledge,
        text: &str,
        link: &FragmentLink,
    ) -> Option<Diagnostic> {
        if !no_address_in_a_filled_line(text, link) {
            return None;
        }
        let label = label_key(&link.text)?;
        // `[paper link]()`, `[arxiv url]()`: a paper's label all the same.
        let kind = ["link", "url"]
            .iter()
            .find_map(|word| label.strip_suffix(word).map(str::trim_end))
            .unwrap_or(&label);
        // `[link]()` among a list's `[link](...)`s is its paper link too,
        // unless the word before it says what it links (`Code: [link]()`).
        if kind.is_empty() && labelled_before(knowledge, text, link.span.start) {
            return None;
        }
        if !kind.is_empty()
            && !knowledge
                .columns
                .paper_link_labels
                .iter()
                .any(|l| l == kind)
        {
            return None;
        }
        let &(with_url, empty) = self.counts.get(&label)?;
        // A few empty among many filled are slips, however many: a list
        // that leaves a paper's link empty on purpose does so often.
        let slips = empty < crate::profile::empty_links::CONVENTION_ROWS
            || empty * FILLED_PER_SLIP <= with_url;
        (with_url >= LABEL_WITH_URL && slips).then(|| {
            let url = link.url.trim();
            let what = if url.is_empty() {
                "an empty URL".to_string()
            } else {
                format!("the placeholder `{url}` for its URL")
            };
            diagnostic(
                link.span,
                format!(
                    "the link `{}` has {what}, where the list gives that link a URL {with_url} times",
                    link.text.trim()
                ),
            )
        })
    }
}

/// Whether the word before a link on its line is a label of something
/// other than the paper (`Code: [link]()`, `[Project] [link]()`).
fn labelled_before(knowledge: &Knowledge, text: &str, at: usize) -> bool {
    let line = &text[text[..at].rfind('\n').map_or(0, |i| i + 1)..at];
    let word = line
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    !word.is_empty()
        && knowledge.columns.link_labels.contains(&word)
        && !knowledge.columns.paper_link_labels.contains(&word)
}

/// An empty destination, or one that holds the place of a URL to come.
pub(super) fn no_address(url: &str) -> bool {
    url.trim().is_empty() || crate::profile::empty_links::stands_for_a_url_to_come(url)
}

/// [`no_address`], or a template's word for the URL (`[[paper](LINK)]`)
/// on a line that links somewhere for real: an item filled in from the
/// template but for this link, not a `Format:` line that shows the template.
pub(super) fn no_address_in_a_filled_line(text: &str, link: &FragmentLink) -> bool {
    if no_address(&link.url) {
        return true;
    }
    // A mark that says there is none (`-`, `N/A`, `?`) is the list's word,
    // filled line or not.
    let url = link.url.trim();
    let says_none =
        !url.bytes().any(|b| b.is_ascii_alphabetic()) || url.eq_ignore_ascii_case("n/a");
    if says_none || !crate::profile::empty_links::is_placeholder_destination(url) {
        return false;
    }
    let start = text[..link.span.start].rfind('\n').map_or(0, |i| i + 1);
    let end = text[link.span.end..]
        .find('\n')
        .map_or(text.len(), |i| link.span.end + i);
    let others = [&text[start..link.span.start], &text[link.span.end..end]];
    others.iter().any(|part| part.contains("](http"))
}

/// A short link label (`Paper`, `[pdf]`, `Code`), folded: one or two words.
/// Marks after the label's words stay: some lists write a link still to
/// come as its label with a mark (`[[PDF--]]()` beside `[[PDF]](url)`).
fn label_key(text: &str) -> Option<String> {
    let text = text
        .trim()
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches(|c: char| c.is_whitespace() || "[](){}.,:;".contains(c));
    let words = text.split_whitespace().count();
    ((1..=2).contains(&words) && !text.starts_with('!')).then(|| fold_spaces_and_case(text))
}

/// Whether a link's text reads as a paper's title: four words or more,
/// not an image, not a placeholder (`[Coming soon]()`) or a generic link
/// label (`[project page]()`).
fn paper_title(knowledge: &Knowledge, text: &str) -> bool {
    let text = text.trim();
    let words = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    words >= TITLE_WORDS
        && !text.starts_with('!')
        && !knowledge.is_placeholder(text)
        && !says_a_link_is_missing(knowledge, text)
        && !knowledge
            .columns
            .link_labels
            .contains(&fold_spaces_and_case(text))
}

/// A note that the link is still to come (`[code is not available]()`,
/// `[paper coming soon]()`): it holds a placeholder of two words or more.
fn says_a_link_is_missing(knowledge: &Knowledge, text: &str) -> bool {
    let words = |t: &str| {
        let folded: String = t
            .to_lowercase()
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { ' ' })
            .collect();
        format!(
            " {} ",
            folded.split_whitespace().collect::<Vec<_>>().join(" ")
        )
    };
    let text = words(text);
    knowledge
        .placeholders()
        .filter(|p| p.split_whitespace().count() >= 2)
        .any(|p| text.contains(&words(p)))
}

#[cfg(test)]
mod tests;
