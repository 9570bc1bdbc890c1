//! Which tables list papers and which only cite them.
//!
//! A dataset, benchmark, leaderboard or tool table names one thing a row and
//! links the paper that introduced it; that paper is often listed again in a
//! paper table. Such a table is told by its header vocabulary
//! (`[citing_tables]` in rules/columns.toml) and its content: a first or
//! title column headed "Dataset" / "Benchmark" / "Tool", a first column
//! "Name" beside the paper column, a title column "Name" under a section
//! whose heading says "Datasets" / "Benchmarks" / "Tools", or a header
//! naming a metric (a leaderboard: one row per result). A table with a
//! venue column lists papers whatever its first column says.

use crate::document::{Document, Role, Table};
use crate::knowledge::{ColumnRoles, Knowledge};

/// Whether the rows of a table are things that cite a paper, not papers.
pub fn cites_only(document: &Document<'_>, table: &Table<'_>, knowledge: &Knowledge) -> bool {
    let vocabulary = &knowledge.columns.citing;
    let title = table.column(Role::Title);
    let header = |c: usize| table.columns.get(c).map_or("", |c| c.header.as_str());
    // A year before the name (`Year | Name | Paper | Pub.`) dates the
    // row; the name is what the row is.
    let first_column = table
        .columns
        .iter()
        .position(|c| c.role != Some(Role::Year))
        .unwrap_or(0);
    let first = header(first_column);
    let title_header = title.map_or("", header);
    let is = |names: &[String], h: &str| ColumnRoles::header_is(names, h);
    // A venue column says where each row was published: its rows are
    // papers, even under "Dataset | Title | Venue | Date" (one benchmark
    // paper a row).
    let has_venue = table
        .column(Role::Venue)
        .is_some_and(|c| !mostly_links(table, c));
    if !has_venue
        && (is(&vocabulary.entity_headers, first) || is(&vocabulary.entity_headers, title_header))
    {
        return true;
    }
    // "Name | Paper | Code": the rows are named things citing a paper.
    if !has_venue && is(&vocabulary.name_headers, first) && title.is_some_and(|t| t != first_column)
    {
        return true;
    }
    // A dataset table that also gives the venue of each dataset's paper:
    // named things first, and columns describing the data or a bare link
    // to the paper.
    if has_venue
        && (is(&vocabulary.entity_headers, first) || is(&vocabulary.name_headers, first))
        && (table.columns.iter().enumerate().any(|(c, column)| {
            column.role.is_none()
                && c != 0
                && (header_has_word(&column.header, &vocabulary.data_words) || data_cells(table, c))
        }) || bare_paper_links(table))
    {
        return true;
    }
    if is_leaderboard(document, table, &knowledge.columns) {
        return true;
    }
    // `Title / Benchmark`, `Title / Dataset` under a Benchmarks or Datasets
    // heading: each row is a benchmark, named with its paper's title and
    // venue; the paper it comes from is listed among the papers.
    let names_things = title_header
        .split(['/', '&'])
        .map(str::trim)
        .any(|part| is(&vocabulary.entity_headers, part));
    if names_things
        && title_header.contains(['/', '&'])
        && under_dataset_heading(document, table, knowledge)
    {
        return true;
    }
    is(&vocabulary.name_headers, title_header)
        && document
            .heading_chain(table.heading)
            .any(|h| header_has_word(&h.text, &vocabulary.section_words))
}

/// Whether a table sits under a heading that names datasets or
/// benchmarks: its own or any above it.
pub fn under_dataset_heading(
    document: &Document<'_>,
    table: &Table<'_>,
    knowledge: &Knowledge,
) -> bool {
    let words = &knowledge.columns.citing.section_words;
    document
        .heading_chain(table.heading)
        .any(|h| header_has_word(&h.text, words))
}

/// Whether a header names a result: a metric (`Test perplexity`), or a
/// rating word (`Score`) that is not the list's own rating of its papers.
fn is_leaderboard(document: &Document<'_>, table: &Table<'_>, columns: &ColumnRoles) -> bool {
    let vocabulary = &columns.citing;
    if !headed_by(table, &vocabulary.metric_words).is_empty() {
        return true;
    }
    !rating_columns(table, columns).is_empty()
        && own_rating(
            document,
            table,
            columns,
            &super::scores::score_columns(table),
        )
        .is_none()
}

/// The columns of measured results: the columns of scores, less a list's
/// own rating of its papers.
pub fn result_columns(
    document: &Document<'_>,
    table: &Table<'_>,
    knowledge: &Knowledge,
) -> Vec<usize> {
    let mut scores = super::scores::score_columns(table);
    if let Some(rating) = own_rating(document, table, &knowledge.columns, &scores) {
        scores.retain(|&c| c != rating);
    }
    scores
}

