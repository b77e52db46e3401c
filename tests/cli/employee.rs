//! Issue 3: enterprise employee accounts through the binary (SPEC §3).

use serde_json::Value;

use crate::harness::*;

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

const ORG: &str = "acme";

// Valid resident identity numbers (GB 11643 check digits verified).
const ID1: &str = "110105199003071239";
const ID2: &str = "310115198805122347";
const ID3: &str = "440305199508233456";
const ID4: &str = "510107199201014566";
const ID5: &str = "330106198706155677";
const ID6: &str = "420102199311206784";
const ID7: &str = "37020219890909789X";
const ID8: &str = "320505199602298903";
const IDS: [&str; 9] = [ID_A, ID1, ID2, ID3, ID4, ID5, ID6, ID7, ID8];

const MATERIALS: &str = "business-licence,legal-rep-id,employee-id,labour-contract";

/// PII-1: no output shows a full identity number (unless `--reveal-pii`).
fn assert_no_full_id(text: &str, args: &[&str]) {
    if args.contains(&"--reveal-pii") {
        return;
    }
    for id in IDS {
        assert!(
            !text.contains(id),
            "roster {args:?} printed the full identity number {id}:\n{text}"
        );
    }
}

/// `--json args` that must succeed; also checks both streams for full
/// identity numbers (PII-1).
fn ok(env: &Env, args: &[&str]) -> Value {
    ok_in(env, args, None)
}

/// `ok` with `stdin` (for `--password-stdin`, `--new-password-stdin`).
fn ok_in(env: &Env, args: &[&str], stdin: Option<&str>) -> Value {
    let mut a = vec!["--json"];
    a.extend_from_slice(args);
    let r = env.run_in(&a, stdin);
    assert_eq!(
        r.code, 0,
        "roster {args:?} failed:\nstdout: {}\nstderr: {}",
        r.stdout, r.stderr
    );
    assert_no_full_id(&r.stdout, args);
    assert_no_full_id(&r.stderr, args);
    if r.stdout.trim().is_empty() {
        return Value::Null;
    }
    r.json()
}

/// `env.fail` (exit code, empty stdout, database unchanged), and the error
/// names no full identity number (PII-1).
fn fail(env: &Env, code: i32, args: &[&str]) -> Value {
    let err = env.fail(code, args);
    assert_no_full_id(&err.to_string(), args);
    err
}

/// Asserts a refusal's exit-level facts: code and rule.
fn assert_err(err: &Value, code: &str, rule: &str) {
    assert_eq!(err["code"], code, "{err}");
    assert_eq!(err["rule"], rule, "{err}");
    assert!(
        err["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{err}"
    );
}

/// `--org acme employee ARGS…`
fn e<'a>(args: &[&'a str]) -> Vec<&'a str> {
    let mut v = vec!["--org", ORG, "employee"];
    v.extend_from_slice(args);
    v
}

/// The masked form of an identity number: first 3 and last 4 (PII-1).
fn masked(id: &str) -> String {
    format!("{}{}{}", &id[..3], "*".repeat(11), &id[14..])
}

/// The fields CLI.md requires of an employee account.
fn assert_employee_fields(v: &Value) {
    for f in [
        "org",
        "email",
        "status",
        "holder_name",
        "position",
        "department",
        "activated",
    ] {
        assert!(v.get(f).is_some(), "employee account lacks {f}: {v}");
    }
}

/// A verified bronze enterprise `acme` with the positions Sales
/// (backend.video) and Ops (backend.live).
fn acme() -> Env {
    let env = Env::new();
    env.enterprise(ORG);
    ok(&env, &w("org verify acme"));
    ok(
        &env,
        &w("--org acme position create Sales --perm backend.video"),
    );
    ok(
        &env,
        &w("--org acme position create Ops --perm backend.live"),
    );
    env
}

/// The arguments of a complete application for `email` in position Sales.
fn apply_args<'a>(email: &'a str, name: &'a str, id: &'a str) -> Vec<&'a str> {
    e(&[
        "apply",
        email,
        "--name",
        name,
        "--id-number",
        id,
        "--position",
        "Sales",
        "--proof",
        "sealed",
        "--agree",
    ])
}

fn apply(env: &Env, email: &str, name: &str, id: &str) -> Value {
    ok(env, &apply_args(email, name, id))
}

fn approve(env: &Env, email: &str) -> Value {
    ok(env, &e(&["review", email, "--approve"]))
}

fn reject(env: &Env, email: &str) -> Value {
    ok(
        env,
        &e(&["review", email, "--reject", "--reason", "no-seal"]),
    )
}

/// An approved (active, not yet activated) account.
fn active(env: &Env, email: &str, name: &str, id: &str) -> Value {
    apply(env, email, name, id);
    approve(env, email)
}

fn activate_args<'a>(email: &'a str, face: &'a str, version: &'a str) -> Vec<&'a str> {
    e(&[
        "activate",
        email,
        "--face-id-number",
        face,
        "--aux-phone",
        "13800138000",
        "--app-version",
        version,
    ])
}

fn show(env: &Env, email: &str) -> Value {
    ok(env, &["employee", "show", email])
}

fn status(env: &Env, email: &str) -> String {
    show(env, email)["status"].as_str().unwrap().to_string()
}

/// An active account that resigned without unsettled assets: vacant.
fn vacant(env: &Env, email: &str, name: &str, id: &str) -> Value {
    active(env, email, name, id);
    ok(env, &e(&["resign", email, "--agree"]))
}

fn org_show(env: &Env) -> Value {
    ok(env, &w("org show acme"))
}

/// The emails of a listing, in order.
fn emails(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap_or_else(|| panic!("not an array: {list}"))
        .iter()
        .map(|a| a["email"].as_str().unwrap())
        .collect()
}

fn strings(v: &Value) -> Vec<&str> {
    v.as_array()
        .unwrap_or_else(|| panic!("not an array: {v}"))
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect()
}

/// `e1@acme.cn` … the n-th seat-filling application's email.
fn nth(n: usize) -> String {
    format!("e{n}@acme.cn")
}

/// Applies `e{from}` … `e{to}` (inclusive) with distinct identities.
fn apply_range(env: &Env, from: usize, to: usize) {
    for n in from..=to {
        let email = nth(n);
        apply(env, &email, "Staff", IDS[1 + (n - 1) % 8]);
    }
}

/// Sets the clock for the calls that follow.
fn at(env: &mut Env, now: &str) {
    env.now = now.to_string();
}

// ---------------------------------------------------------------------------
// EA-1, EA-2: apply
// ---------------------------------------------------------------------------

#[test]
fn ea1_apply_lands_in_reviewing_with_the_contract_fields() {
    let env = acme();
    ok(&env, &w("--org acme department create Sales"));
    let mut args = apply_args("Li@Acme.cn", "Li", ID1);
    args.extend(["--department", "Sales"]);
    let v = ok(&env, &args);
    assert_employee_fields(&v);
    assert_eq!(v["org"], "acme");
    assert_eq!(v["email"], "li@acme.cn");
    assert_eq!(v["status"], "reviewing");
    assert_eq!(v["holder_name"], "Li");
    assert_eq!(v["holder_id"], masked(ID1));
    assert_eq!(v["position"], "Sales");
    assert_eq!(v["department"], "Sales");
    assert_eq!(v["activated"], false);
    assert_eq!(strings(&v["next_steps"]), vec!["review"]);
    let s = show(&env, "li@acme.cn");
    assert_employee_fields(&s);
    assert_eq!(s["status"], "reviewing");
    assert_eq!(s["created_at"], NOW_UTC);
    assert_eq!(env.audit_count("employee.apply"), 1);
}

#[test]
fn ea1_apply_without_agree_is_agreement_required() {
    let env = acme();
    let mut args = apply_args("li@acme.cn", "Li", ID1);
    args.retain(|a| *a != "--agree");
    let err = fail(&env, 5, &args);
    assert_err(&err, "AGREEMENT_REQUIRED", "EA-1");
}

#[test]
fn ea1_apply_with_an_unknown_position_is_not_found() {
    let env = acme();
    let mut args = apply_args("li@acme.cn", "Li", ID1);
    let i = args.iter().position(|a| *a == "Sales").unwrap();
    args[i] = "Nobody";
    let err = fail(&env, 3, &args);
    assert_eq!(err["code"], "POSITION_NOT_FOUND");
}

#[test]
fn ea2_apply_with_an_invalid_identity_number_is_invalid() {
    let env = acme();
    let err = fail(
        &env,
        5,
        &apply_args("li@acme.cn", "Li", "110105199003071238"),
    );
    assert_eq!(err["rule"], "EA-2", "{err}");
}

#[test]
fn ea1_apply_in_an_agency_is_not_an_enterprise() {
    let env = acme();
    env.agency("star", "13900139000");
    let mut args = apply_args("li@acme.cn", "Li", ID1);
    args[1] = "star";
    let err = fail(&env, 4, &args);
    assert_eq!(err["code"], "NOT_AN_ENTERPRISE");
}

// ---------------------------------------------------------------------------
// EN-2, EN-3, EN-4: verification and quota
// ---------------------------------------------------------------------------

