//! Issue 10: a deadline past the embedded calendar. Deregistration never
//! fails because its due date falls in a year the working-day calendar does
//! not cover: the deadline is provisional (weekends only) until a calendar
//! file covers the year, and the sweep then recomputes it (EA-10, TM-1,
//! SW-1). `roster calendar show|check` (docs/commands.md) needs no database.

use serde_json::Value;

use crate::harness::*;

const MATERIALS: &str = "business-licence,legal-rep-id,employee-id,labour-contract";

/// A calendar file covering 2027 with New Year's Day off (a test file, not
/// the State Council's schedule).
const CAL_2027: &str = "{\n  \"2027-01-01\": \"holiday\"\n}\n";

/// A verified enterprise `acme` with the position Sales.
fn acme() -> Env {
    let env = Env::new();
    env.enterprise("acme");
    env.ok(&w("org verify acme"));
    env.ok(&w("--org acme position create Sales --perm backend.video"));
    env
}

/// An approved (active) account `email` in acme.
fn active(env: &Env, email: &str, id: &str) {
    env.ok(&[
        "--org",
        "acme",
        "employee",
        "apply",
        email,
        "--name",
        "Staff",
        "--id-number",
        id,
        "--position",
        "Sales",
        "--proof",
        "sealed",
        "--agree",
    ]);
    env.ok(&["--org", "acme", "employee", "review", email, "--approve"]);
}

/// `employee deregister email` in JSON mode: the run, so that both the
/// account (stdout) and the warnings (stderr) can be checked.
fn deregister(env: &Env, email: &str) -> Run {
    let r = env.run(&[
        "--json",
        "--org",
        "acme",
        "employee",
        "deregister",
        email,
        "--materials",
        MATERIALS,
    ]);
    assert_eq!(r.code, 0, "deregister {email}: {}", r.stderr);
    r
}

fn show(env: &Env, email: &str) -> Value {
    env.ok(&["employee", "show", email])
}

/// Writes the 2027 calendar and a config naming it (relative to the
/// config's directory); returns the config's path.
fn config_2027(env: &Env) -> String {
    env.write_file("holidays-2027.json", CAL_2027);
    env.write_file("roster.toml", "calendar_file = \"holidays-2027.json\"\n")
}

fn sweep(env: &Env, config: Option<&str>) -> Value {
    match config {
        Some(cfg) => env.ok(&["--config", cfg, "sweep"]),
        None => env.ok(&["sweep"]),
    }
}

// ---------------------------------------------------------------------------
// EA-10: a provisional deadline instead of a refusal
// ---------------------------------------------------------------------------

#[test]
fn ea10_deadline_past_the_calendar_is_provisional() {
    let mut env = acme();
    active(&env, "li@acme.cn", ID_B);
    // Friday 2026-12-25 in Shanghai: the working days after it are
    // 12-28 … 12-31 and then 2027-01-01, a year the embedded calendar does
    // not cover. Counted Monday to Friday, New Year's Day is the fifth.
    env.now = "2026-12-25T10:00:00+08:00".to_string();
    let r = deregister(&env, "li@acme.cn");
    let v = r.json();
    assert_eq!(v["status"], "deregistering", "{v}");
    assert_eq!(v["deregister_due_at"], "2027-01-01T15:59:59Z", "{v}");
    assert_eq!(v["deregister_due_provisional"], true, "{v}");
    let warning = r
        .stderr
        .lines()
        .find(|l| l.starts_with("warning: "))
        .unwrap_or_else(|| panic!("no warning on stderr: {}", r.stderr));
    for needle in ["provisional", "2027", "calendar_file", "weekends"] {
        assert!(warning.contains(needle), "{needle} not in {warning}");
    }
    assert_eq!(show(&env, "li@acme.cn")["deregister_due_provisional"], true);
    // AU-1: the audit event carries the flag too.
    let ev = env.audit(&["--action", "employee.deregister"]);
    assert_eq!(ev.len(), 1);
    assert_eq!(ev[0]["after"]["deregister_due_provisional"], true, "{ev:?}");
}

