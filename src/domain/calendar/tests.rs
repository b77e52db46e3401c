//! Tests of the parent module.

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
