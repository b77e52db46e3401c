//! `roster doctor`: checks of the database as it is, read-only, each one a
//! named verdict with a sentence for people and facts for scripts.

use serde::Serialize;
use serde_json::{Value, json};

use super::Ctx;
use crate::domain::org::OrgKind;
use crate::domain::validate;
use crate::error::Result;
use crate::store::{self, Tx, maint};

/// One check's verdict (docs/json.md, Doctor check).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Check {
    pub name: &'static str,
    pub ok: bool,
    pub detail: String,
    /// Facts for scripts: counts, the tables and columns concerned.
    pub data: Value,
}

fn check(name: &'static str, r: Result<(bool, String, Value)>) -> Check {
    match r {
        Ok((ok, detail, data)) => Check {
            name,
            ok,
            detail,
            data,
        },
        // A check that cannot run (a damaged file) is a failed check, and
        // the others still run.
        Err(e) => Check {
            name,
            ok: false,
            detail: validate::mask_identities_in(&format!("the check could not run: {e}")),
            data: Value::Null,
        },
    }
}

/// What the file system says about the database (sizes of the file and
/// its write-ahead log), given by the caller.
#[derive(Debug, Clone, Copy, Default)]
pub struct Files {
    pub db_bytes: u64,
    pub wal_bytes: u64,
}

/// Every check, in order.
pub fn run(tx: &Tx<'_>, ctx: &Ctx<'_>, files: Files, version: u32) -> Vec<Check> {
    let latest = store::schema_version();
    let current = version == latest;
    let mut out = vec![
        check("integrity", integrity(tx)),
        check("schema_version", Ok(schema(version, latest))),
        check("file_size", file_size(tx, files)),
        check("row_counts", row_counts(tx)),
    ];
    if current {
        out.push(check("seat_counters", seat_counters(tx, ctx)));
        out.push(check("attempt_counters", attempt_counters(tx)));
        out.push(check("audit_trail", audit_trail(tx)));
    } else {
        for name in ["seat_counters", "attempt_counters", "audit_trail"] {
            out.push(Check {
                name,
                ok: version < latest,
                detail: format!(
                    "skipped: they read schema version {latest}, the database is at {version}"
                ),
                data: Value::Null,
            });
        }
    }
    out.push(check("clear_identity_numbers", clear_identities(tx)));
    out
}

fn integrity(tx: &Tx<'_>) -> Result<(bool, String, Value)> {
    let found = maint::integrity(tx)?;
    let ok = found.len() == 1 && found[0] == "ok";
    let detail = if ok {
        "ok (PRAGMA integrity_check)".to_string()
    } else {
        format!(
            "{} problem(s) found by PRAGMA integrity_check; first: {}",
            found.len(),
            found.first().map_or("", String::as_str)
        )
    };
    Ok((ok, detail, json!(found)))
}

fn schema(version: u32, latest: u32) -> (bool, String, Value) {
    let data = json!({ "version": version, "latest_known": latest, "known": version <= latest });
    let (ok, detail) = if version == latest {
        (true, format!("{version}, the latest this roster knows"))
    } else if version < latest {
        (
            true,
            format!(
                "{version}, older than this roster's {latest}: the next command that writes migrates it"
            ),
        )
    } else {
        (
            false,
            format!(
                "{version}, newer than this roster knows ({latest}): written by a newer roster; upgrade roster"
            ),
        )
    };
    (ok, detail, data)
}

fn file_size(tx: &Tx<'_>, files: Files) -> Result<(bool, String, Value)> {
    let (pages, page_size, free) = maint::pages(tx)?;
    Ok((
        true,
        format!(
            "{} bytes ({pages} pages of {page_size}, {free} free); write-ahead log {} bytes",
            files.db_bytes, files.wal_bytes
        ),
        json!({
            "bytes": files.db_bytes,
            "wal_bytes": files.wal_bytes,
            "pages": pages,
            "page_size": page_size,
            "free_pages": free,
        }),
    ))
}

fn row_counts(tx: &Tx<'_>) -> Result<(bool, String, Value)> {
    let mut data = serde_json::Map::new();
    let mut total = 0u64;
    for t in maint::tables(tx)? {
        let n = maint::row_count(tx, &t)?;
        total += n;
        data.insert(t, n.into());
    }
    Ok((
        true,
        format!("{total} rows in {} tables", data.len()),
        Value::Object(data),
    ))
}

