//! Authorised personal accounts (员工个人号授权): invite, accept, review,
//! resubmit, modify, unbind (always refused), end, show, list, and their
//! expiries for the sweep (rules PA-1 … PA-8, EA-11).

use serde_json::json;

use super::{Change, Ctx, Outcome, field};
use crate::domain::authorization::{self as rules, Authorization, EndReason, Status, Step};
use crate::domain::bindings::{Role, Taking};
use crate::domain::org::Org;
use crate::domain::validate::DouyinId;
use crate::error::{Error, Result, RuleViolation};
use crate::store::{self, Tx};

pub use crate::domain::authorization::AuthState;

pub fn key(id: &DouyinId) -> String {
    format!("douyin:{}", id.as_str())
}

fn state(tx: &Tx<'_>, auth: Authorization) -> Result<AuthState> {
    let org = store::org::by_id(tx, auth.org_id)?.handle;
    Ok(AuthState { auth, org })
}

fn commit(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    action: &str,
    before: Option<&Authorization>,
    after: Authorization,
    change: Change,
) -> Result<Outcome<AuthState>> {
    let org = store::org::by_id(tx, after.org_id)?.handle;
    commit_in(tx, ctx, &org, action, before, after, change, None)
}

/// `commit` when the caller has the enterprise's handle at hand, and,
/// when it has it, the row as stored (only what changed is written).
#[allow(clippy::too_many_arguments)]
fn commit_in(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: &str,
    action: &str,
    before: Option<&Authorization>,
    mut after: Authorization,
    change: Change,
    stored: Option<&Authorization>,
) -> Result<Outcome<AuthState>> {
    after.updated_at = ctx.now;
    let inserted = match stored {
        Some(stored) if after.id != 0 => {
            store::authorization::update_from(tx, stored, &after)?;
            false
        }
        _ => {
            after.id = store::authorization::save(tx, &after)?;
            true
        }
    };
    let held = |a: &Authorization| a.status.is_live();
    super::seats::moved(tx, after.org_id, before.is_some_and(held), held(&after))?;
    // A row inserted just now has no grants to close (authorisations are
    // never deleted, so no grant names its id): only an active one opens
    // some.
    if !inserted || after.status == Status::Active {
        super::grants::authorization(tx, ctx, &after)?;
    }
    // Before and after belong to one enterprise.
    let a = AuthState {
        auth: after,
        org: org.to_string(),
    };
    let b = before.map(|b| AuthState {
        auth: b.clone(),
        org: org.to_string(),
    });
    let k = key(&a.auth.douyin_id);
    super::changed(tx, ctx, action, &k, b, a, |s| s.view(false)).map(|a| Outcome::new(a, change))
}

fn douyin(raw: &str) -> Result<DouyinId> {
    field::douyin_id("DOUYIN_ID", raw, "PA-1")
}

/// The authorisation of this personal account as it stands now (SW-1: one
/// that time has ended is expired, whether or not the sweep has run).
fn get(tx: &Tx<'_>, ctx: &Ctx<'_>, org: Option<&str>, raw: &str) -> Result<Authorization> {
    Ok(rules::as_of(stored(tx, org, raw)?, ctx.now))
}

/// The stored authorisation of this personal account: within `--org` its
/// newest one with that enterprise, else its live one (or newest).
fn stored(tx: &Tx<'_>, org: Option<&str>, raw: &str) -> Result<Authorization> {
    let id = douyin(raw)?;
    let scope = org
        .map(|h| field::handle("--org", h).and_then(|h| store::org::get(tx, &h)))
        .transpose()?;
    let found = match &scope {
        Some(o) => store::authorization::find_in_org(tx, &id, o.id)?,
        None => store::authorization::find(tx, &id)?,
    };
    match found {
        Some(a) => Ok(a),
        None => Err(Error::not_found_hint(
            "AUTHORIZATION_NOT_FOUND",
            format!("no authorisation of personal account {}", id.as_str()),
            "`roster auth list` shows them; `roster auth invite` starts one",
        )),
    }
}

/// PA-6: modules from the enterprise catalogue, tools only if held (EN-5);
/// at least one.
fn modules(org: &Org, list: &str) -> Result<Vec<String>> {
    let m = super::lookup::permissions(org, list, "--modules")?;
    if m.is_empty() {
        return Err(Error::invalid(
            "--modules",
            "MISSING_FIELD",
            Some("PA-1"),
            "choose at least one module to authorise",
        ));
    }
    Ok(m)
}

fn valid_until(ctx: &Ctx<'_>, raw: Option<&str>) -> Result<Option<jiff::Timestamp>> {
    let Some(raw) = raw else { return Ok(None) };
    let t = field::instant("--valid-until", raw)?;
    if t <= ctx.now {
        return Err(Error::invalid(
            "--valid-until",
            "INVALID_INSTANT",
            Some("PA-1"),
            format!(
                "{} is not after now ({})",
                crate::clock::fmt(t),
                crate::clock::fmt(ctx.now)
            ),
        ));
    }
    Ok(Some(t))
}

