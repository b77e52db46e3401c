//! Rows of `authorizations` (rules PA-1 … PA-8).

use std::sync::LazyLock;

use rusqlite::{Row, params};

use super::{Tx, bad, code, join, optional, split, status, ts, ts_req};
use crate::clock;
use crate::domain::authorization::{Authorization, Status};
use crate::domain::validate::{DouyinId, IdentityNumber};
use crate::error::Result;

const COLUMNS: &str = "id, org_id, douyin_id, status, modules, valid_until, invited_at, \
     invite_expires_at, holder_name, holder_id, accepted_at, rejection_reason, ended_at, \
     end_reason, created_at, updated_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Authorization> {
    Ok(Authorization {
        id: r.get(0)?,
        org_id: r.get(1)?,
        douyin_id: DouyinId::from_stored(r.get(2)?),
        status: code(r, 3, Status::parse)?.ok_or_else(|| bad(3, "NULL"))?,
        modules: split(&r.get::<_, String>(4)?),
        valid_until: ts(r, 5)?,
        invited_at: ts_req(r, 6)?,
        invite_expires_at: ts_req(r, 7)?,
        holder_name: r.get(8)?,
        holder_id: r
            .get::<_, Option<String>>(9)?
            .map(IdentityNumber::from_stored),
        accepted_at: ts(r, 10)?,
        rejection_reason: r.get(11)?,
        ended_at: ts(r, 12)?,
        end_reason: r.get(13)?,
        created_at: ts_req(r, 14)?,
        updated_at: ts_req(r, 15)?,
    })
}

/// Inserts (id 0) or rewrites the row; returns the id.
pub fn save(tx: &Tx<'_>, a: &Authorization) -> Result<i64> {
    let f = |t: Option<jiff::Timestamp>| t.map(clock::fmt);
    let values = params![
        a.org_id,
        a.douyin_id.as_str(),
        a.status.code(),
        join(&a.modules),
        f(a.valid_until),
        clock::fmt(a.invited_at),
        clock::fmt(a.invite_expires_at),
        a.holder_name,
        a.holder_id.as_ref().map(|i| i.reveal().to_string()),
        f(a.accepted_at),
        a.rejection_reason,
        f(a.ended_at),
        a.end_reason,
        clock::fmt(a.created_at),
        clock::fmt(a.updated_at),
        a.id,
    ];
    if a.id == 0 {
        tx.exec(
            &format!(
                "INSERT INTO authorizations ({}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, \
                 ?11, ?12, ?13, ?14, ?15)",
                COLUMNS.trim_start_matches("id, ")
            ),
            &values[..15],
        )?;
        return Ok(tx.conn().last_insert_rowid());
    }
    tx.exec(
        "UPDATE authorizations SET org_id = ?1, douyin_id = ?2, status = ?3, modules = ?4, \
         valid_until = ?5, invited_at = ?6, invite_expires_at = ?7, holder_name = ?8, \
         holder_id = ?9, accepted_at = ?10, rejection_reason = ?11, ended_at = ?12, \
         end_reason = ?13, created_at = ?14, updated_at = ?15 WHERE id = ?16",
        values,
    )?;
    Ok(a.id)
}

/// The live binding of the personal account, else its newest ended one.
pub fn find(tx: &Tx<'_>, id: &DouyinId) -> Result<Option<Authorization>> {
    static SQL: LazyLock<String> = LazyLock::new(|| {
        format!(
            "SELECT {COLUMNS} FROM authorizations WHERE douyin_id = ?1 \
             ORDER BY status IN {ended}, id DESC LIMIT 1",
            ended = *status::AUTHORIZATION_ENDED
        )
    });
    optional(tx.row(&SQL, [id.as_str()], from_row))
}

/// The rows as stored (the sweep's marks or not), `status` as stored.
pub fn list(
    tx: &Tx<'_>,
    org_id: Option<i64>,
    status: Option<Status>,
) -> Result<Vec<Authorization>> {
    let mut out = Vec::new();
    let mut stmt = tx.conn().prepare_cached(&format!(
        "SELECT {COLUMNS} FROM authorizations WHERE (?1 IS NULL OR org_id = ?1) \
         AND (?2 IS NULL OR status = ?2) ORDER BY org_id, douyin_id, id"
    ))?;
    let mut rows = stmt.query(params![org_id, status.map(Status::code)])?;
    while let Some(r) = rows.next()? {
        out.push(from_row(r)?);
    }
    Ok(out)
}

