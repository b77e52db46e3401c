//! What the audit log holds (AU-1): one event per change.

use serde_json::Value;

#[derive(Debug, Clone, PartialEq)]
pub struct AuditEvent {
    pub id: i64,
    pub at: jiff::Timestamp,
    pub actor: String,
    pub action: String,
    pub object: String,
    pub before: Option<Value>,
    pub after: Option<Value>,
}
