//! roster: the system of record and rule engine for a Douyin account matrix
//! (enterprise employee accounts, authorised personal accounts, agency and
//! shop sub-accounts, shop official-account upgrades). See README.md.
//!
//! Layers: `cli` → `app` → `store` → `domain`; `output` renders views.

pub mod app;
// The only module that writes to stdout and stderr (Cargo.toml denies
// print_stdout/print_stderr everywhere else): the other layers return data.
#[allow(clippy::print_stdout, clippy::print_stderr)]
pub mod cli;
pub mod clock;
pub mod config;
pub mod csvin;
pub mod domain;
pub mod error;
pub mod explain;
pub mod output;
pub mod secret;
pub mod store;
pub mod views;
