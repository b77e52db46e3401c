//! Types and rules, pure: no I/O, no SQL, no clap, no clock reads.

pub mod access;
pub mod audit;
pub mod authorization;
pub mod bindings;
pub mod calendar;
pub mod code;
pub mod cs;
pub mod due;
pub mod employee;
pub mod identity;
pub mod machine;
pub mod org;
pub mod permission;
pub mod policy;
pub mod position;
pub mod subaccount;
pub mod upgrade;
pub mod validate;
pub mod version;
