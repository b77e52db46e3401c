//! Shop official account upgrade (店铺官方账号升级, rules UP-1 … UP-8): states, account
//! types and their per-subject quotas, eligibility, posting limits.

use jiff::Timestamp;
use serde::Serialize;

use super::bindings::{self, Held, Role, Taking};
use super::org::{ShopType, parse_code};
use super::validate::{DouyinId, IdentityNumber, Phone};
use crate::error::RuleViolation;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Reviewing,
    Upgraded,
    Rejected,
    Expired,
    Cancelled,
}

impl Status {
    pub const CODES: [(Status, &'static str); 5] = [
        (Status::Reviewing, "reviewing"),
        (Status::Upgraded, "upgraded"),
        (Status::Rejected, "rejected"),
        (Status::Expired, "expired"),
        (Status::Cancelled, "cancelled"),
    ];
    pub fn code(self) -> &'static str {
        match self {
            Status::Reviewing => "reviewing",
            Status::Upgraded => "upgraded",
            Status::Rejected => "rejected",
            Status::Expired => "expired",
            Status::Cancelled => "cancelled",
        }
    }
    pub fn parse(text: &str) -> Result<Self, String> {
        parse_code(&Self::CODES, text)
    }
    /// Holds (or reserves) an account-type seat and an operator slot.
    /// Exhaustive on purpose: a new state must be classified here, and the
    /// SQL filters follow (`store::status`).
    pub fn is_live(self) -> bool {
        match self {
            Status::Reviewing | Status::Upgraded => true,
            Status::Rejected | Status::Expired | Status::Cancelled => false,
        }
    }
    /// UP-6: a new attempt may start from here.
    /// UP-6: a new attempt may start from here (the machine's `start`).
    pub fn can_restart(self) -> bool {
        use super::machine::Machine;
        Upgrades::sources(Verb::Start).contains(&self)
    }
}

/// UP-2: who started the upgrade.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Manual,
    Automatic,
}

impl Mode {
    pub const CODES: [(Mode, &'static str); 2] =
        [(Mode::Manual, "manual"), (Mode::Automatic, "automatic")];
    pub fn code(self) -> &'static str {
        match self {
            Mode::Manual => "manual",
            Mode::Automatic => "automatic",
        }
    }
    pub fn parse(text: &str) -> Result<Self, String> {
        parse_code(&Self::CODES, text)
    }
}

/// UP-4 account types, in the order an unspecified type is chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AccountType {
    Main,
    Vertical,
    Dedicated,
}

impl AccountType {
    pub const CODES: [(AccountType, &'static str); 3] = [
        (AccountType::Main, "main"),
        (AccountType::Vertical, "vertical"),
        (AccountType::Dedicated, "dedicated"),
    ];
    pub const ORDER: [AccountType; 3] = [
        AccountType::Main,
        AccountType::Vertical,
        AccountType::Dedicated,
    ];
    pub fn code(self) -> &'static str {
        match self {
            AccountType::Main => "main",
            AccountType::Vertical => "vertical",
            AccountType::Dedicated => "dedicated",
        }
    }
    pub fn parse(text: &str) -> Result<Self, String> {
        parse_code(&Self::CODES, text)
    }
}

/// UP-4: seats per type for one subject, and how many are taken (upgraded
/// accounts plus reservations of pending ones).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct TypeSeats {
    pub main: u32,
    pub vertical: u32,
    pub dedicated: u32,
}

impl TypeSeats {
    pub fn get(&self, t: AccountType) -> u32 {
        match t {
            AccountType::Main => self.main,
            AccountType::Vertical => self.vertical,
            AccountType::Dedicated => self.dedicated,
        }
    }
    pub fn add(&mut self, t: AccountType) {
        match t {
            AccountType::Main => self.main += 1,
            AccountType::Vertical => self.vertical += 1,
            AccountType::Dedicated => self.dedicated += 1,
        }
    }
}

/// UP-4: the limits of a subject: exactly one main; vertical and dedicated
/// from the subject's setting; none vertical for a cross-border subject.
pub fn limits(vertical: u32, dedicated: u32, cross_border: bool) -> TypeSeats {
    TypeSeats {
        main: 1,
        vertical: if cross_border { 0 } else { vertical },
        dedicated,
    }
}

