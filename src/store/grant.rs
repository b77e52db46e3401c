//! Effective-dated grants (who held which permission when), kept in step
//! with every change by `app::access::refresh`.

use super::{Row, params};

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
    let open: Vec<(i64, String, Option<String>, Grant)> = tx.query(
        "SELECT id, account, alias, permission, via, expires_at FROM grants \
         WHERE kind = ?1 AND source_id = ?2 AND valid_to IS NULL",
        params![holder.kind, holder.source_id],
        |r| {
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
        },
    )?;
    let same_holder =
        |a: &str, al: &Option<String>| a == holder.account && al.as_deref() == holder.alias;
    let mut changed = false;
    for (id, account, alias, g) in &open {
        if !(same_holder(account, alias) && desired.contains(g)) {
            tx.exec_later(
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
            tx.exec_later(
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

/// A grant in force, with its account and its org (id and handle).
#[derive(Debug, Clone, PartialEq)]
pub struct InForce {
    pub account: String,
    pub kind: String,
    pub org_id: i64,
    pub org: String,
    pub permission: String,
    pub via: String,
}

const IN_FORCE: &str = "g.valid_from <= ?1 AND (g.valid_to IS NULL OR g.valid_to > ?1) \
     AND (g.expires_at IS NULL OR g.expires_at >= ?1)";

const COLUMNS: &str = "g.account, g.kind, g.org_id, o.handle, g.permission, g.via";

fn in_force(r: &Row<'_>) -> Result<InForce> {
    Ok(InForce {
        account: r.get(0)?,
        kind: r.get(1)?,
        org_id: r.get(2)?,
        org: r.get(3)?,
        permission: r.get(4)?,
        via: r.get(5)?,
    })
}

/// The grants of the account named `key` (or aliased so) in force at `at`,
/// in every org, through the account and alias indexes; ordered by org
/// handle, permission, via.
pub fn of_account(tx: &Tx<'_>, key: &str, at: jiff::Timestamp) -> Result<Vec<InForce>> {
    tx.query(
        &format!(
            "SELECT {COLUMNS} FROM grants g JOIN orgs o ON o.id = g.org_id \
         WHERE g.account = ?2 AND {IN_FORCE} \
         UNION ALL \
         SELECT {COLUMNS} FROM grants g JOIN orgs o ON o.id = g.org_id \
         WHERE g.alias = ?2 AND {IN_FORCE} \
         ORDER BY 4, 5, 6"
        ),
        params![clock::fmt(at), key],
        in_force,
    )
}

/// Every grant in force at `at` (of one org, or of all), streamed to
/// `each` ordered by account, org handle, permission, kind and via, so that
/// the grants of one (account, org, permission) come one after another.
pub fn all_at(
    tx: &Tx<'_>,
    at: jiff::Timestamp,
    org_id: Option<i64>,
    mut each: impl FnMut(InForce) -> Result<()>,
) -> Result<()> {
    tx.each(
        &format!(
            "SELECT {COLUMNS} FROM grants g JOIN orgs o ON o.id = g.org_id \
         WHERE {IN_FORCE} AND (?2 IS NULL OR g.org_id = ?2) \
         ORDER BY g.account, o.handle, g.permission, g.kind, g.via"
        ),
        params![clock::fmt(at), org_id],
        |r| {
            each(in_force(r)?)?;
            Ok(())
        },
    )?;
    Ok(())
}
