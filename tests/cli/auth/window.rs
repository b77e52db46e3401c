use super::*;

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
    let v = env.ok1(&[
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
    let v = env.ok1(&a(&w(
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
        env.ok1(&a(&[
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
