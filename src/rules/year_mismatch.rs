use super::{Context, Rule, RuleMeta};
use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::facts::venue_is_preprint_or_in_year_cell;
use crate::knowledge::YearCell;
use crate::profile::first_appearance::{first_appearance_row, written_venue_year};
use crate::settings::YearColumn;
use crate::span::Span;

pub struct YearMismatch;

use crate::registry::lint::YEAR_MISMATCH as META;

/// The list must show that its year column means the venue's year: this
/// share of rows with both years agree, over at least this many rows.
const AGREEMENT: f64 = 0.8;
const MIN_ROWS: usize = 5;

impl Rule for YearMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let (share, rows) = cx.facts.venue_year_agreement;
        let applies = match cx.settings.year_column {
            YearColumn::Venue => true,
            YearColumn::Preprint => false,
            YearColumn::Auto => share >= AGREEMENT && rows >= MIN_ROWS,
        };
        if !applies {
            return;
        }
        let found: Vec<Mismatch<'_>> = cx.rows().filter_map(|r| mismatch(cx, r)).collect();
        let preprint_habit = !found.is_empty() && preprint_habit(cx);
        for m in found {
            if m.first_appearance {
                continue;
            }
            match m.preprint {
                // `30/9/2024` beside `ICRA 2025` on arXiv 2409.16578: the
                // row dates its own preprint, to the month.
                Some(PreprintDate::Month) => continue,
                Some(PreprintDate::Year) if preprint_habit => continue,
                _ => {}
            }
            out.push(report(cx, &m, share));
        }
    }
}

/// Rows that give their own preprint's year, from which on a list may do
/// so by habit.
const PREPRINT_HABIT_ROWS: usize = 3;

/// One row in this many of those that had to choose, from which on
/// writing the preprint's year is the list's habit.
const PREPRINT_HABIT_SHARE: usize = 5;

/// Whether the list gives papers their own preprint's year by habit
/// (`2023 | ... | ICLR 2024 | arXiv 2306.11695`): of the rows whose arXiv
/// year differs from their venue's, and so had to choose, three or more
/// and at least one in five write the preprint's (a talking-head list: 23
/// of 88). Where nearly all write the venue's (an efficient-LLM list: 17
/// of 107), the others are slips.
fn preprint_habit(cx: &Context<'_>) -> bool {
    let (mut chose, mut preprint) = (0usize, 0usize);
    for r in cx.rows() {
        if cx.settings.year_column == YearColumn::Auto
            && !cx.facts.tables[r.table_index].year_column_gives_venue_year
        {
            continue;
        }
        let (Some(venue_year), Some(arxiv), Some(year)) = (
            written_venue_year(r.facts),
            r.facts.arxiv,
            r.facts.cell_year(),
        ) else {
            continue;
        };
        let arxiv_year = arxiv.year();
        if arxiv_year == venue_year {
            continue;
        }
        chose += 1;
        preprint += usize::from(year == arxiv_year);
    }
    preprint >= PREPRINT_HABIT_ROWS && PREPRINT_HABIT_SHARE * preprint >= chose
}

/// A row whose year cell disagrees with its venue's year.
struct Mismatch<'a> {
    row: super::RowRef<'a>,
    column: usize,
    year: i32,
    venue_year: i32,
    digits: (u32, u32),
    preprint: Option<PreprintDate>,
    /// Quiet by its table's first-appearance convention.
    first_appearance: bool,
}

/// How a row's date matches its own arXiv preprint.
#[derive(Clone, Copy, PartialEq, Eq)]
enum PreprintDate {
    Year,
    Month,
}

