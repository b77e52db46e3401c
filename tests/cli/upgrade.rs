//! Issue 5: shop official account upgrades through the binary (SPEC §5).
