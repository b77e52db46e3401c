//! Issue 4: authorised personal accounts and the sweep through the binary (SPEC §4, SW-1).

use serde_json::Value;

use crate::harness::*;

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

const ORG: &str = "acme";
const OTHER: &str = "beta";

// Valid resident identity numbers (GB 11643 check digits verified).
const ID1: &str = "110105199003071239";
const ID2: &str = "310115198805122347";
const ID3: &str = "440305199508233456";
const ID4: &str = "510107199201014566";
const IDS: [&str; 5] = [ID_A, ID1, ID2, ID3, ID4];

/// 48 hours after `NOW`: the invitation deadline (PA-2).
const DEADLINE: &str = "2026-02-15T09:00:00+08:00";
const DEADLINE_UTC: &str = "2026-02-15T01:00:00Z";
const JUST_BEFORE_DEADLINE: &str = "2026-02-15T08:59:59+08:00";

/// `--org acme auth ARGS…`
fn a<'a>(args: &[&'a str]) -> Vec<&'a str> {
    auth_in(ORG, args)
}

/// `--org ORG auth ARGS…`
fn auth_in<'a>(org: &'a str, args: &[&'a str]) -> Vec<&'a str> {
    let mut v = vec!["--org", org, "auth"];
    v.extend_from_slice(args);
    v
}

/// A verified bronze enterprise `acme` without tools.
fn acme() -> Env {
    let env = Env::new();
    env.enterprise(ORG);
    env.ok(&w("org verify acme"));
    env
}

/// A second verified enterprise `beta`.
fn beta(env: &Env) {
    env.ok(&[
        "org",
        "create",
        "enterprise",
        OTHER,
        "--name",
        "Beta Ltd",
        "--uscc",
        USCC_B,
        "--legal-rep-name",
        "Han Mei",
        "--legal-rep-id",
        ID_A,
    ]);
    env.ok(&w("org verify beta"));
}

/// Sets the clock for the calls that follow.
fn at(env: &mut Env, now: &str) {
    env.now = now.to_string();
}

fn assert_err(err: &Value, code: &str, rule: &str) {
    assert_eq!(err["code"], code, "{err}");
    assert_eq!(err["rule"], rule, "{err}");
    assert!(
        err["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{err}"
    );
}

/// PII-1: no text shows a full identity number.
fn assert_no_full_id(text: &str) {
    for id in IDS {
        assert!(
            !text.contains(id),
            "printed the full identity number {id}:\n{text}"
        );
    }
}

/// The masked form of an identity number: first 3 and last 4 (PII-1).
fn masked(id: &str) -> String {
    format!("{}{}{}", &id[..3], "*".repeat(11), &id[14..])
}

/// The fields CLI.md requires of an authorisation.
fn assert_auth_fields(v: &Value) {
    for f in [
        "org",
        "douyin_id",
        "status",
        "modules",
        "valid_until",
        "invite_expires_at",
    ] {
        assert!(v.get(f).is_some(), "authorisation lacks {f}: {v}");
    }
}

/// Invites `id` into acme with backend.video.
fn invite(env: &Env, id: &str) -> Value {
    invite_in(env, ORG, id)
}

fn invite_in(env: &Env, org: &str, id: &str) -> Value {
    env.ok(&auth_in(
        org,
        &["invite", id, "--modules", "backend.video", "--agree"],
    ))
}

fn accept(env: &Env, id: &str) -> Value {
    env.ok(&a(&["accept", id, "--name", "Li Lei", "--id-number", ID1]))
}

fn approve(env: &Env, id: &str) -> Value {
    env.ok(&a(&["review", id, "--approve"]))
}

fn reject(env: &Env, id: &str) -> Value {
    env.ok(&a(&["review", id, "--reject", "--reason", "blurry-photo"]))
}

/// Drives a fresh `id` in acme to `state` (invited, reviewing, active or
/// rejected).
fn drive(env: &Env, id: &str, state: &str) -> Value {
    let mut v = invite(env, id);
    if state != "invited" {
        v = accept(env, id);
    }
    match state {
        "active" => v = approve(env, id),
        "rejected" => v = reject(env, id),
        _ => {}
    }
    assert_eq!(v["status"], state, "{v}");
    v
}

fn show(env: &Env, id: &str) -> Value {
    env.ok(&["auth", "show", id])
}

fn status(env: &Env, id: &str) -> String {
    show(env, id)["status"].as_str().unwrap().to_string()
}

fn sweep(env: &Env) -> Value {
    env.ok(&["sweep"])
}

/// The Douyin ids of a listing, in order.
fn ids(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap_or_else(|| panic!("not an array: {list}"))
        .iter()
        .map(|a| a["douyin_id"].as_str().unwrap())
        .collect()
}

fn quota_used(env: &Env) -> u64 {
    env.ok(&w("org show acme"))["quota_used"].as_u64().unwrap()
}

/// An employee application in acme's position Sales (needs `sales`).
fn apply_args<'a>(email: &'a str, id: &'a str) -> Vec<&'a str> {
    vec![
        "--org",
        ORG,
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
    ]
}

fn sales(env: &Env) {
    env.ok(&w("--org acme position create Sales --perm backend.video"));
}

/// `--json ARGS` with `stdin`, whatever the outcome.
fn run_json(env: &Env, args: &[&str], stdin: Option<&str>) -> Run {
    let mut v = vec!["--json"];
    v.extend_from_slice(args);
    env.run_in(&v, stdin)
}

/// A batch run's report rows, by Douyin id.
fn row<'a>(rows: &'a Value, id: &str) -> &'a Value {
    rows.as_array()
        .unwrap_or_else(|| panic!("not an array: {rows}"))
        .iter()
        .find(|r| r["douyin_id"] == id)
        .unwrap_or_else(|| panic!("no row for {id}: {rows}"))
}

// ---------------------------------------------------------------------------
// PA-1: invite
// ---------------------------------------------------------------------------

#[test]
fn pa1_invite_lands_invited_with_the_contract_fields() {
    let env = acme();
    let v = env.ok(&a(&[
        "invite",
        "dy_lilei",
        "--modules",
        "backend.video,backend.live",
        "--agree",
    ]));
    assert_auth_fields(&v);
    assert_eq!(v["org"], ORG);
    assert_eq!(v["douyin_id"], "dy_lilei");
    assert_eq!(v["status"], "invited");
    assert_eq!(
        v["modules"],
        serde_json::json!(["backend.live", "backend.video"])
    );
    assert_eq!(v["valid_until"], Value::Null);
    assert_eq!(v["invite_expires_at"], DEADLINE_UTC);
    assert_eq!(v["invited_at"], NOW_UTC);
    assert_eq!(env.audit_count("auth.invite"), 1);
    let ev = &env.audit(&["--action", "auth.invite"])[0];
    assert_eq!(ev["actor"], "tester");
    assert_eq!(ev["object"], "douyin:dy_lilei");
    assert_eq!(ev["after"]["status"], "invited");
    // The listing carries the same fields.
    let list = env.ok(&a(&["list"]));
    assert_auth_fields(&list[0]);
    assert_eq!(ids(&list), ["dy_lilei"]);
}

#[test]
fn pa1_invite_without_agree_is_agreement_required() {
    let env = acme();
    let err = env.fail(5, &a(&w("invite dy_lilei --modules backend.video")));
    assert_err(&err, "AGREEMENT_REQUIRED", "PA-1");
    assert!(env.ok(&a(&["list"])).as_array().unwrap().is_empty());
}

#[test]
fn pa1_invite_without_modules_is_invalid() {
    let env = acme();
    let err = env.fail(5, &a(&["invite", "dy_lilei", "--modules", "", "--agree"]));
    assert_eq!(err["code"], "MISSING_FIELD", "{err}");
    assert_eq!(err["rule"], "PA-1", "{err}");
    env.fail(
        5,
        &a(&["invite", "dy_lilei", "--modules", " , ", "--agree"]),
    );
    // Without the flag at all: clap's usage error.
    let r = env.run(&a(&w("invite dy_lilei --agree")));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stdout.is_empty());
}

