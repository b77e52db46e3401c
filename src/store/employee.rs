//! Rows of `employee_accounts` and `employee_holders` (rules EA-1 … EA-12).

use std::sync::LazyLock;

use super::memo::Keyed;
use super::{Row, params};

use super::{Tx, bad, code, identity, join, optional, sealed, split, status, ts, ts_req};
use crate::clock;
use crate::domain::employee::{Account, Holder, Proof, Status};
use crate::domain::validate::{DouyinId, Email, IdentityNumber, Phone};
use crate::error::Result;

const COLUMNS: &str = "id, org_id, email, douyin_id, status, holder_name, holder_id, contact_phone, \
     proof, proof_note, position_id, department_id, password_hash, initial_password_hash, \
     activated_at, aux_phone, app_version, ever_active, unsettled_assets, rejection_reason, \
     deregister_from, deregister_filed_at, deregister_due_at, deregister_materials, \
     deregister_overdue_at, created_at, updated_at, deregister_due_provisional, holder_id_sealed";

fn status(r: &Row<'_>, col: usize) -> Result<Option<Status>> {
    code(r, col, Status::parse)
}

fn from_row(tx: &Tx<'_>, r: &Row<'_>) -> Result<Account> {
    Ok(Account {
        id: r.get(0)?,
        org_id: r.get(1)?,
        email: Email::from_stored(r.get(2)?),
        douyin_id: r.get::<Option<String>>(3)?.map(DouyinId::from_stored),
        status: status(r, 4)?.ok_or_else(|| bad(4, "NULL"))?,
        holder_name: r.get(5)?,
        holder_id: identity(tx, r, 6, 28)?,
        contact_phone: r.get::<Option<String>>(7)?.map(Phone::from_stored),
        proof: code(r, 8, Proof::parse)?.ok_or_else(|| bad(8, "NULL"))?,
        proof_note: r.get(9)?,
        position_id: r.get(10)?,
        department_id: r.get(11)?,
        password_hash: r.get(12)?,
        initial_password_hash: r.get(13)?,
        activated_at: ts(r, 14)?,
        aux_phone: r.get::<Option<String>>(15)?.map(Phone::from_stored),
        app_version: r.get(16)?,
        ever_active: r.get(17)?,
        unsettled_assets: r.get(18)?,
        rejection_reason: r.get(19)?,
        deregister_from: status(r, 20)?,
        deregister_filed_at: ts(r, 21)?,
        deregister_due_at: ts(r, 22)?,
        deregister_materials: split(&r.get::<Option<String>>(23)?.unwrap_or_default()),
        deregister_overdue_at: ts(r, 24)?,
        created_at: ts_req(r, 25)?,
        updated_at: ts_req(r, 26)?,
        deregister_due_provisional: r.get(27)?,
    })
}

fn fmt(t: Option<jiff::Timestamp>) -> Option<String> {
    t.map(clock::fmt)
}

/// Inserts (id 0) or rewrites the whole row; returns the id.
pub fn save(tx: &Tx<'_>, a: &Account) -> Result<i64> {
    let (holder_digest, holder_sealed) = sealed(tx, &a.holder_id)?;
    let values = params![
        a.org_id,
        a.email.as_str(),
        a.douyin_id.as_ref().map(|d| d.as_str().to_string()),
        a.status.code(),
        a.holder_name,
        holder_digest,
        a.contact_phone.as_ref().map(|p| p.as_str().to_string()),
        a.proof.code(),
        a.proof_note,
        a.position_id,
        a.department_id,
        a.password_hash,
        a.initial_password_hash,
        fmt(a.activated_at),
        a.aux_phone.as_ref().map(|p| p.as_str().to_string()),
        a.app_version,
        a.ever_active,
        a.unsettled_assets,
        a.rejection_reason,
        a.deregister_from.map(Status::code),
        fmt(a.deregister_filed_at),
        fmt(a.deregister_due_at),
        (!a.deregister_materials.is_empty()).then(|| join(&a.deregister_materials)),
        fmt(a.deregister_overdue_at),
        clock::fmt(a.created_at),
        clock::fmt(a.updated_at),
        a.deregister_due_provisional,
        holder_sealed,
        a.id,
    ];
    if a.id == 0 {
        return tx.insert(
            &format!(
                "INSERT INTO employee_accounts ({}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, \
                 ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, \
                 ?28)",
                COLUMNS.trim_start_matches("id, ")
            ),
            &values[..28],
        );
    }
    tx.exec(
        "UPDATE employee_accounts SET org_id = ?1, email = ?2, douyin_id = ?3, status = ?4, \
         holder_name = ?5, holder_id = ?6, contact_phone = ?7, proof = ?8, proof_note = ?9, \
         position_id = ?10, department_id = ?11, password_hash = ?12, initial_password_hash = ?13, \
         activated_at = ?14, aux_phone = ?15, app_version = ?16, ever_active = ?17, \
         unsettled_assets = ?18, rejection_reason = ?19, deregister_from = ?20, \
         deregister_filed_at = ?21, deregister_due_at = ?22, deregister_materials = ?23, \
         deregister_overdue_at = ?24, created_at = ?25, updated_at = ?26, \
         deregister_due_provisional = ?27, holder_id_sealed = ?28 WHERE id = ?29",
        values,
    )?;
    Ok(a.id)
}

