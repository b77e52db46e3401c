//! Issue 3: enterprise employee accounts through the binary (rules EA-1 … EA-12).

use serde_json::Value;

use crate::harness::*;

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

pub(crate) const ORG: &str = "acme";

// Valid resident identity numbers (GB 11643 check digits verified).
pub(crate) const ID1: &str = "110105199003071239";
pub(crate) const ID2: &str = "310115198805122347";
pub(crate) const ID3: &str = "440305199508233456";
pub(crate) const ID4: &str = "510107199201014566";
pub(crate) const ID5: &str = "330106198706155677";
pub(crate) const ID6: &str = "420102199311206784";
pub(crate) const ID7: &str = "37020219890909789X";
pub(crate) const ID8: &str = "320505199602298903";
pub(crate) const IDS: [&str; 9] = [ID_A, ID1, ID2, ID3, ID4, ID5, ID6, ID7, ID8];

pub(crate) const MATERIALS: &str = "business-licence,legal-rep-id,employee-id,labour-contract";

/// PII-1: no output shows a full identity number (unless `--reveal-pii`).
pub(crate) fn assert_no_full_id(text: &str, args: &[&str]) {
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
pub(crate) fn ok(env: &Env, args: &[&str]) -> Value {
    ok_in(env, args, None)
}

/// `ok` with `stdin` (for `--password-stdin`, `--new-password-stdin`).
pub(crate) fn ok_in(env: &Env, args: &[&str], stdin: Option<&str>) -> Value {
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
pub(crate) fn fail(env: &Env, code: i32, args: &[&str]) -> Value {
    let err = env.fail(code, args);
    assert_no_full_id(&err.to_string(), args);
    err
}

/// Asserts a refusal's exit-level facts: code and rule.
pub(crate) fn assert_err(err: &Value, code: &str, rule: &str) {
    assert_eq!(err["code"], code, "{err}");
    assert_eq!(err["rule"], rule, "{err}");
    assert!(
        err["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{err}"
    );
}

/// `--org acme employee ARGS…`
pub(crate) fn e<'a>(args: &[&'a str]) -> Vec<&'a str> {
    let mut v = vec!["--org", ORG, "employee"];
    v.extend_from_slice(args);
    v
}

/// The masked form of an identity number: first 3 and last 4 (PII-1).
pub(crate) fn masked(id: &str) -> String {
    format!("{}{}{}", &id[..3], "*".repeat(11), &id[14..])
}

/// The fields docs/json.md names for an employee account.
pub(crate) fn assert_employee_fields(v: &Value) {
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
pub(crate) fn acme() -> Env {
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
pub(crate) fn apply_args<'a>(email: &'a str, name: &'a str, id: &'a str) -> Vec<&'a str> {
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

pub(crate) fn apply(env: &Env, email: &str, name: &str, id: &str) -> Value {
    ok(env, &apply_args(email, name, id))
}

pub(crate) fn approve(env: &Env, email: &str) -> Value {
    ok(env, &e(&["review", email, "--approve"]))
}

pub(crate) fn reject(env: &Env, email: &str) -> Value {
    ok(
        env,
        &e(&["review", email, "--reject", "--reason", "no-seal"]),
    )
}

/// An approved (active, not yet activated) account.
pub(crate) fn active(env: &Env, email: &str, name: &str, id: &str) -> Value {
    apply(env, email, name, id);
    approve(env, email)
}

pub(crate) fn activate_args<'a>(email: &'a str, face: &'a str, version: &'a str) -> Vec<&'a str> {
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

pub(crate) fn show(env: &Env, email: &str) -> Value {
    ok(env, &["employee", "show", email])
}

pub(crate) fn status(env: &Env, email: &str) -> String {
    show(env, email)["status"].as_str().unwrap().to_string()
}

/// An active account that resigned without unsettled assets: vacant.
pub(crate) fn vacant(env: &Env, email: &str, name: &str, id: &str) -> Value {
    active(env, email, name, id);
    ok(env, &e(&["resign", email, "--agree"]))
}

pub(crate) fn org_show(env: &Env) -> Value {
    ok(env, &w("org show acme"))
}

/// The emails of a listing, in order.
pub(crate) fn emails(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap_or_else(|| panic!("not an array: {list}"))
        .iter()
        .map(|a| a["email"].as_str().unwrap())
        .collect()
}

pub(crate) fn strings(v: &Value) -> Vec<&str> {
    v.as_array()
        .unwrap_or_else(|| panic!("not an array: {v}"))
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect()
}

/// `e1@acme.cn` … the n-th seat-filling application's email.
pub(crate) fn nth(n: usize) -> String {
    format!("e{n}@acme.cn")
}

/// Applies `e{from}` … `e{to}` (inclusive) with distinct identities.
pub(crate) fn apply_range(env: &Env, from: usize, to: usize) {
    for n in from..=to {
        let email = nth(n);
        apply(env, &email, "Staff", IDS[1 + (n - 1) % 8]);
    }
}

/// Sets the clock for the calls that follow.
pub(crate) fn at(env: &mut Env, now: &str) {
    env.now = now.to_string();
}

pub(crate) fn enable_args<'a>(email: &'a str, name: &'a str, id: &'a str) -> Vec<&'a str> {
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

/// An active account with a deregistration filed at the env's now.
pub(crate) fn deregistering(env: &Env, email: &str, id: &str) {
    active(env, email, "Staff", id);
    ok(env, &e(&["deregister", email, "--materials", MATERIALS]));
}

pub(crate) fn check(env: &Env, email: &str, what: &str, facts: &[&str]) -> Value {
    let mut args = vec!["employee", "check", email, what];
    args.extend_from_slice(facts);
    let v = ok(env, &args);
    for u in v["unmet"].as_array().unwrap() {
        assert_eq!(u["rule"], "EA-12", "{v}");
        assert!(u["condition"].as_str().is_some_and(|c| !c.is_empty()));
    }
    v
}

mod activation;
mod apply;
mod deregistration;
mod eligibility;
mod penalty;
mod reads;
mod resignation;
mod review;
mod sweep_independence;
