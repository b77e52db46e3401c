//! Shop official account upgrades (店铺官方账号升级): start, auto, review,
//! cancel, operator, status, quota, and their expiries for the sweep
//! (rules UP-1 … UP-8).

use serde_json::json;

use super::{Change, Ctx, Outcome, audit, field, json};
use crate::domain::bindings::{Role, Taking};
use crate::domain::org::{Org, OrgKind};
use crate::domain::upgrade::{self as rules, AccountType, Mode, Status, Step, TypeSeats, Upgrade};
use crate::domain::validate::{CreditCode, DouyinId, IdentityNumber, Phone};
use crate::error::{Error, Result, RuleViolation};
use crate::store::{self, Tx};
use crate::views::QuotaView;

pub use crate::domain::upgrade::UpgradeState;

pub fn key(id: &DouyinId) -> String {
    format!("upgrade:{}", id.as_str())
}

fn state(tx: &Tx<'_>, ctx: &Ctx<'_>, upgrade: Upgrade) -> Result<UpgradeState> {
    let shop = store::org::by_id(tx, upgrade.shop_id)?.handle;
    let mut attempts = store::upgrade::attempts(tx, upgrade.id)?;
    // SW-1: an attempt that time ended (see `rules::as_of`) ended at its
    // deadline, as the sweep records it.
    if upgrade.status == Status::Expired
        && let Some(last) = attempts.last_mut()
        && last.outcome.is_none()
    {
        last.outcome = Some("expired".to_string());
        last.ended_at = upgrade.review_expires_at.map(crate::clock::fmt);
    }
    let posting_limit = rules::posting_limit(
        upgrade.status,
        ctx.policy.posting_limit_before,
        ctx.policy.posting_limit_after,
    );
    // UP-3: final once the window closed, even before the sweep says so.
    let cancel_final = !rules::cancel_window_open(&upgrade, ctx.now);
    Ok(UpgradeState {
        upgrade,
        shop,
        attempts,
        posting_limit,
        cancel_final,
    })
}

/// How a change touches the attempt history (UP-6).
#[derive(Debug, Clone, Copy)]
enum AttemptStep<'a> {
    None,
    Start(u32, Mode),
    End(&'a str, Option<&'a str>),
    /// UP-6: time ended the attempt at this instant (SW-1).
    Expired(jiff::Timestamp),
    /// An automatic upgrade: started and upgraded at once.
    StartUpgraded(u32),
}

/// Saves `after`, writes its attempt step, and records the audit event with
/// the state before any of it (attempt history included).
fn commit(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    action: &str,
    before: Option<&Upgrade>,
    mut after: Upgrade,
    change: Change,
    step: AttemptStep<'_>,
) -> Result<Outcome<UpgradeState>> {
    let b = before.map(|b| state(tx, ctx, b.clone())).transpose()?;
    after.updated_at = ctx.now;
    after.id = store::upgrade::save(tx, &after)?;
    match step {
        AttemptStep::None => {}
        AttemptStep::Start(n, mode) => {
            store::upgrade::start_attempt(tx, after.id, n, mode, ctx.now)?;
        }
        AttemptStep::End(outcome, reason) => {
            store::upgrade::end_attempt(tx, after.id, outcome, ctx.now, reason)?;
        }
        AttemptStep::Expired(at) => {
            store::upgrade::end_attempt(tx, after.id, "expired", at, None)?;
        }
        AttemptStep::StartUpgraded(n) => {
            store::upgrade::start_attempt(tx, after.id, n, Mode::Automatic, ctx.now)?;
            store::upgrade::end_attempt(tx, after.id, "upgraded", ctx.now, None)?;
        }
    }
    let a = state(tx, ctx, after)?;
    let k = key(&a.upgrade.douyin_id);
    super::changed(tx, ctx, action, &k, b, a, |s| s.view(false)).map(|a| Outcome::new(a, change))
}

fn douyin(raw: &str) -> Result<DouyinId> {
    field::douyin_id("DOUYIN_ID", raw, "UP-2")
}

