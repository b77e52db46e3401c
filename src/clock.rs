//! The one clock (rule TM-1): `--now`/`ROSTER_NOW` or the system time, read
//! once per run, and the instant formats every layer shares.
//!
//! Instants are kept at second precision and stored as fixed-width RFC 3339
//! UTC text (`2026-02-13T03:00:00Z`), so that SQL compares them as strings
//! and partial indexes on deadlines work.

use jiff::{Timestamp, civil::Date, tz::TimeZone};

use crate::error::{Error, Result};

pub const ZONE: &str = "Asia/Shanghai";

pub fn shanghai() -> Result<TimeZone> {
    TimeZone::get(ZONE).map_err(|e| Error::internal(format!("time zone {ZONE}: {e}")))
}

/// The instant the whole run takes as now.
// The one place the system clock is read (clippy.toml disallows it elsewhere).
#[allow(clippy::disallowed_methods)]
pub fn now(fixed: Option<&str>) -> Result<Timestamp> {
    match fixed {
        Some(text) => parse_now(text),
        None => Ok(truncate(Timestamp::now())),
    }
}

/// `--now` takes every form every other instant flag takes (one parser).
fn parse_now(text: &str) -> Result<Timestamp> {
    parse_instant("--now", text)
}

fn truncate(ts: Timestamp) -> Timestamp {
    Timestamp::from_second(ts.as_second()).unwrap_or(ts)
}

/// Parses a user-given instant: RFC 3339, or a bare `YYYY-MM-DD` meaning the
/// end of that day (23:59:59) in Asia/Shanghai (docs/commands.md).
pub fn parse_instant(field: &str, text: &str) -> Result<Timestamp> {
    parse_bounded(field, text, false)
}

/// Like `parse_instant`, but a bare date is the start of that day: the
/// lower bound of a range (`audit --since 2026-02-01` includes 1 February).
pub fn parse_instant_from(field: &str, text: &str) -> Result<Timestamp> {
    parse_bounded(field, text, true)
}

/// The first instant `fmt` writes in its fixed width (a four-digit year):
/// an earlier one would be stored as `-001-…`, which sorts wrong and does
/// not read back.
const FIRST_INSTANT: i64 = -62_167_219_200; // 0000-01-01T00:00:00Z

fn parse_bounded(field: &str, text: &str, start: bool) -> Result<Timestamp> {
    let ts = parse_unbounded(field, text, start)?;
    if ts.as_second() < FIRST_INSTANT {
        return Err(Error::invalid(
            field,
            "INSTANT_OUT_OF_RANGE",
            Some("TM-1"),
            format!(
                "{} is before the supported range (instants from 0000-01-01T00:00:00Z)",
                text.trim()
            ),
        ));
    }
    Ok(ts)
}

fn parse_unbounded(field: &str, text: &str, start: bool) -> Result<Timestamp> {
    let t = text.trim();
    if let Ok(date) = t.parse::<Date>()
        && t.len() == 10
    {
        let out_of_range = || {
            Error::invalid(
                field,
                "INSTANT_OUT_OF_RANGE",
                Some("TM-1"),
                format!("{t} is beyond the clock's range"),
            )
        };
        if start {
            return date
                .at(0, 0, 0, 0)
                .to_zoned(shanghai()?)
                .map(|z| z.timestamp())
                .map_err(|_| out_of_range());
        }
        return end_of_day(date).map_err(|_| out_of_range());
    }
    t.parse::<Timestamp>().map(truncate).map_err(|_| {
        // Well formed but outside what the clock holds (jiff: years -9999
        // to 9999, instants up to 9999-12-30): say so, not "not RFC 3339".
        let five_digit_year = t
            .split('-')
            .next()
            .is_some_and(|y| y.len() > 4 && y.bytes().all(|b| b.is_ascii_digit()));
        if five_digit_year || jiff::fmt::temporal::Pieces::parse(t).is_ok() {
            return Error::invalid(
                field,
                "INSTANT_OUT_OF_RANGE",
                Some("TM-1"),
                if t.starts_with('-') {
                    format!("{t} is before the supported range (instants from 0000-01-01T00:00:00Z)")
                } else {
                    format!("{t} is past the supported range (instants up to 9999-12-30)")
                },
            );
        }
        Error::invalid(
            field,
            "INVALID_INSTANT",
            None,
            format!(
                "{text:?} is neither an RFC 3339 instant (2026-02-13T09:00:00+08:00) nor a date (2026-02-13)"
            ),
        )
    })
}

/// 23:59:59 of `date` in Asia/Shanghai.
pub fn end_of_day(date: Date) -> Result<Timestamp> {
    let dt = date.at(23, 59, 59, 0);
    dt.to_zoned(shanghai()?)
        .map(|z| z.timestamp())
        .map_err(|e| Error::internal(format!("end of day {date}: {e}")))
}

/// The civil date of an instant in Asia/Shanghai.
pub fn shanghai_date(ts: Timestamp) -> Result<Date> {
    Ok(ts.to_zoned(shanghai()?).date())
}

