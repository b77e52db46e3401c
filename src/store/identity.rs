//! Penalties (EA-7) and creator-marketplace identities (EA-12, PA-8).

use super::memo::Keyed;
use super::{Row, params};

use super::{Tx, digest, identity, optional, sealed};
use crate::clock;
use crate::domain::identity::{Penalty, PenaltyKind};
use crate::domain::validate::{DouyinId, IdentityNumber};
use crate::error::Result;

fn bad(col: usize, v: &str) -> crate::error::Error {
    crate::error::Error::internal(format!(
        "database: unexpected value {v:?} in column {col} of penalties"
    ))
}

fn stamp(col: usize, v: Option<String>) -> Result<Option<jiff::Timestamp>> {
    v.map(|s| s.parse().map_err(|_| bad(col, &s))).transpose()
}

fn from_row(tx: &Tx<'_>, r: &Row<'_>) -> Result<Penalty> {
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
    tx.query(
        "SELECT id, id_number, kind, since, until, cleared_at, id_number_sealed FROM penalties \
         WHERE id_number = ?1 ORDER BY since, id",
        params![digest(tx, id)?],
        |r| from_row(tx, r),
    )
}

pub fn insert_penalty(tx: &Tx<'_>, p: &Penalty) -> Result<i64> {
    let (number, seal) = sealed(tx, &p.id_number)?;
    tx.insert(
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
    )
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
    let text: Option<String> = tx.keyed(&Keyed::douyin_id(XINGTU), &id.as_str(), |r| r.get(0))?;
    text.map(|t| clock::parse_stored(&t)).transpose()
}

const XINGTU: &str = "SELECT since FROM xingtu WHERE douyin_id = ?1";

/// Reads ahead [`xingtu_since`] for the Douyin ids of a batch (PostgreSQL).
pub fn read_ahead_xingtu(tx: &Tx<'_>, ids: &[&str]) -> Result<()> {
    tx.read_ahead(&Keyed::douyin_id(XINGTU), ids)
}

pub fn set_xingtu(tx: &Tx<'_>, id: &DouyinId, since: Option<jiff::Timestamp>) -> Result<()> {
    match since {
        Some(ts) => tx.exec(
            "INSERT INTO xingtu (douyin_id, since) VALUES (?1, ?2) \
             ON CONFLICT (douyin_id) DO UPDATE SET since = excluded.since",
            params![id.as_str(), clock::fmt(ts)],
        )?,
        None => tx.exec(
            "DELETE FROM xingtu WHERE douyin_id = ?1",
            params![id.as_str()],
        )?,
    };
    Ok(())
}

/// The pseudonym of an identity number, created on first use.
pub fn pseudonym(tx: &Tx<'_>, id: &IdentityNumber) -> Result<i64> {
    let d = digest(tx, id)?;
    tx.exec(
        "INSERT INTO identity_keys (id_number) VALUES (?1) ON CONFLICT DO NOTHING",
        params![d],
    )?;
    tx.row(
        "SELECT id FROM identity_keys WHERE id_number = ?1",
        params![&d],
        |r| r.get(0),
    )
}

/// The pseudonym if the identity number has one (read-only).
pub fn find_pseudonym(tx: &Tx<'_>, id: &IdentityNumber) -> Result<Option<i64>> {
    optional(tx.row(
        "SELECT id FROM identity_keys WHERE id_number = ?1",
        params![digest(tx, id)?],
        |r| r.get(0),
    ))
}
