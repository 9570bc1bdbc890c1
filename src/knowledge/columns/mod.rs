//! Column headers -> column roles, and the placeholder values of cells.

use super::Role;

mod file;
mod headers;

pub use file::{CitingTables, ColumnFile, RoleHeaders};

use headers::{
    first_unassigned, header_matches, joined_parts, letters_and_digits, normalise_header,
};

#[derive(Debug, Clone, Default)]
pub struct ColumnRoles {
    roles: Vec<(Role, Vec<String>)>,
    /// The vocabulary of citing tables, headers normalised, words lower case.
    pub citing: CitingTables,
    /// Generic link labels, spaces folded, lower case.
    pub link_labels: Vec<String>,
    /// The most characters other than spaces a generic link label has: a
    /// longer text is no label, without looking it up.
    pub longest_link_label: usize,
    /// Labels of a link to a row's extended version, a paper of its own.
    pub extension_labels: Vec<String>,
    /// Labels of a link to the paper itself, spaces folded, lower case.
    pub paper_link_labels: Vec<String>,
    /// Hosts of recorded talks, lower case.
    pub talk_hosts: Vec<String>,
    /// First-column headers that may name papers by their links, normalised.
    pub linked_name_headers: Vec<String>,
    /// Headers that hold the title when a venue column stands beside them.
    pub venue_or_title_headers: Vec<String>,
    /// Title headers that make a paper table on their own, normalised.
    pub paper_title_headers: Vec<String>,
    /// Headers of a title column when no other column is one, normalised.
    pub title_when_alone_headers: Vec<String>,
    /// Headers of columns describing each paper, normalised.
    pub description_headers: Vec<String>,
    /// Headers of columns numbering the rows, normalised.
    pub numbering_headers: Vec<String>,
    /// Headings of sections of papers still to be filed in, as letters and
    /// digits only, in lower case (`todo`).
    pub to_do_headings: Vec<String>,
    /// Phrases that announce entries to come, in lower case.
    pub to_come_phrases: Vec<String>,
    /// Labels of a row of counts, letters and digits in lower case.
    pub tally_labels: Vec<String>,
    /// Labels of a fold of more of the same list, letters and digits in
    /// lower case.
    pub fold_labels: Vec<String>,
    /// Words joined to a title header in a title column's header, normalised.
    pub resource_words: Vec<String>,
    /// The venue data, for link labels that name where a paper appeared
    /// (`[Nature Methods](...)`, `[bioRxiv](...)`): set by `Knowledge`.
    pub venue_names: super::VenueBook,
}