/// EN-3, EN-4: the stored seat counter of each enterprise (`seats_held`,
/// moved by every change) against the seats counted from the rows. The
/// only quota-bearing counter roster stores; the upgrade quotas (UP-4) are
/// counted from the rows on every use and have no counter to drift.
fn seat_counters(tx: &Tx<'_>, ctx: &Ctx<'_>) -> Result<(bool, String, Value)> {
    let mut rows = Vec::new();
    let mut off = Vec::new();
    for org in store::org::list(tx, Some(OrgKind::Enterprise))? {
        let stored = store::org::seats_used(tx, org.id, ctx.now)?;
        let counted = store::org::recount_seats(tx, org.id, ctx.now)?;
        let limit = org
            .enterprise
            .as_ref()
            .map(|e| ctx.policy.quota.for_level(e.level));
        if stored != counted {
            off.push(format!(
                "{}: stored {stored}, counted {counted}",
                org.handle
            ));
        }
        rows.push(json!({
            "org": org.handle,
            "stored": stored,
            "counted": counted,
            "limit": limit,
            "ok": stored == counted,
        }));
    }
    let detail = if off.is_empty() {
        format!(
            "{} enterprise seat counter(s) match their accounts (EN-3)",
            rows.len()
        )
    } else {
        format!(
            "{} seat counter(s) differ from the accounts: {}",
            off.len(),
            off.join("; ")
        )
    };
    Ok((off.is_empty(), detail, json!(rows)))
}

fn attempt_counters(tx: &Tx<'_>) -> Result<(bool, String, Value)> {
    let off = maint::attempt_counters_off(tx)?;
    let data: Vec<Value> = off
        .iter()
        .map(|(d, s, c)| json!({ "upgrade": d, "stored": s, "counted": c }))
        .collect();
    let detail = if off.is_empty() {
        "every upgrade's attempt counter matches its attempts (UP-3)".to_string()
    } else {
        format!(
            "{} upgrade attempt counter(s) differ from the attempts",
            off.len()
        )
    };
    Ok((off.is_empty(), detail, json!(data)))
}

/// AU-1: every object has the event that created it, and every such event
/// its object.
fn audit_trail(tx: &Tx<'_>) -> Result<(bool, String, Value)> {
    let mut data = Vec::new();
    let mut problems = Vec::new();
    for t in maint::TRAILS {
        let (rows_without, events_without) = maint::trail_gaps(tx, t)?;
        if rows_without > 0 {
            problems.push(format!(
                "{rows_without} {} key(s) without the event that created them",
                t.kind
            ));
        }
        if events_without > 0 {
            problems.push(format!(
                "{events_without} {} create event(s) without their row",
                t.kind
            ));
        }
        data.push(json!({
            "kind": t.kind,
            "rows_without_event": rows_without,
            "events_without_row": events_without,
        }));
    }
    for (kind, table, create, delete) in maint::COUNTED_TRAILS {
        let gaps = maint::counted_gaps(tx, kind, table, create, delete)?;
        for (org, rows, events) in &gaps {
            problems.push(format!(
                "{org}: {rows} {kind} row(s) against {events} by their events"
            ));
        }
        data.push(json!({
            "kind": kind,
            "orgs_off": gaps.iter().map(|(o, r, e)| json!({"org": o, "rows": r, "events": e})).collect::<Vec<_>>(),
        }));
    }
    let detail = if problems.is_empty() {
        "every object has the audit event that created it, and every such event its object"
            .to_string()
    } else {
        problems.join("; ")
    };
    Ok((problems.is_empty(), detail, json!(data)))
}

/// PII-1: every text value of every column of every table, for a valid
/// resident identity number anywhere in it (the same test that masks
/// them in output). Reports where and how many, never the numbers.
fn clear_identities(tx: &Tx<'_>) -> Result<(bool, String, Value)> {
    let has_id = |v: &str| validate::mask_identities_in(v) != v;
    let mut found = Vec::new();
    let mut scanned = 0usize;
    for table in maint::tables(tx)? {
        for column in maint::columns(tx, &table)? {
            scanned += 1;
            let n = maint::count_text_matching(tx, &table, &column, has_id)?;
            if n > 0 {
                found.push((format!("{table}.{column}"), n));
            }
        }
    }
    let data: Vec<Value> = found
        .iter()
        .map(|(c, n)| json!({ "column": c, "count": n }))
        .collect();
    let detail = if found.is_empty() {
        format!("none in {scanned} columns (PII-1)")
    } else {
        format!(
            "identity numbers stored in clear (PII-1): {}",
            found
                .iter()
                .map(|(c, n)| format!("{c} {n}"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    Ok((found.is_empty(), detail, json!(data)))
}
