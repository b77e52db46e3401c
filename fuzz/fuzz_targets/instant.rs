//! The instant parser behind `--now` and every instant flag.
//! The properties live in tests/fuzz_oracles (shared with the proptest
//! drivers of the normal suite).

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/fuzz_oracles/mod.rs"]
mod oracles;

fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        oracles::instant(s);
    }
});
