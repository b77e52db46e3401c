//! CSV import: the whole-input check, the streaming decoder, and each row mapped through every kind's layout.
//! The properties live in tests/fuzz_oracles (shared with the proptest
//! drivers of the normal suite).

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/fuzz_oracles/mod.rs"]
mod oracles;

fuzz_target!(|data: &[u8]| oracles::csv(data));