#[test]
fn ea10_filed_late_on_2026_12_24_utc_counts_from_the_shanghai_date_and_is_provisional() {
    let mut env = acme();
    active(&env, "li@acme.cn", ID_B);
    // 17:00Z on 24 December is already Friday 25 December in Shanghai.
    env.now = "2026-12-24T17:00:00Z".to_string();
    let v = deregister(&env, "li@acme.cn").json();
    assert_eq!(v["deregister_due_at"], "2027-01-01T15:59:59Z", "{v}");
    assert_eq!(v["deregister_due_provisional"], true, "{v}");
}

#[test]
fn ea10_deadline_on_the_calendars_last_day_is_not_provisional() {
    let mut env = acme();
    active(&env, "li@acme.cn", ID_B);
    // Thursday 2026-12-24 in Shanghai: 25, 28, 29, 30, 31 December, all in
    // 2026. The last day the calendar covers is still a real deadline.
    env.now = "2026-12-24T10:00:00+08:00".to_string();
    let r = deregister(&env, "li@acme.cn");
    let v = r.json();
    assert_eq!(v["deregister_due_at"], "2026-12-31T15:59:59Z", "{v}");
    assert_eq!(v["deregister_due_provisional"], false, "{v}");
    assert!(!r.stderr.contains("warning"), "{}", r.stderr);
}

#[test]
fn ea10_deadline_well_inside_the_calendar_is_not_provisional() {
    let env = acme();
    active(&env, "li@acme.cn", ID_B);
    let r = deregister(&env, "li@acme.cn");
    let v = r.json();
    assert_eq!(v["deregister_due_at"], "2026-02-27T15:59:59Z", "{v}");
    assert_eq!(v["deregister_due_provisional"], false, "{v}");
    assert!(!r.stderr.contains("warning"), "{}", r.stderr);
    // An account that never filed has no provisional deadline either.
    active(&env, "wang@acme.cn", ID_A);
    assert_eq!(
        show(&env, "wang@acme.cn")["deregister_due_provisional"],
        false
    );
}

