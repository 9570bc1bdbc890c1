//! Which tables list papers and which only cite them.
//!
//! A dataset, benchmark, leaderboard or tool table names one thing a row and
//! links the paper that introduced it; that paper is often listed again in a
//! paper table. Such a table is told by its header vocabulary
//! (`[citing_tables]` in rules/columns.toml) and its content: a first or
//! title column headed "Dataset" / "Benchmark" / "Tool", a first column
//! "Name" beside the paper column, a title column "Name" under a section
//! whose heading says "Datasets" / "Benchmarks" / "Tools", or a header
//! naming a metric (a leaderboard: one row per result). A table with a
//! venue column lists papers whatever its first column says.

use crate::document::{Document, Role, Table};
use crate::knowledge::{ColumnRoles, Knowledge};

/// Whether the rows of a table are things that cite a paper, not papers.
pub fn cites_only(document: &Document<'_>, table: &Table<'_>, knowledge: &Knowledge) -> bool {
    let vocabulary = &knowledge.columns.citing;
    let title = table.column(Role::Title);
    let header = |c: usize| table.columns.get(c).map_or("", |c| c.header.as_str());
    // A year before the name (`Year | Name | Paper | Pub.`) dates the
    // row; the name is what the row is.
    let first_column = table
        .columns
        .iter()
        .position(|c| c.role != Some(Role::Year))
        .unwrap_or(0);
    let first = header(first_column);
    let title_header = title.map_or("", header);
    let is = |names: &[String], h: &str| ColumnRoles::header_is(names, h);
    // A venue column says where each row was published: its rows are
    // papers, even under "Dataset | Title | Venue | Date" (one benchmark
    // paper a row).
    let has_venue = table
        .column(Role::Venue)
        .is_some_and(|c| !mostly_links(table, c));
    if !has_venue
        && (is(&vocabulary.entity_headers, first) || is(&vocabulary.entity_headers, title_header))
    {
        return true;
    }
    // "Name | Paper | Code": the rows are named things citing a paper.
    if !has_venue && is(&vocabulary.name_headers, first) && title.is_some_and(|t| t != first_column)
    {
        return true;
    }
    // A dataset table that also gives the venue of each dataset's paper:
    // named things first, and columns describing the data or a bare link
    // to the paper.
    if has_venue
        && (is(&vocabulary.entity_headers, first) || is(&vocabulary.name_headers, first))
        && (table.columns.iter().enumerate().any(|(c, column)| {
            column.role.is_none()
                && c != 0
                && (header_has_word(&column.header, &vocabulary.data_words) || data_cells(table, c))
        }) || bare_paper_links(table))
    {
        return true;
    }
    if is_leaderboard(document, table, &knowledge.columns) {
        return true;
    }
    is(&vocabulary.name_headers, title_header)
        && document
            .heading_chain(table.heading)
            .any(|h| header_has_word(&h.text, &vocabulary.section_words))
}

/// Whether a header names a result: a metric (`Test perplexity`), or a
/// rating word (`Score`) that is not the list's own rating of its papers.
fn is_leaderboard(document: &Document<'_>, table: &Table<'_>, columns: &ColumnRoles) -> bool {
    let vocabulary = &columns.citing;
    if !headed_by(table, &vocabulary.metric_words).is_empty() {
        return true;
    }
    !headed_by(table, &vocabulary.rating_words).is_empty()
        && own_rating(
            document,
            table,
            columns,
            &super::scores::score_columns(table),
        )
        .is_none()
}

/// The columns of measured results: the columns of scores, less a list's
/// own rating of its papers.
pub fn result_columns(
    document: &Document<'_>,
    table: &Table<'_>,
    knowledge: &Knowledge,
) -> Vec<usize> {
    let mut scores = super::scores::score_columns(table);
    if let Some(rating) = own_rating(document, table, &knowledge.columns, &scores) {
        scores.retain(|&c| c != rating);
    }
    scores
}

