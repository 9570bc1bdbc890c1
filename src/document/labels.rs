//! Link texts that name no paper: generic labels (`[arXiv](...)`,
//! `[PDF](...)`) and the names of the places a paper appeared
//! (`[Nature Methods](...)`, `[bioRxiv](...)`).

use super::Table;
use crate::knowledge::ColumnRoles;

/// Whether the title cell of the table's last row holds only generic link
/// labels (`link_labels` in rules/columns.toml): `[arXiv](...)`, `[PDF](...)
/// / [Code](...)`, under a "Paper" column of a table that names its papers
/// by model only. So does a link text naming where the paper appeared (a
/// venue, publisher, preprint server or release channel the venue data
/// knows). Such text names no paper: two rows with it are not one.
pub(super) fn last_title_is_generic(table: &Table<'_>, columns: &ColumnRoles) -> bool {
    let Some(title) = table.column(super::Role::Title) else {
        return false;
    };
    let Some(row) = table.row_count().checked_sub(1).map(|last| table.row(last)) else {
        return false;
    };
    let Some(cell) = row.cell(title) else {
        return false;
    };
    let longest = columns.longest_link_label;
    let is_label = |text: &str| {
        let text = text.trim_matches(|c: char| !c.is_alphanumeric());
        // Lower-casing never drops a character: a text with more of them
        // than the longest label is no label (and most titles are long).
        let mut letters = text.chars().filter(|c| !c.is_whitespace());
        if letters.nth(longest).is_some() {
            return false;
        }
        !text.is_empty()
            && columns
                .link_labels
                .contains(&crate::knowledge::text::fold_spaces_and_case(text))
    };
    // Where the paper appeared names no paper either: `[Nature Methods](...)`,
    // `[bioRxiv](...)`, `[iScience / PMC](...)`, `[NeurIPS 2023](...)`.
    let is_label = |text: &str| {
        is_label(text)
            || (text.len() <= VENUE_LABEL_MAX
                && text.split(['/', ',', ';']).all(|part| {
                    let part = part.trim_matches(|c: char| !c.is_alphanumeric());
                    let part = strip_year(part);
                    !part.is_empty() && (is_label(part) || columns.venue_names.lists_name(part))
                }))
    };
    let text = cell.text_without_badges();
    if is_label(text) {
        return true;
    }
    // Several links, each with a label for text, and nothing else. The
    // text is copied only once a link is a label: most rows stop before.
    let mut rest: Option<String> = None;
    for link in cell.links() {
        // A cell that is one link (most titles) has that link's text, just
        // found to be no label: it is not read again.
        if link.text == text || !is_label(link.text) {
            return false;
        }
        let left = rest.get_or_insert_with(|| text.to_string());
        *left = left.replacen(link.text, "", 1);
    }
    rest.is_some_and(|rest| !rest.chars().any(char::is_alphanumeric))
}

/// The longest link text read as a list of venue names.
const VENUE_LABEL_MAX: usize = 80;

/// A venue name without its year: `NeurIPS 2023`, `CVPR'21`.
fn strip_year(text: &str) -> &str {
    let Some((name, year)) = text.rsplit_once([' ', '\'']).or_else(|| glued_year(text)) else {
        return text;
    };
    let is_year = matches!(year.len(), 2 | 4) && year.bytes().all(|b| b.is_ascii_digit());
    if is_year {
        name.trim_end()
    } else {
        text
    }
}

/// `CVPR16`, `ECCV2018`: a name with its year glued on, split.
fn glued_year(text: &str) -> Option<(&str, &str)> {
    let digits = text.bytes().rev().take_while(u8::is_ascii_digit).count();
    let split = text.len() - digits;
    (split > 0 && text.is_char_boundary(split) && text[..split].ends_with(char::is_alphabetic))
        .then(|| text.split_at(split))
}

