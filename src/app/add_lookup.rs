//! Looking papers up for `nas-lint add`: arXiv's and OpenReview's APIs,
//! through the link check's client rules (remaps, proxy, address guard,
//! no token).

use super::add_cli::AddArgs;
use super::add_input::{arxiv_of, openreview_of, parse_date};
use super::exit::Trouble;
use super::profile::Profile;
use nas_lint::add::style::venue_in_text;
use nas_lint::add::Paper;
use nas_lint::links::lookup::{look_up as fetch, PaperRecord};
use nas_lint::links::{LinkOptions, Remap};
use nas_lint::Knowledge;

/// Words that say a paper is not (yet) published where the text names.
const NOT_PUBLISHED: [&str; 4] = [
    "under review",
    "submitted to",
    "under submission",
    "rejected",
];

pub fn look_up(items: &[String], args: &AddArgs, profile: &Profile) -> Result<Vec<Paper>, Trouble> {
    let knowledge = &profile.knowledge;
    let config = &profile.config.links;
    // As for --links: the config's remaps first, then the command line's;
    // where they lead is judged by the address guard, and no token rides.
    let remaps = config
        .remap
        .iter()
        .chain(&args.remap)
        .map(|r| Remap::parse(r).map_err(|e| format!("--remap '{r}': {e}")))
        .collect::<Result<Vec<_>, _>>()?;
    let options = LinkOptions {
        remaps,
        allow_private: args.allow_private
            || std::env::var("NAS_LINT_ALLOW_PRIVATE")
                .is_ok_and(|v| matches!(v.trim(), "1" | "true" | "yes")),
        cache_dir: super::links::cache_dir(args.cache_dir.as_ref(), args.no_cache, profile),
        github_token: None,
        ..LinkOptions::default()
    };
    let mut arxiv = Vec::new();
    let mut openreview = Vec::new();
    for item in items {
        match (arxiv_of(item), openreview_of(item)) {
            (Some(id), _) => arxiv.push(id),
            (None, Some(id)) => openreview.push(id),
            _ => {
                return Err(format!("`{item}` is neither an arXiv nor an OpenReview paper").into())
            }
        }
    }
    let records = fetch(&options, &arxiv, &openreview).map_err(|e| e.to_string())?;
    let mut papers = Vec::new();
    for (i, record) in records.into_iter().enumerate() {
        let record = record.map_err(|why| {
            format!(
                "cannot look the paper up ({why}); write the row by hand with --title \
                 (and --venue, --year, --code)"
            )
        })?;
        let url = if i < arxiv.len() {
            format!("https://arxiv.org/abs/{}", record.id)
        } else {
            format!("https://openreview.net/forum?id={}", record.id)
        };
        papers.push(paper_of(knowledge, record, url, args)?);
    }
    Ok(papers)
}

fn paper_of(
    knowledge: &Knowledge,
    record: PaperRecord,
    url: String,
    args: &AddArgs,
) -> Result<Paper, Trouble> {
    let venue = [record.venue_text.as_deref(), record.comment.as_deref()]
        .into_iter()
        .flatten()
        .filter(|t| {
            let lower = t.to_lowercase();
            !NOT_PUBLISHED.iter().any(|w| lower.contains(w))
        })
        .find_map(|t| venue_in_text(knowledge, t).map(|(written, _)| written));
    let code = [record.comment.as_deref(), Some(record.summary.as_str())]
        .into_iter()
        .flatten()
        .find_map(github_repo);
    let mut paper = Paper {
        title: record.title,
        url: Some(url),
        year: record.date.map(|d| d.0),
        month: record.date.map(|d| d.1),
        day: record.date.map(|d| d.2),
        venue,
        code,
    };
    if let Some(date) = &args.year {
        let (year, month, day) = parse_date(date)
            .ok_or_else(|| format!("--year `{date}`: write 2023, 2023-05 or 2023-05-17"))?;
        (paper.year, paper.month, paper.day) = (Some(year), month, day);
    }
    if args.venue.is_some() {
        paper.venue.clone_from(&args.venue);
    }
    if args.code.is_some() {
        paper.code.clone_from(&args.code);
    }
    Ok(paper)
}

/// The first GitHub repository URL in a text: `https://github.com/owner/repo`.
fn github_repo(text: &str) -> Option<String> {
    let at = text.find("github.com/")?;
    let rest = &text[at + "github.com/".len()..];
    let path: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || "-_./".contains(*c))
        .collect();
    let mut parts = path.split('/').filter(|p| !p.is_empty());
    let owner = parts.next()?;
    let repo = parts.next()?.trim_end_matches('.').trim_end_matches(".git");
    (!repo.is_empty()).then(|| format!("https://github.com/{owner}/{repo}"))
}
