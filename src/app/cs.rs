//! Customer-service routing of a shop (rule SH-4): groups bound to pages,
//! members with weights and online status, and a smooth weighted
//! round-robin whose state lives in the database, so consecutive `route`
//! calls from separate processes share the load exactly by weight.

use super::lookup::{live_subaccount as live_sub, parse_key_arg, shop};
use super::{Change, Ctx, Outcome, audit, json};
use crate::domain::org::Org;
use crate::domain::subaccount::Status;
use crate::error::{Error, Result, RuleViolation};
use crate::store::{self, Tx, cs::Group};
use crate::views::{GroupView, MemberView, RouteView};

fn key(org: &str, group: &str) -> String {
    format!("cs-group:{org}/{group}")
}

/// A page or group name: a list item, so no list separators.
fn name(flag: &str, raw: &str) -> Result<String> {
    crate::domain::position::position_name(raw)
        .map_err(|why| Error::invalid(flag, "INVALID_NAME", Some("SH-4"), why))
}

fn routable(s: &crate::domain::subaccount::SubAccount) -> bool {
    s.status == Status::Enabled && s.im && s.online
}

fn view(tx: &Tx<'_>, org: &Org, g: &Group) -> Result<GroupView> {
    let members = store::cs::members(tx, g.id)?
        .into_iter()
        .map(|m| MemberView {
            agent: m.subaccount.key.clone(),
            weight: m.weight,
            online: m.subaccount.online,
            routable: routable(&m.subaccount),
        })
        .collect();
    Ok(GroupView {
        org: org.handle.clone(),
        group: g.name.clone(),
        pages: g.pages.clone(),
        members,
    })
}

fn group(tx: &Tx<'_>, org: &Org, raw: &str) -> Result<Group> {
    let n = name("GROUP", raw)?;
    store::cs::find_group(tx, org.id, &n)?.ok_or_else(|| {
        Error::not_found(
            "CS_GROUP_NOT_FOUND",
            format!("{} has no customer-service group {n:?}", org.handle),
        )
    })
}

/// `cs group create NAME --pages P,…`.
pub fn create_group(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    group_name: &str,
    pages: &str,
) -> Result<Outcome<GroupView>> {
    let n = name("NAME", group_name)?;
    let mut ps = Vec::new();
    for p in crate::domain::permission::split_list(pages) {
        ps.push(name("--pages", &p)?);
    }
    ps.sort();
    ps.dedup();
    if ps.is_empty() {
        return Err(Error::invalid(
            "--pages",
            "MISSING_FIELD",
            Some("SH-4"),
            "a group is bound to at least one page",
        ));
    }
    let org = shop(tx, org)?;
    if let Some(g) = store::cs::find_group(tx, org.id, &n)? {
        if g.pages == ps {
            return Ok(Outcome::new(view(tx, &org, &g)?, Change::Unchanged));
        }
        return Err(RuleViolation::new(
            "CS_GROUP_EXISTS",
            "SH-4",
            format!(
                "{} already has a group {n:?} bound to other pages",
                org.handle
            ),
        )
        .into());
    }
    let id = store::cs::insert_group(tx, org.id, &n, &ps, ctx.now)?;
    let g = Group {
        id,
        org_id: org.id,
        name: n,
        pages: ps,
    };
    let v = view(tx, &org, &g)?;
    audit(
        tx,
        ctx,
        "cs.group-create",
        &key(&org.handle, &g.name),
        None,
        Some(json(&v)?),
    )?;
    Ok(Outcome::new(v, Change::Created))
}

