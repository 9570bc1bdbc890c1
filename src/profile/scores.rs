//! Which columns of a table hold measured results (`28.89`, `**35.76**`,
//! `23.01±1.54`, `43.6%`): a results table (a leaderboard) lists one row per
//! result, and one paper may have several (a backbone, a setting, a split
//! each), sharing its link under names like `SABRA-Res50` and
//! `SABRA-Res50FPN`. Such rows are two results of one paper, not a copy.

use crate::document::{Role, Table};

/// The columns without a role whose filled cells (`-` is empty) are nearly
/// all scores, at least three of them.
pub fn score_columns(table: &Table<'_>) -> Vec<usize> {
    let title = table.column(Role::Title);
    (0..table.columns.len())
        .filter(|&c| Some(c) != title && table.columns[c].role.is_none())
        .filter(|&c| holds_scores(table, c))
        .collect()
}

/// Whether the column's filled cells are venues' ranks: CORE's (`A*`, `A`,
/// `B`, `C`) or a journal's quartile (`Q1` to `Q4`), three at least, `N/A`
/// and gaps aside.
pub fn ranks_venues(table: &Table<'_>, column: usize) -> bool {
    let mut ranks = 0usize;
    for row in table.rows() {
        let Some(text) = row.cell(column).map(|cell| cell.text().trim()) else {
            continue;
        };
        if is_gap(text) || text.eq_ignore_ascii_case("n/a") {
            continue;
        }
        if !matches!(text, "A*" | "A" | "B" | "C" | "Q1" | "Q2" | "Q3" | "Q4") {
            return false;
        }
        ranks += 1;
    }
    ranks >= 3
}

fn holds_scores(table: &Table<'_>, column: usize) -> bool {
    let (mut filled, mut scores) = (0usize, 0usize);
    for row in table.rows() {
        let Some(text) = row.cell(column).map(|cell| cell.text().trim()) else {
            continue;
        };
        if text.split('/').all(|part| is_gap(part.trim())) {
            continue;
        }
        filled += 1;
        scores += usize::from(is_score(text));
    }
    filled >= 3 && scores * 10 >= filled * 9
}

/// A score, or a series of scores under one header (`COCO 1/5/10/30-shot
/// AP`: `7.7/15.9/18.5/22.6`, `-/-/18.5/-`), a `-` for a setting not run.
fn is_score(text: &str) -> bool {
    let parts: Vec<&str> = text.split('/').map(str::trim).collect();
    parts.iter().any(|part| one_score(part))
        && parts.iter().all(|part| is_gap(part) || one_score(part))
}

/// A result not given: nothing, `-` or `–`.
fn is_gap(text: &str) -> bool {
    matches!(text, "" | "-" | "–")
}

/// A number with a decimal point, maybe a percent sign or a `±` spread
/// after it, maybe in bold or struck through. Whole numbers may be counts
/// or years, `2023.05` a date: those are not scores.
fn one_score(text: &str) -> bool {
    let value = text
        .trim_matches(['*', '~'])
        .split(['±', '(', ' '])
        .next()
        .unwrap_or("")
        .trim_end_matches('%');
    let Some((whole, fraction)) = value.split_once('.') else {
        return false;
    };
    (1..=3).contains(&whole.len())
        && whole.bytes().all(|b| b.is_ascii_digit())
        && !fraction.is_empty()
        && fraction.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_and_not_scores() {
        for text in [
            "28.89",
            "23.01±1.54",
            "11.31 ± 1.03",
            "43.6%",
            "0.912",
            "53.7 (val)",
            "7.7/15.9/18.5/22.6",
            "-/-/18.5/-",
            "~~25.0~~",
            "**35.76**",
        ] {
            assert!(is_score(text), "{text}");
        }
        for text in [
            "2023.05", "12000", "2021", "v1.2", "N/A", "1.", ".5", "1/5", "2023/05", "-/-",
            "4.5/ICLR",
        ] {
            assert!(!is_score(text), "{text}");
        }
    }

    #[test]
    fn a_column_of_scores_in_a_results_table() {
        let text = "| Method | Pub | Full | Detector |\n|---|---|---|---|\n\
                    | [A](https://arxiv.org/abs/2403.07246) | CVPR2023 | 27.43 | R50 |\n\
                    | [B](https://arxiv.org/abs/2403.07247) | CVPR2023 | - | R50 |\n\
                    | [C](https://arxiv.org/abs/2403.07248) | CVPR2023 | **35.76** | R101 |\n\
                    | [D](https://arxiv.org/abs/2403.07249) | CVPR2023 | 23.01±1.54 | R50 |\n";
        let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
        let document = crate::document::parse(text, &knowledge.columns);
        assert_eq!(score_columns(&document.tables[0]), [2]);
        // A series with no result at all (`-/-/-/-`) is an empty cell.
        let text = "| Method | Pub | 1/5/10-shot AP |\n|---|---|---|\n\
                    | [A](https://arxiv.org/abs/2403.07246) | CVPR2023 | 5.6/14.0/17.1 |\n\
                    | [B](https://arxiv.org/abs/2403.07247) | CVPR2023 | -/-/- |\n\
                    | [C](https://arxiv.org/abs/2403.07248) | CVPR2023 | -/-/18.5 |\n\
                    | [D](https://arxiv.org/abs/2403.07249) | CVPR2023 | 4.9/9.7/11.6 |\n";
        let document = crate::document::parse(text, &knowledge.columns);
        assert_eq!(score_columns(&document.tables[0]), [2]);
    }
}
