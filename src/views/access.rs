//! Who holds which permission (POS-4).

use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct AccessView {
    pub account: String,
    /// The org asked about (`--org`); without one, the first org (by
    /// handle) that grants the permission, or null when none does.
    pub org: Option<String>,
    pub permission: String,
    pub at: String,
    pub allowed: bool,
    /// The positions or grants that give it (`position:acme/Sales`,
    /// `authorization:acme` …).
    pub via: Vec<String>,
    /// Every org (by handle) that grants it, within the scope asked about.
    pub orgs: Vec<String>,
}

/// One (account, org, permission) in force, with everything that gives it.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct GrantView {
    pub account: String,
    pub kind: &'static str,
    pub org: String,
    pub permission: String,
    pub via: Vec<String>,
}
