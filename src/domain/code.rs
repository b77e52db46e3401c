//! One-time verification codes (rule VC-1): the record and why a code
//! does not open the door.

use crate::error::RuleViolation;

/// A one-time code (VC-1).
#[derive(Debug, Clone, PartialEq)]
pub struct Code {
    pub id: i64,
    pub org_id: i64,
    pub target: String,
    pub code_hash: String,
    pub issued_at: jiff::Timestamp,
    pub expires_at: jiff::Timestamp,
    pub tries: u32,
    pub used_at: Option<jiff::Timestamp>,
    pub voided_at: Option<jiff::Timestamp>,
}

/// VC-1: why a code does not open the door.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeFailure {
    NotIssued,
    Expired,
    Used,
    Void,
    /// Wrong digits; `left` tries remain (0: now void).
    Wrong {
        left: u32,
    },
}

impl CodeFailure {
    pub fn violation(self, key: &str) -> RuleViolation {
        let (code, msg) = match self {
            CodeFailure::NotIssued => (
                "CODE_NOT_ISSUED",
                format!("no verification code was issued for {key} in this organisation"),
            ),
            CodeFailure::Expired => (
                "CODE_EXPIRED",
                format!("the verification code for {key} has expired"),
            ),
            CodeFailure::Used => (
                "CODE_USED",
                format!("the verification code for {key} was already used"),
            ),
            CodeFailure::Void => (
                "CODE_VOID",
                format!("the verification code for {key} is void after too many wrong tries"),
            ),
            CodeFailure::Wrong { left } => (
                "CODE_WRONG",
                format!("wrong verification code for {key}; {left} tries left"),
            ),
        };
        let v = RuleViolation::new(code, "VC-1", msg);
        match self {
            CodeFailure::Wrong { left } if left > 0 => {
                v.details(serde_json::json!({ "tries_left": left }))
            }
            _ => v.hint(format!(
                "issue a new one: `roster code issue --phone|--email {key}`"
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vc1_wrong_code_names_tries_left() {
        let v = CodeFailure::Wrong { left: 2 }.violation("13800138000");
        assert_eq!(v.code, "CODE_WRONG");
        assert_eq!(v.details["tries_left"], 2);
        assert_eq!(CodeFailure::Void.violation("x").code, "CODE_VOID");
    }

    #[test]
    fn vc1_refusal_names_tries_left_only_while_some_remain() {
        let last = CodeFailure::Wrong { left: 1 }.violation("13800138000");
        assert_eq!((last.code, last.rule), ("CODE_WRONG", "VC-1"));
        assert_eq!(last.details, serde_json::json!({ "tries_left": 1 }));
        assert_eq!(last.hint, None);
        let none = CodeFailure::Wrong { left: 0 }.violation("13800138000");
        assert_eq!((none.code, none.rule), ("CODE_WRONG", "VC-1"));
        assert_eq!(
            none.message,
            "wrong verification code for 13800138000; 0 tries left"
        );
        assert_eq!(none.details, serde_json::Value::Null);
        assert_eq!(
            none.hint.as_deref(),
            Some("issue a new one: `roster code issue --phone|--email 13800138000`")
        );
    }
}
