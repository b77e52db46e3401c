//! Issue 4: authorised personal accounts and the sweep through the binary (SPEC §4, SW-1).
