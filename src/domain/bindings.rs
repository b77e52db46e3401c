//! What one key may be at once: the roles a phone, a Douyin id, a
//! qualification subject and a person can hold, the table of which pairs
//! exclude each other and which are counted (rules AG-2, AG-3, SH-2, EA-11,
//! EA-12, PA-4, PA-8, UP-4, UP-5), and the refusal for each. Pure: the app
//! reads what a key holds now and asks `check`.
//!
//! The table is symmetric in what it allows: an end state (a key holding
//! roles A and B) is allowed or refused whatever the order the roles were
//! taken in. Only the code differs by order, because it names what the key
//! already holds — that is what has to go for the other role to be taken.

use serde_json::json;

use super::org::Org;
use super::policy::Policy;
use crate::error::RuleViolation;

/// The kinds of key a role binds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyKind {
    /// An 11-digit phone; a sub-account that logs in by email is held to
    /// the same sub-account rules by its email.
    Phone,
    DouyinId,
    /// A qualification subject: the unified social credit code behind shops.
    Subject,
    /// A person, by resident identity number.
    Person,
}

/// A role one key can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// The phone is the main account of an agency (AG-3).
    AgencyMain,
    /// The phone is the main account of a shop (SH-2).
    ShopMain,
    /// A live (enabled or disabled) sub-account of an agency (AG-2, AG-3).
    AgencySub,
    /// A live sub-account of a shop (SH-2).
    ShopSub,
    /// An enterprise employee account not withdrawn or deregistered (EA-11).
    EmployeeAccount,
    /// A live authorisation, pending invitations included (PA-4).
    AuthorisedAccount,
    /// The creator-marketplace identity (星图达人, EA-12, PA-8).
    Xingtu,
    /// One of the subject's shops is cross-border (UP-4).
    CrossBorderShop,
    /// A vertical official account of the subject, upgraded or reserved
    /// by a pending upgrade (UP-4).
    VerticalAccount,
    /// The person operates an official account, pending ones included
    /// (UP-5).
    Operator,
}

impl Role {
    pub const ALL: [Role; 10] = [
        Role::AgencyMain,
        Role::ShopMain,
        Role::AgencySub,
        Role::ShopSub,
        Role::EmployeeAccount,
        Role::AuthorisedAccount,
        Role::Xingtu,
        Role::CrossBorderShop,
        Role::VerticalAccount,
        Role::Operator,
    ];

    pub fn key(self) -> KeyKind {
        match self {
            Role::AgencyMain | Role::ShopMain | Role::AgencySub | Role::ShopSub => KeyKind::Phone,
            Role::EmployeeAccount | Role::AuthorisedAccount | Role::Xingtu => KeyKind::DouyinId,
            Role::CrossBorderShop | Role::VerticalAccount => KeyKind::Subject,
            Role::Operator => KeyKind::Person,
        }
    }
}

