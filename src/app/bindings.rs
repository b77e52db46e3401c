//! The floor under the use cases for what one key may be at once (rules
//! AG-2, AG-3, SH-2, EA-11, EA-12, PA-4, PA-8, UP-4, UP-5): reads what a
//! phone, a Douyin id, a qualification subject or a person holds now and
//! asks the table of `domain::bindings`. Every use case that gives a key a
//! role asks here first; none asks another use case.
//!
//! "Now" is `ctx.now`: a binding that time has ended (an invitation past
//! its 48 hours, a validity that passed, a pending upgrade past its 7 days)
//! holds nothing, whether or not the sweep has recorded it (SW-1).

use crate::domain::authorization as auth_rules;
use crate::domain::bindings::{self as table, Held, Role, Taking};
use crate::domain::org::OrgKind;
use crate::domain::validate::{DouyinId, IdentityNumber, Phone};
use crate::error::Result;
use crate::store::{self, Tx};

use super::Ctx;

/// The roles a phone holds now: the main account of an agency or a shop,
/// live sub-accounts. `key` may also be the email a sub-account logs in
/// with; no main account has one.
pub fn phone_roles(tx: &Tx<'_>, key: &str) -> Result<Vec<Held>> {
    let mut held = Vec::new();
    let phone = Phone::from_stored(key.to_string());
    for (kind, role) in [
        (OrgKind::Agency, Role::AgencyMain),
        (OrgKind::Shop, Role::ShopMain),
    ] {
        if let Some(org) = store::org::by_main_phone(tx, kind, &phone)? {
            held.push(Held::at(role, &org));
        }
    }
    for s in store::subaccount::live_by_key(tx, key)? {
        let org = store::org::by_id(tx, s.org_id)?;
        if let Some(role) = sub_role(org.kind) {
            held.push(Held::at(role, &org));
        }
    }
    Ok(held)
}

/// The sub-account role in an org of `kind` (enterprises have none).
pub fn sub_role(kind: OrgKind) -> Option<Role> {
    match kind {
        OrgKind::Agency => Some(Role::AgencySub),
        OrgKind::Shop => Some(Role::ShopSub),
        OrgKind::Enterprise => None,
    }
}

/// The main-account role of an org of `kind` (an enterprise has no main
/// phone).
pub fn main_role(kind: OrgKind) -> Option<Role> {
    match kind {
        OrgKind::Agency => Some(Role::AgencyMain),
        OrgKind::Shop => Some(Role::ShopMain),
        OrgKind::Enterprise => None,
    }
}

/// May the phone (or sub-account email) `key` take `taking`? (AG-2, AG-3,
/// SH-2.)
pub fn phone(tx: &Tx<'_>, ctx: &Ctx<'_>, key: &str, taking: &Taking) -> Result<()> {
    let held = phone_roles(tx, key)?;
    Ok(table::check(key, &held, taking, ctx.policy)?)
}

/// The roles a Douyin id holds now: an employee account (not withdrawn or
/// deregistered), a live authorisation as it stands at `ctx.now`, the
/// creator-marketplace identity.
pub fn douyin_id_roles(tx: &Tx<'_>, ctx: &Ctx<'_>, id: &DouyinId) -> Result<Vec<Held>> {
    let mut held = Vec::new();
    if let Some(e) = store::employee::by_douyin_id(tx, id)? {
        let org = store::org::by_id(tx, e.org_id)?;
        held.push(Held::at(Role::EmployeeAccount, &org).detail(e.email.as_str()));
    }
    if let Some(a) = store::authorization::find(tx, id)?
        .map(|a| auth_rules::as_of(a, ctx.now))
        .filter(|a| a.status.is_live())
    {
        let org = store::org::by_id(tx, a.org_id)?;
        held.push(Held::at(Role::AuthorisedAccount, &org).detail(a.status.code()));
    }
    if store::identity::xingtu_since(tx, id)?.is_some() {
        held.push(Held::new(Role::Xingtu));
    }
    Ok(held)
}

/// Reads ahead what [`douyin_id_roles`] looks up, for the Douyin ids of a
/// batch of rows: one query per kind of binding for the batch, where a
/// server would otherwise answer one query per row (a hint: the lookups
/// that follow answer the same either way).
pub fn read_ahead(tx: &Tx<'_>, ids: &[&str]) -> Result<()> {
    store::employee::read_ahead(tx, ids)?;
    store::authorization::read_ahead(tx, ids)?;
    store::identity::read_ahead_xingtu(tx, ids)
}

/// May the Douyin id take `taking`? (EA-11, EA-12, PA-4, PA-8.)
pub fn douyin_id(tx: &Tx<'_>, ctx: &Ctx<'_>, id: &DouyinId, taking: &Taking) -> Result<()> {
    let held = douyin_id_roles(tx, ctx, id)?;
    Ok(table::check(id.as_str(), &held, taking, ctx.policy)?)
}

/// The roles a qualification subject holds now: a cross-border shop, and
/// one `VerticalAccount` per vertical official account, upgraded or
/// reserved by an upgrade still pending at `ctx.now`.
pub fn subject_roles(tx: &Tx<'_>, ctx: &Ctx<'_>, subject: &str) -> Result<Vec<Held>> {
    let mut held = Vec::new();
    if store::org::subject_cross_border(tx, subject)? {
        held.push(Held::new(Role::CrossBorderShop));
    }
    let seats = store::upgrade::type_seats(tx, subject, 0, ctx.now)?;
    held.extend((0..seats.vertical).map(|_| Held::new(Role::VerticalAccount)));
    Ok(held)
}

/// May the subject take `taking`? (UP-4: cross-border and vertical.)
pub fn subject(tx: &Tx<'_>, ctx: &Ctx<'_>, subject: &str, taking: &Taking) -> Result<()> {
    let held = subject_roles(tx, ctx, subject)?;
    Ok(table::check(subject, &held, taking, ctx.policy)?)
}

/// May the person operate one more official account? (UP-5: the accounts
/// they operate now, pending upgrades included, leaving out the upgrade
/// `except` itself.) Named masked (PII-1).
pub fn operator(tx: &Tx<'_>, ctx: &Ctx<'_>, person: &IdentityNumber, except: i64) -> Result<()> {
    let n = store::upgrade::operated_by(tx, person, except, ctx.now)?;
    let held: Vec<Held> = (0..n).map(|_| Held::new(Role::Operator)).collect();
    Ok(table::check(
        &person.masked(),
        &held,
        &Taking::new(Role::Operator),
        ctx.policy,
    )?)
}
