//! SSRF guard: which addresses a link check may connect to.
//!
//! A pull request can add a link to a cloud metadata endpoint or to an
//! internal host of the CI network. The guard looks at the address that is
//! actually connected to: IP literals are checked before a request, and
//! host names through [`GuardedResolver`], which reqwest asks at connect
//! time (so a name that later re-resolves elsewhere, DNS rebinding, is
//! caught too). Redirect hops go through the same two checks. Through a
//! proxy, the proxy resolves names: only IP literals and names like
//! `localhost` (refused in `fetch.rs`) can be judged then.

use super::network::{Lookup, Network};
use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;

/// Why an address may not be connected to, or `None` when it may.
pub(crate) fn forbidden(ip: IpAddr) -> Option<&'static str> {
    match ip {
        IpAddr::V4(v4) => forbidden_v4(v4),
        IpAddr::V6(v6) => forbidden_v6(v6),
    }
}

fn forbidden_v4(ip: Ipv4Addr) -> Option<&'static str> {
    let [a, b, c, _] = ip.octets();
    if ip.is_loopback() {
        Some("a loopback address")
    } else if ip.is_private() {
        Some("a private address")
    } else if ip.is_link_local() {
        // 169.254.169.254 is the metadata endpoint of most clouds.
        Some("a link-local (cloud metadata) address")
    } else if a == 100 && (64..128).contains(&b) {
        // 100.100.100.200 is Alibaba Cloud's metadata endpoint.
        Some("a carrier-grade NAT (cloud metadata) address")
    } else if a == 0 || ip.is_broadcast() {
        Some("an unspecified address")
    } else if ip.is_multicast() || a >= 240 {
        Some("a multicast or reserved address")
    } else if (a == 192 && b == 0 && c == 0) || (a == 198 && (18..20).contains(&b)) {
        Some("a reserved address")
    } else {
        None
    }
}

fn forbidden_v6(ip: Ipv6Addr) -> Option<&'static str> {
    let segments = ip.segments();
    // Addresses that carry an IPv4 address are judged by it: mapped
    // (::ffff:a.b.c.d), compatible (::a.b.c.d), NAT64 (64:ff9b::/96) and
    // 6to4 (2002:AABB:CCDD::/48).
    if let Some(v4) = ip.to_ipv4_mapped() {
        return forbidden_v4(v4);
    }
    if segments[..6] == [0; 6] && !ip.is_loopback() && !ip.is_unspecified() {
        return forbidden_v4(embedded_v4(segments[6], segments[7]));
    }
    if segments[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
        return forbidden_v4(embedded_v4(segments[6], segments[7]));
    }
    if segments[0] == 0x2002 {
        return forbidden_v4(embedded_v4(segments[1], segments[2]));
    }
    if ip.is_loopback() {
        Some("a loopback address")
    } else if ip.is_unspecified() {
        Some("an unspecified address")
    } else if segments[0] & 0xfe00 == 0xfc00 {
        // Unique local addresses; fd00:ec2::254 is AWS's metadata endpoint.
        Some("a private (unique local) address")
    } else if segments[0] & 0xffc0 == 0xfe80 {
        Some("a link-local address")
    } else if ip.is_multicast() {
        Some("a multicast address")
    } else {
        None
    }
}

fn embedded_v4(high: u16, low: u16) -> Ipv4Addr {
    let [a, b] = high.to_be_bytes();
    let [c, d] = low.to_be_bytes();
    Ipv4Addr::new(a, b, c, d)
}

/// The refusal carried through reqwest's error chain, so that a refused
/// connection is reported as such and not as a network failure.
#[derive(Debug, thiserror::Error)]
#[error("{host} resolves to {why} ({ip})")]
pub(crate) struct RefusedAddress {
    pub host: String,
    pub ip: IpAddr,
    pub why: &'static str,
}

/// A name lookup that failed, told apart: a name that does not exist is
/// evidence of a dead link, a lookup that could not be done is not.
#[derive(Debug, thiserror::Error)]
pub(crate) enum LookupFailure {
    #[error("the host {0} does not exist")]
    NoSuchHost(String),
    #[error("the name {host} could not be looked up: {reason}")]
    Temporary { host: String, reason: String },
}

/// The run's resolver (see `network.rs`), with forbidden addresses
/// filtered out.
pub(crate) struct GuardedResolver {
    pub allow_private: bool,
    pub network: Arc<Network>,
}

impl Resolve for GuardedResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let allow_private = self.allow_private;
        let network = self.network.clone();
        let host = name.as_str().to_string();
        Box::pin(async move {
            let found: Vec<SocketAddr> = match network.lookup(&host).await {
                Lookup::Found(ips) => ips.into_iter().map(|ip| SocketAddr::new(ip, 0)).collect(),
                Lookup::NoSuchName => return Err(LookupFailure::NoSuchHost(host).into()),
                Lookup::Failed(reason) => {
                    return Err(LookupFailure::Temporary { host, reason }.into())
                }
            };
            let allowed: Vec<SocketAddr> = found
                .iter()
                .copied()
                .filter(|a| allow_private || forbidden(a.ip()).is_none())
                .collect();
            if allowed.is_empty() {
                let ip = found[0].ip();
                let why = forbidden(ip).unwrap_or("a forbidden address");
                return Err(RefusedAddress { host, ip, why }.into());
            }
            let addrs: Addrs = Box::new(allowed.into_iter());
            Ok(addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(text: &str) -> bool {
        forbidden(text.parse().unwrap()).is_some()
    }

    #[test]
    fn internal_and_metadata_addresses_are_refused() {
        for ip in [
            "127.0.0.1",
            "127.8.9.10",
            "10.1.2.3",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "169.254.169.254",
            "100.100.100.200",
            "100.64.0.1",
            "0.0.0.0",
            "255.255.255.255",
            "224.0.0.1",
            "::1",
            "::",
            "fd00:ec2::254",
            "fe80::1",
            "::ffff:127.0.0.1",
            "::ffff:169.254.169.254",
            "::10.0.0.1",
            "64:ff9b::a9fe:a9fe",
            "2002:7f00:1::",
        ] {
            assert!(refused(ip), "{ip} must be refused");
        }
    }

    #[test]
    fn public_addresses_are_allowed() {
        for ip in [
            "1.1.1.1",
            "140.82.112.3",
            "172.32.0.1",
            "100.128.0.1",
            "2606:4700::1111",
            "::ffff:8.8.8.8",
            "2002:0808:0808::",
        ] {
            assert!(!refused(ip), "{ip} must be allowed");
        }
    }
}