/// Why a role is refused, or counted: one stable code per condition. Two
/// carry the rule they are read from, because one condition is stated for
/// two kinds (a second main account of an agency or a shop; the
/// creator-marketplace identity against either kind of employee account).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// AG-2: the phone is already a sub-account of this agency.
    AlreadyBoundToAgency,
    /// AG-2: a sub-account of at most N agencies (counted).
    AgencyLimit,
    /// The phone is already the main account of an org of the kind asked
    /// for (decided: the phone is the main account's login): AG-3 for an
    /// agency, SH-2 for a shop.
    MainPhoneTaken(&'static str),
    /// AG-3: an agency's main account is a sub-account nowhere.
    PhoneIsAgencyMain,
    /// AG-3: a sub-account phone (of an agency or a shop) is no agency's
    /// main account.
    PhoneIsSubaccount,
    /// SH-2: a shop sub-account phone is no shop's main account.
    PhoneIsShopSubaccount,
    /// SH-2: a shop's main account is no shop's sub-account.
    PhoneIsShopMain,
    /// SH-2: the phone is already a sub-account of this shop.
    PhoneAlreadyInShop,
    /// SH-2: the phone is a sub-account of another shop.
    PhoneBoundToOtherShop,
    /// EA-11: the Douyin id is already an employee account.
    DouyinIdTaken,
    /// EA-11: an employee account cannot become an authorised one.
    IsEmployeeAccount,
    /// EA-11: an authorised personal account cannot become an employee
    /// account.
    IsAuthorizedPersonalAccount,
    /// PA-4: already bound to this enterprise.
    AlreadyBoundHere,
    /// PA-4: bound to another enterprise.
    BoundToOtherEnterprise,
    /// The creator-marketplace identity and an employee account of either
    /// kind exclude each other: EA-12 (employee account), PA-8
    /// (authorised personal account).
    XingtuExclusive(&'static str),
    /// UP-4: a cross-border subject has no vertical accounts.
    NoVerticalForCrossBorder,
    /// UP-4: a subject with vertical accounts cannot gain a cross-border
    /// shop.
    SubjectHasVertical,
    /// UP-5: one operator runs at most N official accounts (counted).
    OperatorLimit,
}

impl Why {
    pub fn code(self) -> &'static str {
        match self {
            Why::AlreadyBoundToAgency => "ALREADY_BOUND_TO_AGENCY",
            Why::AgencyLimit => "AGENCY_LIMIT",
            Why::MainPhoneTaken(_) => "MAIN_PHONE_TAKEN",
            Why::PhoneIsAgencyMain => "PHONE_IS_AGENCY_MAIN",
            Why::PhoneIsSubaccount => "PHONE_IS_SUBACCOUNT",
            Why::PhoneIsShopSubaccount => "PHONE_IS_SHOP_SUBACCOUNT",
            Why::PhoneIsShopMain => "PHONE_IS_SHOP_MAIN",
            Why::PhoneAlreadyInShop => "PHONE_ALREADY_IN_SHOP",
            Why::PhoneBoundToOtherShop => "PHONE_BOUND_TO_OTHER_SHOP",
            Why::DouyinIdTaken => "DOUYIN_ID_TAKEN",
            Why::IsEmployeeAccount => "IS_EMPLOYEE_ACCOUNT",
            Why::IsAuthorizedPersonalAccount => "IS_AUTHORIZED_PERSONAL_ACCOUNT",
            Why::AlreadyBoundHere => "ALREADY_BOUND_HERE",
            Why::BoundToOtherEnterprise => "BOUND_TO_OTHER_ENTERPRISE",
            Why::XingtuExclusive(_) => "XINGTU_EXCLUSIVE",
            Why::NoVerticalForCrossBorder => "NO_VERTICAL_FOR_CROSS_BORDER",
            Why::SubjectHasVertical => "SUBJECT_HAS_VERTICAL",
            Why::OperatorLimit => "OPERATOR_LIMIT",
        }
    }

    pub fn rule(self) -> &'static str {
        match self {
            Why::AlreadyBoundToAgency | Why::AgencyLimit => "AG-2",
            Why::PhoneIsAgencyMain | Why::PhoneIsSubaccount => "AG-3",
            Why::PhoneIsShopMain
            | Why::PhoneIsShopSubaccount
            | Why::PhoneAlreadyInShop
            | Why::PhoneBoundToOtherShop => "SH-2",
            Why::MainPhoneTaken(rule) | Why::XingtuExclusive(rule) => rule,
            Why::DouyinIdTaken | Why::IsEmployeeAccount | Why::IsAuthorizedPersonalAccount => {
                "EA-11"
            }
            Why::AlreadyBoundHere | Why::BoundToOtherEnterprise => "PA-4",
            Why::NoVerticalForCrossBorder | Why::SubjectHasVertical => "UP-4",
            Why::OperatorLimit => "UP-5",
        }
    }
}

/// What the table says about taking a role while holding another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Allowed,
    /// Allowed while the key holds fewer than the policy's limit of the
    /// role elsewhere (`Why` names the limit).
    Counted(Why),
    Refused(Why),
}

