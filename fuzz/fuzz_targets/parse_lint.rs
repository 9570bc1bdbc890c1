//! Any bytes -> (lossy UTF-8) -> parse + lint: no panic, and every span,
//! related span and fix edit lies inside the text on character boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    nas_lint_fuzz::check_parse_lint(data);
});