/// The account with this login email (EA-4: one per email, ever).
pub fn find(tx: &Tx<'_>, email: &str) -> Result<Option<Account>> {
    optional(tx.row(
        &format!("SELECT {COLUMNS} FROM employee_accounts WHERE email = ?1"),
        params![email],
        |r| from_row(tx, r),
    ))
}

/// The live account holding this Douyin id, if any (EA-11).
static BY_DOUYIN_ID: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT {COLUMNS} FROM employee_accounts WHERE douyin_id = ?1 \
         AND status NOT IN {closed}",
        closed = *status::EMPLOYEE_SEATLESS
    )
});

pub fn by_douyin_id(tx: &Tx<'_>, id: &DouyinId) -> Result<Option<Account>> {
    tx.keyed(&Keyed::douyin_id(&BY_DOUYIN_ID), &id.as_str(), |r| {
        from_row(tx, r)
    })
}

/// Reads ahead [`by_douyin_id`] for the Douyin ids of a batch (PostgreSQL).
pub fn read_ahead(tx: &Tx<'_>, ids: &[&str]) -> Result<()> {
    tx.read_ahead(&Keyed::douyin_id(&BY_DOUYIN_ID), ids)
}

/// Filters of `employee list`.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    pub org_id: Option<i64>,
    pub status: Option<Status>,
    pub position_id: Option<i64>,
    /// Department ids to include (a department and its subtree).
    pub department_ids: Option<Vec<i64>>,
}

pub fn list(tx: &Tx<'_>, f: &ListFilter) -> Result<Vec<Account>> {
    let mut out = Vec::new();
    each(tx, f, |a| {
        out.push(a);
        Ok(())
    })?;
    Ok(out)
}

/// Streams the accounts matching `f` to `each`, one row at a time.
pub fn each(
    tx: &Tx<'_>,
    f: &ListFilter,
    mut each: impl FnMut(Account) -> Result<()>,
) -> Result<()> {
    let departments: Option<std::collections::HashSet<i64>> = f
        .department_ids
        .as_ref()
        .map(|ids| ids.iter().copied().collect());
    tx.each(
        &format!(
            "SELECT {COLUMNS} FROM employee_accounts \
             WHERE (?1 IS NULL OR org_id = ?1) AND (?2 IS NULL OR status = ?2) \
             AND (?3 IS NULL OR position_id = ?3) ORDER BY org_id, email, id"
        ),
        params![f.org_id, f.status.map(Status::code), f.position_id],
        |r| {
            let a = from_row(tx, r)?;
            if let Some(d) = &departments
                && !a.department_id.is_some_and(|id| d.contains(&id))
            {
                return Ok(());
            }
            each(a)
        },
    )
}

/// EN-3: employee accounts holding a seat in the enterprise.
pub fn seats(tx: &Tx<'_>, org_id: i64) -> Result<u32> {
    static SQL: LazyLock<String> = LazyLock::new(|| {
        format!(
            "SELECT count(*) FROM employee_accounts WHERE org_id = ?1 AND status NOT IN {closed}",
            closed = *status::EMPLOYEE_SEATLESS
        )
    });
    tx.row(&SQL, params![org_id], |r| r.get(0))
}