#[test]
fn pa1_unknown_module_is_unknown_permission() {
    let env = acme();
    let err = env.fail(5, &a(&w("invite dy_lilei --modules backend.nope --agree")));
    assert_eq!(err["code"], "UNKNOWN_PERMISSION", "{err}");
    // An agency code is not an enterprise module: invalid input, not a rule.
    let err = env.fail(5, &a(&w("invite dy_lilei --modules agency.tasks --agree")));
    assert_eq!(err["code"], "UNKNOWN_PERMISSION", "{err}");
    assert!(
        err["message"].as_str().unwrap().contains("backend.video"),
        "the refusal lists the valid codes: {err}"
    );
    let err = env.fail(5, &a(&w("invite dy_lilei --modules shop.orders --agree")));
    assert_eq!(err["code"], "UNKNOWN_PERMISSION", "{err}");
}

#[test]
fn en5_invite_with_a_tool_the_enterprise_does_not_hold_is_refused() {
    let env = acme();
    let err = env.fail(
        4,
        &a(&w(
            "invite dy_lilei --modules backend.video,video.booking --agree",
        )),
    );
    assert_err(&err, "TOOL_NOT_HELD", "EN-5");
    assert_eq!(
        err["details"]["missing"],
        serde_json::json!(["video.booking"])
    );
    env.ok(&w("org tools acme --grant video.booking"));
    let v = env.ok(&a(&w(
        "invite dy_lilei --modules backend.video,video.booking --agree",
    )));
    let mut got: Vec<&str> = v["modules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    got.sort_unstable();
    assert_eq!(got, ["backend.video", "video.booking"]);
}

#[test]
fn pa1_valid_until_bare_date_is_the_end_of_that_day_in_shanghai() {
    let env = acme();
    let v = env.ok(&a(&w(
        "invite dy_a --modules backend.video --agree --valid-until 2026-03-01",
    )));
    assert_eq!(v["valid_until"], "2026-03-01T15:59:59Z");
    // An RFC 3339 instant with an offset is shown in UTC (TM-1).
    let v = env.ok(&a(&w(
        "invite dy_b --modules backend.video --agree --valid-until 2026-03-01T12:30:00+08:00",
    )));
    assert_eq!(v["valid_until"], "2026-03-01T04:30:00Z");
    assert_eq!(show(&env, "dy_a")["valid_until"], "2026-03-01T15:59:59Z");
}

#[test]
fn pa1_past_valid_until_is_invalid() {
    let env = acme();
    for until in ["2026-02-12", NOW, "2026-02-13T00:59:59Z"] {
        let err = env.fail(
            5,
            &a(&[
                "invite",
                "dy_a",
                "--modules",
                "backend.video",
                "--agree",
                "--valid-until",
                until,
            ]),
        );
        assert_eq!(err["code"], "INVALID_INSTANT", "{until}: {err}");
    }
    // Today's date still has hours left: the end of it is in the future.
    let v = env.ok(&a(&w(
        "invite dy_a --modules backend.video --agree --valid-until 2026-02-13",
    )));
    assert_eq!(v["valid_until"], "2026-02-13T15:59:59Z");
    let err = env.fail(
        5,
        &a(&w(
            "invite dy_b --modules backend.video --agree --valid-until tomorrow",
        )),
    );
    assert_eq!(err["code"], "INVALID_INSTANT", "{err}");
}

#[test]
fn en2_unverified_enterprise_cannot_invite() {
    let env = Env::new();
    env.enterprise(ORG);
    let err = env.fail(4, &a(&w("invite dy_a --modules backend.video --agree")));
    assert_err(&err, "ENTERPRISE_NOT_VERIFIED", "EN-2");
    env.ok(&w("org verify acme"));
    invite(&env, "dy_a");
}

#[test]
fn pa1_invite_on_an_agency_is_not_an_enterprise() {
    let env = Env::new();
    env.agency("star", "13800138001");
    let err = env.fail(
        4,
        &auth_in("star", &w("invite dy_a --modules backend.video --agree")),
    );
    assert_eq!(err["code"], "NOT_AN_ENTERPRISE", "{err}");
    let err = env.fail(4, &auth_in("star", &["list"]));
    assert_eq!(err["code"], "NOT_AN_ENTERPRISE", "{err}");
    let err = env.fail(
        3,
        &auth_in("nope", &w("invite dy_a --modules backend.video --agree")),
    );
    assert_eq!(err["code"], "ORG_NOT_FOUND", "{err}");
}

#[test]
fn pa1_douyin_id_is_case_folded_and_bounded() {
    let env = acme();
    let v = invite(&env, "DY_Case.1");
    assert_eq!(v["douyin_id"], "dy_case.1");
    assert_eq!(show(&env, "DY_CASE.1")["douyin_id"], "dy_case.1");
    for bad in [
        "a",
        "abcdefghijabcdefghijabcdefghijk",
        "dy-a",
        "dy a",
        "抖音",
    ] {
        let err = env.fail(
            5,
            &a(&["invite", bad, "--modules", "backend.video", "--agree"]),
        );
        assert_eq!(err["code"], "INVALID_DOUYIN_ID", "{bad}: {err}");
    }
    let thirty = "abcdefghijabcdefghijabcdefghij";
    assert_eq!(invite(&env, thirty)["douyin_id"], thirty);
    assert_eq!(invite(&env, "ab")["douyin_id"], "ab");
}

// ---------------------------------------------------------------------------
// PA-1: batches
// ---------------------------------------------------------------------------

#[test]
fn pa1_batch_with_one_invalid_id_reports_every_row_and_exits_6() {
    let env = acme();
    let r = run_json(
        &env,
        &a(&w(
            "invite dy_one Bad! DY_Three --modules backend.video --agree",
        )),
        None,
    );
    assert_eq!(r.code, 6, "stdout: {}\nstderr: {}", r.stdout, r.stderr);
    let rows = r.json();
    assert_eq!(rows.as_array().unwrap().len(), 3, "{rows}");
    let one = row(&rows, "dy_one");
    assert_eq!(one["result"], "created");
    assert_eq!(one["status"], "invited");
    assert_eq!(one["error_code"], Value::Null);
    let bad = row(&rows, "Bad!");
    assert_eq!(bad["result"], "failed");
    assert_eq!(bad["error_code"], "INVALID_DOUYIN_ID");
    assert!(bad["error_message"].as_str().is_some_and(|m| !m.is_empty()));
    assert_eq!(row(&rows, "dy_three")["result"], "created");
    // The summary is on stderr; the valid ids landed.
    assert_eq!(r.error()["code"], "PARTIAL_FAILURE");
    assert_eq!(ids(&env.ok(&a(&["list"]))), ["dy_one", "dy_three"]);
    assert_eq!(env.audit_count("auth.invite"), 2);
}

#[test]
fn pa1_batch_reads_ids_from_stdin_skipping_blanks_and_comments() {
    let env = acme();
    let stdin =
        "\u{feff}dy_one\r\n\n# a comment\n   DY_TWO  \r\n\n  # indented comment\ndy_three\n";
    let r = run_json(
        &env,
        &a(&w("invite - --modules backend.video --agree")),
        Some(stdin),
    );
    assert_eq!(r.code, 0, "stdout: {}\nstderr: {}", r.stdout, r.stderr);
    let rows = r.json();
    assert_eq!(ids(&rows), ["dy_one", "dy_two", "dy_three"]);
    for r in rows.as_array().unwrap() {
        assert_eq!(r["result"], "created", "{r}");
    }
    assert_eq!(
        env.ok(&a(&w("list --status invited")))
            .as_array()
            .unwrap()
            .len(),
        3
    );
}

#[test]
fn pa1_one_failing_id_exits_with_its_own_code_and_envelope() {
    let env = acme();
    // As an argument.
    let err = env.fail(5, &a(&w("invite Bad! --modules backend.video --agree")));
    assert_eq!(err["code"], "INVALID_DOUYIN_ID", "{err}");
    env.ok(&w("identity xingtu dy_star --on"));
    let err = env.fail(4, &a(&w("invite dy_star --modules backend.video --agree")));
    assert_err(&err, "XINGTU_EXCLUSIVE", "PA-8");
    // As the only line on stdin: the same as the single command.
    let before = env.fingerprint();
    let r = run_json(
        &env,
        &a(&w("invite - --modules backend.video --agree")),
        Some("# one\ndy_star\n"),
    );
    assert_eq!(r.code, 4, "stdout: {}\nstderr: {}", r.stdout, r.stderr);
    assert!(r.stdout.trim().is_empty(), "{}", r.stdout);
    assert_eq!(r.error()["code"], "XINGTU_EXCLUSIVE");
    assert_eq!(before, env.fingerprint());
    // One good id alone prints one object, not a report.
    let r = run_json(
        &env,
        &a(&w("invite - --modules backend.video --agree")),
        Some("dy_good\n"),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.json()["douyin_id"], "dy_good");
}

#[test]
fn pa1_batch_checks_shared_flags_before_any_id() {
    let env = acme();
    let before = env.fingerprint();
    for (args, code) in [
        (
            "invite dy_a dy_b --modules backend.video",
            "AGREEMENT_REQUIRED",
        ),
        (
            "invite dy_a dy_b --modules backend.bogus --agree",
            "UNKNOWN_PERMISSION",
        ),
        (
            "invite dy_a dy_b --modules backend.video --agree --valid-until 2020-01-01",
            "INVALID_INSTANT",
        ),
    ] {
        let r = run_json(&env, &a(&w(args)), None);
        assert_eq!(r.code, 5, "{args}: {}", r.stderr);
        assert!(r.stdout.trim().is_empty(), "{args}: {}", r.stdout);
        assert_eq!(r.error()["code"], code, "{args}");
    }
    assert_eq!(before, env.fingerprint());
}

#[test]
fn pa1_reinviting_identical_ids_is_unchanged_without_audit() {
    let mut later = acme();
    later.ok(&a(&w(
        "invite dy_one dy_two --modules backend.video,backend.live --agree --valid-until 2026-03-01",
    )));
    let audits = later.audit(&[]).len();
    let before = later.fingerprint();
    at(&mut later, "2026-02-13T10:00:00+08:00");
    // The same ids, the modules in another order, the date as an instant.
    let rows = later.ok(&a(&w(
        "invite dy_one dy_two --modules backend.live,backend.video --agree --valid-until 2026-03-01T15:59:59Z",
    )));
    for r in rows.as_array().unwrap() {
        assert_eq!(r["result"], "unchanged", "{r}");
        assert_eq!(r["invite_expires_at"], DEADLINE_UTC, "{r}");
    }
    assert_eq!(later.audit(&[]).len(), audits);
    assert_eq!(before, later.fingerprint());
    // One id alone: exit 0 and the invitation as it was.
    let v = later.ok(&a(&w(
        "invite dy_one --modules backend.video,backend.live --agree --valid-until 2026-03-01",
    )));
    assert_eq!(v["status"], "invited");
    assert_eq!(before, later.fingerprint());
}

/// A batch naming an id twice invites it once.
#[test]
fn pa1_batch_naming_an_id_twice_invites_it_once() {
    let env = acme();
    let rows = env.ok(&a(&w(
        "invite dy_a DY_A dy_a --modules backend.video --agree",
    )));
    let results: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["result"].as_str().unwrap())
        .collect();
    assert_eq!(results, ["created", "unchanged", "unchanged"]);
    assert_eq!(env.audit_count("auth.invite"), 1);
    assert_eq!(quota_used(&env), 1);
}

