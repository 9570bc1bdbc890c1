//! Two copies of a paper that name two publications: a conference paper and
//! its journal extension, filed under their two years.

use super::super::same_name::publication;
use super::super::{Context, RowRef};

/// Whether both rows name a publication (see [`publication`]) and the two
/// differ: `ICCV` under `## 2021` and `CVMJ` under `## 2022` for one
/// preprint are the paper and its extension.
pub(super) fn two_publications(cx: &Context<'_>, a: &RowRef<'_>, b: &RowRef<'_>) -> bool {
    matches!((publication(cx, a), publication(cx, b)), (Some(x), Some(y)) if x != y)
}
