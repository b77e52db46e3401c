//! Rows of `upgrades`, `upgrade_attempts` and `subject_quotas` (rules UP-1 … UP-8).

use std::sync::LazyLock;

use super::{Row, params};

use super::{Tx, bad, code, digest, identity, optional, sealed, status, ts, ts_req};
use crate::clock;
use crate::domain::upgrade::{AccountType, Attempt, Mode, Status, TypeSeats, Upgrade};
use crate::domain::validate::{DouyinId, IdentityNumber, Phone};
use crate::error::Result;

const COLUMNS: &str = "id, douyin_id, shop_id, subject, status, mode, account_type, type_explicit, \
     holder_name, holder_id, holder_phone, operator_name, operator_id, operator_phone, attempts, \
     started_at, review_expires_at, upgraded_at, cancel_deadline, cancel_closed_at, decided_at, \
     rejection_reason, created_at, updated_at, holder_id_sealed, operator_id_sealed";

fn from_row(tx: &Tx<'_>, r: &Row<'_>) -> Result<Upgrade> {
    Ok(Upgrade {
        id: r.get(0)?,
        douyin_id: DouyinId::from_stored(r.get(1)?),
        shop_id: r.get(2)?,
        subject: r.get(3)?,
        status: code(r, 4, Status::parse)?.ok_or_else(|| bad(4, "NULL"))?,
        mode: code(r, 5, Mode::parse)?.ok_or_else(|| bad(5, "NULL"))?,
        account_type: code(r, 6, AccountType::parse)?,
        type_explicit: r.get(7)?,
        holder_name: r.get(8)?,
        holder_id: identity(tx, r, 9, 24)?,
        holder_phone: Phone::from_stored(r.get(10)?),
        operator_name: r.get(11)?,
        operator_id: identity(tx, r, 12, 25)?,
        operator_phone: Phone::from_stored(r.get(13)?),
        attempts: r.get(14)?,
        started_at: ts_req(r, 15)?,
        review_expires_at: ts(r, 16)?,
        upgraded_at: ts(r, 17)?,
        cancel_deadline: ts(r, 18)?,
        cancel_closed_at: ts(r, 19)?,
        decided_at: ts(r, 20)?,
        rejection_reason: r.get(21)?,
        created_at: ts_req(r, 22)?,
        updated_at: ts_req(r, 23)?,
    })
}

/// Inserts (id 0) or rewrites the row; returns the id.
pub fn save(tx: &Tx<'_>, u: &Upgrade) -> Result<i64> {
    let f = |t: Option<jiff::Timestamp>| t.map(clock::fmt);
    let (holder_digest, holder_sealed) = sealed(tx, &u.holder_id)?;
    let (operator_digest, operator_sealed) = sealed(tx, &u.operator_id)?;
    let values = params![
        u.douyin_id.as_str(),
        u.shop_id,
        u.subject,
        u.status.code(),
        u.mode.code(),
        u.account_type.map(AccountType::code),
        u.type_explicit,
        u.holder_name,
        holder_digest,
        u.holder_phone.as_str(),
        u.operator_name,
        operator_digest,
        u.operator_phone.as_str(),
        u.attempts,
        clock::fmt(u.started_at),
        f(u.review_expires_at),
        f(u.upgraded_at),
        f(u.cancel_deadline),
        f(u.cancel_closed_at),
        f(u.decided_at),
        u.rejection_reason,
        clock::fmt(u.created_at),
        clock::fmt(u.updated_at),
        holder_sealed,
        operator_sealed,
        u.id,
    ];
    if u.id == 0 {
        return tx.insert(
            &format!(
                "INSERT INTO upgrades ({}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, \
                 ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25)",
                COLUMNS.trim_start_matches("id, ")
            ),
            &values[..25],
        );
    }
    tx.exec(
        "UPDATE upgrades SET douyin_id = ?1, shop_id = ?2, subject = ?3, status = ?4, mode = ?5, \
         account_type = ?6, type_explicit = ?7, holder_name = ?8, holder_id = ?9, \
         holder_phone = ?10, operator_name = ?11, operator_id = ?12, operator_phone = ?13, \
         attempts = ?14, started_at = ?15, review_expires_at = ?16, upgraded_at = ?17, \
         cancel_deadline = ?18, cancel_closed_at = ?19, decided_at = ?20, rejection_reason = ?21, \
         created_at = ?22, updated_at = ?23, holder_id_sealed = ?24, operator_id_sealed = ?25 \
         WHERE id = ?26",
        values,
    )?;
    Ok(u.id)
}

pub fn find(tx: &Tx<'_>, id: &DouyinId) -> Result<Option<Upgrade>> {
    optional(tx.row(
        &format!("SELECT {COLUMNS} FROM upgrades WHERE douyin_id = ?1"),
        params![id.as_str()],
        |r| from_row(tx, r),
    ))
}

pub fn by_shop(tx: &Tx<'_>, shop_id: Option<i64>) -> Result<Vec<Upgrade>> {
    tx.query(
        &format!(
            "SELECT {COLUMNS} FROM upgrades WHERE (?1 IS NULL OR shop_id = ?1) ORDER BY douyin_id"
        ),
        params![shop_id],
        |r| from_row(tx, r),
    )
}

/// Live: upgraded, or reviewing and not yet past its 7 days (UP-6).
/// (The plain `IN` lets SQLite use the partial indexes.)
static LIVE: LazyLock<String> = LazyLock::new(|| {
    format!(
        "status IN {live} AND (status = 'upgraded' OR review_expires_at > ?3)",
        live = *status::UPGRADE_LIVE
    )
});

