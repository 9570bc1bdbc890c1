//! Whether a row's title and arXiv's title name the same paper.
//!
//! `arxiv-title-mismatch` is an error, so it needs the titles to be
//! clearly different. Lists shorten titles to the method name, change case
//! and punctuation, and arXiv writes LaTeX (`$\beta$-DARTS`); papers are
//! also renamed a little between preprint and venue. All of that matches.

use crate::facts::title_key;
use crate::knowledge::text::edit_distance;
use std::collections::HashSet;

/// Content words two titles must share (Dice coefficient) to count as
/// the same paper when nothing else says so. Lists of one field share much
/// vocabulary ("neural architecture search"), so the bar is high.
const SHARED_WORDS: f64 = 0.7;
/// The same, for the words after two different method names: a method
/// renamed between preprint and venue keeps the rest of its title.
const SHARED_SUBTITLE_WORDS: f64 = 0.9;

const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "is", "of", "on", "the", "to",
    "toward", "towards", "via", "with",
];

pub(crate) fn same_paper(row_title: &str, arxiv_title: &str) -> bool {
    let row = title_key(&plain_text(row_title));
    let arxiv = title_key(&plain_text(arxiv_title));
    if row.is_empty() || arxiv.is_empty() || row == arxiv {
        return true;
    }
    let (row_compact, arxiv_compact) = (compact(&row), compact(&arxiv));
    if row_compact == arxiv_compact {
        return true;
    }
    let limit = (row_compact.len().max(arxiv_compact.len()) / 8).max(2);
    if edit_distance(&row_compact, &arxiv_compact, limit) <= limit {
        return true;
    }
    // "DARTS" for "DARTS: Differentiable Architecture Search".
    let (shorter, longer) = if row_compact.len() <= arxiv_compact.len() {
        (&row_compact, &arxiv_compact)
    } else {
        (&arxiv_compact, &row_compact)
    };
    if shorter.chars().count() >= 4 && longer.starts_with(shorter.as_str()) {
        return true;
    }
    match (split_method(row_title), split_method(arxiv_title)) {
        (Some((a, _)), Some((b, _))) if a == b => true,
        // "NAS-Bench-101: ..." and "NAS-Bench-201: ..." are two papers,
        // unless all that changed is the name.
        (Some((_, a)), Some((_, b))) => dice(&a, &b) >= SHARED_SUBTITLE_WORDS,
        _ => dice(&row, &arxiv) >= SHARED_WORDS,
    }
}

/// The part before a colon, the name papers are known by ("DOTS"), and
/// the key of the rest.
fn split_method(title: &str) -> Option<(String, String)> {
    let (name, rest) = title.split_once(':')?;
    let name = compact(&title_key(&plain_text(name)));
    (name.chars().count() >= 3).then(|| (name, title_key(&plain_text(rest))))
}

fn compact(key: &str) -> String {
    key.chars().filter(|c| *c != ' ').collect()
}

fn dice(a: &str, b: &str) -> f64 {
    let words = |key: &'_ str| -> HashSet<String> {
        key.split(' ')
            .filter(|w| !w.is_empty() && !STOP_WORDS.contains(w))
            .map(str::to_string)
            .collect()
    };
    let (a, b) = (words(a), words(b));
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let shared = a.intersection(&b).count();
    2.0 * shared as f64 / (a.len() + b.len()) as f64
}

/// LaTeX as arXiv titles use it, reduced to text: `$\beta$` → `β`,
/// `\emph{Fast}` → `Fast`, `\"o` → `o`, `--` → `-`.
pub(crate) fn plain_text(title: &str) -> String {
    let mut out = String::with_capacity(title.len());
    let mut chars = title.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '$' | '{' | '}' => {}
            '~' => out.push(' '),
            '\\' => {
                let mut command = String::new();
                while let Some(&next) = chars.peek() {
                    if next.is_ascii_alphabetic() {
                        command.push(next);
                        chars.next();
                    } else {
                        break;
                    }
                }
                if command.is_empty() {
                    // `\&`, `\%`, `\_` stand for the character; `\"`, `\'`
                    // are accents on the next letter, which stays.
                    if let Some(&next) = chars.peek() {
                        chars.next();
                        if matches!(next, '&' | '%' | '_' | '#' | '$') {
                            out.push(next);
                        }
                    }
                } else if let Some(letter) = greek(&command) {
                    out.push(letter);
                }
            }
            _ => out.push(c),
        }
    }
    out
}

