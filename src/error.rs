//! The one error type: its variants say who must act, and `exit_code` is the
//! only place where exit codes exist (docs/exit-codes.md), and every
//! error's hint ends by naming `roster explain CODE` (docs/errors.md).

use serde_json::{Value, json};

/// A refusal by a rule of docs/rules.md: a stable machine code, the rule id, a
/// message for people, an optional hint naming the way out, and details for
/// scripts (counts, limits, current state …).
#[derive(Debug, Clone, PartialEq)]
pub struct RuleViolation {
    pub code: &'static str,
    pub rule: &'static str,
    pub message: String,
    pub hint: Option<String>,
    pub details: Value,
}

impl RuleViolation {
    pub fn new(code: &'static str, rule: &'static str, message: impl Into<String>) -> Self {
        RuleViolation {
            code,
            rule,
            message: message.into(),
            hint: None,
            details: Value::Null,
        }
    }

    #[must_use]
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    #[must_use]
    pub fn details(mut self, details: Value) -> Self {
        self.details = details;
        self
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The call's words are off in a way clap cannot see, such as a missing
    /// `--org` (exit 2).
    #[error("{message}")]
    Usage { message: String },
    /// No such object (exit 3).
    #[error("{message}")]
    NotFound {
        code: &'static str,
        message: String,
        hint: Option<String>,
    },
    /// Refused by a rule: quota, state, conflict, time window (exit 4).
    #[error("{}", .0.message)]
    Refused(Box<RuleViolation>),
    /// Malformed or missing input; names the field and why (exit 5).
    #[error("{field}: {message}")]
    Invalid {
        code: &'static str,
        rule: Option<&'static str>,
        field: String,
        message: String,
        /// Facts for scripts beside the field (what is missing …); null
        /// or an object.
        details: Value,
    },
    /// A batch finished but some rows failed (exit 6).
    #[error("{failed} of {rows} rows failed")]
    Partial { rows: u64, failed: u64 },
    /// A file that cannot be read or written: missing, unreadable, a full
    /// disk (exit 1, with a code of its own).
    #[error("{message}")]
    Io { code: &'static str, message: String },
    /// The database stayed locked past the busy timeout (exit 7).
    #[error("the database is locked by another roster process (waited {waited_ms} ms)")]
    Busy { waited_ms: u64 },
    /// Anything else: I/O, SQLite, a broken invariant (exit 1).
    #[error("{0:#}")]
    Internal(#[from] anyhow::Error),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl From<RuleViolation> for Error {
    fn from(v: RuleViolation) -> Self {
        Error::Refused(Box::new(v))
    }
}

impl Error {
    pub fn not_found(code: &'static str, message: impl Into<String>) -> Self {
        Error::NotFound {
            code,
            message: message.into(),
            hint: None,
        }
    }

    pub fn not_found_hint(
        code: &'static str,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> Self {
        Error::NotFound {
            code,
            message: message.into(),
            hint: Some(hint.into()),
        }
    }

    /// Bad input in `field`, with the rule (docs/rules.md) that defines the format when
    /// there is one.
    pub fn invalid(
        field: impl Into<String>,
        code: &'static str,
        rule: Option<&'static str>,
        message: impl Into<String>,
    ) -> Self {
        Error::Invalid {
            code,
            rule,
            field: field.into(),
            message: message.into(),
            details: Value::Null,
        }
    }

    /// Adds facts for scripts to an `Invalid` error (shown in `details`
    /// beside `field`); other errors are returned as they are.
    #[must_use]
    pub fn with_details(mut self, more: Value) -> Self {
        if let Error::Invalid { details, .. } = &mut self {
            *details = more;
        }
        self
    }

    pub fn internal(message: impl std::fmt::Display) -> Self {
        Error::Internal(anyhow::anyhow!("{message}"))
    }

    /// The process exit code (docs/exit-codes.md); the only place these numbers live.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Internal(_) | Error::Io { .. } => 1,
            Error::Usage { .. } => 2,
            Error::NotFound { .. } => 3,
            Error::Refused(_) => 4,
            Error::Invalid { .. } => 5,
            Error::Partial { .. } => 6,
            Error::Busy { .. } => 7,
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            Error::Internal(_) => "INTERNAL",
            Error::Usage { .. } => "USAGE",
            Error::NotFound { code, .. } | Error::Invalid { code, .. } | Error::Io { code, .. } => {
                code
            }
            Error::Refused(v) => v.code,
            Error::Partial { .. } => "PARTIAL_FAILURE",
            Error::Busy { .. } => "DATABASE_BUSY",
        }
    }

    pub fn rule(&self) -> Option<&'static str> {
        match self {
            Error::Refused(v) => Some(v.rule),
            Error::Invalid { rule, .. } => *rule,
            _ => None,
        }
    }

