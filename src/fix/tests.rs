use super::*;
use crate::diagnostic::Fix;
use crate::{RuleSelection, Settings, Span};

fn options() -> LintOptions {
    LintOptions {
        selection: RuleSelection::all(),
        settings: Settings::new(2026),
        ..LintOptions::default()
    }
}

fn fixed(text: &str, unsafe_fixes: bool) -> FixOutcome {
    fix(
        text,
        &Knowledge::builtin().unwrap(),
        &options(),
        FixOptions { unsafe_fixes },
    )
}

const HEADER: &str =
    "| Paper Title | Conference | Strategy | Code | Date |\n|---|---|---|---|---|\n";

#[test]
fn applies_safe_fixes_and_leaves_unsafe_ones() {
    let mut text = String::from(HEADER);
    for i in 0..5 {
        text.push_str(&format!("| [P{i}](https://example.com/{i}) | CVPR 2021 | - | [Code](https://github.com/a/{i}) | 2021 |\n"));
    }
    text.push_str(
        "| [X](https://example.com/x) | ILCR 2022 | - | [Code](https://github.com/a/x) | 2021 |\n",
    );
    let outcome = fixed(&text, false);
    assert!(outcome.text.contains("| ICLR 2022 | - |"));
    assert!(
        outcome.text.ends_with("| 2021 |\n"),
        "the unsafe year fix waits for --unsafe-fixes"
    );
    assert_eq!(outcome.fixed.len(), 1);
    assert!(outcome.remaining.iter().any(|d| d.rule == "year-mismatch"));
    let outcome = fixed(&text, true);
    assert!(outcome
        .text
        .ends_with("| ICLR 2022 | - | [Code](https://github.com/a/x) | 2022 |\n"));
}

#[test]
fn one_fix_shared_by_two_findings_is_applied_once() {
    let text = format!("{HEADER}| [FNA](https://arxiv.org/abs/2001.02525) |  - |ICLR 2020 | [Code](https://github.com/a/b) |\r\n");
    let outcome = fixed(&text, false);
    assert_eq!(
        outcome.text,
        format!("{HEADER}| [FNA](https://arxiv.org/abs/2001.02525) |  ICLR 2020 |- | [Code](https://github.com/a/b) | 2020 |\r\n")
    );
    let rules: Vec<&str> = outcome.fixed.iter().map(|d| d.rule).collect();
    assert!(
        rules.contains(&"table-shape")
            && rules.contains(&"missing-year")
            && rules.contains(&"swapped-columns")
    );
    assert_eq!(fixed(&outcome.text, false).text, outcome.text, "idempotent");
}

#[test]
fn unsafe_fixes_delete_an_identical_copy() {
    let row = "| [A](https://arxiv.org/abs/2001.02525) | ICLR 2020 | - | [Code](https://github.com/a/a) | 2020 |\r\n";
    let text = format!("{HEADER}{row}{row}| [B](https://example.com/b) | CVPR 2021 | - | [Code](https://github.com/a/b) | 2021 |\n");
    assert_eq!(fixed(&text, false).text, text, "deleting is unsafe");
    let outcome = fixed(&text, true);
    assert_eq!(outcome.text, text.replacen(row, "", 1));
    assert!(outcome.rolled_back.is_empty());
}

#[test]
fn unsafe_fixes_delete_a_copy_in_a_table_of_models() {
    let row = "| granite-hap | 125m | [hf](https://huggingface.co/ibm/granite) |\r\n";
    let text = format!("| Guardrail | Size | Link |\r\n|---|---|---|\r\n{row}{row}");
    let outcome = fixed(&text, true);
    assert_eq!(outcome.text, text.replacen(row, "", 1));
    assert!(outcome.rolled_back.is_empty());
}

#[test]
fn touching_edits_wait_for_the_next_pass() {
    let a = Edit::insert(5, "x");
    let b = Edit::replace(Span::new(5, 7), "y");
    let c = Edit::replace(Span::new(8, 9), "z");
    assert!(touch(&a, &b));
    assert!(!touch(&b, &c));
    assert_eq!(apply_edits("0123456789", &[&b, &c]), "01234y7z9");
}

#[test]
fn a_fix_that_adds_an_error_is_rolled_back() {
    // Deleting the second copy would be fine; this fake fix also breaks the header.
    let text = format!("{HEADER}| [A](https://example.com/a) | CVPR 2021 | - | [Code](https://github.com/a/a) | 2021 |\n");
    let knowledge = Knowledge::builtin().unwrap();
    let findings = lint(&text, &knowledge, &options());
    let breaking =
        Diagnostic::new("venue-typo", Severity::Error, Span::new(0, 1), "test").with_fix(Some(
            crate::Fix::safe(vec![Edit::replace(Span::new(0, HEADER.len()), "")]),
        ));
    let batch = vec![vec![&breaking]];
    let pass = apply_pass(&text, &findings, &batch, &knowledge, &options());
    assert!(pass.applied.is_empty());
    assert_eq!(pass.rolled_back.len(), 1);
    assert_eq!(pass.text, text);
}

