//! One-time verification codes (rule VC-1): `code issue`, the redemption
//! a sub-account's addition makes (a floor under it), and the sweep's purge.

use jiff::SignedDuration;

use super::lookup::{agency_or_shop, parse_key};
use super::{Change, Ctx, Outcome, audit, json};
use crate::domain::code::{Code, CodeFailure};
use crate::domain::org::Org;
use crate::error::{Error, Result};
use crate::secret;
use crate::store::{self, Tx};
use crate::views::CodeView;

/// `code issue` (VC-1): six random digits, valid five minutes, bound to the
/// org and the phone or email; only the newest code of a target works.
pub fn issue(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    phone: Option<&str>,
    email: Option<&str>,
) -> Result<Outcome<CodeView>> {
    let k = parse_key(phone, email)?;
    let org = agency_or_shop(tx, org)?;
    let code = secret::random_code()?;
    store::code::void_codes(tx, org.id, &k.key, ctx.now)?;
    let ttl = SignedDuration::from_mins(i64::from(ctx.policy.code_ttl_minutes));
    let c = Code {
        id: 0,
        org_id: org.id,
        target: k.key.clone(),
        code_hash: secret::hash(&code, ctx.cost)?,
        issued_at: ctx.now,
        expires_at: ctx.now.checked_add(ttl).map_err(|_| {
            Error::invalid(
                "--now",
                "INSTANT_OUT_OF_RANGE",
                Some("TM-1"),
                "now plus the code's validity is beyond the clock's range",
            )
        })?,
        tries: 0,
        used_at: None,
        voided_at: None,
    };
    store::code::insert_code(tx, &c)?;
    let mut v = CodeView::new(&org.handle, &c, None);
    audit(
        tx,
        ctx,
        "code.issue",
        &format!("code:{}/{}", org.handle, k.key),
        None,
        Some(json(&v)?),
    )?;
    v.code = Some(code);
    Ok(Outcome::new(v, Change::Created))
}

/// VC-1: checks `given` against the target's newest code. A wrong try is
/// counted (and audited) even though the command is refused; the fifth
/// voids the code.
pub fn redeem(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: &Org,
    target: &str,
    given: &str,
) -> Result<std::result::Result<(), (CodeFailure, bool)>> {
    let Some(mut c) = store::code::latest_code(tx, org.id, target)? else {
        return Ok(Err((CodeFailure::NotIssued, false)));
    };
    if c.used_at.is_some() {
        return Ok(Err((CodeFailure::Used, false)));
    }
    if c.voided_at.is_some() {
        return Ok(Err((CodeFailure::Void, false)));
    }
    if ctx.now >= c.expires_at {
        return Ok(Err((CodeFailure::Expired, false)));
    }
    if !secret::verify(given, &c.code_hash) {
        c.tries += 1;
        let max = ctx.policy.code_max_tries;
        if c.tries >= max {
            c.voided_at = Some(ctx.now);
        }
        store::code::update_code(tx, &c)?;
        let v = CodeView::new(&org.handle, &c, None);
        audit(
            tx,
            ctx,
            "code.wrong-try",
            &format!("code:{}/{target}", org.handle),
            None,
            Some(json(&v)?),
        )?;
        // VC-1: the try that reaches the limit voids the code.
        let failure = if c.voided_at.is_some() {
            CodeFailure::Void
        } else {
            CodeFailure::Wrong {
                left: max.saturating_sub(c.tries),
            }
        };
        return Ok(Err((failure, true)));
    }
    c.used_at = Some(ctx.now);
    store::code::update_code(tx, &c)?;
    Ok(Ok(()))
}

/// SW-1 / VC-1: codes past their five minutes are purged: their hashes
/// erased, the rows no try reads deleted (`store::code::purge_code`).
pub fn purge(tx: &Tx<'_>, ctx: &Ctx<'_>) -> Result<u64> {
    let due = store::code::codes_due(tx, ctx.now)?;
    let n = due.len();
    for c in due {
        store::code::purge_code(tx, &c)?;
        let org = store::org::by_id(tx, c.org_id)?.handle;
        let v = CodeView::new(&org, &c, None);
        audit(
            tx,
            ctx,
            "code.purge",
            &format!("code:{org}/{}", c.target),
            Some(json(&v)?),
            None,
        )?;
    }
    Ok(u64::try_from(n).unwrap_or(u64::MAX))
}