#[derive(Debug, Clone, Default)]
pub struct InviteInput {
    pub modules: String,
    pub agree: bool,
    pub valid_until: Option<String>,
}

/// Checks the parts of an invitation shared by every id of a batch, so that
/// a bad flag fails the whole command before any id (exit 5).
pub fn check_invite(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    input: &InviteInput,
) -> Result<()> {
    agreed(input)?;
    let org = enterprise(tx, org)?;
    modules(&org, &input.modules)?;
    valid_until(ctx, input.valid_until.as_deref())?;
    Ok(())
}

fn agreed(input: &InviteInput) -> Result<()> {
    if input.agree {
        return Ok(());
    }
    Err(Error::invalid(
        "--agree",
        "AGREEMENT_REQUIRED",
        Some("PA-1"),
        "an invitation needs agreement to the business authorisation agreement: add --agree",
    ))
}

fn enterprise(tx: &Tx<'_>, org: Option<&str>) -> Result<Org> {
    super::lookup::enterprise(tx, org, "PA-1", "authorised personal accounts")
}

/// `auth invite` for one personal account (PA-1, PA-2, PA-4, PA-7, PA-8,
/// EA-11, EN-2 … EN-4). The same invitation again is `Unchanged`.
pub fn invite(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    raw_id: &str,
    input: &InviteInput,
) -> Result<Outcome<AuthState>> {
    agreed(input)?;
    let id = douyin(raw_id)?;
    let org = enterprise(tx, org)?;
    let existing = store::authorization::find(tx, &id)?;
    invite_in(tx, ctx, &org, id, existing, input)
}

/// `invite` once the enterprise and the Douyin id's stored binding are
/// read: every check of the one-at-a-time command, each lookup once.
fn invite_in(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: &Org,
    id: DouyinId,
    mut existing: Option<Authorization>,
    input: &InviteInput,
) -> Result<Outcome<AuthState>> {
    agreed(input)?;
    let mods = modules(org, &input.modules)?;
    let until = valid_until(ctx, input.valid_until.as_deref())?;
    // PA-2: an invitation past its 48 hours is void even before the sweep
    // marks it: end it now (as the sweep would) so a new one can start.
    // PA-1 likewise: an authorisation past its validity binds nobody.
    if let Some(dead) = existing.take_if(|e| rules::lapsed_at(e, ctx.now).is_some()) {
        let action = if dead.status == Status::Invited {
            "auth.invitation-expired"
        } else {
            "auth.validity-expired"
        };
        expire(tx, ctx, vec![dead], action)?;
    }
    if let Some(existing) = existing
        && existing.status.is_live()
        && existing.org_id == org.id
        && existing.modules == mods
        && existing.valid_until == until
    {
        return Ok(Outcome::new(state(tx, existing)?, Change::Unchanged));
    }
    // PA-4, EA-11, PA-8: what else the Douyin id is decides whether it can
    // be invited (a live binding, here or elsewhere, included).
    super::bindings::douyin_id(tx, ctx, &id, &Taking::at(Role::AuthorisedAccount, org))?;
    super::seats::check_free(tx, ctx, org, "authorised personal accounts")?;
    let a = Authorization {
        id: 0,
        org_id: org.id,
        douyin_id: id,
        status: Status::Invited,
        modules: mods,
        valid_until: until,
        invited_at: ctx.now,
        invite_expires_at: super::deadline(ctx.now, ctx.policy.invite_ttl_hours)?,
        holder_name: None,
        holder_id: None,
        accepted_at: None,
        rejection_reason: None,
        ended_at: None,
        end_reason: None,
        created_at: ctx.now,
        updated_at: ctx.now,
    };
    commit_in(
        tx,
        ctx,
        &org.handle,
        "auth.invite",
        None,
        a,
        Change::Created,
        None,
    )
}

/// An `authorizations` import row: a live binding with this enterprise is
/// modified (PA-6) when its modules or validity differ, else invited.
pub fn invite_or_modify(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    raw_id: &str,
    input: &InviteInput,
) -> Result<Outcome<AuthState>> {
    let id = douyin(raw_id)?;
    let o = enterprise(tx, org)?;
    let found = store::authorization::find(tx, &id)?;
    if let Some(existing) = found.clone()
        && existing.status.is_live()
        && existing.org_id == o.id
        && rules::lapsed_at(&existing, ctx.now).is_none()
    {
        let same_until = match input.valid_until.as_deref() {
            Some(v) => Some(field::instant("--valid-until", v)?) == existing.valid_until,
            None => existing.valid_until.is_none(),
        };
        let mods = modules(&o, &input.modules)?;
        if mods == existing.modules && same_until {
            return Ok(Outcome::new(state(tx, existing)?, Change::Unchanged));
        }
        return modify(
            tx,
            ctx,
            Some(&o.handle),
            raw_id,
            Some(&input.modules),
            input.valid_until.as_deref(),
        );
    }
    invite_in(tx, ctx, &o, id, found, input)
}

