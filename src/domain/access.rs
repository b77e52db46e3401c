//! Effective permissions (rules POS-4, PA-6, EA-1): which permissions an
//! account holds in a given state, and through what.

use jiff::Timestamp;

/// One permission an account holds, and what gives it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Grant {
    pub permission: String,
    /// `position:ORG/NAME` or `authorization:ORG`.
    pub via: String,
    /// PA-1: the grant ends with the authorisation's validity.
    pub expires_at: Option<Timestamp>,
}

/// The grants of positions (name, permissions) held through `org`: the
/// union, each permission once per position that gives it (POS-4).
pub fn from_positions(org: &str, positions: &[(String, Vec<String>)]) -> Vec<Grant> {
    let mut out: Vec<Grant> = positions
        .iter()
        .flat_map(|(name, perms)| {
            perms.iter().map(move |p| Grant {
                permission: p.clone(),
                via: format!("position:{org}/{name}"),
                expires_at: None,
            })
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The grants of an authorisation's modules (PA-6), ending with its
/// validity (PA-1).
pub fn from_modules(org: &str, modules: &[String], valid_until: Option<Timestamp>) -> Vec<Grant> {
    let mut out: Vec<Grant> = modules
        .iter()
        .map(|m| Grant {
            permission: m.clone(),
            via: format!("authorization:{org}"),
            expires_at: valid_until,
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Whether an account holds a permission, and which orgs give it through
/// what.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answer {
    pub allowed: bool,
    pub orgs: Vec<String>,
    pub via: Vec<String>,
}

impl Answer {
    /// The org the answer names when none was asked about: the first
    /// granting org by handle, or none when nothing grants it.
    pub fn first_org(&self) -> Option<&str> {
        self.orgs.first().map(String::as_str)
    }
}

/// The answer to "does the account hold this permission?" from the grants
/// that give it, each `(org handle, via)`. A phone may be a sub-account of
/// twenty agencies (AG-2), and an email both an employee login and a
/// sub-account, so the answer says which orgs grant it: `orgs` every one,
/// by handle; `via` every source once, sorted.
pub fn answer(grants: impl IntoIterator<Item = (String, String)>) -> Answer {
    let (mut orgs, mut via): (Vec<String>, Vec<String>) = grants.into_iter().unzip();
    orgs.sort();
    orgs.dedup();
    via.sort();
    via.dedup();
    Answer {
        allowed: !via.is_empty(),
        orgs,
        via,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pos4_union_of_positions_keeps_every_source() {
        let g = from_positions(
            "acme",
            &[
                (
                    "Ops".into(),
                    vec!["agency.tasks".into(), "agency.data".into()],
                ),
                ("Finance".into(), vec!["agency.data".into()]),
            ],
        );
        let perms: Vec<&str> = g.iter().map(|g| g.permission.as_str()).collect();
        assert_eq!(perms, vec!["agency.data", "agency.data", "agency.tasks"]);
        assert!(g.iter().any(|g| g.via == "position:acme/Finance"));
    }

    #[test]
    fn pa1_module_grants_end_with_validity() {
        let until: Timestamp = "2026-03-01T15:59:59Z".parse().unwrap();
        let g = from_modules("acme", &["backend.video".into()], Some(until));
        assert_eq!(g[0].expires_at, Some(until));
        assert_eq!(g[0].via, "authorization:acme");
    }

    #[test]
    fn ag2_answer_names_every_granting_org_first_by_handle() {
        let a = answer([
            ("star".to_string(), "position:star/运营".to_string()),
            ("moon".to_string(), "position:moon/达人".to_string()),
            ("star".to_string(), "position:star/财务".to_string()),
            ("star".to_string(), "position:star/运营".to_string()),
        ]);
        assert!(a.allowed);
        assert_eq!(a.orgs, ["moon", "star"]);
        assert_eq!(a.first_org(), Some("moon"));
        assert_eq!(
            a.via,
            [
                "position:moon/达人",
                "position:star/财务",
                "position:star/运营"
            ]
        );
    }

    #[test]
    fn pos4_no_grant_is_no_and_names_no_org() {
        let a = answer(Vec::new());
        assert!(!a.allowed);
        assert!(a.orgs.is_empty() && a.via.is_empty());
        assert_eq!(a.first_org(), None);
    }
}
