//! One HTTP exchange, made safe: remaps applied, redirects followed by hand
//! (at most [`MAX_REDIRECTS`]) so that every hop is checked like the first,
//! bodies capped at [`MAX_BODY`], the GitHub token kept to the API, and
//! errors sorted into what they mean for a link.
//!
//! Politeness (how many, how often) is the caller's business: see
//! [`super::retry`].

use super::address::{forbidden, GuardedResolver, LookupFailure, RefusedAddress};
use super::network::Network;
use super::remap::{self, Remap};
use super::{LinkError, LinkOptions, ProxyChoice};
use reqwest::header::{HeaderMap, HeaderValue, ACCEPT, AUTHORIZATION, LOCATION};
use reqwest::{Method, StatusCode, Url};
use std::net::IpAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

pub(crate) const MAX_REDIRECTS: usize = 5;
/// A GET reads at most this much; nothing nas-lint reads is larger, and a
/// hostile server must not fill the memory.
pub(crate) const MAX_BODY: usize = 1 << 20;

pub(crate) struct Fetcher {
    client: reqwest::Client,
    remaps: Vec<Remap>,
    allow_private: bool,
    github_token: Option<String>,
    /// The origins of the GitHub API: the only ones the token goes to.
    api_origins: Vec<reqwest::Url>,
    network: Arc<Network>,
    requests: AtomicUsize,
}

/// What to ask. `url` is the URL as meant (`https://api.github.com/...`);
/// remaps decide where the request really goes.
pub(crate) struct Request {
    pub method: Method,
    pub url: Url,
    pub follow_redirects: bool,
    /// Attach the GitHub token, where [`may_carry_token`] allows it.
    pub github_token: bool,
    pub accept: Option<&'static str>,
    /// A JSON body (a GraphQL query).
    pub json: Option<String>,
}

impl Request {
    pub fn new(method: Method, url: Url) -> Self {
        Request {
            method,
            url,
            follow_redirects: true,
            github_token: false,
            accept: None,
            json: None,
        }
    }
}

#[derive(Debug)]
pub(crate) struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    /// The URL that gave this answer, after remaps and redirects.
    pub url: Url,
    /// The first [`MAX_BODY`] bytes of the body; empty for HEAD.
    pub body: Vec<u8>,
}

impl Answer {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum FetchError {
    /// The SSRF guard refused the address; the reason says which.
    Refused(String),
    /// The host name does not exist: evidence, to be confirmed.
    NoSuchHost(String),
    Timeout,
    /// Connection refused or reset, a lookup that could not be done...
    Network(String),
    TooManyRedirects,
    /// A redirect to nowhere, or to a scheme other than http(s).
    BadRedirect(String),
}

impl std::fmt::Display for FetchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FetchError::Refused(why) => write!(f, "refused: {why}"),
            FetchError::NoSuchHost(host) => write!(f, "the host {host} does not exist"),
            FetchError::Timeout => f.write_str("timed out"),
            FetchError::Network(why) => f.write_str(why),
            FetchError::TooManyRedirects => {
                write!(f, "more than {MAX_REDIRECTS} redirects")
            }
            FetchError::BadRedirect(why) => write!(f, "bad redirect: {why}"),
        }
    }
}

impl Fetcher {
    pub fn new(options: &LinkOptions, network: Arc<Network>) -> Result<Self, LinkError> {
        let mut builder = reqwest::Client::builder()
            .user_agent(options.user_agent.clone())
            .redirect(reqwest::redirect::Policy::none())
            .timeout(options.timeout)
            .connect_timeout(options.timeout.min(std::time::Duration::from_secs(10)))
            .dns_resolver(Arc::new(GuardedResolver {
                allow_private: options.allow_private,
                network: network.clone(),
            }))
            .pool_max_idle_per_host(options.per_host_concurrency.max(1));
        // The environment's proxies are reqwest's default. Through a proxy
        // the proxy resolves names: the guard then judges IP literals only.
        builder = match &options.proxy {
            ProxyChoice::Environment => builder,
            ProxyChoice::Direct => builder.no_proxy(),
            ProxyChoice::Url(proxy) => builder.proxy(
                reqwest::Proxy::all(proxy.as_str())
                    .map_err(|e| LinkError::Client(format!("the proxy `{proxy}`: {e}")))?,
            ),
        };
        let client = builder
            .build()
            .map_err(|e| LinkError::Client(e.to_string()))?;
        Ok(Fetcher {
            client,
            remaps: options.remaps.clone(),
            allow_private: options.allow_private,
            github_token: options.github_token.clone(),
            api_origins: vec![options.github_api.clone(), options.github_graphql.clone()],
            network,
            requests: AtomicUsize::new(0),
        })
    }