/// The upgrade of this account as it stands now (SW-1: one that time
/// ended is expired, whether or not the sweep has run).
fn get(tx: &Tx<'_>, ctx: &Ctx<'_>, raw: &str) -> Result<Upgrade> {
    let id = douyin(raw)?;
    let found = store::upgrade::find(tx, &id)?.map(|u| rules::as_of(u, ctx.now));
    found.ok_or_else(|| {
        Error::not_found_hint(
            "UPGRADE_NOT_FOUND",
            format!("no official-account upgrade of {}", id.as_str()),
            "`roster upgrade start` begins one",
        )
    })
}

fn shop(tx: &Tx<'_>, handle: &str) -> Result<Org> {
    let org = store::org::get(tx, &field::handle("--shop", handle)?)?;
    if org.kind != OrgKind::Shop {
        return Err(RuleViolation::new(
            "NOT_A_SHOP",
            "UP-1",
            format!(
                "{:?} is not a shop (it is the {} kind); official accounts are upgraded for shops",
                org.handle,
                org.kind.code()
            ),
        )
        .into());
    }
    Ok(org)
}

/// UP-4: the (used, limit) seats per type of a subject, leaving out the
/// upgrade `except`'s own reservation.
fn seats(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    subject: &str,
    except: i64,
) -> Result<(TypeSeats, TypeSeats, bool)> {
    let cross_border = store::org::subject_cross_border(tx, subject)?;
    let (vertical, dedicated) = store::upgrade::subject_quota(tx, subject)?.unwrap_or((
        ctx.policy.vertical_per_subject,
        ctx.policy.dedicated_per_subject,
    ));
    Ok((
        store::upgrade::type_seats(tx, subject, except, ctx.now)?,
        rules::limits(vertical, dedicated, cross_border),
        cross_border,
    ))
}

/// Raw input of `upgrade start` and `upgrade auto`.
#[derive(Debug, Clone, Default)]
pub struct StartInput {
    pub shop: String,
    pub account_type: Option<String>,
    pub holder_name: String,
    pub holder_id: String,
    pub holder_phone: String,
}

struct Parsed {
    id: DouyinId,
    shop: Org,
    account_type: Option<AccountType>,
    holder_name: String,
    holder_id: IdentityNumber,
    holder_phone: Phone,
}

fn parse(tx: &Tx<'_>, raw_id: &str, input: &StartInput) -> Result<Parsed> {
    let id = douyin(raw_id)?;
    let account_type = input
        .account_type
        .as_deref()
        .map(|t| field::code("--type", t, AccountType::parse))
        .transpose()?;
    let holder_name = field::name("--holder-name", &input.holder_name)?;
    let holder_id = field::identity("--holder-id", &input.holder_id, "UP-5")?;
    let holder_phone = field::phone("--holder-phone", &input.holder_phone, "UP-5")?;
    let shop = shop(tx, &input.shop)?;
    Ok(Parsed {
        id,
        shop,
        account_type,
        holder_name,
        holder_id,
        holder_phone,
    })
}

