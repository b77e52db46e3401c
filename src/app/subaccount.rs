//! Sub-accounts of agencies and shops and the one-time codes that bind them:
//! code issue, add, edit, disable, enable, delete, revoke, show, list
//! (rules AG-1 … AG-6, SH-1 … SH-3, VC-1, POS-4).

use super::lookup::{agency_or_shop, parse_key, parse_key_arg};
use super::{Change, Ctx, Outcome, field};
use crate::domain::bindings::Taking;
use crate::domain::org::{Org, OrgKind};
use crate::domain::subaccount::{self as rules, Status, SubAccount, Verb};
use crate::error::{Error, Result, RuleViolation};
use crate::store::{self, Tx};

pub use crate::domain::subaccount::SubState;

pub fn key(org: &str, k: &str) -> String {
    format!("subaccount:{org}/{k}")
}

fn state(tx: &Tx<'_>, sub: SubAccount) -> Result<SubState> {
    let org = store::org::by_id(tx, sub.org_id)?;
    let positions = sub
        .position_ids
        .iter()
        .map(|id| store::position::by_id(tx, *id).map(|p| p.name))
        .collect::<Result<Vec<_>>>()?;
    Ok(SubState {
        sub,
        org: org.handle,
        kind: org.kind,
        positions,
    })
}

fn commit(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    action: &str,
    before: Option<&SubAccount>,
    mut after: SubAccount,
    change: Change,
) -> Result<Outcome<SubState>> {
    after.updated_at = ctx.now;
    after.id = store::subaccount::save(tx, &after)?;
    super::grants::subaccount(tx, ctx, &after)?;
    let b = before.map(|b| state(tx, b.clone())).transpose()?;
    let a = state(tx, after)?;
    let k = key(&a.org, &a.sub.key);
    super::changed(tx, ctx, action, &k, b, a, SubState::view).map(|a| Outcome::new(a, change))
}

/// Position names (a list) resolved in the org; at least one.
fn positions(tx: &Tx<'_>, org: &Org, list: &str) -> Result<Vec<i64>> {
    let names = crate::domain::permission::split_list(list);
    if names.is_empty() {
        return Err(Error::invalid(
            "--position",
            "MISSING_FIELD",
            Some("AG-1"),
            "give at least one position (create it first with `roster position create`)",
        ));
    }
    let mut ids = Vec::new();
    for n in names {
        ids.push(super::lookup::position(tx, org, &n)?.id);
    }
    ids.sort_unstable();
    ids.dedup();
    Ok(ids)
}

fn im_flag(org: &Org, im: Option<bool>) -> Result<Option<bool>> {
    if im.is_some() && org.kind != OrgKind::Shop {
        return Err(Error::invalid(
            "--im",
            "IM_NOT_FOR_AGENCY",
            Some("AG-4"),
            "the IM permission (飞鸽) is a shop sub-account setting; agency sub-accounts have a name and positions",
        ));
    }
    Ok(im)
}

#[derive(Debug, Clone, Default)]
pub struct AddInput {
    pub phone: Option<String>,
    pub email: Option<String>,
    pub code: String,
    pub name: String,
    pub positions: String,
    pub im: Option<bool>,
}

/// What `add_with` does when the key is already a live (enabled or
/// disabled) sub-account of the org.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IfPresent {
    /// `subaccount add`, one at a time: refused as already bound (AG-2) or
    /// already in this shop (SH-2), naming `subaccount edit` as the way
    /// out; the code is checked (VC-1) as for any add.
    Refuse,
    /// Bulk import reading back what landed: the identical row (name,
    /// positions, IM) is `Unchanged` without a code, so that importing an
    /// export changes nothing; any other row is treated as `Refuse`.
    UnchangedIfIdentical,
}