    /// HTTP requests sent so far, every hop counted.
    pub fn requests(&self) -> usize {
        self.requests.load(Ordering::Relaxed)
    }

    pub fn has_github_token(&self) -> bool {
        self.github_token.is_some()
    }

    pub async fn fetch(&self, request: &Request) -> Result<Answer, FetchError> {
        let mut url = self.remapped(&request.url)?;
        let token = request.github_token;
        for _hop in 0..=MAX_REDIRECTS {
            self.check_address(&url)?;
            let mut builder = self.client.request(request.method.clone(), url.clone());
            if let Some(accept) = request.accept {
                builder = builder.header(ACCEPT, accept);
            }
            if let Some(json) = &request.json {
                builder = builder
                    .header(reqwest::header::CONTENT_TYPE, "application/json")
                    .body(json.clone());
            }
            if let Some(value) = token.then(|| self.token_header(&url)).flatten() {
                builder = builder.header(AUTHORIZATION, value);
            }
            self.requests.fetch_add(1, Ordering::Relaxed);
            let response = match builder.send().await {
                Ok(response) => response,
                Err(error) => return Err(self.failure(&url, classify(error)).await),
            };
            self.network.answered();
            let status = response.status();
            if request.follow_redirects && is_redirect(status) {
                let next = next_hop(&url, response.headers())?;
                // Each hop is remapped and judged anew: the token rides
                // only to an API origin, whatever the hop before was.
                url = self.remapped(&next)?;
                continue;
            }
            let headers = response.headers().clone();
            let body = if request.method != Method::HEAD {
                read_capped(response).await
            } else {
                Vec::new()
            };
            return Ok(Answer {
                status,
                headers,
                url,
                body,
            });
        }
        Err(FetchError::TooManyRedirects)
    }

    /// Tells the network's health what went wrong, and believes "no such
    /// host" only when the control lookup shows that names resolve.
    async fn failure(&self, url: &Url, error: FetchError) -> FetchError {
        let host = url.host_str().unwrap_or_default();
        match error {
            FetchError::NoSuchHost(name) => match self.network.names_work().await {
                Ok(()) => FetchError::NoSuchHost(name),
                Err(why) => {
                    FetchError::Network(format!("the name {name} could not be looked up: {why}"))
                }
            },
            error @ (FetchError::Timeout | FetchError::Network(_)) => {
                self.network.failed(host, &error.to_string());
                error
            }
            error => error,
        }
    }

    fn remapped(&self, url: &Url) -> Result<Url, FetchError> {
        let text = remap::apply(&self.remaps, url.as_str());
        let url = Url::parse(&text)
            .map_err(|e| FetchError::BadRedirect(format!("`{text}` is not a URL: {e}")))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(FetchError::BadRedirect(format!(
                "`{}:` is not http or https",
                url.scheme()
            )));
        }
        Ok(url)
    }

    /// Addresses written as IP literals never reach the resolver, so the
    /// guard looks at them here; host names are checked at connect time.
    fn check_address(&self, url: &Url) -> Result<(), FetchError> {
        if self.allow_private {
            return Ok(());
        }
        let host = url.host_str().unwrap_or_default();
        // Through a proxy, names are resolved by the proxy and never reach
        // the guard's resolver: names that mean this machine are refused here.
        let lower = host.to_ascii_lowercase();
        let lower = lower.trim_end_matches('.');
        if lower == "localhost" || lower.ends_with(".localhost") {
            return Err(FetchError::Refused(format!("{host} is this machine")));
        }
        let literal = host.trim_start_matches('[').trim_end_matches(']');
        match literal.parse::<IpAddr>().ok().and_then(forbidden) {
            Some(why) => Err(FetchError::Refused(format!("{host} is {why}"))),
            None => Ok(()),
        }
    }

    fn token_header(&self, url: &Url) -> Option<HeaderValue> {
        let token = self.github_token.as_deref()?;
        if !may_carry_token(url, &self.api_origins) {
            return None;
        }
        let mut value = HeaderValue::from_str(&format!("Bearer {token}")).ok()?;
        value.set_sensitive(true);
        Some(value)
    }
}

