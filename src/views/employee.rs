//! Enterprise employee accounts (rules EA-1 … EA-12).

use serde::Serialize;

use super::{id_number, instant};
use crate::clock;
use crate::domain::employee::AccountState;

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
    pub fn new(s: &AccountState, reveal: bool) -> Self {
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

impl AccountState {
    pub fn view(&self, reveal: bool) -> EmployeeView {
        EmployeeView::new(self, reveal)
    }
}
