//! What tells two rows of one paper apart as two entries: the names their
//! citing tables give, the labels and categories they are filed under.

use super::super::entry_name::entry_name_column;
use super::super::same_name::{row_places, same_place};
use super::super::titles::identity_key;
use super::super::{Context, RowRef};
use crate::facts::{row_paper_ids, row_title};
use crate::knowledge::ids::PaperId;

/// The name a citing table's row gives, unless it is a placeholder.
pub(crate) fn row_name<'r>(cx: &Context<'_>, row: &RowRef<'r>) -> Option<&'r str> {
    let column = crate::profile::tables::naming_column(row.table, &cx.knowledge.columns)?;
    // `[paper](...)` says what the link is, not what the row names.
    if Some(column) == row.table.column(crate::document::Role::Title) && row.row.has_generic_title()
    {
        return None;
    }
    // A badge (`[![Dataset 2011](...)](...)<br>**IIIT5K**`) is not the name.
    let text = row.row.cell(column).map_or("", |c| c.text_without_badges());
    (text.chars().any(char::is_alphanumeric) && !cx.knowledge.is_placeholder(text)).then_some(text)
}

/// The row's naming column's text when it reads as a title (four words or
/// more): what a row whose title cell is a generic link is known by.
pub(crate) fn title_by_name<'r>(cx: &Context<'_>, r: &RowRef<'r>) -> Option<&'r str> {
    let name = r.row.cell(entry_name_column(cx, r)?)?.text_without_badges();
    (name.split_whitespace().count() >= 4).then_some(name)
}

/// The titles two rows give in their naming column when their title cells
/// are generic links (`| Method | Paper |` with each Paper cell
/// `[Paper](...)` and the titles under Method): both names or neither, and
/// only names of four words or more, which read as titles, not as a
/// model's name (two models of one paper share its link).
pub(super) fn titles_by_name<'r>(
    cx: &Context<'_>,
    a: &RowRef<'r>,
    b: &RowRef<'r>,
) -> (Option<&'r str>, Option<&'r str>) {
    // `MedOpenClaw: Auditable VLM Agent ...` and `MedOpenCLAW /
    // MedFlowBench: Auditing ...`: one paper's name, its subtitle written
    // from memory in each section; such names tell nothing apart.
    let lead = |name: &str| name.split_whitespace().next().map(identity_key);
    match (title_by_name(cx, a), title_by_name(cx, b)) {
        (Some(x), Some(y)) if lead(x) != lead(y) => (Some(x), Some(y)),
        _ => (None, None),
    }
}

/// A short title and the same title taken to a new problem (`Neural
/// ordinary differential equations` / `... for modeling epidemic
/// spreading`, 2018 and 2023) on rows dated two years apart at least: two
/// papers, one link borrowed. Closer, the short one is the title cut short
/// (`Deep Residual Learning` / `... for Image Recognition`, even at two
/// venues of one year: a conflict, not two papers).
pub(super) fn new_problem(
    cx: &Context<'_>,
    (a, b): (&RowRef<'_>, &RowRef<'_>),
    (title_a, title_b): (Option<&str>, Option<&str>),
    paired_by_doi: bool,
) -> bool {
    let (Some(x), Some(y)) = (title_a, title_b) else {
        return false;
    };
    (super::super::titles::taken_further(x, y) && dated_apart(cx, (a, b), 2))
        || (paired_by_doi && borrowed_publication(cx, (a, b), (x, y)))
}

/// Years apart at which two titles on one published article are two
/// papers: an article has one year, and a year mistyped by this much is
/// rarer than a link pasted on the wrong row.
const BORROWED_LINK_YEARS: u32 = 3;

/// Two titles worded apart on one published article (paired by its DOI,
/// never an arXiv id, whose versions span years), each row naming a
/// publication, dated years apart: two papers,
/// one link borrowed. FedericoBruzzone's compiler list: `Reduction of
/// operator strength` (1981) on the DOI of `An algorithm for reduction of
/// operator strength` (CACM 1977); `Interprocedural constant propagation:
/// an empirical study` (1993) on the DOI of `Interprocedural constant
/// propagation` (1986).
fn borrowed_publication(
    cx: &Context<'_>,
    rows: (&RowRef<'_>, &RowRef<'_>),
    (x, y): (&str, &str),
) -> bool {
    // A copy filed as a preprint, or with no venue, may date the paper by
    // its preprint (`Graph Neural Networks`, arXiv 2017, on the DOI of its
    // 2020 journal version): one paper.
    let published = |r: &RowRef<'_>| {
        super::super::same_name::publication(cx, r).is_some()
            || r.facts.venue.as_ref().is_some_and(|v| {
                matches!(&v.value, crate::knowledge::VenueCell::Typo(m)
                    if cx.knowledge.venues.venue(m.venue).kind.is_reviewed())
            })
    };
    crate::facts::title_key(x) != crate::facts::title_key(y)
        && published(rows.0)
        && published(rows.1)
        && dated_apart(cx, rows, BORROWED_LINK_YEARS)
}

