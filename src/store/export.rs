//! One streaming query per kind for `roster export`: the columns `import`
//! reads back, row by row (constant memory).

use super::db::Value;
use super::params;

use super::{Tx, status};
use crate::error::Result;

/// Department paths of every org, for joins.
const TREE: &str = "WITH RECURSIVE tree (id, path) AS ( \
       SELECT id, name FROM departments WHERE parent_id IS NULL \
       UNION ALL \
       SELECT d.id, tree.path || '/' || d.name FROM departments d JOIN tree ON d.parent_id = tree.id) ";

/// The export query of a kind and its column names. `?1` is an org handle
/// or NULL for every org; `?2`, where used, is now (void invitations, PA-2,
/// are not exported). The columns that hold an identity number (PII-1) come
/// out of the database as their keyed hash, each with its sealed value in
/// an extra column after the named ones, in order: `identities` lists
/// them, and `rows` opens them.
pub struct Query {
    pub columns: &'static [&'static str],
    pub sql: String,
    pub identities: &'static [usize],
}

pub fn query(kind: &str) -> Option<Query> {
    let (columns, sql, identities): (&'static [&'static str], String, &'static [usize]) = match kind {
        "orgs" => (
            &[
                "kind",
                "handle",
                "name",
                "uscc",
                "legal_rep_name",
                "legal_rep_id",
                "individual_business",
                "main_phone",
                "shop_type",
                "subject",
                "cross_border",
                "verified",
                "level",
                "tools",
            ],
            "SELECT kind, handle, name, uscc, legal_rep_name, legal_rep_id, \
             CASE WHEN kind = 'enterprise' THEN CASE WHEN individual_business = 1 THEN 'true' ELSE 'false' END END, \
             main_phone, shop_type, subject, \
             CASE WHEN kind = 'shop' THEN CASE WHEN cross_border = 1 THEN 'true' ELSE 'false' END END, \
             CASE WHEN kind = 'enterprise' THEN CASE WHEN verified_at IS NULL THEN 'false' ELSE 'true' END END, \
             level, CASE WHEN kind = 'enterprise' THEN tools END, legal_rep_id_sealed \
             FROM orgs WHERE (?1 IS NULL OR handle = ?1) ORDER BY handle"
                .to_string(),
            &[5],
        ),
        "positions" => (
            &["org", "name", "permissions", "description"],
            "SELECT o.handle, p.name, p.permissions, p.description FROM positions p \
             JOIN orgs o ON o.id = p.org_id WHERE p.deleted_at IS NULL AND (?1 IS NULL OR o.handle = ?1) \
             ORDER BY o.handle, p.name"
                .to_string(),
            &[],
        ),
        "departments" => (
            &["org", "path"],
            format!(
                "{TREE} SELECT o.handle, t.path FROM tree t JOIN departments d ON d.id = t.id \
                 JOIN orgs o ON o.id = d.org_id WHERE (?1 IS NULL OR o.handle = ?1) ORDER BY o.handle, t.path"
            ),
            &[],
        ),
        "employees" => (
            &[
                "org",
                "email",
                "holder_name",
                "holder_id",
                "position",
                "department",
                "proof",
                "proof_note",
                "douyin_id",
                "contact_phone",
                "status",
            ],
            format!(
                "{TREE} SELECT o.handle, e.email, e.holder_name, e.holder_id, p.name, t.path, e.proof, \
                 e.proof_note, e.douyin_id, e.contact_phone, e.status, e.holder_id_sealed \
                 FROM employee_accounts e \
                 JOIN orgs o ON o.id = e.org_id JOIN positions p ON p.id = e.position_id \
                 LEFT JOIN tree t ON t.id = e.department_id \
                 WHERE e.status NOT IN {closed} AND (?1 IS NULL OR o.handle = ?1) \
                 ORDER BY o.handle, e.email",
                closed = *status::EMPLOYEE_SEATLESS
            ),
            &[3],
        ),
        "authorizations" => (
            &["org", "douyin_id", "modules", "valid_until", "status"],
            format!(
                "SELECT o.handle, a.douyin_id, a.modules, a.valid_until, a.status FROM authorizations a \
                 JOIN orgs o ON o.id = a.org_id \
                 WHERE a.status IN {live} AND (?1 IS NULL OR o.handle = ?1) \
                 AND NOT (a.status = 'invited' AND a.invite_expires_at <= ?2) \
                 AND NOT (a.status = 'active' AND a.valid_until IS NOT NULL AND a.valid_until < ?2) \
                 ORDER BY o.handle, a.douyin_id",
                live = *status::AUTHORIZATION_LIVE
            ),
            &[],
        ),
        "subaccounts" => (
            &["org", "phone", "email", "name", "positions", "im", "status"],
            format!(
                "SELECT o.handle, s.phone, s.email, s.name, \
                 (SELECT group_concat(name, ',') FROM (SELECT p.name FROM subaccount_positions sp \
                   JOIN positions p ON p.id = sp.position_id WHERE sp.subaccount_id = s.id ORDER BY p.name) AS named), \
                 CASE WHEN o.kind = 'shop' THEN CASE WHEN s.im = 1 THEN 'on' ELSE 'off' END END, s.status \
                 FROM subaccounts s JOIN orgs o ON o.id = s.org_id \
                 WHERE s.status IN {live} AND (?1 IS NULL OR o.handle = ?1) \
                 ORDER BY o.handle, s.key",
                live = *status::SUBACCOUNT_LIVE
            ),
            &[],
        ),
        _ => return None,
    };
    Some(Query {
        columns,
        sql,
        identities,
    })
}

/// Streams the rows of `sql` to `each` as text cells (NULL as `None`). The
/// cells live in one buffer, refilled row after row (no allocation per
/// cell once the strings have grown to their size); `each` may change
/// them in place.
pub fn rows(
    tx: &Tx<'_>,
    q: &Query,
    org: Option<&str>,
    now: jiff::Timestamp,
    mut each: impl FnMut(&mut Vec<Option<String>>) -> Result<()>,
) -> Result<()> {
    let n = q.columns.len();
    let now = crate::clock::fmt(now);
    let p = if q.sql.contains("?2") {
        params![org, now]
    } else {
        params![org]
    };
    let mut cells: Vec<Option<String>> = vec![None; n];
    tx.each(&q.sql, p, |r| {
        for (i, cell) in cells.iter_mut().enumerate() {
            if let Some(k) = q.identities.iter().position(|&c| c == i) {
                *cell = super::identity_opt(tx, r, i, n + k)?.map(|id| id.reveal().to_string());
                continue;
            }
            match r.value(i)? {
                Value::Null | Value::Blob(_) => *cell = None,
                Value::Int(v) => put(cell, &v.to_string()),
                Value::Bool(b) => put(cell, if b { "1" } else { "0" }),
                Value::Text(t) => put(cell, &t),
            }
        }
        each(&mut cells)
    })
}

/// Refills a cell with `text`, reusing its buffer.
fn put(cell: &mut Option<String>, text: &str) {
    match cell {
        Some(s) => {
            s.clear();
            s.push_str(text);
        }
        None => *cell = Some(text.to_string()),
    }
}
