//! Rows of `departments`, addressed by path (DEP-1).

use std::sync::LazyLock;

use super::{Row, params};

use super::{Tx, optional, status};
use crate::clock;
use crate::domain::position::Department;
use crate::error::Result;

/// Every department of the org with its path, built by one recursive query.
const TREE: &str = "WITH RECURSIVE tree (id, org_id, parent_id, name, path) AS ( \
       SELECT id, org_id, parent_id, name, name FROM departments \
        WHERE org_id = ?1 AND parent_id IS NULL \
       UNION ALL \
       SELECT d.id, d.org_id, d.parent_id, d.name, tree.path || '/' || d.name \
         FROM departments d JOIN tree ON d.parent_id = tree.id) \
     SELECT id, org_id, parent_id, name, path FROM tree";

fn from_row(r: &Row<'_>) -> Result<Department> {
    Ok(Department {
        id: r.get(0)?,
        org_id: r.get(1)?,
        parent_id: r.get(2)?,
        name: r.get(3)?,
        path: r.get(4)?,
    })
}

pub fn list(tx: &Tx<'_>, org_id: i64) -> Result<Vec<Department>> {
    tx.query(&format!("{TREE} ORDER BY path"), params![org_id], from_row)
}

/// The department at `path`, found by walking its segments down the
/// `(org, parent, name)` index: a few lookups, whatever the tree's size.
pub fn find(tx: &Tx<'_>, org_id: i64, path: &str) -> Result<Option<Department>> {
    let mut parent: Option<i64> = None;
    let mut found = None;
    for name in path.split('/') {
        let row: Option<i64> = optional(tx.row(
            "SELECT id FROM departments WHERE org_id = ?1 AND ifnull(parent_id, 0) = ?2 AND name = ?3",
            params![org_id, parent.unwrap_or(0), name],
            |r| r.get(0),
        ))?;
        match row {
            Some(id) => {
                found = Some(Department {
                    id,
                    org_id,
                    parent_id: parent,
                    name: name.to_string(),
                    path: path.to_string(),
                });
                parent = Some(id);
            }
            None => return Ok(None),
        }
    }
    Ok(found)
}

pub fn insert(
    tx: &Tx<'_>,
    org_id: i64,
    parent_id: Option<i64>,
    name: &str,
    now: jiff::Timestamp,
) -> Result<i64> {
    tx.insert(
        "INSERT INTO departments (org_id, parent_id, name, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![org_id, parent_id, name, clock::fmt(now)],
    )
}

pub fn set_name(tx: &Tx<'_>, id: i64, name: &str) -> Result<()> {
    tx.exec(
        "UPDATE departments SET name = ?2 WHERE id = ?1",
        params![id, name],
    )?;
    Ok(())
}

pub fn set_parent(tx: &Tx<'_>, id: i64, parent_id: Option<i64>) -> Result<()> {
    tx.exec(
        "UPDATE departments SET parent_id = ?2 WHERE id = ?1",
        params![id, parent_id],
    )?;
    Ok(())
}

pub fn delete(tx: &Tx<'_>, id: i64) -> Result<()> {
    // Closed accounts (withdrawn, deregistered) no longer belong anywhere;
    // their audit history keeps the path they had.
    static DETACH_CLOSED: LazyLock<String> = LazyLock::new(|| {
        format!(
            "UPDATE employee_accounts SET department_id = NULL WHERE department_id = ?1 \
             AND status IN {closed}",
            closed = *status::EMPLOYEE_SEATLESS
        )
    });
    tx.exec(&DETACH_CLOSED, params![id])?;
    tx.exec("DELETE FROM departments WHERE id = ?1", params![id])?;
    Ok(())
}

pub fn children(tx: &Tx<'_>, id: i64) -> Result<u32> {
    tx.row(
        "SELECT count(*) FROM departments WHERE parent_id = ?1",
        params![id],
        |r| r.get(0),
    )
}

/// Live employee accounts placed in the department (DEP-1).
pub fn members(tx: &Tx<'_>, id: i64) -> Result<u32> {
    super::employee::in_department(tx, id)
}

/// The department with its path, found by id within its org: its path is
/// built by walking up the parents (the tree has no cycles, DEP-1).
pub fn by_id(tx: &Tx<'_>, org_id: i64, id: i64) -> Result<Option<Department>> {
    let mut names = Vec::new();
    let mut first: Option<(Option<i64>, String)> = None;
    let mut cur = Some(id);
    while let Some(c) = cur {
        let row: Option<(Option<i64>, String)> = optional(tx.row(
            "SELECT parent_id, name FROM departments WHERE id = ?1 AND org_id = ?2",
            params![c, org_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        ))?;
        let Some((parent, name)) = row else {
            return Ok(None);
        };
        if first.is_none() {
            first = Some((parent, name.clone()));
        }
        names.push(name);
        cur = parent;
        if names.len() > 10_000 {
            return Err(crate::error::Error::internal("department tree has a cycle"));
        }
    }
    names.reverse();
    Ok(first.map(|(parent_id, name)| Department {
        id,
        org_id,
        parent_id,
        name,
        path: names.join("/"),
    }))
}

/// The department and every department below it (for list filters).
pub fn subtree(tx: &Tx<'_>, org_id: i64, path: &str) -> Result<Vec<i64>> {
    // substr, not LIKE: LIKE folds ASCII case, and `SALES` is not `Sales`.
    tx.query(
        &format!("{TREE} WHERE path = ?2 OR substr(path, 1, length(?3)) = ?3"),
        params![org_id, path, format!("{path}/")],
        |r| r.get(0),
    )
}