/// The links of the table's last row that are another paper's (bit i: the
/// row's i-th link): after a `<br>` in their cell, a link labelled as an
/// extension (`extension_labels` in rules/columns.toml: `[Ext](...)`) or
/// with the name of another venue than the row's own (`[IJCV](...)` on a
/// CVPR row) is the row's journal extension, a paper of its own.
pub(super) fn other_paper_links(table: &Table<'_>, columns: &ColumnRoles) -> u64 {
    let Some(row) = table.row_count().checked_sub(1).map(|last| table.row(last)) else {
        return 0;
    };
    let venues = &columns.venue_names;
    // Read only for a link after a break or another link: most rows have
    // none, and the look-up was a third of this function.
    let own_venue = std::cell::OnceCell::new();
    let own_venue = || {
        *own_venue.get_or_init(|| {
            row.cell_of(table.column(super::Role::Venue))
                .and_then(|c| venues.venue_named(strip_year(c.text().trim())))
        })
    };
    let mut other = 0u64;
    for (i, link) in row.links().enumerate().take(64) {
        let Some(cell) = row.cell(link.cell) else {
            continue;
        };
        let source = link
            .span
            .start
            .checked_sub(cell.span().start)
            .and_then(|start| cell.raw().get(start..))
            .unwrap_or("");
        if !own_badge(columns, source, link.text) && cites_another_work(table, columns, &link) {
            other |= 1 << i;
            continue;
        }
        let before = (link.span.start.checked_sub(cell.span().start))
            .and_then(|end| cell.raw().get(..end))
            .unwrap_or("");
        let after_break = before.to_ascii_lowercase().contains("<br");
        // `[Paper](springer...)/[CVPR18](cvf...)` on a journal row: a link
        // after the row's own paper link, named after another venue, is the
        // other version's.
        // Written as Markdown or as an HTML anchor.
        let after_a_link = row
            .links()
            .any(|l| l.cell == link.cell && l.span.end <= link.span.start);
        if !after_break && !after_a_link {
            continue;
        }
        let label = link.text.trim_matches(|c: char| !c.is_alphanumeric());
        let folded = crate::knowledge::text::fold_spaces_and_case(label);
        let extension = after_break && columns.extension_labels.contains(&folded);
        // Another reviewed venue (`[IJCV]`, `[CVPR18]`): a preprint server
        // or a code host (`[arXiv]`, `[GitHub]`) names a copy or a part of
        // the row's own paper. Right after another link, only a label that
        // dates the version (`CVPR18`, `ECCV 2018`) counts.
        let elsewhere = || {
            let name = strip_year(label);
            let dated = name.len() < label.len();
            let venue = venues.venue_named(name);
            venue.is_some_and(|v| venues.venue(v as u32).kind.is_reviewed())
                && own_venue().is_some()
                && venue != own_venue()
                && (after_break || dated)
        };
        if extension || elsewhere() {
            other |= 1 << i;
        }
    }
    other
}

/// A badge named after a kind of link, a venue or a publisher
/// (`[![ACL](shields.io/...)](aclanthology.org/...)`, `[![arXiv](...)](...)`):
/// how a list decorates the row's own links. A badge named after something
/// else (`[![LLaMA](...)](...)` in a Backbone column) cites it.
fn own_badge(columns: &ColumnRoles, source: &str, text: &str) -> bool {
    let badge = source.starts_with("[![") || source.starts_with("[ ![");
    if !badge {
        return false;
    }
    let label = text.trim_matches(|c: char| !c.is_alphanumeric());
    let folded = crate::knowledge::text::fold_spaces_and_case(label);
    !folded.is_empty()
        && (columns.link_labels.contains(&folded)
            || columns.paper_link_labels.contains(&folded)
            || columns.venue_names.venue_named(label).is_some()
            || crate::knowledge::text::is_publisher(&crate::knowledge::text::lookup_key(label)))
}

/// A link right of the title in a column that has no role (a Note, a
/// Description) named after something (`[[kiyono+ 2019]](...)`,
/// `[Perceiver Resampler](...)`) cites another work, not the row's paper; a generic label there (`[Paper]`,
/// `[arXiv]`, `[Code]`, `[link]`: `link_labels` and `paper_link_labels` in
/// rules/columns.toml) is the row's own link.
fn cites_another_work(table: &Table<'_>, columns: &ColumnRoles, link: &super::Link<'_>) -> bool {
    // Left of the title a column names the row's entry (`| [PaLM](...) |
    // PaLM: Scaling Language Modeling ... |`): its link is the row's paper.
    let right_of_title = table
        .column(super::Role::Title)
        .is_some_and(|t| link.cell > t);
    if !right_of_title
        || table
            .columns
            .get(link.cell)
            .is_none_or(|c| c.role.is_some())
    {
        return false;
    }
    let label = link.text.trim_matches(|c: char| !c.is_alphanumeric());
    let folded = crate::knowledge::text::fold_spaces_and_case(label);
    !folded.is_empty()
        && !columns.link_labels.contains(&folded)
        && !columns.paper_link_labels.contains(&folded)
}
