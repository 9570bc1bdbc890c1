//! Inputs found by the fuzzer (`fuzz/`, see `fuzz/README.md`), replayed
//! through exactly the checks of the fuzz targets: the targets' invariants
//! live in `fuzz/src/lib.rs`, included here, so a crash found there is a
//! failing test here until it is fixed. The fuzzer itself does not run in
//! CI; these tests do.
//!
//! - `check_parse_lint(bytes)`: lossy UTF-8, lint with every rule; no panic,
//!   and every span, related span and fix edit inside the text on character
//!   boundaries.
//! - `check_fix(bytes)`: the first byte's low bit is `--unsafe-fixes`, the
//!   rest the text; no panic, a second fix changes nothing, and (safe fixes)
//!   a line without a finding in the original lint is unchanged.

#[allow(dead_code)]
#[path = "../fuzz/src/lib.rs"]
mod invariants;

use invariants::{check_fix, check_parse_lint};
use std::path::Path;

/// Both targets, both fix modes, on one input.
fn check_all(text: &[u8]) {
    check_parse_lint(text);
    for flag in [b'0', b'1'] {
        let mut input = vec![flag];
        input.extend_from_slice(text);
        check_fix(&input);
    }
}

/// The fuzzer's seeds (the fixtures and `fuzz/seeds/`) hold the invariants:
/// the checks themselves are sound on real lists.
#[test]
fn seeds_hold_the_invariants() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut seen = 0;
    for dir in ["fixtures", "fuzz/seeds"] {
        let mut paths: Vec<_> = std::fs::read_dir(root.join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "md"))
            .collect();
        paths.sort();
        for path in paths {
            let bytes = std::fs::read(&path).unwrap();
            let result = std::panic::catch_unwind(|| check_all(&bytes));
            assert!(result.is_ok(), "{} breaks an invariant", path.display());
            seen += 1;
        }
    }
    assert!(seen >= 10, "only {seen} seeds found");
}

#[test]
fn empty_and_tiny_inputs() {
    for input in [
        &b""[..],
        b"0",
        b"1",
        b"|",
        b"\xff",
        b"\n|",
        b"\r",
        b"\xef\xbb\xbf",
    ] {
        check_parse_lint(input);
        check_fix(input);
    }
}

/// `fix` target, found after 61,710 runs (`-s none`), minimised by
/// `cargo fuzz tmin` from 4,036 to 381 bytes. First byte `#`: unsafe fixes.
///
/// A second `fix` changes the text. In the first run, pass 1 tries the
/// table-shape/missing-year fix of the row that lacks its year cell
/// (`… | NeurIPS 2019 | er |`, year := 2019) and rolls it back: alone, it
/// makes that row conflict with its later copy, whose Date says 2018
/// (conflicting-duplicate, a new error). Pass 2, after other rows got their
/// years, offers year-mismatch on the copy (2018 := 2019, unsafe) and applies
/// it, so the conflict is gone. `fix` used to never retry a fix it had
/// rolled back, so the year stayed missing until a second run; now a
/// rolled-back fix is tried again whenever a pass changes the text.
#[test]
fn fix_retries_a_rolled_back_fix_minimised() {
    check_fix(
        b"#Title | Conference|des |  | Date |\n\
|:---|--|-|:-:|-:\n\
| |NeurIPS19||[ | 2019 |\n\
\x84\xdf\xa4\xbbeep Active Learning with a Neural Architecture Search](https://arxyv.org/pdf/1811.07579.pdf) | NeurIPS 2019 | er |\x00\x01\x02\n\
u\x00 | NIPS 2019|\n\
\x84\xdf\xa4\xbbeep Active Learning with a Neural Architecture Search](https//arxyv.org/pdf/1811.07579.pdf) |eurIPS 2019 |\x19\x00\x00 |sbt | 2018 |\n\
| v| ICLR 2020 | \n\
| [t| NeurIPS 2019",
    );
}