/// Whether both rows give a year and the two are `years` apart or more.
fn dated_apart(cx: &Context<'_>, (a, b): (&RowRef<'_>, &RowRef<'_>), years: u32) -> bool {
    matches!((row_year(cx, a), row_year(cx, b)), (Some(p), Some(q)) if p.abs_diff(q) >= years)
}

/// A row's year: its venue's, else its year cell's.
pub(super) fn row_year(cx: &Context<'_>, r: &RowRef<'_>) -> Option<i32> {
    cx.venue_year(r).map(|v| v.year).or(r.facts.cell_year())
}

/// Two rows of one paper that name two different entries in their name
/// columns ("MSVD-QA" and "MSRVTT-QA", two datasets of one paper) are two
/// entries, not one paper listed twice. Failing a name column, the columns
/// left of the title that have no role are labels (`Approach | Paper`,
/// `Task | Architecture | Model`): a paper under two labels of one such
/// column (both cells words, not placeholders) is two entries. A label
/// right of the title (`Title | Date | Task`) is a detail of the paper, not
/// its entry.
pub(super) fn different_entries(cx: &Context<'_>, a: &RowRef<'_>, b: &RowRef<'_>) -> bool {
    // Names that do not tell the rows apart (one name twice, or one row
    // unnamed) leave it to a column that files the rows in runs:
    // Tomsawyerhu's `Paper | Abbr. | ... | Tag` files a paper under two
    // tags, named alike or once. Other labels (lixus7's `Task | Data |
    // Model | Paper`) do not outweigh one name given twice.
    let names = (entry_name(cx, a), entry_name(cx, b));
    let named = names.0.is_some() || names.1.is_some();
    if let (Some(x), Some(y)) = names {
        let pasted = foreign_name_beside_a_named_title(a, &x, &y)
            && !paired_so_elsewhere(cx, (a, b), (&x, &y));
        if pasted {
            return false;
        }
        if x != y {
            return true;
        }
    }
    let labels = |r: &RowRef<'_>| -> Vec<(String, String)> {
        let Some(title) = r.table.column(crate::document::Role::Title) else {
            return Vec::new();
        };
        // A description (`Tags`, `Notes`) labels no entry, unless its
        // values file the rows in runs (Tomsawyerhu's `Tag`: a paper of two
        // tags listed in both runs).
        let describes = |header: &str| {
            crate::knowledge::ColumnRoles::header_is(
                &cx.knowledge.columns.description_headers,
                header,
            )
        };
        (r.table.columns.iter().enumerate())
            .filter_map(|(c, column)| {
                if column.role.is_some() {
                    return None;
                }
                let text = r.cell_text(c);
                // A paper filed under no category (`--`) and under one is
                // filed twice on purpose, like under two categories.
                if !describes(&column.header) && categorises_the_rows(cx, r.table, c) {
                    let key = category_key(cx, text);
                    return Some((identity_key(&column.header), key));
                }
                if named && !groups_the_rows(cx, r.table, c) {
                    return None;
                }
                // A column under a numbering header (`#`, `No.`) counts the
                // rows, in numbers or in ids (`pe8`, `pe24`): no entry.
                let numbering = crate::knowledge::ColumnRoles::header_is(
                    &cx.knowledge.columns.numbering_headers,
                    &column.header,
                );
                let labels = (c < title && !describes(&column.header) && !numbering)
                    || groups_the_rows(cx, r.table, c);
                // Numbers count rows; they name no entry.
                let key = identity_key(text);
                (labels
                    && key.chars().any(char::is_alphabetic)
                    && !cx.knowledge.is_placeholder(text))
                .then(|| (identity_key(&column.header), key))
            })
            .collect()
    };
    let (x, y) = (labels(a), labels(b));
    x.iter()
        .any(|(header, key)| y.iter().any(|(h, k)| h == header && k != key))
}

/// The key of the name a row gives its entry, in a table that names them.
fn entry_name(cx: &Context<'_>, r: &RowRef<'_>) -> Option<String> {
    let text = r.cell_text(entry_name_column(cx, r)?);
    let key = identity_key(text);
    (!key.is_empty() && !cx.knowledge.is_placeholder(text)).then_some(key)
}

/// Whether another row gives the same title the same two names' other
/// one (`VisionHarm` on the SafeVision paper in two sections, beside
/// `SafeVision` in both): a list that pairs them twice means two entries
/// of one paper, a dataset and its model, not a title pasted once.
fn paired_so_elsewhere(
    cx: &Context<'_>,
    (a, b): (&RowRef<'_>, &RowRef<'_>),
    (x, y): (&str, &str),
) -> bool {
    let Some(title) = row_title(a.table, a.row) else {
        return false;
    };
    let at = |r: &RowRef<'_>| (r.table_index, r.row_index);
    let copies: Vec<String> = cx
        .rows_titled(&identity_key(title))
        .iter()
        .filter(|r| at(r) != at(a) && at(r) != at(b))
        .filter_map(|r| entry_name(cx, r))
        .collect();
    copies.iter().any(|n| n == x) && copies.iter().any(|n| n == y)
}

