//! The status lists the SQL filters on, rendered once from the domain's
//! predicates (`holds_seat`, `is_live`) instead of being typed by hand in
//! each statement, so that a state added to the domain is classified in one
//! place and every query follows.
//!
//! The lists keep the order of `Status::CODES`, which is the order the
//! migrations spell them in the partial indexes: SQLite uses a partial index
//! only when the query repeats its `WHERE` term, list order included.

use std::sync::LazyLock;

use crate::domain::{authorization, employee, subaccount, upgrade};

/// `('a', 'b')`: the codes for which `keep` holds, as an SQL list literal,
/// in the order of `codes`.
pub fn sql_list<S: Copy>(codes: &[(S, &'static str)], keep: impl Fn(S) -> bool) -> String {
    let items: Vec<String> = codes
        .iter()
        .filter(|(s, _)| keep(*s))
        .map(|(_, code)| format!("'{}'", code.replace('\'', "''")))
        .collect();
    format!("({})", items.join(", "))
}

/// `status = 'a' OR status = 'b'`: the same codes as comparisons, the form
/// migration 0010 gives the authorisations' CHECK and unique partial index
/// (an IN list of more than two values costs SQLite a temporary table on
/// every statement that evaluates it).
pub fn sql_or<S: Copy>(
    column: &str,
    codes: &[(S, &'static str)],
    keep: impl Fn(S) -> bool,
) -> String {
    let items: Vec<String> = codes
        .iter()
        .filter(|(s, _)| keep(*s))
        .map(|(_, code)| format!("{column} = '{}'", code.replace('\'', "''")))
        .collect();
    items.join(" OR ")
}

/// EN-3/EN-4: employee accounts that hold no seat (withdrawn,
/// deregistered); every other account does. Closed accounts, too: they no
/// longer belong to a department or hold a Douyin id (EA-11).
pub static EMPLOYEE_SEATLESS: LazyLock<String> =
    LazyLock::new(|| sql_list(&employee::Status::CODES, |s| !s.holds_seat()));

/// PA-4/PA-7: authorisations that bind the personal account and hold a seat.
pub static AUTHORIZATION_LIVE: LazyLock<String> = LazyLock::new(|| {
    sql_list(
        &authorization::Status::CODES,
        authorization::Status::is_live,
    )
});

/// Authorisations that have ended (expired, ended).
pub static AUTHORIZATION_ENDED: LazyLock<String> =
    LazyLock::new(|| sql_list(&authorization::Status::CODES, |s| !s.is_live()));

/// AG-2, AG-3, SH-2: sub-accounts bound to their org (enabled, disabled).
pub static SUBACCOUNT_LIVE: LazyLock<String> =
    LazyLock::new(|| sql_list(&subaccount::Status::CODES, subaccount::Status::is_live));

/// AG-5, AG-6: sub-accounts whose binding has ended (deleted, revoked).
pub static SUBACCOUNT_ENDED: LazyLock<String> =
    LazyLock::new(|| sql_list(&subaccount::Status::CODES, |s| !s.is_live()));

/// UP-4: upgrades that hold (or reserve) an account-type seat and an
/// operator slot (reviewing, upgraded).
pub static UPGRADE_LIVE: LazyLock<String> =
    LazyLock::new(|| sql_list(&upgrade::Status::CODES, upgrade::Status::is_live));

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    /// The variants of a status enum, named here through an exhaustive
    /// match: a state added to the enum stops this file compiling until it
    /// is listed, and then the tests below fail until `CODES`, the
    /// predicate, the schema and the SQL lists all know it.
    macro_rules! variants {
        ($m:ident: $($v:ident),+ $(,)?) => {{
            fn exhaustive(s: $m::Status) {
                match s {
                    $($m::Status::$v)|+ => {}
                }
            }
            let _ = exhaustive;
            vec![$($m::Status::$v),+]
        }};
    }

    fn employee_states() -> Vec<employee::Status> {
        variants!(employee: Reviewing, Active, Rejected, Withdrawn, Resigning, Vacant, Deregistering, Deregistered)
    }
    fn authorization_states() -> Vec<authorization::Status> {
        variants!(authorization: Invited, Reviewing, Active, Rejected, Expired, Ended)
    }
    fn subaccount_states() -> Vec<subaccount::Status> {
        variants!(subaccount: Enabled, Disabled, Deleted, Revoked)
    }
    fn upgrade_states() -> Vec<upgrade::Status> {
        variants!(upgrade: Reviewing, Upgraded, Rejected, Expired, Cancelled)
    }

    /// Every variant is in `CODES` under its `code()`, once.
    fn assert_codes<S: Copy + PartialEq + std::fmt::Debug>(
        all: &[S],
        codes: &[(S, &'static str)],
        code: fn(S) -> &'static str,
    ) {
        assert_eq!(codes.len(), all.len(), "CODES names every state once");
        for s in all {
            let listed: Vec<_> = codes.iter().filter(|(c, _)| c == s).collect();
            assert_eq!(listed.len(), 1, "{s:?} is in CODES once");
            assert_eq!(listed[0].1, code(*s), "{s:?}");
        }
    }

    #[test]
    fn codes_name_every_state() {
        assert_codes(
            &employee_states(),
            &employee::Status::CODES,
            employee::Status::code,
        );
        assert_codes(
            &authorization_states(),
            &authorization::Status::CODES,
            authorization::Status::code,
        );
        assert_codes(
            &subaccount_states(),
            &subaccount::Status::CODES,
            subaccount::Status::code,
        );
        assert_codes(
            &upgrade_states(),
            &upgrade::Status::CODES,
            upgrade::Status::code,
        );
    }

    /// For each state, a row in that state is kept by `status IN list` and
    /// dropped by `status NOT IN list` exactly when the predicate says so.
    fn assert_rows_agree<S: Copy + std::fmt::Debug>(
        store: &mut Store,
        all: &[S],
        code: fn(S) -> &'static str,
        list: &str,
        in_list: impl Fn(S) -> bool,
    ) {
        store
            .read(|tx| {
                let c = tx.conn();
                c.execute_batch(
                    "DROP TABLE IF EXISTS temp.rows; CREATE TEMP TABLE rows (status TEXT NOT NULL)",
                )?;
                for s in all {
                    c.execute("INSERT INTO rows (status) VALUES (?1)", [code(*s)])?;
                }
                for s in all {
                    let kept = |op: &str| -> rusqlite::Result<bool> {
                        c.query_row(
                            &format!("SELECT EXISTS (SELECT 1 FROM rows WHERE status = ?1 AND status {op} {list})"),
                            [code(*s)],
                            |r| r.get(0),
                        )
                    };
                    assert_eq!(kept("IN")?, in_list(*s), "{s:?} IN {list}");
                    assert_eq!(kept("NOT IN")?, !in_list(*s), "{s:?} NOT IN {list}");
                }
                Ok(())
            })
            .unwrap();
    }

    #[test]
    fn the_sql_lists_and_the_predicates_agree_on_every_state() {
        let mut store = Store::in_memory().unwrap();
        let db = &mut store;
        assert_rows_agree(
            db,
            &employee_states(),
            employee::Status::code,
            &EMPLOYEE_SEATLESS,
            |s| !s.holds_seat(),
        );
        let auth = authorization_states();
        let code = authorization::Status::code;
        assert_rows_agree(db, &auth, code, &AUTHORIZATION_LIVE, |s| s.is_live());
        assert_rows_agree(db, &auth, code, &AUTHORIZATION_ENDED, |s| !s.is_live());
        let sub = subaccount_states();
        let code = subaccount::Status::code;
        assert_rows_agree(db, &sub, code, &SUBACCOUNT_LIVE, |s| s.is_live());
        assert_rows_agree(db, &sub, code, &SUBACCOUNT_ENDED, |s| !s.is_live());
        assert_rows_agree(
            db,
            &upgrade_states(),
            upgrade::Status::code,
            &UPGRADE_LIVE,
            |s| s.is_live(),
        );
    }

    #[test]
    fn the_lists_read_as_before() {
        assert_eq!(*EMPLOYEE_SEATLESS, "('withdrawn', 'deregistered')");
        assert_eq!(
            *AUTHORIZATION_LIVE,
            "('invited', 'reviewing', 'active', 'rejected')"
        );
        assert_eq!(*AUTHORIZATION_ENDED, "('expired', 'ended')");
        assert_eq!(*SUBACCOUNT_LIVE, "('enabled', 'disabled')");
        assert_eq!(*SUBACCOUNT_ENDED, "('deleted', 'revoked')");
        assert_eq!(*UPGRADE_LIVE, "('reviewing', 'upgraded')");
    }

    fn schema(store: &Store) -> String {
        // Whitespace folded: the migrations break long lists over lines.
        store
            .schema_sql()
            .unwrap()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// A state added to the domain needs a migration that lets the table
    /// hold it (and the other way round).
    #[test]
    fn the_schema_allows_exactly_the_domain_states() {
        let schema = schema(&Store::in_memory().unwrap());
        for (table, all) in [
            (
                "employee_accounts",
                sql_list(&employee::Status::CODES, |_| true),
            ),
            (
                "authorizations",
                format!(
                    "({})",
                    sql_or("status", &authorization::Status::CODES, |_| true)
                ),
            ),
            (
                "subaccounts",
                sql_list(&subaccount::Status::CODES, |_| true),
            ),
            ("upgrades", sql_list(&upgrade::Status::CODES, |_| true)),
        ] {
            let check = if table == "authorizations" {
                format!("status TEXT NOT NULL CHECK {all}")
            } else {
                format!("status TEXT NOT NULL CHECK (status IN {all})")
            };
            // A table rebuilt and renamed (0010) is stored with its name quoted.
            let start = schema
                .find(&format!("CREATE TABLE {table} ("))
                .or_else(|| schema.find(&format!("CREATE TABLE \"{table}\" (")))
                .unwrap();
            let end = schema[start..].find(");").unwrap() + start;
            assert!(schema[start..end].contains(&check), "{table}: {check}");
        }
    }

    /// A state moved between live and ended needs a migration that
    /// rebuilds these partial indexes; until then the statements would no
    /// longer match them and SQLite would stop using them.
    #[test]
    fn the_partial_indexes_spell_the_lists_the_statements_use() {
        let store = Store::in_memory().unwrap();
        let schema = schema(&store);
        for (index, term) in [
            (
                "employee_douyin_live",
                format!("status NOT IN {}", *EMPLOYEE_SEATLESS),
            ),
            (
                "authorizations_douyin_live",
                // Comparisons since 0010; no statement needs to match it
                // (it enforces PA-4; lookups use authorizations_douyin).
                format!(
                    "WHERE {}",
                    sql_or(
                        "status",
                        &authorization::Status::CODES,
                        authorization::Status::is_live
                    )
                ),
            ),
            (
                "subaccounts_live",
                format!("status IN {}", *SUBACCOUNT_LIVE),
            ),
            (
                "upgrades_subject_live",
                format!("status IN {}", *UPGRADE_LIVE),
            ),
            (
                "upgrades_operator_live",
                format!("status IN {}", *UPGRADE_LIVE),
            ),
        ] {
            let start = schema.find(&format!(" INDEX {index} ON")).unwrap();
            let end = schema[start..].find(';').unwrap() + start;
            assert!(schema[start..end].contains(&term), "{index}: {term}");
        }
    }

    /// The same, seen from the planner.
    #[test]
    fn the_planner_still_uses_the_partial_indexes() {
        let mut store = Store::in_memory().unwrap();
        for (sql, index) in [
            (
                format!(
                    "SELECT id FROM employee_accounts WHERE douyin_id = ?1 AND status NOT IN {}",
                    *EMPLOYEE_SEATLESS
                ),
                "employee_douyin_live",
            ),
            (
                format!(
                    "SELECT count(*) FROM upgrades WHERE operator_id = ?1 AND id <> ?1 AND status IN {}",
                    *UPGRADE_LIVE
                ),
                "upgrades_operator_live",
            ),
        ] {
            let plan = store
                .read(|tx| {
                    let mut stmt = tx.conn().prepare(&format!("EXPLAIN QUERY PLAN {sql}"))?;
                    let rows = stmt.query_map([1], |r| r.get::<_, String>(3))?;
                    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?.join("\n"))
                })
                .unwrap();
            assert!(plan.contains(index), "{sql}\n{plan}");
        }
    }
}