#[test]
fn pa1_batch_mixing_dash_and_ids_drops_no_id() {
    let env = acme();
    let r = run_json(
        &env,
        &a(&w("invite dy_arg - --modules backend.video --agree")),
        Some("dy_stdin\n"),
    );
    let listed = env.ok(&a(&["list"]));
    let landed = ids(&listed);
    if r.code == 0 {
        assert!(
            landed.contains(&"dy_arg") && landed.contains(&"dy_stdin"),
            "exit 0 but not every id was invited: {landed:?}\nstdout: {}",
            r.stdout
        );
    } else {
        // Refusing the mix is fine too, as long as nothing half-landed.
        assert!(landed.is_empty(), "refused but landed {landed:?}");
    }
}

// ---------------------------------------------------------------------------
// PA-2: the 48-hour window, to the second
// ---------------------------------------------------------------------------

#[test]
fn pa2_invitation_expires_48_hours_after_it_was_sent() {
    let env = acme();
    let v = invite(&env, "dy_a");
    assert_eq!(v["invited_at"], NOW_UTC);
    assert_eq!(v["invite_expires_at"], DEADLINE_UTC);
}

#[test]
fn pa2_accept_one_second_before_the_deadline() {
    let mut env = acme();
    invite(&env, "dy_a");
    at(&mut env, JUST_BEFORE_DEADLINE);
    let v = env.ok(&a(&[
        "accept",
        "dy_a",
        "--name",
        "Li Lei",
        "--id-number",
        ID1,
    ]));
    assert_eq!(v["status"], "reviewing");
    assert_eq!(v["holder_name"], "Li Lei");
    assert_eq!(v["accepted_at"], "2026-02-15T00:59:59Z");
    assert_eq!(env.audit_count("auth.accept"), 1);
    // The sweep at the deadline leaves an accepted invitation alone.
    at(&mut env, DEADLINE);
    assert_eq!(sweep(&env)["invitations_expired"], 0);
    assert_eq!(status(&env, "dy_a"), "reviewing");
}

#[test]
fn pa2_accept_at_the_deadline_is_invitation_expired() {
    let mut env = acme();
    invite(&env, "dy_a");
    invite(&env, "dy_b");
    at(&mut env, JUST_BEFORE_DEADLINE);
    accept(&env, "dy_a");
    at(&mut env, DEADLINE);
    let err = env.fail(
        4,
        &a(&["accept", "dy_b", "--name", "Han Mei", "--id-number", ID2]),
    );
    assert_err(&err, "INVITATION_EXPIRED", "PA-2");
    assert_eq!(err["details"]["invite_expires_at"], DEADLINE_UTC);
    // Void at its deadline, as the sweep would record it (issue 10).
    let v = show(&env, "dy_b");
    assert_eq!(v["status"], "expired", "{v}");
    assert_eq!(v["ended_at"], DEADLINE_UTC, "{v}");
}

#[test]
fn pa2_sweep_expires_the_invitation_at_its_deadline_not_before() {
    let mut env = acme();
    invite(&env, "dy_a");
    at(&mut env, JUST_BEFORE_DEADLINE);
    let s = sweep(&env);
    assert_eq!(s["invitations_expired"], 0, "{s}");
    assert_eq!(s["changed"], 0, "{s}");
    assert_eq!(status(&env, "dy_a"), "invited");
    at(&mut env, DEADLINE);
    let s = sweep(&env);
    assert_eq!(s["invitations_expired"], 1, "{s}");
    assert_eq!(s["changed"], 1, "{s}");
    let v = show(&env, "dy_a");
    assert_eq!(v["status"], "expired");
    assert_eq!(v["ended_at"], DEADLINE_UTC);
    // SW-1: idempotent at the same instant.
    let before = env.fingerprint();
    let s = sweep(&env);
    assert_eq!(s["invitations_expired"], 0, "{s}");
    assert_eq!(s["changed"], 0, "{s}");
    assert_eq!(before, env.fingerprint());
    assert_eq!(env.audit_count("auth.invitation-expired"), 1);
    // Only a new invitation restarts it; the answer is the one before the
    // sweep (issue 10).
    let err = env.fail(
        4,
        &a(&["accept", "dy_a", "--name", "Li Lei", "--id-number", ID1]),
    );
    assert_err(&err, "INVITATION_EXPIRED", "PA-2");
    assert_eq!(err["details"]["invite_expires_at"], DEADLINE_UTC);
}

