//! Writing a row the way the table's other rows are written: the cells in
//! the table's column order, each in the shape the column's other cells
//! have (`date_cell.rs`, `venue_cell.rs`, the habits in `habits.rs`).

use super::date_cell::date_cell;
use super::habits::{column_cells, most_common, placeholder, shape};
use super::venue_cell::venue_cell;
use super::{AddError, Paper};
use crate::document::{Document, Role, Table};
use crate::facts::Facts;
use crate::knowledge::Knowledge;

pub use super::venue_cell::venue_in_text;

pub fn write_row(
    document: &Document<'_>,
    facts: &Facts,
    knowledge: &Knowledge,
    index: usize,
    paper: &Paper,
    set: &[(String, String)],
) -> Result<String, AddError> {
    let table = &document.tables[index];
    let mut cells = Vec::with_capacity(table.columns.len());
    for (column, header) in table.columns.iter().enumerate() {
        if let Some((_, value)) = set
            .iter()
            .find(|(name, _)| name.trim().eq_ignore_ascii_case(header.header.trim()))
        {
            cells.push(value.clone());
            continue;
        }
        let existing = column_cells(table, column);
        let cell = match header.role {
            Some(Role::Title) => title_cell(&existing, paper),
            Some(Role::Year) => date_cell(&existing, paper)?,
            Some(Role::Venue) => venue_cell(document, facts, knowledge, column, index, paper),
            Some(Role::Code) => code_cell(knowledge, &existing, paper),
            _ => placeholder(knowledge, &existing),
        };
        cells.push(cell);
    }
    Ok(join(document, table, &cells))
}

/// The row's pipes and padding as the table's last row has them.
fn join(document: &Document<'_>, table: &Table<'_>, cells: &[String]) -> String {
    let sample = match table.row_count() {
        0 => table.header(),
        n => table.row(n - 1),
    };
    let raw = &document.text[sample.span().start..sample.span().end];
    let leading = raw.trim_start().starts_with('|');
    let padded = sample
        .outer_spans()
        .first()
        .is_none_or(|s| document.text[s.start..s.end].starts_with(' '));
    let body = if padded {
        cells
            .iter()
            .map(|c| {
                if c.is_empty() {
                    " ".to_string()
                } else {
                    format!(" {c} ")
                }
            })
            .collect::<Vec<_>>()
            .join("|")
    } else {
        cells.join("|")
    };
    let mut row = String::new();
    if leading {
        row.push('|');
    }
    row.push_str(&body);
    if sample.has_trailing_pipe() {
        row.push('|');
    } else {
        row = row.trim_end().to_string();
    }
    row
}

/// `[Title](url)` with the markup around the link that most title cells
/// have (`**[Title](url)**`).
fn title_cell(existing: &[&str], paper: &Paper) -> String {
    let title = paper.title.replace('|', "\\|");
    let wrappers = existing.iter().filter_map(|raw| {
        let open = raw.find('[')?;
        let prefix = &raw[..open];
        let suffix = raw.rsplit_once(')').map_or("", |(_, s)| s);
        (prefix.chars().all(|c| c == '*' || c == '_')
            && suffix.chars().all(|c| c == '*' || c == '_'))
        .then_some(prefix)
    });
    let wrap = most_common(wrappers).unwrap_or("");
    let end: String = wrap.chars().rev().collect();
    match &paper.url {
        Some(url) => format!("{wrap}[{title}]({url}){end}"),
        None => format!("{wrap}{title}{end}"),
    }
}

/// The code link in the form most code cells have: the cell of another
/// row with its repository swapped (keeps `[Code](...)`, bare links and
/// star badges); else `[Code](url)`; without a repository, the placeholder.
fn code_cell(knowledge: &Knowledge, existing: &[&str], paper: &Paper) -> String {
    let Some(code) = &paper.code else {
        return placeholder(knowledge, existing);
    };
    let repo_of = |text: &str| -> Option<String> {
        let at = text.find("github.com/")? + "github.com/".len();
        let path: String = text[at..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || "-_./".contains(*c))
            .collect();
        let mut parts = path.split('/').filter(|p| !p.is_empty());
        let (owner, name) = (parts.next()?, parts.next()?);
        Some(format!("{owner}/{}", name.trim_end_matches(".git")))
    };
    let new_repo = repo_of(code);
    let templates: Vec<(&str, String)> = existing
        .iter()
        .filter_map(|raw| Some((*raw, repo_of(raw)?)))
        .collect();
    let shapes: Vec<String> = templates
        .iter()
        .map(|(raw, repo)| shape(&raw.replace(repo.as_str(), "R")))
        .collect();
    if let (Some(new_repo), Some(best)) =
        (&new_repo, most_common(shapes.iter().map(String::as_str)))
    {
        let (raw, repo) = &templates[shapes.iter().position(|s| s == best).expect("present")];
        return raw.replace(repo.as_str(), new_repo);
    }
    let texts: Vec<&str> = existing
        .iter()
        .filter_map(|raw| {
            let rest = raw.strip_prefix('[')?;
            let end = rest.find("](")?;
            Some(&rest[..end])
        })
        .filter(|t| !t.starts_with('!'))
        .collect();
    format!("[{}]({code})", most_common(texts).unwrap_or("Code"))
}
