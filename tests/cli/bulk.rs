//! Issue 7: bulk import and export, point-in-time access, audit queries through the binary (CLI.md "Bulk import").
