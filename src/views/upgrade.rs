//! Shop official-account upgrades and per-subject quotas (rules UP-1 … UP-8).

use serde::Serialize;

use super::{id_number, instant};
use crate::clock;
use crate::domain::upgrade::UpgradeState;

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
    pub fn new(s: &UpgradeState, reveal: bool) -> Self {
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

impl UpgradeState {
    pub fn view(&self, reveal: bool) -> UpgradeView {
        UpgradeView::new(self, reveal)
    }
}
