//! Column headers -> column roles, and the placeholder values of cells.

use super::Role;
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
    /// Words a title header is joined to when the column also holds the
    /// paper's links (`Paper / Resource`, `Paper and resources`).
    #[serde(default)]
    pub resource_words: Vec<String>,
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

#[derive(Debug, Clone, Default)]
pub struct ColumnRoles {
    roles: Vec<(Role, Vec<String>)>,
    /// The vocabulary of citing tables, headers normalised, words lower case.
    pub citing: CitingTables,
    /// Generic link labels, spaces folded, lower case.
    pub link_labels: Vec<String>,
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
            model_headers: citing_list(|c| &c.model_headers, normalise_header),
            size_headers: citing_list(|c| &c.size_headers, normalise_header),
            section_words: citing_list(|c| &c.section_words, lower),
            metric_words: citing_list(|c| &c.metric_words, lower),
            rating_words: citing_list(|c| &c.rating_words, lower),
            result_words: citing_list(|c| &c.result_words, lower),
            data_words: citing_list(|c| &c.data_words, lower),
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
        let resource_words = gather(|f| &f.resource_words, normalise_header);
        ColumnRoles {
            roles,
            citing,
            link_labels,
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
            resource_words,
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

    /// Whether a header is one of `names` (normalised, `*` a prefix).
    /// Whether a heading names a section of papers still to be filed in.
    pub fn is_to_do_heading(&self, heading: &str) -> bool {
        self.to_do_headings.contains(&letters_and_digits(heading))
    }

    pub fn header_is(names: &[String], header: &str) -> bool {
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
            if let Some(column) = self.misspelt_title_header(&headers, &assigned) {
                assigned[column] = Some(Role::Title);
            }
        }
        assigned
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

/// The names a header joins with `/`, `&`, `+`, `,` or ` and ` (normalised
/// header), when it joins two or more.
fn joined_parts(header: &str) -> Option<Vec<&str>> {
    let parts: Vec<&str> = header
        .split(['/', '&', '+', ','])
        .flat_map(|part| part.split(" and "))
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect();
    (parts.len() >= 2).then_some(parts)
}

/// HTML entities that write a space, as header padding.
const SPACE_ENTITIES: [&str; 5] = ["&nbsp;", "&ensp;", "&emsp;", "&#160;", "&#xa0;"];

/// The first column without a role whose (normalised) header passes `test`.
fn first_unassigned(
    headers: &[String],
    assigned: &[Option<Role>],
    test: impl Fn(&str) -> bool,
) -> Option<usize> {
    (0..headers.len()).find(|&column| assigned[column].is_none() && test(&headers[column]))
}

fn header_matches(name: &str, header: &str) -> bool {
    match name.strip_suffix('*') {
        Some(prefix) => header.starts_with(prefix),
        None => name == header,
    }
}

/// Case and spaces folded, and an emoji or symbol before or after the
/// words dropped (`📄Paper`, `:memo: Title`, `Paper 🔗`): a decoration,
/// not part of the name. ASCII punctuation stays (`model(s)`, `#`).
fn normalise_header(header: &str) -> String {
    // `&nbsp;Paper&nbsp;&nbsp;`: spaces written as entities to widen the column.
    let unpadded;
    let header = if header.contains('&') {
        unpadded = SPACE_ENTITIES
            .iter()
            .fold(header.to_string(), |h, entity| h.replace(entity, " "));
        unpadded.as_str()
    } else {
        header
    };
    let decoration = |c: char| !c.is_ascii() && !c.is_alphanumeric();
    let mut header = header.trim_matches(|c: char| c.is_whitespace() || decoration(c));
    // A GitHub emoji short code, `:page_facing_up:`.
    while let Some(rest) = header.strip_prefix(':') {
        match rest.split_once(':') {
            Some((code, after))
                if !code.is_empty()
                    && code.chars().all(|c| {
                        c.is_ascii_lowercase() || c.is_ascii_digit() || "_+-".contains(c)
                    }) =>
            {
                header = after.trim_matches(|c: char| c.is_whitespace() || decoration(c));
            }
            _ => break,
        }
    }
    // `发表的会议` ("the conference it appeared at") is `发表会议`: the
    // possessive joins the words, it adds no meaning.
    if header.contains('的') {
        return without_spaces_around_slashes(super::text::fold_spaces_and_case(
            &header.replace('的', ""),
        ));
    }
    without_spaces_around_slashes(super::text::fold_spaces_and_case(header))
}

/// `Paper / Method` is `Paper/Method`: one header name for both spacings.
fn without_spaces_around_slashes(header: String) -> String {
    if header.contains(" /") || header.contains("/ ") {
        header
            .split('/')
            .map(str::trim)
            .collect::<Vec<_>>()
            .join("/")
    } else {
        header
    }
}

/// A heading as its letters and digits in lower case: `👨🏫  TODO` is
/// `todo`, `To be added` is `tobeadded`.
fn letters_and_digits(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles() -> ColumnRoles {
        let file: ColumnFile = toml::from_str(
            r#"
            [[role]]
            role = "title"
            headers = ["paper title", "title", "paper", "paper title and*"]
            [[role]]
            role = "venue"
            headers = ["conference", "venue"]
            [[role]]
            role = "paper"
            headers = ["paper", "arxiv"]
            "#,
        )
        .unwrap();
        ColumnRoles::new(&[file])
    }

    fn assign(headers: &[&str]) -> Vec<Option<Role>> {
        let headers: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
        roles().assign(&headers)
    }

    #[test]
    fn maps_headers_case_and_space_insensitively() {
        assert_eq!(
            assign(&["Paper  Title", "Conference", "Code"]),
            [Some(Role::Title), Some(Role::Venue), None]
        );
        // Padded with space entities to widen the column.
        assert_eq!(
            assign(&["&nbsp;&nbsp;Paper&nbsp;Title&nbsp;", "&emsp;Conference"]),
            [Some(Role::Title), Some(Role::Venue)]
        );
    }

    #[test]
    fn plural_short_and_chinese_headers_of_the_builtin_roles() {
        let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
        let assign = |headers: &[&str]| {
            let headers: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
            knowledge.columns.assign(&headers)
        };
        // hk-zh's `Models | Years`, GewelsJI's `**Yr.** | **Pub.** | **Title**`.
        assert_eq!(assign(&["Paper", "Years"])[1], Some(Role::Year));
        assert_eq!(assign(&["Yr.", "Pub.", "Title"])[0], Some(Role::Year));
        // friedrichor's `paper | 源码 | 收录 | 简介`.
        assert_eq!(
            assign(&["paper", "源码", "收录", "简介"]),
            [Some(Role::Title), Some(Role::Code), Some(Role::Venue), None]
        );
    }

    #[test]
    fn relevant_links_hold_the_papers_links() {
        // lightly-ai/awesome-self-supervised-learning: `Title | Relevant Links`.
        let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
        let headers = ["Title", "Relevant Links"].map(String::from);
        assert_eq!(
            knowledge.columns.assign(&headers),
            [Some(Role::Title), Some(Role::Paper)]
        );
        // Any other `... Links` header may cite other work (`Dataset Links`).
        let headers = ["Title", "Dataset Links"].map(String::from);
        assert_eq!(knowledge.columns.assign(&headers)[1], None);
    }

    #[test]
    fn a_venue_or_date_header_is_the_venue_column() {
        // XiayanZhou: `Pub. or Date` (`**NeurIPS 2024**`, `Nov 2024`);
        // FeiLiu36: `Publication with Date` (`Arxiv Sep 2023, ICLR 2024`).
        let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
        for header in [
            "Pub. or Date",
            "Publication with Date",
            "📅Date & Publication",
        ] {
            let headers = ["Title", header].map(String::from);
            assert_eq!(
                knowledge.columns.assign(&headers)[1],
                Some(Role::Venue),
                "{header}"
            );
        }
    }

    #[test]
    fn a_title_header_one_slip_away_is_the_title() {
        // Mkalilia/Self-Supervised-depth heads its titles `Tittle`.
        assert_eq!(
            assign(&["Tittle", "Conference", "Code"]),
            [Some(Role::Title), Some(Role::Venue), None]
        );
        // Not when a column is headed right, nor a short header (`Tile`).
        assert_eq!(assign(&["Titel", "Title"])[0], None);
        assert_eq!(assign(&["Tile", "Conference"])[0], None);
    }

    #[test]
    fn proceeding_heads_a_venue_column() {
        // As Liuhongzhi2018's inpainting list heads its tables: without the
        // venue, its year column was judged as a preprint date.
        let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
        let headers = ["Year", "Proceeding", "Title", "Comment"].map(String::from);
        assert_eq!(knowledge.columns.assign(&headers)[1], Some(Role::Venue));
    }

    #[test]
    fn a_header_joining_a_venue_header_to_another_word_is_the_venue() {
        // Owais-CodeHub's `Venue / Source`, dingyucanada's `Venue/Org`,
        // mikeallen39's `Time / Venue`.
        let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
        for header in [
            "Venue / Source",
            "Venue/Org",
            "Time / Venue",
            "Journal & Org",
        ] {
            let headers = ["Title", header, "Code"].map(String::from);
            assert_eq!(
                knowledge.columns.assign(&headers)[1],
                Some(Role::Venue),
                "{header}"
            );
        }
        // Not beside a venue column of its own, nor without a venue word.
        let headers = ["Title", "Venue", "Data / Source"].map(String::from);
        assert_eq!(knowledge.columns.assign(&headers)[2], None);
        let headers = ["Title", "Input / Output", "Code"].map(String::from);
        assert_eq!(knowledge.columns.assign(&headers)[1], None);
    }

    #[test]
    fn a_chinese_published_at_header_is_the_venue() {
        // krystalan's multi-hop QA list: 序号 | 论文 | 发表会议 | 备注.
        let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
        let headers = ["序号", "论文", "发表会议", "备注"].map(String::from);
        assert_eq!(
            knowledge.columns.assign(&headers),
            [None, Some(Role::Title), Some(Role::Venue), None]
        );
    }

    #[test]
    fn chinese_paper_title_publisher_and_time_headers() {
        // A physical-attacks survey: 论文题目 | 发表时间 | 出版社 | 所属分类.
        let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
        let headers = ["论文题目", "发表时间", "出版社", "所属分类"].map(String::from);
        assert_eq!(
            knowledge.columns.assign(&headers),
            [Some(Role::Title), Some(Role::Year), Some(Role::Venue), None]
        );
    }

    #[test]
    fn a_time_column_is_the_date() {
        // LMM101's model tables: `Paper | Time | Modality | ...`, `2023`.
        let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
        let headers = ["Paper", "Time", "Modality", "GitHub"].map(String::from);
        assert_eq!(
            knowledge.columns.assign(&headers)[..2],
            [Some(Role::Title), Some(Role::Year)]
        );
    }

    #[test]
    fn spaces_around_a_slash_do_not_change_a_header() {
        // tamlhp/awesome-mamba-ts: `Paper / Method | Year | Category | Venue / Source`.
        let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
        for paper in ["Paper / Method", "Paper/Method", "Method /Paper"] {
            let headers = [paper, "Year", "Category", "Venue / Year"].map(String::from);
            assert_eq!(
                knowledge.columns.assign(&headers),
                [Some(Role::Title), Some(Role::Year), None, Some(Role::Venue)],
                "{paper}"
            );
        }
    }

    #[test]
    fn a_study_column_is_the_title() {
        // An unlearnable-data list: `# | Study | Publication | Year | Data`.
        let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
        let headers = ["#", "Study", "Publication", "Year", "Data"].map(String::from);
        assert_eq!(
            knowledge.columns.assign(&headers)[..4],
            [None, Some(Role::Title), Some(Role::Venue), Some(Role::Year)]
        );
    }

    #[test]
    fn a_full_title_column_is_the_title_and_makes_a_paper_table() {
        let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
        let headers = ["Topic", "Full Title", "Resources", "Notes"].map(String::from);
        assert_eq!(knowledge.columns.assign(&headers)[1], Some(Role::Title));
        assert!(knowledge.columns.names_papers("Full Title"));
    }

    #[test]
    fn a_release_column_is_the_date() {
        // GuoleiSun's `Release | Title | Code`, cells `2024.07`.
        let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
        let headers = ["Release", "Title", "Code"].map(String::from);
        assert_eq!(
            knowledge.columns.assign(&headers),
            [Some(Role::Year), Some(Role::Title), Some(Role::Code)]
        );
    }

    #[test]
    fn a_name_and_link_column_is_the_title_beside_models() {
        let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
        let headers = ["Name & Link", "Models", "Release Date", "Journal"].map(String::from);
        assert_eq!(
            knowledge.columns.assign(&headers)[..2],
            [Some(Role::Title), None]
        );
    }

    #[test]
    fn emoji_and_symbols_around_a_header_are_decoration() {
        // As TX-Leo's grasping list heads its tables.
        assert_eq!(
            assign(&["Name", "Features", "📄Paper", "🌐Project", "📁Github"])[2],
            Some(Role::Title)
        );
        assert_eq!(
            assign(&[":page_facing_up: Title", "🏛️ Conference", "Code ⭐"]),
            [Some(Role::Title), Some(Role::Venue), None]
        );
        assert_eq!(assign(&["Paper 🔗"]), [Some(Role::Title)]);
        // Letters of other scripts are words, not decoration.
        assert_eq!(normalise_header("论文"), "论文");
        assert_eq!(normalise_header(":not a code"), ":not a code");
    }

    #[test]
    fn earliest_alias_wins_and_the_rest_take_other_roles() {
        assert_eq!(
            assign(&["Year", "Title", "Venue", "Paper"]),
            [
                None,
                Some(Role::Title),
                Some(Role::Venue),
                Some(Role::Paper)
            ]
        );
    }

    #[test]
    fn a_chinese_possessive_in_a_header_joins_words_it_does_not_add() {
        // sad-and-bad1231's `| 题目 | 发表的会议 | ... |`.
        let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
        let headers = ["题目", "发表的会议", "方向"].map(String::from);
        assert_eq!(
            knowledge.columns.assign(&headers)[..2],
            [Some(Role::Title), Some(Role::Venue)]
        );
    }

    #[test]
    fn a_chinese_venue_and_year_header_makes_a_paper_table() {
        // As Samantha09's safety list heads its paper tables: the venue and
        // year share one cell ("arXiv 2023", "NeurIPS 2023").
        let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
        let headers = ["#", "论文", "会议/年份", "核心思想", "标签"].map(String::from);
        assert_eq!(
            knowledge.columns.assign(&headers),
            [None, Some(Role::Title), Some(Role::Venue), None, None]
        );
        let text = "## 综述\n\n| # | 论文 | 会议/年份 | 核心思想 |\n|---|---|---|---|\n\
                    | 41 | [AI Alignment: A Comprehensive Survey](./papers/a.md) | arXiv 2023 | 对齐 |\n\
                    | 42 | [Jailbroken](./papers/b.md) | NeurIPS 2023 | 安全训练 |\n\
                    | 43 | [AI Alignment: A Comprehensive Survey](./papers/a.md) | arXiv 2023 | 对齐 |\n";
        assert_eq!(crate::rules::testing::lines("duplicate-paper", text), [7]);
    }

    #[test]
    fn prefix_patterns_match() {
        assert_eq!(
            assign(&["Date", "Paper Title and Paper Interpretation (In Chinese)"]),
            [None, Some(Role::Title)]
        );
    }
}
