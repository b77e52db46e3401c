//! Upkeep of the file itself: the online backup (`roster backup`) and the
//! generic checks of `roster doctor` (integrity, sizes, row counts, stored
//! counters, the audit trail, text scanned for identity numbers). Nothing
//! here writes to the database.

use std::path::Path;
use std::time::{Duration, Instant};

use rusqlite::backup::{Backup, StepResult};

use super::{BUSY_MS, Store, Tx};
use crate::error::{Error, Result};

/// What `backup_into` wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BackupInfo {
    pub pages: u64,
    pub page_size: u64,
    pub schema_version: u32,
}

impl Store {
    /// Copies the database into the new, empty file `dest` with SQLite's
    /// online backup API, in one step: the source is read in one read
    /// transaction, so the copy is one consistent snapshot, and in WAL mode
    /// writers go on meanwhile (a copy made in several steps starts over
    /// each time another process writes, and under steady writes might
    /// never finish). The copy is left in rollback-journal mode: one
    /// self-contained file.
    pub fn backup_into(&self, dest: &Path) -> Result<BackupInfo> {
        let mut to = rusqlite::Connection::open(dest)?;
        {
            let backup = Backup::new(self.sqlite()?, &mut to)?;
            let start = Instant::now();
            let limit = Duration::from_millis(BUSY_MS.load(std::sync::atomic::Ordering::Relaxed));
            loop {
                match backup.step(-1)? {
                    StepResult::Done => break,
                    StepResult::More => {}
                    // Busy or locked (a WAL recovery, an exclusive lock):
                    // try again within the busy timeout.
                    _ if start.elapsed() < limit => std::thread::sleep(Duration::from_millis(2)),
                    _ => {
                        return Err(Error::Busy {
                            waited_ms: u64::try_from(limit.as_millis()).unwrap_or(u64::MAX),
                        });
                    }
                }
            }
        }
        to.pragma_update_and_check(None, "journal_mode", "delete", |r| r.get::<_, String>(0))?;
        let pages = unsigned(to.pragma_query_value(None, "page_count", |r| r.get(0))?);
        let page_size = unsigned(to.pragma_query_value(None, "page_size", |r| r.get(0))?);
        let schema_version: u32 = to.pragma_query_value(None, "user_version", |r| r.get(0))?;
        to.close().map_err(|(_, e)| Error::from(e))?;
        Ok(BackupInfo {
            pages,
            page_size,
            schema_version,
        })
    }
}

