//! Policy values: every number docs/rules.md states or marks as roster's
//! decision, with its defaults. The config file may override any of them; code never buries
//! one of these as a literal.

use serde::{Deserialize, Serialize};

use super::org::Level;

/// Employee-account quota per growth level (EN-3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Quotas {
    pub bronze: u32,
    pub silver: u32,
    pub gold: u32,
    #[serde(rename = "platinum-1")]
    pub platinum_1: u32,
    #[serde(rename = "platinum-2")]
    pub platinum_2: u32,
    #[serde(rename = "diamond-1")]
    pub diamond_1: u32,
    #[serde(rename = "diamond-2")]
    pub diamond_2: u32,
    #[serde(rename = "diamond-3")]
    pub diamond_3: u32,
    #[serde(rename = "black-diamond-1")]
    pub black_diamond_1: u32,
    #[serde(rename = "black-diamond-2")]
    pub black_diamond_2: u32,
}

impl Default for Quotas {
    fn default() -> Self {
        Quotas {
            bronze: 5,
            silver: 5,
            gold: 50,
            platinum_1: 50,
            platinum_2: 50,
            diamond_1: 50,
            diamond_2: 50,
            diamond_3: 50,
            black_diamond_1: 100,
            black_diamond_2: 1000,
        }
    }
}

impl Quotas {
    pub fn for_level(&self, level: Level) -> u32 {
        match level {
            Level::Bronze => self.bronze,
            Level::Silver => self.silver,
            Level::Gold => self.gold,
            Level::Platinum1 => self.platinum_1,
            Level::Platinum2 => self.platinum_2,
            Level::Diamond1 => self.diamond_1,
            Level::Diamond2 => self.diamond_2,
            Level::Diamond3 => self.diamond_3,
            Level::BlackDiamond1 => self.black_diamond_1,
            Level::BlackDiamond2 => self.black_diamond_2,
        }
    }

    /// The lowest level whose quota is above `count`: what a refusal names
    /// as the way to more seats (EN-4).
    pub fn level_allowing(&self, count: u32) -> Option<Level> {
        Level::ALL
            .iter()
            .copied()
            .find(|l| self.for_level(*l) > count)
    }
}

/// The policy in force. Field names are the config file's keys.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Policy {
    /// EN-3 quotas per growth level.
    pub quota: Quotas,
    /// PA-2: an invitation must be answered within this many hours.
    pub invite_ttl_hours: u32,
    /// VC-1: a verification code is valid this many minutes.
    pub code_ttl_minutes: u32,
    /// VC-1 (decided): a code is void after this many wrong tries.
    pub code_max_tries: u32,
    /// UP-3: an automatic upgrade can be cancelled within this many days.
    pub upgrade_cancel_days: u32,
    /// UP-6 (decided): a pending upgrade expires after this many days.
    pub upgrade_review_days: u32,
    /// UP-4 (decided): vertical accounts per subject, unless set per subject.
    pub vertical_per_subject: u32,
    /// UP-4 (decided): dedicated accounts per subject, unless set per subject.
    pub dedicated_per_subject: u32,
    /// UP-5: official accounts one operator may run.
    pub accounts_per_operator: u32,
    /// UP-7: daily posting limit before the upgrade.
    pub posting_limit_before: u32,
    /// UP-7: daily posting limit after the upgrade.
    pub posting_limit_after: u32,
    /// AG-2: agencies one phone may be a sub-account of.
    pub agencies_per_phone: u32,
    /// EA-6: the lowest app version that can activate an account.
    pub min_app_version: String,
    /// EA-10: deregistration review is due this many working days after filing.
    pub deregistration_working_days: u32,
    /// EA-12: the showcase deposit in yuan.
    pub showcase_deposit_yuan: u32,
    /// EA-12: public videos the showcase needs (at least).
    pub showcase_min_videos: u32,
    /// EA-12: followers the showcase needs (strictly more than).
    pub showcase_min_followers: u32,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            quota: Quotas::default(),
            invite_ttl_hours: 48,
            code_ttl_minutes: 5,
            code_max_tries: 5,
            upgrade_cancel_days: 30,
            upgrade_review_days: 7,
            vertical_per_subject: 3,
            dedicated_per_subject: 5,
            accounts_per_operator: 5,
            posting_limit_before: 75,
            posting_limit_after: 100,
            agencies_per_phone: 20,
            min_app_version: "20.7".to_string(),
            deregistration_working_days: 5,
            showcase_deposit_yuan: 500,
            showcase_min_videos: 10,
            showcase_min_followers: 1000,
        }
    }
}

