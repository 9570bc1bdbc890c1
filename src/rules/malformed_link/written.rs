//! Problems of a link written as `[text](url)` whose URL is not empty.

use super::destination;
use super::finding::diagnostic;
use super::hosts::{hosts_cut_short, schemeless_host, KNOWN_HOSTS};
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::span::Span;

/// A problem with a link written as `[text](url)` whose URL is not empty:
/// a link inside its parentheses, a doubled scheme, a web address GitHub would take for a path of the
/// repository, or doubled parentheses.
pub(super) fn written_link_problem(text: &str, span: Span, url: &str) -> Option<Diagnostic> {
    if let Some(d) = super::nested::nested_link(text, span, url) {
        return Some(d);
    }
    if let Some(d) = destination::missing_value(text, span, url) {
        return Some(d);
    }
    // Where the URL is written, when it is written inline and as is.
    let url_at = destination::url_at(text, span, url);
    if let Some(d) = address_pasted_twice(url_at, span, url) {
        return Some(d);
    }
    if let Some(d) = super::several_addresses::several_addresses(span, url) {
        return Some(d);
    }
    // `httpshttps://`: the scheme pasted twice without its separator, which
    // GitHub takes for a path of the repository.
    for scheme in ["https://", "http://", "https", "http"] {
        let Some(rest) = strip_prefix_ignoring_case(url, scheme) else {
            continue;
        };
        let separated = scheme.ends_with('/');
        if ["https://", "http://"]
            .iter()
            .any(|inner| strip_prefix_ignoring_case(rest, inner).is_some())
        {
            let fix = url_at
                .map(|at| Fix::safe(vec![Edit::replace(Span::new(at, at + scheme.len()), "")]));
            return Some(
                diagnostic(span, format!("the URL `{url}` repeats its scheme"))
                    .with_help(format!("write `{}`", &url[scheme.len()..]))
                    .with_fix(fix),
            );
        }
        if separated {
            return inner_scheme_without_colon(url_at, span, url, scheme.len());
        }
    }
    if url.len() > 2 && url.starts_with('(') && url.ends_with(')') {
        let inner = &url[1..url.len() - 1];
        let fix = url_at.map(|at| {
            Fix::safe(vec![
                Edit::replace(Span::new(at, at + 1), ""),
                Edit::replace(Span::new(at + url.len() - 1, at + url.len()), ""),
            ])
        });
        return Some(
            diagnostic(
                span,
                format!("the URL `{url}` is in doubled parentheses, so GitHub links to a path of the repository"),
            )
            .with_label("doubled parentheses")
            .with_help(format!("write `({inner})`"))
            .with_fix(fix),
        );
    }
    if let Some(d) = stray_mark_before_scheme(url_at, span, url) {
        return Some(d);
    }
    if let Some(d) = destination::scheme_without_colon(text, span, url) {
        return Some(d);
    }
    if let Some(d) = destination::scheme_without_slashes(text, span, url) {
        return Some(d);
    }
    if let Some(d) = destination::misspelt_scheme(text, span, url) {
        return Some(d);
    }
    if let Some(d) = super::bare::bare_address_or_doi(url_at, span, url) {
        return Some(d);
    }
    let host = schemeless_host(url)?;
    let known = KNOWN_HOSTS.contains(&host.to_ascii_lowercase().as_str());
    if !known {
        if let Some(d) = host_cut_short(url_at, span, url, host) {
            return Some(d);
        }
    }
    let edit = url_at.map(|at| vec![Edit::insert(at, "https://")]);
    let fix = edit.map(|edits| Fix::safe_if(known, edits));
    Some(
        diagnostic(
            span,
            format!(
                "the URL `{url}` has no `https://`, so GitHub links to a path of the repository"
            ),
        )
        .with_label("web address without a scheme")
        .with_help(format!("write `https://{url}`"))
        .with_fix(fix),
    )
}