#[test]
fn ea10_deadline_with_the_year_in_the_config_is_exact_at_once() {
    let mut env = acme();
    active(&env, "li@acme.cn", ID_B);
    let cfg = config_2027(&env);
    env.now = "2026-12-25T10:00:00+08:00".to_string();
    let r = env.run(&[
        "--json",
        "--config",
        &cfg,
        "--org",
        "acme",
        "employee",
        "deregister",
        "li@acme.cn",
        "--materials",
        MATERIALS,
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v = r.json();
    // New Year's Day is off: the fifth working day is Monday 2027-01-04.
    assert_eq!(v["deregister_due_at"], "2027-01-04T15:59:59Z", "{v}");
    assert_eq!(v["deregister_due_provisional"], false, "{v}");
    assert!(!r.stderr.contains("warning"), "{}", r.stderr);
}

#[test]
fn ea10_rejected_deregistration_clears_the_provisional_deadline() {
    let mut env = acme();
    active(&env, "li@acme.cn", ID_B);
    env.now = "2026-12-25T10:00:00+08:00".to_string();
    deregister(&env, "li@acme.cn");
    let v = env.ok(&w(
        "employee deregister-review li@acme.cn --reject --reason incomplete",
    ));
    assert_eq!(v["deregister_due_at"], Value::Null, "{v}");
    assert_eq!(v["deregister_due_provisional"], false, "{v}");
}

// ---------------------------------------------------------------------------
// SW-1: the sweep recomputes provisional deadlines the calendar now covers
// ---------------------------------------------------------------------------

#[test]
fn sw1_sweep_recomputes_a_provisional_deadline_once_the_calendar_covers_it() {
    let mut env = acme();
    active(&env, "li@acme.cn", ID_B);
    env.now = "2026-12-25T10:00:00+08:00".to_string();
    deregister(&env, "li@acme.cn");

    // Without the year: nothing to recompute, and the count is reported.
    env.now = "2026-12-26T10:00:00+08:00".to_string();
    let s = sweep(&env, None);
    assert_eq!(s["provisional_deadlines_recomputed"], 0, "{s}");
    assert_eq!(s["changed"], 0, "{s}");
    assert_eq!(show(&env, "li@acme.cn")["deregister_due_provisional"], true);

    // With 2027 in the config: the deadline is exact now.
    let cfg = config_2027(&env);
    let s = sweep(&env, Some(&cfg));
    assert_eq!(s["provisional_deadlines_recomputed"], 1, "{s}");
    assert_eq!(s["changed"], 1, "{s}");
    let v = show(&env, "li@acme.cn");
    assert_eq!(v["deregister_due_at"], "2027-01-04T15:59:59Z", "{v}");
    assert_eq!(v["deregister_due_provisional"], false, "{v}");
    assert_eq!(v["status"], "deregistering", "{v}");

    // AU-1: one event for the changed account, with before and after.
    let ev = env.audit(&["--action", "employee.deregister-recompute"]);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0]["object"], "employee:li@acme.cn");
    assert_eq!(ev[0]["actor"], "tester");
    assert_eq!(ev[0]["before"]["deregister_due_at"], "2027-01-01T15:59:59Z");
    assert_eq!(ev[0]["after"]["deregister_due_at"], "2027-01-04T15:59:59Z");

    // SW-1: a second sweep changes nothing.
    let before = env.fingerprint();
    let s = sweep(&env, Some(&cfg));
    assert_eq!(s["provisional_deadlines_recomputed"], 0, "{s}");
    assert_eq!(s["changed"], 0, "{s}");
    assert_eq!(before, env.fingerprint(), "a second sweep changed data");
}

#[test]
fn sw1_dry_run_reports_the_recomputation_and_changes_nothing() {
    let mut env = acme();
    active(&env, "li@acme.cn", ID_B);
    env.now = "2026-12-25T10:00:00+08:00".to_string();
    deregister(&env, "li@acme.cn");
    let cfg = config_2027(&env);
    let before = env.fingerprint();
    let s = env.ok(&["--config", &cfg, "sweep", "--dry-run"]);
    assert_eq!(s["provisional_deadlines_recomputed"], 1, "{s}");
    assert_eq!(before, env.fingerprint(), "a dry run changed data");
}

#[test]
fn ea10_overdue_marking_uses_the_recomputed_deadline() {
    let mut env = acme();
    active(&env, "li@acme.cn", ID_B);
    env.now = "2026-12-25T10:00:00+08:00".to_string();
    deregister(&env, "li@acme.cn");
    let cfg = config_2027(&env);
    // Past the provisional deadline (end of 2027-01-01) but not the real
    // one (end of 2027-01-04): the recomputation runs first, so the sweep
    // does not mark the request overdue.
    env.now = "2027-01-02T10:00:00+08:00".to_string();
    let s = sweep(&env, Some(&cfg));
    assert_eq!(s["provisional_deadlines_recomputed"], 1, "{s}");
    assert_eq!(s["deregistrations_overdue"], 0, "{s}");
    assert_eq!(show(&env, "li@acme.cn")["deregister_overdue"], false);
    env.now = "2027-01-04T23:59:59+08:00".to_string();
    assert_eq!(sweep(&env, Some(&cfg))["deregistrations_overdue"], 0);
    env.now = "2027-01-05T00:00:00+08:00".to_string();
    assert_eq!(sweep(&env, Some(&cfg))["deregistrations_overdue"], 1);
    assert_eq!(show(&env, "li@acme.cn")["deregister_overdue"], true);
}

