//! Rows of `orgs` to and from `domain::org::Org`.

use std::sync::LazyLock;

use super::memo::Keyed;
use super::{Row, params};

use super::{Tx, identity, join, optional, sealed, split};
use crate::clock;
use crate::domain::org::{EnterpriseFacts, Level, Org, OrgKind, ShopFacts, ShopType};
use crate::domain::validate::{CreditCode, Phone};
use crate::error::{Error, Result};

const COLUMNS: &str = "id, handle, kind, name, created_at, uscc, legal_rep_name, legal_rep_id, \
     individual_business, verified_at, level, tools, main_phone, shop_type, subject, cross_border, \
     legal_rep_id_sealed";

fn corrupt(what: &str, value: &str) -> Error {
    Error::internal(format!("database: unexpected {what} {value:?} in orgs"))
}

fn stamp(text: &str) -> Result<jiff::Timestamp> {
    text.parse().map_err(|_| corrupt("instant", text))
}

fn from_row(tx: &Tx<'_>, r: &Row<'_>) -> Result<Org> {
    let kind_text: String = r.get(2)?;
    let kind = OrgKind::parse(&kind_text).map_err(|_| corrupt("kind", &kind_text))?;
    let created: String = r.get(4)?;
    let enterprise = if kind == OrgKind::Enterprise {
        let level_text: String = r.get(10)?;
        let verified: Option<String> = r.get(9)?;
        Some(EnterpriseFacts {
            uscc: CreditCode::from_stored(r.get(5)?),
            legal_rep_name: r.get::<Option<String>>(6)?.unwrap_or_default(),
            legal_rep_id: identity(tx, r, 7, 16)?,
            individual_business: r.get(8)?,
            verified_at: verified.as_deref().map(stamp).transpose()?,
            level: Level::parse(&level_text).map_err(|_| corrupt("level", &level_text))?,
            tools: split(&r.get::<String>(11)?),
        })
    } else {
        None
    };
    let shop = if kind == OrgKind::Shop {
        let t: String = r.get(13)?;
        Some(ShopFacts {
            shop_type: ShopType::parse(&t).map_err(|_| corrupt("shop type", &t))?,
            subject: CreditCode::from_stored(r.get(14)?),
            cross_border: r.get(15)?,
        })
    } else {
        None
    };
    Ok(Org {
        id: r.get(0)?,
        handle: r.get(1)?,
        kind,
        name: r.get(3)?,
        created_at: stamp(&created)?,
        enterprise,
        main_phone: r.get::<Option<String>>(12)?.map(Phone::from_stored),
        shop,
    })
}

pub fn insert(tx: &Tx<'_>, org: &Org) -> Result<i64> {
    let e = org.enterprise.as_ref();
    let s = org.shop.as_ref();
    let (rep_digest, rep_sealed) = match e {
        Some(e) => {
            let (d, s) = sealed(tx, &e.legal_rep_id)?;
            (Some(d), Some(s))
        }
        None => (None, None),
    };
    tx.insert(
        "INSERT INTO orgs (handle, kind, name, created_at, uscc, legal_rep_name, legal_rep_id, \
         individual_business, verified_at, level, tools, main_phone, shop_type, subject, cross_border, \
         legal_rep_id_sealed) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
        params![
            org.handle,
            org.kind.code(),
            org.name,
            clock::fmt(org.created_at),
            e.map(|e| e.uscc.as_str().to_string()),
            e.map(|e| e.legal_rep_name.clone()),
            rep_digest,
            e.is_some_and(|e| e.individual_business),
            e.and_then(|e| e.verified_at).map(clock::fmt),
            e.map(|e| e.level.code()),
            e.map(|e| join(&e.tools)).unwrap_or_default(),
            org.main_phone.as_ref().map(|p| p.as_str().to_string()),
            s.map(|s| s.shop_type.code()),
            s.map(|s| s.subject.as_str().to_string()),
            s.is_some_and(|s| s.cross_border),
            rep_sealed,
        ],
    )
}

/// Writes back the mutable enterprise facts (verification, level, tools).
pub fn update_enterprise(tx: &Tx<'_>, id: i64, e: &EnterpriseFacts) -> Result<()> {
    tx.exec(
        "UPDATE orgs SET verified_at = ?2, level = ?3, tools = ?4 WHERE id = ?1",
        params![
            id,
            e.verified_at.map(clock::fmt),
            e.level.code(),
            join(&e.tools)
        ],
    )?;
    Ok(())
}

/// The org by handle (kept for the transaction on PostgreSQL).
static BY_HANDLE: LazyLock<String> =
    LazyLock::new(|| format!("SELECT {COLUMNS} FROM orgs WHERE handle = ?1"));
static BY_ID: LazyLock<String> =
    LazyLock::new(|| format!("SELECT {COLUMNS} FROM orgs WHERE id = ?1"));

