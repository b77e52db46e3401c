//! Positions: create, edit, delete, show, list, catalogue (rules POS-1 … POS-5).

use serde_json::json;

use super::lookup::{self, org as scoped, permissions};
use super::{Change, Ctx, Outcome, audit, json};
use crate::domain::org::{Org, OrgKind};
use crate::domain::permission;
use crate::domain::position::{Position, position_name};
use crate::error::{Result, RuleViolation};
use crate::store::{self, Tx};
use crate::views::PositionView;

pub fn key(org: &str, name: &str) -> String {
    format!("position:{org}/{name}")
}

fn view(tx: &Tx<'_>, org: &Org, p: &Position) -> Result<PositionView> {
    Ok(PositionView::new(
        &org.handle,
        p,
        store::position::holders(tx, p.id)?,
    ))
}

#[derive(Debug, Clone, Default)]
pub struct NewPosition {
    pub name: String,
    pub permissions: String,
    pub description: Option<String>,
}

/// `position create` (POS-1). The same position again is `Unchanged`.
pub fn create(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    input: &NewPosition,
) -> Result<Outcome<PositionView>> {
    let org = scoped(tx, org)?;
    let name = super::field::code("name", &input.name, position_name)?;
    let perms = permissions(&org, &input.permissions, "--perm")?;
    let description = input
        .description
        .as_deref()
        .map(|d| super::field::text("--description", d))
        .transpose()?
        .unwrap_or_default();
    if let Some(existing) = store::position::find(tx, org.id, &name)? {
        if existing.permissions == perms && existing.description == description {
            return Ok(Outcome::new(view(tx, &org, &existing)?, Change::Unchanged));
        }
        return Err(RuleViolation::new(
            "POSITION_EXISTS",
            "POS-1",
            format!(
                "{} already has a position {name:?} with other permissions or description",
                org.handle
            ),
        )
        .hint("use `roster position edit` to change it")
        .into());
    }
    let mut p = Position {
        id: 0,
        org_id: org.id,
        name,
        description,
        permissions: perms,
        created_at: ctx.now,
    };
    p.id = store::position::insert(tx, &p)?;
    let v = view(tx, &org, &p)?;
    audit(
        tx,
        ctx,
        "position.create",
        &key(&org.handle, &p.name),
        None,
        Some(json(&v)?),
    )?;
    Ok(Outcome::new(v, Change::Created))
}

#[derive(Debug, Clone, Default)]
pub struct PositionEdit {
    pub permissions: Option<String>,
    pub description: Option<String>,
    pub rename: Option<String>,
}

/// `position edit` (POS-5): new permissions apply to every holder from now
/// on; the audit event keeps the old set.
pub fn edit(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    name: &str,
    input: &PositionEdit,
) -> Result<Outcome<PositionView>> {
    let org = scoped(tx, org)?;
    let before = lookup::position(tx, &org, name)?;
    let mut p = before.clone();
    if let Some(list) = &input.permissions {
        p.permissions = permissions(&org, list, "--perm")?;
    }
    if let Some(d) = &input.description {
        p.description = super::field::text("--description", d)?;
    }
    if let Some(new) = &input.rename {
        p.name = super::field::code("--rename", new, position_name)?;
        if p.name != before.name && store::position::find(tx, org.id, &p.name)?.is_some() {
            return Err(RuleViolation::new(
                "POSITION_EXISTS",
                "POS-1",
                format!("{} already has a position {:?}", org.handle, p.name),
            )
            .into());
        }
    }
    if p == before {
        return Ok(Outcome::new(view(tx, &org, &p)?, Change::Unchanged));
    }
    store::position::update(tx, &p)?;
    // POS-5: every holder's permissions change from this moment on.
    super::grants::position_holders(tx, ctx, p.id)?;
    let (b, a) = (view(tx, &org, &before)?, view(tx, &org, &p)?);
    audit(
        tx,
        ctx,
        "position.edit",
        &key(&org.handle, &before.name),
        Some(json(&b)?),
        Some(json(&a)?),
    )?;
    Ok(Outcome::new(a, Change::Updated))
}

/// `position delete` (POS-5): refused while anyone holds it.
pub fn delete(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    name: &str,
) -> Result<Outcome<PositionView>> {
    let org = scoped(tx, org)?;
    let p = lookup::position(tx, &org, name)?;
    let v = view(tx, &org, &p)?;
    if v.holders > 0 {
        return Err(RuleViolation::new(
            "POSITION_IN_USE",
            "POS-5",
            format!("position {:?} is held by {} account(s)", p.name, v.holders),
        )
        .hint("move its holders to another position first")
        .details(json!({ "holders": v.holders }))
        .into());
    }
    store::position::delete(tx, p.id, ctx.now)?;
    audit(
        tx,
        ctx,
        "position.delete",
        &key(&org.handle, &p.name),
        Some(json(&v)?),
        None,
    )?;
    Ok(Outcome::new(v, Change::Deleted))
}

pub fn show(tx: &Tx<'_>, org: Option<&str>, name: &str) -> Result<PositionView> {
    let org = scoped(tx, org)?;
    let p = lookup::position(tx, &org, name)?;
    view(tx, &org, &p)
}

pub fn list(tx: &Tx<'_>, org: Option<&str>) -> Result<Vec<PositionView>> {
    let org = scoped(tx, org)?;
    store::position::list(tx, org.id)?
        .iter()
        .map(|p| view(tx, &org, p))
        .collect()
}

/// `position catalogue KIND` (POS-2a).
pub fn catalogue(kind: &str) -> Result<&'static [permission::Permission]> {
    Ok(permission::catalogue(super::field::code(
        "KIND",
        kind,
        OrgKind::parse,
    )?))
}
