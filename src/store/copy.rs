//! `roster migrate`: every row of every table from one database into
//! another, whichever engines they are. Values cross in the neutral form
//! ([`super::db::Value`]) and each engine's codec stores them in its own
//! types, so the same code copies SQLite → PostgreSQL and back.

use super::db::{Value, refs};
use super::{Tx, params};
use crate::error::Result;

/// The tables in an order that satisfies every foreign key, each with the
/// order its rows are copied in (ids kept, so references stay true).
pub const TABLES: &[(&str, &str)] = &[
    ("roster_meta", "name"),
    ("orgs", "id"),
    ("positions", "id"),
    ("departments", "id"),
    ("penalties", "id"),
    ("xingtu", "douyin_id"),
    ("audit", "id"),
    ("employee_accounts", "id"),
    ("employee_holders", "id"),
    ("identity_keys", "id"),
    ("subject_quotas", "subject"),
    ("upgrades", "id"),
    ("upgrade_attempts", "id"),
    ("codes", "id"),
    ("subaccounts", "id"),
    ("subaccount_positions", "subaccount_id, position_id"),
    ("cs_groups", "id"),
    ("cs_group_pages", "group_id, page"),
    ("cs_members", "group_id, subaccount_id"),
    ("grants", "id"),
    ("authorizations", "id"),
];

/// The column names of `table`, in order.
pub fn columns(tx: &Tx<'_>, table: &str) -> Result<Vec<String>> {
    if tx.is_postgres() {
        tx.query(
            "SELECT column_name::text FROM information_schema.columns \
             WHERE table_schema = current_schema() AND table_name = ?1 ORDER BY ordinal_position",
            params![table],
            |r| r.get(0),
        )
    } else {
        tx.query(
            "SELECT name FROM pragma_table_info(?1) ORDER BY cid",
            params![table],
            |r| r.get(0),
        )
    }
}

/// The number of rows of `table`.
pub fn count(tx: &Tx<'_>, table: &str) -> Result<i64> {
    tx.row(&format!("SELECT count(*) FROM {table}"), params![], |r| {
        r.get(0)
    })
}

/// Copies every row of `table` from `from` into `to`; returns how many.
pub fn table(from: &Tx<'_>, to: &Tx<'_>, table: &str, order: &str) -> Result<u64> {
    let cols = columns(from, table)?;
    let list = cols.join(", ");
    let marks: Vec<String> = (1..=cols.len()).map(|i| format!("?{i}")).collect();
    let insert = format!("INSERT INTO {table} ({list}) VALUES ({})", marks.join(", "));
    let mut n = 0u64;
    let mut values: Vec<Value<'static>> = Vec::with_capacity(cols.len());
    from.each(
        &format!("SELECT {list} FROM {table} ORDER BY {order}"),
        params![],
        |r| {
            values.clear();
            for i in 0..cols.len() {
                values.push(r.get::<Value<'static>>(i)?);
            }
            // Queued on PostgreSQL: a copy sends its rows a megabyte at a time.
            to.exec_later(&insert, &refs(&values))?;
            n += 1;
            Ok(())
        },
    )?;
    Ok(n)
}

/// Empties `table` (the destination's own key check, replaced by the
/// source's, which must be the same).
pub fn clear(tx: &Tx<'_>, table: &str) -> Result<()> {
    tx.exec(&format!("DELETE FROM {table}"), params![])?;
    Ok(())
}

/// After rows were copied with their ids: a PostgreSQL identity column
/// goes on after the highest id (SQLite needs nothing).
pub fn reset_ids(tx: &Tx<'_>) -> Result<()> {
    if !tx.is_postgres() {
        return Ok(());
    }
    for (table, order) in TABLES {
        if *order == "id" {
            tx.row(
                &format!(
                    "SELECT setval(pg_get_serial_sequence('{table}', 'id'), \
                     coalesce(max(id), 0) + 1, false) FROM {table}"
                ),
                params![],
                |_| Ok(()),
            )?;
        }
    }
    Ok(())
}