#[test]
fn pa2_expired_invitation_frees_the_account() {
    let mut env = acme();
    beta(&env);
    invite(&env, "dy_a");
    invite(&env, "dy_b");
    at(&mut env, DEADLINE);
    sweep(&env);
    // Another enterprise may now invite it…
    let v = invite_in(&env, OTHER, "dy_a");
    assert_eq!(v["org"], OTHER);
    assert_eq!(v["status"], "invited");
    assert_eq!(v["invite_expires_at"], "2026-02-17T01:00:00Z");
    assert_eq!(show(&env, "dy_a")["org"], OTHER);
    // …and so may the same one, with a fresh 48 hours.
    let v = invite(&env, "dy_b");
    assert_eq!(v["status"], "invited");
    assert_eq!(v["invite_expires_at"], "2026-02-17T01:00:00Z");
    accept(&env, "dy_b");
}

#[test]
fn pa2_reinviting_a_void_invitation_restarts_it() {
    let mut env = acme();
    invite(&env, "dy_a");
    at(&mut env, DEADLINE);
    // PA-2: only a new invitation can restart it. Whatever the command
    // answers, it must not be a success that leaves the invitation void.
    let r = run_json(
        &env,
        &a(&w("invite dy_a --modules backend.video --agree")),
        None,
    );
    if r.code == 0 {
        let v = r.json();
        assert_ne!(
            v["invite_expires_at"], DEADLINE_UTC,
            "exit 0 but the invitation still has its passed deadline: {v}"
        );
        accept(&env, "dy_a");
    }
}

#[test]
fn pa2_invite_ttl_comes_from_the_config() {
    let env = acme();
    let cfg = env.write_file("c.toml", "[policy]\ninvite_ttl_hours = 24\n");
    let v = env.ok(&[
        "--config",
        &cfg,
        "--org",
        ORG,
        "auth",
        "invite",
        "dy_a",
        "--modules",
        "backend.video",
        "--agree",
    ]);
    assert_eq!(v["invite_expires_at"], "2026-02-14T01:00:00Z");
}

// ---------------------------------------------------------------------------
// PA-1: the validity period
// ---------------------------------------------------------------------------

#[test]
fn pa1_validity_lasts_through_its_last_second_then_the_sweep_expires_it() {
    let mut env = acme();
    let v = env.ok(&a(&w(
        "invite dy_v --modules backend.video --agree --valid-until 2026-03-01",
    )));
    assert_eq!(v["valid_until"], "2026-03-01T15:59:59Z");
    accept(&env, "dy_v");
    approve(&env, "dy_v");
    at(&mut env, "2026-03-01T23:59:59+08:00");
    let s = sweep(&env);
    assert_eq!(s["authorizations_expired"], 0, "{s}");
    assert_eq!(status(&env, "dy_v"), "active");
    at(&mut env, "2026-03-02T00:00:00+08:00");
    let s = sweep(&env);
    assert_eq!(s["authorizations_expired"], 1, "{s}");
    assert_eq!(s["changed"], 1, "{s}");
    let v = show(&env, "dy_v");
    assert_eq!(v["status"], "expired");
    assert_eq!(v["ended_at"], "2026-03-01T16:00:00Z");
    assert_eq!(env.audit_count("auth.validity-expired"), 1);
    assert_eq!(sweep(&env)["changed"], 0);
    assert_eq!(quota_used(&env), 0);
}

#[test]
fn pa1_approve_after_the_validity_passed_is_validity_passed() {
    let mut env = acme();
    for id in ["dy_u1", "dy_u2"] {
        env.ok(&a(&[
            "invite",
            id,
            "--modules",
            "backend.video",
            "--agree",
            "--valid-until",
            "2026-02-14",
        ]));
        accept(&env, id);
    }
    at(&mut env, "2026-02-14T23:59:59+08:00");
    assert_eq!(approve(&env, "dy_u1")["status"], "active");
    at(&mut env, "2026-02-15T00:00:00+08:00");
    let err = env.fail(4, &a(&w("review dy_u2 --approve")));
    assert_err(&err, "VALIDITY_PASSED", "PA-1");
    assert!(
        err["hint"].as_str().unwrap().contains("auth modify"),
        "{err}"
    );
    // Extending it makes the approval possible again.
    env.ok(&a(&w("modify dy_u2 --valid-until 2026-02-28")));
    assert_eq!(approve(&env, "dy_u2")["status"], "active");
}

// ---------------------------------------------------------------------------
// PA-3: review and resubmit
// ---------------------------------------------------------------------------

#[test]
fn pa3_reject_needs_a_reason() {
    let env = acme();
    drive(&env, "dy_a", "reviewing");
    let before = env.fingerprint();
    let r = env.run(&a(&w("review dy_a --reject")));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stdout.is_empty());
    let r = env.run(&a(&w("review dy_a")));
    assert_eq!(r.code, 2, "neither --approve nor --reject: {}", r.stderr);
    let r = env.run(&a(&w("review dy_a --approve --reject --reason x")));
    assert_eq!(r.code, 2, "both: {}", r.stderr);
    assert_eq!(before, env.fingerprint());
    let err = env.fail(5, &a(&["review", "dy_a", "--reject", "--reason", "  "]));
    assert_eq!(err["code"], "MISSING_FIELD", "{err}");
    assert_eq!(status(&env, "dy_a"), "reviewing");
}

#[test]
fn pa3_rejected_can_be_resubmitted_then_approved() {
    let env = acme();
    drive(&env, "dy_a", "reviewing");
    let v = reject(&env, "dy_a");
    assert_eq!(v["status"], "rejected");
    assert_eq!(v["rejection_reason"], "blurry-photo");
    let v = env.ok(&a(&[
        "resubmit",
        "dy_a",
        "--name",
        "Li Lei Jr",
        "--id-number",
        ID2,
    ]));
    assert_eq!(v["status"], "reviewing");
    assert_eq!(v["holder_name"], "Li Lei Jr");
    assert_eq!(v["holder_id"], masked(ID2));
    let v = approve(&env, "dy_a");
    assert_eq!(v["status"], "active");
    assert_eq!(v["rejection_reason"], Value::Null);
    for action in ["auth.reject", "auth.resubmit", "auth.approve"] {
        assert_eq!(env.audit_count(action), 1, "{action}");
    }
}

#[test]
fn pa3_verbs_outside_their_states_are_invalid_state() {
    let env = acme();
    drive(&env, "dy_a", "invited");
    let err = env.fail(4, &a(&w("review dy_a --approve")));
    assert_err(&err, "INVALID_STATE", "PA-3");
    let err = env.fail(4, &a(&w("resubmit dy_a --name Li")));
    assert_err(&err, "INVALID_STATE", "PA-3");
    accept(&env, "dy_a");
    let err = env.fail(
        4,
        &a(&["accept", "dy_a", "--name", "Li", "--id-number", ID1]),
    );
    assert_err(&err, "INVALID_STATE", "PA-2");
    let err = env.fail(4, &a(&w("resubmit dy_a --name Li")));
    assert_eq!(err["code"], "INVALID_STATE", "{err}");
    approve(&env, "dy_a");
    let err = env.fail(4, &a(&w("review dy_a --approve")));
    assert_eq!(err["code"], "INVALID_STATE", "{err}");
    // Bad input on accept is invalid, before any state check.
    drive(&env, "dy_b", "invited");
    let err = env.fail(
        5,
        &a(&[
            "accept",
            "dy_b",
            "--name",
            "Li",
            "--id-number",
            "110105199003071238",
        ]),
    );
    assert_eq!(err["code"], "INVALID_ID_NUMBER", "{err}");
}

