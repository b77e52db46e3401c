//! The one shape of every state machine here (employee accounts,
//! authorisations, upgrades, sub-accounts): a machine names its verbs, the
//! states each verb may start from and the rule that says so; for a step (a
//! verb with what decides where it leads) and a state, the domain answers
//! the next state or the refusal. The use cases only load, ask, save and
//! audit.

use crate::error::RuleViolation;

/// A state machine of docs/rules.md (employee accounts, authorisations,
/// upgrades, sub-accounts).
pub trait Machine {
    type State: Copy + PartialEq + 'static;
    type Verb: Copy + PartialEq + 'static;
    /// What a refusal calls the object ("employee account").
    const NOUN: &'static str;
    /// Every verb, in the order next steps are listed.
    const VERBS: &'static [Self::Verb];
    fn verb_name(v: Self::Verb) -> &'static str;
    fn state_code(s: Self::State) -> &'static str;
    /// The states `v` may start from.
    fn sources(v: Self::Verb) -> &'static [Self::State];
    /// The rule that allows `v` (the rule a refusal cites).
    fn rule(v: Self::Verb) -> &'static str;
    /// The way out a refusal from `s` names, when the next steps do not.
    fn hint(_s: Self::State) -> Option<&'static str> {
        None
    }
}

/// The verbs a machine allows from `s`: what a view and a refusal offer as
/// next steps.
pub fn next_steps<M: Machine>(s: M::State) -> Vec<&'static str> {
    M::VERBS
        .iter()
        .filter(|v| M::sources(**v).contains(&s))
        .map(|v| M::verb_name(*v))
        .collect()
}

/// Whether `verb` may start from `s`; the refusal names the state, the
/// states the verb needs, the rule and the allowed next steps.
pub fn check<M: Machine>(key: &str, s: M::State, verb: M::Verb) -> Result<(), RuleViolation> {
    if M::sources(verb).contains(&s) {
        return Ok(());
    }
    let needs: Vec<&str> = M::sources(verb).iter().map(|x| M::state_code(*x)).collect();
    let v = invalid_state(
        M::NOUN,
        key,
        M::state_code(s),
        M::verb_name(verb),
        &needs,
        M::rule(verb),
        &next_steps::<M>(s),
    );
    Err(match M::hint(s) {
        Some(h) => v.hint(h),
        None => v,
    })
}

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
