//! First byte: its low bit turns on unsafe fixes; the rest -> (lossy UTF-8)
//! -> fix: no panic, idempotent, and (safe fixes) no line without a finding
//! changes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    nas_lint_fuzz::check_fix(data);
});
