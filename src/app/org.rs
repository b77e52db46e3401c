//! Organisations: create, verify, level, tools, show, list (rules EN-1 … EN-6).

use serde_json::json;

use super::{Change, Ctx, Outcome, audit, field, json};
use crate::domain::bindings::{Role, Taking};
use crate::domain::org::{EnterpriseFacts, Level, Org, OrgKind, ShopFacts, ShopType};
use crate::domain::permission;
use crate::error::{Error, Result, RuleViolation};
use crate::store::{self, Tx};
use crate::views::OrgView;

/// The audit object key of an org.
pub fn key(handle: &str) -> String {
    format!("org:{handle}")
}

/// An org with its seat count, as commands show it.
#[derive(Debug, Clone, PartialEq)]
pub struct OrgState {
    pub org: Org,
    /// (used, limit) for an enterprise (EN-3).
    pub seats: Option<(u32, u32)>,
}

impl OrgState {
    pub fn view(&self, reveal: bool) -> OrgView {
        OrgView::new(&self.org, self.seats, reveal)
    }
}

pub fn state(tx: &Tx<'_>, ctx: &Ctx<'_>, org: Org) -> Result<OrgState> {
    let seats = super::seats::usage(tx, ctx, &org)?;
    Ok(OrgState { org, seats })
}

/// Raw input of `org create` (and of an `orgs` import row).
#[derive(Debug, Clone, Default)]
pub struct NewOrg {
    pub kind: String,
    pub handle: String,
    pub name: String,
    pub uscc: Option<String>,
    pub legal_rep_name: Option<String>,
    pub legal_rep_id: Option<String>,
    pub individual_business: bool,
    pub main_phone: Option<String>,
    pub shop_type: Option<String>,
    pub subject: Option<String>,
    pub cross_border: bool,
}

fn required<'a>(v: &'a Option<String>, flag: &str, kind: OrgKind) -> Result<&'a str> {
    v.as_deref().ok_or_else(|| {
        Error::invalid(
            flag,
            "MISSING_FIELD",
            Some("EN-1"),
            format!("is required for the {} kind", kind.code()),
        )
    })
}

/// Parses and checks everything about a new org without touching the store.
fn parse(input: &NewOrg, now: jiff::Timestamp) -> Result<Org> {
    let kind = field::code("kind", &input.kind, OrgKind::parse)?;
    let handle = field::handle("handle", &input.handle)?;
    let name = field::name("name", &input.name)?;
    let mut org = Org {
        id: 0,
        handle,
        kind,
        name,
        created_at: now,
        enterprise: None,
        main_phone: None,
        shop: None,
    };
    match kind {
        OrgKind::Enterprise => {
            // EN-1: credit code and legal representative, checked to the digit.
            org.enterprise = Some(EnterpriseFacts {
                uscc: field::credit_code("uscc", required(&input.uscc, "uscc", kind)?, "EN-1")?,
                legal_rep_name: field::name(
                    "legal_rep_name",
                    required(&input.legal_rep_name, "legal_rep_name", kind)?,
                )?,
                legal_rep_id: field::identity(
                    "legal_rep_id",
                    required(&input.legal_rep_id, "legal_rep_id", kind)?,
                    "EN-1",
                )?,
                individual_business: input.individual_business,
                verified_at: None,
                level: Level::Bronze,
                tools: Vec::new(),
            });
        }
        OrgKind::Agency => {
            org.main_phone = Some(field::phone(
                "main_phone",
                required(&input.main_phone, "main_phone", kind)?,
                "AG-3",
            )?);
        }
        OrgKind::Shop => {
            org.main_phone = Some(field::phone(
                "main_phone",
                required(&input.main_phone, "main_phone", kind)?,
                "SH-2",
            )?);
            org.shop = Some(ShopFacts {
                shop_type: field::code(
                    "shop_type",
                    required(&input.shop_type, "shop_type", kind)?,
                    ShopType::parse,
                )?,
                subject: field::credit_code(
                    "subject",
                    required(&input.subject, "subject", kind)?,
                    "UP-1",
                )?,
                cross_border: input.cross_border,
            });
        }
    }
    Ok(org)
}

/// The facts that make two creations "the same" (everything but id and time).
fn same_facts(a: &Org, b: &Org) -> bool {
    let strip = |o: &Org| Org {
        id: 0,
        created_at: jiff::Timestamp::UNIX_EPOCH,
        enterprise: o.enterprise.as_ref().map(|e| EnterpriseFacts {
            verified_at: None,
            level: Level::Bronze,
            tools: Vec::new(),
            ..e.clone()
        }),
        ..o.clone()
    };
    strip(a) == strip(b)
}

