//! The Chinese working-day calendar (SPEC TM-1, EA-10): weekends and statutory holidays off, make-up workdays on, in Asia/Shanghai.
//!
//! The calendar is data: a JSON object mapping `"YYYY-MM-DD"` to `"holiday"`
//! (a statutory day off) or `"workday"` (a make-up working day, usually on a
//! weekend). A day without an entry is a workday Monday to Friday and a day
//! off on Saturday and Sunday. A year is *covered* when the data has at least
//! one entry in it; asking about a day in a year that is not covered is an
//! error, never a guess, because the State Council publishes each year's
//! holidays separately.
//!
//! This module is pure: it reads no clock and no files. The embedded data is
//! compiled in; a config file's calendar is passed in as text and merged.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use jiff::Timestamp;
use jiff::civil::{Date, Weekday};
use jiff::tz::TimeZone;

/// The IANA zone every working-day computation is made in.
pub const ZONE: &str = "Asia/Shanghai";

/// The calendar shipped with roster (2024–2026, from holiday-cn, MIT).
const EMBEDDED: &str = include_str!("../../data/holidays-cn.json");

/// The longest walk [`Calendar::add_working_days`] makes before giving up.
const MAX_WALK_DAYS: u32 = 366 * 2;

/// What the data says about one explicitly listed day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayKind {
    /// A day off: a statutory holiday, or (when not listed) a weekend day.
    Holiday,
    /// A working day: a make-up workday, or (when not listed) Monday to Friday.
    Workday,
}

/// The working-day calendar: explicit entries plus the years they cover.
#[derive(Debug, Clone)]
pub struct Calendar {
    days: BTreeMap<Date, DayKind>,
    years: BTreeSet<i16>,
}

/// The Asia/Shanghai time zone from the bundled tz database.
pub fn shanghai() -> Result<TimeZone, String> {
    TimeZone::get(ZONE).map_err(|e| format!("cannot load time zone {ZONE}: {e}"))
}

impl Calendar {
    /// The calendar compiled into roster.
    pub fn embedded() -> Result<Calendar, String> {
        Calendar::from_json(EMBEDDED).map_err(|e| format!("embedded holiday calendar: {e}"))
    }

    /// Parses a calendar: a JSON object of `"YYYY-MM-DD": "holiday" | "workday"`.
    pub fn from_json(text: &str) -> Result<Calendar, String> {
        let value: serde_json::Value = serde_json::from_str(text)
            .map_err(|e| format!("holiday calendar is not valid JSON: {e}"))?;
        let object = value.as_object().ok_or_else(|| {
            "holiday calendar must be a JSON object of \"YYYY-MM-DD\": \"holiday\" | \"workday\""
                .to_string()
        })?;
        let mut days = BTreeMap::new();
        let mut years = BTreeSet::new();
        for (key, value) in object {
            let date = parse_date(key)?;
            let kind = match value.as_str() {
                Some("holiday") => DayKind::Holiday,
                Some("workday") => DayKind::Workday,
                _ => {
                    return Err(format!(
                        "holiday calendar entry \"{key}\" has value {value}; \
                         expected \"holiday\" or \"workday\""
                    ));
                }
            };
            years.insert(date.year());
            days.insert(date, kind);
        }
        Ok(Calendar { days, years })
    }

    /// Adds `other` to this calendar. Every year `other` covers replaces that
    /// year here entirely (a config file adds or corrects whole years).
    pub fn merge(&mut self, other: Calendar) {
        let replaced = &other.years;
        self.days.retain(|date, _| !replaced.contains(&date.year()));
        self.years.extend(other.years.iter().copied());
        self.days.extend(other.days);
    }

    /// The first covered year, if any.
    pub fn first_year(&self) -> Option<i16> {
        self.years.first().copied()
    }

    /// The last covered year, if any.
    pub fn last_year(&self) -> Option<i16> {
        self.years.last().copied()
    }

    /// Whether the data has any entry in `year`.
    pub fn covers(&self, year: i16) -> bool {
        self.years.contains(&year)
    }