/// `cs member add GROUP KEY [--weight W]`: only sub-accounts with the IM
/// permission serve customers (SH-4).
pub fn add_member(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    group_name: &str,
    raw_key: &str,
    weight: u32,
) -> Result<Outcome<GroupView>> {
    if !(1..=1000).contains(&weight) {
        return Err(Error::invalid(
            "--weight",
            "INVALID_WEIGHT",
            Some("SH-4"),
            format!("must be 1 to 1000, got {weight}"),
        ));
    }
    let org = shop(tx, org)?;
    let g = group(tx, &org, group_name)?;
    let s = live_sub(tx, &org, raw_key)?;
    if !s.im {
        return Err(RuleViolation::new(
            "NO_IM_PERMISSION",
            "SH-4",
            format!(
                "{} has no IM permission (飞鸽); only such sub-accounts serve customers",
                s.key
            ),
        )
        .hint(format!(
            "`roster --org {} subaccount edit {} --im on`",
            org.handle, s.key
        ))
        .into());
    }
    let before = view(tx, &org, &g)?;
    let existing = store::cs::members(tx, g.id)?
        .into_iter()
        .find(|m| m.subaccount.id == s.id);
    if existing.is_some_and(|m| m.weight == weight) {
        return Ok(Outcome::new(before, Change::Unchanged));
    }
    store::cs::set_member(tx, g.id, s.id, weight)?;
    let after = view(tx, &org, &g)?;
    audit(
        tx,
        ctx,
        "cs.member-add",
        &key(&org.handle, &g.name),
        Some(json(&before)?),
        Some(json(&after)?),
    )?;
    Ok(Outcome::new(after, Change::Updated))
}

/// `cs member remove GROUP KEY`.
pub fn remove_member(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    group_name: &str,
    raw_key: &str,
) -> Result<Outcome<GroupView>> {
    let org = shop(tx, org)?;
    let g = group(tx, &org, group_name)?;
    let k = parse_key_arg(raw_key)?;
    let before = view(tx, &org, &g)?;
    let Some(s) = store::subaccount::find(tx, org.id, &k.key)? else {
        return Err(Error::not_found(
            "SUBACCOUNT_NOT_FOUND",
            format!("{} has no sub-account {}", org.handle, k.key),
        ));
    };
    if store::cs::remove_member(tx, g.id, s.id)? == 0 {
        return Ok(Outcome::new(before, Change::Unchanged));
    }
    let after = view(tx, &org, &g)?;
    audit(
        tx,
        ctx,
        "cs.member-remove",
        &key(&org.handle, &g.name),
        Some(json(&before)?),
        Some(json(&after)?),
    )?;
    Ok(Outcome::new(after, Change::Updated))
}

/// `cs route PAGE`: the next conversation on PAGE goes to an online member
/// (enabled, IM on) of the first group bound to the page that has one, by
/// smooth weighted round-robin; nobody online is `agent: null`, not an
/// error.
pub fn route(tx: &Tx<'_>, ctx: &Ctx<'_>, org: Option<&str>, page: &str) -> Result<RouteView> {
    let page = name("PAGE", page)?;
    let org = shop(tx, org)?;
    let groups = store::cs::groups_for_page(tx, org.id, &page)?;
    if groups.is_empty() {
        return Err(Error::not_found_hint(
            "PAGE_NOT_ROUTED",
            format!(
                "no customer-service group of {} is bound to page {page:?}",
                org.handle
            ),
            "`roster cs group create NAME --pages PAGE`",
        ));
    }
    for g in &groups {
        let candidates: Vec<_> = store::cs::members(tx, g.id)?
            .into_iter()
            .filter(|m| routable(&m.subaccount))
            .collect();
        let state: Vec<(u32, i64)> = candidates.iter().map(|m| (m.weight, m.current)).collect();
        let Some((chosen, currents)) = crate::domain::cs::swrr(&state) else {
            continue;
        };
        for (m, c) in candidates.iter().zip(&currents) {
            store::cs::set_current(tx, g.id, m.subaccount.id, *c)?;
        }
        let agent = candidates
            .get(chosen)
            .map(|m| m.subaccount.key.clone())
            .ok_or_else(|| Error::internal("round-robin chose nobody"))?;
        let v = RouteView {
            page: page.clone(),
            group: Some(g.name.clone()),
            agent: Some(agent),
        };
        audit(
            tx,
            ctx,
            "cs.route",
            &key(&org.handle, &g.name),
            None,
            Some(json(&v)?),
        )?;
        return Ok(v);
    }
    Ok(RouteView {
        page,
        group: groups.first().map(|g| g.name.clone()),
        agent: None,
    })
}

pub fn show_group(tx: &Tx<'_>, org: Option<&str>, group_name: &str) -> Result<GroupView> {
    let org = shop(tx, org)?;
    let g = group(tx, &org, group_name)?;
    view(tx, &org, &g)
}
