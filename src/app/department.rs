//! Departments: a tree per enterprise addressed by path (rule DEP-1).

use serde_json::json;

use super::lookup::{self, department as get, path_arg};
use super::{Change, Ctx, Outcome, audit, json};
use crate::domain::org::Org;
use crate::domain::position::{Department, department_name};
use crate::error::{Error, Result, RuleViolation};
use crate::store::{self, Tx};
use crate::views::DepartmentView;

pub fn key(org: &str, path: &str) -> String {
    format!("department:{org}/{path}")
}

/// DEP-1: departments belong to enterprises.
fn enterprise(tx: &Tx<'_>, org: Option<&str>) -> Result<Org> {
    lookup::enterprise(tx, org, "DEP-1", "departments")
}

fn parent_of(tx: &Tx<'_>, org: &Org, path: &str) -> Result<Option<Department>> {
    match path.rsplit_once('/') {
        Some((parent, _)) => get(tx, org, parent).map(Some).map_err(|_| {
            Error::not_found_hint(
                "DEPARTMENT_NOT_FOUND",
                format!(
                    "{} has no department {parent:?} to hold {path:?}",
                    org.handle
                ),
                format!("create it first: `roster department create {parent}`"),
            )
        }),
        None => Ok(None),
    }
}

fn exists(org: &Org, path: &str) -> Error {
    RuleViolation::new(
        "DEPARTMENT_EXISTS",
        "DEP-1",
        format!("{} already has a department {path:?}", org.handle),
    )
    .into()
}

/// `department create PATH`: the parent must exist; an existing path is
/// `Unchanged`.
pub fn create(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    path: &str,
) -> Result<Outcome<DepartmentView>> {
    let org = enterprise(tx, org)?;
    let path = path_arg("PATH", path)?;
    if let Some(d) = store::department::find(tx, org.id, &path)? {
        return Ok(Outcome::new(
            DepartmentView::new(&org.handle, &d),
            Change::Unchanged,
        ));
    }
    let parent = parent_of(tx, &org, &path)?;
    let name = path.rsplit('/').next().unwrap_or(&path).to_string();
    store::department::insert(tx, org.id, parent.map(|p| p.id), &name, ctx.now)?;
    let d = get(tx, &org, &path)?;
    let v = DepartmentView::new(&org.handle, &d);
    audit(
        tx,
        ctx,
        "department.create",
        &key(&org.handle, &path),
        None,
        Some(json(&v)?),
    )?;
    Ok(Outcome::new(v, Change::Created))
}

/// `department rename PATH NEW_NAME`: the subtree's paths follow.
pub fn rename(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    path: &str,
    new_name: &str,
) -> Result<Outcome<DepartmentView>> {
    let org = enterprise(tx, org)?;
    let d = get(tx, &org, &path_arg("PATH", path)?)?;
    let name = department_name(new_name)
        .map_err(|why| Error::invalid("NEW_NAME", "INVALID_NAME", Some("DEP-1"), why))?;
    if name == d.name {
        return Ok(Outcome::new(
            DepartmentView::new(&org.handle, &d),
            Change::Unchanged,
        ));
    }
    let new_path = match d.path.rsplit_once('/') {
        Some((parent, _)) => format!("{parent}/{name}"),
        None => name.clone(),
    };
    if store::department::find(tx, org.id, &new_path)?.is_some() {
        return Err(exists(&org, &new_path));
    }
    store::department::set_name(tx, d.id, &name)?;
    moved(tx, ctx, &org, &d, &new_path, "department.rename")
}

/// `department move PATH --to PARENT` (`--to /` for the top level); the
/// tree stays free of cycles (DEP-1).
pub fn move_to(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    path: &str,
    to: &str,
) -> Result<Outcome<DepartmentView>> {
    let org = enterprise(tx, org)?;
    let d = get(tx, &org, &path_arg("PATH", path)?)?;
    let to = to.trim().trim_matches('/');
    let parent = if to.is_empty() {
        None
    } else {
        Some(get(tx, &org, &path_arg("--to", to)?)?)
    };
    if let Some(p) = &parent
        && (p.id == d.id || p.path.starts_with(&format!("{}/", d.path)))
    {
        return Err(RuleViolation::new(
            "DEPARTMENT_CYCLE",
            "DEP-1",
            format!(
                "cannot move {:?} under {:?}: it is that department or inside it",
                d.path, p.path
            ),
        )
        .into());
    }
    if parent.as_ref().map(|p| p.id) == d.parent_id {
        return Ok(Outcome::new(
            DepartmentView::new(&org.handle, &d),
            Change::Unchanged,
        ));
    }
    let new_path = match &parent {
        Some(p) => format!("{}/{}", p.path, d.name),
        None => d.name.clone(),
    };
    if store::department::find(tx, org.id, &new_path)?.is_some() {
        return Err(exists(&org, &new_path));
    }
    store::department::set_parent(tx, d.id, parent.map(|p| p.id))?;
    moved(tx, ctx, &org, &d, &new_path, "department.move")
}

fn moved(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: &Org,
    before: &Department,
    new_path: &str,
    action: &str,
) -> Result<Outcome<DepartmentView>> {
    let after = get(tx, org, new_path)?;
    let (b, a) = (
        DepartmentView::new(&org.handle, before),
        DepartmentView::new(&org.handle, &after),
    );
    audit(
        tx,
        ctx,
        action,
        &key(&org.handle, &before.path),
        Some(json(&b)?),
        Some(json(&a)?),
    )?;
    Ok(Outcome::new(a, Change::Updated))
}

/// `department delete PATH`: refused while it has children or members.
pub fn delete(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    path: &str,
) -> Result<Outcome<DepartmentView>> {
    let org = enterprise(tx, org)?;
    let d = get(tx, &org, &path_arg("PATH", path)?)?;
    let children = store::department::children(tx, d.id)?;
    let members = store::department::members(tx, d.id)?;
    if children > 0 || members > 0 {
        return Err(RuleViolation::new(
            "DEPARTMENT_NOT_EMPTY",
            "DEP-1",
            format!(
                "department {:?} has {children} sub-department(s) and {members} member(s)",
                d.path
            ),
        )
        .hint("move or delete its sub-departments and move its members first")
        .details(json!({ "children": children, "members": members }))
        .into());
    }
    store::department::delete(tx, d.id)?;
    let v = DepartmentView::new(&org.handle, &d);
    audit(
        tx,
        ctx,
        "department.delete",
        &key(&org.handle, &d.path),
        Some(json(&v)?),
        None,
    )?;
    Ok(Outcome::new(v, Change::Deleted))
}

pub fn list(tx: &Tx<'_>, org: Option<&str>) -> Result<Vec<DepartmentView>> {
    let org = enterprise(tx, org)?;
    Ok(store::department::list(tx, org.id)?
        .iter()
        .map(|d| DepartmentView::new(&org.handle, d))
        .collect())
}
