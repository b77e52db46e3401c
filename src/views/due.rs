//! What falls due (`roster due`): one item per deadline in the window.

use serde::Serialize;

use crate::clock;
use crate::domain::due::Item;

/// A due item. Scripts rely on `at`, `kind`, `org`, `object` and
/// `command`; the rest say more.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct DueView {
    /// The deadline, as the object's own view shows it (`invite_expires_at`,
    /// `valid_until`, `review_expires_at`, `cancel_deadline`,
    /// `deregister_due_at`, a code's expiry).
    pub at: String,
    pub kind: &'static str,
    pub org: String,
    /// The audit log's key for the object (`roster audit --object`).
    pub object: String,
    /// The natural key the commands take: Douyin id, email, phone.
    pub key: String,
    /// The command that acts on it; capitals are to fill in.
    pub command: String,
    /// The rule (docs/rules.md) that sets the deadline.
    pub rule: &'static str,
    /// A deregistration review past its due instant (EA-10): `at` is in
    /// the past, and it stays listed until it is reviewed.
    pub overdue: bool,
    /// A deregistration deadline counted past the calendar's years
    /// (weekends only) until a calendar covers that year (TM-1).
    pub provisional: bool,
}

impl DueView {
    pub fn new(item: &Item, now: jiff::Timestamp) -> Self {
        DueView {
            at: clock::fmt(item.at),
            kind: item.kind.code(),
            org: item.org.clone(),
            object: item.object.clone(),
            key: item.key.clone(),
            command: item.command(),
            rule: item.kind.rule(),
            overdue: item.overdue(now),
            provisional: item.provisional,
        }
    }
}
