//! The audit log (AU-1): one row per change, written in the change's own
//! transaction, and the indexed queries over it.

use super::params;
use serde_json::Value;

use super::Tx;
use crate::clock;

pub use crate::domain::audit::AuditEvent;
use crate::error::{Error, Result};

/// The filters of `roster audit`; all optional, combined with AND.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub since: Option<jiff::Timestamp>,
    pub until: Option<jiff::Timestamp>,
    pub actor: Option<String>,
    pub action: Option<String>,
    /// An object key; a trailing `*` makes it a prefix (`position:acme/*`).
    pub object: Option<String>,
}

pub fn record(
    tx: &Tx<'_>,
    at: jiff::Timestamp,
    actor: &str,
    action: &str,
    object: &str,
    before: Option<&str>,
    after: Option<&str>,
) -> Result<()> {
    // With the change it records: sent with it (PostgreSQL).
    tx.exec_later(
        "INSERT INTO audit (at, actor, action, object, before, after) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![clock::fmt(at), actor, action, object, before, after],
    )
}

/// Streams the matching events, oldest first, to `each` (constant memory).
pub fn query(
    tx: &Tx<'_>,
    filter: &Filter,
    mut each: impl FnMut(AuditEvent) -> Result<()>,
) -> Result<()> {
    let mut sql =
        String::from("SELECT id, at, actor, action, object, before, after FROM audit WHERE 1 = 1");
    let mut args: Vec<String> = Vec::new();
    let mut bind = |sql: &mut String, clause: &str, v: String| {
        args.push(v);
        sql.push_str(&clause.replace('?', &format!("?{}", args.len())));
    };
    if let Some(s) = filter.since {
        bind(&mut sql, " AND at >= ?", clock::fmt(s));
    }
    if let Some(u) = filter.until {
        bind(&mut sql, " AND at <= ?", clock::fmt(u));
    }
    if let Some(a) = &filter.actor {
        bind(&mut sql, " AND actor = ?", a.clone());
    }
    if let Some(a) = &filter.action {
        bind(&mut sql, " AND action = ?", a.clone());
    }
    if let Some(o) = &filter.object {
        match o.strip_suffix('*') {
            // A range on the index instead of LIKE, which would scan.
            Some(prefix) => {
                bind(&mut sql, " AND object >= ?", prefix.to_string());
                bind(&mut sql, " AND object < ?", format!("{prefix}\u{10FFFF}"));
            }
            None => bind(&mut sql, " AND object = ?", o.clone()),
        }
    }
    sql.push_str(" ORDER BY at, id");
    let params: Vec<&dyn super::db::Param> =
        args.iter().map(|a| a as &dyn super::db::Param).collect();
    tx.each(&sql, &params, |r| {
        let at: String = r.get(1)?;
        let json = |i: usize| -> Result<Option<Value>> {
            let text: Option<String> = r.get(i)?;
            text.map(|t| {
                serde_json::from_str(&t)
                    .map_err(|e| Error::internal(format!("audit row: bad JSON: {e}")))
            })
            .transpose()
        };
        each(AuditEvent {
            id: r.get(0)?,
            at: clock::parse_stored(&at)?,
            actor: r.get(2)?,
            action: r.get(3)?,
            object: r.get(4)?,
            before: json(5)?,
            after: json(6)?,
        })
    })
}

pub fn count(tx: &Tx<'_>) -> Result<i64> {
    tx.row("SELECT count(*) FROM audit", params![], |r| r.get(0))
}
