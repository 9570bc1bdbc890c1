//! The invariants both fuzz targets check, shared with the regression tests
//! in `tests/fuzz_regressions.rs` (which include this file with `#[path]`),
//! so a crash found here is replayed there against exactly the same checks.
//!
//! Only `std` and `nas_lint` may be used here.

use nas_lint::fix::{fix, FixOptions, FixOutcome};
use nas_lint::{lint, Diagnostic, Knowledge, LintOptions, RuleSelection, Settings};
use std::sync::LazyLock;

pub static KNOWLEDGE: LazyLock<Knowledge> =
    LazyLock::new(|| Knowledge::builtin().expect("the built-in knowledge loads"));

pub fn options() -> LintOptions {
    LintOptions {
        selection: RuleSelection::all(),
        settings: Settings {
            current_year: 2026,
            ..Settings::default()
        },
        ..LintOptions::default()
    }
}

/// Target `parse_lint`: the whole input is the text.
pub fn check_parse_lint(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let diagnostics = lint(&text, &KNOWLEDGE, &options());
    assert_well_formed(&text, &diagnostics);
}

/// Target `fix`: the first byte's low bit chooses `--unsafe-fixes`, the rest
/// is the text.
pub fn check_fix(data: &[u8]) {
    let Some((&flag, rest)) = data.split_first() else {
        return;
    };
    let unsafe_fixes = flag & 1 == 1;
    let text = String::from_utf8_lossy(rest);
    check_fix_text(&text, unsafe_fixes);
}

pub fn check_fix_text(text: &str, unsafe_fixes: bool) {
    let options = options();
    let fix_options = FixOptions { unsafe_fixes };
    let original = lint(text, &KNOWLEDGE, &options);
    assert_well_formed(text, &original);

    let outcome: FixOutcome = fix(text, &KNOWLEDGE, &options, fix_options);
    assert_well_formed(&outcome.text, &outcome.remaining);

    // Idempotent: a second --fix changes nothing.
    let again = fix(&outcome.text, &KNOWLEDGE, &options, fix_options);
    assert!(
        again.text == outcome.text,
        "fix is not idempotent (unsafe_fixes: {unsafe_fixes})\n--- first fix:\n{:?}\n--- second fix:\n{:?}\n--- second pass fixed: {:?}",
        outcome.text,
        again.text,
        again.fixed.iter().map(|d| (d.rule, d.span)).collect::<Vec<_>>(),
    );

    // Only the bytes of edits change. Checked by lines: a line on which the
    // original lint put no finding (primary span or fix edit) is unchanged.
    // Safe fixes never add or remove lines; unsafe ones may (deleting a
    // duplicate row), so the check is for safe fixes only.
    if !unsafe_fixes {
        let before = lines(text);
        let after = lines(&outcome.text);
        if before.len() == after.len() {
            let touched = touched_lines(text, &original);
            for (number, (old, new)) in before.iter().zip(&after).enumerate() {
                assert!(
                    touched[number] || old == new,
                    "fix changed line {} that had no finding:\n  before: {:?}\n  after:  {:?}\n  fixed: {:?}",
                    number + 1,
                    old,
                    new,
                    outcome.fixed.iter().map(|d| (d.rule, d.span)).collect::<Vec<_>>(),
                );
            }
        }
    }
}

/// Spans, related spans and fix edits lie inside the text, on character
/// boundaries, start <= end.
pub fn assert_well_formed(text: &str, diagnostics: &[Diagnostic]) {
    let ok = |start: usize, end: usize| {
        start <= end
            && end <= text.len()
            && text.is_char_boundary(start)
            && text.is_char_boundary(end)
    };
    for d in diagnostics {
        assert!(
            ok(d.span.start, d.span.end),
            "{} span {:?} outside text of {} bytes",
            d.rule,
            d.span,
            text.len()
        );
        for r in &d.related {
            assert!(
                ok(r.span.start, r.span.end),
                "{} related {:?} outside text of {} bytes",
                d.rule,
                r.span,
                text.len()
            );
        }
        for e in d.fix.iter().flat_map(|f| &f.edits) {
            assert!(
                ok(e.span.start, e.span.end),
                "{} edit {:?} outside text of {} bytes",
                d.rule,
                e.span,
                text.len()
            );
        }
    }
}

/// The text's lines, each with its terminator (`\n`, so `\r\n` too).
fn lines(text: &str) -> Vec<&str> {
    text.split_inclusive('\n').collect()
}

/// For each line of `text`, whether a finding's primary span or one of its
/// fix edits lies on it.
fn touched_lines(text: &str, diagnostics: &[Diagnostic]) -> Vec<bool> {
    let starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .filter(|&i| i < text.len() || i == 0)
        .collect();
    let line_of = |offset: usize| starts.partition_point(|&s| s <= offset).saturating_sub(1);
    let mut touched = vec![false; starts.len().max(1)];
    let mut mark = |start: usize, end: usize| {
        // An empty span touches the line it sits on; a non-empty one every
        // line from its first byte to its last.
        let last = if end > start { end - 1 } else { start };
        for flag in &mut touched[line_of(start)..=line_of(last)] {
            *flag = true;
        }
    };
    for d in diagnostics {
        mark(d.span.start, d.span.end);
        for e in d.fix.iter().flat_map(|f| &f.edits) {
            mark(e.span.start, e.span.end);
        }
    }
    touched
}
