//! Whether two list items on one paper id name one paper or two: read by
//! shared-paper-link (two papers: one link is wrong) and duplicate-paper
//! (one paper, retitled, listed twice in one run).

use crate::knowledge::ids::PaperId;
use crate::knowledge::VenueCell;
use crate::rules::list_entries::ListEntry;
use crate::rules::titles::{
    identity_key, lower_words, one_name_two_subtitles, opens_with_the_others_name,
    title_after_name, titles_match, FUNCTION_WORDS,
};
use crate::rules::Context;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

/// A word in at least this share of a list's item titles is its topic
/// (`Contrastive`, `Recommendation` in a list of contrastive recommenders),
/// and tells no two of its papers apart.
const TOPIC_SHARE: usize = 10;

/// A topic word is in this many titles at least: in a short list, no
/// word is frequent enough to be its topic.
const TOPIC_TITLES: usize = 5;

/// The list's item titles, read once for the comparisons of a rule.
pub struct ItemTitles<'c, 'a> {
    cx: &'c Context<'a>,
    topic_words: HashSet<String>,
    /// Whether a word reads as a venue or a year, asked once per word: a
    /// list of a thousand items asks of the same few thousand words for
    /// every pair it compares.
    venue_words: RefCell<HashMap<String, bool>>,
}

impl<'c, 'a> ItemTitles<'c, 'a> {
    pub fn new(cx: &'c Context<'a>) -> Self {
        let entries = cx.list_entries();
        let mut titles_with: HashMap<String, usize> = HashMap::new();
        for entry in entries {
            let words: HashSet<String> = lower_words(&entry.title).into_iter().collect();
            for word in words {
                *titles_with.entry(word).or_default() += 1;
            }
        }
        let least = TOPIC_TITLES.max(entries.len().div_ceil(TOPIC_SHARE));
        let topic_words = titles_with
            .into_iter()
            .filter(|&(_, count)| count >= least)
            .map(|(word, _)| word)
            .collect();
        ItemTitles {
            cx,
            topic_words,
            venue_words: RefCell::default(),
        }
    }

    /// Two titles that name two papers: not one title written twice,
    /// shortened or retold, and not one paper renamed (a renamed paper
    /// keeps half its telling words or more: `X: A Y` becomes `X: Towards
    /// Y`).
    pub fn two_titles(&self, a: &str, b: &str) -> bool {
        if titles_match(Some(a), Some(b))
            || name_and_its_extension(a, b)
            || one_name_two_subtitles(a, b)
            || opens_with_the_others_name(a, b)
        {
            return false;
        }
        self.shared_words(a, b, &self.topic_words)
            .is_some_and(|(shared, more)| 2 * shared < more)
    }

    /// Two different titles of one paper: one the other's part, or the
    /// paper renamed with most of its telling words kept (seven in ten of
    /// the longer title's: generic titles such as `Deep Learning on
    /// Graphs: A Survey` share half their words with other papers'); not a
    /// dataset or version named after it (`ProcTHOR-10K`), a thing of its
    /// own.
    pub fn one_paper_retitled(&self, a: &str, b: &str) -> bool {
        if identity_key(a) == identity_key(b) || name_and_its_extension(a, b) {
            return false;
        }
        one_title_within_the_other(a, b)
            || one_name_two_subtitles(a, b)
            || self
                .shared_words(a, b, &HashSet::new())
                .is_some_and(|(shared, more)| 10 * shared >= 7 * more)
    }

    /// Whether two titles share half their telling words or more, the
    /// list's topic words counted: one paper under its repository's
    /// headline and under its own title (`Molecular De Novo design using
    /// Recurrent Neural Networks and Reinforcement Learning` beside
    /// `Molecular de-novo design through deep reinforcement learning`), or
    /// two papers on one topic; what else the items say must tell which.
    pub fn kin_titles(&self, a: &str, b: &str) -> bool {
        self.shared_words(a, b, &HashSet::new())
            .is_some_and(|(shared, more)| 2 * shared >= more)
    }