impl Policy {
    /// Values that would make a rule meaningless are refused at load time,
    /// naming the key.
    pub fn check(&self) -> Result<(), (String, String)> {
        let positive = [
            ("invite_ttl_hours", self.invite_ttl_hours),
            ("code_ttl_minutes", self.code_ttl_minutes),
            ("code_max_tries", self.code_max_tries),
            ("upgrade_review_days", self.upgrade_review_days),
            ("accounts_per_operator", self.accounts_per_operator),
            ("agencies_per_phone", self.agencies_per_phone),
            (
                "deregistration_working_days",
                self.deregistration_working_days,
            ),
        ];
        for (key, value) in positive {
            if value == 0 {
                return Err((key.to_string(), "must be at least 1".to_string()));
            }
        }
        // Durations stay within ten years, so deadlines cannot overflow.
        let durations = [
            ("invite_ttl_hours", self.invite_ttl_hours, 24 * 3660),
            ("code_ttl_minutes", self.code_ttl_minutes, 60 * 24 * 3660),
            ("upgrade_cancel_days", self.upgrade_cancel_days, 3660),
            ("upgrade_review_days", self.upgrade_review_days, 3660),
            (
                "deregistration_working_days",
                self.deregistration_working_days,
                3660,
            ),
        ];
        for (key, value, max) in durations {
            if value > max {
                return Err((key.to_string(), format!("must be at most {max}")));
            }
        }
        if super::version::AppVersion::parse(&self.min_app_version).is_none() {
            return Err((
                "min_app_version".to_string(),
                format!(
                    "{:?} is not a dotted version such as 20.7",
                    self.min_app_version
                ),
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn en3_default_quotas() {
        let q = Quotas::default();
        assert_eq!(q.for_level(Level::Bronze), 5);
        assert_eq!(q.for_level(Level::Silver), 5);
        assert_eq!(q.for_level(Level::Gold), 50);
        assert_eq!(q.for_level(Level::Diamond3), 50);
        assert_eq!(q.for_level(Level::BlackDiamond1), 100);
        assert_eq!(q.for_level(Level::BlackDiamond2), 1000);
    }

    #[test]
    fn en4_level_allowing_names_the_next_step() {
        let q = Quotas::default();
        assert_eq!(q.level_allowing(4), Some(Level::Bronze));
        assert_eq!(q.level_allowing(5), Some(Level::Gold));
        assert_eq!(q.level_allowing(50), Some(Level::BlackDiamond1));
        assert_eq!(q.level_allowing(1000), None);
    }

    #[test]
    fn zero_ttl_is_refused_by_name() {
        let p = Policy {
            invite_ttl_hours: 0,
            ..Policy::default()
        };
        assert_eq!(p.check().unwrap_err().0, "invite_ttl_hours");
    }

    #[test]
    fn bad_app_version_is_refused() {
        let p = Policy {
            min_app_version: "latest".into(),
            ..Policy::default()
        };
        assert_eq!(p.check().unwrap_err().0, "min_app_version");
    }

    /// Durations are accepted up to ten years and refused one past it,
    /// naming the key and the limit.
    #[test]
    fn durations_accept_ten_years_and_refuse_one_more() {
        type Field = fn(&mut Policy) -> &mut u32;
        let cases: [(&str, u32, Field); 5] = [
            ("invite_ttl_hours", 87_840, |p| &mut p.invite_ttl_hours),
            ("code_ttl_minutes", 5_270_400, |p| &mut p.code_ttl_minutes),
            ("upgrade_cancel_days", 3660, |p| &mut p.upgrade_cancel_days),
            ("upgrade_review_days", 3660, |p| &mut p.upgrade_review_days),
            ("deregistration_working_days", 3660, |p| {
                &mut p.deregistration_working_days
            }),
        ];
        for (key, max, field) in cases {
            let mut p = Policy::default();
            *field(&mut p) = max;
            assert_eq!(p.check(), Ok(()), "{key}");
            *field(&mut p) = max + 1;
            let refusal = (key.to_string(), format!("must be at most {max}"));
            assert_eq!(p.check(), Err(refusal));
        }
    }
}
