//! Lookups that several use cases share, by natural key: the org a command
//! acts on (`--org`), an enterprise, a position or a department of an org,
//! the permission codes an org may give, the penalties in force on a person.
//! A floor under the use cases (ARCHITECTURE.md): they call these, never each other.

use serde_json::json;

use super::{Ctx, field};
use crate::domain::identity::Penalty;
use crate::domain::org::{Org, OrgKind};
use crate::domain::permission::{self, CodeError};
use crate::domain::position::{Department, Position, department_path, position_name};
use crate::domain::validate::IdentityNumber;
use crate::error::{Error, Result, RuleViolation};
use crate::store::{self, Tx};

/// The org an org-scoped command acts on (`--org`), or exit 2 naming the
/// ways to give one.
pub fn org(tx: &Tx<'_>, handle: Option<&str>) -> Result<Org> {
    let h = handle.ok_or_else(|| Error::Usage {
        message: "this command acts on an organisation: give --org HANDLE, set ROSTER_ORG, or default_org in the config".to_string(),
    })?;
    store::org::get(tx, &field::handle("--org", h)?)
}

/// The `--org` of a command that only enterprises have (`what`, `rule`).
pub fn enterprise(
    tx: &Tx<'_>,
    handle: Option<&str>,
    rule: &'static str,
    what: &str,
) -> Result<Org> {
    let org = self::org(tx, handle)?;
    if org.enterprise.is_none() {
        return Err(not_an_enterprise(&org, rule, what));
    }
    Ok(org)
}

pub(super) fn not_an_enterprise(org: &Org, rule: &'static str, what: &str) -> Error {
    let kind = org.kind.code();
    let article = if kind.starts_with(['a', 'e']) {
        "an"
    } else {
        "a"
    };
    RuleViolation::new(
        "NOT_AN_ENTERPRISE",
        rule,
        format!(
            "{:?} is {article} {kind} org; {what}: enterprises only",
            org.handle
        ),
    )
    .into()
}

/// POS-1/POS-3/EN-5: the codes a position of `org` (or, with `field`
/// `--modules`, an authorisation, PA-6) may carry.
pub fn permissions(org: &Org, list: &str, field: &str) -> Result<Vec<String>> {
    let codes = permission::parse_codes(org.kind, list).map_err(|e| match e {
        CodeError::Unknown { code, valid } => Error::invalid(
            field,
            "UNKNOWN_PERMISSION",
            Some("POS-1"),
            format!(
                "{code:?} is not in the {} catalogue; valid codes: {}",
                org.kind.code(),
                valid.join(", ")
            ),
        ),
        CodeError::NotGrantable { code } => RuleViolation::new(
            "PERMISSION_NOT_GRANTABLE",
            "POS-3",
            format!("{code} (sub-account management) stays with the main account; no position can carry it"),
        )
        .into(),
    })?;
    if let Some(e) = &org.enterprise {
        // EN-5: an enterprise grants only tools it holds itself.
        let missing: Vec<&String> = codes
            .iter()
            .filter(|c| permission::is_tool(c) && !e.tools.contains(c))
            .collect();
        if !missing.is_empty() {
            let list: Vec<&str> = missing.iter().map(|s| s.as_str()).collect();
            return Err(RuleViolation::new(
                "TOOL_NOT_HELD",
                "EN-5",
                format!(
                    "{} does not hold the tool(s) {}",
                    org.handle,
                    list.join(", ")
                ),
            )
            .hint(format!(
                "grant them to the enterprise first: `roster org tools {} --grant {}`",
                org.handle,
                list.join(",")
            ))
            .details(json!({ "missing": list }))
            .into());
        }
    }
    Ok(codes)
}

/// A position of `org` by name (POS-1).
pub fn position(tx: &Tx<'_>, org: &Org, name: &str) -> Result<Position> {
    let name = field::code("name", name, position_name)?;
    store::position::find(tx, org.id, &name)?.ok_or_else(|| {
        Error::not_found_hint(
            "POSITION_NOT_FOUND",
            format!("{} has no position {name:?}", org.handle),
            format!("`roster position list --org {}` shows them", org.handle),
        )
    })
}