    /// How many telling words two titles share, and how many the one with
    /// more has; none when either has none. Telling words are neither
    /// function words, venues, years nor words `left_out`: the list's topic
    /// words, which tell no two of its papers apart, when asking whether two
    /// titles name two papers. Asking whether they name one, the topic
    /// words count: left out, a title's telling rest may be a word or two
    /// that the other holds (`Robustness of deep learning models on graphs:
    /// A survey` beside `Deep Learning on Graphs: A Survey`, in a list on
    /// robustness).
    fn shared_words(&self, a: &str, b: &str, left_out: &HashSet<String>) -> Option<(usize, usize)> {
        let telling = |w: &String| {
            w.chars().count() > 3
                && !w.chars().all(|c| c.is_ascii_digit())
                && !FUNCTION_WORDS.contains(&w.as_str())
                && !left_out.contains(w)
                && !self.names_a_venue(w)
        };
        let words =
            |t: &str| -> HashSet<String> { lower_words(t).into_iter().filter(telling).collect() };
        let (x, y) = (words(a), words(b));
        (!x.is_empty() && !y.is_empty()).then(|| (x.intersection(&y).count(), x.len().max(y.len())))
    }
}

impl ItemTitles<'_, '_> {
    fn names_a_venue(&self, word: &str) -> bool {
        if let Some(&known) = self.venue_words.borrow().get(word) {
            return known;
        }
        let known = matches!(
            self.cx.knowledge.venues.parse(word, |_| false),
            VenueCell::Known(_) | VenueCell::YearOnly(_)
        );
        self.venue_words.borrow_mut().insert(word.to_owned(), known);
        known
    }
}

/// Letters a title has at least for a title that holds it to be its own
/// longer form: `A Survey` is part of many titles.
const PART_KEY: usize = 24;

/// Whether one title is the other's part, word for word (`Hypergraph
/// Contrastive Collaborative Filtering` in `Self-Augmented Recommendation
/// with Hypergraph Contrastive Collaborative Filtering`).
fn one_title_within_the_other(a: &str, b: &str) -> bool {
    let (x, y) = (identity_key(a), identity_key(b));
    let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    short.chars().count() >= PART_KEY && long.contains(&short)
}

/// Two items that link two versions of one arXiv paper (`2501.03265v1`
/// beside `2501.03265`): its titles before and after a revision, listed
/// on purpose (a survey's first edition kept beside its second).
pub fn two_versions(a: &ListEntry, b: &ListEntry, id: &PaperId) -> bool {
    let PaperId::Arxiv(number) = id else {
        return false;
    };
    let version = |e: &ListEntry| -> Option<String> {
        let url = &e.paper_link.as_ref()?.url;
        let at = url.find(number.as_str())? + number.len();
        let digits: String = url[at..]
            .strip_prefix('v')?
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        (!digits.is_empty()).then_some(digits)
    };
    version(a) != version(b)
}

/// Whether one title's leading name is the other's with a suffix
/// (`ProcTHOR: Large-Scale Embodied AI ...` and `ProcTHOR-10K: 10K
/// Interactive Household Environments`): a dataset or a version released
/// with the paper, which lists link to the paper itself.
fn name_and_its_extension(a: &str, b: &str) -> bool {
    let name = |t: &str| -> Option<String> {
        let (name, _) = title_after_name(t)?;
        let name = name.trim_start_matches(|c: char| !c.is_alphanumeric());
        (!name.contains(char::is_whitespace)).then(|| name.to_lowercase())
    };
    let (Some(x), Some(y)) = (name(a), name(b)) else {
        return false;
    };
    let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    short.chars().count() >= 4
        && long.strip_prefix(short.as_str()).is_some_and(|rest| {
            rest.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '-' | '_' | '+' | '.'))
        })
}