#[test]
fn en2_unverified_enterprise_cannot_apply() {
    let env = Env::new();
    env.enterprise(ORG);
    ok(
        &env,
        &w("--org acme position create Sales --perm backend.video"),
    );
    let err = fail(&env, 4, &apply_args("li@acme.cn", "Li", ID1));
    assert_err(&err, "ENTERPRISE_NOT_VERIFIED", "EN-2");
    assert!(err["hint"].as_str().unwrap().contains("org verify acme"));
    ok(&env, &w("org verify acme"));
    assert_eq!(apply(&env, "li@acme.cn", "Li", ID1)["status"], "reviewing");
}

#[test]
fn en4_quota_refusal_names_used_limit_and_next_level() {
    let env = acme();
    apply_range(&env, 1, 4);
    assert_eq!(org_show(&env)["quota_used"], 4);
    // The 5th lands: bronze holds exactly 5.
    apply_range(&env, 5, 5);
    let o = org_show(&env);
    assert_eq!(o["quota_used"], 5);
    assert_eq!(o["quota_limit"], 5);
    let err = fail(&env, 4, &apply_args("e6@acme.cn", "Staff", ID6));
    assert_err(&err, "QUOTA_EXCEEDED", "EN-4");
    assert_eq!(err["details"]["used"], 5);
    assert_eq!(err["details"]["limit"], 5);
    assert_eq!(err["details"]["level"], "bronze");
    assert_eq!(err["details"]["level_allowing_more"], "gold");
    assert!(err["hint"].as_str().unwrap().contains("gold"), "{err}");
    assert!(err["message"].as_str().unwrap().contains('5'), "{err}");
    // Table mode: one readable line with the rule, and a hint.
    let r = env.run(&apply_args("e6@acme.cn", "Staff", ID6));
    assert_eq!(r.code, 4);
    assert!(r.stdout.is_empty(), "{}", r.stdout);
    assert!(
        r.stderr.starts_with("error[QUOTA_EXCEEDED]"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("EN-4") && r.stderr.contains("gold"),
        "{}",
        r.stderr
    );
    // Re-running an application that already landed is not a new seat.
    let again = ok(&env, &apply_args("e5@acme.cn", "Staff", ID5));
    assert_eq!(again["status"], "reviewing");
}

#[test]
fn en4_withdrawing_a_rejected_application_frees_its_seat() {
    let env = acme();
    apply_range(&env, 1, 5);
    reject(&env, "e1@acme.cn");
    // A rejected application still holds its seat.
    assert_eq!(org_show(&env)["quota_used"], 5);
    let err = fail(&env, 4, &apply_args("e6@acme.cn", "Staff", ID6));
    assert_err(&err, "QUOTA_EXCEEDED", "EN-4");
    let v = ok(&env, &e(&["withdraw", "e1@acme.cn"]));
    assert_eq!(v["status"], "withdrawn");
    assert_eq!(org_show(&env)["quota_used"], 4);
    assert_eq!(
        apply(&env, "e6@acme.cn", "Staff", ID6)["status"],
        "reviewing"
    );
}

#[test]
fn en4_level_drop_keeps_every_account_and_blocks_new_ones() {
    let env = acme();
    apply_range(&env, 1, 5);
    let o = ok(&env, &w("org level acme gold"));
    assert_eq!(o["quota_limit"], 50);
    apply_range(&env, 6, 7);
    assert_eq!(org_show(&env)["quota_used"], 7);
    ok(&env, &w("org level acme bronze"));
    let o = org_show(&env);
    assert_eq!(o["level"], "bronze");
    assert_eq!(o["quota_used"], 7);
    assert_eq!(o["quota_limit"], 5);
    let all = ok(&env, &w("--org acme employee list"));
    assert_eq!(all.as_array().unwrap().len(), 7);
    assert!(
        all.as_array()
            .unwrap()
            .iter()
            .all(|a| a["status"] == "reviewing")
    );
    let err = fail(&env, 4, &apply_args("e8@acme.cn", "Staff", ID8));
    assert_err(&err, "QUOTA_EXCEEDED", "EN-4");
    assert_eq!(err["details"]["used"], 7);
    assert_eq!(err["details"]["limit"], 5);
    // Still over quota after one seat is freed: under quota means < 5.
    reject(&env, "e1@acme.cn");
    ok(&env, &e(&["withdraw", "e1@acme.cn"]));
    let err = fail(&env, 4, &apply_args("e8@acme.cn", "Staff", ID8));
    assert_eq!(err["details"]["used"], 6);
}

#[test]
fn en3_deregistered_account_frees_its_seat() {
    let env = acme();
    apply_range(&env, 1, 5);
    approve(&env, "e1@acme.cn");
    ok(
        &env,
        &e(&["deregister", "e1@acme.cn", "--materials", MATERIALS]),
    );
    // Deregistering still holds the seat.
    assert_eq!(org_show(&env)["quota_used"], 5);
    fail(&env, 4, &apply_args("e6@acme.cn", "Staff", ID6));
    let v = ok(&env, &e(&["deregister-review", "e1@acme.cn", "--approve"]));
    assert_eq!(v["status"], "deregistered");
    assert_eq!(org_show(&env)["quota_used"], 4);
    assert_eq!(
        apply(&env, "e6@acme.cn", "Staff", ID6)["status"],
        "reviewing"
    );
}

#[test]
fn en3_quota_used_counts_every_live_state() {
    let env = acme();
    ok(&env, &w("org level acme gold"));
    apply(&env, "reviewing@acme.cn", "A", ID1);
    apply(&env, "rejected@acme.cn", "B", ID2);
    reject(&env, "rejected@acme.cn");
    active(&env, "active@acme.cn", "C", ID3);
    vacant(&env, "vacant@acme.cn", "D", ID4);
    active(&env, "resigning@acme.cn", "E", ID5);
    ok(&env, &e(&["assets", "resigning@acme.cn", "--unsettled"]));
    ok(&env, &e(&["resign", "resigning@acme.cn", "--agree"]));
    active(&env, "deregistering@acme.cn", "F", ID6);
    ok(
        &env,
        &e(&[
            "deregister",
            "deregistering@acme.cn",
            "--materials",
            MATERIALS,
        ]),
    );
    apply(&env, "withdrawn@acme.cn", "G", ID7);
    reject(&env, "withdrawn@acme.cn");
    ok(&env, &e(&["withdraw", "withdrawn@acme.cn"]));
    active(&env, "deregistered@acme.cn", "H", ID8);
    ok(
        &env,
        &e(&[
            "deregister",
            "deregistered@acme.cn",
            "--materials",
            MATERIALS,
        ]),
    );
    ok(
        &env,
        &e(&["deregister-review", "deregistered@acme.cn", "--approve"]),
    );
    for s in [
        "reviewing",
        "rejected",
        "active",
        "vacant",
        "resigning",
        "deregistering",
        "withdrawn",
        "deregistered",
    ] {
        assert_eq!(status(&env, &format!("{s}@acme.cn")), s);
    }
    let o = org_show(&env);
    assert_eq!(o["quota_used"], 6, "{o}");
    assert_eq!(o["quota_limit"], 50);
}

// ---------------------------------------------------------------------------
// EA-3: proof of employment
// ---------------------------------------------------------------------------

#[test]
fn ea3_legal_rep_signature_needs_a_seal_from_a_normal_enterprise() {
    let env = acme();
    let mut args = apply_args("li@acme.cn", "Li", ID1);
    let i = args.iter().position(|a| *a == "sealed").unwrap();
    args[i] = "legal-rep-signed";
    args.extend(["--proof-note", "no-seal"]);
    let err = fail(&env, 4, &args);
    assert_err(&err, "PROOF_NEEDS_SEAL", "EA-3");
}

#[test]
fn ea3_individual_business_signature_needs_a_written_note() {
    let env = Env::new();
    ok(
        &env,
        &[
            "org",
            "create",
            "enterprise",
            ORG,
            "--name",
            "Li's Noodles",
            "--uscc",
            USCC_A,
            "--legal-rep-name",
            "Li Lei",
            "--legal-rep-id",
            ID_A,
            "--individual-business",
        ],
    );
    ok(&env, &w("org verify acme"));
    ok(
        &env,
        &w("--org acme position create Sales --perm backend.video"),
    );
    let mut args = apply_args("li@acme.cn", "Li", ID1);
    let i = args.iter().position(|a| *a == "sealed").unwrap();
    args[i] = "legal-rep-signed";
    // A missing note is missing input (5), like a missing --agree.
    let err = fail(&env, 5, &args);
    assert_err(&err, "PROOF_NOTE_REQUIRED", "EA-3");
    assert_eq!(err["details"]["field"], "--proof-note", "{err}");
    let mut blank = args.clone();
    blank.extend(["--proof-note", " \u{200B} "]);
    let err = fail(&env, 5, &blank);
    assert_err(&err, "PROOF_NOTE_REQUIRED", "EA-3");
    let mut no_agree = args.clone();
    no_agree.retain(|a| *a != "--agree");
    assert_eq!(fail(&env, 5, &no_agree)["code"], "AGREEMENT_REQUIRED");
    args.extend(["--proof-note", "个体户无公章，由经营者签字"]);
    let v = ok(&env, &args);
    assert_eq!(v["status"], "reviewing");
    assert_eq!(v["proof"], "legal-rep-signed");
    assert_eq!(v["proof_note"], "个体户无公章，由经营者签字");
}

// ---------------------------------------------------------------------------
// EA-4: the login email is unique
// ---------------------------------------------------------------------------

#[test]
fn ea4_same_email_with_other_data_is_taken() {
    let env = acme();
    apply(&env, "li@acme.cn", "Li", ID1);
    let err = fail(&env, 4, &apply_args("li@acme.cn", "Wang", ID2));
    assert_err(&err, "EMAIL_TAKEN", "EA-4");
    // Emails are compared case-insensitively.
    let err = fail(&env, 4, &apply_args("LI@ACME.CN", "Wang", ID2));
    assert_err(&err, "EMAIL_TAKEN", "EA-4");
    // Other position: other data too.
    let mut args = apply_args("li@acme.cn", "Li", ID1);
    let i = args.iter().position(|a| *a == "Sales").unwrap();
    args[i] = "Ops";
    let err = fail(&env, 4, &args);
    assert_err(&err, "EMAIL_TAKEN", "EA-4");
}

#[test]
fn ea4_identical_apply_is_unchanged_and_audited_once() {
    let env = acme();
    let first = apply(&env, "li@acme.cn", "Li", ID1);
    assert!(first.get("initial_password").is_some());
    let before = env.fingerprint();
    let r = env.run(&apply_args("li@acme.cn", "Li", ID1));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("unchanged"), "{}", r.stderr);
    assert!(!r.stderr.contains("initial password"), "{}", r.stderr);
    let again = ok(&env, &apply_args("li@acme.cn", "Li", ID1));
    assert_eq!(again["status"], "reviewing");
    assert_eq!(again["email"], "li@acme.cn");
    // No second password: the first is the one on file.
    assert!(again.get("initial_password").is_none(), "{again}");
    assert_eq!(before, env.fingerprint(), "an identical apply changed data");
    let lines = env.run(&w("audit --action employee.apply --format jsonl"));
    assert_eq!(lines.stdout.lines().count(), 1, "{}", lines.stdout);
}

