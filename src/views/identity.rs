//! Identities: penalties and the creator-marketplace identity (EA-7, EA-12).

use serde::Serialize;

use super::{id_number, instant};
use crate::clock;
use crate::domain::identity::Penalty;
use crate::domain::validate::IdentityNumber;

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