/// The table: may a key that holds `held` (at the same org as the new
/// role when `same_place`) take `taking`? Roles of different kinds of key
/// never meet. The order decisions (as the rules read):
/// - AG-3 "while a phone is a sub-account anywhere it cannot be the main
///   account of an agency": agency main and any sub-account exclude each
///   other, both orders;
/// - SH-2 refuses a shop sub-account on a shop's main phone: shop main
///   and shop sub-account exclude each other, both orders (the reverse
///   has its own code, PHONE_IS_SHOP_SUBACCOUNT);
/// - neither speaks of a shop main that is an agency sub-account, nor of
///   one phone serving an agency and a shop as sub-account, nor of an
///   agency main that is also a shop main: allowed, both orders;
/// - the allowed pairs are the match's last arm, not arms of their own (an
///   arm returning what the last arm returns is code no test can tell is
///   there); the tests' table names every pair of one kind of key with its
///   verdict, and fails on a pair it does not list;
/// - EA-11 both ways; EA-12 / PA-8 exclusive both ways; PA-4 one
///   enterprise at a time; UP-4 "cross-border subjects have no vertical
///   accounts" both ways; AG-2 and UP-5 count.
pub fn verdict(held: Role, taking: Role, same_place: bool) -> Verdict {
    use Role::*;
    use Verdict::{Allowed, Counted, Refused};
    if held.key() != taking.key() {
        return Allowed;
    }
    match (held, taking) {
        // One phone, one main account per kind (decided); an agency and a
        // shop are separate back-ends.
        (AgencyMain, AgencyMain) => Refused(Why::MainPhoneTaken("AG-3")),
        (ShopMain, ShopMain) => Refused(Why::MainPhoneTaken("SH-2")),
        (AgencyMain, AgencySub | ShopSub) => Refused(Why::PhoneIsAgencyMain),
        (AgencySub | ShopSub, AgencyMain) => Refused(Why::PhoneIsSubaccount),
        (ShopMain, ShopSub) => Refused(Why::PhoneIsShopMain),
        (ShopSub, ShopMain) => Refused(Why::PhoneIsShopSubaccount),
        (AgencySub, AgencySub) if same_place => Refused(Why::AlreadyBoundToAgency),
        (AgencySub, AgencySub) => Counted(Why::AgencyLimit),
        (ShopSub, ShopSub) if same_place => Refused(Why::PhoneAlreadyInShop),
        (ShopSub, ShopSub) => Refused(Why::PhoneBoundToOtherShop),

        (EmployeeAccount, EmployeeAccount) => Refused(Why::DouyinIdTaken),
        (EmployeeAccount, AuthorisedAccount) => Refused(Why::IsEmployeeAccount),
        (AuthorisedAccount, EmployeeAccount) => Refused(Why::IsAuthorizedPersonalAccount),
        (AuthorisedAccount, AuthorisedAccount) if same_place => Refused(Why::AlreadyBoundHere),
        (AuthorisedAccount, AuthorisedAccount) => Refused(Why::BoundToOtherEnterprise),
        (Xingtu, EmployeeAccount) | (EmployeeAccount, Xingtu) => {
            Refused(Why::XingtuExclusive("EA-12"))
        }
        (Xingtu, AuthorisedAccount) | (AuthorisedAccount, Xingtu) => {
            Refused(Why::XingtuExclusive("PA-8"))
        }

        (CrossBorderShop, VerticalAccount) => Refused(Why::NoVerticalForCrossBorder),
        (VerticalAccount, CrossBorderShop) => Refused(Why::SubjectHasVertical),

        (Operator, Operator) => Counted(Why::OperatorLimit),

        // Allowed: an agency main that is also a shop main, a shop main or
        // an agency sub-account on the other side, a phone that is a
        // sub-account of an agency and of a shop; the creator-marketplace
        // identity taken again (held or not, no new role); a second
        // cross-border shop or vertical account of a subject (how many
        // verticals is its UP-4 type quota, decided when the type is
        // chosen).
        _ => Allowed,
    }
}

/// The policy limit of a counted role.
fn limit(why: Why, policy: &Policy) -> u32 {
    match why {
        Why::AgencyLimit => policy.agencies_per_phone,
        Why::OperatorLimit => policy.accounts_per_operator,
        _ => u32::MAX,
    }
}

/// The org a role binds the key to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub id: i64,
    pub handle: String,
}

impl Place {
    pub fn of(org: &Org) -> Place {
        Place {
            id: org.id,
            handle: org.handle.clone(),
        }
    }
}

/// A role a key holds now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Held {
    pub role: Role,
    pub place: Option<Place>,
    /// What names the holding in a refusal besides its org: an employee
    /// account's login email, an authorisation's status.
    pub detail: Option<String>,
}

impl Held {
    pub fn new(role: Role) -> Held {
        Held {
            role,
            place: None,
            detail: None,
        }
    }

    pub fn at(role: Role, org: &Org) -> Held {
        Held {
            place: Some(Place::of(org)),
            ..Held::new(role)
        }
    }

    #[must_use]
    pub fn detail(mut self, detail: impl Into<String>) -> Held {
        self.detail = Some(detail.into());
        self
    }

    fn org(&self) -> &str {
        self.place.as_ref().map_or("", |p| p.handle.as_str())
    }

    fn detail_or<'a>(&'a self, default: &'a str) -> &'a str {
        self.detail.as_deref().unwrap_or(default)
    }
}

