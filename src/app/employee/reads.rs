//! Reading accounts: one, a listing, an account's holders over time.

use super::*;

/// `employee show`: the account as it stands now (SW-1).
pub fn show(tx: &Tx<'_>, ctx: &Ctx<'_>, org: Option<&str>, email: &str) -> Result<AccountState> {
    state(tx, rules::as_of(account(tx, org, email)?, ctx.now))
}

#[derive(Debug, Clone, Default)]
pub struct ListInput {
    pub status: Option<String>,
    pub position: Option<String>,
    pub department: Option<String>,
}

/// `employee list`: every org's accounts, or `--org`'s; by status, position,
/// department (with its sub-departments).
/// `employee list`, streamed to `each` (constant memory).
pub fn list(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    f: &ListInput,
    mut each: impl FnMut(AccountState) -> Result<()>,
) -> Result<()> {
    let status = f
        .status
        .as_deref()
        .map(|s| field::code("--status", s, Status::parse))
        .transpose()?;
    let needs_org = f.position.is_some() || f.department.is_some();
    let org = match (org, needs_org) {
        (Some(_), _) | (None, true) => Some(enterprise(tx, org)?),
        (None, false) => None,
    };
    let mut filter = store::employee::ListFilter {
        org_id: org.as_ref().map(|o| o.id),
        status,
        ..Default::default()
    };
    if let (Some(o), Some(p)) = (&org, &f.position) {
        filter.position_id = Some(crate::app::lookup::position(tx, o, p)?.id);
    }
    if let (Some(o), Some(d)) = (&org, &f.department) {
        let dept = crate::app::lookup::department_arg(tx, o, d)?;
        filter.department_ids = Some(store::department::subtree(tx, o.id, &dept.path)?);
    }
    let mut names = crate::app::Names::default();
    store::employee::each(tx, &filter, |a| {
        each(state_with(tx, &mut names, rules::as_of(a, ctx.now))?)
    })
}

/// `employee history` (EA-9): every holder with their period, newest first.
pub fn history(
    tx: &Tx<'_>,
    org: Option<&str>,
    email: &str,
    reveal: bool,
) -> Result<Vec<HolderView>> {
    let a = account(tx, org, email)?;
    store::employee::holders(tx, a.id)?
        .iter()
        .map(|h| {
            let position = match h.position_id {
                Some(id) => Some(store::position::by_id(tx, id)?.name),
                None => None,
            };
            Ok(HolderView::new(a.email.as_str(), h, position, reveal))
        })
        .collect()
}