    /// Whether `date` is a working day or a day off; an error if its year is
    /// not covered.
    pub fn kind(&self, date: Date) -> Result<DayKind, String> {
        if !self.covers(date.year()) {
            return Err(format!(
                "{date} is outside the holiday calendar ({}); \
                 add the year to the config's calendar file",
                self.coverage()
            ));
        }
        if let Some(kind) = self.days.get(&date) {
            return Ok(*kind);
        }
        Ok(match date.weekday() {
            Weekday::Saturday | Weekday::Sunday => DayKind::Holiday,
            _ => DayKind::Workday,
        })
    }

    /// Whether `date` is a working day; an error if its year is not covered.
    pub fn is_workday(&self, date: Date) -> Result<bool, String> {
        Ok(self.kind(date)? == DayKind::Workday)
    }

    /// The `n`-th working day strictly after `date` (`date` itself for
    /// `n == 0`, unchecked). An error if any day walked is outside the
    /// calendar, or if no such day is found within two years.
    pub fn add_working_days(&self, date: Date, n: u32) -> Result<Date, String> {
        let mut day = date;
        let mut found = 0;
        let mut walked = 0;
        while found < n {
            if walked >= MAX_WALK_DAYS {
                return Err(format!(
                    "no {n} working days within {MAX_WALK_DAYS} days after {date}"
                ));
            }
            day = day
                .tomorrow()
                .map_err(|e| format!("cannot step past {day}: {e}"))?;
            walked += 1;
            if self.is_workday(day)? {
                found += 1;
            }
        }
        Ok(day)
    }

    /// The deadline `n` working days after `filed`: the Asia/Shanghai date of
    /// `filed`, plus `n` working days, at 23:59:59 Asia/Shanghai, as an instant.
    pub fn working_deadline(&self, filed: Timestamp, n: u32) -> Result<Timestamp, String> {
        let tz = shanghai()?;
        let start = filed.to_zoned(tz.clone()).date();
        let due = self.add_working_days(start, n)?;
        let end = due
            .at(23, 59, 59, 0)
            .to_zoned(tz)
            .map_err(|e| format!("cannot place the end of {due} in {ZONE}: {e}"))?;
        Ok(end.timestamp())
    }

    /// The covered years as ranges, e.g. `covers 2024–2026`.
    fn coverage(&self) -> String {
        let mut ranges: Vec<(i16, i16)> = Vec::new();
        for &year in &self.years {
            match ranges.last_mut() {
                Some((_, end)) if i32::from(*end) + 1 == i32::from(year) => *end = year,
                _ => ranges.push((year, year)),
            }
        }
        if ranges.is_empty() {
            return "it covers no year".to_string();
        }
        let mut out = String::from("covers ");
        for (i, (start, end)) in ranges.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            if start == end {
                let _ = write!(out, "{start}");
            } else {
                let _ = write!(out, "{start}–{end}");
            }
        }
        out
    }
}

