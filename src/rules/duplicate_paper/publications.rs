//! Two copies of a paper that name two publications: a conference paper and
//! its journal extension, filed under their two years.

use super::super::titles::identity_key;
use super::super::{Context, RowRef};
use crate::knowledge::VenueCell;

/// Whether both rows name a venue, each a publication (a reviewed venue
/// nas-lint knows, or a name it does not know; never a preprint server or
/// a release channel), and the two differ: `ICCV` under `## 2021` and
/// `CVMJ` under `## 2022` for one preprint are the paper and its extension.
pub(super) fn two_publications(cx: &Context<'_>, a: &RowRef<'_>, b: &RowRef<'_>) -> bool {
    let publication = |r: &RowRef<'_>| -> Option<String> {
        let fact = r.facts.venue.as_ref()?;
        match &fact.value {
            VenueCell::Known(m) => {
                let venue = cx.knowledge.venues.venue(m.venue);
                venue
                    .kind
                    .is_reviewed()
                    .then(|| format!("known {}", m.venue))
            }
            VenueCell::Unknown { name_range, .. } => {
                let text = r.cell_text(fact.column());
                let name = text.get(name_range.0 as usize..name_range.1 as usize)?;
                let key = identity_key(name);
                (!key.is_empty()
                    && !cx.knowledge.is_placeholder(name)
                    && !cx.knowledge.venues.only_markers(name))
                .then(|| format!("named {key}"))
            }
            _ => None,
        }
    };
    matches!((publication(a), publication(b)), (Some(x), Some(y)) if x != y)
}
