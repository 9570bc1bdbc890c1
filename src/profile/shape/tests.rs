use super::*;

fn tails(text: &str) -> Vec<usize> {
    let knowledge = Knowledge::builtin().unwrap();
    let document = crate::document::parse(text, &knowledge.columns);
    document.tables.iter().map(optional_tail).collect()
}

/// Whether the last row of the text's first table fits its columns.
fn last_row_fits(text: &str) -> bool {
    let knowledge = Knowledge::builtin().unwrap();
    let document = crate::document::parse(text, &knowledge.columns);
    let table = &document.tables[0];
    let row = table.rows().last().unwrap();
    ShortRows::learn(table, &knowledge).fits(table, row, &knowledge)
}

/// SJTU-DMTai/Paper-Lists: a short row's one-word tag (`Pipeline`)
/// is also a word of the prose column to its right; it still fits its
/// own column. Two words mostly the prose column's do not.
#[test]
fn one_word_is_no_evidence_of_a_shifted_cell() {
    let short_row = |tag: &str| {
        let mut text = String::from("| Title | Venue | Tags | TLDR |\n|---|---|---|---|\n");
        for (i, (tag, tldr)) in [
            ("`TP`", "a pipeline of three table modules"),
            ("`TR`", "a pipeline that trains column encoders"),
            ("`FS`", "selects features by search"),
        ]
        .iter()
        .enumerate()
        {
            text.push_str(&format!(
                "| [Paper {i}](https://a.org/{i}) | ICLR 2023 | {tag} | {tldr} |\n"
            ));
        }
        text.push_str(&format!(
            "| [Paper Q](https://b.org) | ICLR 2023 | {tag} |\n"
        ));
        text
    };
    assert!(last_row_fits(&short_row("`Pipeline`")));
    assert!(!last_row_fits(&short_row("table modules pipeline")));
}

#[test]
fn trailing_cells_most_rows_omit_are_optional() {
    let text = "| Title | Venue | Code | Notes |\n|---|---|---|---|\n\
                | [A](https://a.org) | CVPR 2023 |\n\
                | [B](https://b.org) | ICCV 2023 | [code](https://github.com/b/b) |\n\
                | [C](https://c.org) | ECCV 2024 |\n";
    assert_eq!(tails(text), [2]);
}

fn omits(text: &str) -> bool {
    let knowledge = Knowledge::builtin().unwrap();
    let document = crate::document::parse(text, &knowledge.columns);
    list_omits_trailing_cells(&document.tables)
}

fn table(short: usize, full: usize) -> String {
    let mut text = String::from("| Title | Venue | Date | Code |\n|---|---|---|---|\n");
    for i in 0..short {
        text.push_str(&format!(
            "| [S{i}](https://a.org/{i}) | arXiv | 2023-01 |\n"
        ));
    }
    for i in 0..full {
        text.push_str(&format!(
            "| [F{i}](https://b.org/{i}) | ACL | 2023-02 | [Github](https://github.com/f/{i}) |\n"
        ));
    }
    text.push('\n');
    text
}

#[test]
fn a_list_leaves_out_trailing_cells_when_many_rows_of_several_tables_do() {
    assert!(omits(&format!("{}{}", table(6, 10), table(4, 20))));
    // One table alone is that table's own business.
    assert!(!omits(&table(12, 2)));
    // Too few short rows, or too few of all rows.
    assert!(!omits(&format!("{}{}", table(3, 1), table(3, 1))));
    assert!(!omits(&format!("{}{}", table(6, 30), table(4, 30))));
}

#[test]
fn dates_are_told_from_other_cells() {
    for date in ["2023", "2023-05", "2023.05.17", "1998/11"] {
        assert!(is_date(date), "{date}");
    }
    for other in ["arXiv", "ICLR 2023", "12345", "3000", "2023 (oral)"] {
        assert!(!is_date(other), "{other}");
    }
}

#[test]
fn filled_and_year_columns_are_not() {
    let text = "| Title | Venue | Code | Year |\n|---|---|---|---|\n\
                | [A](https://a.org) | CVPR 2023 | - |\n\
                | [B](https://b.org) | ICCV 2023 |\n\
                | [C](https://c.org) | ECCV 2024 | - | 2024 |\n";
    assert_eq!(tails(text), [0]);
}

/// YangLock's event list: a venue cell that links the journal's home page
/// (`[计算机研究与发展](https://crad.ict.ac.cn/)`) in a row without its
/// description cell. A link to a page of its own under Venue is the title's,
/// shifted left.
#[test]
fn a_venue_home_page_link_is_no_shifted_title() {
    let with_venue = |venue: &str| {
        let mut text =
            String::from("| Year | Venue | Title | Data | Notes |\n|---|---|---|---|---|\n");
        for i in 0..5 {
            text.push_str(&format!(
                "| 2021 | ACL | [Paper {i}](https://a.org/{i}) | ACE | a note |\n"
            ));
        }
        text.push_str(&format!(
            "| 2021 | {venue} | [Paper Q](https://b.org/q) | ACE |\n"
        ));
        text
    };
    assert!(last_row_fits(&with_venue(
        "[CRAD](https://crad.ict.ac.cn/)"
    )));
    assert!(last_row_fits(&with_venue("[CRAD](https://crad.ict.ac.cn)")));
    assert!(!last_row_fits(&with_venue(
        "[CRAD](https://crad.ict.ac.cn/paper/1)"
    )));
}
