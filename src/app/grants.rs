//! The grants table kept in step with every change (rules POS-4, POS-5,
//! PA-6, EA-1): which account holds which permission from when to when. A
//! floor under the use cases: every change of an employee account, an
//! authorisation, a sub-account or a position refreshes its holders here.

use crate::domain::access::{self as rules, Grant};
use crate::domain::authorization::{Authorization, Status as AuthStatus};
use crate::domain::employee::{Account, Status as EmployeeStatus};
use crate::domain::subaccount::{Status as SubStatus, SubAccount};
use crate::error::Result;
use crate::store::{self, Tx, grant::Holder};

use super::Ctx;

fn positions(tx: &Tx<'_>, ids: &[i64]) -> Result<Vec<(String, Vec<String>)>> {
    ids.iter()
        .map(|id| store::position::by_id(tx, *id).map(|p| (p.name, p.permissions)))
        .collect()
}

/// EA-1: an employee account holds its position's permissions while it is
/// active and its holder has activated it (EA-6).
pub fn employee(tx: &Tx<'_>, ctx: &Ctx<'_>, a: &Account) -> Result<()> {
    let org = store::org::by_id(tx, a.org_id)?;
    let desired = if a.status == EmployeeStatus::Active && a.activated_at.is_some() {
        rules::from_positions(&org.handle, &positions(tx, &[a.position_id])?)
    } else {
        Vec::new()
    };
    let holder = Holder {
        kind: "employee",
        source_id: a.id,
        org_id: a.org_id,
        account: a.email.as_str(),
        alias: a.douyin_id.as_ref().map(|d| d.as_str()),
    };
    store::grant::refresh(tx, &holder, &desired, ctx.now)?;
    Ok(())
}

/// PA-6: an active authorisation holds its modules until its validity ends.
pub fn authorization(tx: &Tx<'_>, ctx: &Ctx<'_>, a: &Authorization) -> Result<()> {
    // The org's handle names the grants: read only when there are some.
    let desired: Vec<Grant> = if a.status == AuthStatus::Active {
        let org = store::org::by_id(tx, a.org_id)?;
        rules::from_modules(&org.handle, &a.modules, a.valid_until)
    } else {
        Vec::new()
    };
    let holder = Holder {
        kind: "authorization",
        source_id: a.id,
        org_id: a.org_id,
        account: a.douyin_id.as_str(),
        alias: None,
    };
    store::grant::refresh(tx, &holder, &desired, ctx.now)?;
    Ok(())
}

/// POS-4: an enabled sub-account holds the union of its positions; a
/// disabled, deleted or revoked one holds nothing.
pub fn subaccount(tx: &Tx<'_>, ctx: &Ctx<'_>, s: &SubAccount) -> Result<()> {
    let org = store::org::by_id(tx, s.org_id)?;
    let desired = if s.status == SubStatus::Enabled {
        rules::from_positions(&org.handle, &positions(tx, &s.position_ids)?)
    } else {
        Vec::new()
    };
    let holder = Holder {
        kind: "subaccount",
        source_id: s.id,
        org_id: s.org_id,
        account: &s.key,
        alias: None,
    };
    store::grant::refresh(tx, &holder, &desired, ctx.now)?;
    Ok(())
}

/// POS-5: a position's new permissions (or name) reach every holder from
/// this moment on.
pub fn position_holders(tx: &Tx<'_>, ctx: &Ctx<'_>, position_id: i64) -> Result<()> {
    let employees = store::employee::list(
        tx,
        &store::employee::ListFilter {
            position_id: Some(position_id),
            ..Default::default()
        },
    )?;
    for a in &employees {
        employee(tx, ctx, a)?;
    }
    for s in store::subaccount::holding(tx, position_id)? {
        subaccount(tx, ctx, &s)?;
    }
    Ok(())
}
