//! What one list item says of its paper: its title (a link's text, bold
//! text, a quoted or a plain title), where the title stands, and the link
//! the item names the paper by.

mod apa_reference;

use super::bold_title::{self, BoldTitle};
use super::item_lead::{announced, leads_the_item, reads_as_news};
use super::named_link::named_link_entry;
use super::plain_title;
use super::title_words::is_title;
use crate::document::{Document, FragmentLink};
use crate::knowledge::VenueBook;
use crate::span::Span;
use std::sync::LazyLock;

/// A title in straight or curly quotes.
static QUOTED: LazyLock<regex::Regex> =
    LazyLock::new(|| regex::Regex::new(r#""([^"\n]+)"|“([^”\n]+)”"#).expect("valid regex"));

/// What an item says of its paper: the title, where it stands, and the
/// link it names.
pub(super) struct Named {
    pub(super) title: String,
    pub(super) title_span: Span,
    pub(super) paper_link: Option<FragmentLink>,
    pub(super) in_plain_text: bool,
    /// How the item gave its title, for what only a list's habit makes a title.
    pub(super) kind: EntryKind,
}

/// Titles a list's habit must confirm, and all others.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum EntryKind {
    Usual,
    /// A bold title of two or three words opening the item.
    ShortBold,
    /// A bold title with its authors or year and no link at all.
    Linkless,
}

/// Where an item's title is written.
enum TitleSource<'l> {
    Link(&'l FragmentLink),
    Bold(Span),
}

/// The paper the item at `span` names, if it names one.
pub(super) fn entry_of(
    document: &Document<'_>,
    links: &[&FragmentLink],
    span: Span,
    venues: &VenueBook,
) -> Option<Named> {
    let own = links_within(links, span);
    if own.is_empty() {
        return linkless_entry(document, span).or_else(|| {
            let (title, title_span) = apa_reference::apa_reference_title(document, span, venues)?;
            Some(Named {
                title,
                title_span,
                paper_link: None,
                in_plain_text: true,
                kind: EntryKind::Linkless,
            })
        });
    }
    // A resource's long label on a line of its own under the item
    // (`[[Synthetic Dataset(Baidu Drive password: os9v)]]`) names no paper.
    let first_line_end = document.text[span.start..span.end]
        .find('\n')
        .map_or(span.end, |at| span.start + at);
    if reads_as_news(&document.text[span.start..first_line_end]) {
        return None;
    }
    let titled_link = own.iter().find(|l| {
        !document.text[l.span.start..l.span.end].starts_with("[!")
            && is_title(&l.text)
            && (l.span.start < first_line_end || !super::title_words::is_resource_label(&l.text))
    });
    // Whichever of a titled link and a bold title comes first; a short bold
    // text only where no link gives a title.
    let bold = bold_title::bold_title(span.slice(document.text), span.start);
    // `(**Nature Machine Intelligence 2022**)` after a plain title: a venue
    // set in bold, however many its words, labels the item as a short bold
    // text does.
    let bold_venue = (bold.as_ref().map(BoldTitle::span))
        .is_some_and(|b| names_a_venue(&document.text[b.start..b.end], venues));
    let short_bold = matches!(bold, Some(BoldTitle::Short(_))) || bold_venue;
    // `**Robots Acquire Skills With VLMs**: "Robotic Skill Acquisition
    // ..."`: a bold name, however long, before a quoted title labels it.
    if let Some(bold) = bold.as_ref().map(BoldTitle::span) {
        if quoted_after(&document.text[bold.end..span.end]) {
            if let Some(named) = quoted_entry(document, own, span) {
                return Some(named);
            }
        }
        // So does a bold name before a title in italics (`**MIT Mini
        // Cheetah Actuator**: *Mini Cheetah: A Platform for ...*`), which
        // its marks set apart as a bold title would be.
        // A name is shorter than the title it labels: italics no longer
        // than the bold text are a note on it (`*Proceedings of Robotics:
        // Science and Systems*`).
        if italics_after(&document.text[bold.end..span.end]) {
            let bold_words = document.text[bold.start..bold.end]
                .split_whitespace()
                .count();
            if let Some(named) = plain_entry(document, own, span, venues)
                .filter(|named| named.title.split_whitespace().count() > bold_words)
            {
                return Some(Named {
                    in_plain_text: false,
                    ..named
                });
            }
        }
    }
    let source = match (titled_link, bold.as_ref().map(BoldTitle::span)) {
        (Some(link), Some(bold)) if bold.start < link.span.start && !short_bold => {
            TitleSource::Bold(bold)
        }
        (Some(link), _) => TitleSource::Link(link),
        (None, Some(bold)) if !short_bold => TitleSource::Bold(bold),
        // A short bold label before a quoted or plain title is the label.
        (None, Some(bold)) => {
            match quoted_entry(document, own, span)
                .or_else(|| plain_entry(document, own, span, venues))
            {
                Some(named) => return Some(named),
                None => TitleSource::Bold(bold),
            }
        }
        (None, None) => {
            return quoted_entry(document, own, span)
                .or_else(|| named_link_entry(document, own, span))
                .or_else(|| plain_entry(document, own, span, venues))
        }
    };
    let title_start = match source {
        TitleSource::Link(link) => link.span.start,
        TitleSource::Bold(bold) => bold.start,
    };
    // A title cited inside a sentence (`- Forgery (named so by [Title](...))`)
    // is not what the item lists; a link after a plain title, however many
    // its words (`- Title, Mar 2025, [BMC Medical Informatics and Decision
    // Making](...)`), names where the paper appeared.
    if !leads_the_item(&document.text[span.start..title_start]) {
        return match source {
            TitleSource::Link(_) => plain_entry(document, own, span, venues),
            TitleSource::Bold(_) => None,
        };
    }
    Some(match source {
        TitleSource::Link(link) => Named {
            title: without_trailing_venue_tag(unquoted(&link.text)).to_string(),
            title_span: link.span,
            paper_link: Some(link.clone()),
            in_plain_text: false,
            kind: EntryKind::Usual,
        },
        TitleSource::Bold(bold) => {
            let title = bold_title::title_inside(&document.text[bold.start..bold.end]);
            let paper_link = first_paper_link(own).cloned();
            if short_bold && paper_link.is_none() {
                return None;
            }
            Named {
                title: without_trailing_venue_tag(unquoted(title)).to_string(),
                title_span: bold,
                paper_link,
                in_plain_text: false,
                kind: if short_bold {
                    EntryKind::ShortBold
                } else {
                    EntryKind::Usual
                },
            }
        }
    })
}

/// Whether bold text (marks included) is a venue the venue data knows,
/// with or without its year, and nothing more: `Case Matching for ...`
/// opens with a venue's name (CASE) and is a title.
fn names_a_venue(bold: &str, venues: &VenueBook) -> bool {
    let inside = bold.trim_matches(['*', '_']).trim();
    let crate::knowledge::VenueCell::Known(mention) = venues.parse(inside, |_| false) else {
        return false;
    };
    let (start, end) = (mention.name_range.0 as usize, mention.name_range.1 as usize);
    let words_beside = |text: Option<&str>| text.is_some_and(|t| t.contains(char::is_alphabetic));
    !words_beside(inside.get(..start)) && !words_beside(inside.get(end..))
}

/// An item with no link whose bold title of four words or more opens it and
/// whose lines name its authors or year (`1. **Title**⏎   - *Yiyu Chou, et
/// al.* 2018.`): a paper a list writes without links.
fn linkless_entry(document: &Document<'_>, span: Span) -> Option<Named> {
    let text = span.slice(document.text);
    let Some(BoldTitle::Long(bold)) = bold_title::bold_title(text, span.start) else {
        return None;
    };
    opens_with_cited_bold(document.text, span, bold).then(|| Named {
        title: without_trailing_venue_tag(bold.slice(document.text).trim_matches(['*', '_']))
            .to_string(),
        title_span: bold,
        paper_link: None,
        in_plain_text: false,
        kind: EntryKind::Linkless,
    })
}

/// Whether the item at `span` opens with the bold text at `bold` and its
/// lines name authors or a year after it.
fn opens_with_cited_bold(text: &str, span: Span, bold: Span) -> bool {
    let before = &text[span.start..bold.start];
    let opens = before
        .trim()
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '-' | '*' | '+' | '.' | ')'));
    let after = &text[bold.end..span.end];
    // Names alone cite authors only after a `;` that closes the title, as
    // such lists write it: after a colon or a space they may be anything
    // a category lists (`**Training Frameworks**: PyTorch Lightning`).
    let inner = bold.slice(text).trim_matches(['*', '_']).trim_end();
    // A topic in parentheses may follow (`**Title; (Memorization)**`).
    let inner = match inner.strip_suffix(')').and_then(|i| i.rsplit_once('(')) {
        Some((before, _)) => before.trim_end(),
        None => inner,
    };
    let closed = inner.ends_with([';', '；']) || after.trim_start().starts_with([';', '；']);
    opens
        && (after.contains("et al")
            || AUTHORS_YEAR.is_match(after)
            || (closed && names_its_authors(after)))
}