/// `b.com/PixArt-alpha/PixArt-alpha`: an address that lost its scheme and
/// the start of its host, the end of a known host's name. Prefixing
/// `https://` would link a stranger's site; the help names the known host,
/// and the fix, when only one host ends so, writes it (unsafe: the address
/// is a guess).
fn host_cut_short(url_at: Option<usize>, span: Span, url: &str, host: &str) -> Option<Diagnostic> {
    let candidates = hosts_cut_short(host);
    let first = *candidates.first()?;
    let path = &url[host.len()..];
    let (help, fix) = match candidates.as_slice() {
        [only] => (
            format!("write `https://{only}{path}`, if that is the address"),
            url_at.map(|at| {
                Fix::unsafe_(vec![Edit::replace(
                    Span::new(at, at + host.len()),
                    format!("https://{only}"),
                )])
            }),
        ),
        _ => (
            format!(
                "write the whole address: `https://{first}{path}` or `https://{}{path}`?",
                candidates[1]
            ),
            None,
        ),
    };
    Some(
        diagnostic(
            span,
            format!("the URL `{url}` has no `https://` and its host `{host}` looks cut short, so GitHub links to a path of the repository"),
        )
        .with_label("web address cut short")
        .with_help(help)
        .with_fix(fix),
    )
}

/// `http://https//github.com/...`: a second scheme, which lost its colon,
/// after the first; GitHub links it to a host named `https`. The fix
/// writes the inner scheme, with its colon, for both.
fn inner_scheme_without_colon(
    url_at: Option<usize>,
    span: Span,
    url: &str,
    outer: usize,
) -> Option<Diagnostic> {
    let rest = &url[outer..];
    let inner = ["https//", "http//"]
        .into_iter()
        .find(|inner| strip_prefix_ignoring_case(rest, inner).is_some())?;
    let address = &rest[inner.len()..];
    schemeless_host(address)?;
    let scheme = format!("{}://", &rest[..inner.len() - 2].to_ascii_lowercase());
    let fix = url_at.map(|at| {
        Fix::safe(vec![Edit::replace(
            Span::new(at, at + outer + inner.len()),
            scheme.clone(),
        )])
    });
    Some(
        diagnostic(span, format!("the URL `{url}` repeats its scheme"))
            .with_help(format!("write `{scheme}{address}`"))
            .with_fix(fix),
    )
}

/// `{https://arxiv.org/abs/...`, `"https://..."`: a mark typed before the
/// scheme, which makes the whole URL a path of the repository to GitHub.
/// The fix deletes the mark (and its twin closing the URL, if any).
/// `https://doi.org/https://doi.org/10.1186/...`: a whole address pasted
/// after a known host's, which that host looks up as one name and does not
/// find; or glued to any host (`https://openreview.nethttps://...`).
/// Redirect services (`bit.ly`) and archives (not known hosts) take
/// an address there on purpose.
fn address_pasted_twice(url_at: Option<usize>, span: Span, url: &str) -> Option<Diagnostic> {
    // Both shapes hold a second `://` past the scheme: without one, no
    // copy of the URL in lower case is needed (this runs for every link).
    if !super::hosts::after_web_scheme(url).is_some_and(|rest| rest.contains("://")) {
        return None;
    }
    let lower = url.to_ascii_lowercase();
    let after_scheme = ["https://", "http://"]
        .iter()
        .find_map(|scheme| lower.strip_prefix(scheme))?;
    // `https://openreview.nethttps://arxiv.org/...`: the second address
    // glued to the host, a name no site has, whatever the host; or to the
    // path (`.../PVThttps://github.com/...`), a page no site has. After a
    // `/`, `=`, `?` or `#` it is the site's to read (an archive, a
    // redirect).
    let glued = ["https://", "http://"]
        .iter()
        .filter_map(|scheme| crate::knowledge::text::find(after_scheme, scheme))
        .min()
        .filter(|&at| {
            let before = &after_scheme[..at];
            at > 0
                && before.contains('.')
                && before.as_bytes()[at - 1].is_ascii_alphanumeric()
                && !before.contains(['?', '#', '=', '&'])
        });
    let (host, path) = match glued {
        Some(at) => after_scheme.split_at(at),
        None => after_scheme.split_once('/')?,
    };
    if glued.is_none() && (!KNOWN_HOSTS.contains(&host) || REDIRECTORS.contains(&host)) {
        return None;
    }
    let inner = ["https://", "http://"]
        .iter()
        .find_map(|scheme| path.strip_prefix(scheme))?;
    // The inner address must lead somewhere: a host and a path after it
    // (`https://doi.org/https://` or `.../https://doi.org` would be fixed to
    // nothing or to a home page).
    let (inner_host, inner_path) = inner.split_once('/')?;
    if inner_host.is_empty() || inner_path.trim_matches('/').is_empty() {
        return None;
    }
    let outer = url.len() - path.len();
    // Cutting the outer address is safe when it is a host alone or the
    // inner address again; glued to another page, either may be meant.
    let safe = !host.contains('/') || lower[..outer] == *path;
    let fix =
        url_at.map(|at| Fix::safe_if(safe, vec![Edit::replace(Span::new(at, at + outer), "")]));
    Some(
        diagnostic(
            span,
            format!(
                "the URL `{url}` holds a second address after its host, which the site cannot find"
            ),
        )
        .with_label("address pasted twice")
        .with_help(format!("write `{}`", &url[outer..]))
        .with_fix(fix),
    )
}