#[test]
fn ea10_overdue_mark_from_a_provisional_deadline_is_lifted_when_the_real_one_is_later() {
    let mut env = acme();
    active(&env, "li@acme.cn", ID_B);
    env.now = "2026-12-25T10:00:00+08:00".to_string();
    deregister(&env, "li@acme.cn");
    // Without the year, the provisional deadline is all there is.
    env.now = "2027-01-02T10:00:00+08:00".to_string();
    let s = sweep(&env, None);
    assert_eq!(s["deregistrations_overdue"], 1, "{s}");
    assert_eq!(show(&env, "li@acme.cn")["deregister_overdue"], true);
    // The year arrives: the real deadline has not passed, so the request
    // is no longer overdue.
    let cfg = config_2027(&env);
    env.now = "2027-01-03T10:00:00+08:00".to_string();
    let s = sweep(&env, Some(&cfg));
    assert_eq!(s["provisional_deadlines_recomputed"], 1, "{s}");
    assert_eq!(s["deregistrations_overdue"], 0, "{s}");
    let v = show(&env, "li@acme.cn");
    assert_eq!(v["deregister_overdue"], false, "{v}");
    assert_eq!(v["deregister_due_provisional"], false, "{v}");
    // And it becomes overdue again after the real deadline.
    env.now = "2027-01-05T00:00:00+08:00".to_string();
    assert_eq!(sweep(&env, Some(&cfg))["deregistrations_overdue"], 1);
}

#[test]
fn ea10_overdue_mark_stays_when_the_recomputed_deadline_has_passed_too() {
    let mut env = acme();
    active(&env, "li@acme.cn", ID_B);
    env.now = "2026-12-25T10:00:00+08:00".to_string();
    deregister(&env, "li@acme.cn");
    env.now = "2027-01-02T10:00:00+08:00".to_string();
    assert_eq!(sweep(&env, None)["deregistrations_overdue"], 1);
    let cfg = config_2027(&env);
    env.now = "2027-01-10T10:00:00+08:00".to_string();
    let s = sweep(&env, Some(&cfg));
    assert_eq!(s["provisional_deadlines_recomputed"], 1, "{s}");
    assert_eq!(s["deregistrations_overdue"], 0, "{s}");
    let v = show(&env, "li@acme.cn");
    assert_eq!(v["deregister_overdue"], true, "{v}");
    assert_eq!(v["deregister_due_at"], "2027-01-04T15:59:59Z", "{v}");
}

// ---------------------------------------------------------------------------
// roster calendar show
// ---------------------------------------------------------------------------

#[test]
fn tm1_calendar_show_lists_the_embedded_years() {
    let env = Env::new();
    let v = env.ok(&w("calendar show"));
    let years = v.as_array().unwrap_or_else(|| panic!("not an array: {v}"));
    let listed: Vec<i64> = years.iter().map(|y| y["year"].as_i64().unwrap()).collect();
    assert_eq!(listed, vec![2024, 2025, 2026], "{v}");
    for y in years {
        assert_eq!(y["source"], "embedded", "{y}");
        assert_eq!(y["file"], Value::Null, "{y}");
        assert!(y["holidays"].as_u64().unwrap() > 20, "{y}");
        assert!(y["workdays"].as_u64().unwrap() > 0, "{y}");
    }
    // 2026: 33 holidays and 6 make-up workdays in the State Council notice.
    assert_eq!(years[2]["holidays"], 33, "{v}");
    assert_eq!(years[2]["workdays"], 6, "{v}");
    // `show` is the default.
    assert_eq!(env.ok(&["calendar"]), v);
}