/// Starts an attempt (manual: reviewing; automatic: upgraded at once).
fn begin(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    raw_id: &str,
    input: &StartInput,
    mode: Mode,
) -> Result<Outcome<UpgradeState>> {
    let p = parse(tx, raw_id, input)?;
    let facts = p
        .shop
        .shop
        .as_ref()
        .ok_or_else(|| Error::internal("shop facts missing"))?;
    rules::check_shop_type(facts.shop_type)?;
    let subject = facts.subject.as_str().to_string();
    let mut existing = store::upgrade::find(tx, &p.id)?;
    // UP-6: a pending upgrade past its 7 days is dead even before the sweep
    // marks it: expire it now (as the sweep would) so a new attempt starts.
    if let Some(dead) = existing.take_if(|u| rules::lapsed_at(u, ctx.now).is_some()) {
        existing = expire_one(tx, ctx, dead)?;
    }
    if let Some(u) = &existing
        && !u.status.can_restart()
    {
        let same = u.shop_id == p.shop.id
            && u.mode == mode
            && u.holder_id == p.holder_id
            && u.holder_name == p.holder_name
            && u.holder_phone == p.holder_phone
            && (p.account_type.is_none() || p.account_type == u.account_type);
        if same {
            return Ok(Outcome::new(state(tx, ctx, u.clone())?, Change::Unchanged));
        }
        let (code, msg) = if u.status == Status::Upgraded {
            (
                "ALREADY_UPGRADED",
                "is already an upgraded official account",
            )
        } else {
            ("UPGRADE_IN_PROGRESS", "already has an upgrade under review")
        };
        return Err(
            RuleViolation::new(code, "UP-6", format!("{} {msg}", p.id.as_str()))
                .details(json!({ "status": u.status.code() }))
                .into(),
        );
    }
    let self_id = existing.as_ref().map_or(0, |u| u.id);
    // UP-5: the first operator is the pre-upgrade real-name holder.
    super::bindings::operator(tx, ctx, &p.holder_id, self_id)?;
    let (used, limit, cross_border) = seats(tx, ctx, &subject, self_id)?;
    let t = rules::pick_type(p.account_type, used, limit, cross_border, &subject)?;
    let attempts = existing.as_ref().map_or(0, |u| u.attempts) + 1;
    let upgraded = mode == Mode::Automatic;
    let u = Upgrade {
        id: self_id,
        douyin_id: p.id,
        shop_id: p.shop.id,
        subject,
        status: if upgraded {
            Status::Upgraded
        } else {
            Status::Reviewing
        },
        mode,
        account_type: Some(t),
        type_explicit: p.account_type.is_some(),
        holder_name: p.holder_name.clone(),
        holder_id: p.holder_id.clone(),
        holder_phone: p.holder_phone.clone(),
        operator_name: p.holder_name,
        operator_id: p.holder_id,
        operator_phone: p.holder_phone,
        attempts,
        started_at: ctx.now,
        review_expires_at: (!upgraded)
            .then(|| super::deadline(ctx.now, 24 * ctx.policy.upgrade_review_days))
            .transpose()?,
        upgraded_at: upgraded.then_some(ctx.now),
        cancel_deadline: upgraded
            .then(|| super::deadline(ctx.now, 24 * ctx.policy.upgrade_cancel_days))
            .transpose()?,
        cancel_closed_at: None,
        decided_at: upgraded.then_some(ctx.now),
        rejection_reason: None,
        created_at: existing.as_ref().map_or(ctx.now, |u| u.created_at),
        updated_at: ctx.now,
    };
    let action = if upgraded {
        "upgrade.auto"
    } else {
        "upgrade.start"
    };
    let change = if existing.is_some() {
        Change::Updated
    } else {
        Change::Created
    };
    let step = if upgraded {
        AttemptStep::StartUpgraded(attempts)
    } else {
        AttemptStep::Start(attempts, mode)
    };
    commit(tx, ctx, action, existing.as_ref(), u, change, step)
}

/// `upgrade start` (UP-1, UP-2, UP-4, UP-5, UP-6): the merchant applies;
/// the type is reserved while under review.
pub fn start(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    raw_id: &str,
    input: &StartInput,
) -> Result<Outcome<UpgradeState>> {
    begin(tx, ctx, raw_id, input, Mode::Manual)
}

/// `upgrade auto` (UP-2, UP-3): the platform upgraded the account; it can
/// be cancelled within 30 days.
pub fn auto(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    raw_id: &str,
    input: &StartInput,
) -> Result<Outcome<UpgradeState>> {
    begin(tx, ctx, raw_id, input, Mode::Automatic)
}

/// `upgrade review` (UP-4, UP-5, UP-6): approve → upgraded (an unspecified
/// type is decided now: main, vertical, dedicated, first with room);
/// reject → rejected, a new attempt may follow.
pub fn review(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    raw_id: &str,
    approve: bool,
    reason: Option<&str>,
) -> Result<Outcome<UpgradeState>> {
    let reason = field::rejection_reason(approve, reason, "UP-6")?;
    let before = get(tx, ctx, raw_id)?;
    // UP-6: only time expires an upgrade; marked by the sweep or not, the
    // refusal names the deadline.
    if rules::holds(before.status, Step::Review { approve }) {
        // Already so: a retried command changes nothing (issue 12).
        return Ok(Outcome::new(state(tx, ctx, before)?, Change::Unchanged));
    }
    let to = rules::next(&before, ctx.now, Step::Review { approve })?;
    let mut u = before.clone();
    u.decided_at = Some(ctx.now);
    if approve {
        super::bindings::operator(tx, ctx, &u.operator_id, u.id)?;
        let (used, limit, cross_border) = seats(tx, ctx, &u.subject, u.id)?;
        let explicit = if u.type_explicit {
            u.account_type
        } else {
            None
        };
        u.account_type = Some(rules::pick_type(
            explicit,
            used,
            limit,
            cross_border,
            &u.subject,
        )?);
        u.status = to;
        u.upgraded_at = Some(ctx.now);
        u.review_expires_at = None;
        commit(
            tx,
            ctx,
            "upgrade.approve",
            Some(&before),
            u,
            Change::Updated,
            AttemptStep::End("upgraded", None),
        )
    } else {
        u.status = to;
        u.rejection_reason = reason.clone();
        commit(
            tx,
            ctx,
            "upgrade.reject",
            Some(&before),
            u,
            Change::Updated,
            AttemptStep::End("rejected", reason.as_deref()),
        )
    }
}

