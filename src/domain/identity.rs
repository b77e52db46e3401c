//! Facts about people and personal accounts that rules consult: penalties on
//! an identity's real-name accounts (EA-7) and the creator-marketplace
//! identity of a Douyin account (EA-12, PA-8).

use jiff::Timestamp;

use super::org::parse_code;
use super::validate::IdentityNumber;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PenaltyKind {
    Ban,
    PostingRestricted,
    LiveRestricted,
}

impl PenaltyKind {
    pub const CODES: [(PenaltyKind, &'static str); 3] = [
        (PenaltyKind::Ban, "ban"),
        (PenaltyKind::PostingRestricted, "posting-restricted"),
        (PenaltyKind::LiveRestricted, "live-restricted"),
    ];
    pub fn code(self) -> &'static str {
        match self {
            PenaltyKind::Ban => "ban",
            PenaltyKind::PostingRestricted => "posting-restricted",
            PenaltyKind::LiveRestricted => "live-restricted",
        }
    }
    pub fn parse(text: &str) -> Result<Self, String> {
        parse_code(&Self::CODES, text)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Penalty {
    pub id: i64,
    pub id_number: IdentityNumber,
    pub kind: PenaltyKind,
    pub since: Timestamp,
    /// None: until cleared.
    pub until: Option<Timestamp>,
    pub cleared_at: Option<Timestamp>,
}

impl Penalty {
    /// EA-7: in force from `since` through `until` (inclusive, like a
    /// validity: `--until 2026-03-01` lasts through 23:59:59 that day) unless
    /// cleared earlier; the clearing instant itself is no longer under it.
    pub fn in_force(&self, now: Timestamp) -> bool {
        self.since <= now
            && self.until.is_none_or(|u| u >= now)
            && self.cleared_at.is_none_or(|c| c > now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn penalty(until: Option<&str>, cleared: Option<&str>) -> Penalty {
        Penalty {
            id: 1,
            id_number: IdentityNumber::from_stored("11010519491231002X".into()),
            kind: PenaltyKind::Ban,
            since: ts("2026-01-01T00:00:00Z"),
            until: until.map(ts),
            cleared_at: cleared.map(ts),
        }
    }

    #[test]
    fn ea7_penalty_in_force_until_its_end_instant() {
        let p = penalty(Some("2026-02-01T00:00:00Z"), None);
        assert!(!p.in_force(ts("2025-12-31T23:59:59Z")));
        assert!(p.in_force(ts("2026-01-01T00:00:00Z")));
        assert!(
            p.in_force(ts("2026-02-01T00:00:00Z")),
            "through its until instant"
        );
        assert!(!p.in_force(ts("2026-02-01T00:00:01Z")));
    }

    #[test]
    fn ea7_open_ended_penalty_lasts_until_cleared() {
        assert!(penalty(None, None).in_force(ts("2099-01-01T00:00:00Z")));
        let cleared = penalty(None, Some("2026-01-10T00:00:00Z"));
        assert!(cleared.in_force(ts("2026-01-09T23:59:59Z")));
        assert!(!cleared.in_force(ts("2026-01-10T00:00:00Z")));
    }

    #[test]
    fn ea7_penalty_kind_codes_round_trip() {
        for (k, code) in [
            (PenaltyKind::Ban, "ban"),
            (PenaltyKind::PostingRestricted, "posting-restricted"),
            (PenaltyKind::LiveRestricted, "live-restricted"),
        ] {
            assert_eq!(k.code(), code);
            assert_eq!(PenaltyKind::parse(code), Ok(k));
        }
    }
}
