//! Enterprise employee accounts (企业员工号): apply, review, resubmit,
//! withdraw, activate, assets, resign, unbind-confirm, enable, deregister,
//! deregister-review, show, list, history, check (rules EA-1 … EA-12, EN-2 …
//! EN-4).

use serde_json::json;

use super::{Change, Ctx, Outcome, field};
use crate::domain::bindings::{Role, Taking};
use crate::domain::calendar::{Deadline, DeadlineError};
use crate::domain::employee::{
    self as rules, Account, Holder, Proof, ShowcaseFacts, Status, Step, Unmet,
};
use crate::domain::org::Org;
use crate::domain::validate::{Email, IdentityNumber};
use crate::domain::version::AppVersion;
use crate::error::{Error, Result, RuleViolation};
use crate::secret;
use crate::store::{self, Tx};
use crate::views::HolderView;

pub use crate::domain::employee::AccountState;

mod deregistration;
mod eligibility;
mod lifecycle;
mod placement;
mod reads;

pub use deregistration::{deregister, deregister_review, mark_overdue, recompute_deadline};
pub use eligibility::{CheckFacts, CheckReport, check};
pub use lifecycle::{
    ActivateInput, ApplyInput, activate, apply, assets, enable, initial_password_hash, resign,
    resubmit, review, unbind_confirm, withdraw,
};
pub use placement::HolderInput;
pub use reads::{ListInput, history, list, show};

pub fn key(email: &Email) -> String {
    format!("employee:{}", email.as_str())
}

fn state(tx: &Tx<'_>, account: Account) -> Result<AccountState> {
    state_with(tx, &mut super::Names::default(), account)
}

/// `state` with the names of orgs, positions and departments remembered
/// across a listing.
fn state_with(tx: &Tx<'_>, names: &mut super::Names, account: Account) -> Result<AccountState> {
    let org = names.org(tx, account.org_id)?;
    let position = names.position(tx, account.position_id)?;
    let department = match account.department_id {
        Some(id) => names.department(tx, account.org_id, id)?,
        None => None,
    };
    Ok(AccountState {
        account,
        org,
        position,
        department,
        initial_password: None,
    })
}

/// The account with this email, within `--org` when one is given.
fn account(tx: &Tx<'_>, org: Option<&str>, email: &str) -> Result<Account> {
    let email = field::email("EMAIL", email, "EA-4")?;
    let found = store::employee::find(tx, email.as_str())?;
    let scope = match org {
        Some(h) => Some(store::org::get(tx, &field::handle("--org", h)?)?),
        None => None,
    };
    match found {
        Some(a) if scope.as_ref().is_none_or(|o| o.id == a.org_id) => Ok(a),
        _ => Err(Error::not_found_hint(
            "EMPLOYEE_NOT_FOUND",
            format!(
                "no employee account {}{}",
                email.as_str(),
                scope
                    .map(|o| format!(" in {}", o.handle))
                    .unwrap_or_default()
            ),
            "`roster employee list` shows them",
        )),
    }
}

fn enterprise(tx: &Tx<'_>, org: Option<&str>) -> Result<Org> {
    super::lookup::enterprise(tx, org, "EA-1", "employee accounts")
}

fn check_agree(agree: bool, rule: &'static str, what: &str) -> Result<()> {
    if agree {
        return Ok(());
    }
    Err(Error::invalid(
        "--agree",
        "AGREEMENT_REQUIRED",
        Some(rule),
        format!("{what} needs agreement to the platform agreement: add --agree"),
    ))
}

/// A password roster generated is shown once, in this answer only.
fn shown_once(mut out: Outcome<AccountState>, pw: &secret::Prepared) -> Outcome<AccountState> {
    out.value.initial_password = pw.generated().map(str::to_string);
    out
}

/// Writes the account and its audit event with before/after views.
fn commit(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    action: &str,
    before: Option<&Account>,
    mut after: Account,
    change: Change,
) -> Result<Outcome<AccountState>> {
    after.updated_at = ctx.now;
    after.id = store::employee::save(tx, &after)?;
    let held = |a: &Account| a.status.holds_seat();
    super::seats::moved(tx, after.org_id, before.is_some_and(held), held(&after))?;
    super::grants::employee(tx, ctx, &after)?;
    let b = before.map(|b| state(tx, b.clone())).transpose()?;
    let a = state(tx, after)?;
    let k = key(&a.account.email);
    super::changed(tx, ctx, action, &k, b, a, |s| s.view(false)).map(|a| Outcome::new(a, change))
}

/// A step that already holds: the account as it stands at `now`
/// (`as_of`), unchanged and unaudited, so a retried command answers
/// exactly what `employee show` would (issue 12, SW-1).
fn unchanged(tx: &Tx<'_>, ctx: &Ctx, account: Account) -> Result<Outcome<AccountState>> {
    Ok(Outcome::new(
        state(tx, rules::as_of(account, ctx.now))?,
        Change::Unchanged,
    ))
}
