//! Authorised personal accounts (员工个人号授权, rules PA-1 … PA-8): the state machine,
//! the 48-hour invitation window and the validity period.

use super::machine::Machine;
use jiff::Timestamp;
use serde::Serialize;

use super::org::parse_code;
use super::validate::{DouyinId, IdentityNumber};
use crate::error::RuleViolation;

/// The states of docs/rules.md, plus `ended` for an authorisation ended because the
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

/// The machine of docs/rules.md: `invited` → `reviewing` → `active` or `rejected`;
/// `invited` → `expired` (48 h); `rejected` → `reviewing`; `active` →
/// `expired` (validity ended); any live binding → `ended`.
#[derive(Debug)]
pub struct Authorizations;

impl Machine for Authorizations {
    type State = Status;
    type Verb = Verb;
    const NOUN: &'static str = "authorisation of";
    const VERBS: &'static [Verb] = &[
        Verb::Accept,
        Verb::Review,
        Verb::Resubmit,
        Verb::Modify,
        Verb::End,
    ];

    fn verb_name(v: Verb) -> &'static str {
        match v {
            Verb::Accept => "accept",
            Verb::Review => "review",
            Verb::Resubmit => "resubmit",
            Verb::Modify => "modify",
            Verb::End => "end",
        }
    }

    fn state_code(s: Status) -> &'static str {
        s.code()
    }

    fn sources(v: Verb) -> &'static [Status] {
        match v {
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

    fn rule(v: Verb) -> &'static str {
        match v {
            Verb::Accept => "PA-2",
            Verb::Review | Verb::Resubmit => "PA-3",
            Verb::Modify => "PA-6",
            Verb::End => "PA-5",
        }
    }

    fn hint(s: Status) -> Option<&'static str> {
        matches!(s, Status::Expired | Status::Ended)
            .then_some("only a new invitation can start it again: `roster auth invite`")
    }
}

/// A step of the machine: a verb with what decides where it leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Accept,
    /// PA-3: the platform's decision.
    Review {
        approve: bool,
    },
    Resubmit,
    Modify,
    /// PA-5: an authorisation cannot be unbound; only an invitation or a
    /// rejected application can be withdrawn.
    End {
        reason: EndReason,
    },
}

impl Step {
    pub fn verb(self) -> Verb {
        match self {
            Step::Accept => Verb::Accept,
            Step::Review { .. } => Verb::Review,
            Step::Resubmit => Verb::Resubmit,
            Step::Modify => Verb::Modify,
            Step::End { .. } => Verb::End,
        }
    }
}

/// Whether `step` has already happened (see `employee::holds`).
pub fn holds(from: Status, step: Step) -> bool {
    matches!(
        (step, from),
        (Step::Review { approve: true }, Status::Active)
            | (Step::Review { approve: false }, Status::Rejected)
            | (Step::End { .. }, Status::Ended)
    )
}

/// Where `step` leads from `from`, or the refusal naming the allowed next
/// steps.
pub fn next(id: &str, from: Status, step: Step) -> Result<Status, RuleViolation> {
    super::machine::check::<Authorizations>(id, from, step.verb())?;
    if step
        == (Step::End {
            reason: EndReason::Withdrawn,
        })
        && !matches!(from, Status::Invited | Status::Rejected)
    {
        return Err(RuleViolation::new(
            "CANNOT_WITHDRAW",
            "PA-5",
            format!(
                "{id} is {}: only an invitation or a rejected application can be withdrawn; an authorisation cannot be unbound",
                from.code()
            ),
        ));
    }
    Ok(match step {
        Step::Accept | Step::Resubmit => Status::Reviewing,
        Step::Review { approve: true } => Status::Active,
        Step::Review { approve: false } => Status::Rejected,
        Step::Modify => from,
        Step::End { .. } => Status::Ended,
    })
}

