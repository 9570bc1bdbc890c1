//! A title written in bold: `1. **Title** *Authors* [[pdf]](...)`. Four
//! words or more read as a title anywhere in the item; a shorter bold text
//! that opens the item (`1. **Contrastive Multiview Coding** *Tian et al.*
//! ...`) is a title only in a list that writes its titles so by habit,
//! which the caller judges.

use super::title_words::{is_label, is_name_with_dated_tags, is_title};
use crate::span::Span;
use std::ops::Range;

/// Bold runs, in order and not overlapping: `**Title**` or `__Title__`
/// around text without that mark or a line break; each as the whole run
/// and the text inside. (Read by hand: building a Unicode regex for this
/// costs more than checking a small list.)
fn bold_runs(text: &str) -> impl Iterator<Item = (Range<usize>, Range<usize>)> + '_ {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while at + 1 < bytes.len() {
            let open = at;
            at += 1;
            let mark = bytes[open];
            if !matches!(mark, b'*' | b'_') || bytes[open + 1] != mark {
                continue;
            }
            let inside = open + 2;
            let Some(close) = bytes[inside..]
                .iter()
                .position(|&b| b == mark || b == b'\n')
                .map(|offset| inside + offset)
            else {
                continue;
            };
            if close > inside && bytes[close] == mark && bytes.get(close + 1) == Some(&mark) {
                at = close + 2;
                return Some((open..close + 2, inside..close));
            }
        }
        None
    })
}

/// Bold runs written in HTML, `<b>Title</b>` or `<strong>Title</strong>`,
/// around text without a tag or a line break; each as the whole run and
/// the text inside.
fn html_bold_runs(text: &str) -> Vec<(Range<usize>, Range<usize>)> {
    let mut runs = Vec::new();
    if !text.contains('<') {
        return runs;
    }
    let lower = text.to_ascii_lowercase();
    for (open, close) in [("<b>", "</b>"), ("<strong>", "</strong>")] {
        let mut at = 0;
        while let Some(found) = lower[at..].find(open) {
            let inside = at + found + open.len();
            at = inside;
            let Some(end) = lower[inside..].find(['<', '\n']).map(|i| inside + i) else {
                break;
            };
            if lower[end..].starts_with(close) && end > inside {
                runs.push((inside - open.len()..end + close.len(), inside..end));
                at = end + close.len();
            }
        }
    }
    runs
}

/// The marks of the Chinese reference standard (GB/T 7714) that close a
/// title with the kind of work: `[J]` a journal article, `[C]` a paper in
/// proceedings, `[M]` a book, `[D]` a thesis, `[EB/OL]` a web page.
const DOCUMENT_TYPES: &[&str] = &[
    "J", "C", "M", "D", "R", "S", "P", "N", "A", "Z", "G", "DB", "CP", "EB",
];

/// The title without a document-type mark at its end (`Title[J]`).
pub(super) fn without_document_type(title: &str) -> &str {
    let trimmed = title.trim_end();
    let Some(open) = trimmed.strip_suffix(']').and_then(|t| t.rfind('[')) else {
        return title;
    };
    let mark = &trimmed[open + 1..trimmed.len() - 1];
    let kind = mark.strip_suffix("/OL").unwrap_or(mark);
    if DOCUMENT_TYPES.contains(&kind) {
        trimmed[..open].trim_end()
    } else {
        title
    }
}

/// The title a bold run holds: the text inside its marks or tags, without
/// a document-type mark.
pub(super) fn title_inside(run: &str) -> &str {
    let inner = match run.strip_prefix('<') {
        Some(_) => run
            .split_once('>')
            .and_then(|(_, rest)| rest.rsplit_once('<'))
            .map_or(run, |(inner, _)| inner),
        None => run.trim_matches(['*', '_']),
    };
    without_leading_tag(without_document_type(inner))
}