// ---------------------------------------------------------------------------
// PA-4: one enterprise at a time
// ---------------------------------------------------------------------------

#[test]
fn pa4_bound_account_cannot_be_invited_by_another_enterprise_in_any_live_state() {
    let env = acme();
    beta(&env);
    for state in ["invited", "reviewing", "active", "rejected"] {
        let id = format!("dy_{state}");
        drive(&env, &id, state);
        let err = env.fail(
            4,
            &auth_in(
                OTHER,
                &["invite", &id, "--modules", "backend.video", "--agree"],
            ),
        );
        assert_err(&err, "BOUND_TO_OTHER_ENTERPRISE", "PA-4");
        assert_eq!(err["details"]["org"], ORG, "{state}: {err}");
        assert_eq!(err["details"]["status"], state, "{state}: {err}");
    }
    // In a batch, each bound id is a failed row.
    let r = run_json(
        &env,
        &auth_in(
            OTHER,
            &w("invite dy_invited dy_free --modules backend.video --agree"),
        ),
        None,
    );
    assert_eq!(r.code, 6, "{}", r.stderr);
    let rows = r.json();
    assert_eq!(
        row(&rows, "dy_invited")["error_code"],
        "BOUND_TO_OTHER_ENTERPRISE"
    );
    assert_eq!(row(&rows, "dy_free")["result"], "created");
}

#[test]
fn pa4_same_enterprise_other_modules_is_already_bound_here() {
    let env = acme();
    invite(&env, "dy_a");
    let err = env.fail(4, &a(&w("invite dy_a --modules backend.live --agree")));
    assert_err(&err, "ALREADY_BOUND_HERE", "PA-4");
    assert_eq!(err["details"]["org"], ORG);
    let err = env.fail(
        4,
        &a(&w(
            "invite dy_a --modules backend.video --agree --valid-until 2026-12-31",
        )),
    );
    assert_eq!(err["code"], "ALREADY_BOUND_HERE", "{err}");
    // Past the invitation, the identical invitation is still a no-op: it
    // landed and moved on (scripts and re-imports stay idempotent).
    accept(&env, "dy_a");
    let before = env.fingerprint();
    let v = env.ok(&a(&w("invite dy_a --modules backend.video --agree")));
    assert_eq!(v["status"], "reviewing");
    assert_eq!(before, env.fingerprint());
}

#[test]
fn pa4_ended_binding_frees_the_account() {
    let env = acme();
    beta(&env);
    drive(&env, "dy_a", "active");
    let v = env.ok(&a(&w("end dy_a --reason account-deregistered")));
    assert_eq!(v["status"], "ended");
    assert_eq!(v["end_reason"], "account-deregistered");
    assert_eq!(v["ended_at"], NOW_UTC);
    let v = invite_in(&env, OTHER, "dy_a");
    assert_eq!(v["status"], "invited");
    assert_eq!(v["org"], OTHER);
    // The same enterprise may invite an ended one again, too.
    drive(&env, "dy_b", "rejected");
    env.ok(&a(&w("end dy_b --reason withdrawn")));
    assert_eq!(invite(&env, "dy_b")["status"], "invited");
    // History stays: acme's ended binding and the new one.
    let all = env.ok(&["auth", "list"]);
    assert_eq!(all.as_array().unwrap().len(), 4, "{all}");
}

// ---------------------------------------------------------------------------
// PA-5: no unbinding; the way out
// ---------------------------------------------------------------------------

#[test]
fn pa5_unbind_is_always_refused_with_the_way_out() {
    let env = acme();
    for state in ["invited", "reviewing", "active", "rejected"] {
        let id = format!("dy_{state}");
        drive(&env, &id, state);
        let err = env.fail(4, &a(&["unbind", &id]));
        assert_err(&err, "UNBIND_NOT_SUPPORTED", "PA-5");
        let hint = err["hint"].as_str().unwrap_or_default();
        assert!(hint.contains("deregister"), "{err}");
        assert!(hint.contains("auth end"), "{err}");
        assert_eq!(status(&env, &id), state);
    }
    // The readable form names the code and the way out too.
    let r = env.run(&a(&w("unbind dy_active")));
    assert_eq!(r.code, 4);
    assert!(r.stdout.is_empty());
    assert!(
        r.stderr.contains("error[UNBIND_NOT_SUPPORTED]"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("auth end"), "{}", r.stderr);
    let err = env.fail(3, &a(&w("unbind dy_nobody")));
    assert_eq!(err["code"], "AUTHORIZATION_NOT_FOUND", "{err}");
}

#[test]
fn pa5_withdrawn_only_from_invited_or_rejected() {
    let env = acme();
    for state in ["active", "reviewing"] {
        let id = format!("dy_{state}");
        drive(&env, &id, state);
        let err = env.fail(4, &a(&["end", &id, "--reason", "withdrawn"]));
        assert_err(&err, "CANNOT_WITHDRAW", "PA-5");
    }
    for state in ["invited", "rejected"] {
        let id = format!("dy_{state}");
        drive(&env, &id, state);
        let v = env.ok(&a(&["end", &id, "--reason", "withdrawn"]));
        assert_eq!(v["status"], "ended");
        assert_eq!(v["end_reason"], "withdrawn");
    }
    assert_eq!(env.audit_count("auth.end"), 2);
    // Active and reviewing still hold their seats; the withdrawn ones do not.
    assert_eq!(quota_used(&env), 2);
}

#[test]
fn pa5_end_of_an_expired_or_ended_one_is_invalid_state() {
    let mut env = acme();
    invite(&env, "dy_a");
    drive(&env, "dy_b", "active");
    env.ok(&a(&w("end dy_b --reason account-deregistered")));
    at(&mut env, DEADLINE);
    sweep(&env);
    assert_eq!(status(&env, "dy_a"), "expired");
    for id in ["dy_a", "dy_b"] {
        for reason in ["account-deregistered", "withdrawn"] {
            let err = env.fail(4, &a(&["end", id, "--reason", reason]));
            assert_err(&err, "INVALID_STATE", "PA-5");
            assert_eq!(err["details"]["allowed"], serde_json::json!([]), "{err}");
            assert!(
                err["hint"].as_str().unwrap().contains("auth invite"),
                "{err}"
            );
        }
    }
}

#[test]
fn pa5_end_reason_must_be_known() {
    let env = acme();
    invite(&env, "dy_a");
    let err = env.fail(5, &a(&w("end dy_a --reason fired")));
    assert_eq!(err["code"], "INVALID_VALUE", "{err}");
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("account-deregistered")
    );
    let r = env.run(&a(&w("end dy_a")));
    assert_eq!(r.code, 2, "{}", r.stderr);
}

#[test]
fn pa5_unknown_or_foreign_account_is_not_found() {
    let env = acme();
    beta(&env);
    invite(&env, "dy_a");
    for args in [
        vec!["show", "dy_nobody"],
        vec!["accept", "dy_nobody", "--name", "Li", "--id-number", ID1],
        vec!["end", "dy_nobody", "--reason", "withdrawn"],
        vec!["modify", "dy_nobody", "--modules", "backend.live"],
    ] {
        let err = env.fail(3, &a(&args));
        assert_eq!(err["code"], "AUTHORIZATION_NOT_FOUND", "{args:?}: {err}");
    }
    // beta cannot act on acme's binding.
    let err = env.fail(3, &auth_in(OTHER, &w("end dy_a --reason withdrawn")));
    assert_eq!(err["code"], "AUTHORIZATION_NOT_FOUND", "{err}");
    let err = env.fail(3, &auth_in(OTHER, &w("show dy_a")));
    assert_eq!(err["code"], "AUTHORIZATION_NOT_FOUND", "{err}");
}

