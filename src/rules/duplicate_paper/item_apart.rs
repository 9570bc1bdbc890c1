//! What tells two list items of one title apart as two works, or says one
//! was listed twice on purpose: two web pages of two sites, a post beside
//! its paper, a title many surveys share, names in code or in bold, an item
//! nested under the other.

use crate::rules::list_entries::ListEntry;
use crate::rules::Context;
use std::sync::LazyLock;

/// Whether both items link a web page, on two sites, and neither a paper:
/// under a short title (`What is a Relational Database?`) two posts of two
/// authors, not one paper twice.
pub(super) fn pages_on_two_sites(a: &ListEntry, b: &ListEntry) -> bool {
    let site = |e: &ListEntry| -> Option<String> {
        let url = &e.paper_link.as_ref()?.url;
        if !e.paper_ids().is_empty() {
            return None;
        }
        let after_scheme = url.split_once("://")?.1;
        let host = after_scheme
            .split(['/', '?', '#'])
            .next()?
            .to_ascii_lowercase();
        Some(host.trim_start_matches("www.").to_string())
    };
    matches!((site(a), site(b)), (Some(x), Some(y)) if x != y)
}

/// Whether one item links a post (a blog, Medium, Substack) and the other
/// a paper: a post about the paper under its title (`[Blog]` then
/// `[Paper]`), two readings.
pub(super) fn post_beside_paper(cx: &Context<'_>, a: &ListEntry, b: &ListEntry) -> bool {
    let post = |e: &ListEntry| {
        e.paper_link
            .as_ref()
            .is_some_and(|l| is_post_address(&l.url))
    };
    let paper = |e: &ListEntry| !e.paper_ids().is_empty();
    // A post item that links the paper too (`[[paper]](arxiv)`) is its copy.
    let (x, y) = (
        a.own_paper_ids(cx.document, cx.knowledge),
        b.own_paper_ids(cx.document, cx.knowledge),
    );
    let one_paper_linked = x.iter().any(|id| y.contains(id));
    !one_paper_linked && ((post(a) && paper(b)) || (post(b) && paper(a)))
}

fn is_post_address(url: &str) -> bool {
    let Some((_, after_scheme)) = url.split_once("://") else {
        return false;
    };
    let mut parts = after_scheme
        .split(['?', '#'])
        .next()
        .unwrap_or("")
        .split('/');
    let host = parts.next().unwrap_or("").to_ascii_lowercase();
    let host = host.trim_start_matches("www.");
    let on_blog_site = ["medium.com", "substack.com"]
        .iter()
        .any(|site| host == *site || host.ends_with(&format!(".{site}")));
    // `blog.research.google`, `ai.googleblog.com`, `/blog/`.
    let blog_host = host
        .split('.')
        .any(|label| label.starts_with("blog") || label.ends_with("blog"));
    on_blog_site || blog_host || parts.any(|segment| segment.eq_ignore_ascii_case("blog"))
}

/// Whether a title is a topic and a genre only (`Deep reinforcement
/// learning: An overview`, `Federated learning: A survey`): a title many
/// authors give their surveys, which names one paper only with its link.
pub(super) fn names_a_genre_of(title: &str) -> bool {
    static GENRE: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)^\s*([^:]+?)\s*:\s*an?\s+(?:(?:brief|short|comprehensive|systematic|gentle)\s+)?(?:survey|overview|review|tutorial|introduction|primer)\s*[.!]?\s*$",
        )
        .expect("valid regex")
    });
    GENRE.captures(title).is_some_and(|found| {
        found[1]
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .count()
            <= GENRE_TOPIC_WORDS
    })
}

/// Words of a topic that many surveys share as their title's head.
const GENRE_TOPIC_WORDS: usize = 4;

