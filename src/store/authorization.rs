//! Rows of `authorizations` (rules PA-1 … PA-8).

use std::sync::LazyLock;

use super::db::refs;
use super::memo::Keyed;

/// A value as stored, owned.
type Value = super::db::Value<'static>;
use super::{Row, params};

use super::{Tx, bad, code, identity_opt, join, optional, sealed, split, status, ts, ts_req};
use crate::clock;
use crate::domain::authorization::{Authorization, Status};
use crate::domain::validate::{DouyinId, IdentityNumber};
use crate::error::Result;

const COLUMNS: &str = "id, org_id, douyin_id, status, modules, valid_until, invited_at, \
     invite_expires_at, holder_name, holder_id, accepted_at, rejection_reason, ended_at, \
     end_reason, created_at, updated_at, holder_id_sealed";

fn from_row(tx: &Tx<'_>, r: &Row<'_>) -> Result<Authorization> {
    Ok(Authorization {
        id: r.get(0)?,
        org_id: r.get(1)?,
        douyin_id: DouyinId::from_stored(r.get(2)?),
        status: code(r, 3, Status::parse)?.ok_or_else(|| bad(3, "NULL"))?,
        modules: split(&r.get::<String>(4)?),
        valid_until: ts(r, 5)?,
        invited_at: ts_req(r, 6)?,
        invite_expires_at: ts_req(r, 7)?,
        holder_name: r.get(8)?,
        holder_id: identity_opt(tx, r, 9, 16)?,
        accepted_at: ts(r, 10)?,
        rejection_reason: r.get(11)?,
        ended_at: ts(r, 12)?,
        end_reason: r.get(13)?,
        created_at: ts_req(r, 14)?,
        updated_at: ts_req(r, 15)?,
    })
}

/// The stored columns but `id`, in `COLUMNS` order.
const STORED: [&str; 15] = [
    "org_id",
    "douyin_id",
    "status",
    "modules",
    "valid_until",
    "invited_at",
    "invite_expires_at",
    "holder_name",
    "holder_id",
    "accepted_at",
    "rejection_reason",
    "ended_at",
    "end_reason",
    "created_at",
    "updated_at",
];

/// The row's values for `STORED`, as SQLite stores them, but the holder's
/// identity number in clear: `stored` turns it into what is stored.
fn values(a: &Authorization) -> [Value; 15] {
    let text = |t: Option<String>| t.map_or(Value::Null, |t| Value::Text(t.into()));
    let at = |t: Option<jiff::Timestamp>| text(t.map(clock::fmt));
    [
        Value::Int(a.org_id),
        Value::Text(a.douyin_id.as_str().to_string().into()),
        Value::Text(a.status.code().to_string().into()),
        Value::Text(join(&a.modules).into()),
        at(a.valid_until),
        Value::Text(clock::fmt(a.invited_at).into()),
        Value::Text(clock::fmt(a.invite_expires_at).into()),
        text(a.holder_name.clone()),
        text(a.holder_id.as_ref().map(|i| i.reveal().to_string())),
        at(a.accepted_at),
        text(a.rejection_reason.clone()),
        at(a.ended_at),
        text(a.end_reason.clone()),
        Value::Text(clock::fmt(a.created_at).into()),
        Value::Text(clock::fmt(a.updated_at).into()),
    ]
}

