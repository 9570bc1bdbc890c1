//! Writing a row the way the table's other rows are written.

use super::{AddError, Paper};
use crate::document::{Document, Role, Table};
use crate::facts::Facts;
use crate::knowledge::{month_name, parse_year_cell, Knowledge, VenueCell, VenueMention, YearCell};

/// The year and month (0: unknown) a date cell names.
pub fn read_date(text: &str) -> Option<(i32, u8)> {
    let text = text.trim().trim_matches('`');
    match parse_year_cell(text, false, 1900, 2200) {
        YearCell::Year { year, month, .. } => Some((year, month)),
        _ => None,
    }
}

/// The most common of some strings (the first on ties).
fn most_common<'s>(items: impl IntoIterator<Item = &'s str>) -> Option<&'s str> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for item in items {
        match counts.iter_mut().find(|(s, _)| *s == item) {
            Some((_, n)) => *n += 1,
            None => counts.push((item, 1)),
        }
    }
    let best = counts.iter().map(|c| c.1).max()?;
    counts.into_iter().find(|c| c.1 == best).map(|c| c.0)
}

/// The shape of a cell: digits as `9`, letters as `a`.
fn shape(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_digit() {
                '9'
            } else if c.is_alphabetic() {
                'a'
            } else {
                c
            }
        })
        .collect()
}

/// The trimmed raw cells of a column, over the table's rows.
fn column_cells<'a>(table: &'a Table<'a>, column: usize) -> Vec<&'a str> {
    table
        .rows()
        .filter_map(|r| r.cell(column).map(|c| c.raw().trim()))
        .collect()
}

/// The list's own way of leaving a cell of this column empty.
fn placeholder(knowledge: &Knowledge, cells: &[&str]) -> String {
    most_common(
        cells
            .iter()
            .copied()
            .filter(|c| c.is_empty() || knowledge.is_placeholder(c)),
    )
    .unwrap_or("")
    .to_string()
}

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

/// The date in the shape most date cells have.
fn date_cell(existing: &[&str], paper: &Paper) -> Result<String, AddError> {
    let Some(year) = paper.year else {
        return Err(AddError::Missing(
            "the year is not known; give it with --year".into(),
        ));
    };
    let dated: Vec<&str> = existing
        .iter()
        .copied()
        .filter(|c| read_date(c).is_some())
        .collect();
    let shapes: Vec<String> = dated.iter().map(|c| shape(c)).collect();
    let Some(best) = most_common(shapes.iter().map(String::as_str)) else {
        return Ok(year.to_string());
    };
    let template = dated[shapes.iter().position(|s| s == best).expect("present")];
    let (_, month) = read_date(template).expect("dated");
    if month == 0 {
        return Ok(replace_digits(template, &year.to_string(), 4));
    }
    let Some(new_month) = paper.month else {
        return Err(AddError::Missing(format!(
            "the table writes dates like `{template}`; give the month with --year YYYY-MM"
        )));
    };
    // Numbers in order of appearance: year first, or `24-01-16`, or day first.
    let numbers: Vec<(usize, usize)> = number_runs(template);
    let mut out = String::new();
    let mut last = 0;
    let letters = template.find(|c: char| c.is_alphabetic());
    if let Some(start) = letters {
        // `May 2023`, `Mar., 2023`, `Sep, 2025`: the month's name, same length style.
        let end = template[start..]
            .find(|c: char| !c.is_alphabetic())
            .map_or(template.len(), |n| start + n);
        let word = &template[start..end];
        let name = month_name(u32::from(new_month)).ok_or_else(|| {
            AddError::Missing(format!("{new_month} is not a month; give --year YYYY-MM"))
        })?;
        let name = if word.len() == 3 { &name[..3] } else { name };
        let name = if word.chars().all(|c| c.is_uppercase()) {
            name.to_uppercase()
        } else {
            name.to_string()
        };
        let with_name = format!("{}{}{}", &template[..start], name, &template[end..]);
        return Ok(replace_digits(&with_name, &year.to_string(), 4));
    }
    for (i, &(s, e)) in numbers.iter().enumerate() {
        out.push_str(&template[last..s]);
        let width = e - s;
        let value = match (i, width) {
            (0, 4) => year.to_string(),
            (0, 2) => format!("{:02}", year % 100),
            (1, _) => format!("{new_month:02}"),
            _ => match paper.day {
                Some(day) => format!("{day:02}"),
                None => {
                    return Err(AddError::Missing(format!(
                    "the table writes dates like `{template}`; give the day with --year YYYY-MM-DD"
                )))
                }
            },
        };
        out.push_str(&value);
        last = e;
    }
    out.push_str(&template[last..]);
    Ok(out)
}

fn number_runs(text: &str) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_ascii_digit(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                runs.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    runs
}

