//! Issue 4: authorised personal accounts and the sweep through the binary (rules PA-1 … PA-8, SW-1).

use serde_json::Value;

use crate::harness::*;

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

pub(crate) const ORG: &str = "acme";
pub(crate) const OTHER: &str = "beta";

// Valid resident identity numbers (GB 11643 check digits verified).
pub(crate) const ID1: &str = "110105199003071239";
pub(crate) const ID2: &str = "310115198805122347";
pub(crate) const ID3: &str = "440305199508233456";
pub(crate) const ID4: &str = "510107199201014566";
pub(crate) const IDS: [&str; 5] = [ID_A, ID1, ID2, ID3, ID4];

/// 48 hours after `NOW`: the invitation deadline (PA-2).
pub(crate) const DEADLINE: &str = "2026-02-15T09:00:00+08:00";
pub(crate) const DEADLINE_UTC: &str = "2026-02-15T01:00:00Z";
pub(crate) const JUST_BEFORE_DEADLINE: &str = "2026-02-15T08:59:59+08:00";

/// `--org acme auth ARGS…`
pub(crate) fn a<'a>(args: &[&'a str]) -> Vec<&'a str> {
    auth_in(ORG, args)
}

/// `--org ORG auth ARGS…`
pub(crate) fn auth_in<'a>(org: &'a str, args: &[&'a str]) -> Vec<&'a str> {
    let mut v = vec!["--org", org, "auth"];
    v.extend_from_slice(args);
    v
}

/// A verified bronze enterprise `acme` without tools.
pub(crate) fn acme() -> Env {
    let env = Env::new();
    env.enterprise(ORG);
    env.ok(&w("org verify acme"));
    env
}

/// A second verified enterprise `beta`.
pub(crate) fn beta(env: &Env) {
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
pub(crate) fn at(env: &mut Env, now: &str) {
    env.now = now.to_string();
}

pub(crate) fn assert_err(err: &Value, code: &str, rule: &str) {
    assert_eq!(err["code"], code, "{err}");
    assert_eq!(err["rule"], rule, "{err}");
    assert!(
        err["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{err}"
    );
}

/// PII-1: no text shows a full identity number.
pub(crate) fn assert_no_full_id(text: &str) {
    for id in IDS {
        assert!(
            !text.contains(id),
            "printed the full identity number {id}:\n{text}"
        );
    }
}

/// The masked form of an identity number: first 3 and last 4 (PII-1).
pub(crate) fn masked(id: &str) -> String {
    format!("{}{}{}", &id[..3], "*".repeat(11), &id[14..])
}

/// The fields docs/json.md names for an authorisation.
pub(crate) fn assert_auth_fields(v: &Value) {
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
pub(crate) fn invite(env: &Env, id: &str) -> Value {
    invite_in(env, ORG, id)
}

pub(crate) fn invite_in(env: &Env, org: &str, id: &str) -> Value {
    env.ok1(&auth_in(
        org,
        &["invite", id, "--modules", "backend.video", "--agree"],
    ))
}

pub(crate) fn accept(env: &Env, id: &str) -> Value {
    env.ok(&a(&["accept", id, "--name", "Li Lei", "--id-number", ID1]))
}

pub(crate) fn approve(env: &Env, id: &str) -> Value {
    env.ok(&a(&["review", id, "--approve"]))
}

pub(crate) fn reject(env: &Env, id: &str) -> Value {
    env.ok(&a(&["review", id, "--reject", "--reason", "blurry-photo"]))
}

/// Drives a fresh `id` in acme to `state` (invited, reviewing, active or
/// rejected).
pub(crate) fn drive(env: &Env, id: &str, state: &str) -> Value {
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

pub(crate) fn show(env: &Env, id: &str) -> Value {
    env.ok(&["auth", "show", id])
}

pub(crate) fn status(env: &Env, id: &str) -> String {
    show(env, id)["status"].as_str().unwrap().to_string()
}

pub(crate) fn sweep(env: &Env) -> Value {
    env.ok(&["sweep"])
}

/// The Douyin ids of a listing, in order.
pub(crate) fn ids(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap_or_else(|| panic!("not an array: {list}"))
        .iter()
        .map(|a| a["douyin_id"].as_str().unwrap())
        .collect()
}

pub(crate) fn quota_used(env: &Env) -> u64 {
    env.ok(&w("org show acme"))["quota_used"].as_u64().unwrap()
}

/// An employee application in acme's position Sales (needs `sales`).
pub(crate) fn apply_args<'a>(email: &'a str, id: &'a str) -> Vec<&'a str> {
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

pub(crate) fn sales(env: &Env) {
    env.ok(&w("--org acme position create Sales --perm backend.video"));
}

/// `--json ARGS` with `stdin`, whatever the outcome.
pub(crate) fn run_json(env: &Env, args: &[&str], stdin: Option<&str>) -> Run {
    let mut v = vec!["--json"];
    v.extend_from_slice(args);
    env.run_in(&v, stdin)
}

/// A batch run's report rows, by Douyin id.
pub(crate) fn row<'a>(rows: &'a Value, id: &str) -> &'a Value {
    rows.as_array()
        .unwrap_or_else(|| panic!("not an array: {rows}"))
        .iter()
        .find(|r| r["douyin_id"] == id)
        .unwrap_or_else(|| panic!("no row for {id}: {rows}"))
}

/// acme at bronze with 3 employee applications and 2 invitations: full.
pub(crate) fn full_acme() -> Env {
    let env = acme();
    sales(&env);
    for (i, id) in [ID1, ID2, ID3].iter().enumerate() {
        env.ok(&apply_args(&format!("e{i}@acme.cn"), id));
    }
    invite(&env, "dy_one");
    invite(&env, "dy_two");
    env
}

/// acme with one invitation and one active authorisation valid until
/// 2026-02-20, both due at 2026-02-21.
pub(crate) fn due_at_21() -> Env {
    let mut env = acme();
    invite(&env, "dy_inv");
    env.ok1(&a(&w(
        "invite dy_val --modules backend.video --agree --valid-until 2026-02-20",
    )));
    accept(&env, "dy_val");
    approve(&env, "dy_val");
    at(&mut env, "2026-02-21T09:00:00+08:00");
    env
}

/// acme with `dy_v` active until the end of 2026-03-01 (15:59:59Z), and the
/// clock at the first second after it: the validity has ended, the sweep
/// has not run.
pub(crate) fn validity_just_ended() -> Env {
    let mut env = acme();
    env.ok(&w("org tools acme --grant video.booking"));
    env.ok1(&a(&w(
        "invite dy_v --modules backend.video,video.booking --agree --valid-until 2026-03-01",
    )));
    accept(&env, "dy_v");
    approve(&env, "dy_v");
    assert!(allowed(&env, "dy_v"));
    at(&mut env, "2026-03-02T00:00:00+08:00");
    env
}

pub(crate) fn allowed(env: &Env, id: &str) -> bool {
    env.access(&["access", "check", id, "backend.video"])["allowed"]
        .as_bool()
        .unwrap()
}

/// A view without `updated_at`, the one field only the sweep's write moves.
pub(crate) fn settled(mut v: Value) -> Value {
    if let Some(o) = v.as_object_mut() {
        o.remove("updated_at");
    }
    v
}

mod invite;
mod quota;
mod review;
mod sweep;
mod window;
