//! Sub-accounts, one-time codes and customer-service routing (rules AG-1 …
//! AG-6, SH-1 … SH-4, VC-1).

use serde::Serialize;

use crate::clock;
use crate::domain::code::Code;
use crate::domain::subaccount::SubState;

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct SubAccountView {
    pub org: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub name: String,
    pub positions: Vec<String>,
    pub status: &'static str,
    /// SH-1: the IM permission; null for agency sub-accounts.
    pub im: Option<bool>,
    pub online: bool,
    pub next_steps: Vec<&'static str>,
    pub created_at: String,
    pub updated_at: String,
}

impl SubAccountView {
    pub fn new(s: &SubState) -> Self {
        let a = &s.sub;
        let shop = s.kind == crate::domain::org::OrgKind::Shop;
        let next = crate::domain::subaccount::next_steps_in(s.kind, a.status);
        SubAccountView {
            org: s.org.clone(),
            phone: a.phone.clone(),
            email: a.email.clone(),
            name: a.name.clone(),
            positions: s.positions.clone(),
            status: a.status.code(),
            im: shop.then_some(a.im),
            online: a.online,
            next_steps: next,
            created_at: clock::fmt(a.created_at),
            updated_at: clock::fmt(a.updated_at),
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct CodeView {
    pub org: String,
    pub target: String,
    /// The digits, only in the answer of `code issue` (shown once, VC-1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    pub issued_at: String,
    pub expires_at: String,
    pub tries: u32,
    pub used: bool,
    pub void: bool,
}

impl CodeView {
    pub fn new(org: &str, c: &Code, code: Option<String>) -> Self {
        CodeView {
            org: org.to_string(),
            target: c.target.clone(),
            code,
            issued_at: clock::fmt(c.issued_at),
            expires_at: clock::fmt(c.expires_at),
            tries: c.tries,
            used: c.used_at.is_some(),
            void: c.voided_at.is_some(),
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct GroupView {
    pub org: String,
    pub group: String,
    pub pages: Vec<String>,
    pub members: Vec<MemberView>,
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct MemberView {
    pub agent: String,
    pub weight: u32,
    pub online: bool,
    /// Enabled, IM on and online: takes conversations now.
    pub routable: bool,
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct RouteView {
    pub page: String,
    pub group: Option<String>,
    /// The sub-account's phone or email; null when nobody is online.
    pub agent: Option<String>,
}

impl SubState {
    pub fn view(&self) -> SubAccountView {
        SubAccountView::new(self)
    }
}
