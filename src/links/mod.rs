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
//!   (the REST API is the fallback) (`github.rs`, `github_graphql.rs`).
//! - **Other** links get HEAD, then GET when HEAD is refused (`generic.rs`).
//!
//! Politeness (`hosts.rs`, `policy.rs`): a global and a per-host limit on
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
//! - [`LINK_RULES`] are in `registry::OTHER_RULES`, so that `--list-rules`,
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
//!
//! # Layout
//!
//! From the top down: `checker.rs` (the session: cache, what this run
//! knows, progress) -> `dispatch.rs` (each target to its host module) ->
//! `arxiv.rs`, `github_graphql.rs`, `github.rs`, `generic.rs` (what to ask
//! each host) ->
//! `policy.rs` (the verdict policy: what an answer is evidence of, retries,
//! confirmation, breakers) -> `client.rs` (what every check shares: options,
//! fetcher, host limits, the network's health) -> `fetch.rs`, `hosts.rs`,
//! `network.rs`, `address.rs` -> `options.rs`.

mod address;
mod arxiv;
mod atom;
mod cache;
mod checker;
mod client;
mod collect;
mod dispatch;
mod fetch;
mod generic;
mod github;
mod github_graphql;
mod hosts;
pub mod lookup;
mod network;
mod options;
mod outcome;
pub mod paper_cache;
mod policy;
mod remap;
mod report;
mod rules;
mod target;
mod title;

pub use cache::CacheAges;
pub use checker::{check_links, LinkSession};
pub use options::{
    LinkError, LinkOptions, LinkReport, Progress, ProxyChoice, GITHUB_API, GITHUB_GRAPHQL,
};
pub use remap::{Remap, RemapError};
pub use reqwest::Url;
pub use rules::{
    ARCHIVED_REPO, ARXIV_TITLE_MISMATCH, DEAD_LINK, LINK_RULES, MOVED_LINK, UNVERIFIED_LINK,
};