fn greek(command: &str) -> Option<char> {
    const LETTERS: &[(&str, char)] = &[
        ("alpha", 'α'),
        ("beta", 'β'),
        ("gamma", 'γ'),
        ("delta", 'δ'),
        ("epsilon", 'ε'),
        ("zeta", 'ζ'),
        ("eta", 'η'),
        ("theta", 'θ'),
        ("lambda", 'λ'),
        ("mu", 'μ'),
        ("pi", 'π'),
        ("rho", 'ρ'),
        ("sigma", 'σ'),
        ("tau", 'τ'),
        ("phi", 'φ'),
        ("chi", 'χ'),
        ("psi", 'ψ'),
        ("omega", 'ω'),
    ];
    let lower = command.to_ascii_lowercase();
    LETTERS
        .iter()
        .find(|(name, _)| *name == lower)
        .map(|(_, letter)| *letter)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seeds_shared_link_is_a_mismatch() {
        let arxiv = "DOTS: Decoupling Operation and Topology in Differentiable Architecture Search";
        assert!(!same_paper(
            "One-Shot Neural Ensemble Architecture Search by Diversity-Guided Search Space Shrinking",
            arxiv
        ));
        assert!(same_paper(
            "DOTS: Decoupling Operation and Topology in Differentiable Architecture Search",
            arxiv
        ));
    }

    #[test]
    fn case_punctuation_latex_and_small_edits_are_tolerated() {
        for (row, arxiv) in [
            (
                "RETHINKING ARCHITECTURE SELECTION IN DIFFERENTIABLE NAS",
                "Rethinking Architecture Selection in Differentiable NAS",
            ),
            (
                "β-DARTS: Beta-Decay Regularization for Differentiable Architecture Search",
                r"$\beta$-DARTS: Beta-Decay Regularization for Differentiable Architecture Search",
            ),
            (
                "Zero-Cost Proxies for Lightweight NAS",
                r"Zero-Cost Proxies for Lightweight {NAS}",
            ),
            (
                "Once for All: Train One Network and Specialize it for Efficient Deployment",
                "Once-for-All: Train One Network and Specialize it for Efficient Deployment",
            ),
            (
                "Searching for A Robust Neural Architecture in Four GPU Hours",
                "Searching for a Robust Neural Architecture in Four GPU-Hours",
            ),
            ("DARTS", "DARTS: Differentiable Architecture Search"),
            (
                "DrNAS: Dirichlet Neural Architecture Search",
                "DrNAS: Dirichlet Neural Architecture Search for Everyone",
            ),
            (r#"Schr\"odinger Bridges"#, "Schrodinger Bridges"),
        ] {
            assert!(same_paper(row, arxiv), "{row} | {arxiv}");
        }
    }

    #[test]
    fn different_papers_with_common_words_do_not_match() {
        assert!(!same_paper(
            "Progressive Neural Architecture Search",
            "Efficient Neural Architecture Search via Parameter Sharing"
        ));
        assert!(!same_paper(
            "NAS-Bench-101: Towards Reproducible Neural Architecture Search",
            "NAS-Bench-201: Extending the Scope of Reproducible Neural Architecture Search"
        ));
    }

    #[test]
    fn latex_becomes_text() {
        assert_eq!(plain_text(r"\emph{Fast} $\alpha$ \& co"), "Fast α & co");
        assert_eq!(plain_text(r"A~B"), "A B");
    }
}
