//! Name resolution, and whether the network can be used at all in this run.
//!
//! A link is dead only on evidence. A name that does not resolve is
//! evidence only when a working resolver says so (a DNS answer NXDOMAIN,
//! not a lookup that could not be made) and a control lookup in the same
//! run shows that resolution works at all: an offline laptop or a runner
//! without DNS fails every lookup, and some system resolvers then report
//! "name not known" for every name. So names are looked up here with
//! hickory-resolver, which tells an NXDOMAIN answer from a resolver that
//! did not answer, and the control names ([`super::LinkOptions::dns_control`])
//! are looked up once, before the first NXDOMAIN is believed.
//!
//! The network is judged unusable, and the run's links left unverified
//! without more requests, when the control lookup fails (no resolver,
//! every lookup failing) or when the first few hosts asked all fail
//! without a single HTTP answer (no route out, a proxy that refuses).

use super::LinkOptions;
use hickory_resolver::config::{
    NameServerConfig, NameServerConfigGroup, ResolveHosts, ResolverConfig, ResolverOpts,
};
use hickory_resolver::name_server::TokioConnectionProvider;
use hickory_resolver::proto::xfer::Protocol;
use hickory_resolver::TokioResolver;
use std::collections::HashSet;
use std::net::IpAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// Hosts that fail at the network level, with no HTTP answer from any host,
/// before the network counts as unusable.
const FAILING_HOSTS_FOR_DOWN: usize = 4;

/// What a lookup found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Lookup {
    Found(Vec<IpAddr>),
    /// The resolver answered that the name does not exist (NXDOMAIN).
    NoSuchName,
    /// No answer that means anything: no resolver, a timeout, SERVFAIL.
    Failed(String),
}

pub(crate) struct Network {
    resolver: Result<TokioResolver, String>,
    /// Whether the system's own lookup (getaddrinfo) is asked too: with
    /// the system's configuration, not with test name servers.
    ask_system: bool,
    /// The longest wait for the system's lookup.
    system_timeout: std::time::Duration,
    control: Vec<String>,
    /// The control lookup's verdict, once made.
    names_work: tokio::sync::OnceCell<Result<(), String>>,
    answers: AtomicUsize,
    failing_hosts: Mutex<HashSet<String>>,
    down: Mutex<Option<String>>,
}

impl Network {
    pub fn new(options: &LinkOptions) -> Self {
        Network {
            resolver: resolver(options),
            ask_system: options.nameservers.is_none(),
            system_timeout: options.dns_timeout * 2,
            control: options.dns_control.clone(),
            names_work: tokio::sync::OnceCell::new(),
            answers: AtomicUsize::new(0),
            failing_hosts: Mutex::new(HashSet::new()),
            down: Mutex::new(None),
        }
    }

    /// Looks `host` up with hickory; when that finds nothing, the system's
    /// resolver is asked too (it knows split DNS, VPNs and scoped resolvers
    /// that resolv.conf may not list). A name is missing only when hickory
    /// has an NXDOMAIN answer and the system finds no address either.
    pub async fn lookup(&self, host: &str) -> Lookup {
        let first = self.hickory(host).await;
        if matches!(first, Lookup::Found(_)) || !self.ask_system {
            return first;
        }
        let system = tokio::time::timeout(
            self.system_timeout,
            tokio::net::lookup_host((host.to_string(), 0)),
        )
        .await;
        match system {
            Ok(Ok(found)) => {
                let ips: Vec<IpAddr> = found.map(|a| a.ip()).collect();
                if ips.is_empty() {
                    first
                } else {
                    Lookup::Found(ips)
                }
            }
            _ => first,
        }
    }

    async fn hickory(&self, host: &str) -> Lookup {
        let resolver = match &self.resolver {
            Ok(resolver) => resolver,
            Err(why) => return Lookup::Failed(why.clone()),
        };
        // A trailing dot keeps the search domains of resolv.conf out of it.
        let name = if host.ends_with('.') {
            host.to_string()
        } else {
            format!("{host}.")
        };
        match resolver.lookup_ip(name.as_str()).await {
            Ok(found) => {
                let ips: Vec<IpAddr> = found.iter().collect();
                if ips.is_empty() {
                    Lookup::Failed(format!("no address for {host}"))
                } else {
                    Lookup::Found(ips)
                }
            }
            Err(error) if error.is_nx_domain() => Lookup::NoSuchName,
            Err(error) => Lookup::Failed(error.to_string()),
        }
    }

    /// Whether name resolution works in this run: the control names are
    /// looked up once (at the same time); one that resolves is enough.
    pub async fn names_work(&self) -> Result<(), String> {
        self.names_work
            .get_or_init(|| async {
                if self.control.is_empty() {
                    return Ok(());
                }
                let lookups = self.control.iter().map(|name| self.lookup(name));
                let found = futures_util::future::join_all(lookups).await;
                if found.iter().any(|l| matches!(l, Lookup::Found(_))) {
                    return Ok(());
                }
                let why = match &found[0] {
                    Lookup::NoSuchName => {
                        format!("the resolver says even {} does not exist", self.control[0])
                    }
                    Lookup::Failed(why) => format!("name resolution fails ({why})"),
                    Lookup::Found(_) => unreachable!("none was found"),
                };
                self.set_down(&why);
                Err(why)
            })
            .await
            .clone()
    }

    /// An HTTP answer came: the network works.
    pub fn answered(&self) {
        self.answers.fetch_add(1, Ordering::Relaxed);
    }

    /// A request to `host` got no answer at all (connection refused or
    /// reset, a timeout, a proxy refusing the tunnel).
    pub fn failed(&self, host: &str, why: &str) {
        if self.answers.load(Ordering::Relaxed) > 0 {
            return;
        }
        let count = {
            let mut hosts = self.failing_hosts.lock().unwrap_or_else(|e| e.into_inner());
            hosts.insert(host.to_string());
            hosts.len()
        };
        if count >= FAILING_HOSTS_FOR_DOWN && self.answers.load(Ordering::Relaxed) == 0 {
            self.set_down(&format!(
                "{count} hosts failed and none answered; the last: {why}"
            ));
        }
    }

    fn set_down(&self, why: &str) {
        let mut down = self.down.lock().unwrap_or_else(|e| e.into_inner());
        down.get_or_insert_with(|| why.to_string());
    }

    /// Why the network is unusable in this run, once it is known to be.
    pub fn down(&self) -> Option<String> {
        self.down.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }
}

fn resolver(options: &LinkOptions) -> Result<TokioResolver, String> {
    let provider = TokioConnectionProvider::default();
    let mut builder = match &options.nameservers {
        Some(servers) => {
            let group: NameServerConfigGroup = servers
                .iter()
                .map(|&server| NameServerConfig::new(server, Protocol::Udp))
                .collect::<Vec<_>>()
                .into();
            let mut builder = TokioResolver::builder_with_config(
                ResolverConfig::from_parts(None, Vec::new(), group),
                provider,
            );
            builder.options_mut().use_hosts_file = ResolveHosts::Never;
            builder
        }
        None => TokioResolver::builder(provider)
            .map_err(|e| format!("no name resolver is configured ({e})"))?,
    };
    let opts: &mut ResolverOpts = builder.options_mut();
    opts.timeout = options.dns_timeout;
    opts.attempts = 2;
    Ok(builder.build())
}

/// Whether a request to `host` needs a name lookup (not an IP literal).
pub(crate) fn needs_lookup(host: &str) -> bool {
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    bare.parse::<IpAddr>().is_err() && !bare.eq_ignore_ascii_case("localhost")
}
