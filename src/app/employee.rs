//! Enterprise employee accounts (企业员工号): apply, review, resubmit,
//! withdraw, activate, assets, resign, unbind-confirm, enable, deregister,
//! deregister-review, show, list, history, check (SPEC EA-1 … EA-12, EN-2 …
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

/// The person and placement of an application, a resubmission or a
/// handover; `None` keeps what the account has (resubmit only).
#[derive(Debug, Clone, Default)]
pub struct HolderInput {
    pub name: Option<String>,
    pub id_number: Option<String>,
    pub position: Option<String>,
    pub department: Option<String>,
    pub proof: Option<String>,
    pub proof_note: Option<String>,
}

#[derive(Debug, Clone)]
pub struct ApplyInput {
    pub email: String,
    pub holder: HolderInput,
    pub agree: bool,
    /// The initial password, checked (or generated, to be shown once) and
    /// hashed before the write lock: `secret::prepare`.
    pub password: secret::Prepared,
    pub douyin_id: Option<String>,
    pub contact_phone: Option<String>,
}

/// Parsed holder fields, resolved against the org.
struct Placement {
    name: String,
    id: IdentityNumber,
    position_id: i64,
    department_id: Option<i64>,
    proof: Proof,
    proof_note: Option<String>,
}

fn required<'a>(v: &'a Option<String>, flag: &str, rule: &'static str) -> Result<&'a str> {
    v.as_deref()
        .filter(|s| !s.trim().is_empty())
        .ok_or_else(|| Error::invalid(flag, "MISSING_FIELD", Some(rule), "is required"))
}

/// Parses a holder input (complete, or completed from `base`): input errors
/// (5) before unknown names (3); the rules come in `check_placement`.
fn placement(tx: &Tx<'_>, org: &Org, h: &HolderInput, base: Option<&Account>) -> Result<Placement> {
    let pick = |given: &Option<String>| given.clone().filter(|s| !s.trim().is_empty());
    let name = match (pick(&h.name), base) {
        (Some(n), _) => field::name("--name", &n)?,
        (None, Some(a)) => a.holder_name.clone(),
        (None, None) => field::name("--name", required(&h.name, "--name", "EA-1")?)?,
    };
    let id = match (pick(&h.id_number), base) {
        (Some(i), _) => field::identity("--id-number", &i, "EA-2")?,
        (None, Some(a)) => a.holder_id.clone(),
        (None, None) => field::identity(
            "--id-number",
            required(&h.id_number, "--id-number", "EA-2")?,
            "EA-2",
        )?,
    };
    let proof = match (pick(&h.proof), base) {
        (Some(p), _) => field::code("--proof", &p, Proof::parse)?,
        (None, Some(a)) => a.proof,
        (None, None) => field::code(
            "--proof",
            required(&h.proof, "--proof", "EA-3")?,
            Proof::parse,
        )?,
    };
    let proof_note = pick(&h.proof_note)
        .map(|n| crate::domain::validate::clean(&n))
        .or_else(|| base.and_then(|a| a.proof_note.clone()));
    let position_id = match (pick(&h.position), base) {
        (Some(p), _) => super::lookup::position(tx, org, &p)?.id,
        (None, Some(a)) => a.position_id,
        (None, None) => {
            super::lookup::position(tx, org, required(&h.position, "--position", "EA-1")?)?.id
        }
    };
    let department_id = match (pick(&h.department), base) {
        (Some(d), _) => Some(super::lookup::department_arg(tx, org, &d)?.id),
        (None, Some(a)) => a.department_id,
        (None, None) => None,
    };
    Ok(Placement {
        name,
        id,
        position_id,
        department_id,
        proof,
        proof_note,
    })
}