/// Whether an item with no link opens with a bold title too short to read
/// as one (`- **DATASET DISTILLATION;** Tongzhou Wang et al`) and names
/// its authors: a paper among the papers of its run, not a category.
pub(super) fn short_bold_with_authors(links: &[&FragmentLink], text: &str, span: Span) -> bool {
    links_within(links, span).is_empty()
        && matches!(
            bold_title::bold_title(span.slice(text), span.start),
            Some(BoldTitle::Short(bold)) if opens_with_cited_bold(text, span, bold)
        )
}

/// Whether the words after a bold title and its `;`, up to the next `;` or
/// the line's end, name its authors: people in full (`; Xiaosen Zheng, Jing Jiang; Discuss
/// ...`, `Vitaly Feldman`), or `Anonymous` for a paper under review.
fn names_its_authors(after: &str) -> bool {
    let words = after
        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ';' | '；' | '*' | '_'));
    let authors = words
        .split([';', '；', '\n'])
        .next()
        .unwrap_or("")
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '*' | '_'));
    if authors == "Anonymous" {
        return true;
    }
    let person = |name: &str| {
        let words: Vec<&str> = name.split_whitespace().collect();
        (2..=4).contains(&words.len())
            && words.iter().all(|w| {
                (w.starts_with(char::is_uppercase)
                    || super::item_lead::NAME_PARTICLES.contains(&w.to_lowercase().as_str()))
                    && !w.chars().any(|c| c.is_ascii_digit())
            })
    };
    let names: Vec<&str> = authors
        .split(',')
        .flat_map(|part| part.split(" and "))
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .collect();
    // One author alone in two or three words (`Vitaly Feldman`).
    let alone = names.len() == 1 && names[0].split_whitespace().count() <= 3;
    (names.len() >= 2 || alone) && names.iter().all(|name| person(name))
}

