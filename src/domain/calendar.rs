//! The Chinese working-day calendar (SPEC TM-1, EA-10): weekends and statutory holidays off, make-up workdays on, in Asia/Shanghai.
//!
//! The calendar is data: a JSON object mapping `"YYYY-MM-DD"` to `"holiday"`
//! (a statutory day off) or `"workday"` (a make-up working day, usually on a
//! weekend). A day without an entry is a workday Monday to Friday and a day
//! off on Saturday and Sunday. A year is *covered* when the data has at least
//! one entry in it. The State Council publishes each year's holidays
//! separately, so the data never guesses a year: asking whether a day in an
//! uncovered year is a workday is an error, and a deadline that reaches into
//! one is computed on weekends alone and marked provisional
//! ([`Calendar::deadline`]) until a calendar file covers the year.
//!
//! This module is pure: it reads no clock and no files. The embedded data is
//! compiled in; a config file's calendar is passed in as text and merged.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::{self, Write as _};

use jiff::Timestamp;
use jiff::civil::{Date, Weekday};
use jiff::tz::TimeZone;

mod file;

pub use file::ParseError;

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

/// A working-day deadline (EA-10).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deadline {
    /// The end of the due day in Asia/Shanghai.
    pub at: Timestamp,
    /// The first year the count reached that the calendar does not cover;
    /// its days were counted Monday to Friday with no holidays, so the
    /// deadline is provisional until a calendar file covers that year.
    pub missing_year: Option<i16>,
}

impl Deadline {
    /// Whether the deadline was counted on weekends alone somewhere.
    pub fn provisional(&self) -> bool {
        self.missing_year.is_some()
    }
}

/// Why no deadline could be computed at all. A year the calendar does not
/// cover is not one of these reasons (the deadline is provisional instead).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeadlineError {
    /// The deadline falls past the clock's range (a filing in year 9999).
    OutOfRange(String),
    /// The calendar lists no working day for two years on end.
    NoWorkingDay(String),
    /// The time-zone database has no Asia/Shanghai.
    Zone(String),
}

impl fmt::Display for DeadlineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DeadlineError::OutOfRange(m)
            | DeadlineError::NoWorkingDay(m)
            | DeadlineError::Zone(m) => f.write_str(m),
        }
    }
}

/// The Asia/Shanghai time zone from the bundled tz database.
pub fn shanghai() -> Result<TimeZone, String> {
    TimeZone::get(ZONE).map_err(|e| format!("cannot load time zone {ZONE}: {e}"))
}

/// Monday to Friday: the rule for a day without an entry.
fn weekday_kind(date: Date) -> DayKind {
    match date.weekday() {
        Weekday::Saturday | Weekday::Sunday => DayKind::Holiday,
        _ => DayKind::Workday,
    }
}

impl Calendar {
    /// The calendar compiled into roster.
    pub fn embedded() -> Result<Calendar, String> {
        Calendar::from_json(EMBEDDED).map_err(|e| format!("embedded holiday calendar: {e}"))
    }

    /// Parses a calendar: a JSON object of `"YYYY-MM-DD": "holiday" | "workday"`.
    pub fn from_json(text: &str) -> Result<Calendar, String> {
        Calendar::parse(text).map_err(|e| e.to_string())
    }

    /// Parses a calendar, saying on which line a malformed entry is (see
    /// [`ParseError`]).
    pub fn parse(text: &str) -> Result<Calendar, ParseError> {
        let days = file::parse(text)?;
        let years = days.keys().map(|d| d.year()).collect();
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

    /// The covered years, in order.
    pub fn years(&self) -> impl Iterator<Item = i16> + '_ {
        self.years.iter().copied()
    }

    /// How many statutory holidays and make-up workdays `year` lists.
    pub fn entries_in(&self, year: i16) -> (usize, usize) {
        let in_year = self.days.iter().filter(|(d, _)| d.year() == year);
        in_year.fold((0, 0), |(h, w), (_, kind)| match kind {
            DayKind::Holiday => (h + 1, w),
            DayKind::Workday => (h, w + 1),
        })
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
        Ok(self
            .days
            .get(&date)
            .copied()
            .unwrap_or_else(|| weekday_kind(date)))
    }

    /// Whether `date` is a working day; an error if its year is not covered.
    pub fn is_workday(&self, date: Date) -> Result<bool, String> {
        Ok(self.kind(date)? == DayKind::Workday)
    }

    /// The `n`-th working day strictly after `date` (`date` itself for
    /// `n == 0`, unchecked). An error if any day walked is outside the
    /// calendar, or if no such day is found within two years.
    pub fn add_working_days(&self, date: Date, n: u32) -> Result<Date, String> {
        walk(date, n, |day| self.is_workday(day)).map_err(String::from)
    }

