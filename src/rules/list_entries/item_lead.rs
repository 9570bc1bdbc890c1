//! What may stand before an item's title: its marker and labels (tags,
//! badges, a date or venue, a dated tag in parentheses), or the authors a
//! reference cites first; not a sentence or a list's news of its own work.

use std::sync::LazyLock;

/// Whether what stands before the title is only the item's marker and
/// labels: tags in brackets (`[CVPR 2023]`), a code span that opens the
/// item, badges, emphasis marks, a date or a venue (`25.04`, `CVPR 2023
/// -`), three words at most.
pub(super) fn leads_the_item(before: &str) -> bool {
    let before = without_code_label(without_dated_tag(before));
    let mut depth = 0usize;
    let mut outside = String::new();
    let mut previous = ' ';
    for c in before.chars() {
        match c {
            // A link's address (`](...)`) is part of its label; other
            // parentheses hold words.
            '[' | '<' => depth += 1,
            '(' if previous == ']' || depth > 0 => depth += 1,
            // `(2024)` after authors' names: its `(` was kept, so is its `)`.
            ')' if depth == 0 => outside.push(c),
            ']' | ')' | '>' => depth = depth.saturating_sub(1),
            _ if depth == 0 => outside.push(c),
            _ => {}
        }
        previous = c;
    }
    let words = outside
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    (words <= 3 || cites_authors(&outside)) && !announced(&outside)
}

/// `before` without a tag in parentheses that opens the item and holds a
/// year (`11. (2015 Journal of the Royal Statistical Society) **Title**`,
/// zhijing-jin's CausalNLP list): where and when, however many its words.
fn without_dated_tag(before: &str) -> &str {
    let after_marker = after_item_marker(before);
    let Some(inside) = after_marker.strip_prefix('(') else {
        return before;
    };
    let Some(close) = inside.find(')').filter(|&at| at <= DATED_TAG_MAX) else {
        return before;
    };
    let dated = inside[..close]
        .split(|c: char| !c.is_ascii_digit())
        .any(|digits| digits.len() == 4 && (digits.starts_with("19") || digits.starts_with("20")));
    if dated {
        &inside[close + 1..]
    } else {
        before
    }
}

/// `before` without a code span that opens the item: a label of tags
/// however many its words (AudioLLMs' `` - `【2024-12】-【ADU-Bench】-【Tsinghua
/// University, University of Oxford】` `` over its nested bold title).
fn without_code_label(before: &str) -> &str {
    after_item_marker(before)
        .strip_prefix('`')
        .and_then(|inside| inside.find('`').map(|close| &inside[close + 1..]))
        .unwrap_or(before)
}

/// The text after an item's marker (`-`, `*`, `+`, `11.`, `3)`).
fn after_item_marker(before: &str) -> &str {
    before
        .trim_start()
        .trim_start_matches(|c: char| {
            c.is_ascii_digit() || matches!(c, '.' | ')' | '-' | '*' | '+')
        })
        .trim_start()
}

/// The longest tag in parentheses read as a venue and its year.
const DATED_TAG_MAX: usize = 80;

/// Words a particle of a name may be, in lower case (`van der Maaten`).
pub(super) const NAME_PARTICLES: &[&str] = &[
    "et", "al", "al.", "and", "van", "von", "der", "den", "de", "da", "del", "di", "la", "le",
];

/// Words of a sentence, not of a name, however capitalised.
const SENTENCE_WORDS: &[&str] = &[
    "by",
    "from",
    "with",
    "in",
    "at",
    "as",
    "is",
    "are",
    "was",
    "were",
    "follow",
    "see",
    "via",
    "slides",
    "video",
    "videos",
    "talk",
    "blog",
    "post",
    "demo",
    "follow-up",
];

