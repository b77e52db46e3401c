//! The life of an account from application to vacancy: apply, review,
//! resubmit, withdraw, activate, assets, resign, unbind-confirm, enable
//! (rules EA-1 … EA-9).

use super::placement::{HolderInput, checked_placement, placement, required};
use super::*;

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
            return unchanged(tx, ctx, now);
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
        crate::app::bindings::douyin_id(tx, ctx, d, &Taking::at(Role::EmployeeAccount, &org))?;
    }
    crate::app::seats::check_free(tx, ctx, &org, "employee accounts")?;
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
    if rules::holds(before.status, Step::Review { approve }) {
        // Already so: a retried command changes nothing (issue 12).
        return unchanged(tx, ctx, before);
    }
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
    if rules::holds(before.status, step) {
        // Already so: a retried command changes nothing (issue 12).
        return unchanged(tx, ctx, before);
    }
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
        // EA-6: activated once; a retried activation changes nothing.
        return unchanged(tx, ctx, before);
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
        return unchanged(tx, ctx, before);
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
    if rules::holds(before.status, step) {
        // Already so: a retried command changes nothing (issue 12).
        return unchanged(tx, ctx, before);
    }
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
    if rules::holds(before.status, Step::UnbindConfirm) {
        // Already so: a retried command changes nothing (issue 12).
        return unchanged(tx, ctx, before);
    }
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
