//! Views: what commands return and what the audit log stores as before and
//! after. Field names are the JSON API of docs/json.md; identity numbers
//! are masked unless the caller reveals (PII-1).

use crate::clock;
use crate::domain::validate::IdentityNumber;

/// PII-1: masked unless `reveal`.
pub fn id_number(id: &IdentityNumber, reveal: bool) -> String {
    if reveal {
        id.reveal().to_string()
    } else {
        id.masked()
    }
}

pub(crate) fn instant(ts: Option<jiff::Timestamp>) -> Option<String> {
    ts.map(clock::fmt)
}

mod access;
mod audit;
mod authorization;
mod calendar;
mod due;
mod employee;
mod explain;
mod identity;
mod import;
mod org;
mod subaccount;
mod upgrade;

pub use access::*;
pub use audit::*;
pub use authorization::*;
pub use calendar::*;
pub use due::*;
pub use employee::*;
pub use explain::*;
pub use identity::*;
pub use import::*;
pub use org::*;
pub use subaccount::*;
pub use upgrade::*;
