//! A system's name linked to its paper, the rest of the title after a
//! colon: `- [BlockLLM](arxiv): Multi-tenant Finer-grained Serving for
//! Large Language Models` or `- [AttentionStore:](arxiv) Cost-effective
//! Attention Reuse ...`. Lists of systems papers write half their papers
//! so; the link's text alone is too short to be a title.

use super::entry::{EntryKind, Named};
use super::item_lead::leads_the_item;
use super::title_words::{is_label, is_title};
use crate::document::{Document, FragmentLink};
use crate::knowledge::ids::paper_ids;
use crate::rules::titles::FUNCTION_WORDS;
use crate::span::Span;

/// Words a name has at most: `Hogwild! Inference`, `One Queue Is All You
/// Need` is a title of its own.
const NAME_WORDS: usize = 3;

/// Words a subtitle has at least: `[Punica](...): Multi-Tenant LoRA
/// Serving`.
const SUBTITLE_WORDS: usize = 3;

/// Words a subtitle has at most: longer, it is a description of what the
/// link names (`[SMRT](paper): This dataset presents ... 80,038 small
/// molecules.`), not the rest of a title.
const MAX_SUBTITLE_WORDS: usize = 16;

/// Words that open a sentence about the linked work, not a subtitle.
const DESCRIPTION_OPENERS: [&str; 8] = [
    "This", "These", "That", "It", "We", "Our", "Here", "Includes",
];

/// Where a subtitle ends: the list's columns (`| SOSP' 24`), the next
/// link or tag, an HTML tag, a dash before a note (`— overlaps drafting
/// ...`), or the end of the line.
const SUBTITLE_ENDS: [char; 8] = ['|', '[', '<', '(', '—', '–', '\n', '\r'];

/// Hosts of code and packages: a tool's name linked there with a line
/// about it (`[PyG](github): Graph Neural Network Library`) is a resource,
/// a category of the papers filed under it.
const CODE_HOSTS: [&str; 5] = [
    "github.com",
    "gitlab.com",
    "huggingface.co",
    "pypi.org",
    "bitbucket.org",
];

/// The paper an item names as `[Name](paper): Subtitle`, if it opens so
/// and its link has a paper id: a page's link (`[Llumnix](usenix page)`)
/// names the work without saying which paper.
pub(super) fn named_link_entry(
    document: &Document<'_>,
    own: &[&FragmentLink],
    span: Span,
) -> Option<Named> {
    let (link, title, title_span) = named_and_subtitled(document, own, span)?;
    (!paper_ids(&link.url).is_empty()).then(|| Named {
        title,
        title_span,
        paper_link: Some(link.clone()),
        in_plain_text: false,
        kind: EntryKind::Usual,
    })
}

/// Whether the item opens as `[Name](page): Subtitle` on a page that is
/// no code host's (`[Llumnix](usenix presentation)`): a work of the list,
/// not a category that ends the run.
pub(super) fn names_a_work(document: &Document<'_>, own: &[&FragmentLink], span: Span) -> bool {
    named_and_subtitled(document, own, span).is_some_and(|(link, _, _)| {
        let host = link
            .url
            .split("://")
            .nth(1)
            .unwrap_or("")
            .split(['/', '?', '#'])
            .next()
            .unwrap_or("");
        let host = host.strip_prefix("www.").unwrap_or(host);
        !CODE_HOSTS.contains(&host)
    })
}

/// The item's leading link, and the title its name and subtitle make.
fn named_and_subtitled<'l>(
    document: &Document<'_>,
    own: &[&'l FragmentLink],
    span: Span,
) -> Option<(&'l FragmentLink, String, Span)> {
    let (link, name, colon_inside) = linked_name(document, own, span)?;
    let after = &document.text[link.span.end..span.end];
    let (subtitle, offset) = subtitle_after(after, colon_inside)?;
    let title = format!("{name}: {subtitle}");
    let subtitle_end = link.span.end + offset + subtitle.len();
    is_title(&title).then(|| (link, title, Span::new(link.span.start, subtitle_end)))
}

