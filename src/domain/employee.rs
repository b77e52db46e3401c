//! Enterprise employee accounts (企业员工号, rules EA-1 … EA-12): the state machine, the
//! proof-of-employment rule, and the eligibility reports (EA-12).

use super::machine::Machine;
use serde::Serialize;

use super::org::parse_code;
use super::version::AppVersion;
use crate::error::RuleViolation;

/// The states of docs/rules.md, plus `withdrawn` for a rejected first application that
/// was withdrawn (EA-5: frees the seat).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Reviewing,
    Active,
    Rejected,
    Withdrawn,
    Resigning,
    Vacant,
    Deregistering,
    Deregistered,
}

impl Status {
    pub const CODES: [(Status, &'static str); 8] = [
        (Status::Reviewing, "reviewing"),
        (Status::Active, "active"),
        (Status::Rejected, "rejected"),
        (Status::Withdrawn, "withdrawn"),
        (Status::Resigning, "resigning"),
        (Status::Vacant, "vacant"),
        (Status::Deregistering, "deregistering"),
        (Status::Deregistered, "deregistered"),
    ];

    pub fn code(self) -> &'static str {
        match self {
            Status::Reviewing => "reviewing",
            Status::Active => "active",
            Status::Rejected => "rejected",
            Status::Withdrawn => "withdrawn",
            Status::Resigning => "resigning",
            Status::Vacant => "vacant",
            Status::Deregistering => "deregistering",
            Status::Deregistered => "deregistered",
        }
    }

    pub fn parse(text: &str) -> Result<Self, String> {
        parse_code(&Self::CODES, text)
    }

    /// EN-3/EN-4: every account that is not withdrawn or deregistered holds
    /// a seat. Exhaustive on purpose: a new state must be classified here,
    /// and the SQL filters follow (`store::status`).
    pub fn holds_seat(self) -> bool {
        match self {
            Status::Reviewing
            | Status::Active
            | Status::Rejected
            | Status::Resigning
            | Status::Vacant
            | Status::Deregistering => true,
            Status::Withdrawn | Status::Deregistered => false,
        }
    }
}

/// The verbs that move an account between states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verb {
    Review,
    Resubmit,
    Withdraw,
    Activate,
    Assets,
    Resign,
    UnbindConfirm,
    Enable,
    Deregister,
    DeregisterReview,
}

/// The machine of docs/rules.md: `reviewing` → `active` or `rejected`; `active` →
/// `resigning` → `vacant`; `vacant` → `reviewing` (handover); `vacant` or
/// `active` → `deregistering` → `deregistered`.
#[derive(Debug)]
pub struct Accounts;

impl Machine for Accounts {
    type State = Status;
    type Verb = Verb;
    const NOUN: &'static str = "employee account";
    const VERBS: &'static [Verb] = &[
        Verb::Review,
        Verb::Resubmit,
        Verb::Withdraw,
        Verb::Activate,
        Verb::Assets,
        Verb::Resign,
        Verb::UnbindConfirm,
        Verb::Enable,
        Verb::Deregister,
        Verb::DeregisterReview,
    ];

    fn verb_name(v: Verb) -> &'static str {
        match v {
            Verb::Review => "review",
            Verb::Resubmit => "resubmit",
            Verb::Withdraw => "withdraw",
            Verb::Activate => "activate",
            Verb::Assets => "assets",
            Verb::Resign => "resign",
            Verb::UnbindConfirm => "unbind-confirm",
            Verb::Enable => "enable",
            Verb::Deregister => "deregister",
            Verb::DeregisterReview => "deregister-review",
        }
    }

    fn state_code(s: Status) -> &'static str {
        s.code()
    }

    fn sources(v: Verb) -> &'static [Status] {
        match v {
            Verb::Review => &[Status::Reviewing],
            Verb::Resubmit | Verb::Withdraw => &[Status::Rejected],
            Verb::Activate | Verb::Resign => &[Status::Active],
            Verb::Assets => &[Status::Active, Status::Resigning],
            Verb::UnbindConfirm => &[Status::Resigning],
            Verb::Enable => &[Status::Vacant],
            Verb::Deregister => &[Status::Active, Status::Vacant],
            Verb::DeregisterReview => &[Status::Deregistering],
        }
    }

    fn rule(v: Verb) -> &'static str {
        match v {
            Verb::Review | Verb::Resubmit | Verb::Withdraw => "EA-5",
            Verb::Activate => "EA-6",
            Verb::Assets | Verb::Resign | Verb::UnbindConfirm => "EA-8",
            Verb::Enable => "EA-9",
            Verb::Deregister | Verb::DeregisterReview => "EA-10",
        }
    }
}