/// `auth accept` (PA-2): the employee fills in their information before the
/// invitation's deadline; at or after it the invitation is void.
pub fn accept(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    raw_id: &str,
    name: &str,
    id_number: &str,
) -> Result<Outcome<AuthState>> {
    let name = field::name("--name", name)?;
    let person = field::identity("--id-number", id_number, "PA-2")?;
    let before = get(tx, ctx, org, raw_id)?;
    // PA-2: an invitation that time ended (marked by the sweep or not) says
    // so; nothing else expires without having been accepted.
    if before.status == Status::Expired && before.accepted_at.is_none() {
        return Err(RuleViolation::new(
            "INVITATION_EXPIRED",
            "PA-2",
            format!(
                "the invitation of {} expired at {}: it had to be answered within {} hours",
                before.douyin_id.as_str(),
                crate::clock::fmt(before.invite_expires_at),
                ctx.policy.invite_ttl_hours
            ),
        )
        .hint(format!(
            "only a new invitation can restart it: `roster auth invite {} …`",
            before.douyin_id.as_str()
        ))
        .details(json!({ "invite_expires_at": crate::clock::fmt(before.invite_expires_at) }))
        .into());
    }
    let mut a = before.clone();
    a.status = rules::next(before.douyin_id.as_str(), before.status, Step::Accept)?;
    a.holder_name = Some(name);
    a.holder_id = Some(person);
    a.accepted_at = Some(ctx.now);
    commit(tx, ctx, "auth.accept", Some(&before), a, Change::Updated)
}

/// `auth review` (PA-3): approve → active, reject → rejected with a reason.
pub fn review(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    raw_id: &str,
    approve: bool,
    reason: Option<&str>,
) -> Result<Outcome<AuthState>> {
    let reason = field::rejection_reason(approve, reason, "PA-3")?;
    let before = get(tx, ctx, org, raw_id)?;
    if rules::holds(before.status, Step::Review { approve }) {
        // Already so: a retried command changes nothing (issue 12).
        return Ok(Outcome::new(state(tx, before)?, Change::Unchanged));
    }
    let to = rules::next(
        before.douyin_id.as_str(),
        before.status,
        Step::Review { approve },
    )?;
    let mut a = before.clone();
    if approve {
        if rules::validity_passed(before.valid_until, ctx.now) {
            return Err(RuleViolation::new(
                "VALIDITY_PASSED",
                "PA-1",
                format!(
                    "the validity period of {} ended at {}",
                    before.douyin_id.as_str(),
                    before
                        .valid_until
                        .map(crate::clock::fmt)
                        .unwrap_or_default()
                ),
            )
            .hint("extend it first: `roster auth modify ID --valid-until DATE`")
            .into());
        }
        a.rejection_reason = None;
    } else {
        a.rejection_reason = reason;
    }
    a.status = to;
    let action = if approve {
        "auth.approve"
    } else {
        "auth.reject"
    };
    commit(tx, ctx, action, Some(&before), a, Change::Updated)
}

/// `auth resubmit` (PA-3): a rejected application, corrected, back to review.
pub fn resubmit(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    raw_id: &str,
    name: Option<&str>,
    id_number: Option<&str>,
) -> Result<Outcome<AuthState>> {
    let name = name.map(|n| field::name("--name", n)).transpose()?;
    let person = id_number
        .map(|i| field::identity("--id-number", i, "PA-3"))
        .transpose()?;
    let before = get(tx, ctx, org, raw_id)?;
    let mut a = before.clone();
    a.status = rules::next(before.douyin_id.as_str(), before.status, Step::Resubmit)?;
    if name.is_some() {
        a.holder_name = name;
    }
    if person.is_some() {
        a.holder_id = person;
    }
    commit(tx, ctx, "auth.resubmit", Some(&before), a, Change::Updated)
}

/// `auth modify` (PA-6): modules (held tools and back-end modules) and the
/// validity period, at any time while the binding is live.
pub fn modify(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    raw_id: &str,
    new_modules: Option<&str>,
    new_valid_until: Option<&str>,
) -> Result<Outcome<AuthState>> {
    let before = get(tx, ctx, org, raw_id)?;
    rules::next(before.douyin_id.as_str(), before.status, Step::Modify)?;
    let o = store::org::by_id(tx, before.org_id)?;
    let mut a = before.clone();
    if let Some(m) = new_modules {
        a.modules = modules(&o, m)?;
    }
    if let Some(v) = new_valid_until {
        a.valid_until = valid_until(ctx, Some(v))?;
    }
    if a == before {
        return Ok(Outcome::new(state(tx, before)?, Change::Unchanged));
    }
    commit(tx, ctx, "auth.modify", Some(&before), a, Change::Updated)
}