/// UP-4: live (upgraded or reserved) accounts of a subject by type, except
/// the upgrade `except` (its own reservation).
pub fn type_seats(
    tx: &Tx<'_>,
    subject: &str,
    except: i64,
    now: jiff::Timestamp,
) -> Result<TypeSeats> {
    static SQL: LazyLock<String> = LazyLock::new(|| {
        format!(
            "SELECT account_type, count(*) FROM upgrades WHERE subject = ?1 AND id <> ?2 \
             AND {live} AND account_type IS NOT NULL GROUP BY account_type",
            live = *LIVE
        )
    });
    let mut seats = TypeSeats::default();
    tx.each(&SQL, params![subject, except, clock::fmt(now)], |r| {
        let t = code(r, 0, AccountType::parse)?.ok_or_else(|| bad(0, "NULL"))?;
        let n: u32 = r.get(1)?;
        for _ in 0..n {
            seats.add(t);
        }
        Ok(())
    })?;
    Ok(seats)
}

/// UP-5: live accounts the person operates, except the upgrade `except`.
pub fn operated_by(
    tx: &Tx<'_>,
    id: &IdentityNumber,
    except: i64,
    now: jiff::Timestamp,
) -> Result<u32> {
    static SQL: LazyLock<String> = LazyLock::new(|| {
        format!(
            "SELECT count(*) FROM upgrades WHERE operator_id = ?1 AND id <> ?2 AND {live}",
            live = *LIVE
        )
    });
    tx.row(
        &SQL,
        params![digest(tx, id)?, except, clock::fmt(now)],
        |r| r.get(0),
    )
}

/// UP-4: the subject's own (vertical, dedicated) quota, if set.
pub fn subject_quota(tx: &Tx<'_>, subject: &str) -> Result<Option<(u32, u32)>> {
    optional(tx.row(
        "SELECT vertical, dedicated FROM subject_quotas WHERE subject = ?1",
        params![subject],
        |r| Ok((r.get(0)?, r.get(1)?)),
    ))
}

pub fn set_subject_quota(
    tx: &Tx<'_>,
    subject: &str,
    vertical: u32,
    dedicated: u32,
    now: jiff::Timestamp,
) -> Result<()> {
    tx.exec(
        "INSERT INTO subject_quotas (subject, vertical, dedicated, updated_at) VALUES (?1, ?2, ?3, ?4) \
         ON CONFLICT (subject) DO UPDATE SET vertical = ?2, dedicated = ?3, updated_at = ?4",
        params![subject, vertical, dedicated, clock::fmt(now)],
    )?;
    Ok(())
}

pub fn start_attempt(
    tx: &Tx<'_>,
    upgrade_id: i64,
    n: u32,
    mode: Mode,
    at: jiff::Timestamp,
) -> Result<()> {
    tx.exec(
        "INSERT INTO upgrade_attempts (upgrade_id, n, mode, started_at) VALUES (?1, ?2, ?3, ?4)",
        params![upgrade_id, n, mode.code(), clock::fmt(at)],
    )?;
    Ok(())
}

/// Records how the open attempt ended.
pub fn end_attempt(
    tx: &Tx<'_>,
    upgrade_id: i64,
    outcome: &str,
    at: jiff::Timestamp,
    reason: Option<&str>,
) -> Result<()> {
    tx.exec(
        "UPDATE upgrade_attempts SET outcome = ?2, ended_at = ?3, reason = ?4 \
         WHERE upgrade_id = ?1 AND n = (SELECT max(n) FROM upgrade_attempts WHERE upgrade_id = ?1)",
        params![upgrade_id, outcome, clock::fmt(at), reason],
    )?;
    Ok(())
}

pub fn attempts(tx: &Tx<'_>, upgrade_id: i64) -> Result<Vec<Attempt>> {
    tx.query(
        "SELECT n, mode, started_at, outcome, ended_at, reason FROM upgrade_attempts \
         WHERE upgrade_id = ?1 ORDER BY n",
        params![upgrade_id],
        |r| {
            let mode = code(r, 1, Mode::parse)?.ok_or_else(|| bad(1, "NULL"))?;
            Ok(Attempt {
                n: r.get(0)?,
                mode: mode.code(),
                started_at: r.get(2)?,
                outcome: r.get(3)?,
                ended_at: r.get(4)?,
                reason: r.get(5)?,
            })
        },
    )
}

/// SW-1 / UP-6: pending upgrades whose review time is over.
pub fn reviews_due(tx: &Tx<'_>, now: jiff::Timestamp) -> Result<Vec<Upgrade>> {
    tx.query(
        &format!(
            "SELECT {COLUMNS} FROM upgrades INDEXED BY upgrades_review_due \
         WHERE status = 'reviewing' AND review_expires_at <= ?1 \
         ORDER BY review_expires_at, id"
        ),
        params![clock::fmt(now)],
        |r| from_row(tx, r),
    )
}

/// SW-1 / UP-3: automatic upgrades whose cancel window has passed.
pub fn cancel_windows_due(tx: &Tx<'_>, now: jiff::Timestamp) -> Result<Vec<Upgrade>> {
    tx.query(
        &format!(
            "SELECT {COLUMNS} FROM upgrades INDEXED BY upgrades_cancel_due \
         WHERE status = 'upgraded' AND cancel_deadline IS NOT NULL AND cancel_closed_at IS NULL \
         AND cancel_deadline <= ?1 \
         ORDER BY cancel_deadline, id"
        ),
        params![clock::fmt(now)],
        |r| from_row(tx, r),
    )
}
