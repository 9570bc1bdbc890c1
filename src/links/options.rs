//! How to check links ([`LinkOptions`]) and what a check gives back.

use super::cache::CacheAges;
use super::remap::Remap;
use crate::diagnostic::Diagnostic;
use reqwest::Url;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// How to check links. [`Default`] gives polite settings for a real run;
/// tests shorten the waits.
#[derive(Clone)]
pub struct LinkOptions {
    /// Requests in flight at once, over all hosts.
    pub concurrency: usize,
    /// Requests in flight at once to one host.
    pub per_host_concurrency: usize,
    /// The least time between the starts of two requests to one host.
    pub host_interval: Duration,
    /// The least time between two requests to arXiv (its terms ask for 3 s).
    pub arxiv_interval: Duration,
    /// Ids per arXiv API request (at most 100).
    pub arxiv_batch: usize,
    /// The limit for one request, connection and body included.
    pub timeout: Duration,
    /// How many times a transient failure (timeout, 429, 5xx) is retried.
    pub retries: u32,
    /// The first backoff; each retry waits twice as long as the one before.
    pub retry_base: Duration,
    /// The longest wait a `Retry-After` or rate-limit reset may ask for;
    /// a longer one ends the check of that link as unverified.
    pub max_retry_wait: Duration,
    /// Where results are kept between runs; `None` for no cache.
    pub cache_dir: Option<PathBuf>,
    pub cache_ages: CacheAges,
    /// URL rewrites applied before each request; the first that matches wins.
    pub remaps: Vec<Remap>,
    /// Allow requests to loopback, private, link-local and metadata addresses.
    pub allow_private: bool,
    /// A GitHub token: the REST API is used for repositories, and it is
    /// sent to the API only (see `fetch.rs`).
    pub github_token: Option<String>,
    pub user_agent: String,
    /// Check only the links on these 1-based lines (`--changed-since`).
    pub only_lines: Option<std::collections::HashSet<usize>>,
    /// The least time between two observations of "gone" (404, 410, a
    /// name that does not exist) before a link is called dead: a page that
    /// 404s for a moment during a deploy must not become a finding.
    pub confirm_interval: Duration,
    /// The DNS servers to ask; `None` for the system's configuration
    /// (`/etc/resolv.conf`). Tests point this at a fake server.
    pub nameservers: Option<Vec<SocketAddr>>,
    /// Names that must resolve before "no such host" is believed: they
    /// show that name resolution works in this run. Empty: believe it.
    pub dns_control: Vec<String>,
    /// How long a DNS server is given to answer one question.
    pub dns_timeout: Duration,
    /// Which proxy requests go through.
    pub proxy: ProxyChoice,
    /// The GitHub REST API's base URL (`GITHUB_API_URL`; GitHub Enterprise
    /// Server). The token is sent only to this origin and to that of
    /// [`LinkOptions::github_graphql`], wherever a remap points.
    pub github_api: Url,
    /// The GitHub GraphQL endpoint (`GITHUB_GRAPHQL_URL`).
    pub github_graphql: Url,
}

/// Where requests go: through the proxy the environment names (as curl
/// does: `HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY`, `NO_PROXY`, and their
/// lower-case forms), straight to the host, or through this proxy.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum ProxyChoice {
    #[default]
    Environment,
    Direct,
    Url(String),
}

impl ProxyChoice {
    /// Whether some requests may go through a proxy, which then resolves
    /// the names: the run's own lookups are not all there is.
    pub(crate) fn may_proxy(&self) -> bool {
        match self {
            ProxyChoice::Direct => false,
            ProxyChoice::Url(_) => true,
            ProxyChoice::Environment => [
                "HTTPS_PROXY",
                "https_proxy",
                "HTTP_PROXY",
                "http_proxy",
                "ALL_PROXY",
                "all_proxy",
            ]
            .iter()
            .any(|name| std::env::var_os(name).is_some_and(|v| !v.is_empty())),
        }
    }
}

/// GitHub.com's REST API.
pub const GITHUB_API: &str = "https://api.github.com";
/// GitHub.com's GraphQL endpoint.
pub const GITHUB_GRAPHQL: &str = "https://api.github.com/graphql";