/// `org create` (EN-1). Creating what already exists with the same facts is
/// `Unchanged`; the same handle with other facts is refused.
pub fn create(tx: &Tx<'_>, ctx: &Ctx<'_>, input: &NewOrg) -> Result<Outcome<OrgState>> {
    let mut org = parse(input, ctx.now)?;
    if let Some(existing) = store::org::find(tx, &org.handle)? {
        if same_facts(&existing, &org) {
            return Ok(Outcome::new(state(tx, ctx, existing)?, Change::Unchanged));
        }
        return Err(RuleViolation::new(
            "ORG_EXISTS",
            "EN-1",
            format!(
                "an organisation with handle {:?} already exists ({}, {:?})",
                existing.handle,
                existing.kind.code(),
                existing.name
            ),
        )
        .hint("choose another handle, or `roster org show` it")
        .into());
    }
    // AG-3, SH-2 (and one main account per phone and kind): what else the
    // main phone is decides whether it can be this org's login.
    if let Some(phone) = &org.main_phone
        && let Some(role) = super::bindings::main_role(org.kind)
    {
        super::bindings::phone(tx, ctx, phone.as_str(), &Taking::at(role, &org))?;
    }
    // UP-4: a subject with vertical accounts cannot turn cross-border.
    if let Some(shop) = &org.shop
        && shop.cross_border
    {
        super::bindings::subject(
            tx,
            ctx,
            shop.subject.as_str(),
            &Taking::new(Role::CrossBorderShop),
        )?;
    }
    org.id = store::org::insert(tx, &org)?;
    let st = state(tx, ctx, org)?;
    audit(
        tx,
        ctx,
        "org.create",
        &key(&st.org.handle),
        None,
        Some(json(&st.view(false))?),
    )?;
    Ok(Outcome::new(st, Change::Created))
}

/// `NOT_AN_ENTERPRISE`: `what` belongs to enterprises, and `org` is not one.
fn enterprise_of<'a>(
    org: &'a mut Org,
    rule: &'static str,
    what: &str,
) -> Result<&'a mut EnterpriseFacts> {
    if org.enterprise.is_none() {
        return Err(super::lookup::not_an_enterprise(org, rule, what));
    }
    org.enterprise
        .as_mut()
        .ok_or_else(|| Error::internal("enterprise facts vanished"))
}

