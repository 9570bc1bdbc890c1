//! What a link points at, after normalisation: an arXiv paper, a GitHub
//! repository, or some other web page. Two links with the same [`Target`]
//! are checked once.

use crate::knowledge::ids::{arxiv_link, is_arxiv_own_host, ArxivLink};
use reqwest::Url;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Target {
    /// An arXiv id without version: `2010.00969`, `cs/0112017`.
    Arxiv(String),
    /// A GitHub repository; compared case-insensitively, as GitHub does.
    Repo(RepoName),
    /// Any other http(s) URL, without its fragment.
    Web(Url),
}

#[derive(Debug, Clone)]
pub(crate) struct RepoName {
    pub owner: String,
    pub name: String,
}

impl RepoName {
    pub fn full_name(&self) -> String {
        format!("{}/{}", self.owner, self.name)
    }

    pub fn same_repo(&self, full_name: &str) -> bool {
        self.full_name().eq_ignore_ascii_case(full_name)
    }
}

impl PartialEq for RepoName {
    fn eq(&self, other: &Self) -> bool {
        self.same_repo(&other.full_name())
    }
}

impl Eq for RepoName {}

impl std::hash::Hash for RepoName {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.full_name().to_ascii_lowercase().hash(state);
    }
}

impl Target {
    /// The key under which the result is cached: what the link means, not
    /// where a remap sends the request.
    pub fn cache_key(&self) -> String {
        match self {
            Target::Arxiv(id) => format!("arxiv:{id}"),
            Target::Repo(repo) => format!("github:{}", repo.full_name().to_ascii_lowercase()),
            Target::Web(url) => format!("web:{url}"),
        }
    }