impl Default for LinkOptions {
    fn default() -> Self {
        LinkOptions {
            concurrency: 32,
            per_host_concurrency: 4,
            host_interval: Duration::from_millis(50),
            arxiv_interval: Duration::from_secs(3),
            arxiv_batch: 100,
            timeout: Duration::from_secs(20),
            retries: 2,
            retry_base: Duration::from_secs(1),
            max_retry_wait: Duration::from_secs(60),
            cache_dir: None,
            cache_ages: CacheAges::default(),
            remaps: Vec::new(),
            allow_private: false,
            github_token: None,
            user_agent: concat!(
                "nas-lint/",
                env!("CARGO_PKG_VERSION"),
                " (link checker for paper lists)"
            )
            .to_string(),
            only_lines: None,
            confirm_interval: Duration::from_secs(4),
            nameservers: None,
            dns_control: default_control(),
            dns_timeout: DNS_TIMEOUT,
            proxy: ProxyChoice::Environment,
            github_api: Url::parse(GITHUB_API).expect("a valid URL"),
            github_graphql: Url::parse(GITHUB_GRAPHQL).expect("a valid URL"),
        }
    }
}

/// The token is a secret: it never shows in debug output or logs.
impl std::fmt::Debug for LinkOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LinkOptions")
            .field("concurrency", &self.concurrency)
            .field("per_host_concurrency", &self.per_host_concurrency)
            .field("host_interval", &self.host_interval)
            .field("arxiv_interval", &self.arxiv_interval)
            .field("arxiv_batch", &self.arxiv_batch)
            .field("timeout", &self.timeout)
            .field("retries", &self.retries)
            .field("retry_base", &self.retry_base)
            .field("max_retry_wait", &self.max_retry_wait)
            .field("cache_dir", &self.cache_dir)
            .field("cache_ages", &self.cache_ages)
            .field("remaps", &self.remaps)
            .field("allow_private", &self.allow_private)
            .field(
                "github_token",
                &self.github_token.as_ref().map(|_| "<redacted>"),
            )
            .field("user_agent", &self.user_agent)
            .field("only_lines", &self.only_lines.as_ref().map(|l| l.len()))
            .field("confirm_interval", &self.confirm_interval)
            .field("nameservers", &self.nameservers)
            .field("dns_control", &self.dns_control)
            .field("dns_timeout", &self.dns_timeout)
            // A proxy URL may carry credentials.
            .field(
                "proxy",
                &match &self.proxy {
                    ProxyChoice::Url(_) => "Url(<redacted>)",
                    ProxyChoice::Environment => "Environment",
                    ProxyChoice::Direct => "Direct",
                },
            )
            .field("github_api", &self.github_api.as_str())
            .field("github_graphql", &self.github_graphql.as_str())
            .finish()
    }
}

/// How far the check is, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Distinct targets decided so far (cache hits included).
    pub done: usize,
    /// Distinct targets in the document.
    pub total: usize,
    /// HTTP requests sent so far.
    pub requests: usize,
}

#[derive(Debug, Clone)]
pub struct LinkReport {
    /// Findings of the link rules, sorted by position, then rule.
    pub diagnostics: Vec<Diagnostic>,
    /// Distinct targets (arXiv papers, repositories, other URLs) checked.
    pub targets: usize,
    /// HTTP requests sent, redirect hops and retries included.
    pub requests: usize,
    /// Targets answered from the cache, without a request.
    pub cache_hits: usize,
    /// Things the user should know that are not findings (an unreadable
    /// or unwritable cache).
    pub notes: Vec<String>,
}

/// The checker could not start at all. Problems with single links are
/// never errors: they are findings.
#[derive(Debug, thiserror::Error)]
pub enum LinkError {
    #[error("cannot start the link checker: {0}")]
    Runtime(#[from] std::io::Error),
    #[error("cannot set up the HTTP client: {0}")]
    Client(String),
}

/// The default control names: hosts that have existed for decades.
pub(crate) fn default_control() -> Vec<String> {
    ["github.com", "arxiv.org", "example.com"]
        .map(String::from)
        .to_vec()
}

/// The default time a DNS server is given to answer.
pub(crate) const DNS_TIMEOUT: Duration = Duration::from_secs(2);
