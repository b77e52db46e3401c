//! `roster due`: every deadline in a window, in one query ordered by its
//! instant. Each kind is one arm of a `UNION ALL` that range-scans the
//! partial index of the rows that can still come due (the sweep's indexes,
//! SW-1), and SQLite merges the arms in order: the cost is the rows in the
//! window, never the table, and rows stream one at a time.

use super::params;

use super::{Tx, bad, ts_req};
use crate::clock;
use crate::domain::due::{Item, Kind};
use crate::error::Result;

/// One kind's arm. `?1` is now, `?2` the window's end, `?3` an org id or
/// NULL for every org. Each selects (at, kind, org, object, key,
/// provisional); `object` is the audit log's key (`app::*::key`).
///
/// The lower bound is `>= now` and every arm's upper bound `<= end`; which
/// deadlines are still open exactly at now is the domain's call
/// (`Kind::open_at`). A deregistration request has no lower bound: an
/// overdue one still waits for its review (EA-10). `INDEXED BY` makes a
/// statement that no longer matches its partial index fail to prepare
/// instead of silently walking the table.
fn arm(kind: Kind) -> &'static str {
    match kind {
        Kind::InvitationLapses => {
            "SELECT a.invite_expires_at, 'invitation_lapses', o.handle, 'douyin:' || a.douyin_id, \
             a.douyin_id, 0 \
             FROM authorizations a INDEXED BY authorizations_invite_due CROSS JOIN orgs o ON o.id = a.org_id \
             WHERE a.status = 'invited' AND a.invite_expires_at >= ?1 AND a.invite_expires_at <= ?2 \
             AND (?3 IS NULL OR a.org_id = ?3)"
        }
        Kind::ValidityEnds => {
            "SELECT a.valid_until, 'validity_ends', o.handle, 'douyin:' || a.douyin_id, a.douyin_id, 0 \
             FROM authorizations a INDEXED BY authorizations_valid_due CROSS JOIN orgs o ON o.id = a.org_id \
             WHERE a.status = 'active' AND a.valid_until IS NOT NULL \
             AND a.valid_until >= ?1 AND a.valid_until <= ?2 AND (?3 IS NULL OR a.org_id = ?3)"
        }
        Kind::ReviewExpires => {
            "SELECT u.review_expires_at, 'review_expires', o.handle, 'upgrade:' || u.douyin_id, \
             u.douyin_id, 0 \
             FROM upgrades u INDEXED BY upgrades_review_due CROSS JOIN orgs o ON o.id = u.shop_id \
             WHERE u.status = 'reviewing' AND u.review_expires_at >= ?1 AND u.review_expires_at <= ?2 \
             AND (?3 IS NULL OR u.shop_id = ?3)"
        }
        Kind::CancelWindowCloses => {
            "SELECT u.cancel_deadline, 'cancel_window_closes', o.handle, 'upgrade:' || u.douyin_id, \
             u.douyin_id, 0 \
             FROM upgrades u INDEXED BY upgrades_cancel_due CROSS JOIN orgs o ON o.id = u.shop_id \
             WHERE u.status = 'upgraded' AND u.cancel_deadline IS NOT NULL AND u.cancel_closed_at IS NULL \
             AND u.cancel_deadline >= ?1 AND u.cancel_deadline <= ?2 AND (?3 IS NULL OR u.shop_id = ?3)"
        }
        Kind::DeregistrationDue => {
            "SELECT e.deregister_due_at, 'deregistration_due', o.handle, 'employee:' || e.email, \
             e.email, CASE WHEN e.deregister_due_provisional = 1 THEN 1 ELSE 0 END \
             FROM employee_accounts e INDEXED BY employee_deregister_waiting \
             CROSS JOIN orgs o ON o.id = e.org_id \
             WHERE e.status = 'deregistering' AND e.deregister_due_at <= ?2 \
             AND (?3 IS NULL OR e.org_id = ?3)"
        }
        // VC-1: a used or voided code keeps its hash until the sweep
        // purges it, but nothing is left to do about it.
        Kind::CodeExpires => {
            "SELECT c.expires_at, 'code_expires', o.handle, 'code:' || o.handle || '/' || c.target, \
             c.target, 0 \
             FROM codes c INDEXED BY codes_expiry CROSS JOIN orgs o ON o.id = c.org_id \
             WHERE c.code_hash <> '' AND c.expires_at >= ?1 AND c.expires_at <= ?2 \
             AND c.used_at IS NULL AND c.voided_at IS NULL AND (?3 IS NULL OR c.org_id = ?3)"
        }
    }
}

