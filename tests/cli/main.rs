//! Through the real binary: each test is a small script of `roster`
//! invocations in a temp dir with a fixed ROSTER_NOW, asserting stdout JSON,
//! stderr and exit codes (ARCHITECTURE.md, Tests).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod harness;
#[path = "../common/url.rs"]
mod url;

mod access;
mod auth;
mod bindings;
mod bounds;
mod bulk;
mod calendar;
mod crash;
mod docs;
mod due;
mod employee;
mod examples;
mod failures;
mod foundation;
mod help;
mod loss;
mod migrate;
mod ops;
mod pii;
mod postgres;
mod process;
mod review;
mod scripts;
mod snapshots;
mod subaccount;
mod upgrade;
mod writers;