/// A role a key is about to take, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Taking {
    pub role: Role,
    pub place: Option<Place>,
}

impl Taking {
    pub fn new(role: Role) -> Taking {
        Taking { role, place: None }
    }

    pub fn at(role: Role, org: &Org) -> Taking {
        Taking {
            role,
            place: Some(Place::of(org)),
        }
    }
}

fn same_place(h: &Held, t: &Taking) -> bool {
    matches!((&h.place, &t.place), (Some(a), Some(b)) if a.id == b.id)
}

/// Pairs only: the first role `key` holds that excludes `taking`, as a
/// refusal. "Already there" (the same role at the same org) comes first,
/// since the way out is to edit what is there; then the holdings in the
/// order given.
pub fn excluded(key: &str, held: &[Held], taking: &Taking) -> Result<(), RuleViolation> {
    let refused: Vec<(&Held, Why)> = held
        .iter()
        .filter_map(
            |h| match verdict(h.role, taking.role, same_place(h, taking)) {
                Verdict::Refused(why) => Some((h, why)),
                _ => None,
            },
        )
        .collect();
    let first = refused
        .iter()
        .min_by_key(|(h, _)| !(h.role == taking.role && same_place(h, taking)));
    match first {
        Some((h, why)) => {
            let n = refused.iter().filter(|(_, w)| w == why).count();
            Err(refusal(key, h, taking, *why, n))
        }
        None => Ok(()),
    }
}

/// Whether `key`, holding `held` now, may take `taking`: the pairs of the
/// table, then the counted limits of `policy` (AG-2, UP-5).
pub fn check(
    key: &str,
    held: &[Held],
    taking: &Taking,
    policy: &Policy,
) -> Result<(), RuleViolation> {
    excluded(key, held, taking)?;
    let mut counted = held
        .iter()
        .filter_map(
            |h| match verdict(h.role, taking.role, same_place(h, taking)) {
                Verdict::Counted(why) => Some(why),
                _ => None,
            },
        )
        .peekable();
    if let Some(why) = counted.peek().copied() {
        let n = u32::try_from(counted.count()).unwrap_or(u32::MAX);
        let limit = limit(why, policy);
        if n >= limit {
            return Err(over_limit(key, why, n, limit));
        }
    }
    Ok(())
}