/// `auth unbind` (PA-5): never possible; the refusal names the way out.
pub fn unbind(tx: &Tx<'_>, org: Option<&str>, raw_id: &str) -> Result<Outcome<AuthState>> {
    let a = stored(tx, org, raw_id)?;
    Err(RuleViolation::new(
        "UNBIND_NOT_SUPPORTED",
        "PA-5",
        format!(
            "an authorised personal account cannot be unbound or rebound (暂不支持解绑/换绑); {} stays with its enterprise",
            a.douyin_id.as_str()
        ),
    )
    .hint(format!(
        "the owner can deregister the personal account; then `roster auth end {} --reason account-deregistered`",
        a.douyin_id.as_str()
    ))
    .into())
}

/// `auth end` (PA-5): the personal account was deregistered (or the
/// enterprise withdraws an invitation or rejected application).
pub fn end(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    raw_id: &str,
    reason: &str,
) -> Result<Outcome<AuthState>> {
    let why = field::code("--reason", reason, EndReason::parse)?;
    let before = get(tx, ctx, org, raw_id)?;
    if rules::holds(before.status, Step::End { reason: why }) {
        // Already so: a retried command changes nothing (issue 12).
        return Ok(Outcome::new(state(tx, before)?, Change::Unchanged));
    }
    let mut a = before.clone();
    a.status = rules::next(
        before.douyin_id.as_str(),
        before.status,
        Step::End { reason: why },
    )?;
    a.ended_at = Some(ctx.now);
    a.end_reason = Some(why.code().to_string());
    commit(tx, ctx, "auth.end", Some(&before), a, Change::Updated)
}

/// `auth show`: the authorisation as it stands now (SW-1).
pub fn show(tx: &Tx<'_>, ctx: &Ctx<'_>, org: Option<&str>, raw_id: &str) -> Result<AuthState> {
    state(tx, get(tx, ctx, org, raw_id)?)
}

/// `auth list`, streamed to `each`: every authorisation as it stands now,
/// `--status` meaning that state (SW-1).
pub fn list(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    status: Option<&str>,
    mut each: impl FnMut(AuthState) -> Result<()>,
) -> Result<()> {
    let status = status
        .map(|s| field::code("--status", s, Status::parse))
        .transpose()?;
    let org_id = match org {
        Some(_) => Some(enterprise(tx, org)?.id),
        None => None,
    };
    let mut names = super::Names::default();
    store::authorization::each(tx, org_id, status, ctx.now, |auth| {
        let org = names.org(tx, auth.org_id)?;
        each(AuthState {
            auth: rules::as_of(auth, ctx.now),
            org,
        })
    })
}

/// SW-1 / PA-2: invitations not answered within 48 hours become expired.
pub fn expire_invitations(tx: &Tx<'_>, ctx: &Ctx<'_>) -> Result<u64> {
    expire(
        tx,
        ctx,
        store::authorization::invitations_due(tx, ctx.now)?,
        "auth.invitation-expired",
    )
}

/// SW-1 / PA-1: active authorisations past their validity become expired.
pub fn expire_validity(tx: &Tx<'_>, ctx: &Ctx<'_>) -> Result<u64> {
    expire(
        tx,
        ctx,
        store::authorization::validity_due(tx, ctx.now)?,
        "auth.validity-expired",
    )
}

/// Records what time already did (SW-1): each authorisation ended by time
/// becomes expired as of the instant it ended, not the instant this runs,
/// so the record is the same whenever the sweep comes.
fn expire(tx: &Tx<'_>, ctx: &Ctx<'_>, due: Vec<Authorization>, action: &str) -> Result<u64> {
    let mut n = 0u64;
    // Handles by org id: a sweep ends many rows of few enterprises.
    let mut handles: std::collections::HashMap<i64, String> = std::collections::HashMap::new();
    for before in due {
        let a = rules::as_of(before.clone(), ctx.now);
        if a.status == before.status {
            continue;
        }
        let org = match handles.entry(before.org_id) {
            std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(store::org::by_id(tx, before.org_id)?.handle)
            }
        };
        // `before` is the row as stored: only what the expiry changes is written.
        commit_in(
            tx,
            ctx,
            org,
            action,
            Some(&before),
            a,
            Change::Updated,
            Some(&before),
        )?;
        n += 1;
    }
    Ok(n)
}
