//! What every state machine here says when a verb does not apply: the
//! current state, the states the verb needs, and the allowed next steps.

use crate::error::RuleViolation;

/// A transition not in the machine (`INVALID_STATE`).
pub fn invalid_state(
    noun: &str,
    key: &str,
    status: &str,
    verb: &str,
    needs: &[&str],
    rule: &'static str,
    allowed: &[&'static str],
) -> RuleViolation {
    let next = if allowed.is_empty() {
        "none: it is closed".to_string()
    } else {
        allowed.join(", ")
    };
    RuleViolation::new(
        "INVALID_STATE",
        rule,
        format!(
            "{noun} {key} is {status}; `{verb}` needs it to be {}",
            needs.join(" or ")
        ),
    )
    .hint(format!("allowed next steps: {next}"))
    .details(serde_json::json!({ "status": status, "allowed": allowed }))
}
