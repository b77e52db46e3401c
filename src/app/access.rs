//! `access check` / `access list` (rules POS-4, PA-6, EA-1): effective
//! permissions and who held them when, answered from the grants table
//! (kept in step by `app::grants`) for now or any past instant.

use crate::domain::access as rules;
use crate::domain::permission;
use crate::domain::validate;
use crate::error::{Error, Result};
use crate::store::{self, Tx};
use crate::views::{AccessView, GrantView};

use super::Ctx;

/// Whether anything answers to `key`: an employee account (email or Douyin
/// id), an authorised personal account, or a sub-account (phone or email).
fn known(tx: &Tx<'_>, key: &str) -> Result<bool> {
    if store::employee::find(tx, key)?.is_some() || store::subaccount::any_with_key(tx, key)? {
        return Ok(true);
    }
    match validate::douyin_id(key) {
        Ok(d) => Ok(store::authorization::find(tx, &d)?.is_some()
            || store::employee::by_douyin_id(tx, &d)?.is_some()),
        Err(_) => Ok(false),
    }
}

/// The key as stored: emails lower-cased, phones normalised, Douyin ids
/// folded.
fn normalise(key: &str) -> String {
    let k = validate::clean(key);
    if k.contains('@') {
        return validate::email(&k).map_or(k, |e| e.as_str().to_string());
    }
    if let Ok(p) = validate::phone(&k)
        && k.chars().filter(char::is_ascii_digit).count() >= 11
    {
        return p.as_str().to_string();
    }
    validate::douyin_id(&k).map_or(k, |d| d.as_str().to_string())
}

fn check_permission(code: &str) -> Result<String> {
    let c = validate::clean(code).to_ascii_lowercase();
    let all = permission::ENTERPRISE
        .iter()
        .chain(permission::AGENCY)
        .chain(permission::SHOP);
    if all.clone().any(|p| p.code == c) {
        return Ok(c);
    }
    Err(Error::invalid(
        "PERMISSION",
        "UNKNOWN_PERMISSION",
        Some("POS-2a"),
        format!("{code:?} is not a permission code; see `roster position catalogue KIND`"),
    ))
}

/// The org `access` is scoped to: `--org` (or ROSTER_ORG, or the config's
/// default_org) when given, which must exist; else every org.
fn scope(tx: &Tx<'_>, org: Option<&str>) -> Result<Option<crate::domain::org::Org>> {
    org.map(|h| super::lookup::org(tx, Some(h))).transpose()
}

fn instant(at: Option<&str>, now: jiff::Timestamp) -> Result<jiff::Timestamp> {
    match at {
        Some(a) => super::field::instant("--at", a),
        None => Ok(now),
    }
}

/// `[--org ORG] access check KEY PERMISSION [--at INSTANT]`: with an org,
/// whether KEY holds PERMISSION there; without, whether any org grants it,
/// naming them (`org` the first by handle, `orgs` all). A key that answers
/// to nothing anywhere is not found; one that has no account in the org
/// asked about holds nothing there.
pub fn check(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    key: &str,
    perm: &str,
    at: Option<&str>,
) -> Result<AccessView> {
    let perm = check_permission(perm)?;
    let at = instant(at, ctx.now)?;
    let key = normalise(key);
    let scope = scope(tx, org)?;
    if !known(tx, &key)? {
        return Err(Error::not_found_hint(
            "ACCOUNT_NOT_FOUND",
            format!(
                "no employee account, authorised personal account or sub-account answers to {key}"
            ),
            "KEY is an employee email, a Douyin id, or a sub-account phone or email",
        ));
    }
    let answer = rules::answer(
        store::grant::of_account(tx, &key, at)?
            .into_iter()
            .filter(|g| g.permission == perm)
            .filter(|g| scope.as_ref().is_none_or(|o| o.id == g.org_id))
            .map(|g| (g.org, g.via)),
    );
    let org = match &scope {
        Some(o) => Some(o.handle.clone()),
        None => answer.first_org().map(str::to_string),
    };
    Ok(AccessView {
        account: key,
        org,
        permission: perm,
        at: crate::clock::fmt(at),
        allowed: answer.allowed,
        via: answer.via,
        orgs: answer.orgs,
    })
}

/// `[--org ORG] access list [--at INSTANT]`: each (account, org,
/// permission) in force once, with every position or grant that gives it,
/// streamed.
pub fn list(
    tx: &Tx<'_>,
    now: jiff::Timestamp,
    org: Option<&str>,
    at: Option<&str>,
    mut each: impl FnMut(GrantView) -> Result<()>,
) -> Result<()> {
    let at = instant(at, now)?;
    let org_id = scope(tx, org)?.map(|o| o.id);
    let mut open: Option<GrantView> = None;
    store::grant::all_at(tx, at, org_id, |g| {
        let kind = match g.kind.as_str() {
            "employee" => "employee",
            "authorization" => "authorization",
            _ => "subaccount",
        };
        if let Some(v) = open.as_mut()
            && v.account == g.account
            && v.org == g.org
            && v.permission == g.permission
            && v.kind == kind
        {
            if !v.via.contains(&g.via) {
                v.via.push(g.via);
            }
            return Ok(());
        }
        let next = GrantView {
            account: g.account,
            kind,
            org: g.org,
            permission: g.permission,
            via: vec![g.via],
        };
        match open.replace(next) {
            Some(done) => each(done),
            None => Ok(()),
        }
    })?;
    match open {
        Some(last) => each(last),
        None => Ok(()),
    }
}
