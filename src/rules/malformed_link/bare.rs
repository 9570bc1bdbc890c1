//! An e-mail address, a DOI or an arXiv id written as a link target on its
//! own (`[Daeha Kim](kdhht5022@gmail.com)`, `[link](10.1609/aaai.v32i1.11535)`,
//! `[Title](arXiv:2306.11698)`): GitHub takes the first two for a path of
//! the repository, and the link 404s, and drops a link whose scheme it does
//! not know (`arXiv:`, `doi:`), leaving plain text.

use super::finding::diagnostic;
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::span::Span;

/// The finding for a bare address or DOI, with the safe fix that writes the
/// prefix it lacks (`mailto:`, `https://doi.org/`) where the URL is written.
pub(super) fn bare_address_or_doi(
    url_at: Option<usize>,
    span: Span,
    url: &str,
) -> Option<Diagnostic> {
    if let Some(d) = cited_id(url_at, span, url) {
        return Some(d);
    }
    let (what, prefix) = if is_address(url) {
        ("e-mail address", "mailto:")
    } else if is_doi(url) {
        ("DOI", "https://doi.org/")
    } else {
        return None;
    };
    let fix = url_at.map(|at| Fix::safe(vec![Edit::insert(at, prefix)]));
    Some(
        diagnostic(
            span,
            format!(
                "the {what} `{url}` has no `{prefix}`, so GitHub links to a path of the repository"
            ),
        )
        .with_label(format!("{what} without `{prefix}`"))
        .with_help(format!("write `{prefix}{url}`"))
        .with_fix(fix),
    )
}

/// An id as papers cite it, `arXiv:2306.11698` or `doi:10.1145/3292500`,
/// for a link target: GitHub keeps only links of web and mail schemes, so
/// the reader gets plain text. The safe fix writes the resolver's address
/// for the label.
fn cited_id(url_at: Option<usize>, span: Span, url: &str) -> Option<Diagnostic> {
    let (label, id) = url.split_once(':')?;
    let resolver = if label.eq_ignore_ascii_case("arxiv") {
        let address = format!("https://arxiv.org/abs/{id}");
        let valid = matches!(
            crate::knowledge::ids::arxiv_link(&address),
            Some(crate::knowledge::ids::ArxivLink::Valid(_))
        );
        valid.then_some("https://arxiv.org/abs/")?
    } else if label.eq_ignore_ascii_case("doi") && is_doi(id) {
        "https://doi.org/"
    } else {
        return None;
    };
    let fix = url_at.map(|at| {
        Fix::safe(vec![Edit::replace(
            Span::new(at, at + label.len() + 1),
            resolver,
        )])
    });
    Some(
        diagnostic(
            span,
            format!("the link's destination `{url}` is an id, not a URL, so GitHub shows the link as plain text"),
        )
        .with_label("an id for a URL")
        .with_help(format!("write `{resolver}{id}`"))
        .with_fix(fix),
    )
}

/// `name@host.tld`: one `@`, a dotted host of letters, digits and hyphens.
fn is_address(url: &str) -> bool {
    let Some((name, host)) = url.split_once('@') else {
        return false;
    };
    let name_ok = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._%+-".contains(c));
    let labels: Vec<&str> = host.split('.').collect();
    name_ok
        && labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && labels
            .last()
            .is_some_and(|tld| MAIL_DOMAINS.contains(&tld.to_ascii_lowercase().as_str()))
}

/// Top-level domains of the addresses lists give. Anything else after an
/// `@` (`Survey@RL4LRM-v1.pdf`, `model@v1.ckpt`, `logo@2x.webp`) is more
/// likely a file of the repository, which a `mailto:` fix would break.
const MAIL_DOMAINS: &[&str] = &[
    "com", "org", "net", "edu", "gov", "io", "ai", "cn", "uk", "de", "fr", "jp", "kr", "ca", "ch",
    "au", "nl", "it", "es", "se", "sg", "hk", "tw", "in", "il", "at", "be", "dk", "fi", "no", "pl",
    "pt", "ru", "br", "us", "eu", "me", "co",
];

/// `10.1609/aaai.v32i1.11535`: a DOI's `10.` prefix, a registrant of four
/// to nine digits, a slash and a suffix.
fn is_doi(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("10.") else {
        return false;
    };
    let Some((registrant, suffix)) = rest.split_once('/') else {
        return false;
    };
    (4..=9).contains(&registrant.len())
        && registrant.chars().all(|c| c.is_ascii_digit())
        && !suffix.is_empty()
        && !suffix.contains(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn an_id_as_papers_cite_it_gets_its_resolver() {
        // xsankar/Awesome-LLM-Eval-MetricMinds L276.
        let text = "# List\n\n- [LLMs do not disclose training data](arXiv:2306.11698) and [B](doi:10.1145/3292500.3330701)\n\
            - [C](arxiv:cs/0101001) [D](arXiv:2306.1169) [E](arXiv:notes) [F](doi:x)\n";
        let found = check("malformed-link", text);
        assert_eq!(found.len(), 3, "{found:?}");
        let fixed = found
            .iter()
            .rev()
            .fold(text.to_string(), |t, d| apply_fix(&t, d));
        assert!(fixed.contains("(https://arxiv.org/abs/2306.11698) and [B](https://doi.org/10.1145/3292500.3330701)"), "{fixed}");
        assert!(
            fixed.contains("[C](https://arxiv.org/abs/cs/0101001) [D](arXiv:2306.1169)"),
            "{fixed}"
        );
    }

    #[test]
    fn an_address_or_a_doi_alone_gets_its_prefix() {
        let text = "# List\n\nEmail [Daeha Kim](kdhht5022@gmail.com) or see [link](10.1609/aaai.v32i1.11535).\n";
        let found = check("malformed-link", text);
        assert_eq!(found.len(), 2, "{found:?}");
        let fixed = apply_fix(&apply_fix(text, &found[1]), &found[0]);
        assert!(
            fixed.contains("[Daeha Kim](mailto:kdhht5022@gmail.com)"),
            "{fixed}"
        );
        assert!(
            fixed.contains("[link](https://doi.org/10.1609/aaai.v32i1.11535)"),
            "{fixed}"
        );
    }

    #[test]
    fn quiet_on_paths_and_written_schemes() {
        let text = "# List\n\n[a](mailto:x@y.org) [b](https://doi.org/10.1/x) [c](docs/10.1234.md) [d](10.12/x) [e](user@host) [f](Survey@RL4LRM-v1.pdf) [g](model@v1.ckpt) [h](logo@2x.webp) [i](paper@final.bib)\n";
        assert!(
            lines("malformed-link", text).is_empty(),
            "{:?}",
            check("malformed-link", text)
        );
    }
}
