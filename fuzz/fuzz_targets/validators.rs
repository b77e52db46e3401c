//! Every input validator (identity numbers, credit codes, phones, emails, Douyin ids, verification codes, names, free text, actors) and PII-1 masking.
//! The properties live in tests/fuzz_oracles (shared with the proptest
//! drivers of the normal suite).

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/fuzz_oracles/mod.rs"]
mod oracles;

fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        oracles::validators(s);
    }
});