/// The same defect, written by hand: X is listed twice, the first copy
/// without a Date cell, the second with a wrong year. Pass 1 fills the five
/// CVPR rows' years and rolls back X's (2019 against its copy's 2018 is a
/// new conflicting-duplicate error); pass 2, now that the list agrees on
/// venue years, sets the copy's year to 2019 (year-mismatch, unsafe); X's
/// fill would now be fine but is not retried. A second `--fix --unsafe-fixes`
/// adds it.
#[test]
fn fix_retries_a_rolled_back_fix() {
    let mut text = String::from(
        "| Paper Title | Conference | Strategy | Code | Date |\n\
         |---|---|---|---|---|\n\
         | [X](https://arxiv.org/abs/1811.07579) | NeurIPS 2019 | - | [Code](https://github.com/a/a) |\n\
         | [X](https://arxiv.org/abs/1811.07579) | NeurIPS 2019 | - | [Code](https://github.com/a/b) | 2018 |\n",
    );
    for i in 1..=5 {
        text.push_str(&format!(
            "| [P{i}](https://example.com/{i}) | CVPR 2021 | - | [Code](https://github.com/p/{i}) |\n"
        ));
    }
    invariants::check_fix_text(&text, true);
}

/// `fix` target, second round: after 57ca579 ("retry a rolled-back fix once
/// the text has changed") 17 of the first campaign's tmin by-products still
/// failed; `cargo fuzz tmin` took the smallest from 1,918 to 234 bytes.
/// First byte `1`: unsafe fixes.
///
/// A fix rolled back in a pass that also applied other fixes was not
/// retried. `apply_pass` judges each group alone against the pass's input
/// text, then applies the groups it kept; `fix_with` (after 57ca579) set
/// `rolled_back = pass.rolled_back`, so the fixes rolled back in that very
/// pass stayed excluded, although they were judged on a text the pass had
/// just changed. Here the last row's year fill (2019) is judged alone
/// against its duplicate's 2017 (a new conflicting-duplicate error) and
/// rolled back, while the same pass sets that 2017 to 2019 (year-mismatch,
/// unsafe); the next pass did not retry the fill, a second run applied it.
/// Fixed in ce15069: every rolled-back fix is retried once a pass changes
/// the text.
#[test]
fn fix_retries_a_fix_rolled_back_in_a_pass_that_changed_the_text_minimised() {
    check_fix(
        b"1|Paper|Conference ||o| Date\n\
-|:-|-|-:|:-:|\n\
|r| NerIPS 2019|\n\
\x84\xdf|NeuIPS19\n\
|) | ECCV20 |\n\
|  |ILCR2022 \n\
(http://arxiv.org/abs/2002.00001\n\
https://arxiv.org/abs/2002.00001 | NIPS19 | |n|2017|\n\
https://arxiv.org/abs/2002.00001|NIPS2019|0 | |",
    );
}

/// The same, by hand. In one pass: X's year fill (2019) is rolled back
/// (alone, it conflicts with its copy's 2018), the copy's year-mismatch fix
/// (2018 := 2019, unsafe) is kept, and W's unsafe table-shape padding is
/// rolled back (it would make W, a third listing of the paper, count as a
/// duplicate: a new error), which is why the batch was split at all. X's
/// fill then fits; before ce15069 it was not retried, and a second
/// `--fix --unsafe-fixes` added it.
#[test]
fn fix_retries_a_fix_rolled_back_in_a_pass_that_changed_the_text() {
    let mut text = String::from(
        "| Paper Title | Conference | Strategy | Code | Date |\n\
         |---|---|---|---|---|\n\
         | [X](https://arxiv.org/abs/1811.07579) | NeurIPS 2019 | - | [Code](https://github.com/a/a) |\n\
         | [X](https://arxiv.org/abs/1811.07579) | NeurIPS 2019 | - | [Code](https://github.com/a/b) | 2018 |\n\
         | [W](https://arxiv.org/abs/1811.07579) |\n",
    );
    for i in 1..=5 {
        text.push_str(&format!(
            "| [P{i}](https://example.com/{i}) | CVPR 2021 | - | [Code](https://github.com/p/{i}) | 2021 |\n"
        ));
    }
    invariants::check_fix_text(&text, true);
}
