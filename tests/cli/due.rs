//! Issue 12: `roster due` through the binary — what falls due in
//! [now, now + --within] before the sweep ends it (PA-1, PA-2, UP-3, UP-6,
//! EA-10, VC-1, SW-1): each kind exactly when its deadline is in the window,
//! both edges, lapsed and overdue, sorting, `--org`, `--kind`, `--within`,
//! the formats, and the same answer whether or not the sweep has run.

use jiff::Timestamp;
use serde_json::Value;

use crate::harness::*;

const MATERIALS: &str = "business-licence,legal-rep-id,employee-id,labour-contract";
const ENT: &str = "acme";
const SHOP: &str = "acme-shop";
const AGENCY: &str = "star";
const PHONE: &str = "13800000001";
const ID_C: &str = "310115198805122347";

/// The deadlines of what `world` makes at `NOW` (2026-02-13T01:00:00Z),
/// in the order `due` lists them: kind, deadline, object, command.
const ITEMS: [(&str, &str, &str, &str, &str); 6] = [
    (
        "code_expires",
        // VC-1: 5 minutes.
        "2026-02-13T01:05:00Z",
        AGENCY,
        "code:star/13800000001",
        "roster --org star subaccount add --phone 13800000001 --code CODE --name NAME --position POSITION",
    ),
    (
        "validity_ends",
        // PA-1: --valid-until 2026-02-14, the end of that day in Shanghai.
        "2026-02-14T15:59:59Z",
        ENT,
        "douyin:dy_val",
        "roster --org acme auth modify dy_val --valid-until DATE",
    ),
    (
        "invitation_lapses",
        // PA-2: 48 hours.
        "2026-02-15T01:00:00Z",
        ENT,
        "douyin:dy_inv",
        "roster --org acme auth accept dy_inv --name NAME --id-number ID",
    ),
    (
        "review_expires",
        // UP-6: 7 days.
        "2026-02-20T01:00:00Z",
        SHOP,
        "upgrade:dy_up",
        "roster upgrade review dy_up --approve",
    ),
    (
        "deregistration_due",
        // EA-10: the fifth working day after filing, over Spring Festival.
        "2026-02-27T15:59:59Z",
        ENT,
        "employee:li@acme.cn",
        "roster --org acme employee deregister-review li@acme.cn --approve",
    ),
    (
        "cancel_window_closes",
        // UP-3: 30 days.
        "2026-03-15T01:00:00Z",
        SHOP,
        "upgrade:dy_auto",
        "roster upgrade cancel dy_auto",
    ),
];

/// Seconds from `NOW` to `at`.
fn secs_to(at: &str) -> i64 {
    let now: Timestamp = NOW.parse().unwrap();
    let at: Timestamp = at.parse().unwrap();
    at.duration_since(now).as_secs()
}

/// `--json ARGS` (a `due` call) as its array of items.
fn items(env: &Env, args: &[&str]) -> Vec<Value> {
    env.ok(args)
        .as_array()
        .unwrap_or_else(|| panic!("roster {args:?}: not an array"))
        .clone()
}