/// Fixed-width storage and wire form.
pub fn fmt(ts: Timestamp) -> String {
    // By hand rather than through strftime: every stored row and audit
    // event formats several instants (a tenth of a sweep's time went to
    // strftime's interpreter).
    let d = jiff::tz::Offset::UTC.to_datetime(ts);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        d.year(),
        d.month(),
        d.day(),
        d.hour(),
        d.minute(),
        d.second()
    )
}

/// Reads back what `fmt` wrote.
pub fn parse_stored(text: &str) -> Result<Timestamp> {
    text.parse::<Timestamp>()
        .map_err(|e| Error::internal(format!("stored instant {text:?}: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tm1_now_is_fixed_and_truncated_to_seconds() {
        let ts = now(Some("2026-02-13T11:00:00.750+08:00")).unwrap();
        assert_eq!(fmt(ts), "2026-02-13T03:00:00Z");
    }

    #[test]
    fn fmt_writes_what_strftime_would() {
        for secs in [
            0i64,
            1,
            59,
            86_399,
            951_782_400,
            1_771_000_000,
            253_402_207_200,
        ] {
            let ts = Timestamp::from_second(secs).unwrap();
            assert_eq!(fmt(ts), ts.strftime("%Y-%m-%dT%H:%M:%SZ").to_string());
            assert_eq!(parse_stored(&fmt(ts)).unwrap(), ts);
        }
    }

    #[test]
    fn tm1_an_instant_past_the_range_says_so() {
        for t in [
            "9999-12-31T23:59:59Z",
            "10000-01-01T00:00:00Z",
            "10000-01-01",
        ] {
            let e = parse_instant("--now", t).unwrap_err();
            assert_eq!(e.code(), "INSTANT_OUT_OF_RANGE", "{t}: {e}");
            assert!(e.to_string().contains("supported range"), "{t}: {e}");
            assert_eq!(e.exit_code(), 5);
        }
        for t in ["2026-02-13Tgarbage", "yesterday", "2026-13-01T00:00:00Z"] {
            let e = parse_instant("--now", t).unwrap_err();
            assert_eq!(e.code(), "INVALID_INSTANT", "{t}: {e}");
        }
    }

    #[test]
    fn fmt_writes_the_first_supported_instant() {
        let first = Timestamp::from_second(FIRST_INSTANT).unwrap();
        assert_eq!(fmt(first), "0000-01-01T00:00:00Z");
        assert_eq!(parse_instant("--now", &fmt(first)).unwrap(), first);
    }

    /// Found by the `instant` fuzz target: jiff reads six-digit signed
    /// years, and a bare date's start of day in Shanghai is 16:00 UTC the
    /// day before; an instant before year 0000 was stored as `-001-…`,
    /// which does not read back.
    #[test]
    fn tm1_an_instant_before_year_zero_is_out_of_range() {
        for t in [
            "-000001-01-01T00:00:00Z",
            "-009999-01-01",
            "0000-01-01T07:59:59+08:00",
        ] {
            let e = parse_instant("--now", t).unwrap_err();
            assert_eq!(e.code(), "INSTANT_OUT_OF_RANGE", "{t}: {e}");
            assert!(
                e.to_string().contains("before the supported range"),
                "{t}: {e}"
            );
            assert_eq!(e.exit_code(), 5);
        }
        let e = parse_instant_from("--since", "0000-01-01").unwrap_err();
        assert_eq!(e.code(), "INSTANT_OUT_OF_RANGE", "{e}");
        // The end of that day is in range (Shanghai kept local mean time
        // then, +08:05:43).
        let ts = parse_instant("--until", "0000-01-01").unwrap();
        assert_eq!(fmt(ts), "0000-01-01T15:54:16Z");
        assert_eq!(parse_instant("--now", &fmt(ts)).unwrap(), ts);
    }

    #[test]
    fn tm1_bad_now_is_invalid_input() {
        let e = now(Some("yesterday")).unwrap_err();
        assert_eq!(e.exit_code(), 5);
        assert!(e.to_string().contains("--now"));
    }

    #[test]
    fn bare_date_is_end_of_day_in_shanghai() {
        let ts = parse_instant("valid_until", "2026-03-01").unwrap();
        assert_eq!(fmt(ts), "2026-03-01T15:59:59Z");
    }

    #[test]
    fn bare_date_as_a_lower_bound_is_the_start_of_the_day() {
        let ts = parse_instant_from("--since", "2026-03-01").unwrap();
        assert_eq!(fmt(ts), "2026-02-28T16:00:00Z");
    }

    #[test]
    fn the_last_day_the_clock_knows_is_invalid_input_not_internal() {
        let e = parse_instant("--at", "9999-12-31").unwrap_err();
        assert_eq!(e.exit_code(), 5);
        assert!(e.to_string().contains("--at"));
    }

    #[test]
    fn rfc3339_with_offset_is_stored_in_utc() {
        let ts = parse_instant("until", "2026-03-01T08:00:00+08:00").unwrap();
        assert_eq!(fmt(ts), "2026-03-01T00:00:00Z");
        assert_eq!(parse_stored(&fmt(ts)).unwrap(), ts);
    }

    #[test]
    fn shanghai_date_crosses_utc_midnight() {
        let ts = parse_instant("x", "2026-02-12T20:00:00Z").unwrap();
        assert_eq!(shanghai_date(ts).unwrap().to_string(), "2026-02-13");
    }
}