impl ColumnRoles {
    pub fn new(files: &[ColumnFile]) -> Self {
        let mut roles: Vec<(Role, Vec<String>)> = Vec::new();
        for entry in files.iter().flat_map(|f| &f.role) {
            let headers = entry.headers.iter().map(|h| normalise_header(h));
            match roles.iter_mut().find(|(role, _)| *role == entry.role) {
                Some((_, known)) => known.extend(headers),
                None => roles.push((entry.role, headers.collect())),
            }
        }
        // The citing-table vocabulary of all files: headers normalised,
        // words in lower case.
        let citing_list = |field: fn(&CitingTables) -> &Vec<String>, write: fn(&str) -> String| {
            files
                .iter()
                .flat_map(|f| field(&f.citing_tables))
                .map(|s| write(s))
                .collect::<Vec<_>>()
        };
        let lower = |w: &str| w.to_lowercase();
        let citing = CitingTables {
            entity_headers: citing_list(|c| &c.entity_headers, normalise_header),
            name_headers: citing_list(|c| &c.name_headers, normalise_header),
            short_name_headers: citing_list(|c| &c.short_name_headers, normalise_header),
            model_headers: citing_list(|c| &c.model_headers, normalise_header),
            size_headers: citing_list(|c| &c.size_headers, normalise_header),
            section_words: citing_list(|c| &c.section_words, lower),
            metric_words: citing_list(|c| &c.metric_words, lower),
            rating_words: citing_list(|c| &c.rating_words, lower),
            result_words: citing_list(|c| &c.result_words, lower),
            data_words: citing_list(|c| &c.data_words, lower),
            event_words: citing_list(|c| &c.event_words, lower),
            entry_channels: citing_list(|c| &c.entry_channels, str::to_string),
        };
        // One list of the given files' entries for a field, each written
        // alike by `write`.
        let gather = |field: fn(&ColumnFile) -> &Vec<String>, write: fn(&str) -> String| {
            files
                .iter()
                .flat_map(field)
                .map(|s| write(s))
                .collect::<Vec<_>>()
        };
        let link_labels = gather(
            |f| &f.link_labels,
            crate::knowledge::text::fold_spaces_and_case,
        );
        let extension_labels = gather(
            |f| &f.extension_labels,
            crate::knowledge::text::fold_spaces_and_case,
        );
        let talk_hosts = gather(|f| &f.talk_hosts, str::to_lowercase);
        let paper_link_labels = gather(
            |f| &f.paper_link_labels,
            crate::knowledge::text::fold_spaces_and_case,
        );
        let linked_name_headers = gather(|f| &f.linked_name_headers, normalise_header);
        let venue_or_title_headers = gather(|f| &f.venue_or_title_headers, normalise_header);
        let paper_title_headers = gather(|f| &f.paper_title_headers, normalise_header);
        let title_when_alone_headers = gather(|f| &f.title_when_alone_headers, normalise_header);
        let description_headers = gather(|f| &f.description_headers, normalise_header);
        let numbering_headers = gather(|f| &f.numbering_headers, normalise_header);
        let to_do_headings = gather(|f| &f.to_do_headings, letters_and_digits);
        let to_come_phrases = gather(|f| &f.to_come_phrases, str::to_lowercase);
        let resource_words = gather(|f| &f.resource_words, normalise_header);
        let tally_labels = gather(|f| &f.tally_labels, letters_and_digits);
        let fold_labels = gather(|f| &f.fold_labels, letters_and_digits);
        let longest_link_label = link_labels
            .iter()
            .map(|label| label.chars().filter(|c| !c.is_whitespace()).count())
            .max()
            .unwrap_or(0);
        ColumnRoles {
            roles,
            citing,
            link_labels,
            longest_link_label,
            extension_labels,
            paper_link_labels,
            talk_hosts,
            linked_name_headers,
            venue_or_title_headers,
            paper_title_headers,
            title_when_alone_headers,
            description_headers,
            numbering_headers,
            to_do_headings,
            to_come_phrases,
            resource_words,
            tally_labels,
            fold_labels,
            venue_names: super::VenueBook::default(),
        }
    }

    /// The header names of a role, normalised, in priority order.
    pub fn headers_of(&self, role: Role) -> &[String] {
        self.roles
            .iter()
            .find(|(r, _)| *r == role)
            .map_or(&[], |(_, names)| names.as_slice())
    }

    /// Whether a title column's header says it holds papers' titles
    /// (`Paper Title`), which makes a paper table on its own.
    pub fn names_papers(&self, header: &str) -> bool {
        Self::header_is(&self.paper_title_headers, header)
    }

    /// Whether a title cell labels a row of counts (`count`, `**Total**`).
    pub fn is_tally_label(&self, cell: &str) -> bool {
        self.tally_labels.contains(&letters_and_digits(cell))
    }

    /// Whether a fold's label says it holds more of the list above it
    /// (`more`, `Show more`), no topic.
    pub fn is_fold_label(&self, label: &str) -> bool {
        self.fold_labels.contains(&letters_and_digits(label))
    }

    /// Whether a heading names a section of papers still to be filed in.
    pub fn is_to_do_heading(&self, heading: &str) -> bool {
        self.to_do_headings.contains(&letters_and_digits(heading))
    }

    /// Whether a line announces entries still to come (`Some conferences
    /// to be added in the future:`, `- [ICML](#icml) (coming soon)`): one
    /// of `to_come_phrases` as whole words, case aside.
    pub fn announces_to_come(&self, line: &str) -> bool {
        let words: Vec<String> = line
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        let text = format!(" {} ", words.join(" "));
        self.to_come_phrases
            .iter()
            .any(|phrase| text.contains(&format!(" {phrase} ")))
    }

    /// Whether a header is one of `names` (normalised, `*` a prefix).
    pub fn header_is(names: &[String], header: &str) -> bool {
        if headers::first_letter_rules_out(names, header) {
            return false;
        }
        let header = normalise_header(header);
        names.iter().any(|name| header_matches(name, &header))
    }