/// Parses a strict `YYYY-MM-DD` key.
fn parse_date(key: &str) -> Result<Date, String> {
    let bad = |why: String| format!("holiday calendar key \"{key}\" is not a YYYY-MM-DD date{why}");
    let b = key.as_bytes();
    let shape_ok = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape_ok {
        return Err(bad(String::new()));
    }
    key.parse::<Date>().map_err(|e| bad(format!(": {e}")))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn cal() -> Calendar {
        Calendar::embedded().unwrap()
    }

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn tm1_embedded_calendar_covers_2024_through_2026() {
        let c = cal();
        assert_eq!(c.first_year(), Some(2024));
        assert_eq!(c.last_year(), Some(2026));
        assert!(c.covers(2024) && c.covers(2025) && c.covers(2026));
        assert!(!c.covers(2023) && !c.covers(2027));
    }

    #[test]
    fn tm1_make_up_saturday_is_a_workday() {
        let c = cal();
        assert_eq!(date(2026, 2, 14).weekday(), Weekday::Saturday);
        assert_eq!(c.kind(date(2026, 2, 14)), Ok(DayKind::Workday));
        assert_eq!(
            c.add_working_days(date(2026, 2, 13), 1),
            Ok(date(2026, 2, 14))
        );
    }

    #[test]
    fn tm1_statutory_holiday_on_a_weekday_is_off() {
        let c = cal();
        assert_eq!(date(2025, 10, 1).weekday(), Weekday::Wednesday);
        assert_eq!(c.kind(date(2025, 10, 1)), Ok(DayKind::Holiday));
        assert_eq!(c.is_workday(date(2025, 10, 1)), Ok(false));
    }

    #[test]
    fn tm1_spring_festival_holidays_are_skipped() {
        assert_eq!(
            cal().add_working_days(date(2026, 2, 13), 3),
            Ok(date(2026, 2, 25))
        );
    }

    #[test]
    fn tm1_national_day_ends_on_a_make_up_saturday() {
        assert_eq!(
            cal().add_working_days(date(2025, 9, 30), 3),
            Ok(date(2025, 10, 11))
        );
    }

    #[test]
    fn tm1_ordinary_weekend_is_skipped() {
        let c = cal();
        assert_eq!(date(2025, 3, 7).weekday(), Weekday::Friday);
        assert_eq!(c.is_workday(date(2025, 3, 8)), Ok(false));
        assert_eq!(c.is_workday(date(2025, 3, 9)), Ok(false));
        assert_eq!(
            c.add_working_days(date(2025, 3, 7), 1),
            Ok(date(2025, 3, 10))
        );
    }

    #[test]
    fn tm1_zero_working_days_is_the_same_day() {
        let c = cal();
        assert_eq!(
            c.add_working_days(date(2026, 2, 15), 0),
            Ok(date(2026, 2, 15))
        );
        assert_eq!(
            c.add_working_days(date(2025, 3, 7), 0),
            Ok(date(2025, 3, 7))
        );
    }

    #[test]
    fn tm1_date_outside_the_calendar_is_an_error_naming_the_range() {
        let c = cal();
        assert_eq!(
            c.kind(date(2027, 1, 4)),
            Err(
                "2027-01-04 is outside the holiday calendar (covers 2024–2026); \
                 add the year to the config's calendar file"
                    .to_string()
            )
        );
        let err = c.is_workday(date(2023, 12, 29)).unwrap_err();
        assert!(
            err.contains("2023-12-29") && err.contains("2024–2026"),
            "{err}"
        );
    }

    #[test]
    fn tm1_walking_past_the_last_covered_year_is_an_error() {
        let err = cal().add_working_days(date(2026, 12, 31), 1).unwrap_err();
        assert!(
            err.contains("2027-01-01") && err.contains("2024–2026"),
            "{err}"
        );
    }

    #[test]
    fn tm1_merged_year_becomes_covered_and_its_weekends_stay_off() {
        let mut c = cal();
        c.merge(Calendar::from_json(r#"{"2027-01-01": "holiday"}"#).unwrap());
        assert!(c.covers(2027));
        assert_eq!(c.last_year(), Some(2027));
        assert_eq!(c.kind(date(2027, 1, 1)), Ok(DayKind::Holiday));
        // 2027-01-02/03 are Saturday and Sunday, with no entries.
        assert_eq!(c.kind(date(2027, 1, 2)), Ok(DayKind::Holiday));
        assert_eq!(c.kind(date(2027, 1, 3)), Ok(DayKind::Holiday));
        assert_eq!(c.kind(date(2027, 1, 4)), Ok(DayKind::Workday));
        assert_eq!(
            c.add_working_days(date(2026, 12, 31), 1),
            Ok(date(2027, 1, 4))
        );
        // The other years are untouched.
        assert_eq!(c.kind(date(2026, 2, 14)), Ok(DayKind::Workday));
    }

    #[test]
    fn tm1_merge_replaces_a_covered_year_entirely() {
        let mut c = cal();
        c.merge(Calendar::from_json(r#"{"2026-01-01": "workday"}"#).unwrap());
        assert_eq!(c.kind(date(2026, 1, 1)), Ok(DayKind::Workday));
        // The embedded 2026 entries are gone: the make-up Saturday is a weekend again.
        assert_eq!(c.kind(date(2026, 2, 14)), Ok(DayKind::Holiday));
        assert_eq!(c.kind(date(2026, 2, 16)), Ok(DayKind::Workday));
        // 2025 is untouched.
        assert_eq!(c.kind(date(2025, 10, 11)), Ok(DayKind::Workday));
        assert_eq!(c.first_year(), Some(2024));
        assert_eq!(c.last_year(), Some(2026));
    }

    #[test]
    fn tm1_from_json_names_a_bad_value() {
        let err = Calendar::from_json(r#"{"2027-01-01": "holdiay"}"#).unwrap_err();
        assert!(
            err.contains("2027-01-01") && err.contains("holdiay"),
            "{err}"
        );
        let err = Calendar::from_json(r#"{"2027-01-01": 1}"#).unwrap_err();
        assert!(err.contains("2027-01-01"), "{err}");
    }

    #[test]
    fn tm1_from_json_names_a_bad_key() {
        for key in [
            "2027-02-30",
            "2027-1-01",
            "27-01-01",
            "+02027-01-01",
            "tomorrow",
        ] {
            let text = format!(r#"{{"{key}": "holiday"}}"#);
            let err = Calendar::from_json(&text).unwrap_err();
            assert!(err.contains(key), "{err}");
        }
    }

    #[test]
    fn tm1_from_json_rejects_non_objects_and_bad_json() {
        assert!(Calendar::from_json("[]").is_err());
        assert!(Calendar::from_json("{").is_err());
        let empty = Calendar::from_json("{}").unwrap();
        assert_eq!(empty.first_year(), None);
        let err = empty.kind(date(2026, 1, 5)).unwrap_err();
        assert!(err.contains("covers no year"), "{err}");
    }

    #[test]
    fn tm1_gaps_in_coverage_are_named() {
        let mut c = cal();
        c.merge(Calendar::from_json(r#"{"2028-01-01": "holiday"}"#).unwrap());
        let err = c.kind(date(2027, 6, 1)).unwrap_err();
        assert!(err.contains("covers 2024–2026, 2028"), "{err}");
    }

    #[test]
    fn tm1_walk_is_capped() {
        // Three covered years with every day off: the walk gives up at two years.
        let mut text = String::from("{");
        let mut d = date(2030, 1, 1);
        while d.year() < 2033 {
            if text.len() > 1 {
                text.push(',');
            }
            text.push_str(&format!(r#""{d}": "holiday""#));
            d = d.tomorrow().unwrap();
        }
        text.push('}');
        let c = Calendar::from_json(&text).unwrap();
        let err = c.add_working_days(date(2030, 1, 1), 1).unwrap_err();
        assert!(err.contains("732"), "{err}");
    }

    #[test]
    fn ea10_deadline_is_the_end_of_the_shanghai_day() {
        // 03:00Z is 11:00 in Shanghai on 2026-02-13; three working days on is
        // 2026-02-25, whose 23:59:59 +08:00 is 15:59:59Z.
        assert_eq!(
            cal().working_deadline(ts("2026-02-13T03:00:00Z"), 3),
            Ok(ts("2026-02-25T15:59:59Z"))
        );
    }

    #[test]
    fn ea10_due_five_working_days_after_filing() {
        // 2026-02-14 (make-up Saturday), 24, 25, 26, 27.
        assert_eq!(
            cal().working_deadline(ts("2026-02-13T03:00:00Z"), 5),
            Ok(ts("2026-02-27T15:59:59Z"))
        );
    }

    #[test]
    fn ea10_filing_counts_from_the_shanghai_date() {
        // 2026-02-12T20:00Z is still Thursday 12 Feb in UTC but already
        // Friday 13 Feb 04:00 in Shanghai: one working day on is the make-up
        // Saturday 14 Feb, not Friday 13 Feb.
        let c = cal();
        assert_eq!(
            c.working_deadline(ts("2026-02-12T20:00:00Z"), 1),
            Ok(ts("2026-02-14T15:59:59Z"))
        );
        assert_eq!(
            c.working_deadline(ts("2026-02-12T15:59:59Z"), 1),
            Ok(ts("2026-02-13T15:59:59Z"))
        );
        // n = 0: due at the end of the filing day in Shanghai.
        assert_eq!(
            c.working_deadline(ts("2026-02-12T20:00:00Z"), 0),
            Ok(ts("2026-02-13T15:59:59Z"))
        );
    }

    #[test]
    fn ea10_deadline_outside_the_calendar_is_an_error() {
        let err = cal()
            .working_deadline(ts("2026-12-31T03:00:00Z"), 1)
            .unwrap_err();
        assert!(err.contains("outside the holiday calendar"), "{err}");
    }

    #[test]
    fn shanghai_zone_resolves_to_utc_plus_eight() {
        let tz = shanghai().unwrap();
        let z = ts("2026-07-01T00:00:00Z").to_zoned(tz);
        assert_eq!(z.offset().seconds(), 8 * 3600);
    }
}
