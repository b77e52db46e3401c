//! Effective permissions (SPEC POS-4, PA-6, EA-1): which permissions an
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
}