/// The columns and values as stored: the holder's identity number becomes
/// its keyed hash and its sealed value (PII-1).
fn stored(
    tx: &Tx<'_>,
    set: impl Iterator<Item = (&'static str, Value)>,
) -> Result<Vec<(&'static str, Value)>> {
    let mut out = Vec::with_capacity(STORED.len() + 1);
    for (col, v) in set {
        match (col, v) {
            ("holder_id", Value::Text(clear)) => {
                let (digest, seal) = sealed(tx, &IdentityNumber::from_stored(clear.into_owned()))?;
                out.push(("holder_id", Value::Blob(digest.into())));
                out.push(("holder_id_sealed", Value::Blob(seal.into())));
            }
            ("holder_id", _) => {
                out.push(("holder_id", Value::Null));
                out.push(("holder_id_sealed", Value::Null));
            }
            (col, v) => out.push((col, v)),
        }
    }
    Ok(out)
}

/// Inserts (id 0) or rewrites the row; returns the id.
pub fn save(tx: &Tx<'_>, a: &Authorization) -> Result<i64> {
    if a.id != 0 {
        return write(tx, a.id, STORED.iter().copied().zip(values(a)));
    }
    let (cols, vals): (Vec<&str>, Vec<Value>) = stored(tx, STORED.iter().copied().zip(values(a)))?
        .into_iter()
        .unzip();
    let marks: Vec<String> = (1..=cols.len()).map(|i| format!("?{i}")).collect();
    tx.insert(
        &format!(
            "INSERT INTO authorizations ({}) VALUES ({})",
            cols.join(", "),
            marks.join(", ")
        ),
        &refs(&vals),
    )
}

/// Rewrites only the columns in which `after` differs from `stored` (the
/// row as read): SQLite then touches only the indexes on those columns. A
/// sweep of expired invitations leaves `douyin_id`'s index alone (measured:
/// half a sweep's time was rewriting every column and every index).
pub fn update_from(tx: &Tx<'_>, stored: &Authorization, after: &Authorization) -> Result<()> {
    let changed = STORED
        .iter()
        .copied()
        .zip(values(stored).into_iter().zip(values(after)))
        .filter(|(_, (b, a))| b != a)
        .map(|(col, (_, a))| (col, a));
    write(tx, after.id, changed).map(|_| ())
}

/// `UPDATE … SET` the given columns of row `id` (nothing to set: nothing
/// written); returns the id.
fn write(tx: &Tx<'_>, id: i64, set: impl Iterator<Item = (&'static str, Value)>) -> Result<i64> {
    let (cols, mut vals): (Vec<&str>, Vec<Value>) = stored(tx, set)?.into_iter().unzip();
    if cols.is_empty() {
        return Ok(id);
    }
    let assignments: Vec<String> = cols
        .iter()
        .enumerate()
        .map(|(i, col)| format!("{col} = ?{}", i + 1))
        .collect();
    let sql = format!(
        "UPDATE authorizations SET {} WHERE id = ?{}",
        assignments.join(", "),
        cols.len() + 1
    );
    vals.push(Value::Int(id));
    tx.exec(&sql, &refs(&vals))?;
    Ok(id)
}

/// The live binding of the personal account, else its newest ended one.
static FIND: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT {COLUMNS} FROM authorizations WHERE douyin_id = ?1 \
         ORDER BY status IN {ended}, id DESC LIMIT 1",
        ended = *status::AUTHORIZATION_ENDED
    )
});

pub fn find(tx: &Tx<'_>, id: &DouyinId) -> Result<Option<Authorization>> {
    tx.keyed(&Keyed::douyin_id(&FIND), &id.as_str(), |r| from_row(tx, r))
}

/// Reads ahead [`find`] for the Douyin ids of a batch (PostgreSQL).
pub fn read_ahead(tx: &Tx<'_>, ids: &[&str]) -> Result<()> {
    tx.read_ahead(&Keyed::douyin_id(&FIND), ids)
}

/// The rows as stored (the sweep's marks or not), `status` as stored.
pub fn list(
    tx: &Tx<'_>,
    org_id: Option<i64>,
    status: Option<Status>,
) -> Result<Vec<Authorization>> {
    tx.query(
        &format!(
            "SELECT {COLUMNS} FROM authorizations WHERE (?1 IS NULL OR org_id = ?1) \
             AND (?2 IS NULL OR status = ?2) ORDER BY org_id, douyin_id, id"
        ),
        params![org_id, status.map(Status::code)],
        |r| from_row(tx, r),
    )
}

/// The state a row has at `?3` (SW-1): an invitation past its deadline
/// (PA-2) or an active authorisation past its validity (PA-1) is expired
/// whether or not the sweep has marked it; `domain::authorization::as_of`
/// in SQL, for filters.
const STATUS_AT: &str = "CASE WHEN status = 'invited' AND invite_expires_at <= ?3 THEN 'expired' \
     WHEN status = 'active' AND valid_until IS NOT NULL AND valid_until < ?3 THEN 'expired' \
     ELSE status END";

/// Streams the authorisations to `each`, one row at a time, as stored;
/// `status` filters on the state at `now` (SW-1).
pub fn each(
    tx: &Tx<'_>,
    org_id: Option<i64>,
    status: Option<Status>,
    now: jiff::Timestamp,
    mut each: impl FnMut(Authorization) -> Result<()>,
) -> Result<()> {
    tx.each(
        &format!(
            "SELECT {COLUMNS} FROM authorizations WHERE (?1 IS NULL OR org_id = ?1) \
             AND (?2 IS NULL OR {STATUS_AT} = ?2) ORDER BY org_id, douyin_id, id"
        ),
        params![org_id, status.map(Status::code), clock::fmt(now)],
        |r| each(from_row(tx, r)?),
    )
}

