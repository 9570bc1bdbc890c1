//! The link rules' metadata lives in `crate::registry::links`, which is
//! compiled without the `links` feature too.

pub use crate::registry::links::*;