/// `upgrade cancel` (UP-3): an automatic upgrade, within 30 days of it.
pub fn cancel(tx: &Tx<'_>, ctx: &Ctx<'_>, raw_id: &str) -> Result<Outcome<UpgradeState>> {
    let before = get(tx, ctx, raw_id)?;
    if rules::holds(before.status, Step::Cancel) {
        // Already so: a retried command changes nothing (issue 12).
        return Ok(Outcome::new(state(tx, ctx, before)?, Change::Unchanged));
    }
    let mut u = before.clone();
    u.status = rules::next(&before, ctx.now, Step::Cancel)?;
    u.cancel_closed_at = Some(ctx.now);
    commit(
        tx,
        ctx,
        "upgrade.cancel",
        Some(&before),
        u,
        Change::Updated,
        AttemptStep::End("cancelled", None),
    )
}

/// `upgrade operator` (UP-5): one operator per account, at any time; the
/// new operator may run at most five accounts.
pub fn operator(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    raw_id: &str,
    name: &str,
    id_number: &str,
    phone: &str,
) -> Result<Outcome<UpgradeState>> {
    let name = field::name("--name", name)?;
    let person = field::identity("--id-number", id_number, "UP-5")?;
    let phone = field::phone("--phone", phone, "UP-5")?;
    let before = get(tx, ctx, raw_id)?;
    rules::next(&before, ctx.now, Step::Operator)?;
    if before.operator_id == person
        && before.operator_name == name
        && before.operator_phone == phone
    {
        return Ok(Outcome::new(state(tx, ctx, before)?, Change::Unchanged));
    }
    super::bindings::operator(tx, ctx, &person, before.id)?;
    let mut u = before.clone();
    u.operator_name = name;
    u.operator_id = person;
    u.operator_phone = phone;
    commit(
        tx,
        ctx,
        "upgrade.operator",
        Some(&before),
        u,
        Change::Updated,
        AttemptStep::None,
    )
}

/// `upgrade status` (UP-8): one account, or every account of a shop, or all.
pub fn status(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    raw_id: Option<&str>,
    shop_handle: Option<&str>,
) -> Result<Vec<UpgradeState>> {
    if let Some(raw) = raw_id {
        let u = get(tx, ctx, raw)?;
        if let Some(h) = shop_handle
            && shop(tx, h)?.id != u.shop_id
        {
            return Err(Error::not_found(
                "UPGRADE_NOT_FOUND",
                format!("{} is not an upgrade of shop {h}", u.douyin_id.as_str()),
            ));
        }
        return Ok(vec![state(tx, ctx, u)?]);
    }
    let shop_id = shop_handle.map(|h| shop(tx, h)).transpose()?.map(|s| s.id);
    store::upgrade::by_shop(tx, shop_id)?
        .into_iter()
        .map(|u| state(tx, ctx, rules::as_of(u, ctx.now)))
        .collect()
}

