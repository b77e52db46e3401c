//! Effective-dated grants (who held which permission when), kept in step
//! with every change by `app::access::refresh`.

use rusqlite::params;

use super::{Tx, ts};
use crate::clock;
use crate::domain::access::Grant;
use crate::error::Result;

/// The account a set of grants belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder<'a> {
    pub kind: &'static str,
    pub source_id: i64,
    pub org_id: i64,
    pub account: &'a str,
    pub alias: Option<&'a str>,
}

/// Makes the open grants of `holder` equal `desired` as of `now`: rows no
/// longer wanted are closed, new ones opened. Returns whether anything
/// changed.
pub fn refresh(
    tx: &Tx<'_>,
    holder: &Holder<'_>,
    desired: &[Grant],
    now: jiff::Timestamp,
) -> Result<bool> {
    let mut stmt = tx.conn().prepare_cached(
        "SELECT id, account, alias, permission, via, expires_at FROM grants \
         WHERE kind = ?1 AND source_id = ?2 AND valid_to IS NULL",
    )?;
    let open: Vec<(i64, String, Option<String>, Grant)> = stmt
        .query_map(params![holder.kind, holder.source_id], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                Grant {
                    permission: r.get(3)?,
                    via: r.get(4)?,
                    expires_at: ts(r, 5)?,
                },
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let same_holder =
        |a: &str, al: &Option<String>| a == holder.account && al.as_deref() == holder.alias;
    let mut changed = false;
    for (id, account, alias, g) in &open {
        if !(same_holder(account, alias) && desired.contains(g)) {
            tx.exec(
                "UPDATE grants SET valid_to = ?2 WHERE id = ?1",
                params![id, clock::fmt(now)],
            )?;
            changed = true;
        }
    }
    for g in desired {
        let kept = open
            .iter()
            .any(|(_, a, al, o)| same_holder(a, al) && o == g);
        if !kept {
            tx.exec(
                "INSERT INTO grants (account, alias, kind, org_id, source_id, permission, via, valid_from, expires_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![
                    holder.account,
                    holder.alias,
                    holder.kind,
                    holder.org_id,
                    holder.source_id,
                    g.permission,
                    g.via,
                    clock::fmt(now),
                    g.expires_at.map(clock::fmt)
                ],
            )?;
            changed = true;
        }
    }
    Ok(changed)
}

/// A grant in force, with its account.
#[derive(Debug, Clone, PartialEq)]
pub struct InForce {
    pub account: String,
    pub kind: String,
    pub org_id: i64,
    pub permission: String,
    pub via: String,
}

const IN_FORCE: &str = "valid_from <= ?1 AND (valid_to IS NULL OR valid_to > ?1) \
     AND (expires_at IS NULL OR expires_at >= ?1)";

/// The grants of the account named `key` (or aliased so) in force at `at`,
/// through the account and alias indexes.
pub fn of_account(tx: &Tx<'_>, key: &str, at: jiff::Timestamp) -> Result<Vec<InForce>> {
    let mut stmt = tx.conn().prepare_cached(&format!(
        "SELECT account, kind, org_id, permission, via FROM grants WHERE account = ?2 AND {IN_FORCE} \
         UNION ALL \
         SELECT account, kind, org_id, permission, via FROM grants WHERE alias = ?2 AND {IN_FORCE} \
         ORDER BY 1, 4, 5"
    ))?;
    let rows = stmt.query_map(params![clock::fmt(at), key], |r| {
        Ok(InForce {
            account: r.get(0)?,
            kind: r.get(1)?,
            org_id: r.get(2)?,
            permission: r.get(3)?,
            via: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Every grant in force at `at`, streamed to `each`.
pub fn all_at(
    tx: &Tx<'_>,
    at: jiff::Timestamp,
    mut each: impl FnMut(InForce) -> Result<()>,
) -> Result<()> {
    let mut stmt = tx.conn().prepare_cached(&format!(
        "SELECT account, kind, org_id, permission, via FROM grants WHERE {IN_FORCE} \
         ORDER BY account, permission, via"
    ))?;
    let mut rows = stmt.query(params![clock::fmt(at)])?;
    while let Some(r) = rows.next()? {
        each(InForce {
            account: r.get(0)?,
            kind: r.get(1)?,
            org_id: r.get(2)?,
            permission: r.get(3)?,
            via: r.get(4)?,
        })?;
    }
    Ok(())
}