/// The rules a placement must meet to be applied for: EA-3 proof, EA-7
/// penalty.
fn check_placement(tx: &Tx<'_>, ctx: &Ctx<'_>, org: &Org, p: &Placement) -> Result<()> {
    let individual = org
        .enterprise
        .as_ref()
        .is_some_and(|e| e.individual_business);
    rules::check_proof(p.proof, individual)?;
    // EA-3: the written explanation is input the command must be given (5),
    // like the agreement, not a refusal.
    if rules::needs_proof_note(p.proof) && p.proof_note.as_deref().is_none_or(str::is_empty) {
        return Err(Error::invalid(
            "--proof-note",
            "PROOF_NOTE_REQUIRED",
            Some("EA-3"),
            "a proof signed by the legal representative needs a written explanation of why there is no seal: add --proof-note TEXT",
        ));
    }
    check_penalty(tx, ctx, &p.id)
}

/// A placement parsed and checked.
fn checked_placement(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: &Org,
    h: &HolderInput,
    base: Option<&Account>,
) -> Result<Placement> {
    let p = placement(tx, org, h, base)?;
    check_placement(tx, ctx, org, &p)?;
    Ok(p)
}

/// EA-7: an identity under a penalty in force cannot hold a new account.
fn check_penalty(tx: &Tx<'_>, ctx: &Ctx<'_>, id: &IdentityNumber) -> Result<()> {
    let active = super::lookup::penalties(tx, ctx, id)?;
    if let Some(p) = active.first() {
        let until = p
            .until
            .map(crate::clock::fmt)
            .unwrap_or_else(|| "until cleared".to_string());
        return Err(RuleViolation::new(
            "IDENTITY_PENALIZED",
            "EA-7",
            format!(
                "identity {} has a penalty in force ({}, {until}); it cannot apply for an employee account until the penalty ends",
                id.masked(),
                p.kind.code()
            ),
        )
        .details(json!({
            "penalties": active.iter().map(|p| json!({
                "kind": p.kind.code(),
                "until": p.until.map(crate::clock::fmt),
            })).collect::<Vec<_>>()
        }))
        .into());
    }
    Ok(())
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

/// `employee apply` (EA-1, EA-2, EA-3, EA-4, EA-7, EN-2 … EN-4).
pub fn apply(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    input: &ApplyInput,
) -> Result<Outcome<AccountState>> {
    let email = field::email("EMAIL", &input.email, "EA-1")?;
    let douyin_id = input
        .douyin_id
        .as_deref()
        .map(|d| field::douyin_id("--douyin-id", d, "EA-11"))
        .transpose()?;
    let contact_phone = input
        .contact_phone
        .as_deref()
        .map(|p| field::phone("--contact-phone", p, "EA-2"))
        .transpose()?;
    check_agree(input.agree, "EA-1", "applying for an employee account")?;
    let org = enterprise(tx, org)?;
    if let Some(existing) = store::employee::find(tx, email.as_str())? {
        // Re-running the same application (a script, a re-import) changes
        // nothing; anything else is a second account on one email.
        let p = placement(tx, &org, &input.holder, None);
        if let Ok(p) = p
            && existing.status.holds_seat()
            && existing.org_id == org.id
            && existing.holder_id == p.id
            && existing.holder_name == p.name
            && existing.position_id == p.position_id
            && existing.department_id == p.department_id
        {
            // SW-1: shown as it stands now, sweep or not.
            let now = rules::as_of(existing, ctx.now);
            return Ok(Outcome::new(state(tx, now)?, Change::Unchanged));
        }
        return Err(RuleViolation::new(
            "EMAIL_TAKEN",
            "EA-4",
            format!(
                "login email {} is already used by an employee account ({}); a login email is never reused",
                email.as_str(),
                existing.status.code()
            ),
        )
        .into());
    }
    let p = checked_placement(tx, ctx, &org, &input.holder, None)?;
    // EA-11, EA-12: what else the Douyin id is decides whether it can be
    // an employee account.
    if let Some(d) = &douyin_id {
        super::bindings::douyin_id(tx, ctx, d, &Taking::at(Role::EmployeeAccount, &org))?;
    }
    super::seats::check_free(tx, ctx, &org, "employee accounts")?;
    let hash = input.password.hash().to_string();
    let account = Account {
        id: 0,
        org_id: org.id,
        email,
        douyin_id,
        status: Status::Reviewing,
        holder_name: p.name.clone(),
        holder_id: p.id.clone(),
        contact_phone,
        proof: p.proof,
        proof_note: p.proof_note,
        position_id: p.position_id,
        department_id: p.department_id,
        password_hash: hash.clone(),
        initial_password_hash: hash,
        activated_at: None,
        aux_phone: None,
        app_version: None,
        ever_active: false,
        unsettled_assets: false,
        rejection_reason: None,
        deregister_from: None,
        deregister_filed_at: None,
        deregister_due_at: None,
        deregister_due_provisional: false,
        deregister_materials: Vec::new(),
        deregister_overdue_at: None,
        created_at: ctx.now,
        updated_at: ctx.now,
    };
    let out = commit(tx, ctx, "employee.apply", None, account, Change::Created)?;
    store::employee::start_holder(
        tx,
        out.value.account.id,
        &Holder {
            holder_name: p.name,
            holder_id: p.id,
            position_id: Some(p.position_id),
            since: ctx.now,
            until: None,
            end_reason: None,
        },
    )?;
    Ok(shown_once(out, &input.password))
}

/// `employee review` (EA-5): approve → active; reject → rejected with a reason.
pub fn review(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    email: &str,
    approve: bool,
    why: Option<&str>,
) -> Result<Outcome<AccountState>> {
    let why = field::rejection_reason(approve, why, "EA-5")?;
    let before = account(tx, org, email)?;
    let to = rules::next(
        before.email.as_str(),
        before.status,
        Step::Review { approve },
    )?;
    let mut a = before.clone();
    a.status = to;
    if approve {
        a.ever_active = true;
        a.rejection_reason = None;
    } else {
        a.rejection_reason = why;
    }
    let action = if approve {
        "employee.approve"
    } else {
        "employee.reject"
    };
    commit(tx, ctx, action, Some(&before), a, Change::Updated)
}

/// `employee resubmit` (EA-5): a rejected application, corrected, goes back
/// to review; the same checks as applying apply to what changed.
pub fn resubmit(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    email: &str,
    input: &HolderInput,
) -> Result<Outcome<AccountState>> {
    let before = account(tx, org, email)?;
    let to = rules::next(before.email.as_str(), before.status, Step::Resubmit)?;
    let o = store::org::by_id(tx, before.org_id)?;
    let p = checked_placement(tx, ctx, &o, input, Some(&before))?;
    let mut a = before.clone();
    a.status = to;
    a.holder_name = p.name;
    a.holder_id = p.id;
    a.position_id = p.position_id;
    a.department_id = p.department_id;
    a.proof = p.proof;
    a.proof_note = p.proof_note;
    store::employee::correct_holder(tx, a.id, &a.holder_name, &a.holder_id, a.position_id)?;
    commit(
        tx,
        ctx,
        "employee.resubmit",
        Some(&before),
        a,
        Change::Updated,
    )
}

/// `employee withdraw` (EA-5): a rejected first application is withdrawn and
/// frees its seat; a rejected handover returns the account to vacant.
pub fn withdraw(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    email: &str,
) -> Result<Outcome<AccountState>> {
    let before = account(tx, org, email)?;
    let step = Step::Withdraw {
        ever_active: before.ever_active,
    };
    let mut a = before.clone();
    a.status = rules::next(before.email.as_str(), before.status, step)?;
    store::employee::end_holder(tx, a.id, ctx.now, "withdrawn")?;
    commit(
        tx,
        ctx,
        "employee.withdraw",
        Some(&before),
        a,
        Change::Updated,
    )
}

#[derive(Debug, Clone)]
pub struct ActivateInput {
    pub face_id_number: String,
    pub aux_phone: String,
    pub app_version: String,
    /// The new password, checked (or generated, to be shown once) and
    /// hashed before the write lock: `secret::prepare`.
    pub new_password: secret::Prepared,
    /// The initial password's hash the new one was compared with before
    /// the lock, and whether they matched (`initial_password_hash`); the
    /// comparison is made again under the lock only if the hash changed.
    pub compared: Option<(String, bool)>,
}

/// `employee activate` (EA-6): in the app at the minimum version, face
/// verification of the holder in person, an auxiliary phone, and a new
/// password unlike the initial one.
pub fn activate(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    email: &str,
    input: &ActivateInput,
) -> Result<Outcome<AccountState>> {
    let face = field::identity("--face-id-number", &input.face_id_number, "EA-6")?;
    let aux = field::phone("--aux-phone", &input.aux_phone, "EA-6")?;
    let client = rules::parse_client(&input.app_version)
        .map_err(|why| Error::invalid("--app-version", "APP_VERSION_INVALID", Some("EA-6"), why))?;
    let min = &ctx.policy.min_app_version;
    let min_version = AppVersion::parse(min)
        .ok_or_else(|| Error::internal(format!("min_app_version {min:?} is not a version")))?;
    let pw = &input.new_password;
    let before = account(tx, org, email)?;
    rules::next(before.email.as_str(), before.status, Step::Activate)?;
    if before.activated_at.is_some() {
        return Err(RuleViolation::new(
            "ALREADY_ACTIVATED",
            "EA-6",
            format!(
                "employee account {} is already activated",
                before.email.as_str()
            ),
        )
        .into());
    }
    rules::check_client(&client, &min_version, min)?;
    if face != before.holder_id {
        return Err(RuleViolation::new(
            "FACE_MISMATCH",
            "EA-6",
            format!(
                "face verification is of {}, not of the holder {}: nobody can verify for someone else",
                face.masked(),
                before.holder_id.masked()
            ),
        )
        .into());
    }
    let same = match &input.compared {
        Some((hash, same)) if *hash == before.initial_password_hash => *same,
        _ => secret::verify(pw.plain(), &before.initial_password_hash),
    };
    if same {
        return Err(RuleViolation::new(
            "PASSWORD_UNCHANGED",
            "EA-6",
            "the new password must differ from the initial one",
        )
        .into());
    }
    let mut a = before.clone();
    a.activated_at = Some(ctx.now);
    a.aux_phone = Some(aux);
    a.app_version = Some(input.app_version.trim().to_string());
    a.password_hash = pw.hash().to_string();
    let out = commit(
        tx,
        ctx,
        "employee.activate",
        Some(&before),
        a,
        Change::Updated,
    )?;
    Ok(shown_once(out, pw))
}

/// The hash of the account's initial password, read before the write lock
/// so that EA-6's comparison (argon2) runs outside it.
pub fn initial_password_hash(tx: &Tx<'_>, org: Option<&str>, email: &str) -> Result<String> {
    Ok(account(tx, org, email)?.initial_password_hash)
}

/// `employee assets` (EA-8): whether the account holds unsettled assets.
pub fn assets(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    email: &str,
    unsettled: bool,
) -> Result<Outcome<AccountState>> {
    let before = account(tx, org, email)?;
    rules::next(before.email.as_str(), before.status, Step::Assets)?;
    if before.unsettled_assets == unsettled {
        return Ok(Outcome::new(state(tx, before)?, Change::Unchanged));
    }
    let mut a = before.clone();
    a.unsettled_assets = unsettled;
    commit(
        tx,
        ctx,
        "employee.assets",
        Some(&before),
        a,
        Change::Updated,
    )
}

/// `employee resign` (EA-8): with unsettled assets the account waits in
/// `resigning` for the manual real-name unbind; otherwise it is vacant.
pub fn resign(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    email: &str,
    agree: bool,
) -> Result<Outcome<AccountState>> {
    check_agree(agree, "EA-8", "resignation")?;
    let before = account(tx, org, email)?;
    let step = Step::Resign {
        unsettled: before.unsettled_assets,
    };
    let mut a = before.clone();
    a.status = rules::next(before.email.as_str(), before.status, step)?;
    let mut warnings = Vec::new();
    if before.unsettled_assets {
        warnings.push(format!(
            "{} holds unsettled assets: the employee is notified and the account waits in resigning until `roster employee unbind-confirm {}` (EA-8)",
            a.email.as_str(),
            a.email.as_str()
        ));
    } else {
        store::employee::end_holder(tx, a.id, ctx.now, "resigned")?;
    }
    let mut out = commit(
        tx,
        ctx,
        "employee.resign",
        Some(&before),
        a,
        Change::Updated,
    )?;
    out.warnings = warnings;
    Ok(out)
}

/// `employee unbind-confirm` (EA-8): the employee finished the manual
/// real-name unbind; the account is vacant.
pub fn unbind_confirm(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    email: &str,
) -> Result<Outcome<AccountState>> {
    let before = account(tx, org, email)?;
    let mut a = before.clone();
    a.status = rules::next(before.email.as_str(), before.status, Step::UnbindConfirm)?;
    a.unsettled_assets = false;
    store::employee::end_holder(tx, a.id, ctx.now, "resigned")?;
    commit(
        tx,
        ctx,
        "employee.unbind-confirm",
        Some(&before),
        a,
        Change::Updated,
    )
}

/// `employee enable` (EA-9): hand a vacant account to a new employee, who
/// goes through review; followers and content stay with the account.
pub fn enable(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    email: &str,
    input: &HolderInput,
    agree: bool,
    password: &secret::Prepared,
) -> Result<Outcome<AccountState>> {
    for (flag, v) in [
        ("--name", &input.name),
        ("--id-number", &input.id_number),
        ("--position", &input.position),
        ("--proof", &input.proof),
    ] {
        required(v, flag, "EA-9")?;
    }
    check_agree(agree, "EA-9", "handing over an account")?;
    let before = account(tx, org, email)?;
    let to = rules::next(before.email.as_str(), before.status, Step::Enable)?;
    let o = store::org::by_id(tx, before.org_id)?;
    let p = checked_placement(tx, ctx, &o, input, None)?;
    let hash = password.hash().to_string();
    let mut a = before.clone();
    a.status = to;
    a.holder_name = p.name.clone();
    a.holder_id = p.id.clone();
    a.position_id = p.position_id;
    a.department_id = p.department_id;
    a.proof = p.proof;
    a.proof_note = p.proof_note;
    a.password_hash = hash.clone();
    a.initial_password_hash = hash;
    a.activated_at = None;
    a.aux_phone = None;
    a.app_version = None;
    a.unsettled_assets = false;
    a.rejection_reason = None;
    store::employee::start_holder(
        tx,
        a.id,
        &Holder {
            holder_name: p.name,
            holder_id: p.id,
            position_id: Some(p.position_id),
            since: ctx.now,
            until: None,
            end_reason: None,
        },
    )?;
    let out = commit(
        tx,
        ctx,
        "employee.enable",
        Some(&before),
        a,
        Change::Updated,
    )?;
    Ok(shown_once(out, password))
}

/// `employee deregister` (EA-10): all four materials; due five working days
/// after filing on the Chinese calendar.
pub fn deregister(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    email: &str,
    materials: &str,
) -> Result<Outcome<AccountState>> {
    let given = crate::domain::permission::split_list(materials);
    let mut codes = Vec::new();
    for m in &given {
        let code = m.to_ascii_lowercase();
        if !rules::known_material(&code) {
            return Err(Error::invalid(
                "--materials",
                "UNKNOWN_MATERIAL",
                Some("EA-10"),
                format!(
                    "{m:?} is not a material; give {}",
                    rules::MATERIALS.join(", ")
                ),
            ));
        }
        codes.push(code);
    }
    codes.sort();
    codes.dedup();
    // EA-10: a material missing from the list is missing input (5), found
    // before the account is looked up.
    let missing = rules::missing_materials(&codes);
    if !missing.is_empty() {
        return Err(Error::invalid(
            "--materials",
            "MATERIALS_INCOMPLETE",
            Some("EA-10"),
            format!(
                "deregistration needs every material; missing: {}",
                missing.join(", ")
            ),
        )
        .with_details(json!({ "missing": missing })));
    }
    let before = account(tx, org, email)?;
    let to = rules::next(before.email.as_str(), before.status, Step::Deregister)?;
    // TM-1: a due date past the calendar's years never blocks the request;
    // it is provisional, said so, and recomputed by the sweep later.
    let due = deregistration_deadline(ctx, ctx.now)?;
    let mut a = before.clone();
    a.deregister_from = Some(before.status);
    a.status = to;
    a.deregister_filed_at = Some(ctx.now);
    a.deregister_due_at = Some(due.at);
    a.deregister_due_provisional = due.provisional();
    a.deregister_materials = codes;
    a.deregister_overdue_at = None;
    let mut out = commit(
        tx,
        ctx,
        "employee.deregister",
        Some(&before),
        a,
        Change::Updated,
    )?;
    if let Some(year) = due.missing_year {
        out.warnings.push(format!(
            "the deregistration deadline {} is provisional: the working-day calendar does not \
             cover {year}, so its days were counted Monday to Friday (weekends only, no holidays); \
             add {year} with `calendar_file` in the config (`roster calendar check FILE` checks \
             the file) and the next `roster sweep` recomputes it (EA-10, TM-1)",
            crate::clock::fmt(due.at)
        ));
    }
    Ok(out)
}

/// EA-10: the due date of a deregistration filed at `filed`, the policy's
/// working days on; provisional past the calendar's years (TM-1). The one
/// computation behind `deregister` and the sweep's recomputation.
fn deregistration_deadline(ctx: &Ctx<'_>, filed: jiff::Timestamp) -> Result<Deadline> {
    ctx.calendar
        .deadline(filed, ctx.policy.deregistration_working_days)
        .map_err(|e| match e {
            DeadlineError::OutOfRange(why) => {
                Error::invalid("--now", "INSTANT_OUT_OF_RANGE", Some("TM-1"), why)
            }
            DeadlineError::NoWorkingDay(why) => {
                Error::invalid("calendar_file", "INVALID_CALENDAR", Some("TM-1"), why)
            }
            DeadlineError::Zone(why) => Error::internal(why),
        })
}

/// SW-1 / EA-10, TM-1: counts a provisional deadline again. Once the
/// calendar covers every day it counts, the deadline is exact and the
/// account changes (one audit event); an overdue mark set by the
/// provisional deadline stays only if the exact one has passed too, so the
/// overdue marking that follows judges by the right deadline. `None` while
/// the calendar still lacks a year: nothing changes.
pub fn recompute_deadline(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    before: Account,
) -> Result<Option<Outcome<AccountState>>> {
    let Some(filed) = before.deregister_filed_at else {
        return Ok(None);
    };
    let due = deregistration_deadline(ctx, filed)?;
    if due.provisional() {
        return Ok(None);
    }
    let mut a = before.clone();
    a.deregister_due_at = Some(due.at);
    a.deregister_due_provisional = false;
    // The overdue marking's own test (store::employee::overdue): due < now.
    if due.at >= ctx.now {
        a.deregister_overdue_at = None;
    }
    commit(
        tx,
        ctx,
        "employee.deregister-recompute",
        Some(&before),
        a,
        Change::Updated,
    )
    .map(Some)
}

/// `employee deregister-review` (EA-10): approve → deregistered (the seat is
/// freed); reject → back to the state it was filed from.
pub fn deregister_review(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    email: &str,
    approve: bool,
    why: Option<&str>,
) -> Result<Outcome<AccountState>> {
    let why = field::rejection_reason(approve, why, "EA-5")?;
    // SW-1: a review after the due instant was overdue, swept or not.
    let before = rules::as_of(account(tx, org, email)?, ctx.now);
    let step = Step::DeregisterReview {
        approve,
        filed_from: before.deregister_from,
    };
    let mut a = before.clone();
    a.status = rules::next(before.email.as_str(), before.status, step)?;
    if approve {
        store::employee::end_holder(tx, a.id, ctx.now, "deregistered")?;
    } else {
        a.rejection_reason = why.map(|w| format!("deregistration rejected: {w}"));
        a.deregister_from = None;
        a.deregister_filed_at = None;
        a.deregister_due_at = None;
        a.deregister_due_provisional = false;
        a.deregister_materials = Vec::new();
        a.deregister_overdue_at = None;
    }
    let action = if approve {
        "employee.deregister-approve"
    } else {
        "employee.deregister-reject"
    };
    commit(tx, ctx, action, Some(&before), a, Change::Updated)
}

/// SW-1 / EA-10: the sweep marks a deregistration request overdue.
pub fn mark_overdue(tx: &Tx<'_>, ctx: &Ctx<'_>, before: Account) -> Result<Outcome<AccountState>> {
    let a = rules::as_of(before.clone(), ctx.now);
    commit(
        tx,
        ctx,
        "employee.deregister-overdue",
        Some(&before),
        a,
        Change::Updated,
    )
}

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
        filter.position_id = Some(super::lookup::position(tx, o, p)?.id);
    }
    if let (Some(o), Some(d)) = (&org, &f.department) {
        let dept = super::lookup::department_arg(tx, o, d)?;
        filter.department_ids = Some(store::department::subtree(tx, o.id, &dept.path)?);
    }
    let mut names = super::Names::default();
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

