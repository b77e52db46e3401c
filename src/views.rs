//! Views: what commands return and what the audit log stores as before and
//! after. Field names are the JSON API of CLI.md ("Fields scripts rely
//! on"); identity numbers are masked unless the caller reveals (PII-1).

use serde::Serialize;

use crate::clock;
use crate::domain::identity::Penalty;
use crate::domain::org::Org;
use crate::domain::position::{Department, Position};
use crate::domain::validate::IdentityNumber;

/// PII-1: masked unless `reveal`.
pub fn id_number(id: &IdentityNumber, reveal: bool) -> String {
    if reveal {
        id.reveal().to_string()
    } else {
        id.masked()
    }
}

fn instant(ts: Option<jiff::Timestamp>) -> Option<String> {
    ts.map(clock::fmt)
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct OrgView {
    pub handle: String,
    pub kind: &'static str,
    pub name: String,
    /// EN-2; null for agencies and shops, which have no such step here.
    pub verified: Option<bool>,
    pub level: Option<&'static str>,
    pub quota_used: Option<u32>,
    pub quota_limit: Option<u32>,
    pub verified_at: Option<String>,
    pub uscc: Option<String>,
    pub legal_rep_name: Option<String>,
    pub legal_rep_id: Option<String>,
    pub individual_business: Option<bool>,
    pub tools: Option<Vec<String>>,
    pub main_phone: Option<String>,
    pub shop_type: Option<&'static str>,
    pub subject: Option<String>,
    pub cross_border: Option<bool>,
    pub created_at: String,
}

impl OrgView {
    /// `seats`: (used, limit) for an enterprise.
    pub fn new(org: &Org, seats: Option<(u32, u32)>, reveal: bool) -> Self {
        let e = org.enterprise.as_ref();
        let s = org.shop.as_ref();
        OrgView {
            handle: org.handle.clone(),
            kind: org.kind.code(),
            name: org.name.clone(),
            verified: e.map(|e| e.verified_at.is_some()),
            level: e.map(|e| e.level.code()),
            quota_used: seats.map(|s| s.0),
            quota_limit: seats.map(|s| s.1),
            verified_at: instant(e.and_then(|e| e.verified_at)),
            uscc: e.map(|e| e.uscc.as_str().to_string()),
            legal_rep_name: e.map(|e| e.legal_rep_name.clone()),
            legal_rep_id: e.map(|e| id_number(&e.legal_rep_id, reveal)),
            individual_business: e.map(|e| e.individual_business),
            tools: e.map(|e| e.tools.clone()),
            main_phone: org.main_phone.as_ref().map(|p| p.as_str().to_string()),
            shop_type: s.map(|s| s.shop_type.code()),
            subject: s.map(|s| s.subject.as_str().to_string()),
            cross_border: s.map(|s| s.cross_border),
            created_at: clock::fmt(org.created_at),
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct PositionView {
    pub org: String,
    pub name: String,
    pub description: String,
    pub permissions: Vec<String>,
    pub holders: u32,
    pub created_at: String,
}

impl PositionView {
    pub fn new(org: &str, p: &Position, holders: u32) -> Self {
        PositionView {
            org: org.to_string(),
            name: p.name.clone(),
            description: p.description.clone(),
            permissions: p.permissions.clone(),
            holders,
            created_at: clock::fmt(p.created_at),
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct DepartmentView {
    pub org: String,
    pub path: String,
    pub parent: Option<String>,
    pub name: String,
    pub depth: usize,
}

impl DepartmentView {
    pub fn new(org: &str, d: &Department) -> Self {
        let parent = d.path.rsplit_once('/').map(|(p, _)| p.to_string());
        DepartmentView {
            org: org.to_string(),
            path: d.path.clone(),
            parent,
            name: d.name.clone(),
            depth: d.path.matches('/').count(),
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct PenaltyView {
    pub kind: &'static str,
    pub since: String,
    pub until: Option<String>,
    pub cleared_at: Option<String>,
    pub in_force: bool,
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct IdentityView {
    pub id_number: String,
    /// EA-7: a penalty in force now.
    pub penalized: bool,
    pub penalties: Vec<PenaltyView>,
}

impl IdentityView {
    pub fn new(
        id: &IdentityNumber,
        penalties: &[Penalty],
        now: jiff::Timestamp,
        reveal: bool,
    ) -> Self {
        let views: Vec<PenaltyView> = penalties
            .iter()
            .map(|p| PenaltyView {
                kind: p.kind.code(),
                since: clock::fmt(p.since),
                until: instant(p.until),
                cleared_at: instant(p.cleared_at),
                in_force: p.in_force(now),
            })
            .collect();
        IdentityView {
            id_number: id_number(id, reveal),
            penalized: views.iter().any(|p| p.in_force),
            penalties: views,
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct XingtuView {
    pub douyin_id: String,
    pub xingtu: bool,
    pub since: Option<String>,
}

impl XingtuView {
    pub fn new(douyin_id: &str, since: Option<jiff::Timestamp>) -> Self {
        XingtuView {
            douyin_id: douyin_id.to_string(),
            xingtu: since.is_some(),
            since: instant(since),
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct AuditView {
    pub at: String,
    pub actor: String,
    pub action: String,
    pub object: String,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

impl From<crate::store::audit::AuditEvent> for AuditView {
    fn from(e: crate::store::audit::AuditEvent) -> Self {
        AuditView {
            at: clock::fmt(e.at),
            actor: e.actor,
            action: e.action,
            object: e.object,
            before: e.before,
            after: e.after,
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct EmployeeView {
    pub org: String,
    pub email: String,
    pub status: &'static str,
    pub holder_name: String,
    pub holder_id: String,
    pub position: String,
    pub department: Option<String>,
    /// EA-6: the holder has activated the account in the app.
    pub activated: bool,
    pub activated_at: Option<String>,
    pub douyin_id: Option<String>,
    pub contact_phone: Option<String>,
    pub aux_phone: Option<String>,
    pub proof: &'static str,
    pub proof_note: Option<String>,
    pub unsettled_assets: bool,
    pub rejection_reason: Option<String>,
    pub deregister_filed_at: Option<String>,
    pub deregister_due_at: Option<String>,
    /// EA-10, TM-1: the due date was counted on weekends alone because the
    /// working-day calendar does not cover its year yet; the sweep
    /// recomputes it once a calendar file does.
    pub deregister_due_provisional: bool,
    pub deregister_overdue: bool,
    pub deregister_materials: Vec<String>,
    /// The verbs the state machine allows next.
    pub next_steps: Vec<&'static str>,
    pub created_at: String,
    pub updated_at: String,
    /// Only in the answer of the command that created it (shown once).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub initial_password: Option<String>,
}

impl EmployeeView {
    pub fn new(s: &crate::app::employee::AccountState, reveal: bool) -> Self {
        let a = &s.account;
        EmployeeView {
            org: s.org.clone(),
            email: a.email.as_str().to_string(),
            status: a.status.code(),
            holder_name: a.holder_name.clone(),
            holder_id: id_number(&a.holder_id, reveal),
            position: s.position.clone(),
            department: s.department.clone(),
            activated: a.activated_at.is_some(),
            activated_at: instant(a.activated_at),
            douyin_id: a.douyin_id.as_ref().map(|d| d.as_str().to_string()),
            contact_phone: a.contact_phone.as_ref().map(|p| p.as_str().to_string()),
            aux_phone: a.aux_phone.as_ref().map(|p| p.as_str().to_string()),
            proof: a.proof.code(),
            proof_note: a.proof_note.clone(),
            unsettled_assets: a.unsettled_assets,
            rejection_reason: a.rejection_reason.clone(),
            deregister_filed_at: instant(a.deregister_filed_at),
            deregister_due_at: instant(a.deregister_due_at),
            deregister_due_provisional: a.deregister_due_provisional,
            deregister_overdue: a.deregister_overdue_at.is_some(),
            deregister_materials: a.deregister_materials.clone(),
            next_steps: crate::domain::employee::next_steps_of(a),
            created_at: clock::fmt(a.created_at),
            updated_at: clock::fmt(a.updated_at),
            initial_password: s.initial_password.clone(),
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct HolderView {
    pub email: String,
    pub holder_name: String,
    pub holder_id: String,
    pub position: Option<String>,
    pub since: String,
    pub until: Option<String>,
    pub end_reason: Option<String>,
}

impl HolderView {
    pub fn new(
        email: &str,
        h: &crate::domain::employee::Holder,
        position: Option<String>,
        reveal: bool,
    ) -> Self {
        HolderView {
            email: email.to_string(),
            holder_name: h.holder_name.clone(),
            holder_id: id_number(&h.holder_id, reveal),
            position,
            since: clock::fmt(h.since),
            until: instant(h.until),
            end_reason: h.end_reason.clone(),
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct AuthView {
    pub org: String,
    pub douyin_id: String,
    pub status: &'static str,
    pub modules: Vec<String>,
    pub valid_until: Option<String>,
    pub invite_expires_at: String,
    pub invited_at: String,
    pub holder_name: Option<String>,
    pub holder_id: Option<String>,
    pub accepted_at: Option<String>,
    pub rejection_reason: Option<String>,
    pub ended_at: Option<String>,
    pub end_reason: Option<String>,
    pub next_steps: Vec<&'static str>,
    pub updated_at: String,
}

impl AuthView {
    pub fn new(s: &crate::app::authorization::AuthState, reveal: bool) -> Self {
        let a = &s.auth;
        AuthView {
            org: s.org.clone(),
            douyin_id: a.douyin_id.as_str().to_string(),
            status: a.status.code(),
            modules: a.modules.clone(),
            valid_until: instant(a.valid_until),
            invite_expires_at: clock::fmt(a.invite_expires_at),
            invited_at: clock::fmt(a.invited_at),
            holder_name: a.holder_name.clone(),
            holder_id: a.holder_id.as_ref().map(|i| id_number(i, reveal)),
            accepted_at: instant(a.accepted_at),
            rejection_reason: a.rejection_reason.clone(),
            ended_at: instant(a.ended_at),
            end_reason: a.end_reason.clone(),
            next_steps: crate::domain::authorization::next_steps(a.status),
            updated_at: clock::fmt(a.updated_at),
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct UpgradeView {
    pub shop: String,
    pub douyin_id: String,
    pub status: &'static str,
    pub mode: &'static str,
    pub account_type: Option<&'static str>,
    /// The operator's name (UP-5).
    pub operator: String,
    pub operator_id: String,
    pub operator_phone: String,
    pub attempts: u32,
    pub attempt_history: Vec<crate::domain::upgrade::Attempt>,
    pub cancel_deadline: Option<String>,
    /// UP-3: the cancel window has closed (or there never was one).
    pub cancel_final: bool,
    pub review_expires_at: Option<String>,
    pub posting_limit: u32,
    /// UP-7: the holder before the upgrade, the subject after it.
    pub owner: String,
    pub subject: String,
    pub holder_name: String,
    pub holder_id: String,
    pub upgraded_at: Option<String>,
    pub rejection_reason: Option<String>,
    pub updated_at: String,
}

impl UpgradeView {
    pub fn new(s: &crate::app::upgrade::UpgradeState, reveal: bool) -> Self {
        use crate::domain::upgrade::Status;
        let u = &s.upgrade;
        let upgraded = u.status == Status::Upgraded;
        UpgradeView {
            shop: s.shop.clone(),
            douyin_id: u.douyin_id.as_str().to_string(),
            status: u.status.code(),
            mode: u.mode.code(),
            account_type: u.account_type.map(|t| t.code()),
            operator: u.operator_name.clone(),
            operator_id: id_number(&u.operator_id, reveal),
            operator_phone: u.operator_phone.as_str().to_string(),
            attempts: u.attempts,
            attempt_history: s.attempts.clone(),
            cancel_deadline: instant(u.cancel_deadline),
            cancel_final: s.cancel_final,
            review_expires_at: instant(u.review_expires_at),
            posting_limit: s.posting_limit,
            owner: if upgraded {
                format!("subject {}", u.subject)
            } else {
                format!("holder {}", u.holder_name)
            },
            subject: u.subject.clone(),
            holder_name: u.holder_name.clone(),
            holder_id: id_number(&u.holder_id, reveal),
            upgraded_at: instant(u.upgraded_at),
            rejection_reason: u.rejection_reason.clone(),
            updated_at: clock::fmt(u.updated_at),
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct TypeQuota {
    pub used: u32,
    pub limit: u32,
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct QuotaView {
    pub subject: String,
    pub cross_border: bool,
    pub main: TypeQuota,
    pub vertical: TypeQuota,
    pub dedicated: TypeQuota,
}

impl QuotaView {
    pub fn new(
        subject: &str,
        used: crate::domain::upgrade::TypeSeats,
        limit: crate::domain::upgrade::TypeSeats,
        cross_border: bool,
    ) -> Self {
        QuotaView {
            subject: subject.to_string(),
            cross_border,
            main: TypeQuota {
                used: used.main,
                limit: limit.main,
            },
            vertical: TypeQuota {
                used: used.vertical,
                limit: limit.vertical,
            },
            dedicated: TypeQuota {
                used: used.dedicated,
                limit: limit.dedicated,
            },
        }
    }
}

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
    pub fn new(s: &crate::app::subaccount::SubState) -> Self {
        let a = &s.sub;
        let shop = s.kind == crate::domain::org::OrgKind::Shop;
        let mut next = crate::domain::subaccount::next_steps(a.status);
        if shop {
            next.retain(|v| *v != "revoke");
        }
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
    pub fn new(org: &str, c: &crate::store::subaccount::Code, code: Option<String>) -> Self {
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

/// `roster calendar show`: one covered year of the working-day calendar
/// (TM-1) and where it came from.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct CalendarYearView {
    pub year: i16,
    /// `embedded` (compiled into roster) or `config` (the config's
    /// `calendar_file`, which replaces an embedded year entirely).
    pub source: &'static str,
    /// The calendar file, for a year from the config.
    pub file: Option<String>,
    /// Statutory days off the year lists.
    pub holidays: usize,
    /// Make-up working days (usually weekends) the year lists.
    pub workdays: usize,
}

impl CalendarYearView {
    pub fn new(year: i16, file: Option<&std::path::Path>, entries: (usize, usize)) -> Self {
        CalendarYearView {
            year,
            source: if file.is_some() { "config" } else { "embedded" },
            file: file.map(|f| f.display().to_string()),
            holidays: entries.0,
            workdays: entries.1,
        }
    }
}

/// `roster calendar check FILE`: one year a valid calendar file covers.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct CalendarCheckView {
    pub year: i16,
    pub holidays: usize,
    pub workdays: usize,
    /// `adds` (the calendar in force does not cover the year) or
    /// `replaces` (the file's entries would replace the year's).
    pub effect: &'static str,
}

impl CalendarCheckView {
    pub fn new(year: i16, entries: (usize, usize), covered_now: bool) -> Self {
        CalendarCheckView {
            year,
            holidays: entries.0,
            workdays: entries.1,
            effect: if covered_now { "replaces" } else { "adds" },
        }
    }
}
