//! One paper listed by its title and again by the name of its method, where
//! the titled row itself gives that name as a link to the paper
//! (haochen-chen's `| [Neural-Symbolic Machine Learning for
//! Retrosynthesis ...](doi) | 2017 | ... | [NeuralSym](doi) & [pytorch](...) |`,
//! and `| [NeuralSym](doi) | Template-Based | ...` in a comparison table;
//! `Fragment-based` there for `Fragment-based Transformer` here):
//! the list says in so many words that the two rows are one paper.

use super::super::duplicates::Pair;
use super::super::titles::lower_words;
use super::super::RowRef;
use crate::facts::row_title;
use crate::knowledge::ids::{paper_ids, PaperId};

/// Whether one row's title is the name the other row gives the shared
/// paper: the other row links the paper by its own title and again, in
/// another cell, by a name that holds every word of this row's title. A
/// row whose only link to the paper carries another paper's name
/// (`SinSR: ...` with `[ResShift](...)`), or whose title coins a name of
/// its own (`SinSR:`) that the link's text does not hold, copied that link.
pub(super) fn named_in_the_other_row(pair: &Pair<'_>, id: &PaperId) -> bool {
    let names = |named: &RowRef<'_>, naming: &RowRef<'_>| {
        let (Some(name), Some(title_column)) = (
            row_title(named.table, named.row),
            naming.table.column(crate::document::Role::Title),
        ) else {
            return false;
        };
        let own_name = row_title(naming.table, naming.row).and_then(coined_name);
        let (by_title, by_name): (Vec<_>, Vec<_>) = naming
            .row
            .links()
            .filter(|link| paper_ids(link.url).contains(id))
            .partition(|link| link.cell == title_column);
        !by_title.is_empty()
            && by_name.iter().any(|link| {
                name_within(name, link.text)
                    && own_name.is_none_or(|own| name_within(own, link.text))
            })
    };
    let (a, b) = (&pair.earlier, &pair.later);
    names(a, b) || names(b, a)
}

/// Whether every word of `name` is a word of `text`, one of them of four
/// letters at least unless the two are one (`Fragment-based` within
/// `Fragment-based Transformer`, `GLN` only as `GLN`).
fn name_within(name: &str, text: &str) -> bool {
    let (name, text) = (lower_words(name), lower_words(text));
    if name.is_empty() || name == text {
        return !name.is_empty();
    }
    name.iter().any(|w| w.chars().count() >= 4) && name.iter().all(|w| text.contains(w))
}

/// The name a title coins before its colon (`SinSR` of `SinSR: Diffusion-
/// Based ...`), three words at most.
fn coined_name(title: &str) -> Option<&str> {
    let (head, _) = title.split_once(':')?;
    (!head.trim().is_empty() && head.split_whitespace().count() <= 3).then_some(head.trim())
}