/// A year after the authors' names, as a reference gives it (`*Xiaobing
/// Han, et al.* 2015.`, `Sergey M. Plis, 2014`).
static AUTHORS_YEAR: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"[A-Z][a-z]+[*_]?[,.]?[ \t]+(?:19|20)[0-9]{2}\b").expect("valid regex")
});

/// The links that lie within `span`, from `links` sorted by their start.
pub(super) fn links_within<'l>(
    links: &'l [&'l FragmentLink],
    span: Span,
) -> &'l [&'l FragmentLink] {
    let first = links.partition_point(|l| l.span.start < span.start);
    let count = links[first..]
        .iter()
        .take_while(|l| l.span.end <= span.end)
        .count();
    &links[first..first + count]
}

/// The first of `links` that names a paper by an id.
pub(super) fn first_paper_link<'l>(links: &[&'l FragmentLink]) -> Option<&'l FragmentLink> {
    links
        .iter()
        .find(|l| !crate::knowledge::ids::paper_ids(&l.url).is_empty())
        .copied()
}

/// Whether `text` opens with a colon and a quote (`: "Title"`, `:“Title”`).
fn quoted_after(text: &str) -> bool {
    text.trim_start_matches(['*', '_'])
        .trim_start()
        .strip_prefix([':', '：'])
        .is_some_and(|rest| rest.trim_start().starts_with(['"', '“']))
}

/// Whether `text`, after a bold name, goes on with a colon and a text in
/// italics (`: *Title*`, `: _Title_`), not in bold.
fn italics_after(text: &str) -> bool {
    text.trim_start_matches(['*', '_'])
        .trim_start()
        .strip_prefix([':', '：'])
        .map(str::trim_start)
        .is_some_and(|rest| {
            let mut marks = rest.chars();
            matches!(marks.next(), Some('*' | '_'))
                && marks.next().is_some_and(char::is_alphanumeric)
        })
}

/// A title in quotes after its authors (`**DSN**: C. Simon, P. Koniusz.
/// "Adaptive Subspaces for Few-Shot Learning." CVPR (2020). [[pdf]](...)`),
/// the way references are written: the item names a paper when it links
/// one.
fn quoted_entry(document: &Document<'_>, own: &[&FragmentLink], span: Span) -> Option<Named> {
    let text = &document.text[span.start..span.end];
    let quote = QUOTED.captures_iter(text).find_map(|c| {
        let inner = c.get(1).or_else(|| c.get(2))?;
        (!inner.as_str().contains('[') && is_title(inner.as_str())).then_some(inner)
    })?;
    if announced(&text[..quote.start()]) {
        return None;
    }
    let paper = first_paper_link(own)?;
    Some(Named {
        title: quote
            .as_str()
            .trim()
            .trim_end_matches(['.', ','])
            .to_string(),
        title_span: Span::new(span.start + quote.start(), span.start + quote.end()),
        paper_link: Some(paper.clone()),
        in_plain_text: false,
        kind: EntryKind::Usual,
    })
}

