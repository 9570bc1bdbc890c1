//! One paper cited again, in another topic's table, under the name of what
//! it introduced (`Z3 / CVC5` on the DOI of "Z3: an efficient SMT solver",
//! `AlphaGeometry / AlphaGeometry2` on "Solving olympiad geometry ...
//! (AlphaGeometry)") or under a description of it ("Eureqa: distilling
//! free-form natural laws" on "Distilling free-form natural laws from
//! experimental data"): both links are right, and lists cross-list on
//! purpose, as they do copies under one title.

use super::super::duplicates::Pair;
use super::super::{Context, RowRef};
use crate::facts::row_title;
use crate::knowledge::ids::PaperId;

pub(super) fn cited_again_elsewhere(cx: &Context<'_>, pair: &Pair<'_>, id: &PaperId) -> bool {
    let (a, b) = (&pair.earlier, &pair.later);
    let sections = &cx.profile.sections;
    if sections.same_section(a.table_index, b.table_index)
        || sections.exclusive(cx.document, a.table.heading, b.table.heading)
    {
        return false;
    }
    let (Some(x), Some(y)) = (row_title(a.table, a.row), row_title(b.table, b.row)) else {
        return false;
    };
    // On an arXiv link two titles may be a paper's old and new name, which
    // shared-paper-link reports as such (a stale copy).
    if matches!(id, PaperId::Arxiv(_)) {
        return false;
    }
    let described = related_titles(x, y) && shared_run(x, y) >= 4;
    same_year(a, b)
        && same_venue(a, b)
        && (described || names(x).iter().any(|n| names(y).contains(n)))
}

/// Both rows name one venue, or one names none.
pub(super) fn same_venue(a: &RowRef<'_>, b: &RowRef<'_>) -> bool {
    let venue = |r: &RowRef<'_>| Some(r.facts.venue.as_ref()?.value.mention()?.venue);
    match (venue(a), venue(b)) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// The longest run of words two titles share in the same order: a
/// description quotes the paper's title (`distilling free-form natural
/// laws`), two papers of one topic only share words here and there.
pub(super) fn shared_run(a: &str, b: &str) -> usize {
    use crate::rules::titles::lower_words;
    let (a, b) = (lower_words(a), lower_words(b));
    let mut longest = 0;
    for i in 0..a.len() {
        for j in 0..b.len() {
            let run = a[i..]
                .iter()
                .zip(&b[j..])
                .take_while(|(x, y)| x == y)
                .count();
            longest = longest.max(run);
        }
    }
    longest
}

/// Both rows give the same year, or one gives none.
pub(super) fn same_year(a: &RowRef<'_>, b: &RowRef<'_>) -> bool {
    match (a.facts.cell_year(), b.facts.cell_year()) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// The coined names a title gives as a whole part of it: before a colon
/// (`Z3: ...`), between slashes (`Z3 / CVC5`), in a trailing parenthesis
/// (`... (AlphaGeometry)`), before a note in parentheses. A name is one word
/// with a digit or a capital after its first letter.
fn names(title: &str) -> Vec<String> {
    let mut parts: Vec<&str> = Vec::new();
    if let Some((head, _)) = title.split_once(':') {
        parts.push(head);
    }
    if let Some((head, rest)) = title.split_once('(') {
        parts.push(head);
        parts.push(rest.trim_end().trim_end_matches(')'));
    }
    parts.extend(title.split(" / "));
    parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| is_coined(p))
        .map(str::to_lowercase)
        .collect()
}

fn is_coined(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_alphanumeric)
        && word.chars().count() >= 2
        && word.chars().all(|c| c.is_alphanumeric() || c == '-')
        && chars.any(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Words of four letters or more that say nothing about a title's topic.
const TITLE_STOP_WORDS: &[&str] = &[
    "with", "from", "that", "this", "into", "using", "based", "than", "when", "what", "your",
    "their", "over", "does",
];

/// Whether two titles share enough words to be two names of one paper:
/// at least three words of four letters or more, and half of the shorter
/// title's such words ("language", "models", "attacks" alone are common to
/// many titles of one field).
pub(super) fn related_titles(a: &str, b: &str) -> bool {
    let words = |t: &str| -> std::collections::HashSet<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 4)
            .map(str::to_lowercase)
            .filter(|w| !TITLE_STOP_WORDS.contains(&w.as_str()))
            .collect()
    };
    let (a, b) = (words(a), words(b));
    let shared = a.intersection(&b).count();
    shared >= 3 && 2 * shared >= a.len().min(b.len())
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn a_description_quotes_a_run_of_the_title() {
        let paper = "Distilling free-form natural laws from experimental data";
        let quoted = "Eureqa: distilling free-form natural laws (symbolic regression)";
        assert_eq!(super::shared_run(paper, quoted), 5);
        // ViTCoT and Video-CoT share words of their topic, no run of them.
        let vitcot =
            "ViTCoT: Video-Text Interleaved Chain-of-Thought for Boosting Video Understanding";
        let video_cot = "Video-CoT: A Comprehensive Dataset for Spatiotemporal Understanding of Videos Based on Chain-of-Thought";
        assert!(super::shared_run(vitcot, video_cot) < 4);
    }

    fn sections(systems: &str) -> String {
        format!(
            "## Foundations\n\n| Title | Venue | Year | Links |\n|---|---|---|---|\n\
             | Z3: an efficient SMT solver | TACAS | 2008 | [DOI](https://doi.org/10.1007/978-3-540-78800-3_24) |\n\
             | Distilling free-form natural laws from experimental data | Science | 2009 | [DOI](https://doi.org/10.1126/science.1165893) |\n\n\
             ## Systems\n\n| Title | Roles | Year | Links |\n|---|---|---|---|\n{systems}\n"
        )
    }

    #[test]
    fn a_system_cited_again_by_its_name_in_another_section_is_one_paper() {
        let systems = "| Z3 / CVC5 | R | 2008 | [DOI](https://doi.org/10.1007/978-3-540-78800-3_24) |\n\
                       | Eureqa: distilling free-form natural laws (symbolic regression) | R | 2009 | [DOI](https://doi.org/10.1126/science.1165893) |";
        let text = sections(systems);
        assert!(
            lines("shared-paper-link", &text).is_empty(),
            "{:?}",
            check("shared-paper-link", &text)
        );
        // Another name, or another year, on the link: one link is wrong.
        let systems = "| CVC5 | R | 2008 | [DOI](https://doi.org/10.1007/978-3-540-78800-3_24) |\n\
                       | Eureqa: distilling free-form natural laws (symbolic regression) | R | 2012 | [DOI](https://doi.org/10.1126/science.1165893) |";
        assert_eq!(lines("shared-paper-link", &sections(systems)), [12, 13]);
        // Two surveys of one field, at two venues, on one DOI: one is wrong.
        let other = "## Forecasting\n\n| Title | Venue | Year | Links |\n|---|---|---|---|\n\
            | Deep learning for time series forecasting: a survey | Big Data | 2021 | [DOI](https://doi.org/10.1089/big.2020.0159) |\n\n\
            ## Classification\n\n| Title | Venue | Year | Links |\n|---|---|---|---|\n\
            | Deep learning for time series classification: a review | DMKD | 2021 | [DOI](https://doi.org/10.1089/big.2020.0159) |\n";
        assert_eq!(lines("shared-paper-link", other), [11]);
        // A title that quotes no run of the paper's words.
        let systems = "| Symbolic regression: laws from data | R | 2009 | [DOI](https://doi.org/10.1126/science.1165893) |";
        assert_eq!(lines("shared-paper-link", &sections(systems)), [12]);
    }
}