/// A step of the machine: a verb with what decides where it leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// EA-5: the platform's decision.
    Review {
        approve: bool,
    },
    Resubmit,
    /// EA-5: a withdrawn application frees the seat; an account that was
    /// active once (a handover that was rejected) stays vacant.
    Withdraw {
        ever_active: bool,
    },
    Activate,
    Assets,
    /// EA-8: unsettled assets keep the account resigning until the unbind.
    Resign {
        unsettled: bool,
    },
    UnbindConfirm,
    Enable,
    Deregister,
    /// EA-10: a rejected request goes back to where it was filed from.
    DeregisterReview {
        approve: bool,
        filed_from: Option<Status>,
    },
}

impl Step {
    pub fn verb(self) -> Verb {
        match self {
            Step::Review { .. } => Verb::Review,
            Step::Resubmit => Verb::Resubmit,
            Step::Withdraw { .. } => Verb::Withdraw,
            Step::Activate => Verb::Activate,
            Step::Assets => Verb::Assets,
            Step::Resign { .. } => Verb::Resign,
            Step::UnbindConfirm => Verb::UnbindConfirm,
            Step::Enable => Verb::Enable,
            Step::Deregister => Verb::Deregister,
            Step::DeregisterReview { .. } => Verb::DeregisterReview,
        }
    }
}

/// Whether `step` has already happened: the account is where it leads, so
/// repeating it (a retried cron job or CI step) changes nothing and is no
/// refusal. Steps that carry new data (resubmit, enable) are not repeats.
pub fn holds(from: Status, step: Step) -> bool {
    matches!(
        (step, from),
        (Step::Review { approve: true }, Status::Active)
            | (Step::Review { approve: false }, Status::Rejected)
            | (Step::Withdraw { .. }, Status::Withdrawn)
            | (Step::Resign { .. }, Status::Resigning | Status::Vacant)
            | (Step::UnbindConfirm, Status::Vacant)
            | (Step::Deregister, Status::Deregistering)
            | (
                Step::DeregisterReview { approve: true, .. },
                Status::Deregistered
            )
    )
}

/// Where `step` leads from `from`, or the refusal naming the allowed next
/// steps.
pub fn next(email: &str, from: Status, step: Step) -> Result<Status, RuleViolation> {
    super::machine::check::<Accounts>(email, from, step.verb())?;
    Ok(match step {
        Step::Review { approve: true } => Status::Active,
        Step::Review { approve: false } => Status::Rejected,
        Step::Resubmit | Step::Enable => Status::Reviewing,
        Step::Withdraw { ever_active: true } => Status::Vacant,
        Step::Withdraw { ever_active: false } => Status::Withdrawn,
        Step::Activate | Step::Assets => from,
        Step::Resign { unsettled: true } => Status::Resigning,
        Step::Resign { unsettled: false } | Step::UnbindConfirm => Status::Vacant,
        Step::Deregister => Status::Deregistering,
        Step::DeregisterReview { approve: true, .. } => Status::Deregistered,
        Step::DeregisterReview {
            approve: false,
            filed_from,
        } => filed_from.unwrap_or(Status::Active),
    })
}

/// The verbs allowed from `status`: what a refusal offers as next steps.
pub fn next_steps(status: Status) -> Vec<&'static str> {
    super::machine::next_steps::<Accounts>(status)
}