/// A dated table's one column headed by a rating word, before the title
/// (`Year | Score | Type | Paper | TLDR`), with no other result column and
/// nothing after the title but the paper's links and descriptions: the
/// list rating its papers, one row a paper. A leaderboard rarely dates its
/// results, and names their setting after the paper (`| Year | Score |
/// Paper | Setting |`: two settings of one paper are two results), and
/// sits under a heading that says so (`Leaderboard`, `Results on GLUE`).
fn own_rating(
    document: &Document<'_>,
    table: &Table<'_>,
    columns: &ColumnRoles,
    scores: &[usize],
) -> Option<usize> {
    let vocabulary = &columns.citing;
    let [rating] = rating_columns(table, columns)[..] else {
        return None;
    };
    let title = table.column(Role::Title)?;
    let dated = table.column(Role::Year).is_some();
    let alone = headed_by(table, &vocabulary.metric_words).is_empty()
        && scores.iter().all(|&c| c == rating);
    let described_after = table.columns[title + 1..].iter().all(|column| {
        column.role.is_some()
            || ColumnRoles::header_is(&columns.description_headers, &column.header)
    });
    // The table's own heading: a list's title (`# Awesome Benchmarks`)
    // names the list, not this table.
    let results_heading = document
        .heading_chain(table.heading)
        .next()
        .is_some_and(|h| {
            header_has_word(&h.text, &vocabulary.section_words)
                || header_has_word(&h.text, &vocabulary.result_words)
        });
    (dated && alone && rating < title && described_after && !results_heading).then_some(rating)
}

/// The columns headed by a rating word (`Score`, `Rank`), but for a venue's
/// rank (`| Rank |` of `A*`, `B`, `Q1`, CORE's and journals' quartiles:
/// sisinflab's survey tables rate where each paper appeared, not a result).
fn rating_columns(table: &Table<'_>, columns: &ColumnRoles) -> Vec<usize> {
    let mut rated = headed_by(table, &columns.citing.rating_words);
    rated.retain(|&column| !super::scores::ranks_venues(table, column));
    rated
}

/// The columns, other than the title's, whose header holds one of the words.
fn headed_by(table: &Table<'_>, words: &[String]) -> Vec<usize> {
    let title = table.column(Role::Title);
    (0..table.columns.len())
        .filter(|&c| Some(c) != title && header_has_word(&table.columns[c].header, words))
        .collect()
}

fn header_has_word(text: &str, words: &[String]) -> bool {
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|word| words.iter().any(|w| w.eq_ignore_ascii_case(word)))
}

/// Whether the table is a catalogue of models (`Model | Size | ... | Link`,
/// its first column headed "Model", no venue column): one paper often
/// releases several models, each a row of its own, each name unlinked
/// beside the paper's link, or itself the link to the paper (`|
/// [CogVLM2-video](https://arxiv.org/abs/2408.16500) | [🔗](...) |`).
pub fn lists_models(table: &Table<'_>, knowledge: &Knowledge) -> bool {
    let Some(title) = table.column(Role::Title) else {
        return false;
    };
    let first_column = table
        .columns
        .iter()
        .position(|c| c.role != Some(Role::Year))
        .unwrap_or(0);
    let header = &table.columns[title].header;
    table.column(Role::Venue).is_none()
        && title == first_column
        && ColumnRoles::header_is(&knowledge.columns.citing.model_headers, header)
        && (names_beside_links(table, title) || linked_short_names(table, title))
}

/// Whether most filled cells of the title column are a name of one to three
/// words and nothing else, linked: models' names, not papers' titles.
fn linked_short_names(table: &Table<'_>, title: usize) -> bool {
    let (mut filled, mut names) = (0, 0);
    for cell in table.rows().filter_map(|row| row.cell(title)) {
        let text = cell.text().trim();
        if text.is_empty() {
            continue;
        }
        filled += 1;
        let mut links = cell.links();
        let is_name = links.next().is_some_and(|link| {
            crate::knowledge::text::trim(link.text)
                == text.trim_matches(|c: char| c == '*' || c == '_')
                && (1..=3).contains(&text.split_whitespace().count())
                && !text.contains(':')
        }) && links.next().is_none();
        names += usize::from(is_name);
    }
    filled >= 2 && names * 5 >= filled * 4
}

/// Whether the title column's names are mostly unlinked while another
/// column mostly holds links (the paper's).
fn names_beside_links(table: &Table<'_>, title: usize) -> bool {
    let (named, linked) = linked_cells(table, title);
    named >= 1
        && 2 * linked < named
        && (0..table.columns.len()).any(|c| {
            c != title && table.columns[c].role != Some(Role::Code) && mostly_links(table, c)
        })
}