/// The item's leading Markdown link when its text is a short name
/// (`[Jenga]`, `[[Jenga]]`, `[AttentionStore:]`), with whether the colon
/// sits inside the brackets.
fn linked_name<'l>(
    document: &Document<'_>,
    own: &[&'l FragmentLink],
    span: Span,
) -> Option<(&'l FragmentLink, &'l str, bool)> {
    let link = *own.first()?;
    let text = document.text;
    // A Markdown link with words, not a badge or an HTML anchor.
    let written = &text[link.span.start..link.span.end];
    if !written.starts_with('[')
        || written.starts_with("[!")
        || !leads_the_item(&text[span.start..link.span.start])
    {
        return None;
    }
    // `[[Jenga]](...)`: the brackets a list puts around a name.
    let name = link
        .text
        .trim()
        .trim_start_matches('[')
        .trim_end_matches(']')
        .trim();
    let (name, colon_inside) = match name.strip_suffix(':') {
        Some(name) => (name.trim_end(), true),
        None => (name, false),
    };
    let words = name.split_whitespace().count();
    let is_name =
        (1..=NAME_WORDS).contains(&words) && !is_label(name) && name.contains(char::is_alphabetic);
    is_name.then_some((link, name, colon_inside))
}

/// The subtitle that follows the link (`after` is the item's text from the
/// link's end), with its offset in `after`: after one colon, up to the
/// list's next column, link, note or author list, in title case and not a
/// sentence about the work.
fn subtitle_after(after: &str, colon_inside: bool) -> Option<(&str, usize)> {
    let rest = after.trim_start_matches([' ', '\t']);
    let rest = match rest.strip_prefix(':') {
        // `[AttentionStore:](...): Cost-effective ...`: one colon read.
        Some(after_colon) => after_colon.trim_start_matches([' ', '\t']),
        None if colon_inside => rest,
        None => return None,
    };
    let end = rest.find(SUBTITLE_ENDS).unwrap_or(rest.len());
    // ` - Lequn Chen, ...`: authors after a spaced hyphen.
    let end = rest[..end].find(" - ").unwrap_or(end);
    let subtitle = rest[..end]
        .trim_end()
        .trim_end_matches(['.', ',', ';'])
        .trim_end();
    let words = subtitle.split_whitespace().count();
    let describes = subtitle
        .split_whitespace()
        .next()
        .is_some_and(|first| DESCRIPTION_OPENERS.contains(&first))
        || !in_title_case(subtitle);
    let is_subtitle = (SUBTITLE_WORDS..=MAX_SUBTITLE_WORDS).contains(&words) && !describes;
    is_subtitle.then_some((subtitle, after.len() - rest.len()))
}

/// Whether half a subtitle's telling words (four letters or more, no
/// function words) or more open with a capital, as titles in these lists
/// do (`Multi-tenant Finer-grained Serving for Large Language Models`); a
/// line about a dataset or model reads as a sentence (`Renditions of
/// ImageNet classes such as art and cartoons`).
fn in_title_case(subtitle: &str) -> bool {
    let telling: Vec<&str> = subtitle
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| w.chars().count() >= 4 && w.starts_with(char::is_alphabetic))
        .filter(|w| !FUNCTION_WORDS.contains(&w.to_lowercase().as_str()))
        .collect();
    let capitalised = telling
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    2 * capitalised >= telling.len()
}

#[cfg(test)]
mod tests {
    use crate::rules::list_entries::tests::{runs_of, titles_and_runs};

    #[test]
    fn a_name_linked_to_its_paper_then_its_subtitle_is_the_title() {
        // AmberLJC's LLM systems list writes the colon after the link or
        // inside it, and its venue as a column after `|`.
        let text = "## Serving\n\n\
            - [BlockLLM:](https://arxiv.org/abs/2404.18322) Multi-tenant Finer-grained Serving for Large Language Models\n\
            - [Punica](https://arxiv.org/abs/2310.18547): Multi-Tenant LoRA Serving | MLSys' 24\n\
            - [eLLM](https://arxiv.org/abs/2506.14851) : Elastic Memory Management Framework for Efficient LLM Serving\n\
            - [DeepSpeed Inference](https://arxiv.org/abs/2207.00032) : Enabling Efficient Inference of Transformer Models at Unprecedented Scale.\n\
            - [MineDraft](https://arxiv.org/abs/2603.18016): A Framework for Batch Parallel Speculative Decoding — overlaps drafting and verification\n\
            - [AttentionStore:](https://arxiv.org/abs/2403.19708): Cost-effective Attention Reuse across Conversations\n\
            - [[Jenga]](https://arxiv.org/abs/2503.18292): Effective Memory Management for Serving LLM (SOSP 2025)\n\
            - [Punica](https://arxiv.org/abs/2310.18547): Multi-Tenant LoRA Serving for Clusters - Lequn Chen, Zihao Ye\n\
            - [GPT-3](https://arxiv.org/abs/2005.14165): \"Language Models are Few-Shot Learners\" (NeurIPS 2020)\n";
        let titles: Vec<String> = titles_and_runs(text).into_iter().map(|(t, _)| t).collect();
        assert_eq!(
            titles,
            [
                "BlockLLM: Multi-tenant Finer-grained Serving for Large Language Models",
                "Punica: Multi-Tenant LoRA Serving",
                "eLLM: Elastic Memory Management Framework for Efficient LLM Serving",
                "DeepSpeed Inference: Enabling Efficient Inference of Transformer Models at Unprecedented Scale",
                "MineDraft: A Framework for Batch Parallel Speculative Decoding",
                "AttentionStore: Cost-effective Attention Reuse across Conversations",
                "Jenga: Effective Memory Management for Serving LLM",
                "Punica: Multi-Tenant LoRA Serving for Clusters",
                // The quoted title is the title, as the quoted reader reads it.
                "Language Models are Few-Shot Learners",
            ]
        );
    }

