//! `roster migrate --to DB`: the whole database copied into another one,
//! SQLite → PostgreSQL when a team outgrows the file, or back for a local
//! copy. Audit log and history included; the copy is verified before it
//! commits (rows per table, and every kind's export and the audit log
//! read back identical on both sides), so a copy that would differ is never
//! kept.

use sha2::{Digest, Sha256};

use super::Ctx;
use super::export;
use super::import::Kind;
use crate::error::{Error, Result};
use crate::store::{self, Store, Tx, copy};

/// What was copied and checked.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Report {
    /// Rows per table, in copy order.
    pub tables: Vec<TableCount>,
    pub rows: u64,
    /// Every kind's export compared, with its row count.
    pub exports: Vec<TableCount>,
    pub verified: bool,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct TableCount {
    pub name: String,
    pub rows: u64,
}

/// Copies `from` into `to`, which must hold no roster data yet, in one
/// transaction on each side (a snapshot of `from`; all or nothing in
/// `to`), and records one `database.migrate` event in `to`.
pub fn run(from: &mut Store, to: &mut Store, ctx: &Ctx<'_>, source: &str) -> Result<Report> {
    from.read(|ftx| {
        to.write(false, |ttx| {
            refuse_non_empty(ttx)?;
            // The destination's key check gives way to the source's: both
            // must be the same key (checked when the first number is read).
            copy::clear(ttx, "roster_meta")?;
            let mut tables = Vec::new();
            let mut rows = 0;
            for (table, order) in copy::TABLES {
                let n = copy::table(ftx, ttx, table, order)?;
                rows += n;
                tables.push(TableCount {
                    name: (*table).to_string(),
                    rows: n,
                });
            }
            copy::reset_ids(ttx)?;
            verify_counts(ftx, ttx)?;
            let exports = verify_exports(ftx, ttx, ctx.now)?;
            let report = Report {
                tables,
                rows,
                exports,
                verified: true,
            };
            let after = serde_json::json!({
                "from": source,
                "rows": report.rows,
            });
            store::audit::record(
                ttx,
                ctx.now,
                ctx.actor,
                "database.migrate",
                "database",
                None,
                Some(&after.to_string()),
            )?;
            Ok(report)
        })
    })
}

fn refuse_non_empty(tx: &Tx<'_>) -> Result<()> {
    for (table, _) in copy::TABLES {
        if *table != "roster_meta" && copy::count(tx, table)? > 0 {
            return Err(Error::invalid(
                "--to",
                "MIGRATE_TARGET_NOT_EMPTY",
                None,
                format!(
                    "the destination already holds roster data ({table} has rows): roster \
                     migrate copies into an empty database only, and changed nothing"
                ),
            ));
        }
    }
    Ok(())
}

fn verify_counts(from: &Tx<'_>, to: &Tx<'_>) -> Result<()> {
    for (table, _) in copy::TABLES {
        let (a, b) = (copy::count(from, table)?, copy::count(to, table)?);
        if a != b {
            return Err(Error::internal(format!(
                "migrate: {table} has {a} rows in the source but {b} in the copy; nothing was kept"
            )));
        }
    }
    Ok(())
}

/// Every kind's export (identity numbers revealed) and the audit log, read
/// back from both sides, must be the same byte for byte.
fn verify_exports(from: &Tx<'_>, to: &Tx<'_>, now: jiff::Timestamp) -> Result<Vec<TableCount>> {
    let mut out = Vec::new();
    for (kind, code) in Kind::CODES {
        let (a, n) = export_digest(from, kind, now)?;
        let (b, _) = export_digest(to, kind, now)?;
        if a != b {
            return Err(Error::internal(format!(
                "migrate: the {code} export differs between the source and the copy; nothing was kept"
            )));
        }
        out.push(TableCount {
            name: code.to_string(),
            rows: n,
        });
    }
    if audit_digest(from)? != audit_digest(to)? {
        return Err(Error::internal(
            "migrate: the audit log differs between the source and the copy; nothing was kept",
        ));
    }
    Ok(out)
}

fn export_digest(tx: &Tx<'_>, kind: Kind, now: jiff::Timestamp) -> Result<(Vec<u8>, u64)> {
    let mut h = Sha256::new();
    let mut n = 0;
    export::rows(tx, kind, None, true, now, |row| {
        for cell in &row.cells {
            match cell {
                Some(s) => {
                    h.update([1]);
                    h.update(s.len().to_le_bytes());
                    h.update(s.as_bytes());
                }
                None => h.update([0]),
            }
        }
        n += 1;
        Ok(())
    })?;
    Ok((h.finalize().to_vec(), n))
}

fn audit_digest(tx: &Tx<'_>) -> Result<Vec<u8>> {
    let mut h = Sha256::new();
    store::audit::query(tx, &store::audit::Filter::default(), |ev| {
        h.update(format!("{ev:?}\n").as_bytes());
        Ok(())
    })?;
    Ok(h.finalize().to_vec())
}