/// UP-4: the type an upgrade takes: the explicit one if it has room
/// (refused otherwise), else main, vertical, dedicated, first with room.
pub fn pick_type(
    explicit: Option<AccountType>,
    used: TypeSeats,
    limit: TypeSeats,
    cross_border: bool,
    subject: &str,
) -> Result<AccountType, RuleViolation> {
    let room = |t: AccountType| used.get(t) < limit.get(t);
    let details = serde_json::json!({ "subject": subject, "used": used, "limit": limit });
    // The cross-border refusal is the bindings table's (UP-4, both ways);
    // without --type a cross-border subject's vertical limit of 0 skips it.
    if explicit == Some(AccountType::Vertical) && cross_border {
        bindings::excluded(
            subject,
            &[Held::new(Role::CrossBorderShop)],
            &Taking::new(Role::VerticalAccount),
        )
        .map_err(|v| v.details(details.clone()))?;
    }
    match explicit {
        Some(t) if room(t) => Ok(t),
        Some(t) => Err(RuleViolation::new(
            "ACCOUNT_TYPE_FULL",
            "UP-4",
            format!(
                "subject {subject} has no room for another {} account ({} of {} taken, pending upgrades included)",
                t.code(),
                used.get(t),
                limit.get(t)
            ),
        )
        .hint("leave --type out to take the first type with room, or raise the subject's quota with `roster upgrade quota`")
        .details(details)),
        None => AccountType::ORDER
            .into_iter()
            .find(|t| room(*t))
            .ok_or_else(|| {
                RuleViolation::new(
                    "NO_ACCOUNT_TYPE_FREE",
                    "UP-4",
                    format!("subject {subject} has no main, vertical or dedicated account free"),
                )
                .hint("raise the subject's quota with `roster upgrade quota`, or cancel an upgrade")
                .details(details)
            }),
    }
}

/// UP-1: which shops can upgrade.
pub fn check_shop_type(shop_type: ShopType) -> Result<(), RuleViolation> {
    if shop_type == ShopType::Personal {
        return Err(RuleViolation::new(
            "SHOP_TYPE_NOT_ELIGIBLE",
            "UP-1",
            "a personal shop (个人店) cannot upgrade an official account",
        )
        .hint("eligible: official-flagship, flagship, specialty, franchise, enterprise, individual-business (cross-border too)"));
    }
    Ok(())
}

/// UP-7: the daily posting limit before and after the upgrade.
pub fn posting_limit(status: Status, before: u32, after: u32) -> u32 {
    if status == Status::Upgraded {
        after
    } else {
        before
    }
}

/// UP-3: an automatic upgrade can be cancelled strictly before its
/// deadline.
pub fn cancel_open(deadline: Timestamp, now: Timestamp) -> bool {
    now < deadline
}

/// UP-6: a pending upgrade has expired at its deadline.
pub fn review_expired(expires_at: Timestamp, now: Timestamp) -> bool {
    now >= expires_at
}

/// SW-1 / UP-6: the instant a pending upgrade expired, if it has by `now`.
pub fn lapsed_at(u: &Upgrade, now: Timestamp) -> Option<Timestamp> {
    if u.status != Status::Reviewing {
        return None;
    }
    u.review_expires_at.filter(|e| review_expired(*e, now))
}

/// SW-1: the upgrade as it stands at `now`. A pending upgrade past its
/// deadline is expired from that instant, exactly as the sweep records it,
/// so that no answer depends on whether the sweep has run.
pub fn as_of(mut u: Upgrade, now: Timestamp) -> Upgrade {
    if lapsed_at(&u, now).is_some() {
        u.status = Status::Expired;
    }
    u
}

/// UP-3: an automatic upgrade that can still be cancelled at `now`; the
/// window closes at its deadline whether or not the sweep has recorded it.
pub fn cancel_window_open(u: &Upgrade, now: Timestamp) -> bool {
    u.status == Status::Upgraded
        && u.mode == Mode::Automatic
        && u.cancel_deadline.is_some_and(|d| cancel_open(d, now))
}

/// The verbs that move an upgrade between states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verb {
    Start,
    Review,
    Operator,
    Cancel,
}

/// The machine of docs/rules.md: `reviewing` → `upgraded` or `rejected`; `reviewing`
/// → `expired` (7 days, UP-6); `upgraded` (automatic) → `cancelled` within
/// 30 days (UP-3); a rejected, expired or cancelled upgrade starts again.
#[derive(Debug)]
pub struct Upgrades;

impl super::machine::Machine for Upgrades {
    type State = Status;
    type Verb = Verb;
    const NOUN: &'static str = "upgrade of";
    const VERBS: &'static [Verb] = &[Verb::Start, Verb::Review, Verb::Operator, Verb::Cancel];

    fn verb_name(v: Verb) -> &'static str {
        match v {
            Verb::Start => "start",
            Verb::Review => "review",
            Verb::Operator => "operator",
            Verb::Cancel => "cancel",
        }
    }

    fn state_code(s: Status) -> &'static str {
        s.code()
    }

    fn sources(v: Verb) -> &'static [Status] {
        match v {
            Verb::Start => &[Status::Rejected, Status::Expired, Status::Cancelled],
            Verb::Review => &[Status::Reviewing],
            Verb::Operator => &[Status::Reviewing, Status::Upgraded],
            Verb::Cancel => &[Status::Upgraded],
        }
    }

    fn rule(v: Verb) -> &'static str {
        match v {
            Verb::Start | Verb::Review => "UP-6",
            Verb::Operator => "UP-5",
            Verb::Cancel => "UP-3",
        }
    }
}

/// A step of the machine: a verb with what decides where it leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// UP-6: the platform's decision.
    Review {
        approve: bool,
    },
    Operator,
    Cancel,
}