    /// How long a living result stays in the cache.
    pub fn kind(&self) -> Kind {
        match self {
            Target::Arxiv(_) => Kind::Arxiv,
            Target::Repo(_) => Kind::Repo,
            Target::Web(_) => Kind::Web,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Arxiv,
    Repo,
    Web,
}

/// First path segments of github.com that are pages of the site, not owners.
const GITHUB_SITE_PAGES: &[&str] = &[
    "about",
    "apps",
    "collections",
    "customer-stories",
    "enterprise",
    "events",
    "explore",
    "features",
    "login",
    "marketplace",
    "new",
    "notifications",
    "orgs",
    "organizations",
    "pricing",
    "search",
    "security",
    "settings",
    "site",
    "sponsors",
    "topics",
    "trending",
    "users",
];

/// What a link points at; `None` for links that are not checked over the
/// network (relative links, `mailto:`, malformed arXiv ids, which the
/// offline `malformed-link` rule reports).
pub(crate) fn classify(written: &str) -> Option<Target> {
    let mut url = Url::parse(written.trim()).ok()?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return None;
    }
    url.set_fragment(None);
    let host = url.host_str().unwrap_or_default();
    let arxiv_doi =
        matches!(host, "doi.org" | "dx.doi.org") && url.path().starts_with("/10.48550/");
    if is_arxiv_own_host(host) || arxiv_doi {
        match arxiv_link(written) {
            Some(ArxivLink::Valid(id)) => return Some(Target::Arxiv(id.id)),
            Some(ArxivLink::Malformed { .. }) => return None,
            None => {}
        }
    }
    if matches!(host, "github.com" | "www.github.com") {
        if let Some(repo) = github_repo(&url) {
            return Some(Target::Repo(repo));
        }
    }
    Some(Target::Web(url))
}

fn github_repo(url: &Url) -> Option<RepoName> {
    let mut segments = url.path_segments()?.filter(|s| !s.is_empty());
    let owner = segments.next()?;
    let name = segments.next()?;
    let name = name.strip_suffix(".git").unwrap_or(name);
    let owner_ok = owner.len() <= 39
        && owner
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && !GITHUB_SITE_PAGES.contains(&owner.to_ascii_lowercase().as_str());
    let name_ok = !name.is_empty()
        && name.len() <= 100
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'));
    (owner_ok && name_ok).then(|| RepoName {
        owner: owner.to_string(),
        name: name.to_string(),
    })
}

/// `owner/name` of a GitHub URL (`https://github.com/owner/name/...`), for
/// reading where a redirect or the API says a repository went.
pub(crate) fn repo_of_url(url: &Url) -> Option<RepoName> {
    github_repo(url)
}

/// The link as written, with its `owner/name` replaced by `new_full_name`
/// and everything else (scheme, `www.`, `/tree/main/dir`, `.git`, query)
/// kept, so that the fix changes only what moved.
pub(crate) fn with_repo(written: &str, new_full_name: &str) -> Option<String> {
    let lower = written.to_ascii_lowercase();
    let at = lower.find("github.com/")? + "github.com/".len();
    let rest = &written[at..];
    let owner_end = rest.find('/')?;
    let after_owner = &rest[owner_end + 1..];
    let name_end = after_owner
        .find(['/', '?', '#'])
        .unwrap_or(after_owner.len());
    let name = &after_owner[..name_end];
    let git = if name.ends_with(".git") { ".git" } else { "" };
    let tail = &after_owner[name_end..];
    Some(format!("{}{new_full_name}{git}{tail}", &written[..at]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(url: &str) -> Option<String> {
        classify(url).map(|t| t.cache_key())
    }

    #[test]
    fn arxiv_links_become_ids_without_version() {
        for url in [
            "https://arxiv.org/pdf/2010.00969v3.pdf",
            "https://arxiv.org/abs/2010.00969",
            "http://www.arxiv.org/abs/2010.00969v1",
            "https://export.arxiv.org/abs/2010.00969#x",
            "https://doi.org/10.48550/arXiv.2010.00969",
        ] {
            assert_eq!(key(url).as_deref(), Some("arxiv:2010.00969"), "{url}");
        }
        assert_eq!(
            key("https://arxiv.org/abs/math.GT/0309136").as_deref(),
            Some("arxiv:math/0309136")
        );
        assert_eq!(key("https://arxiv.org/abs/2302.12831c"), None, "malformed");
        assert_eq!(
            key("https://huggingface.co/papers/2010.00969").as_deref(),
            Some("web:https://huggingface.co/papers/2010.00969"),
            "a mirror may lack the paper"
        );
    }

    #[test]
    fn github_links_become_case_folded_repositories() {
        for url in [
            "https://github.com/MIT-HAN-LAB/ProxylessNAS",
            "https://github.com/mit-han-lab/proxylessnas/",
            "http://www.github.com/mit-han-lab/ProxylessNAS.git",
            "https://github.com/mit-han-lab/ProxylessNAS/tree/master/search#readme",
            "https://github.com/mit-han-lab/ProxylessNAS?tab=readme-ov-file",
        ] {
            assert_eq!(
                key(url).as_deref(),
                Some("github:mit-han-lab/proxylessnas"),
                "{url}"
            );
        }
        assert_eq!(
            key("https://github.com/topics/nas").as_deref(),
            Some("web:https://github.com/topics/nas")
        );
        assert_eq!(
            key("https://github.com/mit-han-lab").as_deref(),
            Some("web:https://github.com/mit-han-lab")
        );
    }

    #[test]
    fn other_links_lose_only_their_fragment() {
        assert_eq!(
            key("HTTPS://OpenReview.net/forum?id=abc#top").as_deref(),
            Some("web:https://openreview.net/forum?id=abc")
        );
        assert_eq!(key("#cnn"), None);
        assert_eq!(key("mailto:a@b.c"), None);
        assert_eq!(key("docs/readme.md"), None);
    }

    #[test]
    fn a_moved_repository_keeps_the_rest_of_the_link() {
        assert_eq!(
            with_repo(
                "https://github.com/cure-lab/DLinear/tree/main/scripts",
                "cure-lab/LTSF-Linear"
            )
            .as_deref(),
            Some("https://github.com/cure-lab/LTSF-Linear/tree/main/scripts")
        );
        assert_eq!(
            with_repo("http://www.GitHub.com/a/b.git", "c/d").as_deref(),
            Some("http://www.GitHub.com/c/d.git")
        );
        assert_eq!(
            with_repo("https://github.com/a/b?tab=x", "c/d").as_deref(),
            Some("https://github.com/c/d?tab=x")
        );
    }
}
