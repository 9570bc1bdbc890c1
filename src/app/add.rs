//! `nas-lint add`: reads the list, gets the papers' metadata (by hand or
//! over the network), asks the library for the rows, and writes the file
//! atomically (or prints the diff).

use super::add_cli::AddArgs;
use super::add_input::{arxiv_of, openreview_of, parse_date};
use super::cli::Cli;
use super::exit::{into_trouble, Trouble, EXIT_CLEAN, EXIT_FINDINGS};
use super::profile::Profiles;
use super::{clock, fixing};
use nas_lint::add::{add, AddOptions, Paper};
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