/// A dated table's one column headed by a rating word, before the title
/// (`Year | Score | Type | Paper | TLDR`), with no other result column and
/// nothing after the title but the paper's links and descriptions: the
/// list rating its papers, one row a paper. A leaderboard rarely dates its
/// results, and names their setting after the paper (`| Year | Score |
/// Paper | Setting |`: two settings of one paper are two results), and
/// sits under a heading that says so (`Leaderboard`, `Results on GLUE`).
fn own_rating(
    document: &Document<'_>,
    table: &Table<'_>,
    columns: &ColumnRoles,
    scores: &[usize],
) -> Option<usize> {
    let vocabulary = &columns.citing;
    let [rating] = headed_by(table, &vocabulary.rating_words)[..] else {
        return None;
    };
    let title = table.column(Role::Title)?;
    let dated = table.column(Role::Year).is_some();
    let alone = headed_by(table, &vocabulary.metric_words).is_empty()
        && scores.iter().all(|&c| c == rating);
    let described_after = table.columns[title + 1..].iter().all(|column| {
        column.role.is_some()
            || ColumnRoles::header_is(&columns.description_headers, &column.header)
    });
    // The table's own heading: a list's title (`# Awesome Benchmarks`)
    // names the list, not this table.
    let results_heading = document
        .heading_chain(table.heading)
        .next()
        .is_some_and(|h| {
            header_has_word(&h.text, &vocabulary.section_words)
                || header_has_word(&h.text, &vocabulary.result_words)
        });
    (dated && alone && rating < title && described_after && !results_heading).then_some(rating)
}

/// The columns, other than the title's, whose header holds one of the words.
fn headed_by(table: &Table<'_>, words: &[String]) -> Vec<usize> {
    let title = table.column(Role::Title);
    (0..table.columns.len())
        .filter(|&c| Some(c) != title && header_has_word(&table.columns[c].header, words))
        .collect()
}

fn header_has_word(text: &str, words: &[String]) -> bool {
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|word| words.iter().any(|w| w.eq_ignore_ascii_case(word)))
}

/// Whether the table is a catalogue of models (`Model | Size | ... | Link`,
/// its first column headed "Model", no venue column): one paper often
/// releases several models, each a row of its own, each name unlinked
/// beside the paper's link, or itself the link to the paper (`|
/// [CogVLM2-video](https://arxiv.org/abs/2408.16500) | [🔗](...) |`).
pub fn lists_models(table: &Table<'_>, knowledge: &Knowledge) -> bool {
    let Some(title) = table.column(Role::Title) else {
        return false;
    };
    let first_column = table
        .columns
        .iter()
        .position(|c| c.role != Some(Role::Year))
        .unwrap_or(0);
    let header = &table.columns[title].header;
    table.column(Role::Venue).is_none()
        && title == first_column
        && ColumnRoles::header_is(&knowledge.columns.citing.model_headers, header)
        && (names_beside_links(table, title) || linked_short_names(table, title))
}

/// Whether most filled cells of the title column are a name of one to three
/// words and nothing else, linked: models' names, not papers' titles.
fn linked_short_names(table: &Table<'_>, title: usize) -> bool {
    let (mut filled, mut names) = (0, 0);
    for cell in table.rows().filter_map(|row| row.cell(title)) {
        let text = cell.text().trim();
        if text.is_empty() {
            continue;
        }
        filled += 1;
        let mut links = cell.links();
        let is_name = links.next().is_some_and(|link| {
            link.text.trim() == text.trim_matches(|c: char| c == '*' || c == '_')
                && (1..=3).contains(&text.split_whitespace().count())
                && !text.contains(':')
        }) && links.next().is_none();
        names += usize::from(is_name);
    }
    filled >= 2 && names * 5 >= filled * 4
}

/// Whether the title column's names are mostly unlinked while another
/// column mostly holds links (the paper's).
fn names_beside_links(table: &Table<'_>, title: usize) -> bool {
    let (named, linked) = linked_cells(table, title);
    named >= 1
        && 2 * linked < named
        && (0..table.columns.len()).any(|c| {
            c != title && table.columns[c].role != Some(Role::Code) && mostly_links(table, c)
        })
}

