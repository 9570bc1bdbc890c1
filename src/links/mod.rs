//! Link checking over the network: dead, moved, archived and mismatched
//! links of the paper tables.
//!
//! This stage runs after the offline rules and only when the user asks
//! (`--links`): it is the one part of nas-lint that talks to the network.
//! Every distinct target is checked once per run, after normalisation:
//!
//! - **arXiv** links become ids (without version) and are looked up through
//!   the arXiv API in batches of up to 100, at most one request every
//!   [`LinkOptions::arxiv_interval`], one at a time (`arxiv.rs`). The answer
//!   gives existence and title; an id missing from the answer is confirmed
//!   on its abstract page before it is called dead.
//! - **GitHub** links become `owner/repo` (case-folded) and are checked on
//!   the repository page, or, when a token is given, through the GraphQL
//!   API, 100 a query, which also tells archived and renamed repositories
//!   (the REST API is the fallback) (`github.rs`).
//! - **Other** links get HEAD, then GET when HEAD is refused (`generic.rs`).
//!
//! Politeness (`hosts.rs`, `retry.rs`): a global and a per-host limit on
//! requests in flight, spacing between requests to one host, retries with
//! exponential backoff that honour `Retry-After`, and a per-host circuit
//! breaker. Safety (`address.rs`, `fetch.rs`): only http(s), every hop of a
//! redirect checked again, addresses in loopback, private, link-local,
//! CGNAT or metadata ranges refused unless [`LinkOptions::allow_private`],
//! and the GitHub token sent only to the GitHub API's origins. Results that
//! show a living target are cached on disk (`cache.rs`); failures never are.
//!
//! Only evidence makes a link dead: 404/410 seen twice, at least
//! [`LinkOptions::confirm_interval`] apart, an arXiv id absent from the API
//! and 404 on its abstract page, 451, or a host name that a working
//! resolver says does not exist (`network.rs`). Anything else that goes
//! wrong (timeouts, 429, 5xx, bot walls, no network) is `unverified-link`,
//! an info that never fails CI.
//!
//! # Integration note (for the CLI)
//!
//! ```text
//! let document = nas_lint::document::parse(&text, &knowledge.columns);
//! let options = LinkOptions {
//!     cache_dir: (!no_cache).then(|| cache_dir),   // default: .nas-lint-cache/ beside the config
//!     remaps,                                      // Remap::parse("REGEX REPLACEMENT"); Err = usage error, exit 2
//!     allow_private,
//!     github_token: std::env::var("GITHUB_TOKEN").ok().filter(|t| !t.is_empty()),
//!     ..LinkOptions::default()
//! };
//! let session = LinkSession::new(&options)?;           // once per process
//! let report = session.check(&document, only_lines, progress);  // per document, from any thread
//! let notes = session.finish();                          // writes the cache; "links not checked: no network ..."
//! ```
//!
//! - Add [`LINK_RULES`] to `rules::OTHER_RULES`, so that `--list-rules`,
//!   `--explain`, `--select`/`--ignore` and severity overrides know them.
//! - Append `report.diagnostics` to the file's lint findings when
//!   `--links` (or `links = true`) is given, keep only the selected rules,
//!   apply severity overrides, sort as usual. `moved-link` carries a safe
//!   fix, so `--fix` and `--diff` work unchanged.
//! - Show the notes of [`LinkSession::finish`] (an unreadable or unwritable
//!   cache, no network) on stderr: they are not findings.
//!   `report.targets`, `report.requests` and `report.cache_hits` are for a
//!   closing line or `--statistics`.
//! - [`LinkError`] means the checker could not start: exit code 2.
//! - A [`LinkSession`] owns its runtime: call it from plain code, never from
//!   inside a tokio runtime. All the files of a run share one session (one
//!   client, host limits, breakers, cache); [`check_links`] is a session
//!   for one document.
//! - Never load the cache from a pull request's tree (see `cache.rs`).

mod address;
mod arxiv;
mod atom;
mod cache;
mod checker;
mod collect;
mod fetch;
mod generic;
mod github;
mod hosts;
pub mod lookup;
mod network;
mod outcome;
pub mod paper_cache;
mod remap;
mod report;
mod retry;
mod rules;
mod target;
mod title;

pub use cache::CacheAges;
pub use checker::{check_links, LinkSession};
pub use remap::{Remap, RemapError};
pub use reqwest::Url;
pub use rules::{
    ARCHIVED_REPO, ARXIV_TITLE_MISMATCH, DEAD_LINK, LINK_RULES, MOVED_LINK, UNVERIFIED_LINK,
};

use crate::diagnostic::Diagnostic;

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
            dns_control: network::default_control(),
            dns_timeout: network::DNS_TIMEOUT,
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