#[test]
fn a_row_broken_over_two_lines_is_joined_with_unsafe_fixes() {
    let text = "| Name | Title | Venue |\n|---|---|---|\n| RAVine | [RAVine](https://arxiv.org/abs/2507.16725) | arXiv 2025 |\n| Chameleon | [Chameleon](https://arxiv.org/abs/2510.16712\n) | arXiv 2025 |\n";
    let outcome = fixed(text, true);
    assert!(outcome.rolled_back.is_empty(), "{:?}", outcome.rolled_back);
    assert!(outcome
        .text
        .ends_with("| Chameleon | [Chameleon](https://arxiv.org/abs/2510.16712) | arXiv 2025 |\n"));
    assert_eq!(fixed(text, false).text, text);
}

/// Deleting the blank line that cuts a row off its table adds that row to
/// the table: the fix pass keeps it (boboyoudiancai/Efficient-VLA-Survey).
#[test]
fn a_row_cut_off_by_a_blank_line_is_joined_with_unsafe_fixes() {
    let row = |i: u32| {
        format!("| [P{i}](https://example.com/{i}) | CVPR 2021 | - | [Code](https://github.com/a/{i}) | 2021 |\n")
    };
    for eol in ["\n", "\r\n"] {
        let text =
            format!("{HEADER}{}{}\n{}\n## Next\n", row(1), row(2), row(3)).replace('\n', eol);
        let outcome = fixed(&text, true);
        assert_eq!(
            outcome.text,
            format!("{HEADER}{}{}{}\n## Next\n", row(1), row(2), row(3)).replace('\n', eol),
            "{eol:?}"
        );
        assert!(outcome.remaining.is_empty(), "{:?}", outcome.remaining);
        assert_eq!(fixed(&text, false).text, text, "the fix is unsafe");
    }
    // Two rows cut off: deleting the blank line adds both.
    let text = format!("{HEADER}{}\n{}{}\n## Next\n", row(1), row(2), row(3));
    let outcome = fixed(&text, true);
    assert_eq!(
        outcome.text,
        format!("{HEADER}{}{}{}\n## Next\n", row(1), row(2), row(3))
    );
}

#[test]
fn a_deleted_blank_line_rejoins_only_the_rows_below_a_table_row() {
    let blank_line_at = |text: &str, start: usize| {
        let diagnostic =
            Diagnostic::new("table-shape", Severity::Error, Span::new(0, 1), "x").with_fix(Some(
                Fix::unsafe_(vec![Edit::replace(Span::new(start, start + 1), "")]),
            ));
        row_change(text, &diagnostic)
    };
    let table = format!("{HEADER}| [P](https://example.com/p) | CVPR 2021 | - | - | 2021 |\n");
    let row = "| [Q](https://example.com/q) | CVPR 2021 | - | - | 2021 |\n";
    let two_rows = format!("{table}\n{row}{row}\nText.\n");
    assert_eq!(blank_line_at(&two_rows, table.len()), 2);
    let prose = format!("{table}\nText.\n");
    assert_eq!(blank_line_at(&prose, table.len()), 0);
    let paragraphs = "One.\n\nTwo.\n";
    assert_eq!(blank_line_at(paragraphs, 5), 0);
    // Above a table's header: no row above, none rejoined.
    let before_table = format!("Intro.\n\n{table}");
    assert_eq!(blank_line_at(&before_table, 7), 0);
}

#[test]
fn a_list_item_repeated_byte_for_byte_is_deleted_by_the_fix() {
    // Deleting a list item changes no table: the fix must not be rolled back.
    let item =
        "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n";
    let text = format!("# Papers\n\n{item}- [Another Paper of the Same List](https://arxiv.org/abs/1512.00001)\n{item}");
    let outcome = fixed(&text, true);
    assert_eq!(
        outcome.text,
        format!("# Papers\n\n{item}- [Another Paper of the Same List](https://arxiv.org/abs/1512.00001)\n")
    );
    // With nested items of its own, the copy stays: they would move under
    // the item above.
    let text = format!("# Papers\n\n{item}{item}  - [code](https://github.com/a/b)\n");
    assert_eq!(fixed(&text, true).text, text);
}