#[test]
fn tm1_calendar_show_names_the_config_file_for_the_years_it_gives() {
    let env = Env::new();
    let cfg = config_2027(&env);
    let v = env.ok(&["--config", &cfg, "calendar"]);
    let years = v.as_array().unwrap();
    assert_eq!(years.len(), 4, "{v}");
    let y = &years[3];
    assert_eq!(y["year"], 2027, "{v}");
    assert_eq!(y["source"], "config", "{v}");
    assert_eq!(
        y["file"],
        env.path("holidays-2027.json").display().to_string(),
        "{v}"
    );
    assert_eq!(y["holidays"], 1, "{v}");
    assert_eq!(y["workdays"], 0, "{v}");
    // A file year replaces the embedded one entirely.
    env.write_file("h26.json", "{\"2026-01-01\": \"holiday\"}");
    let cfg = env.write_file("c26.toml", "calendar_file = \"h26.json\"\n");
    let v = env.ok(&["--config", &cfg, "calendar", "show"]);
    assert_eq!(v[2]["year"], 2026, "{v}");
    assert_eq!(v[2]["source"], "config", "{v}");
    assert_eq!(v[2]["holidays"], 1, "{v}");
    assert_eq!(v[1]["source"], "embedded", "{v}");
}

#[test]
fn tm1_calendar_show_in_every_format() {
    let env = Env::new();
    let r = env.run(&w("calendar show"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    for needle in ["year", "source", "2024", "2026", "embedded"] {
        assert!(
            r.stdout.contains(needle),
            "table lacks {needle}:\n{}",
            r.stdout
        );
    }
    // The table mode explains what happens past the last year.
    assert!(r.stderr.contains("provisional"), "{}", r.stderr);
    let r = env.run(&w("--format csv calendar show"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(
        lines[0], "year,source,file,holidays,workdays",
        "{}",
        r.stdout
    );
    assert_eq!(lines.len(), 4, "{}", r.stdout);
    assert!(lines[1].starts_with("2024,embedded,,"), "{}", r.stdout);
    let r = env.run(&w("--format jsonl calendar show"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rows: Vec<Value> = r
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0]["year"], 2024);
    let r = env.run(&w("-q calendar show"));
    assert_eq!(r.code, 0);
    assert!(r.stdout.is_empty(), "{}", r.stdout);
    assert!(r.stderr.is_empty(), "{}", r.stderr);
}

// ---------------------------------------------------------------------------
// roster calendar check FILE
// ---------------------------------------------------------------------------

/// The example file docs/calendar.md shows.
fn example() -> String {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("docs/calendar-example.json")
        .display()
        .to_string()
}

#[test]
fn tm1_calendar_check_accepts_the_documented_example() {
    let env = Env::new();
    let v = env.ok(&["calendar", "check", &example()]);
    let years = v.as_array().unwrap_or_else(|| panic!("not an array: {v}"));
    assert_eq!(years.len(), 1, "{v}");
    assert_eq!(years[0]["year"], 2099, "{v}");
    assert_eq!(years[0]["effect"], "adds", "{v}");
    assert!(years[0]["holidays"].as_u64().unwrap() > 0, "{v}");
    assert!(years[0]["workdays"].as_u64().unwrap() > 0, "{v}");
    // The format's doc shows the same file, byte for byte.
    let doc = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/calendar.md"),
    )
    .unwrap();
    let file = std::fs::read_to_string(example()).unwrap();
    assert!(
        doc.contains(&format!("```json\n{file}```")),
        "docs/calendar.md does not show docs/calendar-example.json as it is"
    );
}

#[test]
fn tm1_calendar_check_says_which_years_a_file_adds_or_replaces() {
    let env = Env::new();
    let f = env.write_file(
        "two.json",
        "{\"2026-01-01\": \"holiday\", \"2027-01-01\": \"holiday\", \"2027-02-20\": \"workday\"}",
    );
    let v = env.ok(&["calendar", "check", &f]);
    assert_eq!(v[0]["year"], 2026, "{v}");
    assert_eq!(v[0]["effect"], "replaces", "{v}");
    assert_eq!(v[1]["year"], 2027, "{v}");
    assert_eq!(v[1]["effect"], "adds", "{v}");
    assert_eq!(v[1]["holidays"], 1, "{v}");
    assert_eq!(v[1]["workdays"], 1, "{v}");
    let r = env.run(&["calendar", "check", &f]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("2027"), "{}", r.stderr);
}

#[test]
fn tm1_calendar_check_names_the_line_and_rule_of_a_malformed_file() {
    let env = Env::new();
    for (name, text, line, needle) in [
        (
            "bad-date.json",
            "{\n  \"2027-01-01\": \"holiday\",\n  \"2027-02-30\": \"holiday\"\n}\n",
            3,
            "2027-02-30",
        ),
        (
            "bad-value.json",
            "{\n  \"2027-01-01\": \"holiday\",\n  \"2027-01-02\": \"holdiay\"\n}\n",
            3,
            "holdiay",
        ),
        (
            "duplicate.json",
            "{\n  \"2027-01-01\": \"holiday\",\n  \"2027-01-02\": \"workday\",\n  \"2027-01-01\": \"workday\"\n}\n",
            4,
            "2027-01-01",
        ),
        (
            "syntax.json",
            "{\n  \"2027-01-01\": \"holiday\"\n  \"2027-01-02\": \"holiday\"\n}\n",
            3,
            "JSON",
        ),
    ] {
        let f = env.write_file(name, text);
        let err = env.fail(5, &["calendar", "check", &f]);
        assert_eq!(err["code"], "INVALID_CALENDAR", "{name}: {err}");
        assert_eq!(err["rule"], "TM-1", "{name}: {err}");
        let field = err["details"]["field"].as_str().unwrap();
        assert!(field.ends_with(&format!("{name}:{line}")), "{name}: {err}");
        let message = err["message"].as_str().unwrap();
        assert!(message.contains(needle), "{name}: {err}");
    }
    let f = env.write_file("array.json", "[\"2027-01-01\"]");
    let err = env.fail(5, &["calendar", "check", &f]);
    assert_eq!(err["code"], "INVALID_CALENDAR", "{err}");
    // The human line names the file, the line and the rule.
    let f = env.path("bad-date.json").display().to_string();
    let r = env.run(&["calendar", "check", &f]);
    assert_eq!(r.code, 5);
    assert!(r.stderr.contains("bad-date.json:3"), "{}", r.stderr);
    assert!(r.stderr.contains("TM-1"), "{}", r.stderr);
}

#[test]
fn tm1_calendar_check_of_an_unreadable_file_is_an_io_error() {
    let env = Env::new();
    let missing = env.path("nope.json").display().to_string();
    let r = env.run(&["--json", "calendar", "check", &missing]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stdout.is_empty());
    assert!(r.stderr.contains("nope.json"), "{}", r.stderr);
}

#[test]
fn tm1_malformed_calendar_file_in_the_config_names_its_line() {
    let env = Env::new();
    env.write_file(
        "h.json",
        "{\n  \"2027-01-01\": \"holiday\",\n  \"2027-13-01\": \"holiday\"\n}\n",
    );
    let cfg = env.write_file("roster.toml", "calendar_file = \"h.json\"\n");
    let err = env.fail(5, &["--config", &cfg, "calendar"]);
    assert_eq!(err["code"], "INVALID_CALENDAR", "{err}");
    assert_eq!(err["rule"], "TM-1", "{err}");
    assert!(
        err["details"]["field"]
            .as_str()
            .unwrap()
            .ends_with("h.json:3"),
        "{err}"
    );
}

#[test]
fn tm1_calendar_never_creates_or_opens_a_database() {
    let env = Env::new();
    let f = env.write_file("h.json", CAL_2027);
    let bad = env.write_file("bad.json", "{");
    for args in [
        vec!["calendar"],
        vec!["calendar", "show"],
        vec!["--json", "calendar", "check", f.as_str()],
        vec!["--json", "calendar", "check", bad.as_str()],
    ] {
        let r = env.run(&args);
        assert!(r.code == 0 || r.code == 5, "{args:?}: {}", r.stderr);
        assert!(!env.db().exists(), "roster {args:?} created a database");
    }
    // Not even a database that cannot be opened stops it.
    let r = env.run(&["--db", "/nonexistent/dir/roster.db", "--json", "calendar"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!env.db().exists());
}
