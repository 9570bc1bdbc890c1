//! The link rules' metadata lives in `crate::rules::link_rules`, which is
//! compiled without the `links` feature too.

pub use crate::rules::link_rules::*;
