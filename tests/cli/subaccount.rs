//! Issue 6: codes, agency and shop sub-accounts, access, customer-service routing through the binary (SPEC §6 … §8, POS-4).
