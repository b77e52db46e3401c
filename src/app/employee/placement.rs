//! Who holds an account and where it sits: the holder's name, identity
//! number and proof of employment, the position and department (EA-1,
//! EA-2, EA-3), and the penalty check on the person (EA-7).

use super::*;

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

/// Parsed holder fields, resolved against the org.
pub(super) struct Placement {
    pub(super) name: String,
    pub(super) id: IdentityNumber,
    pub(super) position_id: i64,
    pub(super) department_id: Option<i64>,
    pub(super) proof: Proof,
    pub(super) proof_note: Option<String>,
}

pub(super) fn required<'a>(
    v: &'a Option<String>,
    flag: &str,
    rule: &'static str,
) -> Result<&'a str> {
    v.as_deref()
        .filter(|s| !s.trim().is_empty())
        .ok_or_else(|| Error::invalid(flag, "MISSING_FIELD", Some(rule), "is required"))
}

/// Parses a holder input (complete, or completed from `base`): input errors
/// (5) before unknown names (3); the rules come in `check_placement`.
pub(super) fn placement(
    tx: &Tx<'_>,
    org: &Org,
    h: &HolderInput,
    base: Option<&Account>,
) -> Result<Placement> {
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
    let proof_note = match pick(&h.proof_note) {
        Some(n) => Some(field::text("--proof-note", &n)?),
        None => base.and_then(|a| a.proof_note.clone()),
    };
    let position_id = match (pick(&h.position), base) {
        (Some(p), _) => crate::app::lookup::position(tx, org, &p)?.id,
        (None, Some(a)) => a.position_id,
        (None, None) => {
            crate::app::lookup::position(tx, org, required(&h.position, "--position", "EA-1")?)?.id
        }
    };
    let department_id = match (pick(&h.department), base) {
        (Some(d), _) => Some(crate::app::lookup::department_arg(tx, org, &d)?.id),
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
pub(super) fn check_placement(tx: &Tx<'_>, ctx: &Ctx<'_>, org: &Org, p: &Placement) -> Result<()> {
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
pub(super) fn checked_placement(
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
pub(super) fn check_penalty(tx: &Tx<'_>, ctx: &Ctx<'_>, id: &IdentityNumber) -> Result<()> {
    let active = crate::app::lookup::penalties(tx, ctx, id)?;
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
