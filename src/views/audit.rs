//! Audit events (AU-1).

use serde::Serialize;

use crate::clock;
use crate::domain::audit::AuditEvent;

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct AuditView {
    pub at: String,
    pub actor: String,
    pub action: String,
    pub object: String,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

impl From<AuditEvent> for AuditView {
    fn from(e: AuditEvent) -> Self {
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
