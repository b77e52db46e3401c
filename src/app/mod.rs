//! Use cases: one `pub fn` per verb, `(tx, ctx, input) -> Result<Outcome>`.
//! Each reads facts, asks the domain rules, writes and records its audit
//! event in the transaction it is given. Inputs are raw text so that the
//! one-at-a-time commands and bulk import run exactly the same checks.

pub mod access;
pub mod audit;
pub mod authorization;
pub mod bindings;
pub mod code;
pub mod cs;
pub mod department;
pub mod doctor;
pub mod due;
pub mod employee;
pub mod export;
pub mod grants;
pub mod identity;
pub mod import;
pub mod lookup;
pub mod migrate;
pub mod org;
pub mod position;
pub mod seats;
pub mod subaccount;
pub mod sweep;
pub mod upgrade;

use jiff::Timestamp;
use serde::Serialize;
use serde_json::Value;

use crate::domain::calendar::Calendar;
use crate::domain::policy::Policy;
use crate::domain::validate;
use crate::error::{Error, Result};
use crate::store::{self, Tx};

/// What every use case knows besides its input: the one instant of this run
/// (TM-1), who acts (AU-1), and the policy in force.
#[derive(Debug, Clone)]
pub struct Ctx<'a> {
    pub now: Timestamp,
    pub actor: &'a str,
    pub policy: &'a Policy,
    pub calendar: &'a Calendar,
    /// Password hashing cost; `Standard` everywhere but hash-heavy tests.
    pub cost: crate::secret::Cost,
}

/// What a change did; re-running a command that already landed is
/// `Unchanged` (scripts and re-imports are idempotent).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    Created,
    Updated,
    Unchanged,
    Deleted,
}

