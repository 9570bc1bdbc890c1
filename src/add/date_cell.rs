//! The date cell of a new row, in the shape most date cells have.

use super::habits::{most_common, number_runs, replace_digits, shape};
use super::{AddError, Paper};
use crate::knowledge::{month_name, parse_year_cell, YearCell};

/// The year and month (0: unknown) a date cell names.
pub fn read_date(text: &str) -> Option<(i32, u8)> {
    let text = text.trim().trim_matches('`');
    match parse_year_cell(text, false, 1900, 2200) {
        YearCell::Year { year, month, .. } => Some((year, month)),
        _ => None,
    }
}

/// The date in the shape most date cells have.
pub(super) fn date_cell(existing: &[&str], paper: &Paper) -> Result<String, AddError> {
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
