//! Bulk import as an operation (docs/import.md): each kind's columns
//! (English or Chinese headers), the layout of a file's header row, one row
//! onto the use case the one-at-a-time command runs, and the run that
//! batches rows, hashes before the lock and reports through a sink.

mod columns;
mod layout;
mod rows;
mod run;

pub use columns::{Column, Kind, columns};
pub use layout::{Layout, REPORT_COLUMNS, Row};
pub use rows::{Flags, RowOutcome, apply_row};
pub use run::{Input, RowError, RowResult, Sink, Stopped, Summary, run};
