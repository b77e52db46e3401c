//! Identities: penalties (EA-7) and the creator-marketplace identity
//! (EA-12, PA-8).

use super::{Change, Ctx, Outcome, audit, field, json};
use crate::domain::bindings::{Role, Taking};
use crate::domain::identity::{Penalty, PenaltyKind};
use crate::domain::validate::IdentityNumber;
use crate::error::{Error, Result};
use crate::store::{self, Tx};
use crate::views::{IdentityView, XingtuView};

/// Audit key of an identity: masked like every audit value (PII-1), with a
/// pseudonym that tells apart people whose masked numbers look alike.
pub fn key(tx: &Tx<'_>, id: &IdentityNumber) -> Result<String> {
    Ok(format!(
        "identity:{}#{}",
        id.masked(),
        store::identity::pseudonym(tx, id)?
    ))
}

fn view(tx: &Tx<'_>, ctx: &Ctx<'_>, id: &IdentityNumber, reveal: bool) -> Result<IdentityView> {
    let penalties = store::identity::penalties(tx, id)?;
    Ok(IdentityView::new(id, &penalties, ctx.now, reveal))
}

/// A person with their penalty state, before the caller decides how much of
/// the identity number to show.
#[derive(Debug, Clone)]
pub struct IdentityState {
    pub id: IdentityNumber,
    pub penalties: Vec<Penalty>,
    pub now: jiff::Timestamp,
}

impl IdentityState {
    pub fn view(&self, reveal: bool) -> IdentityView {
        IdentityView::new(&self.id, &self.penalties, self.now, reveal)
    }
}

fn state(tx: &Tx<'_>, ctx: &Ctx<'_>, id: IdentityNumber) -> Result<IdentityState> {
    Ok(IdentityState {
        penalties: store::identity::penalties(tx, &id)?,
        id,
        now: ctx.now,
    })
}

/// `identity penalize ID --kind K [--until INSTANT]`: records a penalty on the
/// identity's other real-name accounts. A penalty of the same kind already in
/// force gets the new end instead of a second row.
pub fn penalize(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    id: &str,
    kind: &str,
    until: Option<&str>,
) -> Result<Outcome<IdentityState>> {
    let id = field::identity("ID", id, "EA-7")?;
    let kind = field::code("--kind", kind, PenaltyKind::parse)?;
    let until = until.map(|u| field::instant("--until", u)).transpose()?;
    if let Some(u) = until
        && u <= ctx.now
    {
        return Err(Error::invalid(
            "--until",
            "INVALID_INSTANT",
            Some("EA-7"),
            format!(
                "{} is not after now ({}); a penalty must end in the future",
                crate::clock::fmt(u),
                crate::clock::fmt(ctx.now)
            ),
        ));
    }
    let before = view(tx, ctx, &id, false)?;
    let current = store::identity::penalties(tx, &id)?
        .into_iter()
        .find(|p| p.kind == kind && p.in_force(ctx.now));
    let change = match current {
        Some(p) if p.until == until => Change::Unchanged,
        Some(mut p) => {
            p.until = until;
            store::identity::update_penalty(tx, &p)?;
            Change::Updated
        }
        None => {
            store::identity::insert_penalty(
                tx,
                &Penalty {
                    id: 0,
                    id_number: id.clone(),
                    kind,
                    since: ctx.now,
                    until,
                    cleared_at: None,
                },
            )?;
            Change::Created
        }
    };
    let st = state(tx, ctx, id)?;
    if change != Change::Unchanged {
        audit(
            tx,
            ctx,
            "identity.penalize",
            &key(tx, &st.id)?,
            Some(json(&before)?),
            Some(json(&st.view(false))?),
        )?;
    }
    Ok(Outcome::new(st, change))
}

/// `identity clear ID`: ends every penalty in force now.
pub fn clear(tx: &Tx<'_>, ctx: &Ctx<'_>, id: &str) -> Result<Outcome<IdentityState>> {
    let id = field::identity("ID", id, "EA-7")?;
    let before = view(tx, ctx, &id, false)?;
    let mut n = 0;
    for mut p in super::lookup::penalties(tx, ctx, &id)? {
        p.cleared_at = Some(ctx.now);
        store::identity::update_penalty(tx, &p)?;
        n += 1;
    }
    let st = state(tx, ctx, id)?;
    if n == 0 {
        return Ok(Outcome::new(st, Change::Unchanged));
    }
    audit(
        tx,
        ctx,
        "identity.clear",
        &key(tx, &st.id)?,
        Some(json(&before)?),
        Some(json(&st.view(false))?),
    )?;
    Ok(Outcome::new(st, Change::Updated))
}

pub fn show(tx: &Tx<'_>, ctx: &Ctx<'_>, id: &str) -> Result<IdentityState> {
    let id = field::identity("ID", id, "EA-7")?;
    state(tx, ctx, id)
}

/// `identity xingtu DOUYIN_ID --on|--off` (EA-12, PA-8).
pub fn xingtu(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    douyin_id: &str,
    on: bool,
) -> Result<Outcome<XingtuView>> {
    let id = field::douyin_id("DOUYIN_ID", douyin_id, "EA-12")?;
    let since = store::identity::xingtu_since(tx, &id)?;
    let before = XingtuView::new(id.as_str(), since);
    if since.is_some() == on {
        return Ok(Outcome::new(before, Change::Unchanged));
    }
    if on {
        // EA-12, PA-8: what else the Douyin id is decides whether it can
        // take the identity.
        super::bindings::douyin_id(tx, ctx, &id, &Taking::new(Role::Xingtu))?;
    }
    let new_since = on.then_some(ctx.now);
    store::identity::set_xingtu(tx, &id, new_since)?;
    let after = XingtuView::new(id.as_str(), new_since);
    audit(
        tx,
        ctx,
        if on {
            "identity.xingtu-on"
        } else {
            "identity.xingtu-off"
        },
        &format!("douyin:{}", id.as_str()),
        Some(json(&before)?),
        Some(json(&after)?),
    )?;
    Ok(Outcome::new(after, Change::Updated))
}

pub fn xingtu_show(tx: &Tx<'_>, douyin_id: &str) -> Result<XingtuView> {
    let id = field::douyin_id("DOUYIN_ID", douyin_id, "EA-12")?;
    Ok(XingtuView::new(
        id.as_str(),
        store::identity::xingtu_since(tx, &id)?,
    ))
}