    /// EA-10: the deadline `n` working days after `filed`: the
    /// Asia/Shanghai date of `filed`, plus `n` working days, at 23:59:59
    /// Asia/Shanghai. Days in a year the calendar does not cover count
    /// Monday to Friday with no holidays, and the deadline says so
    /// ([`Deadline::missing_year`]): a deadline shown for information must
    /// never block the operation that sets it.
    pub fn deadline(&self, filed: Timestamp, n: u32) -> Result<Deadline, DeadlineError> {
        let tz = shanghai().map_err(DeadlineError::Zone)?;
        let start = filed.to_zoned(tz.clone()).date();
        let mut missing_year = None;
        let due = walk(start, n, |day| {
            if self.covers(day.year()) {
                self.is_workday(day)
            } else {
                missing_year.get_or_insert(day.year());
                Ok(weekday_kind(day) == DayKind::Workday)
            }
        })
        .map_err(|e| match e {
            Walk::OutOfRange(m) => DeadlineError::OutOfRange(m),
            Walk::TooLong(m) | Walk::Day(m) => DeadlineError::NoWorkingDay(m),
        })?;
        let end = due.at(23, 59, 59, 0).to_zoned(tz).map_err(|e| {
            DeadlineError::OutOfRange(format!(
                "the end of {due} in {ZONE} is beyond the clock's range: {e}"
            ))
        })?;
        Ok(Deadline {
            at: end.timestamp(),
            missing_year,
        })
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

/// Why a walk over the days stopped.
enum Walk {
    /// Stepping past the last day the clock knows (9999-12-31).
    OutOfRange(String),
    /// No `n` working days within [`MAX_WALK_DAYS`].
    TooLong(String),
    /// The day test itself failed (a day outside the calendar).
    Day(String),
}

impl From<Walk> for String {
    fn from(w: Walk) -> String {
        match w {
            Walk::OutOfRange(m) | Walk::TooLong(m) | Walk::Day(m) => m,
        }
    }
}

/// The `n`-th day strictly after `date` that `is_workday` accepts
/// (`date` itself for `n == 0`), within two years.
fn walk(
    date: Date,
    n: u32,
    mut is_workday: impl FnMut(Date) -> Result<bool, String>,
) -> Result<Date, Walk> {
    let mut day = date;
    let mut found = 0;
    let mut walked = 0;
    while found < n {
        if walked >= MAX_WALK_DAYS {
            return Err(Walk::TooLong(format!(
                "no {n} working days within {MAX_WALK_DAYS} days after {date}"
            )));
        }
        day = day.tomorrow().map_err(|e| {
            Walk::OutOfRange(format!(
                "{n} working days after {date} is beyond the clock's range: {e}"
            ))
        })?;
        walked += 1;
        if is_workday(day).map_err(Walk::Day)? {
            found += 1;
        }
    }
    Ok(day)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use jiff::civil::date;

    /// A calendar whose years 2030–2032 have no working day at all.
    fn all_holidays_2030_to_2032() -> Calendar {
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
        Calendar::from_json(&text).unwrap()
    }

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
        let c = all_holidays_2030_to_2032();
        let err = c.add_working_days(date(2030, 1, 1), 1).unwrap_err();
        assert!(err.contains("732"), "{err}");
    }

    /// The deadline of a filing, which must be exact (not provisional).
    fn exact(c: &Calendar, filed: &str, n: u32) -> Timestamp {
        let d = c.deadline(ts(filed), n).unwrap();
        assert_eq!(d.missing_year, None, "{filed} + {n}: {d:?}");
        d.at
    }

    #[test]
    fn ea10_deadline_is_the_end_of_the_shanghai_day() {
        // 03:00Z is 11:00 in Shanghai on 2026-02-13; three working days on is
        // 2026-02-25, whose 23:59:59 +08:00 is 15:59:59Z.
        assert_eq!(
            exact(&cal(), "2026-02-13T03:00:00Z", 3),
            ts("2026-02-25T15:59:59Z")
        );
    }

    #[test]
    fn ea10_due_five_working_days_after_filing() {
        // 2026-02-14 (make-up Saturday), 24, 25, 26, 27.
        assert_eq!(
            exact(&cal(), "2026-02-13T03:00:00Z", 5),
            ts("2026-02-27T15:59:59Z")
        );
    }

    #[test]
    fn ea10_filing_counts_from_the_shanghai_date() {
        // 2026-02-12T20:00Z is still Thursday 12 Feb in UTC but already
        // Friday 13 Feb 04:00 in Shanghai: one working day on is the make-up
        // Saturday 14 Feb, not Friday 13 Feb.
        let c = cal();
        assert_eq!(
            exact(&c, "2026-02-12T20:00:00Z", 1),
            ts("2026-02-14T15:59:59Z")
        );
        assert_eq!(
            exact(&c, "2026-02-12T15:59:59Z", 1),
            ts("2026-02-13T15:59:59Z")
        );
        // n = 0: due at the end of the filing day in Shanghai.
        assert_eq!(
            exact(&c, "2026-02-12T20:00:00Z", 0),
            ts("2026-02-13T15:59:59Z")
        );
    }

    #[test]
    fn ea10_deadline_past_the_calendar_is_provisional() {
        // Friday 2026-12-25: 28, 29, 30, 31 December, then 2027-01-01, a
        // Friday in a year the calendar does not cover, counted as a
        // working day.
        let d = cal().deadline(ts("2026-12-25T02:00:00Z"), 5).unwrap();
        assert_eq!(d.at, ts("2027-01-01T15:59:59Z"));
        assert_eq!(d.missing_year, Some(2027));
        assert!(d.provisional());
    }

    #[test]
    fn ea10_deadline_on_the_last_covered_day_is_exact() {
        // Thursday 2026-12-24: 25, 28, 29, 30, 31 December.
        let d = cal().deadline(ts("2026-12-24T02:00:00Z"), 5).unwrap();
        assert_eq!(d.at, ts("2026-12-31T15:59:59Z"));
        assert!(!d.provisional());
    }

    #[test]
    fn ea10_provisional_deadline_skips_weekends_only() {
        // Thursday 2026-12-31: 2027-01-01 (Fri), then Mon 4 … Thu 7.
        let d = cal().deadline(ts("2026-12-31T02:00:00Z"), 5).unwrap();
        assert_eq!(d.at, ts("2027-01-07T15:59:59Z"));
        assert_eq!(d.missing_year, Some(2027));
        // Filed on the last day of an uncovered year: the filing day itself
        // is not counted, so the deadline is exact.
        let d = cal().deadline(ts("2023-12-31T02:00:00Z"), 1).unwrap();
        assert_eq!(d.at, ts("2024-01-02T15:59:59Z"));
        assert_eq!(d.missing_year, None);
        // Walking over an uncovered weekend is a guess too (it might have
        // been a make-up workday).
        let d = cal().deadline(ts("2023-12-29T02:00:00Z"), 1).unwrap();
        assert_eq!(d.at, ts("2024-01-02T15:59:59Z"));
        assert_eq!(d.missing_year, Some(2023));
    }

    #[test]
    fn ea10_deadline_becomes_exact_once_the_year_is_merged() {
        let mut c = cal();
        c.merge(Calendar::from_json(r#"{"2027-01-01": "holiday"}"#).unwrap());
        // New Year's Day is off: the fifth working day is Monday 4 January.
        assert_eq!(
            exact(&c, "2026-12-25T02:00:00Z", 5),
            ts("2027-01-04T15:59:59Z")
        );
    }

    #[test]
    fn ea10_provisional_deadline_names_the_first_missing_year() {
        let mut c = cal();
        c.merge(Calendar::from_json(r#"{"2028-01-03": "holiday"}"#).unwrap());
        // 2027 is a gap between 2026 and 2028.
        let d = c.deadline(ts("2026-12-31T02:00:00Z"), 300).unwrap();
        assert_eq!(d.missing_year, Some(2027));
    }

    #[test]
    fn ea10_deadline_past_the_clocks_range_is_an_error_not_a_panic() {
        let e = cal().deadline(ts("9999-12-30T02:00:00Z"), 5).unwrap_err();
        assert!(matches!(e, DeadlineError::OutOfRange(_)), "{e:?}");
        assert!(e.to_string().contains("clock's range"), "{e}");
    }

    #[test]
    fn ea10_deadline_without_any_working_day_is_an_error() {
        let c = all_holidays_2030_to_2032();
        let e = c.deadline(ts("2030-01-01T02:00:00Z"), 1).unwrap_err();
        assert!(matches!(e, DeadlineError::NoWorkingDay(_)), "{e:?}");
    }

    #[test]
    fn tm1_years_and_their_entries() {
        let c = cal();
        assert_eq!(c.years().collect::<Vec<_>>(), vec![2024, 2025, 2026]);
        assert_eq!(c.entries_in(2026), (33, 6));
        assert_eq!(c.entries_in(2027), (0, 0));
    }

    #[test]
    fn shanghai_zone_resolves_to_utc_plus_eight() {
        let tz = shanghai().unwrap();
        let z = ts("2026-07-01T00:00:00Z").to_zoned(tz);
        assert_eq!(z.offset().seconds(), 8 * 3600);
    }
}