/// PA-7: live authorisations hold seats of the enterprise quota; an
/// invitation past its 48 hours is void (PA-2) even before the sweep.
pub fn seats(tx: &Tx<'_>, org_id: i64, now: jiff::Timestamp) -> Result<u32> {
    static SQL: LazyLock<String> = LazyLock::new(|| {
        format!(
            "SELECT count(*) FROM authorizations WHERE org_id = ?1 \
             AND status IN {live} \
             AND NOT (status = 'invited' AND invite_expires_at <= ?2) \
             AND NOT (status = 'active' AND valid_until IS NOT NULL AND valid_until < ?2)",
            live = *status::AUTHORIZATION_LIVE
        )
    });
    tx.row(&SQL, params![org_id, clock::fmt(now)], |r| r.get(0))
}

/// The newest authorisation of the personal account with one enterprise.
pub fn find_in_org(tx: &Tx<'_>, id: &DouyinId, org_id: i64) -> Result<Option<Authorization>> {
    optional(tx.row(
        &format!(
            "SELECT {COLUMNS} FROM authorizations WHERE douyin_id = ?1 AND org_id = ?2 \
             ORDER BY id DESC LIMIT 1"
        ),
        params![id.as_str(), org_id],
        |r| from_row(tx, r),
    ))
}

/// SW-1 / PA-2: invitations whose 48 hours are over (partial index).
pub fn invitations_due(tx: &Tx<'_>, now: jiff::Timestamp) -> Result<Vec<Authorization>> {
    tx.query(
        &format!(
            "SELECT {COLUMNS} FROM authorizations INDEXED BY authorizations_invite_due \
             WHERE status = 'invited' AND invite_expires_at <= ?1 \
             ORDER BY invite_expires_at, id"
        ),
        params![clock::fmt(now)],
        |r| from_row(tx, r),
    )
}

/// SW-1 / PA-1: active authorisations past their validity (partial index).
pub fn validity_due(tx: &Tx<'_>, now: jiff::Timestamp) -> Result<Vec<Authorization>> {
    tx.query(
        &format!(
            "SELECT {COLUMNS} FROM authorizations INDEXED BY authorizations_valid_due \
         WHERE status = 'active' AND valid_until IS NOT NULL AND valid_until < ?1 \
         ORDER BY valid_until, id"
        ),
        params![clock::fmt(now)],
        |r| from_row(tx, r),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    /// `update_from` writes what `save` would: the row read back is `after`
    /// whichever columns changed (the sweep's expiry, an accept, a modify).
    #[test]
    fn update_from_stores_the_same_row_as_save() {
        let mut store = Store::in_memory().unwrap();
        store
            .write(false, |tx| {
                let org_id = tx.insert(
                    "INSERT INTO orgs (handle, kind, name, created_at, uscc, legal_rep_id, level) \
                     VALUES ('acme', 'enterprise', 'Acme', '2026-01-01T00:00:00Z', \
                     '91350100M000100Y43', '11010519491231002X', 'gold')",
                    params![],
                )?;
                let t = |s: &str| s.parse::<jiff::Timestamp>().unwrap();
                let mut a = Authorization {
                    id: 0,
                    org_id,
                    douyin_id: DouyinId::from_stored("dy_one".into()),
                    status: Status::Invited,
                    modules: vec!["backend.video".into()],
                    valid_until: None,
                    invited_at: t("2026-02-13T01:00:00Z"),
                    invite_expires_at: t("2026-02-15T01:00:00Z"),
                    holder_name: None,
                    holder_id: None,
                    accepted_at: None,
                    rejection_reason: None,
                    ended_at: None,
                    end_reason: None,
                    created_at: t("2026-02-13T01:00:00Z"),
                    updated_at: t("2026-02-13T01:00:00Z"),
                };
                a.id = save(tx, &a)?;
                let read = |tx: &Tx<'_>| find(tx, &a.douyin_id).map(Option::unwrap);
                assert_eq!(read(tx)?, a);
                // Nothing changed: nothing written, the row as it was.
                update_from(tx, &a, &a)?;
                assert_eq!(read(tx)?, a);
                let mut b = a.clone();
                b.status = Status::Reviewing;
                b.holder_name = Some("Li Lei".into());
                b.holder_id = Some(IdentityNumber::from_stored("11010519491231002X".into()));
                b.accepted_at = Some(t("2026-02-14T01:00:00Z"));
                b.modules.push("backend.live".into());
                b.valid_until = Some(t("2026-12-31T15:59:59Z"));
                b.updated_at = t("2026-02-14T01:00:00Z");
                update_from(tx, &a, &b)?;
                assert_eq!(read(tx)?, b);
                let mut c = b.clone();
                c.status = Status::Expired;
                c.valid_until = None;
                c.holder_name = None;
                update_from(tx, &b, &c)?;
                assert_eq!(read(tx)?, c);
                Ok(())
            })
            .unwrap();
    }
}