/// How many cells of a column hold text, and how many of those a link.
fn linked_cells(table: &Table<'_>, column: usize) -> (usize, usize) {
    let (mut filled, mut linked) = (0, 0);
    for cell in table.rows().filter_map(|row| row.cell(column)) {
        if cell.text().trim().is_empty() {
            continue;
        }
        filled += 1;
        linked += usize::from(cell.links().next().is_some());
    }
    (filled, linked)
}

/// Whether most filled cells of a column hold a link: a "venue" column of
/// `[Paper](...)` links (visionxiang's `Pub.` beside dataset names) names
/// no venue.
fn mostly_links(table: &Table<'_>, column: usize) -> bool {
    let (filled, linked) = linked_cells(table, column);
    filled >= 2 && 2 * linked > filled
}

/// Whether most filled cells of a column (one without a role: not the
/// year, venue or code) are counts (`12000`, `5,066`,
/// `1.2K`, `5015/1600`) or check marks (`✓`, `&check;`, `✗`): a column that
/// describes data. Years are not counts.
fn data_cells(table: &Table<'_>, column: usize) -> bool {
    let (mut filled, mut data) = (0, 0);
    for row in table.rows() {
        let Some(cell) = row.cell(column) else {
            continue;
        };
        let (raw, text) = (cell.raw().trim(), cell.text().trim());
        if text.is_empty() && raw.is_empty() {
            continue;
        }
        filled += 1;
        if is_check_mark(raw) || is_check_mark(text) || is_count(text) {
            data += 1;
        }
    }
    filled >= 2 && 2 * data >= filled
}

fn is_check_mark(text: &str) -> bool {
    const MARKS: &[&str] = &[
        "✓",
        "✔",
        "✔️",
        "√",
        "✗",
        "✘",
        "❌",
        "✅",
        "&check;",
        "&cross;",
        ":heavy_check_mark:",
        ":white_check_mark:",
        ":x:",
    ];
    MARKS.contains(&text)
}

fn is_count(text: &str) -> bool {
    let digits: String = text
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .collect();
    let rest = &text[digits.len()..];
    let bare: String = digits.chars().filter(char::is_ascii_digit).collect();
    if bare.is_empty() || !digits.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    // `2021`, `2023.11`: a year or a date.
    let year = bare.len() >= 4
        && bare[..4]
            .parse::<u32>()
            .is_ok_and(|y| (1900..=2100).contains(&y))
        && (digits.len() == 4 || digits.as_bytes()[4] == b'.');
    let tail_ok = rest.is_empty()
        || rest.starts_with(['/', ' ', '(', '+'])
        || crate::knowledge::text::trim(rest).eq_ignore_ascii_case("k")
        || crate::knowledge::text::trim(rest).eq_ignore_ascii_case("m")
        || crate::knowledge::text::trim(rest).eq_ignore_ascii_case("b");
    !year && tail_ok
}

/// Whether the paper stands only as a short link (`[Paper](...)`,
/// `[arXiv](...)`) in a column of its own, not as a title: the first column
/// then names what the row is about.
fn bare_paper_links(table: &Table<'_>) -> bool {
    let column = match table.column(Role::Title) {
        Some(0) | None => table.column(Role::Paper),
        title => title,
    };
    let Some(column) = column.filter(|&c| c != 0) else {
        return false;
    };
    let (mut filled, mut bare) = (0, 0);
    for row in table.rows() {
        let Some(cell) = row.cell(column) else {
            continue;
        };
        let text = cell.text_without_badges().trim();
        if text.is_empty() {
            continue;
        }
        filled += 1;
        if cell.links().next().is_some() && text.split_whitespace().count() <= 2 {
            bare += 1;
        }
    }
    filled >= 2 && 2 * bare > filled
}

/// The column that names a citing table's rows: its first column (after
/// any columns numbering the rows, `No. | Dataset | Year`) when the title
/// column (the cited paper) stands elsewhere and that column holds no
/// other role, or the column after a first Date or Year column that holds
/// none (`Date | Name | Title`); a table is never named by its dates nor
/// by its row numbers.
pub fn naming_column(table: &Table<'_>, columns: &ColumnRoles) -> Option<usize> {
    let title = table.column(Role::Title);
    let role = |c: usize| table.columns.get(c).map(|c| c.role);
    let first = table
        .columns
        .iter()
        .position(|c| !ColumnRoles::header_is(&columns.numbering_headers, &c.header))?;
    match title {
        None => None,
        Some(t) if t == first => title,
        // `Year | Name | Paper`, `Date | Name | Title`: the name after the date.
        Some(t)
            if role(first) == Some(Some(Role::Year))
                && role(first + 1) == Some(None)
                && t != first + 1 =>
        {
            Some(first + 1)
        }
        Some(_) if role(first).flatten().is_some() => title,
        Some(_) => Some(first),
    }
}

#[cfg(test)]
mod tests;