/// `upgrade quota SUBJECT [--vertical N] [--dedicated N]` (UP-4): shows the
/// subject's seats, or sets its own quotas; never below what is in use.
pub fn quota(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    subject: &str,
    vertical: Option<u32>,
    dedicated: Option<u32>,
) -> Result<Outcome<QuotaView>> {
    let code: CreditCode = field::credit_code("SUBJECT", subject, "UP-4")?;
    let subject = code.as_str();
    if store::org::shops_of_subject(tx, subject)? == 0 {
        return Err(Error::not_found_hint(
            "SUBJECT_NOT_FOUND",
            format!("no shop has the qualification subject {subject}"),
            "`roster org create shop … --subject CODE` first",
        ));
    }
    let (used, limit, cross_border) = seats(tx, ctx, subject, 0)?;
    let before = QuotaView::new(subject, used, limit, cross_border);
    if vertical.is_none() && dedicated.is_none() {
        return Ok(Outcome::new(before, Change::Unchanged));
    }
    // UP-4: a cross-border subject has no vertical seats to give.
    if vertical.is_some_and(|n| n > 0) {
        super::bindings::subject(tx, ctx, subject, &Taking::new(Role::VerticalAccount))?;
    }
    let (cur_v, cur_d) = store::upgrade::subject_quota(tx, subject)?.unwrap_or((
        ctx.policy.vertical_per_subject,
        ctx.policy.dedicated_per_subject,
    ));
    let (v, d) = (vertical.unwrap_or(cur_v), dedicated.unwrap_or(cur_d));
    for (t, n) in [(AccountType::Vertical, v), (AccountType::Dedicated, d)] {
        if n < used.get(t) {
            return Err(RuleViolation::new(
                "QUOTA_BELOW_USE",
                "UP-4",
                format!(
                    "subject {subject} already has {} {} accounts (pending included); the quota cannot go below that",
                    used.get(t),
                    t.code()
                ),
            )
            .into());
        }
    }
    // AU-1: the limits the subject would have are the change; the same
    // limits again (a default written out, a vertical 0 on a cross-border
    // subject) change nothing and record nothing.
    if rules::limits(v, d, cross_border) == rules::limits(cur_v, cur_d, cross_border) {
        return Ok(Outcome::new(before, Change::Unchanged));
    }
    store::upgrade::set_subject_quota(tx, subject, v, d, ctx.now)?;
    let (used, limit, cross_border) = seats(tx, ctx, subject, 0)?;
    let after = QuotaView::new(subject, used, limit, cross_border);
    audit(
        tx,
        ctx,
        "upgrade.quota",
        &format!("subject:{subject}"),
        Some(json(&before)?),
        Some(json(&after)?),
    )?;
    Ok(Outcome::new(after, Change::Updated))
}

/// Records what time already did (SW-1 / UP-6): the pending upgrade
/// expired, its attempt ended at its deadline, not when this runs.
/// `None` if it had not expired.
fn expire_one(tx: &Tx<'_>, ctx: &Ctx<'_>, before: Upgrade) -> Result<Option<Upgrade>> {
    let Some(at) = rules::lapsed_at(&before, ctx.now) else {
        return Ok(None);
    };
    let u = rules::as_of(before.clone(), ctx.now);
    let out = commit(
        tx,
        ctx,
        "upgrade.expired",
        Some(&before),
        u,
        Change::Updated,
        AttemptStep::Expired(at),
    )?;
    Ok(Some(out.value.upgrade))
}

/// SW-1 / UP-6: pending upgrades without a decision for 7 days expire.
pub fn expire_reviews(tx: &Tx<'_>, ctx: &Ctx<'_>) -> Result<u64> {
    let mut n = 0u64;
    for before in store::upgrade::reviews_due(tx, ctx.now)? {
        n += u64::from(expire_one(tx, ctx, before)?.is_some());
    }
    Ok(n)
}

/// SW-1 / UP-3: cancel windows that have passed are recorded closed, as of
/// their deadline (status shows them final from that instant, swept or not).
pub fn close_cancel_windows(tx: &Tx<'_>, ctx: &Ctx<'_>) -> Result<u64> {
    let due = store::upgrade::cancel_windows_due(tx, ctx.now)?;
    let n = due.len();
    for before in due {
        let mut u = before.clone();
        u.cancel_closed_at = Some(before.cancel_deadline.unwrap_or(ctx.now));
        commit(
            tx,
            ctx,
            "upgrade.cancel-window-closed",
            Some(&before),
            u,
            Change::Updated,
            AttemptStep::None,
        )?;
    }
    Ok(u64::try_from(n).unwrap_or(u64::MAX))
}