/// Authors cited before the title, as references write them (`Zhu,
/// Zhengbang, et al.`, `A. Smith, B. Jones and C. Lee,`): every word
/// capitalised but name particles, ending in `et al` or a comma list of
/// names.
fn cites_authors(before: &str) -> bool {
    let text = without_trailing_year(
        before
            .trim()
            .trim_start_matches(|c: char| !c.is_alphabetic())
            // Authors in italics, `*Li J, et al*.`: the marks are no words.
            .trim_end_matches(AFTER_NAMES),
    )
    .trim_end_matches(AFTER_NAMES);
    let words: Vec<&str> = text.split_whitespace().collect();
    let names = words.iter().all(|w| {
        let lower = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
        // `Code, Slides, Video For [Title]`, `Follow-Up By Chen, ...`: a
        // label's or a sentence's words, capitalised.
        // (An initial, `A.`, is a name's.)
        let sentence = lower.chars().count() > 1
            && !NAME_PARTICLES.contains(&lower.as_str())
            && (super::title_words::is_link_word(&lower)
                || SENTENCE_WORDS.contains(&lower.as_str()));
        !sentence && (w.starts_with(char::is_uppercase) || NAME_PARTICLES.contains(&lower.as_str()))
    });
    let listed = text.ends_with("et al")
        || text.matches(',').count() >= 2
        || surnames_and_initials(text)
        || two_names(text);
    !words.is_empty() && words.len() <= 24 && names && listed
}

/// Marks that close a list of authors: `A. Smith, B. Jones.`, `*Li J*:`.
const AFTER_NAMES: [char; 8] = [' ', ',', ':', '.', '-', '–', '*', '_'];

/// `text` without the year a reference gives after its authors, as ACL's
/// style writes it (`Viktor Hangya and Alexander Fraser. 2019`) or in
/// parentheses (`Smith and Jones (2019)`).
fn without_trailing_year(text: &str) -> &str {
    let unbracketed = text.strip_suffix(')').unwrap_or(text);
    let Some(head) = unbracketed.get(..unbracketed.len().saturating_sub(4)) else {
        return text;
    };
    let year = &unbracketed[head.len()..];
    let year_like = year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
        && (year.starts_with("19") || year.starts_with("20"));
    let head = if unbracketed.len() < text.len() {
        head.strip_suffix('(')
    } else {
        Some(head)
    };
    match head {
        Some(head) if year_like && head.ends_with([' ', '.', ',', '(']) => head,
        _ => text,
    }
}

/// Two authors joined by `and`, each of one to four words:
/// `Viktor Hangya and Alexander Fraser`.
fn two_names(text: &str) -> bool {
    let Some((first, second)) = text.split_once(" and ") else {
        return false;
    };
    [first, second].iter().all(|name| {
        let words = name.split_whitespace().count();
        (1..=4).contains(&words) && !name.contains(',')
    })
}

/// Names written surname first, then initials, as Vancouver and the
/// Chinese standard (GB/T 7714) cite them: `Kim D, Song S`, `Perdomo J,
/// Gutierrez-Estevez M A`.
fn surnames_and_initials(text: &str) -> bool {
    text.split(',').all(|name| {
        let mut words = name.split_whitespace();
        let surname = words
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase));
        let initials: Vec<&str> = words.collect();
        surname
            && !initials.is_empty()
            && initials.iter().all(|w| {
                let letters = w.trim_end_matches('.');
                (1..=2).contains(&letters.len()) && letters.chars().all(|c| c.is_ascii_uppercase())
            })
    })
}

/// `Our paper [Title](...) has been accepted`, `We release "Title"`: a
/// list's news of its authors' own work, not a paper it lists.
pub(super) fn announced(before: &str) -> bool {
    before.split_whitespace().any(|w| {
        matches!(
            w.to_lowercase().trim_matches(|c: char| !c.is_alphabetic()),
            "our" | "we"
        )
    })
}

/// `- 2025.04.28: The Paper of VL-SAM2 was Accepted by CVPR 2025
/// Workshop ([arXiv](...))`: a dated line of a list's news, which tells
/// what became of a paper (listed again among the papers), not a paper it
/// lists. A date opens it, and a sentence before the paper's link says
/// that something was accepted, released or put online.
pub(super) fn reads_as_news(line: &str) -> bool {
    static DATE_FIRST: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(
            r"^[\s>*+\-0-9.)]*?[\[(*_`\s]*(?:19|20)[0-9]{2}[./-][01]?[0-9](?:[./-][0-3]?[0-9])?\b",
        )
        .expect("valid regex")
    });
    static WHAT_BECAME: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)\b(?:was|were|has been|have been|is now|are now)\s+(?:accepted|online|released|updated|published|available|selected|presented)\b",
        )
        .expect("valid regex")
    });
    // What became of it is said before the link to the paper; after it, a
    // note on a listed paper (`[Title](...) (code has been released)`).
    let before_link = match line.find("](") {
        Some(at) => &line[..line[..at].rfind('[').unwrap_or(at)],
        None => line,
    };
    DATE_FIRST.is_match(line) && WHAT_BECAME.is_match(before_link)
}