#[test]
fn ea4_identical_apply_after_a_penalty_is_not_email_taken() {
    let env = acme();
    apply(&env, "li@acme.cn", "Li", ID1);
    ok(&env, &["identity", "penalize", ID1, "--kind", "ban"]);
    let before = env.fingerprint();
    let v = ok(&env, &apply_args("li@acme.cn", "Li", ID1));
    assert_eq!(v["status"], "reviewing");
    assert_eq!(before, env.fingerprint());
    // Other data is still a second account on one email.
    let err = fail(&env, 4, &apply_args("li@acme.cn", "Wang", ID2));
    assert_err(&err, "EMAIL_TAKEN", "EA-4");
}

#[test]
fn ea4_email_of_another_enterprise_is_taken() {
    let env = acme();
    apply(&env, "li@acme.cn", "Li", ID1);
    ok(
        &env,
        &[
            "org",
            "create",
            "enterprise",
            "beta",
            "--name",
            "Beta Ltd",
            "--uscc",
            USCC_B,
            "--legal-rep-name",
            "Han Mei",
            "--legal-rep-id",
            ID8,
        ],
    );
    ok(&env, &w("org verify beta"));
    ok(
        &env,
        &w("--org beta position create Sales --perm backend.video"),
    );
    let mut args = apply_args("li@acme.cn", "Li", ID1);
    args[1] = "beta";
    let err = fail(&env, 4, &args);
    assert_err(&err, "EMAIL_TAKEN", "EA-4");
}

// ---------------------------------------------------------------------------
// EA-5: review, resubmit, withdraw; the state machine
// ---------------------------------------------------------------------------

#[test]
fn ea5_approve_makes_the_account_active() {
    let env = acme();
    apply(&env, "li@acme.cn", "Li", ID1);
    let v = approve(&env, "li@acme.cn");
    assert_employee_fields(&v);
    assert_eq!(v["status"], "active");
    assert_eq!(v["activated"], false);
    assert_eq!(env.audit_count("employee.approve"), 1);
}