/// What `subaccount add` did: added (or, for import, found it already
/// there), or refused by the code after counting the wrong try, which must
/// be kept.
#[derive(Debug)]
pub enum Added {
    Done(Outcome<SubState>),
    /// The refusal, and whether a wrong try was recorded (and audited).
    CodeRefused(Error, bool),
}

/// `subaccount add` (AG-1 … AG-3, SH-1, SH-2, VC-1). The rules are checked
/// before the code, so a refused request leaves the code unused. A key
/// already live in the org is refused (AG-2, SH-2), except that bulk import
/// (`IfPresent::UnchangedIfIdentical`) finds the identical row `Unchanged`.
pub fn add_with(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    input: &AddInput,
    if_present: IfPresent,
) -> Result<Added> {
    let k = parse_key(input.phone.as_deref(), input.email.as_deref())?;
    // The code is needed (and checked) for every one-at-a-time add; import
    // re-reading a row that already landed needs none.
    let code = crate::domain::validate::verification_code(&input.code)
        .map_err(|why| Error::invalid("--code", "INVALID_CODE", Some("VC-1"), why));
    let name = field::name("--name", &input.name)?;
    let org = agency_or_shop(tx, org)?;
    let im = im_flag(&org, input.im)?;
    let position_ids = positions(tx, &org, &input.positions)?;
    if if_present == IfPresent::UnchangedIfIdentical
        && let Some(existing) = store::subaccount::find(tx, org.id, &k.key)?
        && existing.status.is_live()
        && existing.name == name
        && existing.position_ids == position_ids
        && existing.im == im.unwrap_or(existing.im)
    {
        return Ok(Added::Done(Outcome::new(
            state(tx, existing)?,
            Change::Unchanged,
        )));
    }
    let code = code?;
    // AG-2, AG-3, SH-2: what else the key is decides whether it can be a
    // sub-account here.
    let role = super::bindings::sub_role(org.kind)
        .ok_or_else(|| Error::internal("a sub-account of an enterprise"))?;
    super::bindings::phone(tx, ctx, &k.key, &Taking::at(role, &org))?;
    if let Err((f, recorded)) = super::code::redeem(tx, ctx, &org, &k.key, &code)? {
        return Ok(Added::CodeRefused(f.violation(&k.key).into(), recorded));
    }
    let s = SubAccount {
        id: 0,
        org_id: org.id,
        key: k.key,
        phone: k.phone,
        email: k.email,
        name,
        // AG-1 / SH-1: enabled (authorised) at once.
        status: Status::Enabled,
        im: im.unwrap_or(false),
        online: false,
        position_ids,
        created_at: ctx.now,
        updated_at: ctx.now,
    };
    Ok(Added::Done(commit(
        tx,
        ctx,
        "subaccount.add",
        None,
        s,
        Change::Created,
    )?))
}

fn get(tx: &Tx<'_>, org: &Org, raw: &str) -> Result<SubAccount> {
    let k = parse_key_arg(raw)?;
    store::subaccount::find(tx, org.id, &k.key)?.ok_or_else(|| {
        Error::not_found_hint(
            "SUBACCOUNT_NOT_FOUND",
            format!("{} has no sub-account {}", org.handle, k.key),
            format!("`roster --org {} subaccount list` shows them", org.handle),
        )
    })
}

#[derive(Debug, Clone, Default)]
pub struct EditInput {
    pub name: Option<String>,
    pub positions: Option<String>,
    pub im: Option<bool>,
}

/// `subaccount edit` (AG-4, SH-3): the name and positions, and a shop
/// sub-account's IM permission; nothing else.
pub fn edit(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    raw_key: &str,
    input: &EditInput,
) -> Result<Outcome<SubState>> {
    let name = input
        .name
        .as_deref()
        .map(|n| field::name("--name", n))
        .transpose()?;
    let org = agency_or_shop(tx, org)?;
    let im = im_flag(&org, input.im)?;
    let before = get(tx, &org, raw_key)?;
    rules::next(&before.key, before.status, Verb::Edit)?;
    let mut s = before.clone();
    if let Some(n) = name {
        s.name = n;
    }
    if let Some(list) = &input.positions {
        s.position_ids = positions(tx, &org, list)?;
    }
    if let Some(on) = im {
        s.im = on;
    }
    if s == before {
        return Ok(Outcome::new(state(tx, before)?, Change::Unchanged));
    }
    commit(
        tx,
        ctx,
        "subaccount.edit",
        Some(&before),
        s,
        Change::Updated,
    )
}

