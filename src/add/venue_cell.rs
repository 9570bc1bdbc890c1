//! The venue cell of a new row, spelled as the list spells venues.

use super::habits::{column_cells, most_common, number_runs};
use super::Paper;
use crate::document::Document;
use crate::facts::Facts;
use crate::knowledge::{Knowledge, VenueCell, VenueMention};

/// The venue as the list spells it: a cell naming the same venue, with
/// the year changed; else the list's habit (`Name'YY` or `Name YYYY`);
/// for an unpublished paper, the list's word for one.
pub(super) fn venue_cell(
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