/// `PRAGMA integrity_check`: `["ok"]` when sound, else its findings (at
/// most 100).
pub fn integrity(tx: &Tx<'_>) -> Result<Vec<String>> {
    let mut stmt = tx.sqlite()?.prepare("PRAGMA integrity_check(100)")?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// (page count, page size, free pages) of the main database.
pub fn pages(tx: &Tx<'_>) -> Result<(u64, u64, u64)> {
    let c = tx.sqlite()?;
    Ok((
        unsigned(c.pragma_query_value(None, "page_count", |r| r.get(0))?),
        unsigned(c.pragma_query_value(None, "page_size", |r| r.get(0))?),
        unsigned(c.pragma_query_value(None, "freelist_count", |r| r.get(0))?),
    ))
}

/// Every table but SQLite's own, by name.
pub fn tables(tx: &Tx<'_>) -> Result<Vec<String>> {
    let mut stmt = tx.sqlite()?.prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
    )?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A count SQLite gives as a signed integer.
fn unsigned(v: i64) -> u64 {
    u64::try_from(v).unwrap_or(0)
}

fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

pub fn row_count(tx: &Tx<'_>, table: &str) -> Result<u64> {
    Ok(unsigned(tx.sqlite()?.query_row(
        &format!("SELECT count(*) FROM {}", quoted(table)),
        [],
        |r| r.get(0),
    )?))
}

/// The columns of `table`, by name.
pub fn columns(tx: &Tx<'_>, table: &str) -> Result<Vec<String>> {
    let mut stmt = tx
        .sqlite()?
        .prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")?;
    let rows = stmt.query_map([table], |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// How many text values of `table.column` `matches` says yes to. Only
/// values with a run of 17 digits and a check character (ASCII or
/// full-width digits) reach `matches`; the rest are skipped inside SQLite.
pub fn count_text_matching(
    tx: &Tx<'_>,
    table: &str,
    column: &str,
    matches: impl Fn(&str) -> bool,
) -> Result<u64> {
    let col = quoted(column);
    let ascii = format!("*{}[0-9Xx]*", "[0-9]".repeat(17));
    let sql = format!(
        "SELECT {col} FROM {} WHERE typeof({col}) = 'text' AND length({col}) >= 18 \
         AND ({col} GLOB ?1 OR {col} GLOB '*[０-９]*')",
        quoted(table)
    );
    let mut stmt = tx.sqlite()?.prepare(&sql)?;
    let mut rows = stmt.query([ascii])?;
    let mut n = 0u64;
    while let Some(r) = rows.next()? {
        let v: String = r.get(0)?;
        if matches(&v) {
            n += 1;
        }
    }
    Ok(n)
}

/// Upgrades whose stored attempt counter differs from their attempt rows:
/// (Douyin id, stored, counted).
pub fn attempt_counters_off(tx: &Tx<'_>) -> Result<Vec<(String, i64, i64)>> {
    let mut stmt = tx.sqlite()?.prepare(
        "SELECT douyin_id, attempts, (SELECT count(*) FROM upgrade_attempts a WHERE a.upgrade_id = u.id) AS n \
         FROM upgrades u WHERE attempts <> n ORDER BY douyin_id",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// One kind of object and the audit event that creates it (AU-1).
#[derive(Debug, Clone, Copy)]
pub struct Trail {
    /// The kind, as reported.
    pub kind: &'static str,
    /// The object key of each row, as the audit log spells it (SQL over
    /// the table aliased `t`, with `o` its org).
    pub key_sql: &'static str,
    pub from_sql: &'static str,
    /// The actions that create such an object.
    pub actions: &'static str,
}

/// The kinds whose key never changes: every row has at least one event
/// that created it under its key, and every such event has its row.
pub const TRAILS: &[Trail] = &[
    Trail {
        kind: "org",
        key_sql: "'org:' || t.handle",
        from_sql: "orgs t",
        actions: "('org.create')",
    },
    Trail {
        kind: "employee account",
        key_sql: "'employee:' || t.email",
        from_sql: "employee_accounts t",
        actions: "('employee.apply')",
    },
    Trail {
        kind: "authorisation",
        key_sql: "'douyin:' || t.douyin_id",
        from_sql: "authorizations t",
        actions: "('auth.invite')",
    },
    Trail {
        kind: "sub-account",
        key_sql: "'subaccount:' || o.handle || '/' || t.key",
        from_sql: "subaccounts t JOIN orgs o ON o.id = t.org_id",
        actions: "('subaccount.add')",
    },
    Trail {
        kind: "upgrade",
        key_sql: "'upgrade:' || t.douyin_id",
        from_sql: "upgrades t",
        actions: "('upgrade.start', 'upgrade.auto')",
    },
    Trail {
        kind: "customer-service group",
        key_sql: "'cs-group:' || o.handle || '/' || t.name",
        from_sql: "cs_groups t JOIN orgs o ON o.id = t.org_id",
        actions: "('cs.group-create')",
    },
];

/// (rows without an event that created them, create events without their
/// row) of one kind.
pub fn trail_gaps(tx: &Tx<'_>, t: &Trail) -> Result<(u64, u64)> {
    let keys = format!("SELECT {} AS k FROM {}", t.key_sql, t.from_sql);
    let events = format!(
        "SELECT object AS k FROM audit WHERE action IN {}",
        t.actions
    );
    let c = tx.sqlite()?;
    let rows_without: i64 = c.query_row(
        &format!("SELECT count(*) FROM ({keys} EXCEPT {events})"),
        [],
        |r| r.get(0),
    )?;
    let events_without: i64 = c.query_row(
        &format!("SELECT count(*) FROM ({events} EXCEPT {keys})"),
        [],
        |r| r.get(0),
    )?;
    Ok((unsigned(rows_without), unsigned(events_without)))
}

/// Kinds whose key changes (a position or a department is renamed): per
/// organisation, the rows against the events that created them, less the
/// events that deleted them for good.
pub const COUNTED_TRAILS: &[(&str, &str, &str, &str)] = &[
    // (kind, table, create action, hard-delete action or '')
    ("position", "positions", "position.create", ""),
    (
        "department",
        "departments",
        "department.create",
        "department.delete",
    ),
];

/// Organisations where the rows of `table` and the events that created
/// (less deleted) them differ: (org handle, rows, events).
pub fn counted_gaps(
    tx: &Tx<'_>,
    kind: &str,
    table: &str,
    create: &str,
    delete: &str,
) -> Result<Vec<(String, i64, i64)>> {
    let sql = format!(
        "WITH r AS (SELECT org_id, count(*) AS n FROM {table} GROUP BY org_id), \
         e AS (SELECT o.id AS org_id, \
               sum(a.action = ?1) - sum(a.action = ?2) AS n \
               FROM audit a JOIN orgs o \
                 ON a.object >= ?3 || o.handle || '/' AND a.object < ?3 || o.handle || '/' || char(1114111) \
               WHERE a.action IN (?1, ?2) GROUP BY o.id) \
         SELECT o.handle, ifnull(r.n, 0), ifnull(e.n, 0) FROM orgs o \
         LEFT JOIN r ON r.org_id = o.id LEFT JOIN e ON e.org_id = o.id \
         WHERE ifnull(r.n, 0) <> ifnull(e.n, 0) ORDER BY o.handle"
    );
    let prefix = format!("{kind}:");
    let mut stmt = tx.sqlite()?.prepare(&sql)?;
    let rows = stmt.query_map(rusqlite::params![create, delete, prefix], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