/// How many cells of a column hold text, and how many of those a link.
fn linked_cells(table: &Table<'_>, column: usize) -> (usize, usize) {
    let (mut filled, mut linked) = (0, 0);
    for cell in table.rows().filter_map(|row| row.cell(column)) {
        if cell.text().trim().is_empty() {
            continue;
        }
        filled += 1;
        linked += usize::from(cell.links().next().is_some());
    }
    (filled, linked)
}

/// Whether most filled cells of a column hold a link: a "venue" column of
/// `[Paper](...)` links (visionxiang's `Pub.` beside dataset names) names
/// no venue.
fn mostly_links(table: &Table<'_>, column: usize) -> bool {
    let (filled, linked) = linked_cells(table, column);
    filled >= 2 && 2 * linked > filled
}

/// Whether most filled cells of a column (one without a role: not the
/// year, venue or code) are counts (`12000`, `5,066`,
/// `1.2K`, `5015/1600`) or check marks (`✓`, `&check;`, `✗`): a column that
/// describes data. Years are not counts.
fn data_cells(table: &Table<'_>, column: usize) -> bool {
    let (mut filled, mut data) = (0, 0);
    for row in table.rows() {
        let Some(cell) = row.cell(column) else {
            continue;
        };
        let (raw, text) = (cell.raw().trim(), cell.text().trim());
        if text.is_empty() && raw.is_empty() {
            continue;
        }
        filled += 1;
        if is_check_mark(raw) || is_check_mark(text) || is_count(text) {
            data += 1;
        }
    }
    filled >= 2 && 2 * data >= filled
}

fn is_check_mark(text: &str) -> bool {
    const MARKS: &[&str] = &[
        "✓",
        "✔",
        "✔️",
        "√",
        "✗",
        "✘",
        "❌",
        "✅",
        "&check;",
        "&cross;",
        ":heavy_check_mark:",
        ":white_check_mark:",
        ":x:",
    ];
    MARKS.contains(&text)
}

fn is_count(text: &str) -> bool {
    let digits: String = text
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .collect();
    let rest = &text[digits.len()..];
    let bare: String = digits.chars().filter(char::is_ascii_digit).collect();
    if bare.is_empty() || !digits.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    // `2021`, `2023.11`: a year or a date.
    let year = bare.len() >= 4
        && bare[..4]
            .parse::<u32>()
            .is_ok_and(|y| (1900..=2100).contains(&y))
        && (digits.len() == 4 || digits.as_bytes()[4] == b'.');
    let tail_ok = rest.is_empty()
        || rest.starts_with(['/', ' ', '(', '+'])
        || rest.trim().eq_ignore_ascii_case("k")
        || rest.trim().eq_ignore_ascii_case("m")
        || rest.trim().eq_ignore_ascii_case("b");
    !year && tail_ok
}

/// Whether the paper stands only as a short link (`[Paper](...)`,
/// `[arXiv](...)`) in a column of its own, not as a title: the first column
/// then names what the row is about.
fn bare_paper_links(table: &Table<'_>) -> bool {
    let column = match table.column(Role::Title) {
        Some(0) | None => table.column(Role::Paper),
        title => title,
    };
    let Some(column) = column.filter(|&c| c != 0) else {
        return false;
    };
    let (mut filled, mut bare) = (0, 0);
    for row in table.rows() {
        let Some(cell) = row.cell(column) else {
            continue;
        };
        let text = cell.text_without_badges().trim();
        if text.is_empty() {
            continue;
        }
        filled += 1;
        if cell.links().next().is_some() && text.split_whitespace().count() <= 2 {
            bare += 1;
        }
    }
    filled >= 2 && 2 * bare > filled
}

