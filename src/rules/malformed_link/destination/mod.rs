//! Link destinations no reader can have meant, though Markdown accepts
//! them: GitHub opens them as files of the repository that do not exist.

use super::finding::diagnostic;
use super::hosts::schemeless_host;
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::document::Link;
use crate::span::Span;

/// Where a link's URL is written in the source, when written inline as is
/// (`](url`): its last such place in the link's span. Found without
/// building the pattern: this runs for every link of a list.
pub(super) fn url_at(text: &str, span: Span, url: &str) -> Option<usize> {
    if url.is_empty() {
        return None;
    }
    let source = &text[span.start..span.end];
    // `]( url)`: Markdown allows spaces before the destination.
    crate::knowledge::text::rfind_all(source, "](").find_map(|i| {
        let after = &source[i + 2..];
        let rest = after.trim_start_matches([' ', '\t']);
        rest.starts_with(url)
            .then(|| span.start + i + 2 + (after.len() - rest.len()))
    })
}

/// A destination that is a script's word for "no value" (`[Paper](nan)`,
/// `(None)`, `(null)`, `(undefined)`): a list generated from a table wrote
/// its empty cell where the URL goes, and GitHub links to a file of the
/// repository that does not exist.
pub(super) fn missing_value(text: &str, span: Span, url: &str) -> Option<Diagnostic> {
    let url = crate::knowledge::text::trim(url);
    // The word first: finding where the URL is written costs a search.
    if !crate::profile::empty_links::is_no_value(url) {
        return None;
    }
    not_a_url(text, span, url, "an empty value written by a script")
}

/// In a paper table's row, a destination that holds the place of a URL to
/// come (`[Title](TBD)`, `[Code](-)`). The row's conventions are judged
/// before (`EmptyLinks::intended`: the same text in three rows, a text
/// that is a placeholder itself); outside paper tables such links follow
/// the looser rules of empty links there and are not reported.
pub(super) fn placeholder(text: &str, span: Span, url: &str) -> Option<Diagnostic> {
    let url = crate::knowledge::text::trim(url);
    if !crate::profile::empty_links::is_placeholder_destination(url) {
        return None;
    }
    not_a_url(text, span, url, "a placeholder")
}

fn not_a_url(text: &str, span: Span, url: &str, what: &str) -> Option<Diagnostic> {
    url_at(text, span, url)?;
    Some(
        diagnostic(
            span,
            format!("the link's destination `{url}` is {what}, not a URL"),
        )
        .with_label("not a URL")
        .with_help("write the paper's URL in the parentheses, or remove the link"),
    )
}

/// A well-known host with the path glued to it, no `/` between
/// (`https://github.comLJungang/Awesome-Video-Reasoning`): the browser looks
/// for a host of that name and finds none. Only a capital letter right
/// after the host tells (`github.community` is a host of its own); the safe
/// fix writes the `/`.
pub(super) fn host_glued_to_path(text: &str, span: Span, url: &str) -> Option<Diagnostic> {
    let rest = super::hosts::after_web_scheme(url)?;
    let scheme_end = url.len() - rest.len();
    let end = rest.bytes().position(|b| matches!(b, b'/' | b'?' | b'#'));
    let segment = &rest[..end.unwrap_or(rest.len())];
    // The capital after the host is in the segment: most hosts are written
    // in lower case, and then the hosts need not be compared at all.
    if !segment.bytes().any(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let host = super::hosts::KNOWN_HOSTS
        .iter()
        .filter(|h| {
            segment
                .get(..h.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(h))
        })
        .max_by_key(|h| h.len())?;
    let after = segment[host.len()..].chars().next()?;
    if !after.is_ascii_uppercase() {
        return None;
    }
    let cut = scheme_end + host.len();
    let fix = url_at(text, span, url).map(|at| Fix::safe(vec![Edit::insert(at + cut, "/")]));
    Some(
        diagnostic(
            span,
            format!("the URL `{url}` has no `/` after its host `{host}`, so it names a host that does not exist"),
        )
        .with_label("no `/` after the host")
        .with_help(format!("write `{}/{}`", &url[..cut], &url[cut..]))
        .with_fix(fix),
    )
}

/// `[preprint]()(https://...)`: the address in a second pair of parentheses
/// after the empty ones, shown as plain text; the safe fix deletes the
/// empty pair.
fn address_in_second_parentheses(span: Span, inner: &str) -> Option<Diagnostic> {
    let address = &inner[..closing_parenthesis(inner)?];
    let host = super::hosts::after_web_scheme(address)?;
    if !host.contains('.') || address.contains(char::is_whitespace) {
        return None;
    }
    let empty = Span::new(span.end - 2, span.end);
    Some(
        diagnostic(
            Span::new(span.start, span.end + address.len() + 2),
            format!("the address `{address}` is in a second pair of parentheses after the link's empty ones, so the link goes nowhere"),
        )
        .with_label("address outside the link's parentheses")
        .with_help(format!("write `({address})` once"))
        .with_fix(Some(Fix::safe(vec![Edit::replace(empty, String::new())]))),
    )
}

/// Where the parenthesis that closes `text`'s opening one stands, pairs
/// inside counted (`https://en.wikipedia.org/wiki/Transformer_(deep_learning))`).
fn closing_parenthesis(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (at, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => return Some(at),
            ')' => depth -= 1,
            '\n' => return None,
            _ => {}
        }
    }
    None
}

