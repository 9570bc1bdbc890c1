//! Outcomes turned into findings, one per link in the list (a target
//! linked from three rows gives three findings, each at its own link).

use super::collect::{Links, Occurrence};
use super::outcome::Outcome;
use super::rules::{ARCHIVED_REPO, ARXIV_TITLE_MISMATCH, DEAD_LINK, MOVED_LINK, UNVERIFIED_LINK};
use super::target::{with_repo, Target};
use super::title::same_paper;
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::span::Span;

pub(crate) fn diagnostics(text: &str, links: &Links<'_>, outcomes: &[Outcome]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for occurrence in &links.occurrences {
        let target = &links.targets[occurrence.target];
        let outcome = &outcomes[occurrence.target];
        findings(text, occurrence, target, outcome, &mut out);
    }
    out.sort_by(|a, b| (a.span.start, a.rule).cmp(&(b.span.start, b.rule)));
    out
}

fn findings(
    text: &str,
    occurrence: &Occurrence<'_>,
    target: &Target,
    outcome: &Outcome,
    out: &mut Vec<Diagnostic>,
) {
    let span = occurrence.span;
    match outcome {
        Outcome::Alive => {}
        Outcome::Dead { reason } => out.push(
            Diagnostic::new(
                DEAD_LINK.name,
                DEAD_LINK.severity,
                span,
                format!("dead link: {reason}"),
            )
            .with_label("this link is gone")
            .with_help(match target {
                Target::Arxiv(_) => "check the arXiv id, or link the paper where it lives now",
                Target::Repo(_) => "link the code where it lives now, or remove the link",
                Target::Web(_) => "link the page where it lives now, or remove the link",
            }),
        ),
        Outcome::Unverified { reason } => out.push(
            Diagnostic::new(
                UNVERIFIED_LINK.name,
                UNVERIFIED_LINK.severity,
                span,
                format!("could not check `{}`: {reason}", occurrence.url),
            )
            .with_label("not verified"),
        ),
        Outcome::Paper { title } => {
            let Some(row_title) = occurrence.paper_title else {
                return;
            };
            if title.is_empty() || same_paper(row_title, title) {
                return;
            }
            let id = match target {
                Target::Arxiv(id) => id.as_str(),
                _ => "",
            };
            out.push(
                Diagnostic::new(
                    ARXIV_TITLE_MISMATCH.name,
                    ARXIV_TITLE_MISMATCH.severity,
                    span,
                    format!(
                        "arXiv {id} is \u{201c}{title}\u{201d}, not \u{201c}{row_title}\u{201d}"
                    ),
                )
                .with_label("links another paper")
                .with_help("link this row's own paper, or correct the title"),
            );
        }
        Outcome::Repo { moved_to, archived } => {
            let Target::Repo(repo) = target else {
                return;
            };
            if let Some(new_name) = moved_to {
                let fix = with_repo(occurrence.url, new_name)
                    .zip(url_span(text, occurrence))
                    .map(|(new_url, url_span)| Fix::safe(vec![Edit::replace(url_span, new_url)]));
                out.push(
                    Diagnostic::new(
                        MOVED_LINK.name,
                        MOVED_LINK.severity,
                        span,
                        format!("the repository {} moved to {new_name}", repo.full_name()),
                    )
                    .with_label("moved")
                    .with_help(format!("link https://github.com/{new_name}"))
                    .with_fix(fix),
                );
            }
            if *archived {
                let name = moved_to.clone().unwrap_or_else(|| repo.full_name());
                out.push(
                    Diagnostic::new(
                        ARCHIVED_REPO.name,
                        ARCHIVED_REPO.severity,
                        span,
                        format!("the repository {name} is archived (read-only)"),
                    )
                    .with_label("archived")
                    .with_help("keep it if it is still the paper's code; link a maintained fork if there is one"),
                );
            }
        }
    }
}

/// Where the URL itself is written inside the link, for a fix that
/// replaces the URL and nothing else: the last place it occurs, since the
/// link text may repeat it (`[https://x](https://x)`).
fn url_span(text: &str, occurrence: &Occurrence<'_>) -> Option<Span> {
    let link = occurrence.span.slice(text);
    let at = link.rfind(occurrence.url)?;
    let start = occurrence.span.start + at;
    Some(Span::new(start, start + occurrence.url.len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::links::target::RepoName;

    #[test]
    fn a_moved_repository_gets_a_fix_on_its_url_only() {
        let text = "| [Code](https://github.com/old/name/tree/main/x) |";
        let start = text.find('[').unwrap();
        let end = text.rfind(')').unwrap() + 1;
        let url = "https://github.com/old/name/tree/main/x";
        let links = Links {
            targets: vec![Target::Repo(RepoName {
                owner: "old".into(),
                name: "name".into(),
            })],
            occurrences: vec![Occurrence {
                target: 0,
                url,
                span: Span::new(start, end),
                paper_title: None,
            }],
        };
        let outcomes = vec![Outcome::Repo {
            moved_to: Some("new/name2".into()),
            archived: true,
        }];
        let found = diagnostics(text, &links, &outcomes);
        assert_eq!(found.len(), 2);
        let moved = found.iter().find(|d| d.rule == "moved-link").unwrap();
        let edit = &moved.fix.as_ref().unwrap().edits[0];
        assert_eq!(edit.span.slice(text), url);
        assert_eq!(edit.replacement, "https://github.com/new/name2/tree/main/x");
        assert!(found.iter().any(|d| d.rule == "archived-repo"));
    }
}
