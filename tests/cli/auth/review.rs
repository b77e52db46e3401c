use super::*;

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
    // Approving again changes nothing (issue 12): unchanged, no audit.
    let events = env.audit(&[]).len();
    assert_eq!(env.ok(&a(&w("review dy_a --approve")))["status"], "active");
    assert_eq!(env.audit(&[]).len(), events);
    let err = env.fail(4, &a(&w("review dy_a --reject --reason x")));
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
        let err = env.fail_row(&auth_in(
            OTHER,
            &["invite", &id, "--modules", "backend.video", "--agree"],
        ));
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
    let err = env.fail_row(&a(&w("invite dy_a --modules backend.live --agree")));
    assert_err(&err, "ALREADY_BOUND_HERE", "PA-4");
    assert_eq!(err["details"]["org"], ORG);
    let err = env.fail_row(&a(&w(
        "invite dy_a --modules backend.video --agree --valid-until 2026-12-31",
    )));
    assert_eq!(err["code"], "ALREADY_BOUND_HERE", "{err}");
    // Past the invitation, the identical invitation is still a no-op: it
    // landed and moved on (scripts and re-imports stay idempotent).
    accept(&env, "dy_a");
    let before = env.fingerprint();
    let v = env.ok1(&a(&w("invite dy_a --modules backend.video --agree")));
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
fn pa5_end_of_an_expired_one_is_invalid_state_of_an_ended_one_unchanged() {
    let mut env = acme();
    invite(&env, "dy_a");
    drive(&env, "dy_b", "active");
    env.ok(&a(&w("end dy_b --reason account-deregistered")));
    at(&mut env, DEADLINE);
    sweep(&env);
    assert_eq!(status(&env, "dy_a"), "expired");
    // Ending what has ended already changes nothing (issue 12).
    for reason in ["account-deregistered", "withdrawn"] {
        let v = env.ok(&a(&["end", "dy_b", "--reason", reason]));
        assert_eq!(v["status"], "ended");
    }
    for id in ["dy_a"] {
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
    env.ok1(&a(&w(
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
