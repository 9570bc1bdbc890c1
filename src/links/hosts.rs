//! Politeness per host: how many requests at once, how far apart, and a
//! circuit breaker that stops asking a host that has said no.
//!
//! Hosts are the hosts of the URLs as meant (`github.com`), not where a
//! remap sends them: a mirror stands in for its site and gets its manners.

use super::LinkOptions;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::{Semaphore, SemaphorePermit};
use tokio::time::Instant;

/// What one host gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct HostPolicy {
    pub concurrency: usize,
    pub interval: Duration,
    /// Hosts known to block every automated client: their links are
    /// unverified without a request, with this reason.
    pub never_ask: Option<&'static str>,
}

/// Built-in manners for the hosts paper lists link to most.
pub(crate) fn policy_for(host: &str, options: &LinkOptions) -> HostPolicy {
    let ordinary = HostPolicy {
        concurrency: options.per_host_concurrency.max(1),
        interval: options.host_interval,
        never_ask: None,
    };
    let host = host.strip_prefix("www.").unwrap_or(host);
    match host {
        // arXiv's terms: one connection, one request every 3 seconds; its
        // abstract pages get the same care, since arXiv treats rapid
        // requests after a 403 as an attack.
        "arxiv.org" | "export.arxiv.org" => HostPolicy {
            concurrency: 1,
            interval: options.arxiv_interval,
            never_ask: None,
        },
        "researchgate.net" => HostPolicy {
            never_ask: Some(
                "ResearchGate blocks automated checks; link the paper's DOI or arXiv page instead",
            ),
            ..ordinary
        },
        _ => ordinary,
    }
}

pub(crate) struct Hosts {
    gates: Mutex<HashMap<String, Arc<Gate>>>,
    global: Semaphore,
    options: LinkOptions,
}

impl Hosts {
    pub fn new(options: &LinkOptions) -> Self {
        Hosts {
            gates: Mutex::new(HashMap::new()),
            global: Semaphore::new(options.concurrency.max(1)),
            options: options.clone(),
        }
    }

    pub fn gate(&self, host: &str) -> Arc<Gate> {
        let mut gates = self.gates.lock().unwrap_or_else(|e| e.into_inner());
        gates
            .entry(host.to_string())
            .or_insert_with(|| Arc::new(Gate::new(policy_for(host, &self.options))))
            .clone()
    }

    /// Waits until a request to the gate's host may start: a host permit,
    /// the host's spacing, then a global permit. The global permit is
    /// taken last so that requests waiting on a slow host do not hold it.
    pub async fn turn<'a>(&'a self, gate: &'a Gate) -> Turn<'a> {
        let host = gate.permits.acquire().await.expect("never closed");
        let start = gate.reserve_start();
        tokio::time::sleep_until(start).await;
        let global = self.global.acquire().await.expect("never closed");
        Turn {
            _host: host,
            _global: global,
        }
    }
}

/// Leave to send one request; dropping it lets the next one go.
pub(crate) struct Turn<'a> {
    _host: SemaphorePermit<'a>,
    _global: SemaphorePermit<'a>,
}

pub(crate) struct Gate {
    pub policy: HostPolicy,
    permits: Semaphore,
    /// The earliest start of the next request to this host.
    next_start: Mutex<Instant>,
    /// Why the host is no longer asked, once the breaker has tripped.
    tripped: Mutex<Option<String>>,
    /// Rate-limit answers in a row.
    rate_limits: AtomicU32,
}

impl Gate {
    fn new(policy: HostPolicy) -> Self {
        Gate {
            policy,
            permits: Semaphore::new(policy.concurrency),
            next_start: Mutex::new(Instant::now()),
            tripped: Mutex::new(policy.never_ask.map(str::to_string)),
            rate_limits: AtomicU32::new(0),
        }
    }

    /// Books the next start slot and returns it.
    fn reserve_start(&self) -> Instant {
        let mut next = self.next_start.lock().unwrap_or_else(|e| e.into_inner());
        let start = (*next).max(Instant::now());
        *next = start + self.policy.interval;
        start
    }

    /// No request to this host before `wait` from now (a `Retry-After`
    /// applies to the host, not to one link).
    pub fn hold_off(&self, wait: Duration) {
        let mut next = self.next_start.lock().unwrap_or_else(|e| e.into_inner());
        *next = (*next).max(Instant::now() + wait);
    }

    /// Counts a rate-limit answer; returns how many came in a row.
    pub fn rate_limited(&self) -> u32 {
        self.rate_limits.fetch_add(1, Ordering::Relaxed) + 1
    }

    /// Any other answer ends a run of rate limits.
    pub fn answered(&self) {
        self.rate_limits.store(0, Ordering::Relaxed);
    }

    pub fn trip(&self, reason: &str) {
        let mut tripped = self.tripped.lock().unwrap_or_else(|e| e.into_inner());
        tripped.get_or_insert_with(|| reason.to_string());
    }

    pub fn tripped(&self) -> Option<String> {
        self.tripped
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arxiv_gets_one_connection_and_its_own_spacing() {
        let options = LinkOptions::default();
        let arxiv = policy_for("export.arxiv.org", &options);
        assert_eq!(arxiv.concurrency, 1);
        assert_eq!(arxiv.interval, Duration::from_secs(3));
        let other = policy_for("openaccess.thecvf.com", &options);
        assert_eq!(other.concurrency, 4);
        assert!(policy_for("www.researchgate.net", &options)
            .never_ask
            .is_some());
    }

    #[test]
    fn the_breaker_keeps_its_first_reason() {
        let gate = Gate::new(policy_for("example.org", &LinkOptions::default()));
        assert_eq!(gate.tripped(), None);
        gate.trip("403 bot wall");
        gate.trip("429");
        assert_eq!(gate.tripped().as_deref(), Some("403 bot wall"));
    }
}
