//! Sub-accounts of agencies (SPEC §6) and shops (§7), one-time codes (§8)
//! and customer-service routing (SH-4).

use jiff::Timestamp;
use serde::Serialize;

use super::org::parse_code;
use crate::error::RuleViolation;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Enabled,
    Disabled,
    Deleted,
    Revoked,
}

impl Status {
    pub const CODES: [(Status, &'static str); 4] = [
        (Status::Enabled, "enabled"),
        (Status::Disabled, "disabled"),
        (Status::Deleted, "deleted"),
        (Status::Revoked, "revoked"),
    ];
    pub fn code(self) -> &'static str {
        match self {
            Status::Enabled => "enabled",
            Status::Disabled => "disabled",
            Status::Deleted => "deleted",
            Status::Revoked => "revoked",
        }
    }
    pub fn parse(text: &str) -> Result<Self, String> {
        parse_code(&Self::CODES, text)
    }
    /// Bound to the org (AG-2, AG-3, SH-2): enabled or disabled. Deleted and
    /// revoked end the authorisation (AG-5, AG-6). Exhaustive on purpose: a
    /// new state must be classified here, and the SQL filters follow
    /// (`store::status`).
    pub fn is_live(self) -> bool {
        match self {
            Status::Enabled | Status::Disabled => true,
            Status::Deleted | Status::Revoked => false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verb {
    Edit,
    Disable,
    Enable,
    Delete,
    Revoke,
}

impl Verb {
    pub fn name(self) -> &'static str {
        match self {
            Verb::Edit => "edit",
            Verb::Disable => "disable",
            Verb::Enable => "enable",
            Verb::Delete => "delete",
            Verb::Revoke => "revoke",
        }
    }
    const ALL: [Verb; 5] = [
        Verb::Edit,
        Verb::Disable,
        Verb::Enable,
        Verb::Delete,
        Verb::Revoke,
    ];
    fn sources(self) -> &'static [Status] {
        match self {
            Verb::Edit | Verb::Delete | Verb::Revoke => &[Status::Enabled, Status::Disabled],
            Verb::Disable => &[Status::Enabled],
            Verb::Enable => &[Status::Disabled],
        }
    }
    fn rule(self) -> &'static str {
        match self {
            Verb::Edit => "AG-4",
            Verb::Disable | Verb::Enable | Verb::Delete => "AG-5",
            Verb::Revoke => "AG-6",
        }
    }
    /// The status the verb leads to.
    pub fn target(self, from: Status) -> Status {
        match self {
            Verb::Edit => from,
            Verb::Disable => Status::Disabled,
            Verb::Enable => Status::Enabled,
            Verb::Delete => Status::Deleted,
            Verb::Revoke => Status::Revoked,
        }
    }
}

pub fn next_steps(status: Status) -> Vec<&'static str> {
    Verb::ALL
        .iter()
        .filter(|v| v.sources().contains(&status))
        .map(|v| v.name())
        .collect()
}

/// The next steps of a sub-account of an org of `kind`: revoking is an
/// agency sub-account holder's own act (AG-6); shops have no such verb.
pub fn next_steps_in(kind: crate::domain::org::OrgKind, status: Status) -> Vec<&'static str> {
    let mut next = next_steps(status);
    if kind == crate::domain::org::OrgKind::Shop {
        next.retain(|v| *v != Verb::Revoke.name());
    }
    next
}

pub fn check_transition(key: &str, status: Status, verb: Verb) -> Result<(), RuleViolation> {
    if verb.sources().contains(&status) {
        return Ok(());
    }
    let needs: Vec<&str> = verb.sources().iter().map(|s| s.code()).collect();
    Err(super::machine::invalid_state(
        "sub-account",
        key,
        status.code(),
        verb.name(),
        &needs,
        verb.rule(),
        &next_steps(status),
    ))
}

/// A sub-account as the store keeps it. `key` is its phone or email.
#[derive(Debug, Clone, PartialEq)]
pub struct SubAccount {
    pub id: i64,
    pub org_id: i64,
    pub key: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub name: String,
    pub status: Status,
    /// SH-1: the IM (飞鸽) permission of a shop sub-account.
    pub im: bool,
    /// SH-4: online for customer-service routing.
    pub online: bool,
    pub position_ids: Vec<i64>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
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

/// SH-4: smooth weighted round-robin (nginx's): every candidate's current
/// weight grows by its weight, the largest is chosen (ties: the earlier in
/// `members`) and pays back the total. Deterministic; with weights 3:1,
/// eight picks give 6:2. `members`: (weight, current); returns the index
/// chosen and the new currents.
pub fn swrr(members: &[(u32, i64)]) -> Option<(usize, Vec<i64>)> {
    if members.is_empty() {
        return None;
    }
    let total: i64 = members.iter().map(|(w, _)| i64::from(*w)).sum();
    let mut current: Vec<i64> = members.iter().map(|(w, c)| c + i64::from(*w)).collect();
    let mut best = 0;
    for (i, c) in current.iter().enumerate() {
        if *c > current[best] {
            best = i;
        }
    }
    if let Some(c) = current.get_mut(best) {
        *c -= total;
    }
    Some((best, current))
}

/// A sub-account with its org's handle and its positions' names.
#[derive(Debug, Clone)]
pub struct SubState {
    pub sub: SubAccount,
    pub org: String,
    pub kind: crate::domain::org::OrgKind,
    pub positions: Vec<String>,
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sh4_swrr_shares_by_weight() {
        let mut state = vec![(3u32, 0i64), (1, 0)];
        let mut picks = [0u32; 2];
        for _ in 0..8 {
            let (i, cur) = swrr(&state).unwrap();
            picks[i] += 1;
            for (s, c) in state.iter_mut().zip(cur) {
                s.1 = c;
            }
        }
        assert_eq!(picks, [6, 2]);
        assert!(
            state.iter().all(|(_, c)| *c == 0),
            "a full cycle returns to zero"
        );
    }

    #[test]
    fn sh4_swrr_is_smooth() {
        // 5:1:1 gives a, a, b, a, c, a, a — never five a's in a row.
        let mut state = vec![(5u32, 0i64), (1, 0), (1, 0)];
        let mut seq = Vec::new();
        for _ in 0..7 {
            let (i, cur) = swrr(&state).unwrap();
            seq.push(i);
            for (s, c) in state.iter_mut().zip(cur) {
                s.1 = c;
            }
        }
        assert_eq!(seq, vec![0, 0, 1, 0, 2, 0, 0]);
        assert!(swrr(&[]).is_none());
    }

    #[test]
    fn ag5_disable_enable_delete_transitions() {
        assert!(check_transition("k", Status::Enabled, Verb::Disable).is_ok());
        assert!(check_transition("k", Status::Disabled, Verb::Disable).is_err());
        assert!(check_transition("k", Status::Deleted, Verb::Enable).is_err());
        assert!(next_steps(Status::Revoked).is_empty());
    }

    #[test]
    fn vc1_wrong_code_names_tries_left() {
        let v = CodeFailure::Wrong { left: 2 }.violation("13800138000");
        assert_eq!(v.code, "CODE_WRONG");
        assert_eq!(v.details["tries_left"], 2);
        assert_eq!(CodeFailure::Void.violation("x").code, "CODE_VOID");
    }
}
