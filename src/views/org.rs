//! Organisations, positions and departments (rules EN-1 … EN-6, POS-1 …
//! POS-5, DEP-1).

use serde::Serialize;

use super::{id_number, instant};
use crate::clock;
use crate::domain::org::Org;
use crate::domain::position::{Department, Position};

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