/// `subaccount disable|enable|delete` for one key (AG-5); the batch is the
/// caller's loop. Disabling takes the sub-account out of routing (SH-4).
pub fn set_status(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    raw_key: &str,
    verb: Verb,
) -> Result<Outcome<SubState>> {
    let org = agency_or_shop(tx, org)?;
    let before = get(tx, &org, raw_key)?;
    if rules::holds(before.status, verb) {
        // Already so: a retried command changes nothing (issue 12).
        return Ok(Outcome::new(state(tx, before)?, Change::Unchanged));
    }
    let to = rules::next(&before.key, before.status, verb)?;
    let mut s = before.clone();
    s.status = to;
    if !s.status.is_live() || s.status == Status::Disabled {
        s.online = false;
    }
    commit(
        tx,
        ctx,
        &format!("subaccount.{}", verb.name()),
        Some(&before),
        s,
        Change::Updated,
    )
}

/// `subaccount revoke` (AG-6): the sub-account's own user ends the agency's
/// authorisation.
pub fn revoke(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    raw_key: &str,
) -> Result<Outcome<SubState>> {
    let o = agency_or_shop(tx, org)?;
    if o.kind != OrgKind::Agency {
        return Err(RuleViolation::new(
            "REVOKE_NOT_FOR_SHOP",
            "AG-6",
            "revoking is the agency sub-account holder's act; a shop removes its sub-accounts with `subaccount delete`",
        )
        .into());
    }
    set_status(tx, ctx, org, raw_key, Verb::Revoke)
}

/// `cs online KEY on|off`.
pub fn online(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    raw_key: &str,
    on: bool,
) -> Result<Outcome<SubState>> {
    let org = super::lookup::shop(tx, org)?;
    let before = super::lookup::live_subaccount(tx, &org, raw_key)?;
    if on && before.status != Status::Enabled {
        return Err(RuleViolation::new(
            "SUBACCOUNT_DISABLED",
            "SH-4",
            format!(
                "{} is disabled; enable it before it goes online",
                before.key
            ),
        )
        .into());
    }
    set_online(tx, ctx, before, on)
}

/// SH-4: a sub-account goes online or offline for routing.
fn set_online(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    before: SubAccount,
    on: bool,
) -> Result<Outcome<SubState>> {
    if before.online == on {
        return Ok(Outcome::new(state(tx, before)?, Change::Unchanged));
    }
    let mut s = before.clone();
    s.online = on;
    let action = if on {
        "subaccount.online"
    } else {
        "subaccount.offline"
    };
    commit(tx, ctx, action, Some(&before), s, Change::Updated)
}

pub fn show(tx: &Tx<'_>, org: Option<&str>, raw_key: &str) -> Result<SubState> {
    let org = agency_or_shop(tx, org)?;
    state(tx, get(tx, &org, raw_key)?)
}

/// `subaccount list`, streamed to `each`.
pub fn list(
    tx: &Tx<'_>,
    org: Option<&str>,
    status: Option<&str>,
    mut each: impl FnMut(SubState) -> Result<()>,
) -> Result<()> {
    let status = status
        .map(|s| field::code("--status", s, Status::parse))
        .transpose()?;
    let org_id = match org {
        Some(_) => Some(agency_or_shop(tx, org)?.id),
        None => None,
    };
    store::subaccount::each(tx, org_id, status, |s| each(state(tx, s)?))
}