impl Change {
    pub fn word(self) -> &'static str {
        match self {
            Change::Created => "created",
            Change::Updated => "updated",
            Change::Unchanged => "unchanged",
            Change::Deleted => "deleted",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Outcome<T> {
    pub value: T,
    pub change: Change,
    /// Things the person should know that are not refusals (stderr).
    pub warnings: Vec<String>,
}

impl<T> Outcome<T> {
    pub fn new(value: T, change: Change) -> Self {
        Outcome {
            value,
            change,
            warnings: Vec::new(),
        }
    }
}

/// AU-1: one audit event in the change's transaction. The values are
/// views, so identity numbers go in masked (PII-1).
pub fn audit(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    action: &str,
    object: &str,
    before: Option<Value>,
    after: Option<Value>,
) -> Result<()> {
    audit_text(
        tx,
        ctx,
        action,
        object,
        before.map(|v| v.to_string()),
        after.map(|v| v.to_string()),
    )
}

/// `audit` with the values already written as JSON text.
fn audit_text(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    action: &str,
    object: &str,
    before: Option<String>,
    after: Option<String>,
) -> Result<()> {
    store::audit::record(
        tx,
        ctx.now,
        ctx.actor,
        action,
        object,
        before.as_deref(),
        after.as_deref(),
    )
}

/// `now` plus `hours`: a deadline. Beyond the clock's range (a `--now` in
/// year 9999, an absurd policy value) it is bad input, never a panic.
pub fn deadline(now: Timestamp, hours: u32) -> Result<Timestamp> {
    now.checked_add(jiff::SignedDuration::from_hours(i64::from(hours)))
        .map_err(|_| {
            Error::invalid(
                "--now",
                "INSTANT_OUT_OF_RANGE",
                Some("TM-1"),
                format!(
                    "{} plus {hours} hours is beyond the clock's range",
                    crate::clock::fmt(now)
                ),
            )
        })
}

/// Names that listings look up for every row, remembered per command.
#[derive(Debug, Default)]
pub struct Names {
    orgs: std::collections::HashMap<i64, String>,
    positions: std::collections::HashMap<i64, String>,
    departments: std::collections::HashMap<i64, Option<String>>,
}

impl Names {
    pub fn org(&mut self, tx: &Tx<'_>, id: i64) -> Result<String> {
        if let Some(h) = self.orgs.get(&id) {
            return Ok(h.clone());
        }
        let h = store::org::by_id(tx, id)?.handle;
        self.orgs.insert(id, h.clone());
        Ok(h)
    }

    pub fn position(&mut self, tx: &Tx<'_>, id: i64) -> Result<String> {
        if let Some(n) = self.positions.get(&id) {
            return Ok(n.clone());
        }
        let n = store::position::by_id(tx, id)?.name;
        self.positions.insert(id, n.clone());
        Ok(n)
    }

    pub fn department(&mut self, tx: &Tx<'_>, org_id: i64, id: i64) -> Result<Option<String>> {
        if let Some(p) = self.departments.get(&id) {
            return Ok(p.clone());
        }
        let p = store::department::by_id(tx, org_id, id)?.map(|d| d.path);
        self.departments.insert(id, p.clone());
        Ok(p)
    }
}

/// AU-1 for one changed object: its audit event with the views before and
/// after; gives the new state back.
pub fn changed<S, V: Serialize>(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    action: &str,
    key: &str,
    before: Option<S>,
    after: S,
    view: impl Fn(&S) -> V,
) -> Result<S> {
    // Straight to text: the same JSON as `json` then `to_string`, without
    // building the value in between (every change of a bulk import).
    let text = |s: &S| {
        serde_json::to_string(&view(s)).map_err(|e| Error::internal(format!("audit value: {e}")))
    };
    audit_text(
        tx,
        ctx,
        action,
        key,
        before.as_ref().map(text).transpose()?,
        Some(text(&after)?),
    )?;
    Ok(after)
}

/// A view as an audit value.
pub fn json<T: Serialize>(view: &T) -> Result<Value> {
    serde_json::to_value(view).map_err(|e| Error::internal(format!("audit value: {e}")))
}

/// Field validators wrapped with the field's name and the rule that defines
/// the format, so every refusal names both.
pub mod field {
    use super::*;

    fn wrap<T>(
        r: std::result::Result<T, String>,
        field: &str,
        code: &'static str,
        rule: Option<&'static str>,
    ) -> Result<T> {
        r.map_err(|why| Error::invalid(field, code, rule, why))
    }

    pub fn identity(
        field: &str,
        raw: &str,
        rule: &'static str,
    ) -> Result<validate::IdentityNumber> {
        wrap(
            validate::identity_number(raw),
            field,
            "INVALID_ID_NUMBER",
            Some(rule),
        )
    }

    pub fn credit_code(field: &str, raw: &str, rule: &'static str) -> Result<validate::CreditCode> {
        wrap(
            validate::credit_code(raw),
            field,
            "INVALID_CREDIT_CODE",
            Some(rule),
        )
    }

    pub fn phone(field: &str, raw: &str, rule: &'static str) -> Result<validate::Phone> {
        wrap(validate::phone(raw), field, "INVALID_PHONE", Some(rule))
    }

    pub fn email(field: &str, raw: &str, rule: &'static str) -> Result<validate::Email> {
        wrap(validate::email(raw), field, "INVALID_EMAIL", Some(rule))
    }

    pub fn douyin_id(field: &str, raw: &str, rule: &'static str) -> Result<validate::DouyinId> {
        wrap(
            validate::douyin_id(raw),
            field,
            "INVALID_DOUYIN_ID",
            Some(rule),
        )
    }

    /// Free text to store (a description, a proof note, a reason).
    pub fn text(field: &str, raw: &str) -> Result<String> {
        wrap(validate::free_text(raw), field, "INVALID_TEXT", None)
    }

    /// AU-1: who acts, as the audit log records it.
    pub fn actor(field: &str, raw: &str) -> Result<String> {
        wrap(
            crate::domain::validate::actor(raw),
            field,
            "INVALID_ACTOR",
            Some("AU-1"),
        )
    }

    pub fn name(field: &str, raw: &str) -> Result<String> {
        wrap(crate::domain::org::name(raw), field, "INVALID_NAME", None)
    }

    pub fn handle(field: &str, raw: &str) -> Result<String> {
        wrap(
            crate::domain::org::handle(raw),
            field,
            "INVALID_HANDLE",
            None,
        )
    }

    /// A review's reason: none when it approves, required when it rejects.
    pub fn rejection_reason(
        approve: bool,
        raw: Option<&str>,
        rule: &'static str,
    ) -> Result<Option<String>> {
        if approve {
            return Ok(None);
        }
        raw.map(|r| text("--reason", r))
            .transpose()?
            .filter(|s| !s.is_empty())
            .map(Some)
            .ok_or_else(|| {
                Error::invalid(
                    "--reason",
                    "MISSING_FIELD",
                    Some(rule),
                    "a rejection needs a reason",
                )
            })
    }

    pub fn instant(field: &str, raw: &str) -> Result<Timestamp> {
        crate::clock::parse_instant(field, raw)
    }

    /// A value from a fixed set of codes (`parse` lists the valid ones).
    pub fn code<T>(
        field: &str,
        raw: &str,
        parse: impl Fn(&str) -> std::result::Result<T, String>,
    ) -> Result<T> {
        wrap(parse(raw), field, "INVALID_VALUE", None)
    }
}