/// The title without a bracketed tag holding a year that opens it inside
/// the bold (`**[2025] DexGraspVLA: ...**`, `**[CVPR 2024] Title**`): the
/// list's year or venue, set in the title's marks. A bracket followed by `(` opens
/// a link, not a tag.
fn without_leading_tag(title: &str) -> &str {
    let Some(rest) = title.trim_start().strip_prefix('[') else {
        return title;
    };
    let Some(close) = rest.find(']') else {
        return title;
    };
    let tag = &rest[..close];
    let after = &rest[close + 1..];
    // Only a tag that dates the paper: `[Re] Title`, a reproduction, names
    // another work than `Title`.
    let dated = tag.as_bytes().windows(4).any(|w| {
        w.iter().all(u8::is_ascii_digit) && (w.starts_with(b"19") || w.starts_with(b"20"))
    });
    let is_tag = (1..=MAX_TAG_BYTES).contains(&tag.len())
        && dated
        && !tag.contains(['[', '(', ')'])
        && after.starts_with(char::is_whitespace);
    if is_tag {
        after.trim_start()
    } else {
        title
    }
}

/// Bytes a bracketed tag before a bold title holds at most.
const MAX_TAG_BYTES: usize = 24;

/// Words a short bold title has at least: one bold word is a name
/// (`**BERT**`), not a title.
const SHORT_TITLE_WORDS: usize = 2;

/// An item's bold title, by where it stands and how long it is.
pub(super) enum BoldTitle {
    /// Four words or more: a title wherever it stands.
    Long(Span),
    /// Two or three words opening the item, followed by no `:` or dash.
    Short(Span),
}

impl BoldTitle {
    pub(super) fn span(&self) -> Span {
        match self {
            BoldTitle::Long(span) | BoldTitle::Short(span) => *span,
        }
    }
}

/// The item's first bold text that reads as a title and holds no link,
/// or else a short one that opens the item. `text` is the item's text,
/// which starts at `start` in the document.
pub(super) fn bold_title(text: &str, start: usize) -> Option<BoldTitle> {
    let mut first = true;
    let mut runs: Vec<_> = bold_runs(text).collect();
    let html = html_bold_runs(text);
    if !html.is_empty() {
        runs.extend(html);
        runs.sort_by_key(|(whole, _)| whole.start);
    }
    for (whole, inner) in runs {
        let span = Span::new(start + whole.start, start + whole.end);
        let inner = without_leading_tag(without_document_type(&text[inner]));
        // `***(Nepali DistilBERT, Nepali DeBERTa)*** - Title`: an aside in
        // parentheses names the models, however many its words.
        if is_aside(inner) {
            first = false;
            continue;
        }
        if !inner.contains('[')
            && is_title(inner)
            && !is_name_with_dated_tags(inner)
            && !is_abbreviated_name(inner)
        {
            return Some(BoldTitle::Long(span));
        }
        if first && opens_the_item(&text[..whole.start]) && short_title(inner, &text[whole.end..]) {
            return Some(BoldTitle::Short(span));
        }
        first = false;
    }
    None
}

/// Whether half the words or more are cut short with a full stop, as a
/// journal's abbreviated name is (`J. Data Inf. Sci.`, `IEEE Trans. Signal
/// Process.`): the item's venue in bold, not its title.
fn is_abbreviated_name(inner: &str) -> bool {
    let words: Vec<&str> = inner.split_whitespace().collect();
    let cut_short = words
        .iter()
        .filter(|w| {
            w.strip_suffix('.').is_some_and(|stem| {
                let letters = stem.trim_start_matches(|c: char| !c.is_alphabetic());
                // `vs.`, `e.g.` are a title's words; `Dr.`, `Mr.` a name's.
                !letters.is_empty()
                    && letters.starts_with(char::is_uppercase)
                    && !["Dr", "Mr", "Mrs", "Ms", "Prof", "St"].contains(&letters)
                    && letters.chars().count() <= ABBREVIATION_LETTERS
                    && letters.chars().all(|c| c.is_alphabetic() || c == '-')
            })
        })
        .count();
    2 * cut_short >= words.len()
}

/// Letters a word cut short keeps at most (`Process.`, `Intell.`).
const ABBREVIATION_LETTERS: usize = 8;