// ---------------------------------------------------------------------------
// PA-6: modify
// ---------------------------------------------------------------------------

#[test]
fn pa6_modify_modules_only_held_tools_and_backend_modules() {
    let env = acme();
    drive(&env, "dy_a", "active");
    let v = env.ok(&a(&w(
        "modify dy_a --modules backend.live,backend.data_center",
    )));
    assert_eq!(v["status"], "active");
    let mut got: Vec<&str> = v["modules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m.as_str().unwrap())
        .collect();
    got.sort_unstable();
    assert_eq!(got, ["backend.data_center", "backend.live"]);
    let ev = env.audit(&["--action", "auth.modify"]);
    assert_eq!(ev.len(), 1);
    assert_eq!(
        ev[0]["before"]["modules"],
        serde_json::json!(["backend.video"])
    );
    let err = env.fail(4, &a(&w("modify dy_a --modules live.card")));
    assert_err(&err, "TOOL_NOT_HELD", "EN-5");
    let err = env.fail(5, &a(&w("modify dy_a --modules agency.tasks")));
    assert_eq!(err["code"], "UNKNOWN_PERMISSION", "{err}");
    let err = env.fail(5, &a(&["modify", "dy_a", "--modules", ""]));
    assert_eq!(err["code"], "MISSING_FIELD", "{err}");
    env.ok(&w("org tools acme --grant live.card"));
    let v = env.ok(&a(&w("modify dy_a --modules live.card")));
    assert_eq!(v["modules"], serde_json::json!(["live.card"]));
    // Every live state can be modified.
    for state in ["invited", "reviewing", "rejected"] {
        let id = format!("dy_{state}");
        drive(&env, &id, state);
        let v = env.ok(&a(&["modify", &id, "--modules", "backend.home"]));
        assert_eq!(v["status"], state);
        assert_eq!(v["modules"], serde_json::json!(["backend.home"]));
    }
}

#[test]
fn pa6_modify_valid_until() {
    let mut env = acme();
    drive(&env, "dy_a", "active");
    let v = env.ok(&a(&w("modify dy_a --valid-until 2026-03-01")));
    assert_eq!(v["valid_until"], "2026-03-01T15:59:59Z");
    let err = env.fail(5, &a(&w("modify dy_a --valid-until 2026-02-01")));
    assert_eq!(err["code"], "INVALID_INSTANT", "{err}");
    let err = env.fail(5, &a(&w("modify dy_a --valid-until soon")));
    assert_eq!(err["code"], "INVALID_INSTANT", "{err}");
    // Extended before it ran out: the sweep at the old date leaves it active.
    env.ok(&a(&w("modify dy_a --valid-until 2026-06-30")));
    at(&mut env, "2026-03-02T00:00:00+08:00");
    assert_eq!(sweep(&env)["authorizations_expired"], 0);
    assert_eq!(status(&env, "dy_a"), "active");
    assert_eq!(env.audit_count("auth.modify"), 2);
}

#[test]
fn pa6_modify_of_an_ended_or_expired_one_is_invalid_state() {
    let mut env = acme();
    drive(&env, "dy_a", "active");
    env.ok(&a(&w("end dy_a --reason account-deregistered")));
    let err = env.fail(4, &a(&w("modify dy_a --modules backend.live")));
    assert_err(&err, "INVALID_STATE", "PA-6");
    invite(&env, "dy_b");
    at(&mut env, DEADLINE);
    sweep(&env);
    let err = env.fail(4, &a(&w("modify dy_b --valid-until 2026-12-31")));
    assert_err(&err, "INVALID_STATE", "PA-6");
}

#[test]
fn pa6_modify_with_identical_values_writes_no_audit() {
    let env = acme();
    env.ok(&a(&w(
        "invite dy_a --modules backend.video,backend.live --agree --valid-until 2026-03-01",
    )));
    let before = env.fingerprint();
    for args in [
        "modify dy_a --modules backend.live,backend.video",
        "modify dy_a --valid-until 2026-03-01T15:59:59Z",
        "modify dy_a --modules backend.video,backend.live,backend.video --valid-until 2026-03-01",
        "modify dy_a",
    ] {
        let v = env.ok(&a(&w(args)));
        assert_eq!(v["status"], "invited", "{args}");
        assert_eq!(before, env.fingerprint(), "{args} changed the database");
    }
    assert_eq!(env.audit_count("auth.modify"), 0);
}

// ---------------------------------------------------------------------------
// PA-7: one quota for both kinds
// ---------------------------------------------------------------------------

/// acme at bronze with 3 employee applications and 2 invitations: full.
fn full_acme() -> Env {
    let env = acme();
    sales(&env);
    for (i, id) in [ID1, ID2, ID3].iter().enumerate() {
        env.ok(&apply_args(&format!("e{i}@acme.cn"), id));
    }
    invite(&env, "dy_one");
    invite(&env, "dy_two");
    env
}

#[test]
fn pa7_employees_and_invitations_share_the_bronze_quota() {
    let env = full_acme();
    let org = env.ok(&w("org show acme"));
    assert_eq!(org["quota_used"], 5, "{org}");
    assert_eq!(org["quota_limit"], 5, "{org}");
    let err = env.fail(4, &a(&w("invite dy_three --modules backend.video --agree")));
    assert_err(&err, "QUOTA_EXCEEDED", "EN-4");
    assert_eq!(err["details"]["used"], 5, "{err}");
    assert_eq!(err["details"]["limit"], 5, "{err}");
    // The employee side sees the same full quota.
    let err = env.fail(4, &apply_args("e9@acme.cn", ID4));
    assert_eq!(err["code"], "QUOTA_EXCEEDED", "{err}");
    // The identical invitation again is a no-op, not a refusal.
    assert_eq!(invite(&env, "dy_one")["status"], "invited");
    // In a batch, the rows beyond the quota fail.
    let r = run_json(
        &env,
        &a(&w("invite dy_one dy_three --modules backend.video --agree")),
        None,
    );
    assert_eq!(r.code, 6, "{}", r.stderr);
    let rows = r.json();
    assert_eq!(row(&rows, "dy_one")["result"], "unchanged");
    assert_eq!(row(&rows, "dy_three")["error_code"], "QUOTA_EXCEEDED");
}

#[test]
fn pa7_a_seat_frees_when_an_invitation_expires_or_ends() {
    let mut env = full_acme();
    at(&mut env, DEADLINE);
    sweep(&env);
    assert_eq!(quota_used(&env), 3);
    invite(&env, "dy_three");
    invite(&env, "dy_four");
    assert_eq!(quota_used(&env), 5);
    env.fail(4, &a(&w("invite dy_five --modules backend.video --agree")));
    env.ok(&a(&w("end dy_four --reason withdrawn")));
    assert_eq!(quota_used(&env), 4);
    assert_eq!(invite(&env, "dy_five")["status"], "invited");
    // A higher level lifts the limit for both kinds.
    env.ok(&w("org level acme gold"));
    invite(&env, "dy_six");
    let org = env.ok(&w("org show acme"));
    assert_eq!(org["quota_used"], 6, "{org}");
    assert_eq!(org["quota_limit"], 50, "{org}");
}

#[test]
fn pa7_every_live_state_holds_a_seat() {
    let env = acme();
    for (n, state) in ["invited", "reviewing", "active", "rejected"]
        .iter()
        .enumerate()
    {
        drive(&env, &format!("dy_{state}"), state);
        assert_eq!(quota_used(&env), n as u64 + 1, "{state}");
    }
}

// ---------------------------------------------------------------------------
// PA-8 / EA-12 and EA-11: exclusive identities
// ---------------------------------------------------------------------------

#[test]
fn pa8_xingtu_identity_cannot_be_invited() {
    let env = acme();
    env.ok(&w("identity xingtu dy_x --on"));
    let err = env.fail(4, &a(&w("invite DY_X --modules backend.video --agree")));
    assert_err(&err, "XINGTU_EXCLUSIVE", "PA-8");
    env.ok(&w("identity xingtu dy_x --off"));
    assert_eq!(invite(&env, "dy_x")["status"], "invited");
}

#[test]
fn pa8_invited_or_active_account_cannot_take_the_xingtu_identity() {
    let env = acme();
    for state in ["invited", "reviewing", "active", "rejected"] {
        let id = format!("dy_y_{state}");
        drive(&env, &id, state);
        let err = env.fail(4, &["identity", "xingtu", &id, "--on"]);
        assert_eq!(err["code"], "XINGTU_EXCLUSIVE", "{state}: {err}");
    }
    // Once the binding has ended the identity can be taken.
    env.ok(&a(&w("end dy_y_active --reason account-deregistered")));
    let v = env.ok(&w("identity xingtu dy_y_active --on"));
    assert_eq!(v["xingtu"], true, "{v}");
}

#[test]
fn ea11_employee_account_cannot_be_invited() {
    let env = acme();
    beta(&env);
    sales(&env);
    let mut args = apply_args("z@acme.cn", ID1);
    args.extend_from_slice(&["--douyin-id", "DY_Z"]);
    env.ok(&args);
    let err = env.fail(4, &a(&w("invite dy_z --modules backend.video --agree")));
    assert_err(&err, "IS_EMPLOYEE_ACCOUNT", "EA-11");
    let err = env.fail(
        4,
        &auth_in(OTHER, &w("invite dy_z --modules backend.video --agree")),
    );
    assert_eq!(err["code"], "IS_EMPLOYEE_ACCOUNT", "{err}");
}

#[test]
fn ea11_invited_account_cannot_become_an_employee_account() {
    let env = acme();
    sales(&env);
    invite(&env, "dy_w");
    drive(&env, "dy_w2", "active");
    for id in ["dy_w", "DY_W2"] {
        let mut args = apply_args("w@acme.cn", ID1);
        args.extend_from_slice(&["--douyin-id", id]);
        let err = env.fail(4, &args);
        assert_err(&err, "IS_AUTHORIZED_PERSONAL_ACCOUNT", "EA-11");
    }
}

// ---------------------------------------------------------------------------
// SW-1: the sweep
// ---------------------------------------------------------------------------

/// acme with one invitation and one active authorisation valid until
/// 2026-02-20, both due at 2026-02-21.
fn due_at_21() -> Env {
    let mut env = acme();
    invite(&env, "dy_inv");
    env.ok(&a(&w(
        "invite dy_val --modules backend.video --agree --valid-until 2026-02-20",
    )));
    accept(&env, "dy_val");
    approve(&env, "dy_val");
    at(&mut env, "2026-02-21T09:00:00+08:00");
    env
}

#[test]
fn sw1_dry_run_reports_the_counts_and_changes_nothing() {
    let env = due_at_21();
    let list = env.ok(&["auth", "list"]);
    let audits = env.audit(&[]).len();
    let before = env.fingerprint();
    let s = env.ok(&w("sweep --dry-run"));
    assert_eq!(s["invitations_expired"], 1, "{s}");
    assert_eq!(s["authorizations_expired"], 1, "{s}");
    assert_eq!(s["changed"], 2, "{s}");
    assert_eq!(s["dry_run"], true, "{s}");
    assert_eq!(before, env.fingerprint());
    assert_eq!(list, env.ok(&["auth", "list"]));
    assert_eq!(audits, env.audit(&[]).len());
    // The real sweep then does exactly what the dry run said.
    let s = sweep(&env);
    assert_eq!(s["invitations_expired"], 1, "{s}");
    assert_eq!(s["authorizations_expired"], 1, "{s}");
    assert_eq!(s["dry_run"], false, "{s}");
    assert_eq!(status(&env, "dy_inv"), "expired");
    assert_eq!(status(&env, "dy_val"), "expired");
    assert_eq!(env.audit(&[]).len(), audits + 2);
    let s = env.ok(&w("sweep --dry-run"));
    assert_eq!(s["changed"], 0, "{s}");
}

#[test]
fn sw1_sweep_json_has_every_kind_and_changed_is_their_sum() {
    let env = due_at_21();
    let s = sweep(&env);
    let obj = s.as_object().unwrap();
    for k in [
        "invitations_expired",
        "authorizations_expired",
        "deregistrations_overdue",
        "changed",
        "dry_run",
    ] {
        assert!(obj.contains_key(k), "sweep result lacks {k}: {s}");
    }
    let sum: u64 = obj
        .iter()
        .filter(|(k, _)| *k != "changed" && *k != "dry_run")
        .map(|(k, v)| {
            v.as_u64()
                .unwrap_or_else(|| panic!("{k} is not a count: {s}"))
        })
        .sum();
    assert_eq!(s["changed"].as_u64(), Some(sum), "{s}");
    assert_eq!(sum, 2, "{s}");
    // jsonl: one object on one line.
    let r = env.run(&w("--format jsonl sweep"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout.trim().lines().count(), 1, "{}", r.stdout);
    let v: Value = serde_json::from_str(r.stdout.trim()).unwrap();
    assert_eq!(v["changed"], 0);
}

#[test]
fn sw1_sweep_audits_as_sweep_unless_an_actor_is_given() {
    let mut env = acme();
    invite(&env, "dy_1");
    at(&mut env, "2026-02-13T10:00:00+08:00");
    invite(&env, "dy_2");
    at(&mut env, "2026-02-13T11:00:00+08:00");
    invite(&env, "dy_3");
    // No --actor, no ROSTER_ACTOR: `sweep`.
    at(&mut env, DEADLINE);
    let out = env
        .command(&w("--json sweep"))
        .env_remove("ROSTER_ACTOR")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ev = env.audit(&[
        "--object",
        "douyin:dy_1",
        "--action",
        "auth.invitation-expired",
    ]);
    assert_eq!(ev.len(), 1);
    assert_eq!(ev[0]["actor"], "sweep");
    // --actor X.
    at(&mut env, "2026-02-15T10:00:00+08:00");
    let s = env.ok(&w("--actor ops-cron sweep"));
    assert_eq!(s["invitations_expired"], 1, "{s}");
    let ev = env.audit(&[
        "--object",
        "douyin:dy_2",
        "--action",
        "auth.invitation-expired",
    ]);
    assert_eq!(ev[0]["actor"], "ops-cron");
    // ROSTER_ACTOR (the harness sets `tester`).
    at(&mut env, "2026-02-15T11:00:00+08:00");
    sweep(&env);
    let ev = env.audit(&[
        "--object",
        "douyin:dy_3",
        "--action",
        "auth.invitation-expired",
    ]);
    assert_eq!(ev[0]["actor"], "tester");
    assert_eq!(ev[0]["before"]["status"], "invited");
    assert_eq!(ev[0]["after"]["status"], "expired");
    assert_eq!(env.audit(&["--actor", "sweep"]).len(), 1);
}

#[test]
fn sw1_table_sweep_prints_the_table_on_stdout_and_a_summary_on_stderr() {
    let env = due_at_21();
    let r = env.run(&["sweep"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    for k in ["invitations_expired", "authorizations_expired", "changed"] {
        assert!(r.stdout.contains(k), "{k} not in the table:\n{}", r.stdout);
    }
    assert!(
        serde_json::from_str::<Value>(&r.stdout).is_err(),
        "table mode printed JSON"
    );
    assert!(
        r.stderr
            .contains("sweep at 2026-02-21T01:00:00Z: 2 change(s)"),
        "{}",
        r.stderr
    );
    let r = env.run(&w("sweep --dry-run"));
    assert_eq!(r.code, 0);
    assert!(r.stderr.contains("0 change(s)"), "{}", r.stderr);
    assert!(r.stderr.contains("dry run"), "{}", r.stderr);
}

// ---------------------------------------------------------------------------
// PII-1 and listings
// ---------------------------------------------------------------------------

#[test]
fn pii1_show_list_and_audit_mask_the_holder_id() {
    let env = acme();
    invite(&env, "dy_a");
    let v = accept(&env, "dy_a");
    assert_eq!(v["holder_id"], masked(ID1));
    let r = env.run(&a(&w("--json show dy_a")));
    assert_no_full_id(&r.stdout);
    assert_eq!(r.json()["holder_id"], masked(ID1));
    for fmt in ["json", "table", "csv", "jsonl"] {
        let r = env.run(&a(&["--format", fmt, "list"]));
        assert_eq!(r.code, 0, "{fmt}: {}", r.stderr);
        assert_no_full_id(&r.stdout);
        let r = env.run(&a(&["--format", fmt, "show", "dy_a"]));
        assert_no_full_id(&r.stdout);
    }
    let list = env.ok(&a(&["list"]));
    assert_eq!(list[0]["holder_id"], masked(ID1));
    let r = env.run(&w("--format jsonl audit"));
    assert_no_full_id(&r.stdout);
    assert_eq!(
        env.audit(&["--action", "auth.accept"])[0]["after"]["holder_id"],
        masked(ID1)
    );
    // --reveal-pii shows it, and is itself audited.
    assert_eq!(env.audit_count("pii.reveal"), 0);
    let v = env.ok(&a(&w("--reveal-pii show dy_a")));
    assert_eq!(v["holder_id"], ID1);
    let v = env.ok(&w("--reveal-pii auth list"));
    assert_eq!(v[0]["holder_id"], ID1);
    assert_eq!(env.audit_count("pii.reveal"), 2);
}

#[test]
fn pa1_list_filters_by_status_and_org() {
    let env = acme();
    beta(&env);
    invite(&env, "dy_a");
    drive(&env, "dy_b", "reviewing");
    invite_in(&env, OTHER, "dy_c");
    assert_eq!(ids(&env.ok(&["auth", "list"])), ["dy_a", "dy_b", "dy_c"]);
    assert_eq!(
        ids(&env.ok(&w("auth list --status invited"))),
        ["dy_a", "dy_c"]
    );
    assert_eq!(ids(&env.ok(&a(&w("list --status invited")))), ["dy_a"]);
    assert_eq!(ids(&env.ok(&a(&w("list --status reviewing")))), ["dy_b"]);
    assert_eq!(ids(&env.ok(&auth_in(OTHER, &["list"]))), ["dy_c"]);
    assert!(
        env.ok(&a(&w("list --status active")))
            .as_array()
            .unwrap()
            .is_empty()
    );
    let err = env.fail(5, &w("auth list --status bogus"));
    assert_eq!(err["code"], "INVALID_VALUE", "{err}");
    for row in env.ok(&["auth", "list"]).as_array().unwrap() {
        assert_auth_fields(row);
    }
}

// ---------------------------------------------------------------------------
// Issue 10: no answer depends on whether the sweep has run (SW-1)
// ---------------------------------------------------------------------------

/// acme with `dy_v` active until the end of 2026-03-01 (15:59:59Z), and the
/// clock at the first second after it: the validity has ended, the sweep
/// has not run.
fn validity_just_ended() -> Env {
    let mut env = acme();
    env.ok(&w("org tools acme --grant video.booking"));
    env.ok(&a(&w(
        "invite dy_v --modules backend.video,video.booking --agree --valid-until 2026-03-01",
    )));
    accept(&env, "dy_v");
    approve(&env, "dy_v");
    assert!(allowed(&env, "dy_v"));
    at(&mut env, "2026-03-02T00:00:00+08:00");
    env
}

fn allowed(env: &Env, id: &str) -> bool {
    env.ok(&["access", "check", id, "backend.video"])["allowed"]
        .as_bool()
        .unwrap()
}

#[test]
fn pa1_modify_after_the_validity_ended_does_not_revive_it_before_the_sweep() {
    let env = validity_just_ended();
    assert!(!allowed(&env, "dy_v"));
    let before = env.fail(4, &a(&w("modify dy_v --valid-until 2026-06-30")));
    assert_err(&before, "INVALID_STATE", "PA-6");
    assert!(!allowed(&env, "dy_v"), "modify revived the authorisation");
    // The same command after the sweep: the same answer.
    sweep(&env);
    let after = env.fail(4, &a(&w("modify dy_v --valid-until 2026-06-30")));
    assert_eq!(before, after);
    assert!(!allowed(&env, "dy_v"));
}

/// A view without `updated_at`, the one field only the sweep's write moves.
fn settled(mut v: Value) -> Value {
    if let Some(o) = v.as_object_mut() {
        o.remove("updated_at");
    }
    v
}

#[test]
fn pa1_show_and_list_say_expired_once_the_validity_ended_before_the_sweep() {
    let env = validity_just_ended();
    let before = show(&env, "dy_v");
    assert_eq!(before["status"], "expired", "{before}");
    assert_eq!(before["ended_at"], "2026-03-01T16:00:00Z", "{before}");
    assert_eq!(before["next_steps"], serde_json::json!([]), "{before}");
    assert!(ids(&env.ok(&w("auth list --status active"))).is_empty());
    assert_eq!(ids(&env.ok(&w("auth list --status expired"))), ["dy_v"]);
    assert_eq!(env.ok(&w("auth list"))[0]["status"], "expired");
    assert_eq!(quota_used(&env), 0);
    sweep(&env);
    assert_eq!(settled(before), settled(show(&env, "dy_v")));
    assert_eq!(ids(&env.ok(&w("auth list --status expired"))), ["dy_v"]);
}

#[test]
fn pa5_end_after_the_validity_ended_is_refused_before_the_sweep_as_after_it() {
    let env = validity_just_ended();
    let args = a(&w("end dy_v --reason account-deregistered"));
    let before = env.fail(4, &args);
    assert_err(&before, "INVALID_STATE", "PA-5");
    sweep(&env);
    assert_eq!(before, env.fail(4, &args));
}

#[test]
fn pa2_accept_after_the_deadline_answers_the_same_before_and_after_the_sweep() {
    let mut env = acme();
    invite(&env, "dy_a");
    at(&mut env, DEADLINE);
    let args = a(&["accept", "dy_a", "--name", "Li Lei", "--id-number", ID1]);
    let before = env.fail(4, &args);
    assert_err(&before, "INVITATION_EXPIRED", "PA-2");
    sweep(&env);
    assert_eq!(before, env.fail(4, &args));
}

#[test]
fn ea11_authorisation_past_its_validity_does_not_block_an_employee_account_before_the_sweep() {
    let env = validity_just_ended();
    sales(&env);
    let mut args = apply_args("v@acme.cn", ID2);
    args.extend_from_slice(&["--douyin-id", "dy_v"]);
    assert_eq!(env.ok(&args)["status"], "reviewing");
}

#[test]
fn pa8_authorisation_past_its_validity_does_not_block_the_xingtu_identity_before_the_sweep() {
    let env = validity_just_ended();
    let v = env.ok(&w("identity xingtu dy_v --on"));
    assert_eq!(v["xingtu"], true, "{v}");
}

#[test]
fn en5_tool_of_an_authorisation_past_its_validity_can_be_revoked_before_the_sweep() {
    let env = validity_just_ended();
    env.ok(&w("org tools acme --revoke video.booking"));
}

#[test]
fn pa1_export_leaves_out_an_authorisation_past_its_validity_before_the_sweep() {
    let env = validity_just_ended();
    invite(&env, "dy_b");
    let export = || {
        let r = env.run(&w("--org acme export authorizations"));
        assert_eq!(r.code, 0, "{}", r.stderr);
        r.stdout
    };
    let before = export();
    assert!(!before.contains("dy_v"), "{before}");
    assert!(before.contains("dy_b"), "{before}");
    sweep(&env);
    assert_eq!(before, export());
}