/// Applies `f` to an enterprise's facts and records the change, or reports
/// `Unchanged` when `f` changed nothing.
fn change_enterprise(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    handle: &str,
    action: &str,
    rule: &'static str,
    f: impl FnOnce(&Tx<'_>, &Org, &mut EnterpriseFacts) -> Result<()>,
) -> Result<Outcome<OrgState>> {
    let mut org = store::org::get(tx, handle)?;
    let before_org = org.clone();
    let e = enterprise_of(&mut org, rule, action)?;
    let mut facts = e.clone();
    f(tx, &before_org, &mut facts)?;
    if facts == *e {
        return Ok(Outcome::new(state(tx, ctx, org)?, Change::Unchanged));
    }
    *e = facts;
    store::org::update_enterprise(
        tx,
        org.id,
        org.enterprise
            .as_ref()
            .ok_or_else(|| Error::internal("enterprise facts vanished"))?,
    )?;
    let before = state(tx, ctx, before_org)?;
    let after = state(tx, ctx, org)?;
    audit(
        tx,
        ctx,
        action,
        &key(handle),
        Some(json(&before.view(false))?),
        Some(json(&after.view(false))?),
    )?;
    Ok(Outcome::new(after, Change::Updated))
}

/// `org verify` (EN-2): an enterprise must be verified before it holds any
/// employee account. Verifying twice changes nothing.
pub fn verify(tx: &Tx<'_>, ctx: &Ctx<'_>, handle: &str) -> Result<Outcome<OrgState>> {
    let handle = field::handle("handle", handle)?;
    change_enterprise(tx, ctx, &handle, "org.verify", "EN-2", |_, _, e| {
        if e.verified_at.is_none() {
            e.verified_at = Some(ctx.now);
        }
        Ok(())
    })
}

/// `org level` (EN-3, EN-4): a level below the seats in use keeps every
/// account and blocks new ones; the outcome warns.
pub fn set_level(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    handle: &str,
    level: &str,
) -> Result<Outcome<OrgState>> {
    let handle = field::handle("handle", handle)?;
    let level = field::code("level", level, Level::parse)?;
    let mut out = change_enterprise(tx, ctx, &handle, "org.level", "EN-3", |_, _, e| {
        e.level = level;
        Ok(())
    })?;
    if let Some((used, limit)) = out.value.seats
        && used >= limit
        && out.change == Change::Updated
    {
        out.warnings.push(format!(
            "{handle} now holds {used} of {limit} seats at {}: existing accounts stay, new ones are refused until the count is under the quota (EN-4)",
            level.code()
        ));
    }
    Ok(out)
}

/// `org tools` (EN-5): the marketing tools the enterprise holds. A tool that
/// positions still carry cannot be revoked (their holders would silently
/// lose it); edit those positions first.
pub fn tools(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    handle: &str,
    grant: &str,
    revoke: &str,
) -> Result<Outcome<OrgState>> {
    let handle = field::handle("handle", handle)?;
    let grant = tool_list("--grant", grant)?;
    let revoke = tool_list("--revoke", revoke)?;
    if let Some(both) = grant.iter().find(|c| revoke.contains(c)) {
        return Err(Error::invalid(
            "--revoke",
            "CONFLICTING_FLAGS",
            Some("EN-5"),
            format!("{both} is both granted and revoked"),
        ));
    }
    change_enterprise(tx, ctx, &handle, "org.tools", "EN-5", |tx, org, e| {
        for code in &revoke {
            if !e.tools.contains(code) {
                continue;
            }
            let carrying = store::position::carrying(tx, org.id, code)?;
            if !carrying.is_empty() {
                return Err(RuleViolation::new(
                    "TOOL_IN_USE",
                    "EN-5",
                    format!(
                        "{code} is still granted by position(s) {}",
                        carrying.join(", ")
                    ),
                )
                .hint("remove it from those positions with `roster position edit NAME --perm …` first")
                .details(json!({ "tool": code, "positions": carrying }))
                .into());
            }
            // SW-1: an authorisation that time ended holds no tool, swept or not.
            let authorised: Vec<String> = store::authorization::list(tx, Some(org.id), None)?
                .into_iter()
                .map(|a| crate::domain::authorization::as_of(a, ctx.now))
                .filter(|a| a.status.is_live() && a.modules.iter().any(|m| m == code))
                .map(|a| a.douyin_id.as_str().to_string())
                .collect();
            if !authorised.is_empty() {
                return Err(RuleViolation::new(
                    "TOOL_IN_USE",
                    "EN-5",
                    format!(
                        "{code} is still authorised to personal account(s) {}",
                        authorised.join(", ")
                    ),
                )
                .hint("take it out of their modules with `roster auth modify ID --modules …` first")
                .details(json!({ "tool": code, "authorizations": authorised }))
                .into());
            }
        }
        e.tools.retain(|t| !revoke.contains(t));
        e.tools.extend(grant.iter().cloned());
        e.tools.sort();
        e.tools.dedup();
        Ok(())
    })
}

fn tool_list(flag: &str, list: &str) -> Result<Vec<String>> {
    let codes = permission::split_list(list);
    let mut out = Vec::new();
    for raw in codes {
        let code = raw.to_ascii_lowercase();
        if !permission::is_tool(&code) {
            let why = if permission::ENTERPRISE.iter().any(|p| p.code == code) {
                format!(
                    "{code} is a back-end module (EN-6), not a marketing tool; modules need no grant to the enterprise"
                )
            } else {
                format!(
                    "{raw:?} is not a marketing tool; tools are: {}",
                    permission::tool_codes().collect::<Vec<_>>().join(", ")
                )
            };
            return Err(Error::invalid(flag, "UNKNOWN_TOOL", Some("EN-5"), why));
        }
        out.push(code);
    }
    Ok(out)
}

pub fn show(tx: &Tx<'_>, ctx: &Ctx<'_>, handle: &str) -> Result<OrgState> {
    let handle = field::handle("handle", handle)?;
    let org = store::org::get(tx, &handle)?;
    state(tx, ctx, org)
}

pub fn list(tx: &Tx<'_>, ctx: &Ctx<'_>, kind: Option<&str>) -> Result<Vec<OrgState>> {
    let kind = kind
        .map(|k| field::code("--kind", k, OrgKind::parse))
        .transpose()?;
    store::org::list(tx, kind)?
        .into_iter()
        .map(|o| state(tx, ctx, o))
        .collect()
}