/// Two items that each give a name in code, none shared, list two things
/// built on one paper (`Graph Attention Networks `GATConv``, then
/// `` `CuGraphGATConv` ``: two layers of a library); so do two items that
/// each open with a name in bold before the title, two names (`**VATEX
/// Adverbs**: Title`, then `**MSR-VTT Adverbs**: Title`: two datasets of
/// one paper).
pub(super) fn named_apart(cx: &Context<'_>, earlier: &ListEntry, later: &ListEntry) -> bool {
    let (a, b) = (code_names(cx, earlier), code_names(cx, later));
    let in_code = !a.is_empty() && !b.is_empty() && !a.iter().any(|name| b.contains(name));
    let in_bold = match (lead_name(cx, earlier), lead_name(cx, later)) {
        (Some(x), Some(y)) => !x.eq_ignore_ascii_case(y),
        _ => false,
    };
    in_code || in_bold
}

/// Whether `child` sits among the nested items of `parent`: a list that
/// nests another publication of a work under its item (the 1965 journal
/// article, then its reprint in another journal the same year) lists it
/// there on purpose.
pub(super) fn nested_under(cx: &Context<'_>, parent: &ListEntry, child: &ListEntry) -> bool {
    let text = cx.document.text;
    let line_at = |at: usize| {
        let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        &text[start..end]
    };
    let parent_indent = columns_before_text(line_at(parent.span.start)).0;
    let Some(content) = content_column(line_at(parent.span.start)) else {
        return false;
    };
    // Nested means indented to the parent's text, as CommonMark reads it:
    // ` - [T](u)` under `- [T](u)` is a sibling.
    if parent.span.start >= child.span.start
        || columns_before_text(line_at(child.span.start)).0 < content
    {
        return false;
    }
    let Some(between) = text.get(parent.span.end.min(child.span.start)..child.span.start) else {
        return false;
    };
    between
        .lines()
        .filter(|line| !line.trim().is_empty())
        .all(|line| columns_before_text(line).0 > parent_indent)
}

/// The columns of a line's leading spaces and tabs (a tab to the next
/// multiple of four), and their bytes.
fn columns_before_text(line: &str) -> (usize, usize) {
    let mut column = 0;
    let mut bytes = 0;
    for c in line.chars() {
        match c {
            ' ' => column += 1,
            '\t' => column += 4 - column % 4,
            _ => break,
        }
        bytes += 1;
    }
    (column, bytes)
}

/// The column where a list item's text starts: past its marker (`-`, `*`,
/// `+`, `1.`, `1)`) and the spaces after it (one, when more than four).
fn content_column(line: &str) -> Option<usize> {
    let (indent, at) = columns_before_text(line);
    let rest = &line[at..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let marker = match rest.as_bytes().get(digits) {
        Some(b'.' | b')') if digits > 0 => digits + 1,
        Some(b'-' | b'*' | b'+') if digits == 0 => 1,
        _ => return None,
    };
    let spaces = columns_before_text(&rest[marker..]).0;
    let gap = if (1..=4).contains(&spaces) { spaces } else { 1 };
    Some(indent + marker + gap)
}

/// The bold name an item gives before its title and a colon (`* **VATEX
/// Adverbs**: How Do You Do It? ...`, `**Name:** Title`).
fn lead_name<'t>(cx: &Context<'t>, entry: &ListEntry) -> Option<&'t str> {
    let before = cx
        .document
        .text
        .get(entry.span.start..entry.title_span.start)?
        .trim_end();
    let bold = match before.strip_suffix(':') {
        Some(rest) => rest.trim_end().strip_suffix("**")?,
        None => before.strip_suffix(":**")?,
    };
    let name = bold[bold.rfind("**")? + 2..].trim();
    (!name.is_empty() && !name.contains('\n')).then_some(name)
}

/// The one-word code spans of an item (`` `GATConv` ``), not counting a
/// title's.
fn code_names<'t>(cx: &Context<'t>, entry: &ListEntry) -> Vec<&'t str> {
    static CODE: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"`([^`\s]+)`").expect("valid regex"));
    let text = entry.span.slice(cx.document.text);
    let title = entry.title_span;
    CODE.captures_iter(text)
        .filter(|c| {
            let at = entry.span.start + c.get(0).map_or(0, |m| m.start());
            !(title.start..title.end).contains(&at)
        })
        .filter_map(|c| c.get(1).map(|m| m.as_str()))
        .filter(|name| name.chars().any(char::is_alphabetic))
        .collect()
}