    /// Gives each role to the column whose header matches the earliest of
    /// the role's header names; a column gets at most one role.
    pub fn assign(&self, headers: &[String]) -> Vec<Option<Role>> {
        let headers: Vec<String> = headers.iter().map(|h| normalise_header(h)).collect();
        let mut assigned: Vec<Option<Role>> = vec![None; headers.len()];
        for (role, names) in &self.roles {
            let best = headers
                .iter()
                .enumerate()
                .filter(|(column, _)| assigned[*column].is_none())
                .filter_map(|(column, header)| {
                    names
                        .iter()
                        .position(|name| header_matches(name, header))
                        .map(|rank| (rank, column))
                })
                .min();
            if let Some((_, column)) = best {
                assigned[column] = Some(*role);
            }
        }
        if !assigned.contains(&Some(Role::Venue)) {
            if let Some(column) = self.compound_venue_header(&headers, &assigned) {
                assigned[column] = Some(Role::Venue);
            }
        }
        if !assigned.contains(&Some(Role::Title)) {
            let alone = headers.iter().enumerate().find(|(column, header)| {
                assigned[*column].is_none()
                    && self
                        .title_when_alone_headers
                        .iter()
                        .any(|name| header_matches(name, header))
            });
            if let Some((column, _)) = alone {
                assigned[column] = Some(Role::Title);
            }
        }
        if !assigned.contains(&Some(Role::Title)) {
            if let Some(column) = self.name_then_title_header(&headers, &assigned) {
                assigned[column] = Some(Role::Title);
            }
        }
        if !assigned.contains(&Some(Role::Title)) {
            if let Some(column) = self.misspelt_title_header(&headers, &assigned) {
                assigned[column] = Some(Role::Title);
            }
        }
        assigned
    }

    /// The column without a role whose header names the two parts of its
    /// cells, a name and a title, with a dash between (`(Model Name) -
    /// Paper Title` over `***DiffCast*** - Precipitation Nowcasting ...`):
    /// both parts are title headers, the brackets around one are its
    /// styling.
    fn name_then_title_header(
        &self,
        headers: &[String],
        assigned: &[Option<Role>],
    ) -> Option<usize> {
        let titles = self.headers_of(Role::Title);
        let is_title = |part: &str| {
            let part = part.trim().trim_start_matches(['(', '[']);
            let part = part.trim_end_matches([')', ']']).trim();
            titles.iter().any(|n| header_matches(n, part))
        };
        // Headers are normalised: one space between words.
        first_unassigned(headers, assigned, |header| {
            let dashed = header.replace(" – ", " - ").replace(" — ", " - ");
            let parts: Vec<&str> = dashed.split(" - ").collect();
            parts.len() == 2 && parts.iter().all(|p| is_title(p))
        })
    }

    /// The column without a role whose header is one slip from a title
    /// header of five letters or more (`Tittle`, `Titel`, `Paper Titel`):
    /// a table whose title header is misspelt still lists papers.
    fn misspelt_title_header(
        &self,
        headers: &[String],
        assigned: &[Option<Role>],
    ) -> Option<usize> {
        let titles = self.headers_of(Role::Title);
        first_unassigned(headers, assigned, |header| {
            header.chars().count() >= 5
                && titles.iter().any(|name| {
                    !name.ends_with('*')
                        && name.chars().count() >= 5
                        && super::text::edit_distance(name, header, 1) == 1
                })
        })
    }
}

impl ColumnRoles {
    /// The column without a role whose header joins two names, one of them
    /// a venue header (`Venue / Source`, `Journal & Conference`): where the
    /// papers appeared, the other name a synonym.
    fn compound_venue_header(
        &self,
        headers: &[String],
        assigned: &[Option<Role>],
    ) -> Option<usize> {
        let venue_names = self.headers_of(Role::Venue);
        first_unassigned(headers, assigned, |header| {
            joined_parts(header).is_some_and(|parts| {
                parts
                    .iter()
                    .any(|p| venue_names.iter().any(|n| header_matches(n, p)))
            })
        })
    }

    /// The column without a role whose header joins a title header to
    /// resource words (`Paper / Resource`, `Paper and resources`): the
    /// papers' titles, with their links beside them. The table's rows
    /// decide (see `document::linked_names`): a leaderboard's `Paper/Code`
    /// cells are `[Paper](...)` links, not titles.
    pub fn compound_title_header(
        &self,
        headers: &[String],
        assigned: &[Option<Role>],
    ) -> Option<usize> {
        let titles = self.headers_of(Role::Title);
        (0..headers.len()).find(|&column| {
            let header = normalise_header(&headers[column]);
            let Some(parts) = joined_parts(&header) else {
                return false;
            };
            assigned[column].is_none()
                && titles.iter().any(|n| header_matches(n, parts[0]))
                && parts[1..]
                    .iter()
                    .all(|p| self.resource_words.iter().any(|w| w == p))
        })
    }
}

#[cfg(test)]
mod tests;