    #[test]
    fn a_description_after_a_named_link_is_no_subtitle() {
        // JosieHong's mass-spectrometry list names datasets so, and cites
        // their papers again among the papers.
        let text = "## Datasets\n\n\
            - [AllCCS](https://www.nature.com/articles/s41467-020-18171-8): This collection includes more than 5,000 experimental CCS records.\n\
            - [SMRT](https://www.nature.com/articles/s41467-019-13680-7): This dataset presents an experimentally acquired reverse-phase chromatography retention time dataset.\n\
            - [Second Opinion](https://arxiv.org/abs/2001.00001): a tool\n\
            - [AllCCS2](https://pubs.acs.org/doi/10.1021/acs.analchem.3c02267): Compared to AllCCS, AllCCS2 incorporates newly available experimental CCS data, including 10,384 records from 4,326 compounds. After standardization, 7,713 unified CCS values with confidence scores were added.\n\
            - [ImageNet-R](https://arxiv.org/abs/2006.16241): Renditions of ImageNet classes such as art and cartoons\n\
            - [LLaVA-1.5](https://arxiv.org/abs/2310.03744): Simple fully-connected projector and academic VQA data\n\
            - AgentRx <a href=\"https://arxiv.org/abs/2602.02475\"><img src=\"https://img.shields.io/badge/arXiv_2026-red\" alt=\"arXiv 2026 Badge\"></a>: first unrecoverable failure step annotation\n";
        assert_eq!(titles_and_runs(text), []);
    }

    #[test]
    fn a_named_link_to_a_page_keeps_the_run() {
        // `[Llumnix](a meeting's page): Dynamic Scheduling ...` names a work
        // without a paper id (a USENIX presentation page would be one):
        // not compared, and not a category either.
        let text = "## Serving\n\n\
            - [BlockLLM:](https://arxiv.org/abs/2404.18322) Multi-tenant Finer-grained Serving for Large Language Models\n\
            - [Llumnix](https://www.usenix.org/conference/osdi24/technical-sessions): Dynamic Scheduling for Large Language Model Serving | OSDI' 24\n\
            - [BlockLLM](https://arxiv.org/abs/2404.18322): Multi-tenant Finer-grained Serving for Large Language Models\n\
            - [Serving](https://example.org/serving)\n\
            - [Preble](https://arxiv.org/abs/2407.00023): Efficient Distributed Prompt Scheduling for LLM Serving\n";
        let runs = runs_of(text);
        assert_eq!(runs.len(), 3, "{:?}", titles_and_runs(text));
        assert_eq!(runs[0], runs[1]);
        assert_ne!(runs[1], runs[2]);
    }

    #[test]
    fn a_tool_on_a_code_host_or_a_shallower_named_link_ends_the_run() {
        // A graph-learning list files each paper under the libraries that
        // implement it: `[PyG](github): Graph Neural Network Library`.
        let gcn = "  - [Semi-Supervised Classification with Graph Convolutional Networks](https://arxiv.org/abs/1609.02907)\n";
        let text = format!(
            "## Libraries\n\n\
             - [PyG](https://github.com/pyg-team/pytorch_geometric): Graph Neural Network Library for PyTorch\n{gcn}\
             - [DGL](https://github.com/dmlc/dgl): Deep Graph Library for Python\n{gcn}"
        );
        let runs = runs_of(&text);
        assert_eq!(runs.len(), 2);
        assert_ne!(runs[0], runs[1]);
        // Side by side, a tool's item is a category all the same.
        let flat = text.replace("\n  - [Semi", "\n- [Semi");
        let runs = runs_of(&flat);
        assert_ne!(runs[0], runs[1]);
        // On a page that is no code host, a step back still ends the run.
        let text = text.replace(
            "https://github.com/dmlc/dgl",
            "https://www.dgl.ai/pages/about.html",
        );
        let runs = runs_of(&text);
        assert_ne!(runs[0], runs[1]);
    }
}
