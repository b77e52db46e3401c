//! Penalties (EA-7) and creator-marketplace identities (EA-12, PA-8).

use rusqlite::{Row, params};

use super::{Tx, digest, identity, optional, sealed};
use crate::clock;
use crate::domain::identity::{Penalty, PenaltyKind};
use crate::domain::validate::{DouyinId, IdentityNumber};
use crate::error::Result;

fn bad(col: usize, v: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        col,
        rusqlite::types::Type::Text,
        format!("unexpected value {v:?} in penalties").into(),
    )
}

fn stamp(col: usize, v: Option<String>) -> rusqlite::Result<Option<jiff::Timestamp>> {
    v.map(|s| s.parse().map_err(|_| bad(col, &s))).transpose()
}

fn from_row(tx: &Tx<'_>, r: &Row<'_>) -> rusqlite::Result<Penalty> {
    let kind: String = r.get(2)?;
    Ok(Penalty {
        id: r.get(0)?,
        id_number: identity(tx, r, 1, 6)?,
        kind: PenaltyKind::parse(&kind).map_err(|_| bad(2, &kind))?,
        since: stamp(3, Some(r.get(3)?))?.ok_or_else(|| bad(3, ""))?,
        until: stamp(4, r.get(4)?)?,
        cleared_at: stamp(5, r.get(5)?)?,
    })
}

/// Every penalty ever recorded on the identity, oldest first.
pub fn penalties(tx: &Tx<'_>, id: &IdentityNumber) -> Result<Vec<Penalty>> {
    let mut stmt = tx.conn().prepare_cached(
        "SELECT id, id_number, kind, since, until, cleared_at, id_number_sealed FROM penalties \
         WHERE id_number = ?1 ORDER BY since, id",
    )?;
    let rows = stmt.query_map([digest(tx, id)?], |r| from_row(tx, r))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub fn insert_penalty(tx: &Tx<'_>, p: &Penalty) -> Result<i64> {
    let (number, seal) = sealed(tx, &p.id_number)?;
    tx.exec(
        "INSERT INTO penalties (id_number, kind, since, until, cleared_at, id_number_sealed) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            number,
            p.kind.code(),
            clock::fmt(p.since),
            p.until.map(clock::fmt),
            p.cleared_at.map(clock::fmt),
            seal
        ],
    )?;
    Ok(tx.conn().last_insert_rowid())
}

pub fn update_penalty(tx: &Tx<'_>, p: &Penalty) -> Result<()> {
    tx.exec(
        "UPDATE penalties SET until = ?2, cleared_at = ?3 WHERE id = ?1",
        params![p.id, p.until.map(clock::fmt), p.cleared_at.map(clock::fmt)],
    )?;
    Ok(())
}

/// Since when the account holds the creator-marketplace identity, if it does.
pub fn xingtu_since(tx: &Tx<'_>, id: &DouyinId) -> Result<Option<jiff::Timestamp>> {
    let text: Option<String> = optional(tx.row(
        "SELECT since FROM xingtu WHERE douyin_id = ?1",
        [id.as_str()],
        |r| r.get(0),
    ))?;
    text.map(|t| clock::parse_stored(&t)).transpose()
}

pub fn set_xingtu(tx: &Tx<'_>, id: &DouyinId, since: Option<jiff::Timestamp>) -> Result<()> {
    match since {
        Some(ts) => tx.exec(
            "INSERT OR REPLACE INTO xingtu (douyin_id, since) VALUES (?1, ?2)",
            params![id.as_str(), clock::fmt(ts)],
        )?,
        None => tx
            .conn()
            .execute("DELETE FROM xingtu WHERE douyin_id = ?1", [id.as_str()])?,
    };
    Ok(())
}

/// The pseudonym of an identity number, created on first use.
pub fn pseudonym(tx: &Tx<'_>, id: &IdentityNumber) -> Result<i64> {
    let d = digest(tx, id)?;
    tx.exec(
        "INSERT OR IGNORE INTO identity_keys (id_number) VALUES (?1)",
        [&d],
    )?;
    Ok(tx.row(
        "SELECT id FROM identity_keys WHERE id_number = ?1",
        [&d],
        |r| r.get(0),
    )?)
}

/// The pseudonym if the identity number has one (read-only).
pub fn find_pseudonym(tx: &Tx<'_>, id: &IdentityNumber) -> Result<Option<i64>> {
    optional(tx.row(
        "SELECT id FROM identity_keys WHERE id_number = ?1",
        [digest(tx, id)?],
        |r| r.get(0),
    ))
}
