//! Rows of `subaccounts` (with their positions), `codes` and the
//! customer-service tables (SPEC §6 … §8).

use std::sync::LazyLock;

use rusqlite::{Row, params};

use super::{Tx, bad, code, optional, status, ts, ts_req};
use crate::clock;
use crate::domain::subaccount::{Status, SubAccount};
use crate::error::Result;

pub use crate::domain::subaccount::Code;

const COLUMNS: &str =
    "id, org_id, key, phone, email, name, status, im, online, created_at, updated_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<SubAccount> {
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

fn with_positions(tx: &Tx<'_>, mut s: SubAccount) -> Result<SubAccount> {
    let mut stmt = tx.conn().prepare_cached(
        "SELECT position_id FROM subaccount_positions WHERE subaccount_id = ?1 ORDER BY position_id",
    )?;
    s.position_ids = stmt
        .query_map([s.id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(s)
}

fn many(tx: &Tx<'_>, sql: &str, p: impl rusqlite::Params) -> Result<Vec<SubAccount>> {
    let mut stmt = tx.conn().prepare_cached(sql)?;
    let rows = stmt
        .query_map(p, from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter().map(|s| with_positions(tx, s)).collect()
}

/// Inserts (id 0) or rewrites the row and its positions; returns the id.
pub fn save(tx: &Tx<'_>, s: &SubAccount) -> Result<i64> {
    let id = if s.id == 0 {
        tx.exec(
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
        )?;
        tx.conn().last_insert_rowid()
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
        [id],
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
    many(tx, &SQL, [key])
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
    let mut stmt = tx.conn().prepare_cached(&format!(
        "SELECT {COLUMNS} FROM subaccounts WHERE (?1 IS NULL OR org_id = ?1) \
         AND (?2 IS NULL OR status = ?2) ORDER BY org_id, key, id"
    ))?;
    let mut rows = stmt.query(params![org_id, status.map(Status::code)])?;
    while let Some(r) = rows.next()? {
        each(with_positions(tx, from_row(r)?)?)?;
    }
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
    Ok(tx.row(&SQL, [position_id], |r| r.get(0))?)
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
    Ok(tx.row(&SQL, params![key, kind], |r| r.get(0))?)
}

fn code_row(r: &Row<'_>) -> rusqlite::Result<Code> {
    Ok(Code {
        id: r.get(0)?,
        org_id: r.get(1)?,
        target: r.get(2)?,
        code_hash: r.get(3)?,
        issued_at: ts_req(r, 4)?,
        expires_at: ts_req(r, 5)?,
        tries: r.get(6)?,
        used_at: ts(r, 7)?,
        voided_at: ts(r, 8)?,
    })
}

const CODE_COLUMNS: &str =
    "id, org_id, target, code_hash, issued_at, expires_at, tries, used_at, voided_at";

/// The newest code issued for the target in the org.
pub fn latest_code(tx: &Tx<'_>, org_id: i64, target: &str) -> Result<Option<Code>> {
    optional(tx.row(
        &format!(
            "SELECT {CODE_COLUMNS} FROM codes WHERE org_id = ?1 AND target = ?2 ORDER BY id DESC LIMIT 1"
        ),
        params![org_id, target],
        code_row,
    ))
}

pub fn insert_code(tx: &Tx<'_>, c: &Code) -> Result<i64> {
    tx.exec(
        "INSERT INTO codes (org_id, target, code_hash, issued_at, expires_at, tries) VALUES (?1, ?2, ?3, ?4, ?5, 0)",
        params![
            c.org_id,
            c.target,
            c.code_hash,
            clock::fmt(c.issued_at),
            clock::fmt(c.expires_at)
        ],
    )?;
    Ok(tx.conn().last_insert_rowid())
}

/// Voids every earlier live code of the target: only the newest works. An
/// erased one (`erase_code`) has done its job once a new code exists.
pub fn void_codes(tx: &Tx<'_>, org_id: i64, target: &str, now: jiff::Timestamp) -> Result<usize> {
    tx.exec(
        "DELETE FROM codes WHERE org_id = ?1 AND target = ?2 AND code_hash = ''",
        params![org_id, target],
    )?;
    Ok(tx.exec(
        "UPDATE codes SET voided_at = ?3 WHERE org_id = ?1 AND target = ?2 AND used_at IS NULL AND voided_at IS NULL",
        params![org_id, target, clock::fmt(now)],
    )?)
}

pub fn update_code(tx: &Tx<'_>, c: &Code) -> Result<()> {
    tx.exec(
        "UPDATE codes SET tries = ?2, used_at = ?3, voided_at = ?4 WHERE id = ?1",
        params![
            c.id,
            c.tries,
            c.used_at.map(clock::fmt),
            c.voided_at.map(clock::fmt)
        ],
    )?;
    Ok(())
}

/// SW-1 / VC-1: codes past their five minutes whose hash is still stored,
/// found by the (partial) expiry index.
pub fn codes_due(tx: &Tx<'_>, now: jiff::Timestamp) -> Result<Vec<Code>> {
    let mut stmt = tx.conn().prepare_cached(&format!(
        "SELECT {CODE_COLUMNS} FROM codes INDEXED BY codes_expiry \
         WHERE expires_at <= ?1 AND code_hash <> ''"
    ))?;
    let rows = stmt.query_map([clock::fmt(now)], code_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// SW-1 / VC-1: purges an expired code. The newest code of its target stays,
/// with its hash erased, so that a try answers what it answered before
/// (expired, used or void); an older one, which no try ever reads, goes.
pub fn purge_code(tx: &Tx<'_>, c: &Code) -> Result<()> {
    tx.exec(
        "UPDATE codes SET code_hash = '' WHERE id = ?1 AND id = \
         (SELECT max(id) FROM codes WHERE org_id = ?2 AND target = ?3)",
        params![c.id, c.org_id, c.target],
    )?;
    tx.exec(
        "DELETE FROM codes WHERE id = ?1 AND code_hash <> ''",
        [c.id],
    )?;
    Ok(())
}

/// A customer-service group with its pages (SH-4).
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub id: i64,
    pub org_id: i64,
    pub name: String,
    pub pages: Vec<String>,
}

/// A member of a group with its routing state.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    pub subaccount: SubAccount,
    pub weight: u32,
    pub current: i64,
}

pub fn insert_group(
    tx: &Tx<'_>,
    org_id: i64,
    name: &str,
    pages: &[String],
    now: jiff::Timestamp,
) -> Result<i64> {
    tx.exec(
        "INSERT INTO cs_groups (org_id, name, created_at) VALUES (?1, ?2, ?3)",
        params![org_id, name, clock::fmt(now)],
    )?;
    let id = tx.conn().last_insert_rowid();
    for p in pages {
        tx.exec(
            "INSERT INTO cs_group_pages (group_id, page) VALUES (?1, ?2)",
            params![id, p],
        )?;
    }
    Ok(id)
}

fn group_pages(tx: &Tx<'_>, id: i64) -> Result<Vec<String>> {
    let mut stmt = tx
        .conn()
        .prepare_cached("SELECT page FROM cs_group_pages WHERE group_id = ?1 ORDER BY page")?;
    let rows = stmt.query_map([id], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub fn find_group(tx: &Tx<'_>, org_id: i64, name: &str) -> Result<Option<Group>> {
    let g = optional(tx.row(
        "SELECT id, org_id, name FROM cs_groups WHERE org_id = ?1 AND name = ?2",
        params![org_id, name],
        |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
            ))
        },
    ))?;
    g.map(|(id, org_id, name)| {
        Ok(Group {
            id,
            org_id,
            name,
            pages: group_pages(tx, id)?,
        })
    })
    .transpose()
}

/// Groups of the org bound to `page`, by name.
pub fn groups_for_page(tx: &Tx<'_>, org_id: i64, page: &str) -> Result<Vec<Group>> {
    let mut stmt = tx.conn().prepare_cached(
        "SELECT g.id, g.name FROM cs_groups g JOIN cs_group_pages p ON p.group_id = g.id \
         WHERE g.org_id = ?1 AND p.page = ?2 ORDER BY g.name",
    )?;
    let rows = stmt
        .query_map(params![org_id, page], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter()
        .map(|(id, name)| {
            Ok(Group {
                id,
                org_id,
                name,
                pages: group_pages(tx, id)?,
            })
        })
        .collect()
}

pub fn members(tx: &Tx<'_>, group_id: i64) -> Result<Vec<Member>> {
    let mut stmt = tx.conn().prepare_cached(
        "SELECT m.subaccount_id, m.weight, m.current FROM cs_members m WHERE m.group_id = ?1 \
         ORDER BY m.subaccount_id",
    )?;
    let rows = stmt
        .query_map([group_id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, u32>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter()
        .map(|(sid, weight, current)| {
            let s = tx.row(
                &format!("SELECT {COLUMNS} FROM subaccounts WHERE id = ?1"),
                [sid],
                from_row,
            )?;
            Ok(Member {
                subaccount: with_positions(tx, s)?,
                weight,
                current,
            })
        })
        .collect()
}

pub fn set_member(tx: &Tx<'_>, group_id: i64, subaccount_id: i64, weight: u32) -> Result<()> {
    tx.exec(
        "INSERT INTO cs_members (group_id, subaccount_id, weight, current) VALUES (?1, ?2, ?3, 0) \
         ON CONFLICT (group_id, subaccount_id) DO UPDATE SET weight = ?3",
        params![group_id, subaccount_id, weight],
    )?;
    Ok(())
}

pub fn remove_member(tx: &Tx<'_>, group_id: i64, subaccount_id: i64) -> Result<usize> {
    Ok(tx.exec(
        "DELETE FROM cs_members WHERE group_id = ?1 AND subaccount_id = ?2",
        params![group_id, subaccount_id],
    )?)
}

pub fn set_current(tx: &Tx<'_>, group_id: i64, subaccount_id: i64, current: i64) -> Result<()> {
    tx.exec(
        "UPDATE cs_members SET current = ?3 WHERE group_id = ?1 AND subaccount_id = ?2",
        params![group_id, subaccount_id, current],
    )?;
    Ok(())
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
    many(tx, &SQL, [position_id])
}

/// Whether any sub-account (of any state) has this key.
pub fn any_with_key(tx: &Tx<'_>, key: &str) -> Result<bool> {
    Ok(tx.row(
        "SELECT EXISTS (SELECT 1 FROM subaccounts WHERE key = ?1)",
        [key],
        |r| r.get(0),
    )?)
}