/// Reads ahead [`find`] for the handles a batch of rows names (PostgreSQL).
pub fn read_ahead(tx: &Tx<'_>, handles: &[&str]) -> Result<()> {
    let q = Keyed {
        sql: &BY_HANDLE,
        column: "handle",
    };
    tx.read_ahead(&q, handles)
}

pub fn find(tx: &Tx<'_>, handle: &str) -> Result<Option<Org>> {
    let q = Keyed {
        sql: &BY_HANDLE,
        column: "handle",
    };
    tx.keyed(&q, &handle, |r| from_row(tx, r))
}

/// The org or exit 3, with the way to see what exists.
pub fn get(tx: &Tx<'_>, handle: &str) -> Result<Org> {
    find(tx, handle)?.ok_or_else(|| {
        Error::not_found_hint(
            "ORG_NOT_FOUND",
            format!("no organisation with handle {handle:?}"),
            "`roster org list` shows the handles",
        )
    })
}

pub fn list(tx: &Tx<'_>, kind: Option<OrgKind>) -> Result<Vec<Org>> {
    tx.query(
        &format!("SELECT {COLUMNS} FROM orgs WHERE (?1 IS NULL OR kind = ?1) ORDER BY handle"),
        params![kind.map(OrgKind::code)],
        |r| from_row(tx, r),
    )
}

/// The org of `kind` whose main account is `phone`, if any.
pub fn by_main_phone(tx: &Tx<'_>, kind: OrgKind, phone: &Phone) -> Result<Option<Org>> {
    optional(tx.row(
        &format!("SELECT {COLUMNS} FROM orgs WHERE kind = ?1 AND main_phone = ?2"),
        params![kind.code(), phone.as_str()],
        |r| from_row(tx, r),
    ))
}

/// Seats held against the EN-3 quota: every employee account of either kind
/// that is not withdrawn or deregistered (数量计算不区分员工号类型), less the
/// bindings time has already ended (PA-2, PA-1) that the sweep has not
/// marked yet.
pub fn seats_used(tx: &Tx<'_>, org_id: i64, now: jiff::Timestamp) -> Result<u32> {
    // One statement (a round trip on PostgreSQL): the counter, less the
    // bindings of the org that time has already ended but the sweep has
    // not marked (PA-2 invitations past their 48 hours, PA-1
    // authorisations past their validity); both index ranges hold only
    // what is due.
    let used: i64 = tx.row(
        "SELECT seats_held \
         - (SELECT count(*) FROM authorizations INDEXED BY authorizations_org_invite \
            WHERE org_id = ?1 AND status = 'invited' AND invite_expires_at <= ?2) \
         - (SELECT count(*) FROM authorizations INDEXED BY authorizations_org_valid \
            WHERE org_id = ?1 AND status = 'active' AND valid_until IS NOT NULL \
            AND valid_until < ?2) \
         FROM orgs WHERE id = ?1",
        params![org_id, clock::fmt(now)],
        |r| r.get(0),
    )?;
    Ok(u32::try_from(used).unwrap_or(0))
}

/// Moves the seat counter by `delta` (+1 a seat taken, -1 freed).
pub fn add_seats(tx: &Tx<'_>, org_id: i64, delta: i64) -> Result<()> {
    if delta != 0 {
        tx.exec_later(
            "UPDATE orgs SET seats_held = seats_held + ?2 WHERE id = ?1",
            params![org_id, delta],
        )?;
    }
    Ok(())
}

/// The seats counted the slow way, from every row: what `seats_used` must
/// always equal (checked by the property tests).
pub fn recount_seats(tx: &Tx<'_>, org_id: i64, now: jiff::Timestamp) -> Result<u32> {
    Ok(super::employee::seats(tx, org_id)? + super::authorization::seats(tx, org_id, now)?)
}

pub fn by_id(tx: &Tx<'_>, id: i64) -> Result<Org> {
    let q = Keyed {
        sql: &BY_ID,
        column: "id",
    };
    tx.keyed(&q, &id, |r| from_row(tx, r))?
        .ok_or_else(super::db::no_row)
}

/// UP-4: a subject is cross-border when any of its shops is.
pub fn subject_cross_border(tx: &Tx<'_>, subject: &str) -> Result<bool> {
    tx.row(
        "SELECT EXISTS (SELECT 1 FROM orgs WHERE kind = 'shop' AND subject = ?1 AND cross_border)",
        params![subject],
        |r| r.get(0),
    )
}

pub fn shops_of_subject(tx: &Tx<'_>, subject: &str) -> Result<u32> {
    tx.row(
        "SELECT count(*) FROM orgs WHERE kind = 'shop' AND subject = ?1",
        params![subject],
        |r| r.get(0),
    )
}