/// A title written as the item's plain leading text (`- Title. In *ICML
/// 2019*. [[pdf](...)]`): the item names a paper when it links one.
fn plain_entry(
    document: &Document<'_>,
    own: &[&FragmentLink],
    span: Span,
    venues: &VenueBook,
) -> Option<Named> {
    let paper = super::cited_link::first_uncited_paper_link(document.text, own, venues);
    if paper.is_none() && !paper_link_to_come(own) {
        return None;
    }
    let text = &document.text[span.start..span.end];
    let first_line = text.split_inclusive('\n').next().unwrap_or(text);
    let range = plain_title::plain_title(first_line, venues)?;
    if announced(&first_line[..range.start]) {
        return None;
    }
    let title = &first_line[range.clone()];
    is_title(title).then(|| Named {
        title: title.to_string(),
        title_span: Span::new(span.start + range.start, span.start + range.end),
        paper_link: paper.cloned(),
        in_plain_text: true,
        kind: EntryKind::Usual,
    })
}

/// Whether the item at `span` gives a plain title and, on its own lines,
/// only what comes with its paper (`- LightenNet: a convolutional neural
/// network for ... (PRL 2018)` then `[[Project]](...)`, `[[code]](...)`,
/// or its authors, or its venue and year: `- Title, *ACM MM, 2025*.
/// [[Paper-TODO]]`):
/// a paper without its own link, not a category.
pub(super) fn titled_without_paper_link(
    document: &Document<'_>,
    links: &[&FragmentLink],
    span: Span,
    venues: &VenueBook,
) -> bool {
    let own = links_within(links, span);
    let text = &document.text[span.start..span.end];
    let first_line = text.split_inclusive('\n').next().unwrap_or(text);
    first_paper_link(own).is_none()
        && plain_title::plain_title(first_line, venues).is_some_and(|range| {
            is_title(&first_line[range.clone()])
                && (!own.is_empty()
                    || first_line.len() < text.len()
                    || names_a_venue_and_year(&first_line[range.end..], venues))
        })
}

/// Whether the item's first line names a work and its author after a comma
/// (`- Quantum networking, by  Rodney Van Meter (book)`): a book or a paper
/// the list has no link for, among the papers of its run, not a category
/// (`- Papers by Yann LeCun`, without the comma, may be one).
pub(super) fn attributed_work(document: &Document<'_>, span: Span) -> bool {
    static BY_AUTHOR: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"^[^\n,]*\w[^\n,]*,\s*by\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)+")
            .expect("valid regex")
    });
    let text = &document.text[span.start..span.end];
    let first_line = text.lines().next().unwrap_or(text);
    // An item with items nested under it is a category
    // (`- Computer vision, by Fei-Fei Li` over its papers).
    let indent = |line: &str| line.len() - line.trim_start().len();
    let next = document.text[span.end..]
        .lines()
        .find(|l| !l.trim().is_empty());
    let heads_nested_items = next.is_some_and(|l| {
        let marker = l.trim_start().starts_with(['-', '*', '+'])
            || l.trim_start().starts_with(|c: char| c.is_ascii_digit());
        marker && indent(l) > indent(first_line)
    });
    BY_AUTHOR.is_match(first_line) && !heads_nested_items
}

/// Whether the item cites a paper as references do, its title in quotes
/// (`- **MATI:** Authors.<br /> "MATI: Multimodal Adaptive Tracking
/// Integrator for ..." Sensors (2024). [[paper](scholar.google.com/...)]`),
/// and links it where no paper id can be read: a paper among the papers of
/// its run, not a category.
pub(super) fn quoted_without_paper_link(
    document: &Document<'_>,
    links: &[&FragmentLink],
    span: Span,
) -> bool {
    let own = links_within(links, span);
    let text = &document.text[span.start..span.end];
    !own.is_empty()
        && first_paper_link(own).is_none()
        && QUOTED.captures_iter(text).any(|c| {
            let (Some(whole), Some(inner)) = (c.get(0), c.get(1).or_else(|| c.get(2))) else {
                return false;
            };
            let before = &text[..whole.start()];
            // `alt="Applications Of Vision Language Models"` is no title.
            let in_a_tag = before.rfind('<') > before.rfind('>');
            // A reference closes its title with a full stop or a comma
            // (`"Title." Sensors (2024).`); a tagline in quotes does not.
            let closed =
                inner.as_str().ends_with(['.', ',']) || text[whole.end()..].starts_with(['.', ',']);
            !in_a_tag
                && closed
                && !inner.as_str().contains('[')
                && is_title(inner.as_str())
                && !announced(before)
        })
}