    pub fn hint(&self) -> Option<String> {
        match self {
            Error::Refused(v) => v
                .hint
                .clone()
                .or_else(|| default_hint(v.code).map(str::to_string)),
            Error::NotFound { hint, .. } => hint.clone(),
            Error::Busy { .. } => {
                Some("try again, or raise --busy-timeout / ROSTER_BUSY_TIMEOUT_MS".to_string())
            }
            _ => None,
        }
    }

    fn details(&self) -> Value {
        match self {
            Error::Refused(v) => v.details.clone(),
            Error::Invalid { field, details, .. } => {
                let mut d = json!({ "field": field });
                if let (Value::Object(d), Value::Object(more)) = (&mut d, details) {
                    for (k, v) in more {
                        d.entry(k.clone()).or_insert_with(|| v.clone());
                    }
                }
                d
            }
            Error::Partial { rows, failed } => json!({ "rows": rows, "failed": failed }),
            Error::Busy { waited_ms } => json!({ "waited_ms": waited_ms }),
            _ => Value::Null,
        }
    }

    /// The JSON error envelope of docs/json.md.
    pub fn envelope(&self) -> Value {
        let mut error = json!({
            "code": self.code(),
            "rule": self.rule(),
            "message": self.to_string(),
        });
        error["hint"] = Value::String(self.full_hint());
        let details = self.details();
        if !details.is_null() {
            error["details"] = details;
        }
        json!({ "error": error })
    }

    /// The one readable line for table and csv modes.
    pub fn human_line(&self) -> String {
        let mut line = format!("error[{}]: {}", self.code(), self);
        if let Some(rule) = self.rule() {
            line.push_str(&format!(" (rule {rule})"));
        }
        line.push_str(&format!("\n  hint: {}", self.full_hint()));
        line
    }

    /// The hint both forms print: the way out when there is one, then
    /// always where the code is explained in full (docs/errors.md).
    pub fn full_hint(&self) -> String {
        let more = format!("`roster explain {}` for more", self.code());
        match self.hint() {
            Some(hint) => format!("{hint}; {more}"),
            None => more,
        }
    }
}

