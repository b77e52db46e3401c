//! One-time verification codes (VC-1): stored as hashes only.

use super::{Row, params};

use super::{Tx, optional, ts, ts_req};
use crate::clock;
use crate::domain::code::Code;
use crate::error::Result;

fn code_row(r: &Row<'_>) -> Result<Code> {
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
    tx.insert(
        "INSERT INTO codes (org_id, target, code_hash, issued_at, expires_at, tries) VALUES (?1, ?2, ?3, ?4, ?5, 0)",
        params![
            c.org_id,
            c.target,
            c.code_hash,
            clock::fmt(c.issued_at),
            clock::fmt(c.expires_at)
        ],
    )
}

/// Voids every earlier live code of the target: only the newest works. An
/// erased one (`erase_code`) has done its job once a new code exists.
pub fn void_codes(tx: &Tx<'_>, org_id: i64, target: &str, now: jiff::Timestamp) -> Result<usize> {
    tx.exec(
        "DELETE FROM codes WHERE org_id = ?1 AND target = ?2 AND code_hash = ''",
        params![org_id, target],
    )?;
    tx.exec(
        "UPDATE codes SET voided_at = ?3 WHERE org_id = ?1 AND target = ?2 AND used_at IS NULL AND voided_at IS NULL",
        params![org_id, target, clock::fmt(now)],
    )
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
    tx.query(
        &format!(
            "SELECT {CODE_COLUMNS} FROM codes INDEXED BY codes_expiry \
         WHERE expires_at <= ?1 AND code_hash <> '' \
         ORDER BY expires_at, id"
        ),
        params![clock::fmt(now)],
        code_row,
    )
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
        params![c.id],
    )?;
    Ok(())
}
