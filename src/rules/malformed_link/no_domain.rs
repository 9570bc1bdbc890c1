//! A web address whose host has no domain ending: `https://github/a/b`,
//! `https://www.nature`, Dropbox's `https://s/096l3uy9vowgs4r/Code.rar`. A
//! paste lost the host's end (or its start), and no site answers to a
//! name without a dot.

use super::finding::diagnostic;
use super::hosts::{after_web_scheme, KNOWN_HOSTS};
use crate::diagnostic::Diagnostic;
use crate::span::Span;

pub(super) fn host_without_domain(text: &str, span: Span, url: &str) -> Option<Diagnostic> {
    // A bare address GitHub links only with a dot in its host: without
    // one it is text (or the start of a link cut by a space, reported as
    // such).
    if !matches!(text.as_bytes().get(span.start), Some(b'[' | b'<')) {
        return None;
    }
    let rest = after_web_scheme(crate::knowledge::text::trim(url))?;
    let authority = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
    let host = authority.rsplit('@').next().unwrap_or(authority);
    // A port names a machine of one's own network (`http://server:8080`).
    if host.contains(':') {
        return None;
    }
    let name = match host.get(..4) {
        Some(www) if www.eq_ignore_ascii_case("www.") => &host[4..],
        _ => host,
    };
    if !domainless(name) {
        return None;
    }
    let lower = name.to_ascii_lowercase();
    let known: Vec<&str> = KNOWN_HOSTS
        .iter()
        .copied()
        .filter(|known| !known.starts_with("www."))
        .filter(|known| {
            known
                .strip_prefix(lower.as_str())
                .is_some_and(|ending| ending.starts_with('.'))
        })
        .collect();
    let help = match known.as_slice() {
        [] => "write the host in full, with its domain ending (`.com`, `.org`, ...)".to_string(),
        hosts => format!("write the host in full (`{}`?)", hosts.join("`, `")),
    };
    Some(
        diagnostic(
            span,
            format!("the host `{host}` of `{url}` has no domain ending, so the link leads nowhere"),
        )
        .with_label("no domain")
        .with_help(help),
    )
}

/// A name of letters, digits and hyphens without a dot. A machine's own
/// name (`localhost`) serves pages; a scheme's (`http://https//...`) is a
/// repeated scheme, reported as such.
fn domainless(name: &str) -> bool {
    !name.is_empty()
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && !["localhost", "http", "https"]
            .iter()
            .any(|own| own.eq_ignore_ascii_case(name))
        && !placeholder(name)
}

/// A template's stand-in for the address (`https://xxx`, `http://TODO`,
/// `https://example`), left for the maintainer to fill like `[paper]()`.
fn placeholder(name: &str) -> bool {
    let first = name.as_bytes()[0].to_ascii_lowercase();
    (name.len() >= 2 && name.bytes().all(|b| b.to_ascii_lowercase() == first))
        || crate::profile::empty_links::stands_for_a_url_to_come(name)
        || ["example", "url", "link", "paper"]
            .iter()
            .any(|word| word.eq_ignore_ascii_case(name))
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn a_host_without_its_domain_ending() {
        // QinHsiu's `github/anonymous/COAST`, sk0ik's cut `www.nature`,
        // eeerpjw's Dropbox link that lost `www.dropbox.com`.
        let text = "# L\n\n- [Code](https://github/anonymous/COAST)\n\
            - [Article](https://www.nature)\n\
            - [Matlab code](https://s/096l3uy9vowgs4r/Code.rar)\n";
        let found = check("malformed-link", text);
        assert_eq!(lines("malformed-link", text), [3, 4, 5], "{found:?}");
        assert!(
            found[0].message.contains("`github` of"),
            "{}",
            found[0].message
        );
        assert_eq!(
            found[0].help.as_deref(),
            Some("write the host in full (`github.com`?)")
        );
        // Whoever signs in first, in any case.
        let signed = "# L\n\n- [Code](https://user@GitHub/a/b)\n";
        let found = check("malformed-link", signed);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].help.as_deref(),
            Some("write the host in full (`github.com`?)")
        );
        let table = table_with_title_cell("[Paper](https://arxiv/abs/2301.11467)");
        assert_eq!(check("malformed-link", &table).len(), 1);
    }

    #[test]
    fn quiet_on_hosts_with_a_domain_and_on_a_machine_of_ones_own() {
        let text = "# L\n\n- [Demo](http://localhost:8080/demo)\n\
            - [Code](https://github.com/a/b)\n\
            - [Site](https://user@www.example.org:8080/x)\n\
            - [App](http://server:8080/app) [Template](https://xxx) [To do](http://TODO)\n\
            - [Docs](docs/setup.md)\n";
        assert!(lines("malformed-link", text).is_empty());
        // A bare address without a dot is text, not a link; one cut by a
        // space is a link with a space, reported once as such.
        let spaced = table_with_title_cell("[A Paper About Things](http://www. waymo. com/open)");
        let found = check("malformed-link", &spaced);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].message.contains("contains a space"));
        assert!(lines("malformed-link", "# L\n\n- see https://github/a/b\n").is_empty());
    }
}