pub fn next_steps(status: Status) -> Vec<&'static str> {
    super::machine::next_steps::<Authorizations>(status)
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

    /// A repeated step is a no-op only from the state it leads to (exit 0,
    /// `unchanged`); from anywhere else it is still a step or a refusal.
    #[test]
    fn a_repeated_step_holds_only_where_it_leads() {
        use Status::*;
        let end = Step::End {
            reason: EndReason::Withdrawn,
        };
        assert!(holds(Active, Step::Review { approve: true }));
        assert!(holds(Rejected, Step::Review { approve: false }));
        assert!(holds(Ended, end));
        assert!(!holds(Rejected, Step::Review { approve: true }));
        assert!(!holds(Active, Step::Review { approve: false }));
        assert!(!holds(Invited, end));
        assert!(!holds(Active, Step::Accept));
        assert!(!holds(Active, Step::Modify));
        assert!(!holds(Reviewing, Step::Resubmit));
    }

    /// End reasons are stored and shown by their codes, read back by them.
    #[test]
    fn end_reason_codes_round_trip() {
        for (reason, code) in EndReason::CODES {
            assert_eq!(reason.code(), code);
            assert_eq!(EndReason::parse(code), Ok(reason));
        }
    }

    /// A refusal names the state by its code and the rule of the verb.
    #[test]
    fn refusals_name_the_state_and_the_verbs_rule() {
        for (from, step, rule, says) in [
            (
                Status::Active,
                Step::Accept,
                "PA-2",
                "is active; `accept` needs it to be invited",
            ),
            (
                Status::Invited,
                Step::Review { approve: true },
                "PA-3",
                "is invited; `review` needs it to be reviewing",
            ),
            (
                Status::Active,
                Step::Resubmit,
                "PA-3",
                "is active; `resubmit` needs it to be rejected",
            ),
            (
                Status::Expired,
                Step::Modify,
                "PA-6",
                "is expired; `modify` needs it to be invited or reviewing or active or rejected",
            ),
            (
                Status::Ended,
                Step::End {
                    reason: EndReason::Withdrawn,
                },
                "PA-5",
                "is ended; `end` needs it",
            ),
        ] {
            let e = next("dy_a", from, step).unwrap_err();
            assert_eq!((e.code, e.rule), ("INVALID_STATE", rule), "{step:?}");
            assert!(e.message.contains(says), "{}", e.message);
            assert_eq!(e.details["status"], from.code());
        }
    }

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
        let e = next("dy_a", Status::Expired, Step::Accept).unwrap_err();
        assert_eq!(e.code, "INVALID_STATE");
        assert!(e.hint.unwrap().contains("auth invite"));
    }

    /// The authorisation machine (docs/rules.md), every step from every
    /// state: allowed exactly from the states the machine lists, to the
    /// state the rules name.
    #[test]
    fn spec4_every_step_from_every_state() {
        use Status::*;
        let steps = [
            (Step::Accept, Some(Reviewing)),
            (Step::Review { approve: true }, Some(Active)),
            (Step::Review { approve: false }, Some(Rejected)),
            (Step::Resubmit, Some(Reviewing)),
            (Step::Modify, None),
            (
                Step::End {
                    reason: EndReason::AccountDeregistered,
                },
                Some(Ended),
            ),
        ];
        for (from, _) in Status::CODES {
            for (step, to) in steps {
                let allowed = Authorizations::sources(step.verb()).contains(&from);
                match next("dy_a", from, step) {
                    Ok(got) => {
                        assert!(allowed, "{step:?} from {from:?}");
                        assert_eq!(got, to.unwrap_or(from));
                    }
                    Err(e) => {
                        assert!(!allowed, "{step:?} from {from:?}");
                        assert_eq!(e.rule, Authorizations::rule(step.verb()));
                    }
                }
            }
        }
        // PA-5: withdrawing is for what has not been granted yet.
        let withdraw = Step::End {
            reason: EndReason::Withdrawn,
        };
        assert_eq!(next("dy_a", Invited, withdraw), Ok(Ended));
        assert_eq!(next("dy_a", Rejected, withdraw), Ok(Ended));
        let e = next("dy_a", Active, withdraw).unwrap_err();
        assert_eq!((e.code, e.rule), ("CANNOT_WITHDRAW", "PA-5"));
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
