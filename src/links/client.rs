//! What every check of one run shares, from the host modules down: the
//! options, the HTTP fetcher, the host limits and breakers, and the
//! network's health. The session (`checker.rs`) owns one.

use super::fetch::Fetcher;
use super::hosts::Hosts;
use super::network::Network;
use super::LinkOptions;
use std::sync::Arc;

/// What every check of one run shares.
pub(crate) struct Client {
    pub options: LinkOptions,
    pub fetcher: Fetcher,
    pub hosts: Hosts,
    pub network: Arc<Network>,
}