/// `[Translation-based recommendation]()https://doi.org/...`: an empty link
/// with its address typed right after the parentheses, where GitHub shows
/// it as plain text. Whatever the link's text, the paper's link is broken;
/// the safe fix moves the address inside (a sentence's mark after it stays
/// out).
pub(super) fn address_after_parentheses(text: &str, span: Span, url: &str) -> Option<Diagnostic> {
    if !crate::knowledge::text::trim(url).is_empty() || !text[..span.end].ends_with("()") {
        return None;
    }
    let after = &text[span.end..];
    if let Some(inner) = after.strip_prefix('(') {
        return address_in_second_parentheses(span, inner);
    }
    let end = after
        .find(|c: char| c.is_whitespace() || matches!(c, '|' | '<' | '[' | ']'))
        .unwrap_or(after.len());
    let address = after[..end].trim_end_matches(['.', ',', ';', ':', ')']);
    // A scheme alone (`[T]()https://`) is no address to move in.
    let host = super::hosts::after_web_scheme(address)?;
    if !host.contains('.') {
        return None;
    }
    let moved = Span::new(span.end - 1, span.end + address.len());
    Some(
        diagnostic(
            Span::new(span.start, moved.end),
            format!("the address `{address}` is written after the link's empty parentheses, so the link goes nowhere"),
        )
        .with_label("address outside the parentheses")
        .with_help(format!("write `({address})`"))
        .with_fix(Some(Fix::safe(vec![Edit::replace(moved, format!("{address})"))]))),
    )
}

/// `https://openaccess.thecvf.com/content_cvpr_2016/**paper**s/...`: bold
/// marks inside an address, left by a find-and-replace that made a word
/// bold everywhere. No address holds `**` around a word (`__` does, in file
/// names: `On_High_Definition__HD__Maps.pdf`); the fix (unsafe: the replace
/// may have changed more) takes the marks out.
pub(super) fn emphasis_in_address(text: &str, span: Span, url: &str) -> Option<Diagnostic> {
    let rest = super::hosts::after_web_scheme(crate::knowledge::text::trim(url))?;
    let mark = "**";
    if crate::knowledge::text::count(rest, mark) < 2 {
        return None;
    }
    let around_a_word = rest
        .split(mark)
        .nth(1)
        .is_some_and(|word| !word.is_empty() && word.chars().all(|c| c.is_alphanumeric()));
    if !around_a_word {
        return None;
    }
    let fix = url_at(text, span, url).map(|at| {
        let written = &text[at..at + url.len()];
        Fix::unsafe_(vec![Edit::replace(
            Span::new(at, at + url.len()),
            written.replace(mark, ""),
        )])
    });
    Some(
        diagnostic(
            span,
            format!(
                "the URL `{url}` holds `{mark}` around a word: emphasis pasted into an address"
            ),
        )
        .with_label(format!("`{mark}` in the address"))
        .with_help(format!("write `{}`", url.replace(mark, "")))
        .with_fix(fix),
    )
}