/// Facts for `employee check` that only the platform knows.
#[derive(Debug, Clone, Default)]
pub struct CheckFacts {
    pub showcase: ShowcaseFacts,
    pub xingtu: bool,
    /// `CODE:approved|pending`
    pub modules: Vec<String>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct CheckReport {
    pub email: String,
    pub check: &'static str,
    pub eligible: bool,
    pub unmet: Vec<Unmet>,
}

/// `employee check EMAIL showcase|merchant-page|xingtu` (EA-12): every unmet
/// condition, not just the first.
pub fn check(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    email: &str,
    what: &str,
    facts: &CheckFacts,
) -> Result<CheckReport> {
    let kinds = [
        ("showcase", "showcase"),
        ("merchant-page", "merchant-page"),
        ("xingtu", "xingtu"),
    ];
    let kind = field::code("CHECK", what, |t| crate::domain::org::parse_code(&kinds, t))?;
    let a = account(tx, org, email)?;
    let mut unmet = Vec::new();
    if a.status != Status::Active {
        unmet.push(Unmet {
            rule: "EA-12",
            condition: format!("the account is {}, not active", a.status.code()),
        });
    }
    match kind {
        "showcase" => unmet.extend(rules::showcase(
            &facts.showcase,
            ctx.policy.showcase_deposit_yuan,
            ctx.policy.showcase_min_videos,
            ctx.policy.showcase_min_followers,
        )),
        "merchant-page" => {
            let mut modules = Vec::new();
            for m in &facts.modules {
                let (code, st) = m.split_once(':').unwrap_or((m.as_str(), "approved"));
                let code = code.trim().to_ascii_lowercase();
                if !rules::MERCHANT_MODULES.iter().any(|(c, _)| *c == code) {
                    return Err(Error::invalid(
                        "--module",
                        "UNKNOWN_MODULE",
                        Some("EA-12"),
                        format!(
                            "{code:?} is not a merchant-page module; give one of {}",
                            rules::MERCHANT_MODULES
                                .iter()
                                .map(|(c, _)| *c)
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    ));
                }
                let approved = match st.trim() {
                    "approved" => true,
                    "pending" => false,
                    other => {
                        return Err(Error::invalid(
                            "--module",
                            "INVALID_VALUE",
                            Some("EA-12"),
                            format!("{other:?} is neither approved nor pending"),
                        ));
                    }
                };
                modules.push((code, approved));
            }
            let granted = store::position::by_id(tx, a.position_id)?.permissions;
            unmet.extend(rules::merchant_page(&modules, &granted));
        }
        _ => {
            let stored = match &a.douyin_id {
                Some(d) => store::identity::xingtu_since(tx, d)?.is_some(),
                None => false,
            };
            unmet.extend(rules::xingtu(facts.xingtu || stored));
        }
    }
    Ok(CheckReport {
        email: a.email.as_str().to_string(),
        check: kind,
        eligible: unmet.is_empty(),
        unmet,
    })
}