/// POS-5: live employee accounts holding the position.
pub fn holding_position(tx: &Tx<'_>, position_id: i64) -> Result<u32> {
    static SQL: LazyLock<String> = LazyLock::new(|| {
        format!(
            "SELECT count(*) FROM employee_accounts WHERE position_id = ?1 AND status NOT IN {closed}",
            closed = *status::EMPLOYEE_SEATLESS
        )
    });
    tx.row(&SQL, params![position_id], |r| r.get(0))
}

/// DEP-1: live employee accounts in the department.
pub fn in_department(tx: &Tx<'_>, department_id: i64) -> Result<u32> {
    static SQL: LazyLock<String> = LazyLock::new(|| {
        format!(
            "SELECT count(*) FROM employee_accounts WHERE department_id = ?1 AND status NOT IN {closed}",
            closed = *status::EMPLOYEE_SEATLESS
        )
    });
    tx.row(&SQL, params![department_id], |r| r.get(0))
}

pub fn start_holder(tx: &Tx<'_>, account_id: i64, h: &Holder) -> Result<()> {
    let (digest, seal) = sealed(tx, &h.holder_id)?;
    tx.exec(
        "INSERT INTO employee_holders (account_id, holder_name, holder_id, position_id, since, \
         holder_id_sealed) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            account_id,
            h.holder_name,
            digest,
            h.position_id,
            clock::fmt(h.since),
            seal
        ],
    )?;
    Ok(())
}

/// Rewrites the open holder period (a resubmission corrects the person).
pub fn correct_holder(
    tx: &Tx<'_>,
    account_id: i64,
    name: &str,
    id: &IdentityNumber,
    position_id: i64,
) -> Result<()> {
    let (digest, seal) = sealed(tx, id)?;
    tx.exec(
        "UPDATE employee_holders SET holder_name = ?2, holder_id = ?3, position_id = ?4, \
         holder_id_sealed = ?5 WHERE account_id = ?1 AND until IS NULL",
        params![account_id, name, digest, position_id, seal],
    )?;
    Ok(())
}

pub fn end_holder(tx: &Tx<'_>, account_id: i64, at: jiff::Timestamp, reason: &str) -> Result<()> {
    tx.exec(
        "UPDATE employee_holders SET until = ?2, end_reason = ?3 WHERE account_id = ?1 AND until IS NULL",
        params![account_id, clock::fmt(at), reason],
    )?;
    Ok(())
}

/// EA-9: every holder, newest first.
pub fn holders(tx: &Tx<'_>, account_id: i64) -> Result<Vec<Holder>> {
    tx.query(
        "SELECT holder_name, holder_id, position_id, since, until, end_reason, holder_id_sealed \
         FROM employee_holders \
         WHERE account_id = ?1 ORDER BY since DESC, id DESC",
        params![account_id],
        |r| {
            Ok(Holder {
                holder_name: r.get(0)?,
                holder_id: identity(tx, r, 1, 6)?,
                position_id: r.get(2)?,
                since: ts_req(r, 3)?,
                until: ts(r, 4)?,
                end_reason: r.get(5)?,
            })
        },
    )
}

/// SW-1 / EA-10: deregistration requests past their due instant and not yet
/// marked, found through the partial index (O(due rows)).
pub fn overdue(tx: &Tx<'_>, now: jiff::Timestamp) -> Result<Vec<Account>> {
    tx.query(
        &format!(
        "SELECT {COLUMNS} FROM employee_accounts INDEXED BY employee_deregister_due \
         WHERE status = 'deregistering' AND deregister_overdue_at IS NULL AND deregister_due_at < ?1 \
         ORDER BY deregister_due_at, id"
    ),
        params![clock::fmt(now)],
        |r| from_row(tx, r)
    )
}

/// SW-1 / EA-10, TM-1: deregistration requests still waiting whose deadline
/// is provisional, found through their partial index (O(provisional rows)).
pub fn provisional_deadlines(tx: &Tx<'_>) -> Result<Vec<Account>> {
    tx.query(
        &format!(
            "SELECT {COLUMNS} FROM employee_accounts INDEXED BY employee_deregister_provisional \
         WHERE status = 'deregistering' AND deregister_due_provisional = 1 \
         ORDER BY deregister_due_at, id"
        ),
        params![],
        |r| from_row(tx, r),
    )
}