/// The state a row has at `?3` (SW-1): an invitation past its deadline
/// (PA-2) or an active authorisation past its validity (PA-1) is expired
/// whether or not the sweep has marked it; `domain::authorization::as_of`
/// in SQL, for filters.
const STATUS_AT: &str = "CASE WHEN status = 'invited' AND invite_expires_at <= ?3 THEN 'expired' \
     WHEN status = 'active' AND valid_until IS NOT NULL AND valid_until < ?3 THEN 'expired' \
     ELSE status END";

/// Streams the authorisations to `each`, one row at a time, as stored;
/// `status` filters on the state at `now` (SW-1).
pub fn each(
    tx: &Tx<'_>,
    org_id: Option<i64>,
    status: Option<Status>,
    now: jiff::Timestamp,
    mut each: impl FnMut(Authorization) -> Result<()>,
) -> Result<()> {
    let mut stmt = tx.conn().prepare_cached(&format!(
        "SELECT {COLUMNS} FROM authorizations WHERE (?1 IS NULL OR org_id = ?1) \
         AND (?2 IS NULL OR {STATUS_AT} = ?2) ORDER BY org_id, douyin_id, id"
    ))?;
    let mut rows = stmt.query(params![org_id, status.map(Status::code), clock::fmt(now)])?;
    while let Some(r) = rows.next()? {
        each(from_row(r)?)?;
    }
    Ok(())
}

/// PA-7: live authorisations hold seats of the enterprise quota; an
/// invitation past its 48 hours is void (PA-2) even before the sweep.
pub fn seats(tx: &Tx<'_>, org_id: i64, now: jiff::Timestamp) -> Result<u32> {
    static SQL: LazyLock<String> = LazyLock::new(|| {
        format!(
            "SELECT count(*) FROM authorizations WHERE org_id = ?1 \
             AND status IN {live} \
             AND NOT (status = 'invited' AND invite_expires_at <= ?2) \
             AND NOT (status = 'active' AND valid_until IS NOT NULL AND valid_until < ?2)",
            live = *status::AUTHORIZATION_LIVE
        )
    });
    Ok(tx.row(&SQL, params![org_id, clock::fmt(now)], |r| r.get(0))?)
}

/// PA-2 / PA-1: bindings of the org that time has already ended but the
/// sweep has not marked: invitations past their 48 hours and authorisations
/// past their validity. Both index ranges hold only what is due.
pub fn lapsed(tx: &Tx<'_>, org_id: i64, now: jiff::Timestamp) -> Result<u32> {
    let now = clock::fmt(now);
    let invitations: u32 = tx.row(
        "SELECT count(*) FROM authorizations INDEXED BY authorizations_org_invite \
         WHERE org_id = ?1 AND status = 'invited' AND invite_expires_at <= ?2",
        params![org_id, now],
        |r| r.get(0),
    )?;
    let validity: u32 = tx.row(
        "SELECT count(*) FROM authorizations INDEXED BY authorizations_org_valid \
         WHERE org_id = ?1 AND status = 'active' AND valid_until IS NOT NULL AND valid_until < ?2",
        params![org_id, now],
        |r| r.get(0),
    )?;
    Ok(invitations + validity)
}

/// The newest authorisation of the personal account with one enterprise.
pub fn find_in_org(tx: &Tx<'_>, id: &DouyinId, org_id: i64) -> Result<Option<Authorization>> {
    optional(tx.row(
        &format!(
            "SELECT {COLUMNS} FROM authorizations WHERE douyin_id = ?1 AND org_id = ?2 \
             ORDER BY id DESC LIMIT 1"
        ),
        params![id.as_str(), org_id],
        from_row,
    ))
}

/// SW-1 / PA-2: invitations whose 48 hours are over (partial index).
pub fn invitations_due(tx: &Tx<'_>, now: jiff::Timestamp) -> Result<Vec<Authorization>> {
    let mut stmt = tx.conn().prepare_cached(&format!(
        "SELECT {COLUMNS} FROM authorizations INDEXED BY authorizations_invite_due \
         WHERE status = 'invited' AND invite_expires_at <= ?1"
    ))?;
    let rows = stmt.query_map([clock::fmt(now)], from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// SW-1 / PA-1: active authorisations past their validity (partial index).
pub fn validity_due(tx: &Tx<'_>, now: jiff::Timestamp) -> Result<Vec<Authorization>> {
    let mut stmt = tx.conn().prepare_cached(&format!(
        "SELECT {COLUMNS} FROM authorizations INDEXED BY authorizations_valid_due \
         WHERE status = 'active' AND valid_until IS NOT NULL AND valid_until < ?1"
    ))?;
    let rows = stmt.query_map([clock::fmt(now)], from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}