#[test]
fn ea5_reject_needs_a_reason() {
    let env = acme();
    apply(&env, "li@acme.cn", "Li", ID1);
    let before = env.fingerprint();
    let r = env.run(&e(&["review", "li@acme.cn", "--reject"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stdout.is_empty());
    assert!(r.stderr.contains("--reason"), "{}", r.stderr);
    assert_eq!(before, env.fingerprint());
    // Neither decision: usage error too.
    let r = env.run(&e(&["review", "li@acme.cn"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    // A blank reason is no reason.
    let err = fail(
        &env,
        5,
        &e(&["review", "li@acme.cn", "--reject", "--reason", " "]),
    );
    assert_eq!(err["rule"], "EA-5");
    let v = reject(&env, "li@acme.cn");
    assert_eq!(v["status"], "rejected");
    assert_eq!(v["rejection_reason"], "no-seal");
    assert_eq!(
        strings(&v["next_steps"]),
        vec!["resubmit", "withdraw"],
        "{v}"
    );
}

#[test]
fn ea5_rejected_application_resubmits_to_reviewing() {
    let env = acme();
    apply(&env, "li@acme.cn", "Li", ID1);
    reject(&env, "li@acme.cn");
    let v = ok(
        &env,
        &e(&[
            "resubmit",
            "li@acme.cn",
            "--name",
            "Li Lei",
            "--position",
            "Ops",
        ]),
    );
    assert_employee_fields(&v);
    assert_eq!(v["status"], "reviewing");
    assert_eq!(v["holder_name"], "Li Lei");
    assert_eq!(v["position"], "Ops");
    // What was not given is kept.
    assert_eq!(v["holder_id"], masked(ID1));
    assert_eq!(v["proof"], "sealed");
    assert_eq!(approve(&env, "li@acme.cn")["status"], "active");
}

#[test]
fn ea5_resubmit_of_a_reviewing_account_is_invalid_state() {
    let env = acme();
    apply(&env, "li@acme.cn", "Li", ID1);
    let err = fail(&env, 4, &e(&["resubmit", "li@acme.cn", "--name", "Wang"]));
    assert_err(&err, "INVALID_STATE", "EA-5");
    assert_eq!(err["details"]["status"], "reviewing");
    assert_eq!(strings(&err["details"]["allowed"]), vec!["review"]);
}

#[test]
fn ea5_resubmit_is_checked_like_an_application() {
    let env = acme();
    apply(&env, "li@acme.cn", "Li", ID1);
    reject(&env, "li@acme.cn");
    let err = fail(
        &env,
        4,
        &e(&[
            "resubmit",
            "li@acme.cn",
            "--proof",
            "legal-rep-signed",
            "--proof-note",
            "x",
        ]),
    );
    assert_err(&err, "PROOF_NEEDS_SEAL", "EA-3");
    ok(&env, &["identity", "penalize", ID2, "--kind", "ban"]);
    let err = fail(&env, 4, &e(&["resubmit", "li@acme.cn", "--id-number", ID2]));
    assert_err(&err, "IDENTITY_PENALIZED", "EA-7");
    let err = fail(
        &env,
        3,
        &e(&["resubmit", "li@acme.cn", "--position", "Nobody"]),
    );
    assert_eq!(err["code"], "POSITION_NOT_FOUND");
    assert_eq!(status(&env, "li@acme.cn"), "rejected");
}

#[test]
fn ea5_withdraw_of_a_reviewing_account_is_invalid_state() {
    let env = acme();
    apply(&env, "li@acme.cn", "Li", ID1);
    let err = fail(&env, 4, &e(&["withdraw", "li@acme.cn"]));
    assert_err(&err, "INVALID_STATE", "EA-5");
    assert_eq!(err["details"]["status"], "reviewing");
    // A withdrawn application is closed: nothing is allowed next.
    reject(&env, "li@acme.cn");
    ok(&env, &e(&["withdraw", "li@acme.cn"]));
    let err = fail(&env, 4, &e(&["resubmit", "li@acme.cn"]));
    assert_err(&err, "INVALID_STATE", "EA-5");
    assert_eq!(err["details"]["status"], "withdrawn");
    assert_eq!(err["details"]["allowed"], serde_json::json!([]));
}

#[test]
fn ea5_invalid_transitions_name_the_status_and_the_next_steps() {
    let env = acme();
    apply(&env, "rev@acme.cn", "Rev", ID1);
    active(&env, "act@acme.cn", "Act", ID2);
    vacant(&env, "vac@acme.cn", "Vac", ID3);

    // Review an active account.
    let err = fail(&env, 4, &e(&["review", "act@acme.cn", "--approve"]));
    assert_err(&err, "INVALID_STATE", "EA-5");
    assert_eq!(err["details"]["status"], "active");
    let allowed = strings(&err["details"]["allowed"]);
    for step in ["assets", "resign", "deregister"] {
        assert!(allowed.contains(&step), "{err}");
    }
    assert!(!allowed.contains(&"review"), "{err}");

    // Activate a reviewing account.
    let err = fail(&env, 4, &activate_args("rev@acme.cn", ID1, "20.7"));
    assert_err(&err, "INVALID_STATE", "EA-6");
    assert_eq!(err["details"]["status"], "reviewing");
    assert_eq!(strings(&err["details"]["allowed"]), vec!["review"]);

    // Resign a vacant account.
    let err = fail(&env, 4, &e(&["resign", "vac@acme.cn", "--agree"]));
    assert_err(&err, "INVALID_STATE", "EA-8");
    assert_eq!(err["details"]["status"], "vacant");
    assert_eq!(
        strings(&err["details"]["allowed"]),
        vec!["enable", "deregister"]
    );
    assert!(err["hint"].as_str().unwrap().contains("enable"), "{err}");

    // Deregister a reviewing account.
    let err = fail(
        &env,
        4,
        &e(&["deregister", "rev@acme.cn", "--materials", MATERIALS]),
    );
    assert_err(&err, "INVALID_STATE", "EA-10");
    assert_eq!(err["details"]["status"], "reviewing");
}

#[test]
fn ea5_unknown_account_is_not_found() {
    let env = acme();
    let err = fail(&env, 3, &e(&["review", "nobody@acme.cn", "--approve"]));
    assert_eq!(err["code"], "EMPLOYEE_NOT_FOUND");
    // An account is looked up within --org.
    apply(&env, "li@acme.cn", "Li", ID1);
    env.agency("star", "13900139000");
    let err = fail(
        &env,
        3,
        &[
            "--org",
            "star",
            "employee",
            "review",
            "li@acme.cn",
            "--approve",
        ],
    );
    assert_eq!(err["code"], "EMPLOYEE_NOT_FOUND");
}

// ---------------------------------------------------------------------------
// EA-6: activation
// ---------------------------------------------------------------------------

#[test]
fn ea6_activation_sets_activated_and_twice_is_already_activated() {
    let env = acme();
    active(&env, "li@acme.cn", "Li", ID1);
    let v = ok(&env, &activate_args("li@acme.cn", ID1, "20.7"));
    assert_employee_fields(&v);
    assert_eq!(v["status"], "active");
    assert_eq!(v["activated"], true);
    assert_eq!(v["aux_phone"], "13800138000");
    assert_eq!(show(&env, "li@acme.cn")["activated"], true);
    let err = fail(&env, 4, &activate_args("li@acme.cn", ID1, "20.7"));
    assert_err(&err, "ALREADY_ACTIVATED", "EA-6");
}

#[test]
fn ea6_app_older_than_20_7_is_too_old() {
    let env = acme();
    active(&env, "li@acme.cn", "Li", ID1);
    let err = fail(&env, 4, &activate_args("li@acme.cn", ID1, "20.6"));
    assert_err(&err, "APP_TOO_OLD", "EA-6");
    assert!(err["hint"].as_str().unwrap().contains("20.7"), "{err}");
    assert_eq!(show(&env, "li@acme.cn")["activated"], false);
}

#[test]
fn ea6_app_version_compares_numerically() {
    let env = acme();
    active(&env, "li@acme.cn", "Li", ID1);
    // "20.10" < "20.7" as text, but 10 > 7.
    let v = ok(&env, &activate_args("li@acme.cn", ID1, "20.10"));
    assert_eq!(v["activated"], true);
}

#[test]
fn ea6_malformed_app_version_is_invalid_input_naming_the_field() {
    let env = acme();
    active(&env, "li@acme.cn", "Li", ID1);
    for bad in ["latest", "20..7", "20.7-beta", "", "v"] {
        let err = fail(&env, 5, &activate_args("li@acme.cn", ID1, bad));
        assert_err(&err, "APP_VERSION_INVALID", "EA-6");
        assert_eq!(err["details"]["field"], "--app-version", "{bad:?}: {err}");
    }
    // Input is checked before the account is looked up.
    let err = fail(&env, 5, &activate_args("nobody@acme.cn", ID1, "latest"));
    assert_eq!(err["code"], "APP_VERSION_INVALID", "{err}");
    assert_eq!(show(&env, "li@acme.cn")["activated"], false);
}

#[test]
fn ea6_web_is_not_supported() {
    let env = acme();
    active(&env, "li@acme.cn", "Li", ID1);
    let err = fail(&env, 4, &activate_args("li@acme.cn", ID1, "web"));
    assert_err(&err, "WEB_NOT_SUPPORTED", "EA-6");
}

#[test]
fn ea6_face_of_someone_else_mismatches() {
    let env = acme();
    active(&env, "li@acme.cn", "Li", ID1);
    let err = fail(&env, 4, &activate_args("li@acme.cn", ID2, "20.7"));
    assert_err(&err, "FACE_MISMATCH", "EA-6");
    let msg = err["message"].as_str().unwrap();
    assert!(msg.contains(&masked(ID2)), "{msg}");
}

#[test]
fn ea6_invalid_aux_phone_is_invalid_input() {
    let env = acme();
    active(&env, "li@acme.cn", "Li", ID1);
    for bad in ["1380013800", "23800138000", "phone"] {
        let err = fail(
            &env,
            5,
            &e(&[
                "activate",
                "li@acme.cn",
                "--face-id-number",
                ID1,
                "--aux-phone",
                bad,
                "--app-version",
                "20.7",
            ]),
        );
        assert_err(&err, "INVALID_PHONE", "EA-6");
    }
}

#[test]
fn ea6_new_password_equal_to_the_initial_one_is_refused() {
    let env = acme();
    let pw = "Initial2026pass";
    let v = ok_in(
        &env,
        &[
            apply_args("li@acme.cn", "Li", ID1),
            vec!["--password-stdin"],
        ]
        .concat(),
        Some(&format!("{pw}\n")),
    );
    // A chosen password is not echoed.
    assert!(v.get("initial_password").is_none(), "{v}");
    approve(&env, "li@acme.cn");
    let mut args = activate_args("li@acme.cn", ID1, "20.7");
    args.push("--new-password-stdin");
    let before = env.fingerprint();
    let r = env.run_in(
        &[vec!["--json"], args.clone()].concat(),
        Some(&format!("{pw}\n")),
    );
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(r.stdout.is_empty());
    assert_err(&r.error(), "PASSWORD_UNCHANGED", "EA-6");
    assert_eq!(before, env.fingerprint());
    let v = ok_in(&env, &args, Some("Changed2026pass\n"));
    assert_eq!(v["activated"], true);
    assert!(v.get("initial_password").is_none(), "{v}");
}

// ---------------------------------------------------------------------------
// PII-1: the initial password is shown once, never stored in clear
// ---------------------------------------------------------------------------

#[test]
fn pii1_initial_password_is_in_the_apply_json_only() {
    let env = acme();
    let v = apply(&env, "li@acme.cn", "Li", ID1);
    let pw = v["initial_password"].as_str().expect("initial_password");
    assert_eq!(pw.chars().count(), 16, "{pw}");
    let s = show(&env, "li@acme.cn");
    assert!(s.get("initial_password").is_none(), "{s}");
    let list = ok(&env, &w("--org acme employee list"));
    assert!(!list.to_string().contains(pw));
    let r = env.run(&["employee", "show", "li@acme.cn"]);
    assert!(!r.stdout.contains(pw) && !r.stderr.contains(pw));
}

#[test]
fn pii1_initial_password_goes_to_stderr_in_table_mode() {
    let env = acme();
    let r = env.run(&apply_args("li@acme.cn", "Li", ID1));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let line = r
        .stderr
        .lines()
        .find(|l| l.contains("initial password"))
        .unwrap_or_else(|| panic!("no password on stderr: {}", r.stderr));
    let pw = line.rsplit(' ').next().unwrap().trim();
    assert_eq!(pw.chars().count(), 16, "{line}");
    assert!(!r.stdout.contains(pw), "the password went to stdout");
    assert!(r.stdout.contains("li@acme.cn"), "{}", r.stdout);
}

#[test]
fn pii1_password_is_never_in_the_audit_log_or_the_database_file() {
    let env = acme();
    let v = apply(&env, "li@acme.cn", "Li", ID1);
    let initial = v["initial_password"].as_str().unwrap().to_string();
    let chosen = "Chosen2026pass";
    ok_in(
        &env,
        &[
            apply_args("wang@acme.cn", "Wang", ID2),
            vec!["--password-stdin"],
        ]
        .concat(),
        Some(&format!("{chosen}\n")),
    );
    approve(&env, "wang@acme.cn");
    let new = "Renewed2026pass";
    let mut args = activate_args("wang@acme.cn", ID2, "20.7");
    args.push("--new-password-stdin");
    ok_in(&env, &args, Some(&format!("{new}\n")));
    let audit = env.run(&w("audit --format jsonl"));
    assert_eq!(audit.code, 0);
    for pw in [initial.as_str(), chosen, new] {
        assert!(!audit.stdout.contains(pw), "audit holds {pw}");
        for f in ["roster.db", "roster.db-wal"] {
            let p = env.path(f);
            if !p.exists() {
                continue;
            }
            let bytes = std::fs::read(&p).unwrap();
            assert!(
                !bytes.windows(pw.len()).any(|b| b == pw.as_bytes()),
                "{f} holds the password {pw} in clear"
            );
        }
    }
}

#[test]
fn pii1_quiet_json_apply_still_shows_the_generated_password_once() {
    let env = acme();
    let mut args = vec!["--json", "-q"];
    args.extend(apply_args("li@acme.cn", "Li", ID1));
    let r = env.run(&args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // Shown nowhere, stored only hashed: nobody can ever log in with it.
    assert!(
        r.stdout.contains("initial_password") || r.stderr.contains("initial password"),
        "the generated password was never shown: stdout {:?} stderr {:?}",
        r.stdout,
        r.stderr
    );
}

// ---------------------------------------------------------------------------
// EA-7: penalised identities
// ---------------------------------------------------------------------------

#[test]
fn ea7_penalized_identity_cannot_apply() {
    let mut env = acme();
    let p = ok(
        &env,
        &[
            "identity",
            "penalize",
            ID1,
            "--kind",
            "ban",
            "--until",
            "2026-03-01",
        ],
    );
    assert!(!p.to_string().contains(ID1));
    let err = fail(&env, 4, &apply_args("li@acme.cn", "Li", ID1));
    assert_err(&err, "IDENTITY_PENALIZED", "EA-7");
    assert_eq!(err["details"]["penalties"][0]["kind"], "ban");
    assert!(err["message"].as_str().unwrap().contains(&masked(ID1)));
    // Still in force at the last second of 2026-03-01 in Shanghai.
    at(&mut env, "2026-03-01T23:59:00+08:00");
    fail(&env, 4, &apply_args("li@acme.cn", "Li", ID1));
    // After the until it lands.
    at(&mut env, "2026-03-02T00:00:00+08:00");
    assert_eq!(apply(&env, "li@acme.cn", "Li", ID1)["status"], "reviewing");
}

#[test]
fn ea7_identity_clear_lifts_the_penalty() {
    let env = acme();
    ok(
        &env,
        &["identity", "penalize", ID1, "--kind", "live-restricted"],
    );
    let err = fail(&env, 4, &apply_args("li@acme.cn", "Li", ID1));
    assert_err(&err, "IDENTITY_PENALIZED", "EA-7");
    ok(&env, &["identity", "clear", ID1]);
    assert_eq!(apply(&env, "li@acme.cn", "Li", ID1)["status"], "reviewing");
}

#[test]
fn ea7_penalized_identity_cannot_take_over_a_vacant_account() {
    let env = acme();
    vacant(&env, "li@acme.cn", "Li", ID1);
    ok(
        &env,
        &["identity", "penalize", ID2, "--kind", "posting-restricted"],
    );
    let err = fail(
        &env,
        4,
        &e(&[
            "enable",
            "li@acme.cn",
            "--name",
            "Wang",
            "--id-number",
            ID2,
            "--position",
            "Sales",
            "--proof",
            "sealed",
            "--agree",
        ]),
    );
    assert_err(&err, "IDENTITY_PENALIZED", "EA-7");
}

// ---------------------------------------------------------------------------
// EA-8: assets, resignation, unbind
// ---------------------------------------------------------------------------

#[test]
fn ea8_resign_requires_agreement() {
    let env = acme();
    active(&env, "li@acme.cn", "Li", ID1);
    let err = fail(&env, 5, &e(&["resign", "li@acme.cn"]));
    assert_err(&err, "AGREEMENT_REQUIRED", "EA-8");
}

#[test]
fn ea8_without_unsettled_assets_resign_goes_straight_to_vacant() {
    let env = acme();
    active(&env, "li@acme.cn", "Li", ID1);
    let v = ok(&env, &e(&["resign", "li@acme.cn", "--agree"]));
    assert_employee_fields(&v);
    assert_eq!(v["status"], "vacant");
    assert_eq!(
        strings(&v["next_steps"]),
        vec!["enable", "deregister"],
        "{v}"
    );
    // A vacant account still holds its seat.
    assert_eq!(org_show(&env)["quota_used"], 1);
}

#[test]
fn ea8_unsettled_assets_wait_in_resigning_until_unbind_confirm() {
    let env = acme();
    active(&env, "li@acme.cn", "Li", ID1);
    let v = ok(&env, &e(&["assets", "li@acme.cn", "--unsettled"]));
    assert_eq!(v["unsettled_assets"], true);
    assert_eq!(v["status"], "active");
    // Table mode: the warning goes to stderr, the account to stdout.
    let r = env.run(&e(&["resign", "li@acme.cn", "--agree"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("warning"), "{}", r.stderr);
    assert!(r.stderr.contains("unsettled"), "{}", r.stderr);
    assert!(!r.stdout.contains("warning"), "{}", r.stdout);
    assert_no_full_id(&r.stdout, &[]);
    assert_no_full_id(&r.stderr, &[]);
    assert_eq!(status(&env, "li@acme.cn"), "resigning");
    // The seat is still held; the account cannot be handed over yet.
    let err = fail(
        &env,
        4,
        &e(&[
            "enable",
            "li@acme.cn",
            "--name",
            "Wang",
            "--id-number",
            ID2,
            "--position",
            "Sales",
            "--proof",
            "sealed",
            "--agree",
        ]),
    );
    assert_err(&err, "INVALID_STATE", "EA-9");
    assert_eq!(err["details"]["status"], "resigning");
    let v = ok(&env, &e(&["unbind-confirm", "li@acme.cn"]));
    assert_employee_fields(&v);
    assert_eq!(v["status"], "vacant");
    assert_eq!(v["unsettled_assets"], false);
}

#[test]
fn ea8_unbind_confirm_of_an_active_account_is_invalid_state() {
    let env = acme();
    active(&env, "li@acme.cn", "Li", ID1);
    let err = fail(&env, 4, &e(&["unbind-confirm", "li@acme.cn"]));
    assert_err(&err, "INVALID_STATE", "EA-8");
    assert_eq!(err["details"]["status"], "active");
}

#[test]
fn ea8_assets_of_a_reviewing_account_is_invalid_state() {
    let env = acme();
    apply(&env, "li@acme.cn", "Li", ID1);
    let err = fail(&env, 4, &e(&["assets", "li@acme.cn", "--unsettled"]));
    assert_err(&err, "INVALID_STATE", "EA-8");
    assert_eq!(err["details"]["status"], "reviewing");
    // Exactly one of --unsettled / --settled.
    let r = env.run(&e(&["assets", "li@acme.cn"]));
    assert_eq!(r.code, 2);
}

// ---------------------------------------------------------------------------
// EA-9: handover and history
// ---------------------------------------------------------------------------

fn enable_args<'a>(email: &'a str, name: &'a str, id: &'a str) -> Vec<&'a str> {
    e(&[
        "enable",
        email,
        "--name",
        name,
        "--id-number",
        id,
        "--position",
        "Ops",
        "--proof",
        "sealed",
        "--agree",
    ])
}

#[test]
fn ea9_handover_goes_through_review_and_history_keeps_every_holder() {
    let mut env = acme();
    active(&env, "desk@acme.cn", "Li", ID1);
    ok(&env, &activate_args("desk@acme.cn", ID1, "20.7"));
    at(&mut env, "2026-03-02T10:00:00+08:00");
    ok(&env, &e(&["resign", "desk@acme.cn", "--agree"]));
    at(&mut env, "2026-03-03T10:00:00+08:00");
    let v = ok(&env, &enable_args("desk@acme.cn", "Wang", ID2));
    assert_employee_fields(&v);
    assert_eq!(v["status"], "reviewing");
    assert_eq!(v["holder_name"], "Wang");
    assert_eq!(v["holder_id"], masked(ID2));
    assert_eq!(v["position"], "Ops");
    assert_eq!(v["activated"], false);
    assert_eq!(
        v["initial_password"].as_str().unwrap().chars().count(),
        16,
        "{v}"
    );
    at(&mut env, "2026-03-04T10:00:00+08:00");
    let v = approve(&env, "desk@acme.cn");
    assert_eq!(v["status"], "active");
    assert_eq!(v["activated"], false, "the new holder activates anew");
    // The former holder cannot activate it; the new one can.
    fail(&env, 4, &activate_args("desk@acme.cn", ID1, "20.7"));
    assert_eq!(
        ok(&env, &activate_args("desk@acme.cn", ID2, "20.7"))["activated"],
        true
    );

    let h = ok(&env, &w("employee history desk@acme.cn"));
    let h = h.as_array().unwrap();
    assert_eq!(h.len(), 2, "{h:?}");
    assert_eq!(h[0]["holder_name"], "Wang");
    assert_eq!(h[0]["holder_id"], masked(ID2));
    assert_eq!(h[0]["position"], "Ops");
    assert_eq!(h[0]["since"], "2026-03-03T02:00:00Z");
    assert_eq!(h[0]["until"], Value::Null);
    assert_eq!(h[1]["holder_name"], "Li");
    assert_eq!(h[1]["holder_id"], masked(ID1));
    assert_eq!(h[1]["position"], "Sales");
    assert_eq!(h[1]["since"], NOW_UTC);
    assert_eq!(h[1]["until"], "2026-03-02T02:00:00Z");
    // One seat all along.
    assert_eq!(org_show(&env)["quota_used"], 1);
}

#[test]
fn ea9_enable_of_an_active_account_is_invalid_state() {
    let env = acme();
    active(&env, "desk@acme.cn", "Li", ID1);
    let err = fail(&env, 4, &enable_args("desk@acme.cn", "Wang", ID2));
    assert_err(&err, "INVALID_STATE", "EA-9");
    assert_eq!(err["details"]["status"], "active");
}

#[test]
fn ea9_enable_without_agree_is_agreement_required() {
    let env = acme();
    vacant(&env, "desk@acme.cn", "Li", ID1);
    let mut args = enable_args("desk@acme.cn", "Wang", ID2);
    args.retain(|a| *a != "--agree");
    let err = fail(&env, 5, &args);
    assert_err(&err, "AGREEMENT_REQUIRED", "EA-9");
}

#[test]
fn ea9_withdrawn_rejected_handover_returns_to_vacant() {
    let mut env = acme();
    vacant(&env, "desk@acme.cn", "Li", ID1);
    at(&mut env, "2026-03-03T10:00:00+08:00");
    ok(&env, &enable_args("desk@acme.cn", "Wang", ID2));
    reject(&env, "desk@acme.cn");
    assert_eq!(status(&env, "desk@acme.cn"), "rejected");
    at(&mut env, "2026-03-04T10:00:00+08:00");
    let v = ok(&env, &e(&["withdraw", "desk@acme.cn"]));
    assert_eq!(v["status"], "vacant", "not withdrawn: {v}");
    assert_eq!(org_show(&env)["quota_used"], 1);
    let h = ok(&env, &w("employee history desk@acme.cn"));
    let h = h.as_array().unwrap();
    assert_eq!(h.len(), 2, "{h:?}");
    assert_eq!(h[0]["holder_name"], "Wang");
    assert_eq!(h[0]["until"], "2026-03-04T02:00:00Z");
    // It can be handed over again.
    let v = ok(&env, &enable_args("desk@acme.cn", "Zhao", ID3));
    assert_eq!(v["status"], "reviewing");
}

#[test]
fn ea9_history_of_an_unknown_account_is_not_found() {
    let env = acme();
    let err = fail(&env, 3, &w("employee history nobody@acme.cn"));
    assert_eq!(err["code"], "EMPLOYEE_NOT_FOUND");
}

// ---------------------------------------------------------------------------
// EA-10: deregistration and the sweep
// ---------------------------------------------------------------------------

#[test]
fn ea10_deregister_needs_every_material() {
    let env = acme();
    active(&env, "li@acme.cn", "Li", ID1);
    // A material missing from --materials is missing input (5).
    let err = fail(
        &env,
        5,
        &e(&[
            "deregister",
            "li@acme.cn",
            "--materials",
            "business-licence,legal-rep-id,employee-id",
        ]),
    );
    assert_err(&err, "MATERIALS_INCOMPLETE", "EA-10");
    assert_eq!(err["details"]["field"], "--materials", "{err}");
    let missing = err["details"]["missing"].to_string();
    assert!(missing.contains("labour-contract"), "{err}");
    assert!(
        err["message"].as_str().unwrap().contains("labour-contract"),
        "{err}"
    );
    // Before the account is looked up, as every input.
    let err = fail(
        &env,
        5,
        &e(&[
            "deregister",
            "nobody@acme.cn",
            "--materials",
            "business-licence",
        ]),
    );
    assert_err(&err, "MATERIALS_INCOMPLETE", "EA-10");
    // A resignation certificate does instead of the labour contract.
    let v = ok(
        &env,
        &e(&[
            "deregister",
            "li@acme.cn",
            "--materials",
            "business-licence,legal-rep-id,employee-id,resignation-certificate",
        ]),
    );
    assert_employee_fields(&v);
    assert_eq!(v["status"], "deregistering");
}

#[test]
fn ea10_unknown_material_is_invalid() {
    let env = acme();
    active(&env, "li@acme.cn", "Li", ID1);
    let err = fail(
        &env,
        5,
        &e(&[
            "deregister",
            "li@acme.cn",
            "--materials",
            "business-licence,legal-rep-id,employee-id,labour-contract,selfie",
        ]),
    );
    assert_eq!(err["code"], "UNKNOWN_MATERIAL");
    assert_eq!(err["rule"], "EA-10");
    assert!(err["message"].as_str().unwrap().contains("selfie"));
}

#[test]
fn ea10_due_five_working_days_after_filing_over_spring_festival() {
    let env = acme();
    active(&env, "li@acme.cn", "Li", ID1);
    let v = ok(
        &env,
        &e(&["deregister", "li@acme.cn", "--materials", MATERIALS]),
    );
    assert_eq!(v["status"], "deregistering");
    assert_eq!(v["deregister_filed_at"], NOW_UTC);
    // 02-14 is a make-up Saturday; 02-15 … 02-23 are holidays; the 5th
    // working day is 02-27, due at its end in Shanghai.
    assert_eq!(v["deregister_due_at"], "2026-02-27T15:59:59Z");
    assert_eq!(v["deregister_overdue"], false);
    assert_eq!(strings(&v["next_steps"]), vec!["deregister-review"]);
}

#[test]
fn ea10_filed_on_a_holiday_counts_the_make_up_saturday() {
    let mut env = acme();
    active(&env, "li@acme.cn", "Li", ID1);
    // 02-16 is a Spring Festival holiday; 02-24 … 02-27 and the make-up
    // Saturday 02-28 are the five working days.
    at(&mut env, "2026-02-16T15:00:00+08:00");
    let v = ok(
        &env,
        &e(&["deregister", "li@acme.cn", "--materials", MATERIALS]),
    );
    assert_eq!(v["deregister_due_at"], "2026-02-28T15:59:59Z");
}

/// An active account with a deregistration filed at the env's now.
fn deregistering(env: &Env, email: &str, id: &str) {
    active(env, email, "Staff", id);
    ok(env, &e(&["deregister", email, "--materials", MATERIALS]));
}

#[test]
fn ea10_sweep_marks_overdue_after_the_due_instant_and_is_idempotent() {
    let mut env = acme();
    deregistering(&env, "li@acme.cn", ID1);
    at(&mut env, "2026-02-27T23:59:59+08:00");
    let s = ok(&env, &["sweep"]);
    assert_eq!(s["deregistrations_overdue"], 0, "{s}");
    assert_eq!(s["changed"], 0, "{s}");
    assert_eq!(show(&env, "li@acme.cn")["deregister_overdue"], false);
    at(&mut env, "2026-02-28T00:00:00+08:00");
    let s = ok(&env, &["sweep"]);
    assert_eq!(s["deregistrations_overdue"], 1, "{s}");
    assert_eq!(s["changed"], 1, "{s}");
    let v = show(&env, "li@acme.cn");
    assert_eq!(v["deregister_overdue"], true);
    assert_eq!(v["status"], "deregistering");
    let before = env.fingerprint();
    let s = ok(&env, &["sweep"]);
    assert_eq!(s["deregistrations_overdue"], 0, "{s}");
    assert_eq!(s["changed"], 0, "{s}");
    assert_eq!(before, env.fingerprint(), "a second sweep changed data");
    assert_eq!(env.audit_count("employee.deregister-overdue"), 1);
}

#[test]
fn ea10_sweep_dry_run_reports_but_changes_nothing() {
    let mut env = acme();
    deregistering(&env, "li@acme.cn", ID1);
    at(&mut env, "2026-02-28T00:00:00+08:00");
    let shown = show(&env, "li@acme.cn");
    let before = env.fingerprint();
    let s = ok(&env, &w("sweep --dry-run"));
    assert_eq!(s["deregistrations_overdue"], 1, "{s}");
    assert_eq!(s["changed"], 1, "{s}");
    assert_eq!(s["dry_run"], true, "{s}");
    assert_eq!(shown, show(&env, "li@acme.cn"));
    assert_eq!(before, env.fingerprint(), "a dry run changed data");
    assert_eq!(env.audit_count("employee.deregister-overdue"), 0);
    // The real sweep still has it to do.
    assert_eq!(ok(&env, &["sweep"])["deregistrations_overdue"], 1);
}

#[test]
fn sw1_sweep_actor_is_sweep_unless_one_is_given() {
    let mut env = acme();
    deregistering(&env, "a@acme.cn", ID1);
    // Filed on 02-28 (a make-up Saturday): due at the end of 03-06.
    at(&mut env, "2026-02-28T10:00:00+08:00");
    deregistering(&env, "b@acme.cn", ID2);

    // No --actor, no ROSTER_ACTOR: the actor is `sweep` (not $USER).
    at(&mut env, "2026-02-28T12:00:00+08:00");
    let mut c = env.command(&["--json", "sweep"]);
    c.env_remove("ROSTER_ACTOR").env("USER", "alice");
    let out = c.output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(s["deregistrations_overdue"], 1, "{s}");

    // Filed on Monday 03-09: due at the end of 03-16.
    at(&mut env, "2026-03-09T10:00:00+08:00");
    deregistering(&env, "c@acme.cn", ID3);
    // ROSTER_ACTOR names the actor.
    at(&mut env, "2026-03-09T12:00:00+08:00");
    let r = env.run_env(&["--json", "sweep"], &[("ROSTER_ACTOR", "cron")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.json()["deregistrations_overdue"], 1);
    // So does --actor.
    at(&mut env, "2026-03-17T12:00:00+08:00");
    let s = ok(&env, &w("--actor ops sweep"));
    assert_eq!(s["deregistrations_overdue"], 1, "{s}");

    let events = env.audit(&["--action", "employee.deregister-overdue"]);
    let who: Vec<(&str, &str)> = events
        .iter()
        .map(|ev| {
            (
                ev["object"].as_str().unwrap(),
                ev["actor"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        who,
        vec![
            ("employee:a@acme.cn", "sweep"),
            ("employee:b@acme.cn", "cron"),
            ("employee:c@acme.cn", "ops"),
        ]
    );
}

#[test]
fn ea10_deregister_review_approve_closes_the_account() {
    let env = acme();
    deregistering(&env, "li@acme.cn", ID1);
    let v = ok(&env, &e(&["deregister-review", "li@acme.cn", "--approve"]));
    assert_employee_fields(&v);
    assert_eq!(v["status"], "deregistered");
    assert_eq!(v["next_steps"], serde_json::json!([]));
    let h = ok(&env, &w("employee history li@acme.cn"));
    assert_eq!(h[0]["until"], NOW_UTC, "{h}");
    assert_eq!(h[0]["end_reason"], "deregistered", "{h}");
    // A closed account: nothing is allowed next.
    let err = fail(&env, 4, &enable_args("li@acme.cn", "Wang", ID2));
    assert_err(&err, "INVALID_STATE", "EA-9");
    assert_eq!(err["details"]["status"], "deregistered");
    assert_eq!(err["details"]["allowed"], serde_json::json!([]));
    let err = fail(
        &env,
        4,
        &e(&["deregister", "li@acme.cn", "--materials", MATERIALS]),
    );
    assert_err(&err, "INVALID_STATE", "EA-10");
}

#[test]
fn ea10_rejected_deregistration_returns_to_where_it_was() {
    let env = acme();
    deregistering(&env, "act@acme.cn", ID1);
    vacant(&env, "vac@acme.cn", "Vac", ID2);
    ok(
        &env,
        &e(&["deregister", "vac@acme.cn", "--materials", MATERIALS]),
    );
    let v = ok(
        &env,
        &e(&[
            "deregister-review",
            "act@acme.cn",
            "--reject",
            "--reason",
            "unsigned",
        ]),
    );
    assert_eq!(v["status"], "active");
    assert_eq!(v["deregister_due_at"], Value::Null);
    assert!(v["rejection_reason"].as_str().unwrap().contains("unsigned"));
    let v = ok(
        &env,
        &e(&[
            "deregister-review",
            "vac@acme.cn",
            "--reject",
            "--reason",
            "unsigned",
        ]),
    );
    assert_eq!(v["status"], "vacant");
    // Reject needs a reason (clap).
    ok(
        &env,
        &e(&["deregister", "vac@acme.cn", "--materials", MATERIALS]),
    );
    let r = env.run(&e(&["deregister-review", "vac@acme.cn", "--reject"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
}

#[test]
fn ea10_deregister_review_of_an_active_account_is_invalid_state() {
    let env = acme();
    active(&env, "li@acme.cn", "Li", ID1);
    let err = fail(
        &env,
        4,
        &e(&["deregister-review", "li@acme.cn", "--approve"]),
    );
    assert_err(&err, "INVALID_STATE", "EA-10");
    assert_eq!(err["details"]["status"], "active");
}

// ---------------------------------------------------------------------------
// EA-11: Douyin ids
// ---------------------------------------------------------------------------

#[test]
fn ea11_douyin_id_of_another_employee_account_is_taken() {
    let env = acme();
    let mut a = apply_args("li@acme.cn", "Li", ID1);
    a.extend(["--douyin-id", "dy_acme_li"]);
    assert_eq!(ok(&env, &a)["douyin_id"], "dy_acme_li");
    let mut b = apply_args("wang@acme.cn", "Wang", ID2);
    b.extend(["--douyin-id", "dy_acme_li"]);
    let err = fail(&env, 4, &b);
    assert_err(&err, "DOUYIN_ID_TAKEN", "EA-11");
}

// ---------------------------------------------------------------------------
// EA-12: eligibility reports
// ---------------------------------------------------------------------------

fn check(env: &Env, email: &str, what: &str, facts: &[&str]) -> Value {
    let mut args = vec!["employee", "check", email, what];
    args.extend_from_slice(facts);
    let v = ok(env, &args);
    for u in v["unmet"].as_array().unwrap() {
        assert_eq!(u["rule"], "EA-12", "{v}");
        assert!(u["condition"].as_str().is_some_and(|c| !c.is_empty()));
    }
    v
}

#[test]
fn ea12_showcase_names_every_unmet_condition() {
    let env = acme();
    active(&env, "li@acme.cn", "Li", ID1);
    let v = check(&env, "li@acme.cn", "showcase", &[]);
    assert_eq!(v["eligible"], false);
    assert_eq!(v["unmet"].as_array().unwrap().len(), 4, "{v}");
    let text = v["unmet"].to_string();
    for word in ["real-name", "500", "10", "1000"] {
        assert!(text.contains(word), "no {word} in {text}");
    }
}

#[test]
fn ea12_showcase_needs_more_than_1000_followers() {
    let env = acme();
    active(&env, "li@acme.cn", "Li", ID1);
    let facts = w("--real-name --deposit-paid --public-videos 10 --followers 1000");
    let v = check(&env, "li@acme.cn", "showcase", &facts);
    assert_eq!(v["eligible"], false);
    let unmet = v["unmet"].as_array().unwrap();
    assert_eq!(unmet.len(), 1, "{v}");
    assert!(unmet[0]["condition"].as_str().unwrap().contains("1000"));
    let facts = w("--real-name --deposit-paid --public-videos 10 --followers 1001");
    let v = check(&env, "li@acme.cn", "showcase", &facts);
    assert_eq!(v["eligible"], true, "{v}");
    assert_eq!(v["unmet"], serde_json::json!([]));
    // 9 videos is too few.
    let facts = w("--real-name --deposit-paid --public-videos 9 --followers 1001");
    let v = check(&env, "li@acme.cn", "showcase", &facts);
    assert_eq!(v["unmet"].as_array().unwrap().len(), 1, "{v}");
}

#[test]
fn ea12_flash_group_buy_needs_the_group_buy_tool() {
    let env = acme();
    ok(
        &env,
        &w("org tools acme --grant home.flash_group_buy,video.group_buy"),
    );
    ok(
        &env,
        &w("--org acme position create Shop --perm home.flash_group_buy"),
    );
    let mut args = apply_args("li@acme.cn", "Li", ID1);
    let i = args.iter().position(|a| *a == "Sales").unwrap();
    args[i] = "Shop";
    ok(&env, &args);
    approve(&env, "li@acme.cn");
    let v = check(
        &env,
        "li@acme.cn",
        "merchant-page",
        &["--module", "home.flash_group_buy:approved"],
    );
    assert_eq!(v["eligible"], false);
    let text = v["unmet"].to_string();
    assert!(text.contains("video.group_buy"), "{v}");
    // No module configured at all.
    let v = check(&env, "li@acme.cn", "merchant-page", &[]);
    assert_eq!(v["eligible"], false);
    assert_eq!(v["unmet"].as_array().unwrap().len(), 1, "{v}");
    // Once the position carries the group-buy tool, the page shows.
    ok(
        &env,
        &w("--org acme position edit Shop --perm home.flash_group_buy,video.group_buy"),
    );
    let v = check(
        &env,
        "li@acme.cn",
        "merchant-page",
        &["--module", "home.flash_group_buy:approved"],
    );
    assert_eq!(v["eligible"], true, "{v}");
    // A module still pending approval does not count.
    let v = check(
        &env,
        "li@acme.cn",
        "merchant-page",
        &["--module", "home.flash_group_buy:pending"],
    );
    assert_eq!(v["eligible"], false, "{v}");
}

#[test]
fn ea12_xingtu_identity_excludes_an_employee_account() {
    let env = acme();
    let mut a = apply_args("li@acme.cn", "Li", ID1);
    a.extend(["--douyin-id", "dy_acme_li"]);
    ok(&env, &a);
    approve(&env, "li@acme.cn");
    let v = check(&env, "li@acme.cn", "xingtu", &[]);
    assert_eq!(v["eligible"], true, "{v}");
    let v = check(&env, "li@acme.cn", "xingtu", &["--xingtu"]);
    assert_eq!(v["eligible"], false, "{v}");
    assert_eq!(v["unmet"].as_array().unwrap().len(), 1, "{v}");
    // Exclusive the other way round too: the account's Douyin id cannot
    // take the creator-marketplace identity.
    let err = fail(&env, 4, &w("identity xingtu dy_acme_li --on"));
    assert_eq!(err["code"], "XINGTU_EXCLUSIVE", "{err}");
}

#[test]
fn ea12_xingtu_holder_cannot_become_an_employee_account() {
    let env = acme();
    ok(&env, &w("identity xingtu dy_star --on"));
    let mut a = apply_args("li@acme.cn", "Li", ID1);
    a.extend(["--douyin-id", "dy_star"]);
    let err = fail(&env, 4, &a);
    assert_err(&err, "XINGTU_EXCLUSIVE", "EA-12");
}

#[test]
fn ea12_unknown_check_is_invalid() {
    let env = acme();
    active(&env, "li@acme.cn", "Li", ID1);
    let err = fail(&env, 5, &w("employee check li@acme.cn livestream"));
    assert!(
        err["message"].as_str().unwrap().contains("showcase"),
        "{err}"
    );
    let err = fail(
        &env,
        5,
        &w("employee check li@acme.cn merchant-page --module home.banner:approved"),
    );
    assert_eq!(err["code"], "UNKNOWN_MODULE");
    assert_eq!(err["rule"], "EA-12");
    let err = fail(
        &env,
        5,
        &w("employee check li@acme.cn merchant-page --module home.profile_card:maybe"),
    );
    assert_eq!(err["rule"], "EA-12");
    let err = fail(&env, 3, &w("employee check nobody@acme.cn showcase"));
    assert_eq!(err["code"], "EMPLOYEE_NOT_FOUND");
}

// ---------------------------------------------------------------------------
// show, list
// ---------------------------------------------------------------------------

#[test]
fn show_of_an_unknown_account_is_not_found() {
    let env = acme();
    let err = fail(&env, 3, &w("employee show nobody@acme.cn"));
    assert_eq!(err["code"], "EMPLOYEE_NOT_FOUND");
    let err = fail(&env, 5, &w("employee show not-an-email"));
    assert!(err["message"].as_str().is_some());
}

#[test]
fn list_filters_by_status_position_and_department_subtree() {
    let env = acme();
    for d in ["Sales", "Sales/East", "Ops"] {
        ok(&env, &["--org", ORG, "department", "create", d]);
    }
    let with = |email: &'static str,
                name: &'static str,
                id: &'static str,
                position: &'static str,
                dept: Option<&'static str>| {
        let mut a = apply_args(email, name, id);
        let i = a.iter().position(|x| *x == "Sales").unwrap();
        a[i] = position;
        if let Some(d) = dept {
            a.extend(["--department", d]);
        }
        ok(&env, &a);
    };
    with("a@acme.cn", "A", ID1, "Sales", Some("Sales"));
    with("b@acme.cn", "B", ID2, "Sales", Some("Sales/East"));
    with("c@acme.cn", "C", ID3, "Ops", Some("Ops"));
    with("d@acme.cn", "D", ID4, "Ops", None);
    approve(&env, "a@acme.cn");
    reject(&env, "d@acme.cn");

    let all = ok(&env, &w("--org acme employee list"));
    assert_eq!(
        emails(&all),
        vec!["a@acme.cn", "b@acme.cn", "c@acme.cn", "d@acme.cn"]
    );
    for a in all.as_array().unwrap() {
        assert_employee_fields(a);
    }
    let l = ok(&env, &w("--org acme employee list --status reviewing"));
    assert_eq!(emails(&l), vec!["b@acme.cn", "c@acme.cn"]);
    let l = ok(&env, &w("--org acme employee list --position Ops"));
    assert_eq!(emails(&l), vec!["c@acme.cn", "d@acme.cn"]);
    let l = ok(&env, &w("--org acme employee list --department Sales"));
    assert_eq!(emails(&l), vec!["a@acme.cn", "b@acme.cn"]);
    let l = ok(&env, &w("--org acme employee list --department Sales/East"));
    assert_eq!(emails(&l), vec!["b@acme.cn"]);
    let l = ok(
        &env,
        &w("--org acme employee list --status reviewing --department Sales"),
    );
    assert_eq!(emails(&l), vec!["b@acme.cn"]);
    let l = ok(&env, &w("--org acme employee list --status vacant"));
    assert_eq!(l, serde_json::json!([]));
    // Table mode lists the contract columns.
    let r = env.run(&w("--org acme employee list"));
    assert_eq!(r.code, 0);
    for col in ["email", "status", "holder_name", "position", "department"] {
        assert!(r.stdout.contains(col), "{}", r.stdout);
    }
    assert_no_full_id(&r.stdout, &[]);
}

#[test]
fn list_refusals() {
    let env = acme();
    let err = fail(&env, 5, &w("--org acme employee list --status sleeping"));
    assert!(
        err["message"].as_str().unwrap().contains("reviewing"),
        "{err}"
    );
    let err = fail(&env, 3, &w("--org acme employee list --department Nowhere"));
    assert!(err["code"].as_str().is_some());
    let err = fail(&env, 3, &w("--org acme employee list --position Nobody"));
    assert_eq!(err["code"], "POSITION_NOT_FOUND");
    // A position or department names something inside one org.
    let err = fail(&env, 2, &w("employee list --position Sales"));
    assert_eq!(err["code"], "USAGE");
}

// ---------------------------------------------------------------------------
// PII-1 across the verbs
// ---------------------------------------------------------------------------

#[test]
fn pii1_no_table_output_shows_the_holders_identity_number() {
    let env = acme();
    let runs = [
        apply_args("li@acme.cn", "Li", ID1),
        e(&["review", "li@acme.cn", "--approve"]),
        e(&[
            "activate",
            "li@acme.cn",
            "--face-id-number",
            ID2,
            "--aux-phone",
            "13800138000",
            "--app-version",
            "20.7",
        ]),
        activate_args("li@acme.cn", ID1, "20.7"),
        e(&["resign", "li@acme.cn", "--agree"]),
        e(&[
            "enable",
            "li@acme.cn",
            "--name",
            "Wang",
            "--id-number",
            ID2,
            "--position",
            "Sales",
            "--proof",
            "sealed",
            "--agree",
        ]),
        e(&["show", "li@acme.cn"]),
        e(&["list"]),
        e(&["history", "li@acme.cn"]),
        vec!["identity", "penalize", ID3, "--kind", "ban"],
        vec!["identity", "show", ID3],
        apply_args("zhao@acme.cn", "Zhao", ID3),
        vec!["audit"],
    ];
    for args in runs {
        let r = env.run(&args);
        assert!(r.code == 0 || r.code == 4, "{args:?}: {}", r.stderr);
        assert_no_full_id(&r.stdout, &args);
        assert_no_full_id(&r.stderr, &args);
    }
    let audit = env.run(&w("audit --format jsonl"));
    assert_no_full_id(&audit.stdout, &[]);
    let audit = env.run(&w("audit --format csv"));
    assert_no_full_id(&audit.stdout, &[]);
}

#[test]
fn pii1_reveal_pii_shows_the_identity_number_and_is_audited() {
    let env = acme();
    apply(&env, "li@acme.cn", "Li", ID1);
    assert_eq!(show(&env, "li@acme.cn")["holder_id"], masked(ID1));
    let v = ok(&env, &w("--reveal-pii employee show li@acme.cn"));
    assert_eq!(v["holder_id"], ID1);
    let h = ok(&env, &w("--reveal-pii employee history li@acme.cn"));
    assert_eq!(h[0]["holder_id"], ID1);
    let mut a = vec!["--reveal-pii"];
    a.extend(apply_args("wang@acme.cn", "Wang", ID2));
    assert_eq!(ok(&env, &a)["holder_id"], ID2);
    let events = env.audit(&["--action", "pii.reveal"]);
    assert_eq!(events.len(), 3, "{events:?}");
    assert_eq!(events[0]["actor"], "tester");
    // The audit of the reveal does not hold the number either.
    let all = env.run(&w("audit --format jsonl"));
    assert_no_full_id(&all.stdout, &[]);
}

#[test]
fn pii1_refused_reveal_command_leaves_only_its_reveal_event() {
    let env = acme();
    let before = env.audit(&[]).len();
    let r = env.run(&w("--json --reveal-pii employee show nobody@acme.cn"));
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert_eq!(r.error()["code"], "EMPLOYEE_NOT_FOUND");
    // The reveal is recorded before anything is read; nothing else changed.
    let after = env.audit(&[]);
    assert_eq!(after.len(), before + 1);
    assert_eq!(after.last().unwrap()["action"], "pii.reveal");
}

// ---------------------------------------------------------------------------
// Issue 10: no answer depends on whether the sweep has run (SW-1)
// ---------------------------------------------------------------------------

#[test]
fn ea10_show_and_list_say_overdue_after_the_due_instant_before_the_sweep() {
    let mut env = acme();
    deregistering(&env, "li@acme.cn", ID1);
    at(&mut env, "2026-02-28T00:00:00+08:00");
    let before = show(&env, "li@acme.cn");
    assert_eq!(before["deregister_overdue"], true, "{before}");
    let listed = ok(&env, &e(&["list", "--status", "deregistering"]));
    assert_eq!(listed[0]["deregister_overdue"], true, "{listed}");
    ok(&env, &["sweep"]);
    let mut after = show(&env, "li@acme.cn");
    let mut before = before;
    for v in [&mut before, &mut after] {
        v.as_object_mut().unwrap().remove("updated_at");
    }
    assert_eq!(before, after);
}

#[test]
fn ea10_repeated_apply_of_an_overdue_account_answers_the_same_before_and_after_the_sweep() {
    let mut env = acme();
    deregistering(&env, "li@acme.cn", ID1);
    at(&mut env, "2026-02-28T00:00:00+08:00");
    let args = apply_args("li@acme.cn", "Staff", ID1);
    let mut before = ok(&env, &args);
    assert_eq!(before["deregister_overdue"], true, "{before}");
    ok(&env, &["sweep"]);
    let mut after = ok(&env, &args);
    for v in [&mut before, &mut after] {
        v.as_object_mut().unwrap().remove("updated_at");
    }
    assert_eq!(before, after);
}

#[test]
fn ea10_review_after_the_due_instant_is_recorded_overdue_before_the_sweep_too() {
    let mut env = acme();
    deregistering(&env, "li@acme.cn", ID1);
    deregistering(&env, "wang@acme.cn", ID2);
    at(&mut env, "2026-02-28T00:00:00+08:00");
    let unswept = ok(&env, &e(&["deregister-review", "li@acme.cn", "--approve"]));
    ok(&env, &["sweep"]);
    let swept = ok(
        &env,
        &e(&["deregister-review", "wang@acme.cn", "--approve"]),
    );
    for v in [&unswept, &swept] {
        assert_eq!(v["status"], "deregistered", "{v}");
        assert_eq!(v["deregister_overdue"], true, "{v}");
    }
}
