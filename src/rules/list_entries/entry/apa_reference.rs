//! An APA reference written without a link (`3. Newman-Griffis, D., ... &
//! Fosler-Lussier, E. (2021). Title. Journal, 28(3), 516-532.`): its
//! authors and year say it cites a paper. Such titles are read only where
//! the list writes its papers without links by habit (`Linkless`).

use crate::document::Document;
use crate::knowledge::VenueBook;
use crate::rules::list_entries::plain_title;
use crate::rules::list_entries::title_words::is_title;
use crate::span::Span;

/// The title the linkless item at `span` cites the APA way, and where it
/// stands, if it cites one.
pub(super) fn apa_reference_title(
    document: &Document<'_>,
    span: Span,
    venues: &VenueBook,
) -> Option<(String, Span)> {
    let text = span.slice(document.text);
    let first_line = text.split_inclusive('\n').next().unwrap_or(text);
    let range = plain_title::apa_reference_title(first_line, venues)?;
    let title = &first_line[range.clone()];
    is_title(title).then(|| {
        (
            title.to_string(),
            Span::new(span.start + range.start, span.start + range.end),
        )
    })
}