/// Whether `inner` is wholly in parentheses.
fn is_aside(inner: &str) -> bool {
    let inner = inner.trim();
    (inner.starts_with('(') && inner.ends_with(')'))
        || (inner.starts_with('（') && inner.ends_with('）'))
}

/// Whether only the item's marker stands before the bold text.
fn opens_the_item(before: &str) -> bool {
    before
        .trim()
        .trim_end_matches(['.', ')'])
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '-' | '*' | '+'))
}

/// Two or three words that are no link label and end in no full stop or
/// colon of their own (`**rotatable bond.**`, a term defined), followed as
/// a reference follows its title: by the authors in italics, a comma or
/// semicolon (inside the bold, `**GPT Understands, Too,**`, `**DATASET
/// DISTILLATION;**`, or a comma after it), a full
/// stop, a line break. A name with an aside, a colon or a link after it
/// (`**Vision Transformer** (ViT)`, `**ViT**: An Image is ...`,
/// `**Vision Transformer** [[pdf]](...)`) names a model, not its paper.
fn short_title(inner: &str, after: &str) -> bool {
    let words = inner.split_whitespace().count();
    let after = after.trim_start_matches([' ', '\t']);
    let ends_like_a_reference = inner.trim_end().ends_with([',', ';', '；'])
        || after.is_empty()
        || after.starts_with(['*', '_', ',', '.', '\n', '\r'])
        || after.starts_with("<br");
    (SHORT_TITLE_WORDS..super::title_words::TITLE_WORDS).contains(&words)
        && !inner.contains(['[', ':'])
        && !inner.trim_end().ends_with([':', '.'])
        && !is_label(inner)
        && ends_like_a_reference
}

#[cfg(test)]
mod tests {
    use super::{bold_runs, html_bold_runs, title_inside, without_document_type};

    #[test]
    fn html_bold_is_bold_and_a_document_type_closes_no_title() {
        let text =
            "Kim D. <B>Title One[C]</B>//Proc. <strong>Two</strong> <b>a<i>b</i></b> <b>\n</b>";
        let runs: Vec<&str> = html_bold_runs(text)
            .into_iter()
            .map(|(w, _)| &text[w])
            .collect();
        assert_eq!(runs, ["<B>Title One[C]</B>", "<strong>Two</strong>"]);
        assert_eq!(title_inside("<B>Title One[C]</B>"), "Title One");
        assert_eq!(title_inside("**Title Two [EB/OL]**"), "Title Two");
        // Jiaaqiliu/Awesome-VLA-Robotics: the year tag inside the bold.
        assert_eq!(title_inside("**[2025] Title Three**"), "Title Three");
        assert_eq!(title_inside("**[CVPR 2024] Title Four**"), "Title Four");
        assert_eq!(title_inside("**[Title](x) Five**"), "[Title](x) Five");
        // ReScience's `[Re] Title` is a reproduction, another work.
        assert_eq!(title_inside("**[Re] Title Six**"), "[Re] Title Six");
        assert_eq!(without_document_type("Title [J/OL]"), "Title");
        // Brackets that name no kind of work stay.
        assert_eq!(without_document_type("Title [CVPR]"), "Title [CVPR]");
        assert_eq!(without_document_type("[J]"), "");
    }

    /// The hand-read runs are exactly what the regex they replace finds.
    #[test]
    fn bold_runs_match_the_regex_they_replace() {
        let regex = regex::Regex::new(r"\*\*([^*\n]+?)\*\*|__([^_\n]+?)__").expect("valid regex");
        for text in [
            "- **Deep Residual Learning** by *He*",
            "**a*b** and __c__ then **d**",
            "***a***",
            "****",
            "**open\nclosed**",
            "__x_y__ **é ü** __ __",
            "**a**b**c**",
            "*",
            "",
            "** trailing",
        ] {
            let expected: Vec<_> = regex
                .captures_iter(text)
                .map(|c| {
                    let inner = c.get(1).or_else(|| c.get(2)).expect("a group");
                    (c.get(0).expect("the match").range(), inner.range())
                })
                .collect();
            assert_eq!(bold_runs(text).collect::<Vec<_>>(), expected, "{text:?}");
        }
    }
}