/// The refusal of `why`: `key` holds `h` (and `n` holdings in all refuse
/// for the same reason).
fn refusal(key: &str, h: &Held, taking: &Taking, why: Why, n: usize) -> RuleViolation {
    let org = h.org();
    let v = |message: String| RuleViolation::new(why.code(), why.rule(), message);
    match why {
        Why::AlreadyBoundToAgency => v(format!("{key} is already bound to this agency ({org})"))
            .hint(format!(
                "it is already there; `roster --org {org} subaccount edit {key}` changes its name or positions"
            )),
        Why::PhoneAlreadyInShop => v(format!(
            "{key} is already a sub-account of this shop ({org})"
        ))
        .hint(format!(
            "it is already there; `roster --org {org} subaccount edit {key}` changes its nickname, positions or IM"
        )),
        Why::PhoneBoundToOtherShop => v(format!(
            "{key} is a sub-account of shop {org}; a phone is a sub-account of one shop at a time"
        ))
        .hint(format!(
            "unbind it there first: `roster --org {org} subaccount delete {key}`"
        ))
        .details(json!({ "shop": org })),
        Why::MainPhoneTaken(_) => {
            let kind = if taking.role == Role::AgencyMain {
                "agency"
            } else {
                "shop"
            };
            v(format!(
                "phone {key} is already the main account of {kind} {org:?}; one phone is the main account of one {kind}"
            ))
            .hint(format!("give the new {kind} another main phone"))
            .details(json!({ "phone": key, "org": org }))
        }
        Why::PhoneIsAgencyMain => v(format!(
            "{key} is the main account of agency {org}; while it is, it cannot be a sub-account anywhere"
        ))
        .hint("a main account cannot be a sub-account; use another phone or email")
        .details(json!({ "phone": key, "org": org })),
        Why::PhoneIsShopMain => v(format!(
            "{key} is the main account of shop {org}; a shop's main account cannot be a shop sub-account"
        ))
        .hint("a main account cannot be a sub-account; use another phone or email")
        .details(json!({ "phone": key, "org": org })),
        Why::PhoneIsSubaccount => {
            let kind = if h.role == Role::ShopSub { "shop" } else { "agency" };
            v(format!(
                "{key} is a sub-account of {kind} {org} ({n} in all); while it is, it cannot be the main account of an agency"
            ))
            .hint("delete or revoke every sub-account of the phone first")
            .details(json!({ "phone": key, "org": org, "subaccounts": n }))
        }
        Why::PhoneIsShopSubaccount => v(format!(
            "{key} is a sub-account of shop {org}; a shop sub-account cannot be a shop's main account"
        ))
        .hint(format!(
            "unbind it there first: `roster --org {org} subaccount delete {key}`"
        ))
        .details(json!({ "phone": key, "org": org })),
        Why::DouyinIdTaken => v(format!(
            "Douyin id {key} is already the employee account {}",
            h.detail_or("")
        ))
        .details(json!({ "org": org })),
        Why::IsEmployeeAccount => v(format!(
            "{key} is the enterprise employee account {}; an employee account cannot become an authorised personal account",
            h.detail_or("")
        ))
        .details(json!({ "org": org })),
        Why::IsAuthorizedPersonalAccount => v(format!(
            "Douyin id {key} is an authorised personal account ({}) of {org}; it cannot become an employee account",
            h.detail_or("live")
        ))
        .details(json!({ "org": org, "status": h.detail })),
        Why::AlreadyBoundHere => v(format!(
            "{key} is already {} with {org}",
            h.detail_or("bound")
        ))
        .hint("`roster auth modify` changes modules; an expired or ended binding frees the account")
        .details(json!({ "org": org, "status": h.detail })),
        Why::BoundToOtherEnterprise => v(format!(
            "{key} is bound to another enterprise ({org}, {}); a personal account serves one enterprise at a time",
            h.detail_or("live")
        ))
        .hint("`roster auth modify` changes modules; an expired or ended binding frees the account")
        .details(json!({ "org": org, "status": h.detail })),
        Why::XingtuExclusive(_) => {
            // One wording whichever side came first (EA-12, PA-8).
            let (is, hint) = match h.role {
                Role::Xingtu => (
                    "holds the creator-marketplace identity".to_string(),
                    format!("`roster identity xingtu {key} --off` once the identity is given up"),
                ),
                Role::EmployeeAccount => (
                    format!("is the employee account {} of {org}", h.detail_or("")),
                    "the identity can be taken once the employee account is deregistered"
                        .to_string(),
                ),
                _ => (
                    format!(
                        "is an authorised personal account ({}) of {org}",
                        h.detail_or("live")
                    ),
                    "the identity can be taken once the authorisation has ended".to_string(),
                ),
            };
            v(format!(
                "{key} {is}: the creator-marketplace identity (星图达人) and an employee account of either kind (enterprise employee account or authorised personal account) exclude each other"
            ))
            .hint(hint)
        }
        Why::NoVerticalForCrossBorder => v(format!(
            "subject {key} has a cross-border shop, and cross-border subjects have no vertical accounts"
        ))
        .hint("choose --type dedicated, or leave --type out; a cross-border subject's vertical quota stays 0")
        .details(json!({ "subject": key })),
        Why::SubjectHasVertical => v(format!(
            "subject {key} holds {n} vertical official account(s) (pending upgrades included), and cross-border subjects have no vertical accounts"
        ))
        .hint("create the shop under another qualification subject, or without --cross-border; an account's type never changes once upgraded")
        .details(json!({ "subject": key, "vertical": n })),
        // Counted limits are refused by `over_limit`.
        Why::AgencyLimit | Why::OperatorLimit => over_limit(
            key,
            why,
            u32::try_from(n).unwrap_or(u32::MAX),
            u32::try_from(n).unwrap_or(u32::MAX),
        ),
    }
}

/// The refusal of a counted role at its limit.
fn over_limit(key: &str, why: Why, n: u32, limit: u32) -> RuleViolation {
    let v = |message: String| RuleViolation::new(why.code(), why.rule(), message);
    match why {
        Why::OperatorLimit => v(format!(
            "{key} already operates {n} official accounts (pending upgrades included); one operator runs at most {limit}"
        ))
        .hint("choose another operator, or move one of their accounts to someone else with `roster upgrade operator`")
        .details(json!({ "operated": n, "limit": limit })),
        _ => v(format!(
            "{key} is already a sub-account of {n} agencies; the most is {limit}"
        ))
        .hint("delete or revoke the phone's sub-account in another agency first")
        .details(json!({ "agencies": n, "limit": limit })),
    }
}

#[cfg(test)]
mod tests;
