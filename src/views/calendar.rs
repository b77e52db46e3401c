//! The working-day calendar (TM-1).

use serde::Serialize;

/// `roster calendar show`: one covered year of the working-day calendar
/// (TM-1) and where it came from.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct CalendarYearView {
    pub year: i16,
    /// `embedded` (compiled into roster) or `config` (the config's
    /// `calendar_file`, which replaces an embedded year entirely).
    pub source: &'static str,
    /// The calendar file, for a year from the config.
    pub file: Option<String>,
    /// Statutory days off the year lists.
    pub holidays: usize,
    /// Make-up working days (usually weekends) the year lists.
    pub workdays: usize,
}

impl CalendarYearView {
    pub fn new(year: i16, file: Option<&std::path::Path>, entries: (usize, usize)) -> Self {
        CalendarYearView {
            year,
            source: if file.is_some() { "config" } else { "embedded" },
            file: file.map(|f| f.display().to_string()),
            holidays: entries.0,
            workdays: entries.1,
        }
    }
}

/// `roster calendar check FILE`: one year a valid calendar file covers.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct CalendarCheckView {
    pub year: i16,
    pub holidays: usize,
    pub workdays: usize,
    /// `adds` (the calendar in force does not cover the year) or
    /// `replaces` (the file's entries would replace the year's).
    pub effect: &'static str,
}

impl CalendarCheckView {
    pub fn new(year: i16, entries: (usize, usize), covered_now: bool) -> Self {
        CalendarCheckView {
            year,
            holidays: entries.0,
            workdays: entries.1,
            effect: if covered_now { "replaces" } else { "adds" },
        }
    }
}