/// The way out of a refusal whose use case gave no hint of its own.
fn default_hint(code: &str) -> Option<&'static str> {
    Some(match code {
        "EMAIL_TAKEN" => {
            "choose another login email; `roster employee show EMAIL` shows the account that has it"
        }
        "IDENTITY_PENALIZED" => {
            "apply once the penalty ends (`roster identity show ID`), or `roster identity clear ID` when the platform lifted it"
        }
        "FACE_MISMATCH" => {
            "the holder verifies their own face; if the holder changed, hand the account over with `roster employee enable`"
        }
        "PASSWORD_UNCHANGED" => "choose a new password that differs from the initial one",
        "ORG_EXISTS" | "POSITION_EXISTS" | "DEPARTMENT_EXISTS" | "CS_GROUP_EXISTS" => {
            "choose another name, or change the existing one"
        }
        "ALREADY_BOUND_TO_AGENCY" | "PHONE_ALREADY_IN_SHOP" => {
            "it is already there; `roster subaccount edit KEY` changes its name, positions or IM"
        }
        "AGENCY_LIMIT" => "delete or revoke the phone's sub-account in another agency first",
        "PHONE_IS_AGENCY_MAIN" | "PHONE_IS_SHOP_MAIN" => {
            "a main account cannot be a sub-account; use another phone or email"
        }
        "CODE_WRONG" => "check the code sent to the phone or email and try again",
        "CANCEL_WINDOW_CLOSED" => "the automatic upgrade is final now",
        "NOT_AUTOMATIC" => "an upgrade the merchant asked for is final once approved",
        "QUOTA_BELOW_USE" => "cancel upgrades of that type (or let pending ones expire) first",
        "INVITATION_EXPIRED" => "invite the account again with `roster auth invite`",
        "INVALID_STATE" => "`show` the object for its status and next steps",
        "NOT_AN_ENTERPRISE" => "give --org an enterprise (`roster org list --kind enterprise`)",
        "NOT_A_SHOP" => "give --org a shop (`roster org list --kind shop`)",
        "REVIEW_EXPIRED" => "start a new attempt with `roster upgrade start`",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_follow_cli_md() {
        assert_eq!(Error::not_found("ORG_NOT_FOUND", "x").exit_code(), 3);
        assert_eq!(
            Error::from(RuleViolation::new("QUOTA_EXCEEDED", "EN-4", "x")).exit_code(),
            4
        );
        assert_eq!(Error::invalid("f", "BAD", None, "x").exit_code(), 5);
        assert_eq!(
            Error::invalid("--agree", "AGREEMENT_REQUIRED", Some("EA-2"), "x").exit_code(),
            5
        );
        assert_eq!(Error::Partial { rows: 2, failed: 1 }.exit_code(), 6);
        assert_eq!(Error::Busy { waited_ms: 5 }.exit_code(), 7);
        assert_eq!(Error::internal("x").exit_code(), 1);
    }

    #[test]
    fn envelope_carries_code_rule_message() {
        let e = Error::from(
            RuleViolation::new("QUOTA_EXCEEDED", "EN-4", "quota full 5/5")
                .details(json!({"used": 5})),
        );
        let v = e.envelope();
        assert_eq!(v["error"]["code"], "QUOTA_EXCEEDED");
        assert_eq!(v["error"]["rule"], "EN-4");
        assert_eq!(v["error"]["message"], "quota full 5/5");
        assert_eq!(v["error"]["details"]["used"], 5);
    }

    #[test]
    fn every_hint_ends_with_the_explain_command_in_both_forms() {
        for e in [
            Error::from(RuleViolation::new("QUOTA_EXCEEDED", "EN-4", "x").hint("raise the level")),
            Error::not_found("ORG_NOT_FOUND", "x"),
            Error::invalid("f", "INVALID_PHONE", None, "x"),
            Error::internal("x"),
        ] {
            let more = format!("`roster explain {}` for more", e.code());
            let hint = e.envelope()["error"]["hint"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            assert!(hint.ends_with(&more), "{hint}");
            assert!(e.human_line().ends_with(&more), "{}", e.human_line());
        }
        let e =
            Error::from(RuleViolation::new("QUOTA_EXCEEDED", "EN-4", "x").hint("raise the level"));
        assert_eq!(
            e.full_hint(),
            "raise the level; `roster explain QUOTA_EXCEEDED` for more"
        );
    }

    #[test]
    fn invalid_details_sit_beside_the_field() {
        let e = Error::invalid("--materials", "MATERIALS_INCOMPLETE", Some("EA-10"), "x")
            .with_details(json!({ "missing": ["labour-contract"], "field": "other" }));
        let v = e.envelope();
        assert_eq!(v["error"]["details"]["field"], "--materials");
        assert_eq!(v["error"]["details"]["missing"][0], "labour-contract");
        assert_eq!(e.exit_code(), 5);
    }
}
