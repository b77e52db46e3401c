//! Deregistration (rule EA-10): the request with its materials, its due
//! date in Chinese working days (provisional past the calendar), the
//! review, and the sweep's overdue marking.

use super::*;

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
    if rules::holds(before.status, Step::Deregister) {
        // Already so: a retried command changes nothing (issue 12).
        return unchanged(tx, ctx, before);
    }
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
    if rules::holds(before.status, step) {
        // Already so: a retried command changes nothing (issue 12).
        return unchanged(tx, ctx, before);
    }
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