/// `| MoE-FFD | MoE-FFD: Mixture of Experts for ... |` beside `| MLLMs |
/// MoE-FFD: Mixture of Experts for ... |`: the title names its entry, the
/// other row's name (`x`, `y` are both names' keys) is nowhere in it. One
/// row's title and link were pasted under another entry's name; two entries
/// of one paper (`BLIP`, `BLIP-Large`; `MSVD-QA`, `MSRVTT-QA` under a title
/// that names neither) keep their exemption.
fn foreign_name_beside_a_named_title(row: &RowRef<'_>, x: &str, y: &str) -> bool {
    let Some(title) = row_title(row.table, row.row) else {
        return false;
    };
    let Some((lead, _)) = super::super::titles::title_after_name(title) else {
        return false;
    };
    let (lead, whole) = (identity_key(lead), identity_key(title));
    let foreign = |name: &str| !name.contains(lead.as_str()) && !whole.contains(name);
    (x == lead && foreign(y)) || (y == lead && foreign(x))
}

/// Whether a table maps each paper to one category: beside the title, its
/// only other column holds values that recur, a third of its cells at
/// least repeating another's (SinaMohseni's `Paper |
/// Evaluation Method`, a paper once per method it was evaluated by), with
/// no dates or numbers among them.
fn categorises_the_rows(
    cx: &Context<'_>,
    table: &crate::document::Table<'_>,
    column: usize,
) -> bool {
    if table.columns.len() != 2 {
        return false;
    }
    let mut values: Vec<String> = Vec::new();
    let mut filled = 0;
    for row in table.rows() {
        let text = row.cell(column).map_or("", |c| c.text());
        if text.chars().any(|c| c.is_ascii_digit()) {
            return false;
        }
        let key = category_key(cx, text);
        filled += 1;
        if !values.contains(&key) {
            values.push(key);
        }
    }
    values.len() >= 2 && values.len() * 3 <= filled * 2
}

/// A category cell's value, every placeholder and empty cell one value.
fn category_key(cx: &Context<'_>, text: &str) -> String {
    if text.trim().is_empty() || cx.knowledge.is_placeholder(text) {
        "-".to_string()
    } else {
        identity_key(text)
    }
}

/// Whether a column right of the title files the table's rows in groups:
/// each of its values (two at least) fills one run of rows, two rows a run
/// on average, nearly every row filled, no value a date or number (MengyingLei's `Paper | Venue | Year | Constraint | Code`,
/// all `R_Lap` rows, then all `R_var` rows: a paper using both is listed
/// in both groups). A detail of each paper (`Task`) does not come in runs.
fn groups_the_rows(cx: &Context<'_>, table: &crate::document::Table<'_>, column: usize) -> bool {
    let mut values: Vec<String> = Vec::new();
    let (mut runs, mut filled) = (0, 0);
    let mut last: Option<String> = None;
    for row in table.rows() {
        let text = row.cell(column).map_or("", |c| c.text());
        if cx.knowledge.is_placeholder(text) || text.trim().is_empty() {
            continue;
        }
        // Dates and numbers order rows; they file none under a label.
        if text.chars().any(|c| c.is_ascii_digit())
            || text.split_whitespace().any(crate::knowledge::names_a_month)
        {
            return false;
        }
        filled += 1;
        let key = identity_key(text);
        if last.as_ref() != Some(&key) {
            runs += 1;
            if !values.contains(&key) {
                values.push(key.clone());
            }
            last = Some(key);
        }
    }
    // Nearly every row filed, two rows a group on average: a mostly empty
    // column (an award, a highlight) files nothing.
    values.len() >= 2
        && runs == values.len()
        && filled >= 2 * values.len()
        && filled * 5 >= table.row_count() * 4
}

/// Two sources under one name: both rows link somewhere, never to the same
/// place (links that rows of other names share too, a folder of all the
/// table's preprocessed files, say nothing), and not to a paper in two of
/// its forms (a preprint on one row, its published version on the other).
/// Links are compared without their scheme, `www.` and a closing slash.
pub(super) fn no_link_in_common(cx: &Context<'_>, a: &RowRef<'_>, b: &RowRef<'_>) -> bool {
    let name = row_name(cx, a).map(identity_key);
    let shared_by_the_table = |url: &str| {
        (0..a.table.rows().len())
            .map(|i| cx.row((a.table_index, i)))
            .filter(|r| row_name(cx, r).map(identity_key) != name)
            .filter(|r| r.row.links().any(|l| same_place(l.url) == url))
            .nth(1)
            .is_some()
    };
    let (x, y) = (row_places(a), row_places(b));
    let in_common = x.iter().any(|u| y.contains(u) && !shared_by_the_table(u));
    let kinds = |r: &RowRef<'_>| -> Vec<std::mem::Discriminant<PaperId>> {
        row_paper_ids(r.table, r.row, r.facts)
            .iter()
            .map(std::mem::discriminant)
            .collect()
    };
    let (ka, kb) = (kinds(a), kinds(b));
    let one_paper_in_two_forms =
        !ka.is_empty() && !kb.is_empty() && !ka.iter().any(|k| kb.contains(k));
    !x.is_empty() && !y.is_empty() && !in_common && !one_paper_in_two_forms
}