/// `text` after `prefix`, compared without regard to ASCII case.
fn strip_prefix_ignoring_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

/// Known hosts that forward to an address written after them.
const REDIRECTORS: [&str; 1] = ["bit.ly"];

fn stray_mark_before_scheme(url_at: Option<usize>, span: Span, url: &str) -> Option<Diagnostic> {
    // Marks (`{`, `[(`, a digit: `1https://`) before the scheme: what a
    // slip of the hand or a half-pasted link leaves.
    let run_len = url
        .char_indices()
        .take_while(|&(_, c)| "{[<(\"'`".contains(c) || c.is_ascii_digit())
        .map(|(at, c)| at + c.len_utf8())
        .last()?;
    let run = &url[..run_len];
    let rest = &url[run_len..];
    let lower = rest.to_ascii_lowercase();
    let after_scheme = ["https://", "http://"]
        .iter()
        .find_map(|scheme| lower.starts_with(scheme).then(|| &rest[scheme.len()..]))?;
    schemeless_host(after_scheme)?;
    // The run's twins close the URL from its end, the outermost mark's
    // last: `{"https://x.org/a"}` loses `}` then `"`; `[(https://x.org/a)`
    // has no `]`, so its `)` goes; the last `}` of `{https://x.org/{g}`
    // is `{g}`'s and stays.
    let mut fixed = rest;
    for mark in run.chars() {
        let closing = match mark {
            '{' => '}',
            '[' => ']',
            '<' => '>',
            '(' => ')',
            '"' | '\'' | '`' => mark,
            _ => continue,
        };
        let inner = fixed.strip_suffix(closing).unwrap_or(fixed);
        let twin = fixed.ends_with(closing)
            && if mark == closing {
                inner.matches(mark).count() % 2 == 0
            } else {
                inner.matches(closing).count() >= inner.matches(mark).count()
            };
        if twin {
            fixed = inner;
        }
    }
    let fix = url_at.map(|at| {
        let mut edits = vec![Edit::replace(Span::new(at, at + run_len), "")];
        let kept_end = at + run_len + fixed.len();
        if kept_end < at + url.len() {
            edits.push(Edit::replace(Span::new(kept_end, at + url.len()), ""));
        }
        Fix::safe(edits)
    });
    Some(
        diagnostic(
            span,
            format!("the URL `{url}` starts with `{run}` before its scheme, so GitHub links to a path of the repository"),
        )
        .with_label("a mark before the scheme")
        .with_help(format!("write `{fixed}`"))
        .with_fix(fix),
    )
}