/// Whether an item with no link at all gives a bold title of four words
/// or more, a year and a known venue's name beside it (`* [CIKM '23] Li,
/// Qi. "**Harnessing the power of ...**." Proceedings of ... 2023.`, `*
/// **Title**, *CIKM, 2023*.`): a reference to a paper the list has no link
/// for, among the papers of its run. A category's bold name may give its
/// years (`- **Large Language Models as Robot Planners** (2023)`), not a
/// venue.
pub(super) fn cited_without_link(
    links: &[&FragmentLink],
    text: &str,
    span: Span,
    venues: &VenueBook,
) -> bool {
    static YEAR: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"\b(?:19|20)[0-9]{2}\b").expect("valid regex"));
    if !links_within(links, span).is_empty() {
        return false;
    }
    let item = span.slice(text);
    let Some(BoldTitle::Long(bold)) = bold_title::bold_title(item, span.start) else {
        return false;
    };
    let beside = [&text[span.start..bold.start], &text[bold.end..span.end]];
    let names_a_venue = |words: &str| {
        words
            .split(|c: char| !c.is_alphanumeric())
            .filter(|word| word.len() >= 2 && word.chars().any(char::is_alphabetic))
            .any(|word| {
                matches!(
                    venues.parse(word, |_| false),
                    crate::knowledge::VenueCell::Known(_)
                )
            })
    };
    beside.iter().any(|words| YEAR.is_match(words))
        && beside.iter().any(|words| names_a_venue(words))
}

/// Whether `text` names a known venue with its year (`*ACM MM, 2025*`,
/// `CVPR 2021`): a paper's place, where a category's year (`Search,
/// 2017`, `(2018-2020)`) names none.
fn names_a_venue_and_year(text: &str, venues: &VenueBook) -> bool {
    static VENUE_AND_YEAR: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(
            r"\b(?P<name>[A-Za-z][A-Za-z&]*(?: [A-Za-z][A-Za-z&]*)?),? (?:19|20)[0-9]{2}\b",
        )
        .expect("valid regex")
    });
    VENUE_AND_YEAR.captures_iter(text).any(|found| {
        found.name("name").is_some_and(|name| {
            matches!(
                venues.parse(name.as_str(), |_| false),
                crate::knowledge::VenueCell::Known(_)
            )
        })
    })
}

/// Whether the item's first link is its paper's, left without an address
/// (`- Title [[Paper]()]`, `- Title [![paper](badge)]()`): a paper whose
/// link is to come, which keeps its place among the papers around it.
fn paper_link_to_come(own: &[&FragmentLink]) -> bool {
    own.first().is_some_and(|link| {
        let text = link.text.trim();
        link.url.trim().is_empty() && (text.is_empty() || super::title_words::is_label(text))
    })
}

/// A title without the quotes and the full stop a reference puts around it
/// (`"MADiff: Offline Multi-agent Learning."`).
fn unquoted(title: &str) -> &str {
    let title = title.trim();
    let inner = title
        .strip_prefix(['"', '“'])
        .and_then(|t| t.strip_suffix(['"', '”']));
    inner.map_or(title, |t| t.trim().trim_end_matches([',', '.']))
}

/// The title without the venue and year a list writes after it in its
/// link's text (`Title - ECCV - 2018`, `Title-ECCV-2018`, `Title（CVPR2020）`,
/// `Title (ICLR 2021)`); titles/key.rs drops a tag written before a title.
/// A hyphen inside a word opens no tag: `Multi-task Network Cascades-2015`
/// keeps its words.
fn without_trailing_venue_tag(title: &str) -> &str {
    static TAG: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(
            r"\s*(?:(?:\s[-–—]\s*[^-–—]{1,30}?\s*|[-–—][^-–—\s]{1,30})[-–—]\s*(?:19|20)[0-9]{2}|[(（\[][^()（）\[\]]{0,30}?(?:19|20)[0-9]{2}[)）\]])\s*$",
        )
        .expect("valid regex")
    });
    let title = title.trim();
    let cut = TAG.find(title).map_or(title, |tag| &title[..tag.start()]);
    if is_title(cut) {
        cut
    } else {
        title
    }
}

#[cfg(test)]
mod tests;
