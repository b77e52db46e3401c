//! Authorised personal accounts (员工个人号授权, SPEC §4): the state machine,
//! the 48-hour invitation window and the validity period.

use jiff::Timestamp;
use serde::Serialize;

use super::org::parse_code;
use super::validate::{DouyinId, IdentityNumber};
use crate::error::RuleViolation;

/// SPEC §4 states, plus `ended` for an authorisation ended because the
/// personal account was deregistered (PA-5's way out) or an invitation the
/// enterprise withdrew.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Invited,
    Reviewing,
    Active,
    Rejected,
    Expired,
    Ended,
}

impl Status {
    pub const CODES: [(Status, &'static str); 6] = [
        (Status::Invited, "invited"),
        (Status::Reviewing, "reviewing"),
        (Status::Active, "active"),
        (Status::Rejected, "rejected"),
        (Status::Expired, "expired"),
        (Status::Ended, "ended"),
    ];

    pub fn code(self) -> &'static str {
        match self {
            Status::Invited => "invited",
            Status::Reviewing => "reviewing",
            Status::Active => "active",
            Status::Rejected => "rejected",
            Status::Expired => "expired",
            Status::Ended => "ended",
        }
    }

    pub fn parse(text: &str) -> Result<Self, String> {
        parse_code(&Self::CODES, text)
    }

    /// PA-4 / PA-7: a live binding ties the personal account to the
    /// enterprise and holds a seat; an expired or ended one frees both.
    pub fn is_live(self) -> bool {
        !matches!(self, Status::Expired | Status::Ended)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verb {
    Accept,
    Review,
    Resubmit,
    Modify,
    End,
}

impl Verb {
    pub fn name(self) -> &'static str {
        match self {
            Verb::Accept => "accept",
            Verb::Review => "review",
            Verb::Resubmit => "resubmit",
            Verb::Modify => "modify",
            Verb::End => "end",
        }
    }

    const ALL: [Verb; 5] = [
        Verb::Accept,
        Verb::Review,
        Verb::Resubmit,
        Verb::Modify,
        Verb::End,
    ];

    fn sources(self) -> &'static [Status] {
        match self {
            Verb::Accept => &[Status::Invited],
            Verb::Review => &[Status::Reviewing],
            Verb::Resubmit => &[Status::Rejected],
            Verb::Modify | Verb::End => &[
                Status::Invited,
                Status::Reviewing,
                Status::Active,
                Status::Rejected,
            ],
        }
    }

    fn rule(self) -> &'static str {
        match self {
            Verb::Accept => "PA-2",
            Verb::Review | Verb::Resubmit => "PA-3",
            Verb::Modify => "PA-6",
            Verb::End => "PA-5",
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

pub fn check_transition(id: &str, status: Status, verb: Verb) -> Result<(), RuleViolation> {
    if verb.sources().contains(&status) {
        return Ok(());
    }
    let needs: Vec<&str> = verb.sources().iter().map(|s| s.code()).collect();
    let hint_new = matches!(status, Status::Expired | Status::Ended);
    let mut v = super::machine::invalid_state(
        "authorisation of",
        id,
        status.code(),
        verb.name(),
        &needs,
        verb.rule(),
        &next_steps(status),
    );
    if hint_new {
        v = v.hint("only a new invitation can start it again: `roster auth invite`");
    }
    Err(v)
}

/// PA-2: an invitation can be answered before its deadline, not at it.
pub fn invitation_open(expires_at: Timestamp, now: Timestamp) -> bool {
    now < expires_at
}

/// PA-1: an active authorisation lasts through its `valid_until` instant
/// and has expired once that instant has passed.
pub fn validity_passed(valid_until: Option<Timestamp>, now: Timestamp) -> bool {
    valid_until.is_some_and(|v| now > v)
}

/// Why an authorisation ended (`auth end --reason`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndReason {
    /// PA-5: the owner deregistered the personal account.
    AccountDeregistered,
    /// The enterprise withdrew an invitation or a rejected application.
    Withdrawn,
}

impl EndReason {
    pub const CODES: [(EndReason, &'static str); 2] = [
        (EndReason::AccountDeregistered, "account-deregistered"),
        (EndReason::Withdrawn, "withdrawn"),
    ];
    pub fn code(self) -> &'static str {
        match self {
            EndReason::AccountDeregistered => "account-deregistered",
            EndReason::Withdrawn => "withdrawn",
        }
    }
    pub fn parse(text: &str) -> Result<Self, String> {
        parse_code(&Self::CODES, text)
    }
}

/// An authorisation as the store keeps it.
#[derive(Debug, Clone, PartialEq)]
pub struct Authorization {
    pub id: i64,
    pub org_id: i64,
    pub douyin_id: DouyinId,
    pub status: Status,
    /// Codes of the enterprise catalogue: held tools and back-end modules.
    pub modules: Vec<String>,
    pub valid_until: Option<Timestamp>,
    pub invited_at: Timestamp,
    pub invite_expires_at: Timestamp,
    pub holder_name: Option<String>,
    pub holder_id: Option<IdentityNumber>,
    pub accepted_at: Option<Timestamp>,
    pub rejection_reason: Option<String>,
    pub ended_at: Option<Timestamp>,
    pub end_reason: Option<String>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn pa2_invitation_closes_at_its_deadline() {
        let deadline = ts("2026-02-15T01:00:00Z");
        assert!(invitation_open(deadline, ts("2026-02-15T00:59:59Z")));
        assert!(!invitation_open(deadline, ts("2026-02-15T01:00:00Z")));
    }

    #[test]
    fn pa1_validity_lasts_through_its_last_second() {
        let until = Some(ts("2026-03-01T15:59:59Z"));
        assert!(!validity_passed(until, ts("2026-03-01T15:59:59Z")));
        assert!(validity_passed(until, ts("2026-03-01T16:00:00Z")));
        assert!(!validity_passed(None, ts("2099-01-01T00:00:00Z")));
    }

    #[test]
    fn pa4_expired_and_ended_free_the_account() {
        assert!(Status::Invited.is_live());
        assert!(Status::Rejected.is_live());
        assert!(!Status::Expired.is_live());
        assert!(!Status::Ended.is_live());
    }

    #[test]
    fn pa2_expired_invitation_names_the_way_out() {
        let e = check_transition("dy_a", Status::Expired, Verb::Accept).unwrap_err();
        assert_eq!(e.code, "INVALID_STATE");
        assert!(e.hint.unwrap().contains("auth invite"));
    }

    #[test]
    fn pa3_rejected_can_be_resubmitted_or_ended() {
        assert_eq!(
            next_steps(Status::Rejected),
            vec!["resubmit", "modify", "end"]
        );
        assert!(next_steps(Status::Expired).is_empty());
    }
}