/// The column that names a citing table's rows: its first column (after
/// any columns numbering the rows, `No. | Dataset | Year`) when the title
/// column (the cited paper) stands elsewhere and that column holds no
/// other role, or the column after a first Date or Year column that holds
/// none (`Date | Name | Title`); a table is never named by its dates nor
/// by its row numbers.
pub fn naming_column(table: &Table<'_>, columns: &ColumnRoles) -> Option<usize> {
    let title = table.column(Role::Title);
    let role = |c: usize| table.columns.get(c).map(|c| c.role);
    let first = table
        .columns
        .iter()
        .position(|c| !ColumnRoles::header_is(&columns.numbering_headers, &c.header))?;
    match title {
        None => None,
        Some(t) if t == first => title,
        // `Year | Name | Paper`, `Date | Name | Title`: the name after the date.
        Some(t)
            if role(first) == Some(Some(Role::Year))
                && role(first + 1) == Some(None)
                && t != first + 1 =>
        {
            Some(first + 1)
        }
        Some(_) if role(first).flatten().is_some() => title,
        Some(_) => Some(first),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn judge(text: &str) -> Vec<bool> {
        let knowledge = Knowledge::builtin().unwrap();
        let document = crate::document::parse(text, &knowledge.columns);
        document
            .tables
            .iter()
            .map(|t| cites_only(&document, t, &knowledge))
            .collect()
    }

    /// Each table's column roles, in order.
    fn column_roles(document: &crate::document::Document<'_>) -> Vec<Vec<Option<Role>>> {
        document
            .tables
            .iter()
            .map(|t| t.columns.iter().map(|c| c.role).collect())
            .collect()
    }

    #[test]
    fn dataset_and_benchmark_tables_only_cite() {
        let text = "## Datasets\n\n| Name | Paper | Link | Notes |\n|---|---|---|---|\n| Set5 | [Low-Complexity SR](https://example.com/p) | [data](https://example.com/d) | 5 images |\n\n\
                    ## Benchmarks\n\n| Benchmark | Paper | Tasks | Code |\n|---|---|---|---|\n| MMLU | [Measuring Massive Multitask](https://arxiv.org/abs/2009.03300) | 57 | - |\n";
        assert_eq!(judge(text), [true, true]);
    }

    #[test]
    fn a_dataset_table_dated_first_cites_its_papers() {
        // visionxiang's aerial datasets: the year first, the dataset's name,
        // its paper's title, and a `Pub.` column of paper links.
        let text = "| Year | Name | Paper | Pub. |\n|---|---|---|---|\n\
            | 2022 | [SODA](https://example.org/soda) | Towards Large-Scale Small Object Detection | [Paper](https://arxiv.org/abs/2207.14096) |\n\
            | 2018 | [VisDrone](http://aiskyeye.com/) | Vision Meets Drones: Past, Present and Future | [arXiv](https://arxiv.org/pdf/2001.06303.pdf) |\n";
        assert_eq!(judge(text), [true]);
        let knowledge = Knowledge::builtin().unwrap();
        let document = crate::document::parse(text, &knowledge.columns);
        assert_eq!(
            naming_column(&document.tables[0], &knowledge.columns),
            Some(1)
        );
        // A column numbering the rows names none of them.
        let numbered = text
            .replace("| Year | Name |", "| No. | Name |")
            .replace("| 2022 |", "| 1 |")
            .replace("| 2018 |", "| 2 |");
        let document = crate::document::parse(&numbered, &knowledge.columns);
        assert_eq!(
            naming_column(&document.tables[0], &knowledge.columns),
            Some(1)
        );
        // A Pub. column of venues keeps the table a paper table.
        let text = text
            .replace("[Paper](https://arxiv.org/abs/2207.14096)", "TGRS")
            .replace("[arXiv](https://arxiv.org/pdf/2001.06303.pdf)", "TPAMI");
        assert_eq!(judge(&text), [false]);
    }

    #[test]
    fn toolbox_and_leaderboard_tables_only_cite() {
        // Algorithms citing one book; results of one paper with and without an extra trick.
        let text = "## Causal Discovery\n\n|Name|Paper|Code|\n|---|---|---|\n|PC algorithm|Causation, Prediction, and Search|[R](https://github.com/cran/pcalg)|\n\n\
                    ### Penn Treebank\n\n| Model | Test perplexity | Paper / Source | Code |\n|---|---|---|---|\n| AWD-LSTM (Merity et al., 2017) | 57.3 | [Regularizing LSTMs](https://arxiv.org/abs/1708.02182) | - |\n";
        assert_eq!(judge(text), [true, true]);
    }

    #[test]
    fn a_dated_list_rating_its_papers_is_no_leaderboard() {
        // jin-s13's world-model hub: one row a paper, its Score the list's
        // own relevance rating; a copy of a row is a duplicate.
        let rated = "| Year | Score | Type | Paper | TLDR |\n|---|---|---|---|---|\n\
            | 2026 | 58.1 | method | [Planning with an Ensemble of World Models](https://openreview.net/forum?id=cvGdPXaydP) | City models. |\n\
            | 2026 | 24.4 | method | [Planning with an Ensemble of World Models](https://openreview.net/forum?id=cvGdPXaydP) |  |\n\
            | 2022 | 71.5 | method | [DayDreamer: World Models for Physical Robot Learning](https://proceedings.mlr.press/v205/wu23c/wu23c.pdf) | Robots. |\n";
        assert_eq!(judge(rated), [false]);
        assert_eq!(crate::rules::testing::lines("duplicate-paper", rated), [4]);
        // Under a heading of results, or with a setting after the paper, the
        // same Score column is a result: two settings, two results.
        assert_eq!(judge(&format!("## Results on GLUE\n\n{rated}")), [true]);
        // Only the table's own heading counts: the list's title names the list.
        assert_eq!(
            judge(&format!(
                "# Awesome Benchmarks and Data\n\n## Papers\n\n{rated}"
            )),
            [false]
        );
        let with_setting = rated.replace(
            "| TLDR |\n|---|---|---|---|---|",
            "| Setting |\n|---|---|---|---|---|",
        );
        assert_eq!(judge(&with_setting), [true]);
        assert!(crate::rules::testing::lines("duplicate-paper", &with_setting).is_empty());
        // Without a year, or beside a second result column, a Score is a result.
        let undated = "| Model | Score | Paper / Source | Code |\n|---|---|---|---|\n| T5-11B | 90.3 | [Exploring the Limits](https://arxiv.org/abs/1910.10683) | - |\n";
        assert_eq!(judge(undated), [true]);
        let two_results = "| Year | Model | Score | Params | Paper |\n|---|---|---|---|---|\n| 2019 | T5 | 90.3 | 11.0 | [Exploring the Limits](https://arxiv.org/abs/1910.10683) |\n| 2019 | T5-L | 88.1 | 0.7 | [Exploring the Limits](https://arxiv.org/abs/1910.10683) |\n| 2020 | X | 80.1 | 1.5 | [Other](https://arxiv.org/abs/2001.00001) |\n";
        assert_eq!(judge(two_results), [true]);
        let two_ratings = "| Year | Rank | Score | Paper |\n|---|---|---|---|\n| 2019 | 1 | 90.3 | [Exploring the Limits](https://arxiv.org/abs/1910.10683) |\n";
        assert_eq!(judge(two_ratings), [true]);
    }

    #[test]
    fn chinese_source_and_authors_headers_make_paper_tables() {
        let knowledge = Knowledge::builtin().unwrap();
        let text = "|No.| paper | 会议/期刊 | dataset |\n|---|---|---|---|\n\
                    |1|A Review.[[paper](https://arxiv.org/abs/2307.13125)]|Journal of Imaging, 2023||\n\n\
                    | Paper | Source | Code/Project Link |\n|---|---|---|\n\
                    | [Sketch Survey](https://arxiv.org/abs/2001.02525) | TPAMI 2022 | [[code]](https://github.com/a/b) |\n\n\
                    | Title & Authors | Introduction | Links |\n|---|---|---|\n\
                    | [Pruner](https://arxiv.org/abs/2305.11627) <br> A. Author | text | [Paper](https://arxiv.org/abs/2305.11627) |\n\n\
                    | 论文 | 会议 | 年份 |\n|---|---|---|\n| [甲](https://arxiv.org/abs/2101.00001) | CVPR | 2021 |\n\n\
                    | 标题 | 期刊 | 时间 |\n|---|---|---|\n| [乙](https://arxiv.org/abs/2101.00002) | TPAMI | 2021 |\n";
        let document = crate::document::parse(text, &knowledge.columns);
        let roles = column_roles(&document);
        use Role::*;
        assert_eq!(
            roles,
            [
                vec![None, Some(Title), Some(Venue), None],
                vec![Some(Title), Some(Venue), Some(Code)],
                vec![Some(Title), None, Some(Paper)],
                vec![Some(Title), Some(Venue), Some(Year)],
                vec![Some(Title), Some(Venue), Some(Year)],
            ]
        );
        assert!(document
            .tables
            .iter()
            .all(|t| !cites_only(&document, t, &knowledge)));
    }

    #[test]
    fn an_articles_header_names_the_title_column() {
        // Shaped like ybayle's music list: "Articles, Thesis and Reports",
        // some titles without a link; "Article" alone too. "Publications"
        // is not a title header (it holds venues elsewhere).
        let knowledge = Knowledge::builtin().unwrap();
        let text = "| Year | Articles, Thesis and Reports | Code |\n|---|---|---|\n\
                    | 1988 | Neural net modeling of music | No |\n\
                    | 2016 | [Deep learning for chords](https://arxiv.org/abs/1601.00001) | [GitHub](https://github.com/a/b) |\n\n\
                    | Article | Year |\n|---|---|\n| [A](https://arxiv.org/abs/2101.00001) | 2021 |\n\n\
                    | Publications | Year |\n|---|---|\n| [B](https://arxiv.org/abs/2101.00002) | 2021 |\n";
        let document = crate::document::parse(text, &knowledge.columns);
        let roles = column_roles(&document);
        use Role::*;
        assert_eq!(
            roles,
            [
                vec![Some(Year), Some(Title), Some(Code)],
                vec![Some(Title), Some(Year)],
            ]
        );
        assert!(document
            .tables
            .iter()
            .all(|t| !cites_only(&document, t, &knowledge)));
    }

    #[test]
    fn dataset_tables_with_year_and_venue_columns_only_cite() {
        // Counts and check marks describe the data.
        let text = "## Datasets\n\n| **Name** | **Year** | **Pub.** | **Links** | **Img.(Camo.)** | **Pix.** |\n|---|---|---|---|---|---|\n\
                    [SetA](https://github.com/a/a) | 2024 | CVPR | [Paper](https://arxiv.org/abs/2401.00001) | 4,121 | &check; |\n\
                    [SetB](https://github.com/b/b) | 2023 | TIP | [Paper](https://arxiv.org/abs/2301.00002) | 900 | |\n\n\
                    | Dataset | Venue | Year | Samples | Paper |\n|---|---|---|---|---|\n\
                    | SetC | ICCV 2021 | 2021 | 12K | [Paper](https://arxiv.org/abs/2101.00003) |\n\n\
                    | Name | Venue | Paper | Labelled |\n|---|---|---|---|\n\
                    | SetD | NeurIPS 2022 | [arXiv](https://arxiv.org/abs/2201.00004) | ✓ |\n\
                    | SetE | ICLR 2023 | [arXiv](https://arxiv.org/abs/2301.00005) | ✗ |\n";
        assert_eq!(judge(text), [true, true, true]);
        assert!(is_count("5,066") && is_count("5015/1600(Ref)") && is_count("1.2K"));
        assert!(!is_count("2021") && !is_count("2023.11") && !is_count("v2"));
        // Only a short link under "Paper" beside the name.
        let text = "| Name | Pub. | Year | Paper |\n|---|---|---|---|\n\
                    | SetF | CVPR | 2020 | [Paper](https://arxiv.org/abs/2001.00006) |\n\
                    | SetG | ECCV | 2020 | [PDF](https://arxiv.org/abs/2001.00007) |\n";
        assert_eq!(judge(text), [true]);
    }

    #[test]
    fn named_paper_tables_with_a_venue_still_list_papers() {
        // The paper column holds titles; the counts column holds a year.
        let text = "| Name | Paper | Venue | Year |\n|---|---|---|---|\n\
                    | SR3 | [Image Super-Resolution via Iterative Refinement](https://arxiv.org/abs/2104.07636) | TPAMI | 2022 |\n\
                    | DDPM | [Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2006.11239) | NeurIPS | 2020 |\n\n\
                    | Name | Venue | Year | Code |\n|---|---|---|---|\n\
                    | [DARTS](https://arxiv.org/abs/1806.09055) | ICLR 2019 | 2019 | [Code](https://github.com/a/b) |\n\
                    | [ENAS](https://arxiv.org/abs/1802.03268) | ICML 2018 | 2018 | - |\n\n\
                    | Dataset | Title | Venue | Date | Resources |\n|---|---|---|---|---|\n\
                    | `RepoBench` | [RepoBench: Benchmarking Repository-Level Code Auto-Completion Systems](https://arxiv.org/abs/2306.03091) | `ICLR'24` | `2023.06` | 2023.06 |\n\
                    | `CrossCodeEval` | [CrossCodeEval: A Diverse and Multilingual Benchmark](https://arxiv.org/abs/2310.11248) | `NeurIPS'23` | `2023.11` | 2023.11 |\n";
        assert_eq!(judge(text), [false, false, false]);
    }

    #[test]
    fn paper_tables_list_papers_even_under_a_benchmarks_heading() {
        let text = "## Benchmarks\n\n| Paper Title | Conference | Code |\n|---|---|---|\n| [NAS-Bench-101](https://arxiv.org/abs/1902.09635) | ICML 2019 | - |\n\n\
                    ## Models\n\n| Model | Paper | Venue |\n|---|---|---|\n| SR3 | [Image SR via Iterative Refinement](https://arxiv.org/abs/2104.07636) | TPAMI |\n\n\
                    ## Methods\n\n| Name | Venue | Code |\n|---|---|---|\n| [SR3](https://arxiv.org/abs/2104.07636) | TPAMI | - |\n";
        assert_eq!(judge(text), [false, false, false]);
        // A benchmark paper a row, with its venue.
        let text = "## Benchmark Papers\n\n| Dataset | Title | Venue | Date | Code |\n|---|---|---|---|---|\n| `RepoBench` | [RepoBench: Benchmarking Repository-Level Code Auto-Completion Systems](https://arxiv.org/abs/2306.03091) | `ICLR'24` | `2023.06` | - |\n";
        assert_eq!(judge(text), [false]);
    }

    #[test]
    fn a_dated_benchmark_table_is_named_by_its_name_column_not_its_dates() {
        // Each name cell is a date badge, then the benchmark's name.
        let row = |name: &str| {
            format!(
                "| 2011 | [![Dataset 2011](https://img.shields.io/badge/Dataset-2011-4b4b4b)](https://example.org/{name})<br>**{name}** | benchmark | word crops | accuracy | [Website](https://example.org/{name}) |\n"
            )
        };
        let mut text = String::from("## Benchmarks\n\n| Date | Name | Type | Input / Target | Metric / Scale | Links |\n|---|---|---|---|---|---|\n");
        for name in ["IIIT5K", "SVT", "SVTP", "SVT"] {
            text.push_str(&row(name));
        }
        let knowledge = Knowledge::builtin().unwrap();
        let document = crate::document::parse(&text, &knowledge.columns);
        assert_eq!(
            naming_column(&document.tables[0], &knowledge.columns),
            Some(1)
        );
        // Only the name listed twice is a duplicate; one date is no identity.
        assert_eq!(crate::rules::testing::lines("duplicate-paper", &text), [8]);
        let found = crate::rules::testing::check("duplicate-paper", &text);
        assert!(found[0].message.contains("\"SVT\""), "{}", found[0].message);
    }
}