/// Hosting domains under which every site has a name of its own
/// (`NAME.github.io`): the domain alone serves none of them.
const SHARED_HOSTING: &[&str] = &[
    "github.io",
    "gitlab.io",
    "netlify.app",
    "vercel.app",
    "herokuapp.com",
    "pages.dev",
    "readthedocs.io",
];

/// A link to a page under a hosting domain with no site's name before it
/// (`https://github.io/spider/2`): a scraper or a hand dropped the user or
/// project part, and the link leads nowhere. No fix: the name is not known.
/// So does a host without a domain ending (see `no_domain`).
pub(super) fn nameless_site(text: &str, span: Span, url: &str) -> Option<Diagnostic> {
    if let Some(d) = super::no_domain::host_without_domain(text, span, url) {
        return Some(d);
    }
    let rest = super::hosts::after_web_scheme(crate::knowledge::text::trim(url))?;
    let rest = match rest.get(..4) {
        Some(www) if www.eq_ignore_ascii_case("www.") => &rest[4..],
        _ => rest,
    };
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host = &rest[..host_end];
    let hosting = SHARED_HOSTING
        .iter()
        .find(|h| h.eq_ignore_ascii_case(host))?;
    // The domain's own front page (`https://github.io/`) is a page.
    if rest[host_end..].trim_start_matches('/').is_empty() {
        return None;
    }
    Some(
        diagnostic(
            span,
            format!("`{hosting}` alone names no site: the site's name before it is missing (`NAME.{hosting}`)"),
        )
        .with_label("no site's name")
        .with_help(format!("write the whole address, `https://NAME.{hosting}/...`")),
    )
}

/// A link outside paper rows (a dataset or benchmark table, a bullet)
/// whose arXiv id cannot exist: a placeholder (`2502.00000`, a number
/// arXiv never issues) or a slip (`2305.165042`). Paper rows are checked
/// with their other links.
pub(super) fn impossible_arxiv_id(url: &str, span: Span) -> Option<Diagnostic> {
    match crate::knowledge::ids::arxiv_link(url)? {
        crate::knowledge::ids::ArxivLink::Malformed { written, reason } => Some(diagnostic(
            span,
            format!("arXiv id `{written}` cannot exist: {reason}"),
        )),
        _ => None,
    }
}

/// A paper row's link whose destination is a bare number
/// (`[DER: ...](2021)`): the year or a page number written where the URL
/// goes. A link that reads as its own destination (`[2021](2021)`) may be
/// a folder of the repository and is left alone, and so is a number
/// followed by a slash or an extension (`2021/`, `2021.md`).
pub(super) fn bare_number(text: &str, link: &Link<'_>) -> Option<Diagnostic> {
    let url = crate::knowledge::text::trim(link.url);
    let written = text.as_bytes().get(link.span.start) == Some(&b'[');
    if !written || url.is_empty() || url.len() > 8 || !url.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if crate::knowledge::text::trim(link.text) == url {
        return None;
    }
    Some(
        diagnostic(
            link.span,
            format!(
                "the link's destination `{url}` is a bare number, so GitHub links to a file of the repository that does not exist"
            ),
        )
        .with_label("not a URL")
        .with_help("write the paper's URL in the parentheses"),
    )
}

/// A web address whose scheme lost its colon (`https//arxiv.org/...`): a
/// path of the repository to GitHub. The colon goes back by a safe fix.
pub(super) fn scheme_without_colon(text: &str, span: Span, url: &str) -> Option<Diagnostic> {
    let lower = url.to_ascii_lowercase();
    let scheme = ["https", "http"].into_iter().find(|s| {
        lower
            .strip_prefix(s)
            .is_some_and(|rest| rest.starts_with("//"))
    })?;
    schemeless_host(&url[scheme.len() + 2..])?;
    let fix =
        url_at(text, span, url).map(|at| Fix::safe(vec![Edit::insert(at + scheme.len(), ":")]));
    let fixed = format!("{}:{}", &url[..scheme.len()], &url[scheme.len()..]);
    Some(
        diagnostic(
            span,
            format!("the URL `{url}` has no `:` after `{scheme}`, so GitHub links to a path of the repository"),
        )
        .with_label("scheme without a colon")
        .with_help(format!("write `{fixed}`"))
        .with_fix(fix),
    )
}