/// The next steps of one account: `activate` only until it is activated.
pub fn next_steps_of(a: &Account) -> Vec<&'static str> {
    let mut steps = next_steps(a.status);
    if a.activated_at.is_some() {
        steps.retain(|s| *s != "activate");
    }
    steps
}

/// EA-3: how employment is proven.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Proof {
    /// Bears the company seal.
    Sealed,
    /// An individual business without a seal: the legal representative's
    /// signature with a written explanation.
    LegalRepSigned,
}

impl Proof {
    pub const CODES: [(Proof, &'static str); 2] = [
        (Proof::Sealed, "sealed"),
        (Proof::LegalRepSigned, "legal-rep-signed"),
    ];
    pub fn code(self) -> &'static str {
        match self {
            Proof::Sealed => "sealed",
            Proof::LegalRepSigned => "legal-rep-signed",
        }
    }
    pub fn parse(text: &str) -> Result<Self, String> {
        crate::domain::org::parse_code_or_word(&Self::CODES, &Self::WORDS, text)
    }
    /// What the proof says in Chinese (EA-3: 盖章 the company seal, 法人签字
    /// the legal representative's signature).
    pub const WORDS: [(Proof, &'static str); 6] = [
        (Proof::Sealed, "盖章"),
        (Proof::Sealed, "公章"),
        (Proof::Sealed, "加盖公章"),
        (Proof::LegalRepSigned, "法人签字"),
        (Proof::LegalRepSigned, "法定代表人签字"),
        (Proof::LegalRepSigned, "法人签名"),
    ];
}

/// EA-3: a signature instead of the seal only for an individual business.
/// Such a proof also needs a written explanation ([`needs_proof_note`]),
/// which is input the command must be given, not a rule to refuse by.
pub fn check_proof(proof: Proof, individual_business: bool) -> Result<(), RuleViolation> {
    match proof {
        Proof::Sealed => Ok(()),
        Proof::LegalRepSigned if !individual_business => Err(RuleViolation::new(
            "PROOF_NEEDS_SEAL",
            "EA-3",
            "proof of employment must bear the company seal; a legal representative's signature is accepted only from an individual business (个体户)",
        )
        .hint("give --proof sealed")),
        Proof::LegalRepSigned => Ok(()),
    }
}

/// EA-3: a proof signed by the legal representative comes with a written
/// explanation of why there is no seal.
pub fn needs_proof_note(proof: Proof) -> bool {
    proof == Proof::LegalRepSigned
}

/// EA-6: where the employee logs in to activate: the web, or the app at a
/// version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Client {
    Web,
    App(AppVersion),
}

/// EA-6: what `--app-version` says: `web` (or `pc`), or a version such as
/// `20.7`. Anything else is malformed input; the reason names the form.
pub fn parse_client(given: &str) -> Result<Client, String> {
    let t = given.trim();
    if t.eq_ignore_ascii_case("web") || t.eq_ignore_ascii_case("pc") {
        return Ok(Client::Web);
    }
    AppVersion::parse(t)
        .map(Client::App)
        .ok_or_else(|| format!("{given:?} is not an app version such as 20.7"))
}

/// EA-6: activation happens in the app at `min` or later; the web is not
/// supported.
pub fn check_client(
    client: &Client,
    min: &AppVersion,
    min_text: &str,
) -> Result<(), RuleViolation> {
    match client {
        Client::Web => Err(RuleViolation::new(
            "WEB_NOT_SUPPORTED",
            "EA-6",
            "employee accounts activate in the Douyin app only; the web version is not supported",
        )
        .hint(format!("log in with the app, version {min_text} or later"))),
        Client::App(v) if v < min => Err(RuleViolation::new(
            "APP_TOO_OLD",
            "EA-6",
            format!(
                "app version {v} is older than {min_text}, the first that can activate employee accounts"
            ),
        )
        .hint(format!("update the Douyin app to {min_text} or later"))
        .details(serde_json::json!({ "app_version": v.to_string(), "min_app_version": min_text }))),
        Client::App(_) => Ok(()),
    }
}

