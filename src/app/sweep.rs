//! The sweep (rule SW-1): ends whatever's time has passed. Each kind of
//! expiry is one function, run by the caller in its own transaction; each
//! touches only due rows, found through a partial index, and writes one
//! audit event per row it changes. Running it twice at the same instant
//! changes nothing the second time.

use super::Ctx;
use crate::error::Result;
use crate::store::{self, Tx};

/// One kind of expiry: its name in the sweep report and what it does.
pub type Kind = (&'static str, fn(&Tx<'_>, &Ctx<'_>) -> Result<u64>);

/// Every kind, in the order they run.
pub const KINDS: &[Kind] = &[
    (
        "invitations_expired",
        super::authorization::expire_invitations,
    ),
    (
        "authorizations_expired",
        super::authorization::expire_validity,
    ),
    // Before the overdue marking, so that it judges by the exact deadline.
    (
        "provisional_deadlines_recomputed",
        provisional_deadlines_recomputed,
    ),
    ("deregistrations_overdue", deregistrations_overdue),
    ("upgrades_expired", super::upgrade::expire_reviews),
    (
        "cancel_windows_closed",
        super::upgrade::close_cancel_windows,
    ),
    ("codes_purged", super::code::purge),
];

/// EA-10: deregistration requests past their due instant are marked overdue
/// (the platform's review took longer than five working days).
pub fn deregistrations_overdue(tx: &Tx<'_>, ctx: &Ctx<'_>) -> Result<u64> {
    let due = store::employee::overdue(tx, ctx.now)?;
    let n = due.len();
    for a in due {
        super::employee::mark_overdue(tx, ctx, a)?;
    }
    Ok(u64::try_from(n).unwrap_or(u64::MAX))
}

/// EA-10 / TM-1: deregistration deadlines counted on weekends alone (past
/// the calendar's years) are counted again; each that the calendar now
/// covers becomes exact, with one audit event. Still uncovered ones stay as
/// they are, so a second run changes nothing.
pub fn provisional_deadlines_recomputed(tx: &Tx<'_>, ctx: &Ctx<'_>) -> Result<u64> {
    let mut n = 0u64;
    for a in store::employee::provisional_deadlines(tx)? {
        if super::employee::recompute_deadline(tx, ctx, a)?.is_some() {
            n += 1;
        }
    }
    Ok(n)
}
