//! Seats against an enterprise's quota (EN-2, EN-3, EN-4, PA-7): employee
//! accounts of both kinds share them (数量计算不区分员工号类型). The one place
//! that checks for a free seat and moves the counter; a floor under the use
//! cases that take and free seats (employee accounts, authorisations).

use serde_json::json;

use super::Ctx;
use crate::domain::org::Org;
use crate::error::{Result, RuleViolation};
use crate::store::{self, Tx};

/// (used, limit) of an enterprise at `ctx.now`; `None` for agencies and
/// shops.
pub fn usage(tx: &Tx<'_>, ctx: &Ctx<'_>, org: &Org) -> Result<Option<(u32, u32)>> {
    match &org.enterprise {
        Some(e) => Ok(Some((
            store::org::seats_used(tx, org.id, ctx.now)?,
            ctx.policy.quota.for_level(e.level),
        ))),
        None => Ok(None),
    }
}

/// EN-2, EN-3, EN-4: the enterprise is verified and has a free seat.
pub fn check_free(tx: &Tx<'_>, ctx: &Ctx<'_>, org: &Org, rule_ctx: &str) -> Result<()> {
    let Some(e) = &org.enterprise else {
        return Ok(());
    };
    if e.verified_at.is_none() {
        return Err(RuleViolation::new(
            "ENTERPRISE_NOT_VERIFIED",
            "EN-2",
            format!(
                "{} is not verified; an enterprise must be verified before it holds {rule_ctx}",
                org.handle
            ),
        )
        .hint(format!("`roster org verify {}`", org.handle))
        .into());
    }
    let used = store::org::seats_used(tx, org.id, ctx.now)?;
    let limit = ctx.policy.quota.for_level(e.level);
    if used >= limit {
        let next = ctx.policy.quota.level_allowing(used);
        return Err(RuleViolation::new(
            "QUOTA_EXCEEDED",
            "EN-4",
            format!(
                "{} holds {used} of {limit} employee-account seats at level {} (both kinds count)",
                org.handle,
                e.level.code()
            ),
        )
        .hint(match next {
            Some(l) => format!(
                "level {} allows {}; or free a seat (withdraw, deregister)",
                l.code(),
                ctx.policy.quota.for_level(l)
            ),
            None => "no level allows more; free a seat (withdraw, deregister)".to_string(),
        })
        .details(json!({
            "used": used,
            "limit": limit,
            "level": e.level.code(),
            "level_allowing_more": next.map(|l| l.code()),
        }))
        .into());
    }
    Ok(())
}

/// A change of one account: it held a seat before and/or holds one after;
/// the counter moves by the difference.
pub fn moved(tx: &Tx<'_>, org_id: i64, held_before: bool, held_after: bool) -> Result<()> {
    store::org::add_seats(tx, org_id, i64::from(held_after) - i64::from(held_before))
}