/// The token goes to the GitHub API's origins (`https://api.github.com`,
/// or those the environment's `GITHUB_API_URL` and `GITHUB_GRAPHQL_URL`
/// name), judged on the URL actually requested, after remaps: a remap or a
/// redirect elsewhere gets no token, whatever it stands in for.
pub(crate) fn may_carry_token(url: &Url, api_origins: &[Url]) -> bool {
    api_origins.iter().any(|api| api.origin() == url.origin())
}

/// Statuses that send the client elsewhere (not 300 or 304, which do not).
fn is_redirect(status: StatusCode) -> bool {
    matches!(status.as_u16(), 301 | 302 | 303 | 307 | 308)
}

fn next_hop(url: &Url, headers: &HeaderMap) -> Result<Url, FetchError> {
    let location = headers
        .get(LOCATION)
        .and_then(|v| v.to_str().ok())
        .ok_or_else(|| FetchError::BadRedirect("a redirect without a Location".to_string()))?;
    url.join(location)
        .map_err(|e| FetchError::BadRedirect(format!("Location `{location}`: {e}")))
}

/// Reads the body up to [`MAX_BODY`]. A body that breaks off keeps what
/// came: the status is the answer for most checks, and a cut-off feed or
/// JSON fails to parse where the body matters.
async fn read_capped(mut response: reqwest::Response) -> Vec<u8> {
    let mut body = Vec::new();
    while body.len() < MAX_BODY {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                let room = MAX_BODY - body.len();
                body.extend_from_slice(&chunk[..chunk.len().min(room)]);
            }
            Ok(None) | Err(_) => break,
        }
    }
    body
}

/// Finds the guard's refusal or the lookup failure in reqwest's error
/// chain, else tells timeouts from other network trouble.
fn classify(error: reqwest::Error) -> FetchError {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(&error);
    let mut innermost = error.to_string();
    while let Some(current) = source {
        if let Some(refused) = current.downcast_ref::<RefusedAddress>() {
            return FetchError::Refused(refused.to_string());
        }
        match current.downcast_ref::<LookupFailure>() {
            Some(LookupFailure::NoSuchHost(host)) => return FetchError::NoSuchHost(host.clone()),
            Some(failure @ LookupFailure::Temporary { .. }) => {
                return FetchError::Network(failure.to_string())
            }
            None => {}
        }
        innermost = current.to_string();
        source = current.source();
    }
    if error.is_timeout() {
        FetchError::Timeout
    } else {
        FetchError::Network(innermost)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_goes_to_the_api_origins_only() {
        let url = |u: &str| Url::parse(u).unwrap();
        let github = [
            url("https://api.github.com"),
            url("https://api.github.com/graphql"),
        ];
        assert!(may_carry_token(
            &url("https://api.github.com/repos/a/b"),
            &github
        ));
        assert!(may_carry_token(
            &url("https://api.github.com:443/graphql"),
            &github
        ));
        assert!(!may_carry_token(
            &url("http://api.github.com/repos/a/b"),
            &github
        ));
        assert!(!may_carry_token(&url("https://github.com/a/b"), &github));
        assert!(!may_carry_token(
            &url("https://api.github.com.evil.io/"),
            &github
        ));
        assert!(!may_carry_token(
            &url("http://127.0.0.1:8/repos/a/b"),
            &github
        ));
        let enterprise = [
            url("https://ghe.example.com/api/v3"),
            url("https://ghe.example.com/api/graphql"),
        ];
        assert!(may_carry_token(
            &url("https://ghe.example.com/api/v3/repos/a/b"),
            &enterprise
        ));
        assert!(!may_carry_token(
            &url("https://api.github.com/repos/a/b"),
            &enterprise
        ));
    }
}