impl Step {
    pub fn verb(self) -> Verb {
        match self {
            Step::Review { .. } => Verb::Review,
            Step::Operator => Verb::Operator,
            Step::Cancel => Verb::Cancel,
        }
    }
}

/// The next steps of one upgrade at `now`: `cancel` only while an
/// automatic upgrade's window is open (UP-3).
pub fn next_steps_of(u: &Upgrade, now: Timestamp) -> Vec<&'static str> {
    let mut steps = super::machine::next_steps::<Upgrades>(u.status);
    if !cancel_window_open(u, now) {
        steps.retain(|s| *s != "cancel");
    }
    steps
}

/// Whether `step` has already happened (see `employee::holds`).
pub fn holds(from: Status, step: Step) -> bool {
    matches!(
        (step, from),
        (Step::Review { approve: true }, Status::Upgraded)
            | (Step::Review { approve: false }, Status::Rejected)
            | (Step::Cancel, Status::Cancelled)
    )
}

/// Where `step` leads from the upgrade `u` at `now`, or the refusal: a
/// review after the 7 days names its deadline (UP-6), a cancel needs an
/// automatic upgrade within its 30 days (UP-3), any other step from a state
/// it does not start from is `INVALID_STATE` with the next steps.
pub fn next(u: &Upgrade, now: Timestamp, step: Step) -> Result<Status, RuleViolation> {
    let id = u.douyin_id.as_str();
    if step.verb() == Verb::Review
        && u.status == Status::Expired
        && let Some(exp) = u.review_expires_at
    {
        return Err(RuleViolation::new(
            "REVIEW_EXPIRED",
            "UP-6",
            format!(
                "the upgrade of {id} expired at {} without a decision",
                crate::clock::fmt(exp)
            ),
        )
        .hint("start a new attempt with `roster upgrade start`")
        .details(serde_json::json!({ "review_expires_at": crate::clock::fmt(exp) })));
    }
    {
        use super::machine::Machine;
        if !Upgrades::sources(step.verb()).contains(&u.status) {
            let needs: Vec<&str> = Upgrades::sources(step.verb())
                .iter()
                .map(|s| s.code())
                .collect();
            return Err(super::machine::invalid_state(
                Upgrades::NOUN,
                id,
                u.status.code(),
                Upgrades::verb_name(step.verb()),
                &needs,
                Upgrades::rule(step.verb()),
                &next_steps_of(u, now),
            ));
        }
    }
    Ok(match step {
        Step::Review { approve: true } => Status::Upgraded,
        Step::Review { approve: false } => Status::Rejected,
        Step::Operator => u.status,
        Step::Cancel => {
            if u.mode != Mode::Automatic {
                return Err(RuleViolation::new(
                    "NOT_AUTOMATIC",
                    "UP-3",
                    format!(
                        "{id} was upgraded at the merchant's request; only an automatic upgrade can be cancelled"
                    ),
                ));
            }
            match u.cancel_deadline {
                Some(d) if cancel_open(d, now) => Status::Cancelled,
                deadline => {
                    let at = deadline.map(crate::clock::fmt).unwrap_or_default();
                    return Err(RuleViolation::new(
                        "CANCEL_WINDOW_CLOSED",
                        "UP-3",
                        format!(
                            "the automatic upgrade of {id} can no longer be cancelled: the window closed at {at}"
                        ),
                    )
                    .details(serde_json::json!({ "cancel_deadline": at })));
                }
            }
        }
    })
}

/// One attempt of an upgrade (UP-6): how it started and how it ended.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Attempt {
    pub n: u32,
    pub mode: &'static str,
    pub started_at: String,
    pub outcome: Option<String>,
    pub ended_at: Option<String>,
    pub reason: Option<String>,
}

/// An upgrade as the store keeps it: the latest attempt of one account.
#[derive(Debug, Clone, PartialEq)]
pub struct Upgrade {
    pub id: i64,
    pub douyin_id: DouyinId,
    pub shop_id: i64,
    pub subject: String,
    pub status: Status,
    pub mode: Mode,
    pub account_type: Option<AccountType>,
    pub type_explicit: bool,
    pub holder_name: String,
    pub holder_id: IdentityNumber,
    pub holder_phone: Phone,
    pub operator_name: String,
    pub operator_id: IdentityNumber,
    pub operator_phone: Phone,
    pub attempts: u32,
    pub started_at: Timestamp,
    pub review_expires_at: Option<Timestamp>,
    pub upgraded_at: Option<Timestamp>,
    pub cancel_deadline: Option<Timestamp>,
    pub cancel_closed_at: Option<Timestamp>,
    pub decided_at: Option<Timestamp>,
    pub rejection_reason: Option<String>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// An upgrade with its shop's handle and its attempts.
#[derive(Debug, Clone)]
pub struct UpgradeState {
    pub upgrade: Upgrade,
    pub shop: String,
    pub attempts: Vec<Attempt>,
    pub posting_limit: u32,
    pub cancel_final: bool,
}

#[cfg(test)]
mod tests;