#[cfg(test)]
mod tests {
    use super::{leads_the_item, reads_as_news};

    #[test]
    fn a_dated_line_on_what_became_of_a_paper_is_news() {
        // 983632847/Awesome-Multimodal-Object-Tracking's Highlights.
        for line in [
            "- 2025.12.08: The Paper of UAV-Anti-UAV & MambaSTS was Online ([arXiv](https://arxiv.org/abs/2512.07385)).",
            "- 2025.04.28: The Paper of UW-COT220 & VL-SAM2 was Accepted by CVPR 2025 Workshop ([arXiv](https://arxiv.org/abs/2409.16902))",
            "* **[2024-05]** Paper X has been accepted by ACL 2024 [[paper](https://arxiv.org/abs/2311.06503)]",
            "- `2024/09` The Report was Updated ([arXiv](https://arxiv.org/abs/2405.14200))",
        ] {
            assert!(reads_as_news(line), "{line}");
        }
        for line in [
            // A paper filed under its date, whose title says nothing became of it.
            "- 2024.05.30: WebUOT-1M: Advancing Deep Underwater Object Tracking [[paper](https://arxiv.org/abs/2405.19818)]",
            // What a paper was is no news without a date first.
            "- Was It Accepted? Reviewing Peer Review at Scale [[paper](https://arxiv.org/abs/2405.19818)]",
            "- [Paper](https://arxiv.org/abs/2405.19818) 2024.05: the code was released later",
            // A dated paper with a note after its link.
            "- 2024.05.30: [WebUOT-1M: Advancing Deep Underwater Object Tracking](https://arxiv.org/abs/2405.19818) (code has been released)",
        ] {
            assert!(!reads_as_news(line), "{line}");
        }
    }

    #[test]
    fn authors_cited_surname_first_lead_the_item() {
        assert!(leads_the_item("* Kim D, Song S. "));
        assert!(leads_the_item(
            "* Perdomo J, Gutierrez-Estevez M A, Zhou C. "
        ));
        // A sentence of capitalised words is no list of names.
        assert!(!leads_the_item("* Read This First, Then Go On "));
        assert!(!leads_the_item("* Kim Dong, Song Sun Yi. "));
        // In italics, as bamtercelboo's law list writes them.
        assert!(leads_the_item("9. *Li J, et al*. "));
        assert!(leads_the_item("9. _Li J, et al_. "));
    }

    #[test]
    fn authors_and_their_year_lead_the_item() {
        // THUNLP-MT/MT-Reading-List, ACL's reference style.
        assert!(leads_the_item(
            "* Viktor Hangya and Alexander Fraser. 2019. "
        ));
        assert!(leads_the_item(
            "* Haipeng Sun, Rui Wang, Kehai Chen, Masao Utiyama, Eiichiro Sumita, and Tiejun Zhao. 2019. "
        ));
        assert!(leads_the_item("* Smith and Jones (2019): "));
        // A year alone after a sentence, or three names joined by `and`.
        assert!(!leads_the_item("* Read This First Then Go On. 2019. "));
        assert!(!leads_the_item("* Ann Lee and Bob Kay and Cy Young Jr. "));
        assert!(!leads_the_item(
            "* Viktor Hangya and Alexander Fraser. 20190. "
        ));
    }

    #[test]
    fn a_code_span_that_opens_the_item_is_a_label() {
        assert!(leads_the_item(
            "- `【2024-12】-【ADU-Bench】-【Tsinghua University, University of Oxford】-【Type: Benchmark】`\n  - "
        ));
        // Code in a sentence is no label.
        assert!(!leads_the_item(
            "- Run `python tools/train.py --cfg configs/r50.yaml` as in "
        ));
        assert!(!leads_the_item("- `code` and then we describe our own "));
    }
}
