//! The Chinese working-day calendar (rules TM-1, EA-10): weekends and statutory holidays off, make-up workdays on, in Asia/Shanghai.
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
mod tests;