/// The query for `kinds`: their arms, ordered by instant, kind, object.
pub fn sql(kinds: &[Kind]) -> String {
    let arms: Vec<&str> = kinds.iter().map(|k| arm(*k)).collect();
    format!("{} ORDER BY 1, 2, 4", arms.join(" UNION ALL "))
}

/// Streams the deadlines of `kinds` in `[now, end]` (deregistrations from
/// any past instant) to `each`, ordered by instant, kind and object.
pub fn each(
    tx: &Tx<'_>,
    kinds: &[Kind],
    now: jiff::Timestamp,
    end: jiff::Timestamp,
    org_id: Option<i64>,
    mut each: impl FnMut(Item) -> Result<()>,
) -> Result<()> {
    if kinds.is_empty() {
        return Ok(());
    }
    tx.each(
        &sql(kinds),
        params![clock::fmt(now), clock::fmt(end), org_id],
        |r| {
            let kind: String = r.get(1)?;
            let item = Item {
                at: ts_req(r, 0)?,
                kind: Kind::parse(&kind).map_err(|_| bad(1, &kind))?,
                org: r.get(2)?,
                object: r.get(3)?,
                key: r.get(4)?,
                provisional: r.get(5)?,
            };
            each(item)?;
            Ok(())
        },
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    fn plan_of(store: &mut Store, sql: &str) -> String {
        store
            .read(|tx| {
                let mut stmt = tx.sqlite()?.prepare(&format!("EXPLAIN QUERY PLAN {sql}"))?;
                let rows = stmt.query_map(rusqlite::params!["a", "b", None::<i64>], |r| {
                    r.get::<_, String>(3)
                })?;
                Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?.join("\n"))
            })
            .unwrap()
    }

    /// O(due): every arm range-scans its partial index, the org is found by
    /// its primary key, and the arms are merged in order rather than
    /// collected and sorted (only rows sharing one instant are sorted, for
    /// the tie on kind and object).
    #[test]
    fn the_planner_scans_only_the_partial_indexes_and_merges_in_order() {
        let mut store = Store::in_memory().unwrap();
        let all: Vec<Kind> = Kind::CODES.iter().map(|(k, _)| *k).collect();
        let plan = plan_of(&mut store, &sql(&all));
        for index in [
            "authorizations_invite_due (invite_expires_at>? AND invite_expires_at<?)",
            "authorizations_valid_due (valid_until>? AND valid_until<?)",
            "upgrades_review_due (review_expires_at>? AND review_expires_at<?)",
            "upgrades_cancel_due (cancel_deadline>? AND cancel_deadline<?)",
            "employee_deregister_waiting (deregister_due_at<?)",
            "codes_expiry (expires_at>? AND expires_at<?)",
        ] {
            assert!(
                plan.contains(&format!("USING INDEX {index}")),
                "{index}\n{plan}"
            );
        }
        assert!(plan.contains("MERGE (UNION ALL)"), "{plan}");
        assert!(!plan.contains("SCAN "), "no arm walks a table:\n{plan}");
        assert!(
            !plan.contains("USE TEMP B-TREE FOR ORDER BY"),
            "no arm is sorted whole:\n{plan}"
        );
        // One kind alone: the same index, no merge needed.
        let one = plan_of(&mut store, &sql(&[Kind::DeregistrationDue]));
        assert!(one.contains("employee_deregister_waiting"), "{one}");
        assert!(!one.contains("SCAN "), "{one}");
    }
}