/// Replaces the first run of `width` digits with `value`.
fn replace_digits(text: &str, value: &str, width: usize) -> String {
    match number_runs(text).into_iter().find(|(s, e)| e - s == width) {
        Some((s, e)) => format!("{}{}{}", &text[..s], value, &text[e..]),
        None => value.to_string(),
    }
}

/// The venue as the list spells it: a cell naming the same venue, with
/// the year changed; else the list's habit (`Name'YY` or `Name YYYY`);
/// for an unpublished paper, the list's word for one.
fn venue_cell(
    document: &Document<'_>,
    facts: &Facts,
    knowledge: &Knowledge,
    column: usize,
    index: usize,
    paper: &Paper,
) -> String {
    let table = &document.tables[index];
    let found = paper
        .venue
        .as_deref()
        .and_then(|v| venue_in_text(knowledge, v));
    let mention = found.as_ref().map(|(v, m)| (v.as_str(), *m));
    // Every venue cell of the document's tables, with what it says.
    let mut venue_cells: Vec<(&str, VenueCell)> = Vec::new();
    for (t, tf) in document.tables.iter().zip(&facts.tables) {
        for (row, rf) in t.rows().zip(&tf.rows) {
            if let Some(v) = &rf.venue {
                if let Some(cell) = row.cell(v.column()) {
                    venue_cells.push((cell.raw().trim(), v.value));
                }
            }
        }
    }
    let Some((given, mention)) = mention else {
        if let Some(v) = &paper.venue {
            return v.clone();
        }
        let unpublished: Vec<&str> = column_cells(table, column)
            .into_iter()
            .filter(|c| {
                let bare = c.trim_matches('`').to_lowercase();
                c.is_empty()
                    || knowledge.is_placeholder(c)
                    || bare == "arxiv"
                    || bare == "preprint"
                    || bare == "arxiv preprint"
            })
            .collect();
        return most_common(unpublished).unwrap_or("-").to_string();
    };
    let year = mention.year.or(paper.year);
    let same: Vec<String> = venue_cells
        .iter()
        .filter_map(|(raw, cell)| {
            let m = cell.mention()?;
            if m.venue != mention.venue {
                return None;
            }
            match (m.year, year) {
                (Some(old), Some(new)) => {
                    let (old4, old2) = (old.to_string(), format!("{:02}", old % 100));
                    let runs = number_runs(raw);
                    if let Some((s, e)) = runs.iter().find(|(s, e)| raw[*s..*e] == old4) {
                        Some(format!("{}{}{}", &raw[..*s], new, &raw[*e..]))
                    } else {
                        runs.iter()
                            .find(|(s, e)| raw[*s..*e] == old2)
                            .map(|(s, e)| format!("{}{:02}{}", &raw[..*s], new % 100, &raw[*e..]))
                    }
                }
                (None, None) => Some(raw.to_string()),
                _ => None,
            }
        })
        .collect();
    if let Some(best) = most_common(same.iter().map(String::as_str)) {
        return best.to_string();
    }
    // No row names this venue: the list's habit for a year after a name.
    let name = mention.written(given).trim();
    let Some(year) = year else {
        return name.to_string();
    };
    let habits: Vec<String> = venue_cells
        .iter()
        .filter(|(_, c)| c.mention().and_then(|m| m.year).is_some())
        .map(|(raw, _)| {
            let ticks = raw.starts_with('`');
            let short = raw.contains('\'') || raw.chars().filter(char::is_ascii_digit).count() < 4;
            format!("{ticks}{short}")
        })
        .collect();
    let habit = most_common(habits.iter().map(String::as_str)).unwrap_or("falsefalse");
    let written = if habit.ends_with("true") {
        format!("{name}'{:02}", year % 100)
    } else {
        format!("{name} {year}")
    };
    if habit.starts_with("true") {
        format!("`{written}`")
    } else {
        written
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

/// The venue a free text names: "Accepted at CVPR 2023", "ICLR 2024
/// (Oral)", "NeurIPS 2022 camera-ready", "ICLR 2024 poster". Runs of one to
/// four words are read with the venue knowledge; a venue with a year wins.
pub fn venue_in_text(knowledge: &Knowledge, text: &str) -> Option<(String, VenueMention)> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || "(),;:[]".contains(c))
        .map(|w| w.trim_matches(|c: char| c == '.' || c == '"'))
        .filter(|w| !w.is_empty())
        .collect();
    let mut without_year = None;
    for length in [2, 1, 3, 4] {
        for window in words.windows(length.min(words.len()).max(1)) {
            let candidate = window.join(" ");
            let VenueCell::Known(m) = knowledge.parse_venue(&candidate) else {
                continue;
            };
            if m.year.is_some() {
                return Some((candidate, m));
            }
            without_year.get_or_insert((candidate, m));
        }
    }
    without_year
}
