//! A column that may turn out to be a table's title column, decided once
//! the whole table is read (see `linked_names`).

/// A column that may be a table's title column, and what decides it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TitleCandidate {
    /// The first column after any leading date or numbering columns
    /// (`Method | Pub | Date`, `Date | Method | Project`), when most of its
    /// cells link a paper.
    LinkedNames(usize),
    /// A `Publication` column beside a venue column, when its cells read
    /// as titles, not venues.
    VenueOrTitle(usize),
    /// A title column whose only neighbours describe the papers (`Title |
    /// Summary`), when most of its cells link a paper: no other column
    /// says the rows are papers, their links do.
    DescribedTitles(usize),
    /// A column headed by a title header joined to resource words (`Paper /
    /// Resource`), when its cells read as titles.
    CompoundTitle(usize),
}
