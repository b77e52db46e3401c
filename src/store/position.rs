//! Rows of `positions` to and from `domain::position::Position`.

use super::{Row, params};

use super::{Tx, join, optional, split};
use crate::clock;
use crate::domain::position::Position;
use crate::error::Result;

const COLUMNS: &str = "id, org_id, name, description, permissions, created_at";

fn from_row(r: &Row<'_>) -> Result<Position> {
    let created: String = r.get(5)?;
    Ok(Position {
        id: r.get(0)?,
        org_id: r.get(1)?,
        name: r.get(2)?,
        description: r.get(3)?,
        permissions: split(&r.get::<String>(4)?),
        created_at: created.parse().map_err(|_| {
            rusqlite::Error::FromSqlConversionFailure(
                5,
                rusqlite::types::Type::Text,
                format!("bad instant {created:?} in positions").into(),
            )
        })?,
    })
}

pub fn insert(tx: &Tx<'_>, p: &Position) -> Result<i64> {
    tx.insert(
        "INSERT INTO positions (org_id, name, description, permissions, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            p.org_id,
            p.name,
            p.description,
            join(&p.permissions),
            clock::fmt(p.created_at)
        ],
    )
}

pub fn update(tx: &Tx<'_>, p: &Position) -> Result<()> {
    tx.exec(
        "UPDATE positions SET name = ?2, description = ?3, permissions = ?4 WHERE id = ?1",
        params![p.id, p.name, p.description, join(&p.permissions)],
    )?;
    Ok(())
}

/// POS-5: marks the position deleted; closed accounts that once held it
/// keep pointing at it.
pub fn delete(tx: &Tx<'_>, id: i64, now: jiff::Timestamp) -> Result<()> {
    tx.exec(
        "UPDATE positions SET deleted_at = ?2 WHERE id = ?1",
        params![id, clock::fmt(now)],
    )?;
    Ok(())
}

pub fn find(tx: &Tx<'_>, org_id: i64, name: &str) -> Result<Option<Position>> {
    optional(tx.row(
        &format!(
            "SELECT {COLUMNS} FROM positions WHERE org_id = ?1 AND name = ?2 AND deleted_at IS NULL"
        ),
        params![org_id, name],
        from_row,
    ))
}

pub fn list(tx: &Tx<'_>, org_id: i64) -> Result<Vec<Position>> {
    tx.query(
        &format!(
            "SELECT {COLUMNS} FROM positions WHERE org_id = ?1 AND deleted_at IS NULL ORDER BY name"
        ),
        params![org_id],
        from_row,
    )
}

/// Positions of `org_id` that carry `code` (EN-5: a tool still in use).
pub fn carrying(tx: &Tx<'_>, org_id: i64, code: &str) -> Result<Vec<String>> {
    Ok(list(tx, org_id)?
        .into_iter()
        .filter(|p| p.permissions.iter().any(|c| c == code))
        .map(|p| p.name)
        .collect())
}

/// Accounts holding the position (POS-5): live employee accounts and live
/// sub-accounts.
pub fn holders(tx: &Tx<'_>, id: i64) -> Result<u32> {
    Ok(super::employee::holding_position(tx, id)? + super::subaccount::holding_position(tx, id)?)
}

pub fn by_id(tx: &Tx<'_>, id: i64) -> Result<Position> {
    tx.row(
        &format!("SELECT {COLUMNS} FROM positions WHERE id = ?1"),
        params![id],
        from_row,
    )
}
