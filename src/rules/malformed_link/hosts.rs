//! Whether the start of a scheme-less URL is a web host (`arxiv.org/abs/...`)
//! rather than a file or folder of the repository.

/// Hosts that paper lists link to most: a link to one of them written
/// without `https://` gets the safe fix that adds it, and a paper link to
/// one of their home pages is no paper's.
pub(super) const KNOWN_HOSTS: &[&str] = &[
    "arxiv.org",
    "www.arxiv.org",
    "github.com",
    "openreview.net",
    "doi.org",
    "dl.acm.org",
    "ieeexplore.ieee.org",
    "link.springer.com",
    "openaccess.thecvf.com",
    "proceedings.neurips.cc",
    "papers.nips.cc",
    "proceedings.mlr.press",
    "aclanthology.org",
    "ojs.aaai.org",
    "huggingface.co",
    "paperswithcode.com",
    "scholar.google.com",
    "sciencedirect.com",
    "www.sciencedirect.com",
    "semanticscholar.org",
    "www.semanticscholar.org",
    "youtube.com",
    "www.youtube.com",
    "youtu.be",
    "bit.ly",
    "gitlab.com",
    "medium.com",
    "twitter.com",
    "x.com",
];

/// Top-level domains that show a first path segment is a host, not a file
/// or folder of the repository (`docs/x.md`, `paper.pdf` are left alone).
const HOST_ENDINGS: &[&str] = &[
    "com", "org", "net", "io", "ai", "edu", "gov", "cc", "co", "cn", "dev", "me", "ac.uk", "de",
    "fr", "jp", "uk", "ca", "ch",
];

/// More top-level domains, read as a host only before a path
/// (`bozon.nlp.wo.tc/?f=...`): alone they may end a file's name
/// (`README.es`, `notes.page`). Country codes that are also common file
/// extensions (`.md`, `.py`, `.rs`, `.sh`, `.pl`) are never hosts.
const HOST_ENDINGS_BEFORE_A_PATH: &[&str] = &[
    "kr", "tw", "hk", "sg", "au", "nl", "be", "it", "es", "se", "dk", "fi", "no", "at", "cz", "ru",
    "br", "il", "eu", "us", "tc", "info", "site", "page", "app",
];

/// The host a scheme-less URL starts with, when its first path segment is
/// shaped like a domain: a known host, `www.`, or a name ending in a
/// top-level domain.
pub(super) fn schemeless_host(url: &str) -> Option<&str> {
    if url.contains("://")
        || url.starts_with(['#', '/', '.', '?', '<'])
        || url.contains(char::is_whitespace)
    {
        return None;
    }
    let host = url.split(['/', '?', '#']).next()?;
    // `mailto:`, `doi:`, `host:port`: a colon means it is not a path.
    if host.contains(':') || host.contains('@') {
        return None;
    }
    let lower = host.to_ascii_lowercase();
    let labels: Vec<&str> = lower.split('.').collect();
    if labels.len() < 2
        || labels
            .iter()
            .any(|l| l.is_empty() || !l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
    {
        return None;
    }
    let ends_in = |ends: &[&str]| {
        ends.iter().any(|end| {
            lower
                .strip_suffix(end)
                .is_some_and(|before| before.ends_with('.') && before.len() > 1)
        })
    };
    let has_path = url.len() > host.len();
    // `song-describer.streamlit.app`: a site's name under a domain; a
    // file's name seldom holds two dots (`README.es`, `MyApp.app`).
    let subdomain = labels.len() >= 3;
    let shaped = KNOWN_HOSTS.contains(&lower.as_str())
        || lower.starts_with("www.")
        || ends_in(HOST_ENDINGS)
        || ((has_path || subdomain) && ends_in(HOST_ENDINGS_BEFORE_A_PATH));
    shaped.then_some(host)
}

/// The URL after its `https://` or `http://` (any case), without copying
/// it: these checks run on every link.
pub(super) fn after_web_scheme(url: &str) -> Option<&str> {
    ["https://", "http://"].iter().find_map(|scheme| {
        url.get(..scheme.len())
            .filter(|head| head.eq_ignore_ascii_case(scheme))
            .map(|_| &url[scheme.len()..])
    })
}

/// The known hosts `host` is the end of, cut inside a label: `b.com` of
/// `github.com` and `gitlab.com`, `ub.com` of `github.com` (an address
/// whose start was lost in a paste). An end after a dot, `google.com` of
/// `scholar.google.com`, is a host of its own.
pub(super) fn hosts_cut_short(host: &str) -> Vec<&'static str> {
    let lower = host.to_ascii_lowercase();
    KNOWN_HOSTS
        .iter()
        .copied()
        // `arxiv.org` and `www.arxiv.org` are one host.
        .filter(|known| !known.starts_with("www."))
        .filter(|known| {
            known
                .strip_suffix(lower.as_str())
                .is_some_and(|before| !before.is_empty() && !before.ends_with('.'))
        })
        .collect()
}