/// (kind, at, object) of each item, in order.
fn keys(list: &[Value]) -> Vec<(String, String, String)> {
    list.iter()
        .map(|v| {
            (
                v["kind"].as_str().unwrap().to_string(),
                v["at"].as_str().unwrap().to_string(),
                v["object"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn kinds(list: &[Value]) -> Vec<String> {
    keys(list).into_iter().map(|(k, _, _)| k).collect()
}

fn auth(env: &Env, org: &str, args: &[&str]) -> Value {
    let mut a = vec!["--org", org, "auth"];
    a.extend_from_slice(args);
    env.ok(&a)
}

/// An enterprise `handle`, verified, with the position Sales.
fn enterprise(env: &Env, handle: &str, uscc: &str) {
    env.ok(&[
        "org",
        "create",
        "enterprise",
        handle,
        "--name",
        "Acme Ltd",
        "--uscc",
        uscc,
        "--legal-rep-name",
        "Li Lei",
        "--legal-rep-id",
        ID_A,
    ]);
    env.ok(&["org", "verify", handle]);
    env.ok(&[
        "--org",
        handle,
        "position",
        "create",
        "Sales",
        "--perm",
        "backend.video",
    ]);
}

/// One object of every kind, made at `NOW` (see `ITEMS`).
fn world() -> Env {
    let env = Env::new();
    enterprise(&env, ENT, USCC_A);
    // PA-2: an invitation nobody has answered.
    auth(
        &env,
        ENT,
        &w("invite dy_inv --modules backend.video --agree"),
    );
    // PA-1: an active authorisation valid through 2026-02-14.
    auth(
        &env,
        ENT,
        &w("invite dy_val --modules backend.video --agree --valid-until 2026-02-14"),
    );
    auth(
        &env,
        ENT,
        &["accept", "dy_val", "--name", "Han Mei", "--id-number", ID_B],
    );
    auth(&env, ENT, &w("review dy_val --approve"));
    // EA-10: a deregistration request.
    env.ok(&[
        "--org",
        ENT,
        "employee",
        "apply",
        "li@acme.cn",
        "--name",
        "Li",
        "--id-number",
        ID_C,
        "--position",
        "Sales",
        "--proof",
        "sealed",
        "--agree",
    ]);
    env.ok(&w("--org acme employee review li@acme.cn --approve"));
    env.ok(&[
        "--org",
        ENT,
        "employee",
        "deregister",
        "li@acme.cn",
        "--materials",
        MATERIALS,
    ]);
    // UP-6 and UP-3: a pending upgrade and an automatic one.
    env.shop(SHOP, "13900000001");
    for (verb, dy) in [("start", "dy_up"), ("auto", "dy_auto")] {
        env.ok(&[
            "upgrade",
            verb,
            dy,
            "--shop",
            SHOP,
            "--holder-name",
            "Li Lei",
            "--holder-id",
            ID_A,
            "--holder-phone",
            "13800138000",
        ]);
    }
    // VC-1: a code nobody has used.
    env.agency(AGENCY, "13700000001");
    env.ok(&["--org", AGENCY, "code", "issue", "--phone", PHONE]);
    env
}

// ---------------------------------------------------------------------------
// Every kind, its instant, its object and its command
// ---------------------------------------------------------------------------

#[test]
fn every_kind_is_listed_with_its_deadline_object_and_command_in_order() {
    let env = world();
    let list = items(&env, &w("due --within 30d --kind all"));
    assert_eq!(list.len(), ITEMS.len(), "{list:#?}");
    for (v, (kind, at, org, object, command)) in list.iter().zip(ITEMS) {
        assert_eq!(v["kind"], kind, "{v}");
        assert_eq!(v["at"], at, "{v}");
        assert_eq!(v["org"], org, "{v}");
        assert_eq!(v["object"], object, "{v}");
        assert_eq!(v["command"], command, "{v}");
        assert_eq!(v["overdue"], false, "{v}");
        assert_eq!(v["provisional"], false, "{v}");
        // The natural key is the object's key without its prefix.
        let key = v["key"].as_str().unwrap();
        assert!(object.ends_with(key), "{v}");
        assert!(v["command"].as_str().unwrap().contains(key), "{v}");
    }
    let rules: Vec<&str> = list.iter().map(|v| v["rule"].as_str().unwrap()).collect();
    assert_eq!(rules, ["VC-1", "PA-1", "PA-2", "UP-6", "EA-10", "UP-3"]);
    // Each object's own view shows the same instant.
    let val = env.ok(&w("--org acme auth show dy_val"));
    assert_eq!(val["valid_until"], ITEMS[1].1);
    let inv = env.ok(&w("--org acme auth show dy_inv"));
    assert_eq!(inv["invite_expires_at"], ITEMS[2].1);
    let emp = env.ok(&w("employee show li@acme.cn"));
    assert_eq!(emp["deregister_due_at"], ITEMS[4].1);
}

#[test]
fn without_kind_every_kind_but_codes_and_the_default_window_is_48_hours() {
    let env = world();
    // 48 hours from NOW ends exactly at the invitation's deadline: included.
    let list = items(&env, &w("due"));
    assert_eq!(kinds(&list), ["validity_ends", "invitation_lapses"]);
    let list = items(&env, &w("due --within 30d"));
    assert_eq!(
        kinds(&list),
        [
            "validity_ends",
            "invitation_lapses",
            "review_expires",
            "deregistration_due",
            "cancel_window_closes"
        ]
    );
    let list = items(
        &env,
        &w("due --within 30d --kind code_expires,cancel_window_closes"),
    );
    assert_eq!(kinds(&list), ["code_expires", "cancel_window_closes"]);
    let list = items(
        &env,
        &w("due --within 30d --kind review_expires --kind validity_ends"),
    );
    assert_eq!(kinds(&list), ["validity_ends", "review_expires"]);
    // An unknown kind is a usage error that lists the kinds.
    let r = env.run(&w("due --kind soon"));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("invitation_lapses"), "{}", r.stderr);
}

/// Each kind is listed exactly when its deadline is in the window: with
/// the window ending at the deadline it is, one second short it is not.
#[test]
fn each_kind_is_due_exactly_when_its_deadline_falls_in_the_window() {
    let env = world();
    for (kind, at, _, object, _) in ITEMS {
        let n = secs_to(at);
        let within = format!("{n}s");
        let list = items(&env, &["due", "--within", &within, "--kind", kind]);
        assert_eq!(
            keys(&list),
            [(kind.to_string(), at.to_string(), object.to_string())],
            "{kind} with --within {within}"
        );
        let short = format!("{}s", n - 1);
        let list = items(&env, &["due", "--within", &short, "--kind", kind]);
        assert!(list.is_empty(), "{kind} with --within {short}: {list:?}");
    }
}

// ---------------------------------------------------------------------------
// Lapsed, overdue, and the sweep
// ---------------------------------------------------------------------------

/// `due --kind all` at the env's clock, and the same after a sweep: the
/// two answers must be equal (SW-1). Returns the answer.
fn due_swept_or_not(env: &Env, within: &str) -> Vec<Value> {
    let before = items(env, &["due", "--within", within, "--kind", "all"]);
    env.ok(&w("sweep"));
    let after = items(env, &["due", "--within", within, "--kind", "all"]);
    assert_eq!(before, after, "due at {} changed with the sweep", env.now);
    before
}

/// What is over at its deadline (an invitation, a pending upgrade, a
/// cancel window, a code) is not due at that instant: it has lapsed,
/// swept or not. A validity period holds through its last second. One
/// world, its clock moved forward through the deadlines in turn.
#[test]
fn what_is_over_at_now_has_lapsed_whether_or_not_the_sweep_has_run() {
    let mut env = world();
    let at_offset = |s: i64| {
        let t: Timestamp = NOW.parse().unwrap();
        (t + jiff::SignedDuration::from_secs(s)).to_string()
    };
    for (kind, at, _, object, _) in ITEMS {
        if kind == "deregistration_due" {
            continue;
        }
        let deadline = secs_to(at);
        env.now = at_offset(deadline - 1);
        let list = due_swept_or_not(&env, "1s");
        assert!(
            keys(&list).contains(&(kind.to_string(), at.to_string(), object.to_string())),
            "{kind} one second before {at}: {list:?}"
        );
        env.now = at_offset(deadline);
        let list = due_swept_or_not(&env, "1h");
        assert_eq!(
            kinds(&list).contains(&kind.to_string()),
            kind == "validity_ends",
            "{kind} at its deadline {at}: {list:?}"
        );
        env.now = at_offset(deadline + 1);
        let list = due_swept_or_not(&env, "1h");
        assert!(
            !kinds(&list).contains(&kind.to_string()),
            "{kind} a second past {at}: {list:?}"
        );
    }
}

/// EA-10: a review past its due instant is listed whatever the window,
/// marked overdue, before and after the sweep marks it, until it is
/// reviewed — with the command the item names.
#[test]
fn ea10_overdue_deregistrations_stay_listed_until_reviewed() {
    let mut env = world();
    let dereg = ITEMS[4];
    env.now = dereg.1.to_string();
    let list = items(&env, &w("due --within 0s --kind deregistration_due"));
    assert_eq!(list.len(), 1, "{list:?}");
    assert_eq!(list[0]["overdue"], false, "due now, not yet overdue");
    env.now = "2026-03-01T00:00:00Z".to_string();
    let list = due_swept_or_not(&env, "0s");
    assert_eq!(list.len(), 1, "{list:?}");
    let item = &list[0];
    assert_eq!(item["kind"], "deregistration_due");
    assert_eq!(
        item["at"], dereg.1,
        "the instant stays the due one, in the past"
    );
    assert_eq!(item["overdue"], true, "{item}");
    assert_eq!(
        env.ok(&w("employee show li@acme.cn"))["deregister_overdue"],
        true
    );
    // Listed first, before what is still ahead.
    let list = items(&env, &w("due --within 30d"));
    assert_eq!(list[0]["object"], "employee:li@acme.cn", "{list:?}");
    // The item's command reviews it; then it is gone.
    let command = item["command"].as_str().unwrap();
    let words: Vec<&str> = command.split_whitespace().skip(1).collect();
    let r = env.run(&words);
    assert_eq!(r.code, 0, "{command}: {}", r.stderr);
    let list = items(&env, &w("due --within 30d --kind deregistration_due"));
    assert!(list.is_empty(), "{list:?}");
}

/// The command an item names acts on it: once run (placeholders filled),
/// the item is gone or moved.
#[test]
fn the_command_of_each_item_acts_on_it() {
    let env = world();
    let list = items(&env, &w("due --within 30d"));
    for v in &list {
        let command = v["command"].as_str().unwrap();
        let filled = command
            .replace("--name NAME", "--name Wang")
            .replace("--id-number ID", &format!("--id-number {ID_A}"))
            .replace("DATE", "2026-12-31");
        let words: Vec<&str> = filled.split_whitespace().skip(1).collect();
        let r = env.run(&words);
        assert_eq!(r.code, 0, "{filled}: {}", r.stderr);
    }
    let after = items(&env, &w("due --within 30d"));
    assert!(after.is_empty(), "still due after acting: {after:#?}");
    // The renewed validity is due at its new end.
    let list = items(&env, &w("due --within 365d --kind validity_ends"));
    assert_eq!(list.len(), 1, "{list:?}");
    assert_eq!(list[0]["at"], "2026-12-31T15:59:59Z");
}

// ---------------------------------------------------------------------------
// Order and scope
// ---------------------------------------------------------------------------

#[test]
fn sorted_by_instant_then_kind_then_object() {
    let mut env = Env::new();
    enterprise(&env, ENT, USCC_A);
    env.agency(AGENCY, "13700000001");
    // Two invitations at the same instant, given in reverse order.
    auth(
        &env,
        ENT,
        &w("invite dy_b dy_a --modules backend.video --agree"),
    );
    // A code issued 5 minutes before their 48 hours end: the same instant.
    env.now = "2026-02-15T00:55:00Z".to_string();
    env.ok(&["--org", AGENCY, "code", "issue", "--phone", PHONE]);
    // And a later invitation whose Douyin id sorts first.
    auth(&env, ENT, &w("invite dy_0 --modules backend.video --agree"));
    let list = items(&env, &w("due --within 3d --kind all"));
    let got: Vec<(String, String)> = keys(&list)
        .into_iter()
        .map(|(k, at, o)| (format!("{at} {k}"), o))
        .collect();
    assert_eq!(
        got,
        [
            (
                "2026-02-15T01:00:00Z code_expires".into(),
                "code:star/13800000001".into()
            ),
            (
                "2026-02-15T01:00:00Z invitation_lapses".into(),
                "douyin:dy_a".into()
            ),
            (
                "2026-02-15T01:00:00Z invitation_lapses".into(),
                "douyin:dy_b".into()
            ),
            (
                "2026-02-17T00:55:00Z invitation_lapses".into(),
                "douyin:dy_0".into()
            ),
        ]
    );
}

#[test]
fn org_scopes_the_listing_and_without_it_every_org_is_listed() {
    let env = world();
    enterprise(&env, "beta", USCC_B);
    auth(
        &env,
        "beta",
        &w("invite dy_beta --modules backend.video --agree"),
    );
    let all = items(&env, &w("due --within 30d --kind all"));
    assert_eq!(all.len(), ITEMS.len() + 1);
    let beta = items(&env, &w("--org beta due --within 30d --kind all"));
    assert_eq!(
        keys(&beta),
        [(
            "invitation_lapses".into(),
            "2026-02-15T01:00:00Z".into(),
            "douyin:dy_beta".into()
        )]
    );
    // An upgrade belongs to its shop.
    let shop = items(&env, &w("--org acme-shop due --within 30d --kind all"));
    assert_eq!(kinds(&shop), ["review_expires", "cancel_window_closes"]);
    let acme = items(&env, &w("--org acme due --within 30d --kind all"));
    assert!(acme.iter().all(|v| v["org"] == ENT), "{acme:?}");
    assert_eq!(acme.len(), 3, "{acme:?}");
    // ROSTER_ORG scopes it as --org does.
    let r = env.run_env(&w("--json due --within 30d"), &[("ROSTER_ORG", "beta")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.json().as_array().unwrap().len(), 1);
    let err = env.fail(3, &w("--org nosuch due"));
    assert_eq!(err["code"], "ORG_NOT_FOUND", "{err}");
}

// ---------------------------------------------------------------------------
// --within
// ---------------------------------------------------------------------------

#[test]
fn within_takes_the_lengths_people_write_and_iso_8601() {
    let env = world();
    let by_secs = |s: i64| {
        items(
            &env,
            &["due", "--kind", "all", "--within", &format!("{s}s")],
        )
    };
    for (form, secs) in [
        ("90m", 5400),
        ("48h", 172_800),
        ("7d", 604_800),
        ("2w", 1_209_600),
        ("1d12h", 129_600),
        ("PT48H", 172_800),
        ("P7D", 604_800),
        ("P1DT12H", 129_600),
    ] {
        let got = items(&env, &["due", "--kind", "all", "--within", form]);
        assert_eq!(got, by_secs(secs), "--within {form}");
    }
}

#[test]
fn a_bad_within_is_invalid_input_naming_the_flag() {
    let env = world();
    for bad in [
        "",
        "48",
        "soon",
        "-48h",
        "1mo",
        "P1Y",
        "99999999999w",
        "100000000h",
    ] {
        let arg = format!("--within={bad}");
        let err = env.fail(5, &["due", &arg]);
        assert_eq!(err["code"], "INVALID_DURATION", "{bad:?}: {err}");
        assert_eq!(err["details"]["field"], "--within", "{bad:?}: {err}");
        assert!(
            err["message"].as_str().unwrap().contains("--within"),
            "{err}"
        );
    }
    // For people, too; and before the database is looked at.
    let r = Env::new().run(&w("due --within soon"));
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert!(r.stderr.contains("--within"), "{}", r.stderr);
    assert!(r.stderr.contains("48h"), "names the forms: {}", r.stderr);
}

// ---------------------------------------------------------------------------
// Formats, the missing database, and a read that changes nothing
// ---------------------------------------------------------------------------

#[test]
fn jsonl_streams_one_item_per_line_with_the_json_fields() {
    let env = world();
    let json = items(&env, &w("due --within 30d --kind all"));
    let r = env.run(&w("--format jsonl due --within 30d --kind all"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines: Vec<Value> = r
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert_eq!(lines, json);
    for v in &lines {
        for f in [
            "at",
            "kind",
            "org",
            "object",
            "key",
            "command",
            "rule",
            "overdue",
            "provisional",
        ] {
            assert!(v.get(f).is_some(), "a due item lacks {f}: {v}");
        }
    }
    // Nothing due: no line at all.
    let r = env.run(&w("--format jsonl due --within 1s"));
    assert_eq!((r.code, r.stdout.as_str()), (0, ""), "{}", r.stderr);
}

#[test]
fn the_table_shows_the_columns_people_read_and_an_empty_window_its_header() {
    let env = world();
    let r = env.run(&w("due"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let header = r.stdout.lines().nth(1).unwrap();
    let columns: Vec<&str> = header
        .split(['│', '┆'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    assert_eq!(columns, ["at", "kind", "org", "object", "command"]);
    assert!(r.stdout.contains("douyin:dy_inv"), "{}", r.stdout);
    let empty = Env::new();
    empty.ok(&w("init"));
    let r = empty.run(&w("due"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("command"), "header only: {}", r.stdout);
    assert_eq!(r.stdout.lines().count(), 4, "{}", r.stdout);
    let r = empty.run(&w("--format csv due"));
    assert_eq!(
        r.stdout,
        "at,kind,org,object,key,command,rule,overdue,provisional\n"
    );
}

#[test]
fn a_missing_database_is_not_found_and_stays_missing() {
    let env = Env::new();
    let err = env.fail(3, &w("due"));
    assert_eq!(err["code"], "DB_NOT_FOUND", "{err}");
    assert!(!env.db().exists());
}

#[test]
fn due_changes_nothing_and_its_objects_are_the_audit_logs_keys() {
    let env = world();
    let before = env.fingerprint();
    let list = items(&env, &w("due --within 30d --kind all"));
    assert_eq!(before, env.fingerprint(), "due wrote to the database");
    for v in &list {
        let object = v["object"].as_str().unwrap();
        assert!(
            !env.audit(&["--object", object]).is_empty(),
            "no audit event for {object}"
        );
    }
}

/// TM-1 / EA-10: a deadline counted past the calendar's years is listed
/// as provisional.
#[test]
fn ea10_a_deadline_past_the_calendar_is_provisional() {
    let mut env = Env::new();
    enterprise(&env, ENT, USCC_A);
    env.ok(&[
        "--org",
        ENT,
        "employee",
        "apply",
        "li@acme.cn",
        "--name",
        "Li",
        "--id-number",
        ID_C,
        "--position",
        "Sales",
        "--proof",
        "sealed",
        "--agree",
    ]);
    env.ok(&w("--org acme employee review li@acme.cn --approve"));
    env.now = "2026-12-25T10:00:00+08:00".to_string();
    env.ok(&[
        "--org",
        ENT,
        "employee",
        "deregister",
        "li@acme.cn",
        "--materials",
        MATERIALS,
    ]);
    let list = items(&env, &w("due --within 8d"));
    assert_eq!(list.len(), 1, "{list:?}");
    assert_eq!(list[0]["at"], "2027-01-01T15:59:59Z");
    assert_eq!(list[0]["provisional"], true, "{}", list[0]);
}
