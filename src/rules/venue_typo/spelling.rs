//! Which of a venue's spellings to suggest.

use crate::knowledge::text::edit_distance;
use crate::knowledge::Venue;

/// The venue's spelling nearest to what was written: a list that writes
/// `Preprint'23` gets `Preprint` back for `Prepreint`, not `arXiv`. The
/// canonical name wins a tie.
pub(super) fn closest_spelling<'v>(venue: &'v Venue, written: &str) -> &'v str {
    let written = written.to_lowercase();
    std::iter::once(&venue.name)
        .chain(venue.aliases.iter())
        .min_by_key(|name| edit_distance(&name.to_lowercase(), &written, usize::MAX - 1))
        .map_or(&venue.name, |name| name)
}