/// One unmet condition of an eligibility report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unmet {
    pub rule: &'static str,
    pub condition: String,
}

fn unmet(condition: impl Into<String>) -> Unmet {
    Unmet {
        rule: "EA-12",
        condition: condition.into(),
    }
}

/// Facts about the account that the platform knows and roster is told.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ShowcaseFacts {
    pub real_name: bool,
    pub deposit_paid: bool,
    pub public_videos: u32,
    pub followers: u32,
}

/// EA-12 showcase (橱窗): real name, the deposit, enough public videos, more
/// than enough followers. Never inherited from the main account, so nothing
/// the enterprise holds counts here.
pub fn showcase(
    f: &ShowcaseFacts,
    deposit_yuan: u32,
    min_videos: u32,
    min_followers: u32,
) -> Vec<Unmet> {
    let mut out = Vec::new();
    if !f.real_name {
        out.push(unmet("real-name verification is not done (--real-name)"));
    }
    if !f.deposit_paid {
        out.push(unmet(format!(
            "the showcase deposit of {deposit_yuan} yuan is not paid (--deposit-paid)"
        )));
    }
    if f.public_videos < min_videos {
        out.push(unmet(format!(
            "{} public videos; at least {min_videos} are needed",
            f.public_videos
        )));
    }
    if f.followers <= min_followers {
        out.push(unmet(format!(
            "{} followers; more than {min_followers} are needed",
            f.followers
        )));
    }
    out
}

/// A merchant-page module (商家页面) and the tools it needs granted.
pub const MERCHANT_MODULES: [(&str, &[&str]); 3] = [
    ("home.profile_card", &["home.profile_card"]),
    ("home.shop_activity", &["home.shop_activity"]),
    // EA-12: flash group-buy needs the group-buy tool as well.
    (
        "home.flash_group_buy",
        &["home.flash_group_buy", "video.group_buy"],
    ),
];

/// EA-12 merchant page: shown only if at least one module is configured and
/// approved and has its tools granted. `modules`: (code, approved).
pub fn merchant_page(modules: &[(String, bool)], granted: &[String]) -> Vec<Unmet> {
    let mut out = Vec::new();
    let mut ready = 0;
    for (code, approved) in modules {
        let needs = MERCHANT_MODULES
            .iter()
            .find(|(m, _)| m == code)
            .map(|(_, t)| *t)
            .unwrap_or(&[]);
        let missing: Vec<&str> = needs
            .iter()
            .copied()
            .filter(|t| !granted.iter().any(|g| g == t))
            .collect();
        if !approved {
            out.push(unmet(format!(
                "module {code} is configured but not approved"
            )));
        }
        if !missing.is_empty() {
            out.push(unmet(format!(
                "module {code} needs the tool(s) {} granted to the account",
                missing.join(", ")
            )));
        }
        if *approved && missing.is_empty() {
            ready += 1;
        }
    }
    if ready > 0 {
        return Vec::new();
    }
    if modules.is_empty() {
        out.push(unmet(
            "no merchant-page module is configured (--module CODE:approved)",
        ));
    }
    out
}

/// EA-12 / PA-8: the creator-marketplace identity (星图达人) and an employee
/// account exclude each other.
pub fn xingtu(has_xingtu: bool) -> Vec<Unmet> {
    if has_xingtu {
        vec![unmet(
            "the account holds the creator-marketplace identity (星图达人), which excludes an employee account",
        )]
    } else {
        Vec::new()
    }
}

/// An account with the names it refers to, and the initial password when
/// this very command created one (shown once, never stored in clear).
#[derive(Debug, Clone)]
pub struct AccountState {
    pub account: Account,
    pub org: String,
    pub position: String,
    pub department: Option<String>,
    pub initial_password: Option<String>,
}

