//! `nas-lint add`: reads the list, gets the papers' metadata (by hand or
//! over the network), asks the library for the rows, and writes the file
//! atomically (or prints the diff).

use super::add_cli::AddArgs;
use super::cli::Cli;
use super::profile::Profiles;
use super::{clock, fixing, into_trouble, Trouble, EXIT_CLEAN, EXIT_FINDINGS};
use nas_lint::add::{add, AddOptions, Paper};
use nas_lint::knowledge::ids::{arxiv_link, ArxivLink};
use std::path::PathBuf;

pub fn run(cli: &Cli, args: &AddArgs) -> Result<u8, Trouble> {
    let (papers, file) = split_items(&args.items);
    let name = file.display().to_string();
    let text = super::inputs::read_markdown(&file).map_err(|e| format!("{name}: {e}"))?;
    // The list's configuration: its venues and strategies are knowledge too.
    let mut profiles = Profiles::new(cli, clock::current_year());
    let key = profiles.prepare(Some(&file)).map_err(into_trouble)?;
    let profile = profiles.get(&key);
    let knowledge = &profile.knowledge;
    let mut options = AddOptions {
        section: args.section.clone(),
        settings: profile.options.settings,
        ..AddOptions::default()
    };
    for pair in &args.set {
        let (column, value) = pair
            .split_once('=')
            .ok_or_else(|| format!("--set `{pair}`: write COLUMN=VALUE"))?;
        options
            .set
            .push((column.trim().to_string(), value.trim().to_string()));
    }
    let papers = if args.title.is_some() {
        vec![by_hand(args, &papers)?]
    } else {
        if papers.is_empty() {
            return Err(
                "name a paper (an arXiv id or URL, an OpenReview forum), or write the row \
                        by hand with --title"
                    .to_string()
                    .into(),
            );
        }
        super::add_lookup::look_up(&papers, args, profile)?
    };
    let mut new_text = text.clone();
    let mut added = Vec::new();
    for paper in &papers {
        match add(&new_text, knowledge, paper, &options) {
            Ok(addition) => {
                added.push((addition.line, addition.row));
                new_text = addition.text;
            }
            Err(e) if e.is_duplicate() => {
                eprintln!("nas-lint: error: {name}: {e}; nothing written");
                return Ok(EXIT_FINDINGS);
            }
            Err(e) => return Err(format!("{name}: {e}").into()),
        }
    }
    if args.dry_run {
        super::output::print_out(&fixing::unified_diff(&name, &text, &new_text));
    } else {
        fixing::write_atomically(&file, &new_text)
            .map_err(|e| format!("{name}: cannot write: {e}"))?;
        for (line, row) in &added {
            eprintln!("nas-lint: {name}:{line}: added {row}");
        }
    }
    Ok(EXIT_CLEAN)
}

/// The papers, and the list: the last item when it is no paper.
fn split_items(items: &[String]) -> (Vec<String>, PathBuf) {
    match items.split_last() {
        Some((last, rest)) if !is_paper(last) => (rest.to_vec(), PathBuf::from(last)),
        _ => (items.to_vec(), PathBuf::from("README.md")),
    }
}

/// An arXiv id or URL, or an OpenReview forum URL or id.
pub fn is_paper(item: &str) -> bool {
    if item.ends_with(".md") || item.ends_with(".markdown") {
        return false;
    }
    arxiv_of(item).is_some() || openreview_of(item).is_some()
}

/// The arXiv id of an id or URL (any version), without version.
pub fn arxiv_of(item: &str) -> Option<String> {
    let url = if item.contains("://") {
        item.to_string()
    } else if item.contains("arxiv.org/") {
        format!("https://{item}")
    } else {
        format!("https://arxiv.org/abs/{item}")
    };
    match arxiv_link(&url)? {
        ArxivLink::Valid(id) => Some(id.id),
        _ => None,
    }
}

/// The forum id of an OpenReview URL, or an id as OpenReview writes them
/// (letters, digits, `_`, `-`; 9 or 10 characters, not an arXiv id).
pub fn openreview_of(item: &str) -> Option<String> {
    let bare = item
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_start_matches("www.");
    if let Some(rest) = bare.strip_prefix("openreview.net/") {
        let query = rest.split_once('?')?.1;
        return query
            .split('&')
            .find_map(|p| p.strip_prefix("id="))
            .map(str::to_string);
    }
    let plain = (9..=10).contains(&item.len())
        && item
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        && item.chars().any(|c| c.is_ascii_alphabetic())
        && !item.contains('.');
    plain.then(|| item.to_string())
}

/// The paper as the options write it; the PAPER, if any, gives the link
/// (and, for arXiv, the date when --year is not given).
fn by_hand(args: &AddArgs, papers: &[String]) -> Result<Paper, Trouble> {
    if papers.len() > 1 {
        return Err("--title writes one row: name at most one paper"
            .to_string()
            .into());
    }
    let mut paper = match papers.first() {
        Some(item) => match arxiv_of(item) {
            Some(id) => Paper::from_arxiv(&id).unwrap_or_default(),
            None => Paper {
                url: openreview_of(item).map(|id| format!("https://openreview.net/forum?id={id}")),
                ..Paper::default()
            },
        },
        None => Paper::default(),
    };
    paper.title = args.title.clone().unwrap_or_default().trim().to_string();
    if let Some(date) = &args.year {
        let (year, month, day) = parse_date(date)
            .ok_or_else(|| format!("--year `{date}`: write 2023, 2023-05 or 2023-05-17"))?;
        (paper.year, paper.month, paper.day) = (Some(year), month, day);
    }
    paper.venue.clone_from(&args.venue);
    paper.code.clone_from(&args.code);
    Ok(paper)
}

/// `2023`, `2023-05`, `2023-05-17` (or with `.` or `/`).
pub fn parse_date(text: &str) -> Option<(i32, Option<u8>, Option<u8>)> {
    let mut parts = text.trim().split(['-', '.', '/']);
    let year: i32 = parts
        .next()?
        .parse()
        .ok()
        .filter(|y| (1900..=2200).contains(y))?;
    let month = match parts.next() {
        Some(m) => Some(m.parse::<u8>().ok().filter(|m| (1..=12).contains(m))?),
        None => None,
    };
    let day = match parts.next() {
        Some(d) => Some(d.parse::<u8>().ok().filter(|d| (1..=31).contains(d))?),
        None => None,
    };
    parts.next().is_none().then_some((year, month, day))
}
