//! The column file as written (rules/columns.toml): header lists per role,
//! the vocabulary of citing tables and the link labels, before
//! [`super::ColumnRoles`] normalises them.

use crate::knowledge::Role;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize, Serialize, Default)]
#[serde(deny_unknown_fields)]
pub struct ColumnFile {
    #[serde(default)]
    pub placeholders: Vec<String>,
    #[serde(default)]
    pub role: Vec<RoleHeaders>,
    #[serde(default)]
    pub citing_tables: CitingTables,
    /// Generic link texts ("code", "project page") that name a kind of
    /// link, not a thing: in a list that writes empty links on purpose, an
    /// empty one is a placeholder too.
    #[serde(default)]
    pub link_labels: Vec<String>,
    /// Labels of a link to a row's extended (journal) version, a paper of
    /// its own: `[Ext](...)`.
    #[serde(default)]
    pub extension_labels: Vec<String>,
    /// Labels of a link to the paper itself (`Paper`, `pdf`).
    #[serde(default)]
    pub paper_link_labels: Vec<String>,
    /// Hosts of recorded talks (`youtube.com`).
    #[serde(default)]
    pub talk_hosts: Vec<String>,
    /// First-column headers (`Method`) that name the papers of a table
    /// without a title column when most of their cells link a paper.
    #[serde(default)]
    pub linked_name_headers: Vec<String>,
    /// Headers (`Publication`) that name the venue in some lists and the
    /// paper in others: the title column when the table has no title
    /// column but another venue column, and the cells read as titles.
    #[serde(default)]
    pub venue_or_title_headers: Vec<String>,
    /// Title headers that say the column holds papers' titles (`Paper
    /// Title`): such a column makes a paper table without any other.
    #[serde(default)]
    pub paper_title_headers: Vec<String>,
    /// Headers of a title column only in a table with no other title
    /// column (`Survey | Year | Venue`; beside `Name`, a `Survey` column
    /// may hold marks).
    #[serde(default)]
    pub title_when_alone_headers: Vec<String>,
    /// Headers of a column that describes each paper (`Keywords`, `Tags`)
    /// rather than filing it under a label.
    #[serde(default)]
    pub description_headers: Vec<String>,
    /// Headers of a column that numbers the rows (`Num`, `No.`, `序号`).
    #[serde(default)]
    pub numbering_headers: Vec<String>,
    /// Headings of a section of papers still to be filed in (`TODO`).
    #[serde(default)]
    pub to_do_headings: Vec<String>,
    /// Phrases that announce entries to come (`to be added in the future`).
    #[serde(default)]
    pub to_come_phrases: Vec<String>,
    /// Words a title header is joined to when the column also holds the
    /// paper's links (`Paper / Resource`, `Paper and resources`).
    #[serde(default)]
    pub resource_words: Vec<String>,
    /// Labels of a row that counts the rows above or below it (`count`,
    /// `Total`) in a table of marks: its cells are numbers, no paper's.
    #[serde(default)]
    pub tally_labels: Vec<String>,
    /// Labels of a fold that only hides more of the same list (`<summary>
    /// more </summary>`), no topic of its own.
    #[serde(default)]
    pub fold_labels: Vec<String>,
}

/// How to tell a table whose rows are not papers (datasets, benchmarks,
/// leaderboards, tools) but cite the paper behind each row.
#[derive(Debug, Clone, Deserialize, Serialize, Default)]
#[serde(deny_unknown_fields)]
pub struct CitingTables {
    /// A first (or title) column with one of these headers names things, not papers.
    #[serde(default)]
    pub entity_headers: Vec<String>,
    /// Headers that name things only when the section says what they are.
    #[serde(default)]
    pub name_headers: Vec<String>,
    /// Headers of a column that gives each paper's short name
    /// (`Abbreviation`): it names the row's entry, as a name column does,
    /// but the rows are still papers.
    #[serde(default)]
    pub short_name_headers: Vec<String>,
    /// A title column with one of these headers, its names unlinked beside
    /// a column of paper links, lists models (several from one paper).
    #[serde(default)]
    pub model_headers: Vec<String>,
    /// Headers of a model's size column (`Size`, `#Params`): one model at
    /// two sizes is two checkpoints.
    #[serde(default)]
    pub size_headers: Vec<String>,
    /// Words of a section heading that say what the rows are ("Datasets").
    #[serde(default)]
    pub section_words: Vec<String>,
    /// Words of a header that make the table a leaderboard ("perplexity").
    #[serde(default)]
    pub metric_words: Vec<String>,
    /// Words of a header that make a leaderboard only beside another
    /// result column or without a year column ("Score": maybe a rating).
    #[serde(default)]
    pub rating_words: Vec<String>,
    /// Words of a heading over results ("Results", "Evaluation"): a rating
    /// word under it is a result.
    #[serde(default)]
    pub result_words: Vec<String>,
    /// Words of a header that describe data, not a paper ("Img.", "Size").
    #[serde(default)]
    pub data_words: Vec<String>,
    /// Words of a heading over events ("Workshops", "Tutorials"): rows
    /// under it of one title, on their own sites, with other venues or
    /// years, are one event's editions.
    #[serde(default)]
    pub event_words: Vec<String>,
    /// Release channels whose rows are entries about a paper (a
    /// repository, a post), named as in rules/venues.toml.
    #[serde(default)]
    pub entry_channels: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RoleHeaders {
    pub role: Role,
    /// Header texts in priority order; a trailing `*` matches a prefix.
    pub headers: Vec<String>,
}