#[cfg(test)]
mod tests;

/// An employee account as the store keeps it.
#[derive(Debug, Clone, PartialEq)]
pub struct Account {
    pub id: i64,
    pub org_id: i64,
    pub email: super::validate::Email,
    pub douyin_id: Option<super::validate::DouyinId>,
    pub status: Status,
    pub holder_name: String,
    pub holder_id: super::validate::IdentityNumber,
    pub contact_phone: Option<super::validate::Phone>,
    pub proof: Proof,
    pub proof_note: Option<String>,
    pub position_id: i64,
    pub department_id: Option<i64>,
    pub password_hash: String,
    pub initial_password_hash: String,
    pub activated_at: Option<jiff::Timestamp>,
    pub aux_phone: Option<super::validate::Phone>,
    pub app_version: Option<String>,
    pub ever_active: bool,
    pub unsettled_assets: bool,
    pub rejection_reason: Option<String>,
    pub deregister_from: Option<Status>,
    pub deregister_filed_at: Option<jiff::Timestamp>,
    pub deregister_due_at: Option<jiff::Timestamp>,
    /// EA-10, TM-1: the due date was counted on weekends alone, past the
    /// working-day calendar's years; the sweep recomputes it once covered.
    pub deregister_due_provisional: bool,
    pub deregister_materials: Vec<String>,
    pub deregister_overdue_at: Option<jiff::Timestamp>,
    pub created_at: jiff::Timestamp,
    pub updated_at: jiff::Timestamp,
}

/// SW-1 / EA-10: the account as it stands at `now`. A deregistration
/// request past its due instant is overdue from the second after it,
/// exactly as the sweep records it, whether or not the sweep has run.
pub fn as_of(mut a: Account, now: jiff::Timestamp) -> Account {
    if a.status == Status::Deregistering
        && a.deregister_overdue_at.is_none()
        && let Some(due) = a.deregister_due_at.filter(|d| *d < now)
    {
        a.deregister_overdue_at = Some(
            due.checked_add(jiff::SignedDuration::from_secs(1))
                .unwrap_or(due),
        );
    }
    a
}

/// One holder's period on an account (EA-9).
#[derive(Debug, Clone, PartialEq)]
pub struct Holder {
    pub holder_name: String,
    pub holder_id: super::validate::IdentityNumber,
    pub position_id: Option<i64>,
    pub since: jiff::Timestamp,
    pub until: Option<jiff::Timestamp>,
    pub end_reason: Option<String>,
}

/// EA-10: the four materials; the last may be either document.
pub const MATERIALS: [&str; 4] = [
    "business-licence",
    "legal-rep-id",
    "employee-id",
    "labour-contract|resignation-certificate",
];

/// EA-10: every material present; returns the missing ones by name.
pub fn missing_materials(given: &[String]) -> Vec<&'static str> {
    let has = |m: &str| given.iter().any(|g| g == m);
    let mut missing = Vec::new();
    for m in ["business-licence", "legal-rep-id", "employee-id"] {
        if !has(m) {
            missing.push(m);
        }
    }
    if !has("labour-contract") && !has("resignation-certificate") {
        missing.push("labour-contract|resignation-certificate");
    }
    missing
}

/// EA-10: the material codes roster knows.
pub fn known_material(code: &str) -> bool {
    matches!(
        code,
        "business-licence"
            | "legal-rep-id"
            | "employee-id"
            | "labour-contract"
            | "resignation-certificate"
    )
}

#[cfg(test)]
mod material_tests {
    use super::*;

    #[test]
    fn ea10_all_four_materials_required() {
        let all: Vec<String> = [
            "business-licence",
            "legal-rep-id",
            "employee-id",
            "resignation-certificate",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert!(missing_materials(&all).is_empty());
        assert_eq!(
            missing_materials(&all[..3]),
            vec!["labour-contract|resignation-certificate"]
        );
        assert_eq!(missing_materials(&[]).len(), 4);
    }
}
