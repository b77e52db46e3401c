//! Sub-accounts of agencies (AG-1 … AG-6) and shops (SH-1 … SH-4): states, the
//! machine, the record.

use super::machine::Machine;
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
        SubAccounts::verb_name(self)
    }
}

/// The machine of docs/rules.md: `enabled` ⇄ `disabled`; either → `deleted` (the
/// org's act, AG-5) or `revoked` (the holder's own act, AG-6).
#[derive(Debug)]
pub struct SubAccounts;

impl Machine for SubAccounts {
    type State = Status;
    type Verb = Verb;
    const NOUN: &'static str = "sub-account";
    const VERBS: &'static [Verb] = &[
        Verb::Edit,
        Verb::Disable,
        Verb::Enable,
        Verb::Delete,
        Verb::Revoke,
    ];

    fn verb_name(v: Verb) -> &'static str {
        match v {
            Verb::Edit => "edit",
            Verb::Disable => "disable",
            Verb::Enable => "enable",
            Verb::Delete => "delete",
            Verb::Revoke => "revoke",
        }
    }

    fn state_code(s: Status) -> &'static str {
        s.code()
    }

    fn sources(v: Verb) -> &'static [Status] {
        match v {
            Verb::Edit | Verb::Delete | Verb::Revoke => &[Status::Enabled, Status::Disabled],
            Verb::Disable => &[Status::Enabled],
            Verb::Enable => &[Status::Disabled],
        }
    }

    fn rule(v: Verb) -> &'static str {
        match v {
            Verb::Edit => "AG-4",
            Verb::Disable | Verb::Enable | Verb::Delete => "AG-5",
            Verb::Revoke => "AG-6",
        }
    }
}

/// Whether `verb` has already happened (see `employee::holds`).
pub fn holds(from: Status, verb: Verb) -> bool {
    matches!(
        (verb, from),
        (Verb::Disable, Status::Disabled)
            | (Verb::Enable, Status::Enabled)
            | (Verb::Delete, Status::Deleted)
            | (Verb::Revoke, Status::Revoked)
    )
}

/// Where `verb` leads from `from`, or the refusal naming the allowed next
/// steps.
pub fn next(key: &str, from: Status, verb: Verb) -> Result<Status, RuleViolation> {
    super::machine::check::<SubAccounts>(key, from, verb)?;
    Ok(match verb {
        Verb::Edit => from,
        Verb::Disable => Status::Disabled,
        Verb::Enable => Status::Enabled,
        Verb::Delete => Status::Deleted,
        Verb::Revoke => Status::Revoked,
    })
}

pub fn next_steps(status: Status) -> Vec<&'static str> {
    super::machine::next_steps::<SubAccounts>(status)
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
/// A sub-account with its org's handle and its positions' names.
#[derive(Debug, Clone)]
pub struct SubState {
    pub sub: SubAccount,
    pub org: String,
    pub kind: crate::domain::org::OrgKind,
    pub positions: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A repeated verb is a no-op only from the state it leads to.
    #[test]
    fn a_repeated_verb_holds_only_where_it_leads() {
        use Status::*;
        assert!(holds(Disabled, Verb::Disable));
        assert!(holds(Enabled, Verb::Enable));
        assert!(holds(Deleted, Verb::Delete));
        assert!(holds(Revoked, Verb::Revoke));
        assert!(!holds(Enabled, Verb::Disable));
        assert!(!holds(Disabled, Verb::Enable));
        assert!(!holds(Revoked, Verb::Delete));
        assert!(!holds(Deleted, Verb::Revoke));
        assert!(!holds(Enabled, Verb::Edit));
    }

    /// A refusal names the state by its code and the rule of the verb.
    #[test]
    fn refusals_name_the_state_and_the_verbs_rule() {
        for (from, verb, rule, says) in [
            (
                Status::Deleted,
                Verb::Edit,
                "AG-4",
                "is deleted; `edit` needs it to be enabled or disabled",
            ),
            (
                Status::Disabled,
                Verb::Disable,
                "AG-5",
                "is disabled; `disable` needs it to be enabled",
            ),
            (
                Status::Revoked,
                Verb::Revoke,
                "AG-6",
                "is revoked; `revoke` needs it to be enabled or disabled",
            ),
        ] {
            let e = next("13800138000", from, verb).unwrap_err();
            assert_eq!((e.code, e.rule), ("INVALID_STATE", rule), "{verb:?}");
            assert!(e.message.contains(says), "{}", e.message);
            assert_eq!(e.details["status"], from.code());
        }
    }

    #[test]
    fn ag5_disable_enable_delete_transitions() {
        assert_eq!(
            next("k", Status::Enabled, Verb::Disable),
            Ok(Status::Disabled)
        );
        assert!(next("k", Status::Disabled, Verb::Disable).is_err());
        assert!(next("k", Status::Deleted, Verb::Enable).is_err());
        assert!(next_steps(Status::Revoked).is_empty());
    }

    /// The sub-account machine (docs/rules.md), every verb from every state.
    #[test]
    fn spec6_every_verb_from_every_state() {
        use Status::*;
        for (from, _) in Status::CODES {
            for verb in SubAccounts::VERBS {
                let allowed = SubAccounts::sources(*verb).contains(&from);
                match next("k", from, *verb) {
                    Ok(to) => {
                        assert!(allowed, "{verb:?} from {from:?}");
                        let want = match verb {
                            Verb::Edit => from,
                            Verb::Disable => Disabled,
                            Verb::Enable => Enabled,
                            Verb::Delete => Deleted,
                            Verb::Revoke => Revoked,
                        };
                        assert_eq!(to, want);
                    }
                    Err(e) => {
                        assert!(!allowed, "{verb:?} from {from:?}");
                        assert_eq!(e.rule, SubAccounts::rule(*verb));
                    }
                }
            }
        }
        assert_eq!(
            next_steps_in(crate::domain::org::OrgKind::Shop, Enabled),
            ["edit", "disable", "delete"]
        );
        assert_eq!(next_steps(Enabled), ["edit", "disable", "delete", "revoke"]);
    }
}
