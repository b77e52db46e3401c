//! Authorised personal accounts (rules PA-1 … PA-8).

use serde::Serialize;

use super::{id_number, instant};
use crate::clock;
use crate::domain::authorization::AuthState;

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
    pub fn new(s: &AuthState, reveal: bool) -> Self {
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

impl AuthState {
    pub fn view(&self, reveal: bool) -> AuthView {
        AuthView::new(self, reveal)
    }
}