fn mismatch<'a>(cx: &Context<'a>, r: super::RowRef<'a>) -> Option<Mismatch<'a>> {
    // A table whose dates follow its arXiv ids dates the preprints.
    if cx.settings.year_column == YearColumn::Auto
        && !cx.facts.tables[r.table_index].year_column_gives_venue_year
    {
        return None;
    }
    // An unknown name's year counts too (`RSE2024`): the table's known
    // venues already showed that the column gives their year.
    let venue_year = written_venue_year(r.facts)?;
    let fact = r.facts.year.as_ref()?;
    let YearCell::Year {
        year,
        digits,
        later,
        ..
    } = fact.value
    else {
        return None;
    };
    // `2019(2021)`: the journal's year in parentheses is the venue's.
    if year == venue_year
        || later == Some(venue_year)
        || venue_is_preprint_or_in_year_cell(r.facts, cx.knowledge)
    {
        return None;
    }
    // The table keeps the year each paper first appeared, earlier than its
    // venue's: the list's convention, no mismatch (but it counts towards the
    // list's habit of preprint years).
    let first_appearance =
        cx.profile.tables[r.table_index].year_first_appearance && first_appearance_row(r.facts);
    let preprint = preprint_date(&r, year);
    Some(Mismatch {
        first_appearance,
        column: fact.column(),
        row: r,
        year,
        venue_year,
        digits,
        preprint,
    })
}

fn report(cx: &Context<'_>, m: &Mismatch<'_>, share: f64) -> Diagnostic {
    let (r, digits, venue_year) = (&m.row, m.digits, m.venue_year);
    let cell_span = r.cell_span(m.column);
    // A year read from a venue's name (`ECCV23`) has no digits of its own
    // to replace: no fix.
    let fix = (r.cell_is_plain(m.column) && digits.1 > digits.0).then(|| {
        let at = Span::new(
            cell_span.start + digits.0 as usize,
            cell_span.start + digits.1 as usize,
        );
        // A two-digit year (`21.05`) stays two digits.
        let written = if digits.1 - digits.0 == 2 {
            format!("{:02}", venue_year % 100)
        } else {
            venue_year.to_string()
        };
        Fix::unsafe_(vec![Edit::replace(at, written)])
    });
    let header = &r.table.columns[m.column].header;
    let venue_span = r.facts.venue.as_ref().map(|v| r.cell_span(v.column()));
    let mut diagnostic = Diagnostic::new(
        META.name,
        META.severity,
        cell_span,
        format!("{header} says {}, the venue says {venue_year}", m.year),
    )
    .with_label(format!("expected {venue_year}"))
    .with_help(format!(
        "{header} := {venue_year} ({})",
        why(cx.settings.year_column, share)
    ))
    .with_fix(fix);
    if let Some(span) = venue_span {
        diagnostic = diagnostic.with_related(span, format!("the venue's year is {venue_year}"));
    }
    diagnostic
}

/// Whether the row's date is its own arXiv preprint's: the same year, and
/// the same month when the date gives one (before the venue, or after it:
/// `2024 | ViCA-NeRF | NeurIPS 2023` on arXiv 2402.00864). The preprint's
/// link may sit in any column but the code's (`| [FLaRe](
/// https://arxiv.org/abs/...) | FLaRe: ... |`).
fn preprint_date(r: &super::RowRef<'_>, year: i32) -> Option<PreprintDate> {
    use crate::knowledge::ids::{arxiv_link, ArxivLink};
    let month = r.facts.cell_month();
    let code = r.table.column(crate::document::Role::Code);
    let matches = (r.row.own_links())
        .filter(|l| Some(l.cell) != code)
        .any(|l| match arxiv_link(l.url) {
            Some(ArxivLink::Valid(id)) => {
                id.year == year && month.is_none_or(|m| id.month == u32::from(m))
            }
            _ => false,
        });
    match (matches, month) {
        (false, _) => None,
        (true, Some(_)) => Some(PreprintDate::Month),
        (true, None) => Some(PreprintDate::Year),
    }
}

