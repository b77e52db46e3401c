//! Rows of `subaccounts` (with their positions), `codes` and the
//! customer-service tables (rules AG-1 … AG-6, SH-1 … SH-4, VC-1).

use std::sync::LazyLock;

use super::{Row, params};

use super::{Tx, bad, code, optional, status, ts_req};
use crate::clock;
use crate::domain::subaccount::{Status, SubAccount};
use crate::error::Result;

pub(super) const COLUMNS: &str =
    "id, org_id, key, phone, email, name, status, im, online, created_at, updated_at";

pub(super) fn from_row(r: &Row<'_>) -> Result<SubAccount> {
    Ok(SubAccount {
        id: r.get(0)?,
        org_id: r.get(1)?,
        key: r.get(2)?,
        phone: r.get(3)?,
        email: r.get(4)?,
        name: r.get(5)?,
        status: code(r, 6, Status::parse)?.ok_or_else(|| bad(6, "NULL"))?,
        im: r.get(7)?,
        online: r.get(8)?,
        position_ids: Vec::new(),
        created_at: ts_req(r, 9)?,
        updated_at: ts_req(r, 10)?,
    })
}

pub(super) fn with_positions(tx: &Tx<'_>, mut s: SubAccount) -> Result<SubAccount> {
    s.position_ids = tx.query("SELECT position_id FROM subaccount_positions WHERE subaccount_id = ?1 ORDER BY position_id", params![s.id], |r| r.get(0))?;
    Ok(s)
}

fn many(tx: &Tx<'_>, sql: &str, p: super::Params<'_>) -> Result<Vec<SubAccount>> {
    let rows = tx.query(sql, p, from_row)?;
    rows.into_iter().map(|s| with_positions(tx, s)).collect()
}

/// Inserts (id 0) or rewrites the row and its positions; returns the id.
pub fn save(tx: &Tx<'_>, s: &SubAccount) -> Result<i64> {
    let id = if s.id == 0 {
        tx.insert(
            "INSERT INTO subaccounts (org_id, key, phone, email, name, status, im, online, created_at, updated_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                s.org_id,
                s.key,
                s.phone,
                s.email,
                s.name,
                s.status.code(),
                s.im,
                s.online,
                clock::fmt(s.created_at),
                clock::fmt(s.updated_at)
            ],
        )?
    } else {
        tx.exec(
            "UPDATE subaccounts SET name = ?2, status = ?3, im = ?4, online = ?5, updated_at = ?6 WHERE id = ?1",
            params![
                s.id,
                s.name,
                s.status.code(),
                s.im,
                s.online,
                clock::fmt(s.updated_at)
            ],
        )?;
        s.id
    };
    tx.exec(
        "DELETE FROM subaccount_positions WHERE subaccount_id = ?1",
        params![id],
    )?;
    for p in &s.position_ids {
        tx.exec(
            "INSERT INTO subaccount_positions (subaccount_id, position_id) VALUES (?1, ?2)",
            params![id, p],
        )?;
    }
    Ok(id)
}

/// The org's sub-account with this key: the live one, else the newest.
pub fn find(tx: &Tx<'_>, org_id: i64, key: &str) -> Result<Option<SubAccount>> {
    static SQL: LazyLock<String> = LazyLock::new(|| {
        format!(
            "SELECT {COLUMNS} FROM subaccounts WHERE org_id = ?1 AND key = ?2 \
             ORDER BY status IN {ended}, id DESC LIMIT 1",
            ended = *status::SUBACCOUNT_ENDED
        )
    });
    let row = optional(tx.row(&SQL, params![org_id, key], from_row))?;
    row.map(|s| with_positions(tx, s)).transpose()
}

/// Every sub-account with this key in any org, live ones only.
pub fn live_by_key(tx: &Tx<'_>, key: &str) -> Result<Vec<SubAccount>> {
    static SQL: LazyLock<String> = LazyLock::new(|| {
        format!(
            "SELECT {COLUMNS} FROM subaccounts WHERE key = ?1 AND status IN {live} ORDER BY org_id",
            live = *status::SUBACCOUNT_LIVE
        )
    });
    many(tx, &SQL, params![key])
}

pub fn list(tx: &Tx<'_>, org_id: Option<i64>, status: Option<Status>) -> Result<Vec<SubAccount>> {
    let mut out = Vec::new();
    each(tx, org_id, status, |s| {
        out.push(s);
        Ok(())
    })?;
    Ok(out)
}

/// Streams the sub-accounts (with their positions) to `each`.
pub fn each(
    tx: &Tx<'_>,
    org_id: Option<i64>,
    status: Option<Status>,
    mut each: impl FnMut(SubAccount) -> Result<()>,
) -> Result<()> {
    tx.each(
        &format!(
            "SELECT {COLUMNS} FROM subaccounts WHERE (?1 IS NULL OR org_id = ?1) \
         AND (?2 IS NULL OR status = ?2) ORDER BY org_id, key, id"
        ),
        params![org_id, status.map(Status::code)],
        |r| {
            each(with_positions(tx, from_row(r)?)?)?;
            Ok(())
        },
    )?;
    Ok(())
}

/// POS-5: live sub-accounts holding the position.
pub fn holding_position(tx: &Tx<'_>, position_id: i64) -> Result<u32> {
    static SQL: LazyLock<String> = LazyLock::new(|| {
        format!(
            "SELECT count(*) FROM subaccount_positions sp JOIN subaccounts s ON s.id = sp.subaccount_id \
             WHERE sp.position_id = ?1 AND s.status IN {live}",
            live = *status::SUBACCOUNT_LIVE
        )
    });
    tx.row(&SQL, params![position_id], |r| r.get(0))
}

/// AG-2: live sub-accounts with this key in orgs of `kind`.
pub fn live_count_in_kind(tx: &Tx<'_>, key: &str, kind: &str) -> Result<u32> {
    static SQL: LazyLock<String> = LazyLock::new(|| {
        format!(
            "SELECT count(*) FROM subaccounts s JOIN orgs o ON o.id = s.org_id \
             WHERE s.key = ?1 AND o.kind = ?2 AND s.status IN {live}",
            live = *status::SUBACCOUNT_LIVE
        )
    });
    tx.row(&SQL, params![key, kind], |r| r.get(0))
}

/// Live sub-accounts holding the position (POS-5 refresh).
pub fn holding(tx: &Tx<'_>, position_id: i64) -> Result<Vec<SubAccount>> {
    static SQL: LazyLock<String> = LazyLock::new(|| {
        format!(
            "SELECT {COLUMNS} FROM subaccounts WHERE status IN {live} AND id IN \
             (SELECT subaccount_id FROM subaccount_positions WHERE position_id = ?1) ORDER BY id",
            live = *status::SUBACCOUNT_LIVE
        )
    });
    many(tx, &SQL, params![position_id])
}

/// Whether any sub-account (of any state) has this key.
pub fn any_with_key(tx: &Tx<'_>, key: &str) -> Result<bool> {
    tx.row(
        "SELECT EXISTS (SELECT 1 FROM subaccounts WHERE key = ?1)",
        params![key],
        |r| r.get(0),
    )
}
