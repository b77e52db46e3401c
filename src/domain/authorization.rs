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
    /// Exhaustive on purpose: a new state must be classified here, and the
    /// SQL filters follow (`store::status`).
    pub fn is_live(self) -> bool {
        match self {
            Status::Invited | Status::Reviewing | Status::Active | Status::Rejected => true,
            Status::Expired | Status::Ended => false,
        }
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

/// SW-1: the instant time ended this authorisation, if it has by `now`:
/// an invitation at its deadline (PA-2), an active authorisation at the
/// first second past its validity (PA-1). Instants are whole seconds.
pub fn lapsed_at(a: &Authorization, now: Timestamp) -> Option<Timestamp> {
    match a.status {
        Status::Invited if !invitation_open(a.invite_expires_at, now) => Some(a.invite_expires_at),
        Status::Active if validity_passed(a.valid_until, now) => a.valid_until.map(|v| {
            v.checked_add(jiff::SignedDuration::from_secs(1))
                .unwrap_or(v)
        }),
        _ => None,
    }
}

/// SW-1: the authorisation as it stands at `now`. One that time has ended
/// is expired from that instant, exactly as the sweep records it, so that
/// no answer depends on whether the sweep has run.
pub fn as_of(mut a: Authorization, now: Timestamp) -> Authorization {
    if let Some(at) = lapsed_at(&a, now) {
        a.status = Status::Expired;
        a.ended_at = Some(at);
    }
    a
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

/// An authorisation with its enterprise's handle.
#[derive(Debug, Clone)]
pub struct AuthState {
    pub auth: Authorization,
    pub org: String,
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

    fn active(valid_until: Option<&str>) -> Authorization {
        let t = ts("2026-02-13T01:00:00Z");
        Authorization {
            id: 1,
            org_id: 1,
            douyin_id: DouyinId::from_stored("dy_a".into()),
            status: Status::Active,
            modules: vec!["backend.video".into()],
            valid_until: valid_until.map(ts),
            invited_at: t,
            invite_expires_at: ts("2026-02-15T01:00:00Z"),
            holder_name: None,
            holder_id: None,
            accepted_at: Some(t),
            rejection_reason: None,
            ended_at: None,
            end_reason: None,
            created_at: t,
            updated_at: t,
        }
    }

    #[test]
    fn sw1_validity_ends_the_second_after_valid_until_sweep_or_not() {
        let a = active(Some("2026-03-01T15:59:59Z"));
        assert_eq!(as_of(a.clone(), ts("2026-03-01T15:59:59Z")), a);
        let e = as_of(a.clone(), ts("2026-03-09T00:00:00Z"));
        assert_eq!(e.status, Status::Expired);
        assert_eq!(e.ended_at, Some(ts("2026-03-01T16:00:00Z")));
        assert_eq!(
            as_of(active(None), ts("2099-01-01T00:00:00Z")).status,
            Status::Active
        );
    }

    #[test]
    fn sw1_invitation_ends_at_its_deadline_sweep_or_not() {
        let mut a = active(None);
        a.status = Status::Invited;
        assert_eq!(
            as_of(a.clone(), ts("2026-02-15T00:59:59Z")).status,
            Status::Invited
        );
        let e = as_of(a.clone(), ts("2026-02-15T01:00:00Z"));
        assert_eq!(e.status, Status::Expired);
        assert_eq!(e.ended_at, Some(ts("2026-02-15T01:00:00Z")));
        // Reviewing and rejected ones wait for a decision: no deadline ends them.
        for s in [Status::Reviewing, Status::Rejected, Status::Ended] {
            a.status = s;
            a.valid_until = Some(ts("2026-02-14T00:00:00Z"));
            assert_eq!(as_of(a.clone(), ts("2026-12-01T00:00:00Z")).status, s);
        }
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