fn why(year_column: YearColumn, share: f64) -> String {
    match year_column {
        YearColumn::Auto => format!(
            "{:.0}% of this list's rows give the venue's year",
            share * 100.0
        ),
        _ => "the configured year column holds the venue's year".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    fn table(last: &str) -> String {
        let mut rows: Vec<String> = (0..5)
            .map(|i| format!("| [P{i}](https://example.com/{i}) | CVPR 2021 | - | [Code](https://github.com/a/{i}) | 2021 |"))
            .collect();
        rows.push(last.to_string());
        seed_table("S", &rows.iter().map(String::as_str).collect::<Vec<_>>())
    }

    #[test]
    fn fires_where_the_list_agrees_elsewhere_with_an_unsafe_fix() {
        let text = table("| [NAR-Former](https://example.com/n) | CVPR 2023 | - | [Code](https://github.com/a/n) | 2022 |");
        let found = check("year-mismatch", &text);
        assert_eq!(found.len(), 1);
        assert!(!found[0].is_safe_fixable());
        assert!(apply_fix(&text, &found[0])
            .contains("| CVPR 2023 | - | [Code](https://github.com/a/n) | 2023 |"));
    }

    #[test]
    fn quiet_where_the_row_dates_its_own_preprint_to_the_month() {
        // The arXiv link under a method's name, the date day first.
        let preprint = "| [FLaRe](https://arxiv.org/abs/2209.16578) | CVPR 2023 | - | [Code](https://github.com/a/n) | 30/9/2022 |";
        assert!(lines("year-mismatch", &table(preprint)).is_empty());
        // Another month of that year is no preprint date.
        let other = "| [FLaRe](https://arxiv.org/abs/2209.16578) | CVPR 2023 | - | [Code](https://github.com/a/n) | 30/11/2022 |";
        assert_eq!(lines("year-mismatch", &table(other)).len(), 1);
        // Nor is the date of a preprint linked only from the code column.
        let code = "| [FLaRe](https://example.com/f) | CVPR 2023 | - | [Code](https://arxiv.org/abs/2209.16578) | 30/9/2022 |";
        assert_eq!(lines("year-mismatch", &table(code)).len(), 1);
    }

    #[test]
    fn a_list_that_gives_several_papers_their_preprints_year_does_so_by_habit() {
        let preprint = |i: usize| {
            format!("| [P{i}](https://arxiv.org/abs/2306.1169{i}) | CVPR 2024 | - | [Code](https://github.com/a/p{i}) | 2023 |")
        };
        // Years after the venue's, reported in any case: the table keeps no
        // first-appearance convention.
        let late = |i: usize| {
            format!("| [L{i}](https://example.com/l{i}) | CVPR 2021 | - | [Code](https://github.com/a/l{i}) | 2022 |")
        };
        // Rows whose 2023 preprint came out at a 2024 venue, dated 2024:
        // they had the choice and wrote the venue's year.
        let chose_venue = |i: usize| {
            format!("| [V{i}](https://arxiv.org/abs/2310.1{i:04}) | CVPR 2024 | - | [Code](https://github.com/a/v{i}) | 2024 |")
        };
        let list_with = |preprints: usize, venue_years: usize| {
            let mut rows: Vec<String> = (0..30)
                .map(|i| format!("| [A{i}](https://example.com/{i}) | CVPR 2021 | - | [Code](https://github.com/a/{i}) | 2021 |"))
                .collect();
            rows.extend((0..2).map(late));
            rows.extend((0..venue_years).map(chose_venue));
            rows.extend((0..preprints).map(preprint));
            seed_table("S", &rows.iter().map(String::as_str).collect::<Vec<_>>())
        };
        let list = |preprints: usize| list_with(preprints, 0);
        let text = list(1);
        let said = |text: &str, year: &str| {
            check("year-mismatch", text)
                .iter()
                .filter(|d| d.message.starts_with(&format!("Date says {year}")))
                .count()
        };
        // One row with its preprint's year among agreeing rows is a slip.
        assert_eq!((said(&text, "2023"), said(&text, "2022")), (1, 2));
        // Three are the list's habit.
        let text = list(3);
        assert_eq!((said(&text, "2023"), said(&text, "2022")), (0, 2));
        // Not where twenty rows that had the choice wrote the venue's year:
        // three in twenty-three are slips.
        let text = list_with(3, 20);
        assert_eq!((said(&text, "2023"), said(&text, "2022")), (3, 2));
    }

    #[test]
    fn a_year_read_from_a_venue_name_gets_no_fix() {
        // `ECCV23` in the Date column is the year 2023, written in no
        // digits a fix could replace.
        let mut text = String::from("| Title | Venue | Date |\n|---|---|---|\n");
        for (i, (venue, date)) in [
            ("CVPR 2021", "2021"),
            ("ICCV 2021", "2021"),
            ("ICLR 2022", "2022"),
            ("NeurIPS 2021", "2021"),
            ("ECCV 2022", "ECCV23"),
        ]
        .iter()
        .enumerate()
        {
            text.push_str(&format!(
                "| [P{i}](https://arxiv.org/abs/2101.0000{i}) | {venue} | {date} |\n"
            ));
        }
        let found = check("year-mismatch", &text);
        assert_eq!(found.len(), 1);
        assert!(found[0].fix.is_none());
    }

    #[test]
    fn reads_compact_and_two_digit_dates_and_fixes_them_in_their_form() {
        for (agreeing, wrong, fixed) in [
            ("21.05", "22.06", "| 23.06 |"),
            ("202105", "202206", "| 202306 |"),
        ] {
            let mut text = String::from("| Date | Title | Venue |\n|---|---|---|\n");
            for i in 0..5 {
                text.push_str(&format!(
                    "| {agreeing} | [P{i}](https://example.com/{i}) | CVPR 2021 |\n"
                ));
            }
            text.push_str(&format!(
                "| {wrong} | [X](https://example.com/x) | CVPR 2023 |\n"
            ));
            let found = check("year-mismatch", &text);
            assert_eq!(found.len(), 1, "{wrong}");
            assert!(apply_fix(&text, &found[0]).contains(fixed), "{wrong}");
        }
    }

    #[test]
    fn quiet_on_a_date_column_of_arxiv_dates_even_when_most_years_agree() {
        // Five of six years agree with the venue, but every date is the
        // arXiv id's own month: the column dates the preprints.
        let rows = [
            ("2301.00001", "ICLR 2023", "2023.01"),
            ("2302.00002", "CVPR 2023", "2023.02"),
            ("2303.00003", "ICML 2023", "2023.03"),
            ("2304.00004", "NeurIPS 2023", "2023.04"),
            ("2305.00005", "EMNLP 2023", "2023.05"),
            ("2310.00006", "ICLR 2024", "2023.10"),
        ];
        let mut text = String::from("| Date | Title | Venue |\n|---|---|---|\n");
        for (id, venue, time) in rows {
            text.push_str(&format!(
                "| {time} | [P](https://arxiv.org/abs/{id}) | {venue} |\n"
            ));
        }
        assert!(lines("year-mismatch", &text).is_empty());
        // The same table with dates that are not the preprints' is judged.
        let text = text
            .replace("| 2023.01 |", "| 2023.05 |")
            .replace("| 2023.02 |", "| 2023.06 |")
            .replace("| 2023.03 |", "| 2023.07 |")
            .replace("| 2023.04 |", "| 2023.12 |")
            .replace(
                "| 2023.05 | [P](https://arxiv.org/abs/2305",
                "| 2023.12 | [P](https://arxiv.org/abs/2305",
            )
            .replace("| 2023.10 |", "| 2023.09 |");
        assert_eq!(lines("year-mismatch", &text), [8]);
    }

    #[test]
    fn dates_with_named_months_are_read_as_arxiv_dates_too() {
        // yanliang3612/Awesome-MLLMs-for-Science: `Jun 27, 2024`.
        let rows = [
            ("2301.00001", "ICLR 2023", "Jan 5, 2023"),
            ("2302.00002", "CVPR 2023", "Feb 9, 2023"),
            ("2303.00003", "ICML 2023", "Mar 2, 2023"),
            ("2304.00004", "NeurIPS 2023", "Apr 20, 2023"),
            ("2305.00005", "EMNLP 2023", "May 1, 2023"),
            ("2310.00006", "ICLR 2024", "Oct 27, 2023"),
        ];
        let mut text = String::from("| Date | Title | Venue |\n|---|---|---|\n");
        for (id, venue, time) in rows {
            text.push_str(&format!(
                "| {time} | [P](https://arxiv.org/abs/{id}) | {venue} |\n"
            ));
        }
        assert!(lines("year-mismatch", &text).is_empty());
    }

    #[test]
    fn quiet_when_years_agree_or_the_list_uses_another_meaning() {
        assert!(lines("year-mismatch", &table("| [X](https://example.com/x) | CVPR 2023 | - | [Code](https://github.com/a/x) | 2023 |")).is_empty());
        let preprint_years: Vec<String> = (0..6)
            .map(|i| format!("| [P{i}](https://example.com/{i}) | CVPR 2021 | - | [Code](https://github.com/a/{i}) | 2020 |"))
            .collect();
        let text = seed_table(
            "S",
            &preprint_years
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
        );
        assert!(lines("year-mismatch", &text).is_empty());
    }

    #[test]
    fn a_journal_year_in_parentheses_is_the_venues_year() {
        // `2019(2021)`: the preprint's year, then the journal's.
        let text = table("| [X](https://example.com/x) | TIP 2021 | - | [Code](https://github.com/a/x) | 2019(2021) |");
        assert!(lines("year-mismatch", &text).is_empty());
        // Neither year the venue's: reported.
        let text = table("| [X](https://example.com/x) | TIP 2022 | - | [Code](https://github.com/a/x) | 2019(2021) |");
        assert_eq!(lines("year-mismatch", &text), [10]);
    }

    /// A method table: Year, name, title, and the venue glued to its year
    /// in a link, as remote-sensing lists write them.
    fn methods(rows: &[(&str, &str)]) -> String {
        let mut text =
            String::from("| Year | Abbreviation | Title | Publication |\n|---|---|---|---|\n");
        for (i, (year, venue)) in rows.iter().enumerate() {
            text.push_str(&format!(
                "| {year} | [M{i}](https://github.com/a/m{i}) | Method {i} | [{venue}](https://ieeexplore.ieee.org/document/{i}) |\n"
            ));
        }
        text
    }

    #[test]
    fn quiet_where_the_table_keeps_the_year_a_paper_first_appeared() {
        let mut rows = vec![("2024", "TGRS2024"); 20];
        rows.extend([("2023", "TGRS2024"), ("2022", "TGRS2023")]);
        assert!(lines("year-mismatch", &methods(&rows)).is_empty());
        // A Year after the venue's fits no such convention.
        // (with a third earlier row, the convention still holds).
        rows.push(("2025", "TGRS2024"));
        rows.push(("2021", "TGRS2022"));
        assert_eq!(lines("year-mismatch", &methods(&rows)), [25]);
        // One earlier row alone is a year never updated (seed line 118).
        let mut rows = vec![("2024", "TGRS2024"); 6];
        rows.push(("2023", "TGRS2024"));
        assert_eq!(lines("year-mismatch", &methods(&rows)), [9]);
    }

    #[test]
    fn reads_the_year_beside_a_venue_it_does_not_know() {
        let mut rows = vec![("2024", "TGRS2024"); 6];
        rows.extend([("2025", "RSE2024"), ("2016", "计算机研究与发展2015")]);
        let found = check("year-mismatch", &methods(&rows));
        assert_eq!(
            found.iter().map(|d| d.message.as_str()).collect::<Vec<_>>(),
            [
                "Year says 2025, the venue says 2024",
                "Year says 2016, the venue says 2015"
            ]
        );
        // The same names with their own year: nothing to report.
        let rows: Vec<_> = rows
            .iter()
            .map(|&(y, v)| (y, if v == "RSE2024" { "RSE2025" } else { v }))
            .map(|(y, v)| (y, v.replace("2015", "2016")))
            .collect();
        let rows: Vec<_> = rows.iter().map(|(y, v)| (*y, v.as_str())).collect();
        assert!(lines("year-mismatch", &methods(&rows)).is_empty());
    }
}