pub fn path_arg(field: &str, raw: &str) -> Result<String> {
    department_path(raw)
        .map(|segs| segs.join("/"))
        .map_err(|why| Error::invalid(field, "INVALID_DEPARTMENT_PATH", Some("DEP-1"), why))
}

/// A department of `org` by its path (DEP-1).
pub fn department(tx: &Tx<'_>, org: &Org, path: &str) -> Result<Department> {
    store::department::find(tx, org.id, path)?.ok_or_else(|| {
        Error::not_found_hint(
            "DEPARTMENT_NOT_FOUND",
            format!("{} has no department {path:?}", org.handle),
            format!("`roster department list --org {}` shows them", org.handle),
        )
    })
}

/// A department named on the command line (or in a CSV cell) by path.
pub fn department_arg(tx: &Tx<'_>, org: &Org, raw: &str) -> Result<Department> {
    department(tx, org, &path_arg("--department", raw)?)
}

/// EA-7: the penalties in force on a person at `ctx.now`.
pub fn penalties(tx: &Tx<'_>, ctx: &Ctx<'_>, id: &IdentityNumber) -> Result<Vec<Penalty>> {
    Ok(store::identity::penalties(tx, id)?
        .into_iter()
        .filter(|p| p.in_force(ctx.now))
        .collect())
}

/// The phone or email a sub-account logs in with (AG-1: either; both
/// validated).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    pub key: String,
    pub phone: Option<String>,
    pub email: Option<String>,
}

pub fn parse_key(phone: Option<&str>, email: Option<&str>) -> Result<Key> {
    match (phone, email) {
        (Some(p), None) => {
            let p = field::phone("--phone", p, "AG-1")?;
            Ok(Key {
                key: p.as_str().to_string(),
                phone: Some(p.as_str().to_string()),
                email: None,
            })
        }
        (None, Some(e)) => {
            let e = field::email("--email", e, "AG-1")?;
            Ok(Key {
                key: e.as_str().to_string(),
                phone: None,
                email: Some(e.as_str().to_string()),
            })
        }
        _ => Err(Error::Usage {
            message: "give exactly one of --phone or --email".to_string(),
        }),
    }
}

/// A KEY argument: an email if it has `@`, else a phone.
pub fn parse_key_arg(raw: &str) -> Result<Key> {
    if raw.contains('@') {
        parse_key(None, Some(raw))
    } else {
        parse_key(Some(raw), None)
    }
}

/// SH-4: the `--org` of customer-service routing, a shop.
pub fn shop(tx: &Tx<'_>, org: Option<&str>) -> Result<Org> {
    let org = self::org(tx, org)?;
    if org.kind != OrgKind::Shop {
        return Err(RuleViolation::new(
            "NOT_A_SHOP",
            "SH-4",
            format!(
                "{:?} is not a shop; customer-service routing belongs to shops",
                org.handle
            ),
        )
        .into());
    }
    Ok(org)
}

/// A live (enabled or disabled) sub-account of `org` by its KEY argument.
pub fn live_subaccount(
    tx: &Tx<'_>,
    org: &Org,
    raw: &str,
) -> Result<crate::domain::subaccount::SubAccount> {
    let k = parse_key_arg(raw)?;
    match store::subaccount::find(tx, org.id, &k.key)? {
        Some(s) if s.status.is_live() => Ok(s),
        Some(s) => Err(crate::domain::subaccount::next(
            &s.key,
            s.status,
            crate::domain::subaccount::Verb::Edit,
        )
        .err()
        .map_or_else(|| Error::internal("unreachable"), Error::from)),
        None => Err(Error::not_found(
            "SUBACCOUNT_NOT_FOUND",
            format!("{} has no sub-account {}", org.handle, k.key),
        )),
    }
}

/// Sub-accounts belong to agencies and shops.
pub fn agency_or_shop(tx: &Tx<'_>, org: Option<&str>) -> Result<Org> {
    let org = self::org(tx, org)?;
    if org.kind == OrgKind::Enterprise {
        return Err(RuleViolation::new(
            "NOT_AN_AGENCY_OR_SHOP",
            "AG-1",
            format!(
                "{:?} is an enterprise; sub-accounts belong to agencies and shops (enterprises have employee accounts)",
                org.handle
            ),
        )
        .into());
    }
    Ok(org)
}
