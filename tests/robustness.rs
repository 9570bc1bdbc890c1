//! Any input bytes: no panic, and every finding points inside the text.

use nas_lint::{lint, Diagnostic, Knowledge, LintOptions, RuleSelection, Settings};
use proptest::prelude::*;
use std::sync::LazyLock;

static KNOWLEDGE: LazyLock<Knowledge> = LazyLock::new(|| Knowledge::builtin().unwrap());
const SEED: &str = include_str!("../fixtures/nas-seed.md");

fn lint_all(text: &str) -> Vec<Diagnostic> {
    let options = LintOptions {
        selection: RuleSelection::all(),
        settings: Settings::new(2026),
        ..LintOptions::default()
    };
    lint(text, &KNOWLEDGE, &options)
}

/// Spans and fix edits lie inside the text, on character boundaries.
fn assert_well_formed(text: &str, diagnostics: &[Diagnostic]) {
    let ok = |start: usize, end: usize| {
        start <= end
            && end <= text.len()
            && text.is_char_boundary(start)
            && text.is_char_boundary(end)
    };
    for d in diagnostics {
        assert!(ok(d.span.start, d.span.end), "{} span {:?}", d.rule, d.span);
        for r in &d.related {
            assert!(
                ok(r.span.start, r.span.end),
                "{} related {:?}",
                d.rule,
                r.span
            );
        }
        for e in d.fix.iter().flat_map(|f| &f.edits) {
            assert!(ok(e.span.start, e.span.end), "{} edit {:?}", d.rule, e.span);
        }
    }
}

/// Pieces that stress table and inline parsing.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("|".to_string()),
        Just("\\|".to_string()),
        Just("`".to_string()),
        Just("[".to_string()),
        Just("](".to_string()),
        Just(")".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("|---|---|\n".to_string()),
        Just("<a name=\"x\">".to_string()),
        Just("<a href=\"https://arxiv.org/abs/2101.00001\">".to_string()),
        Just("<a href=“u”>".to_string()),
        Just("</a>".to_string()),
        Just("<!--".to_string()),
        Just("-->".to_string()),
        Just("标题".to_string()),
        Just("> ".to_string()),
        Just("- ".to_string()),
        Just("# ".to_string()),
        Just("\u{feff}".to_string()),
        Just("ILCR 2022".to_string()),
        Just("https://arxiv.org/abs/2113.0".to_string()),
        Just("β-DARTS".to_string()),
        "[ -~]{0,8}",
        any::<char>().prop_map(|c| c.to_string()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let text = String::from_utf8_lossy(&bytes);
        let diagnostics = lint_all(&text);
        assert_well_formed(&text, &diagnostics);
    }

    #[test]
    fn random_markdown_never_panics(pieces in proptest::collection::vec(fragment(), 0..80)) {
        let text = pieces.concat();
        let diagnostics = lint_all(&text);
        assert_well_formed(&text, &diagnostics);
    }

    #[test]
    fn mutated_seed_tables_never_panic(
        start in 0usize..SEED.len(),
        cut in 0usize..400,
        insert in proptest::collection::vec(fragment(), 0..6),
    ) {
        let mut start = start;
        while !SEED.is_char_boundary(start) { start -= 1; }
        let mut end = (start + cut).min(SEED.len());
        while !SEED.is_char_boundary(end) { end -= 1; }
        let text = format!("{}{}{}", &SEED[..start], insert.concat(), &SEED[end..]);
        let diagnostics = lint_all(&text);
        assert_well_formed(&text, &diagnostics);
    }
}

#[test]
fn pathological_shapes_do_not_panic() {
    let wide_header = format!(
        "|{}\n|{}\n|{}\n",
        " Title |".repeat(1000),
        "---|".repeat(1000),
        " x |".repeat(1000)
    );
    let nested = format!(
        "{}| Title |\n{}|---|\n{}| [A]() |\n",
        "> ".repeat(200),
        "> ".repeat(200),
        "> ".repeat(200)
    );
    let deep_list = (0..300)
        .map(|i| format!("{}- item\n", "  ".repeat(i)))
        .collect::<String>();
    let long_line = format!(
        "| Title | Venue |\n|---|---|\n| {} | CVPR 2021 |\n",
        "x".repeat(1 << 20)
    );
    let only_pipes = "| Title |\n|---|\n||||||\n|\n".to_string();
    for text in [wide_header, nested, deep_list, long_line, only_pipes] {
        let diagnostics = lint_all(&text);
        assert_well_formed(&text, &diagnostics);
    }
}