/// A web address whose scheme lost its slashes (`https:ithub.com/...`,
/// `https:/arxiv.org/...`): browsers guess the address, link checkers and
/// other Markdown readers fail on it. The fix writes
/// them back, safely only before a host nas-lint knows (the host itself may
/// have lost a letter with them).
pub(super) fn scheme_without_slashes(text: &str, span: Span, url: &str) -> Option<Diagnostic> {
    let lower = url.to_ascii_lowercase();
    let scheme = ["https:", "http:"]
        .into_iter()
        .find(|s| lower.starts_with(s) && !lower[s.len()..].starts_with("//"))?;
    let rest = &url[scheme.len()..];
    let slashes = rest.len() - rest.trim_start_matches('/').len();
    let written = &url[..scheme.len()];
    let missing = if slashes == 1 { "a `/`" } else { "`//`" };
    let Some(host) = schemeless_host(&rest[slashes..]) else {
        // `https:/FFD/arxiv.org/...`: no host where one must be; what was
        // meant is for a human to say.
        return rest[slashes..]
            .contains(|c: char| c.is_alphanumeric())
            .then(|| {
                diagnostic(
                    span,
                    format!(
                        "the URL `{url}` lacks {missing} after `{written}`: a malformed address"
                    ),
                )
                .with_label("scheme without slashes")
                .with_help(format!("write the address after `{written}//`"))
            });
    };
    let lower = host.to_ascii_lowercase();
    let known = super::hosts::KNOWN_HOSTS.contains(&lower.as_str());
    // `ithub.com`: the host lost a letter with the slashes.
    let near = (!known)
        .then(|| {
            super::hosts::KNOWN_HOSTS.iter().find(|k| {
                // One letter lost from the name, not another ending
                // (`x.co` is no `x.com`).
                let ending = |h: &str| h.rsplit('.').next().map(str::to_string);
                ending(k) == ending(&lower)
                    && crate::knowledge::text::edit_distance(&lower, k, 1) <= 1
            })
        })
        .flatten();
    let after_host = &rest[slashes + host.len()..];
    let fixed = format!("{written}//{}{after_host}", near.copied().unwrap_or(host));
    let fix = url_at(text, span, url).map(|at| {
        let edit = Edit::replace(Span::new(at, at + url.len()), &fixed);
        Fix::safe_if(known, vec![edit])
    });
    Some(
        diagnostic(
            span,
            format!("the URL `{url}` lacks {missing} after `{written}`: a malformed address"),
        )
        .with_label("scheme without slashes")
        .with_help(format!("write `{fixed}`"))
        .with_fix(fix),
    )
}

/// `hhttps://`, `htps://`, `htttp://`: a scheme one slip from `https` or
/// `http`, which GitHub does not link. The fix writes the scheme it is one
/// slip from; unsafe when it is one slip from both (`httpx`).
pub(super) fn misspelt_scheme(text: &str, span: Span, url: &str) -> Option<Diagnostic> {
    let (scheme, rest) = url.split_once("://")?;
    let lower = scheme.to_ascii_lowercase();
    if !(2..=8).contains(&lower.len())
        || !lower.bytes().all(|b| b.is_ascii_lowercase())
        || ["https", "http", "ftp", "ftps", "sftp", "ssh", "git", "file"].contains(&lower.as_str())
    {
        return None;
    }
    schemeless_host(rest)?;
    let near: Vec<&str> = ["https", "http"]
        .into_iter()
        .filter(|known| crate::knowledge::text::edit_distance(&lower, known, 1) <= 1)
        .collect();
    let written = *near.first()?;
    let edits = url_at(text, span, url)
        .map(|at| vec![Edit::replace(Span::new(at, at + scheme.len()), written)]);
    let fix = edits.map(|edits| Fix::safe_if(near.len() == 1, edits));
    Some(
        diagnostic(
            span,
            format!("the URL `{url}` starts with `{scheme}://`, a slip of `{written}://`: GitHub does not link it"),
        )
        .with_label("misspelt scheme")
        .with_help(format!("write `{written}://{rest}`"))
        .with_fix(fix),
    )
}

#[cfg(test)]
mod scheme_slips;
#[cfg(test)]
mod tests;
