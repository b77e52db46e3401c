use super::*;

// ---------------------------------------------------------------------------
// EA-8: assets, resignation, unbind
// ---------------------------------------------------------------------------

#[test]
fn ea8_resign_requires_agreement() {
    let env = acme();
    active(&env, "li@acme.cn", "Li", ID1);
    // --agree is a required flag: left out, clap's usage error (exit 2).
    let err = fail(&env, 2, &e(&["resign", "li@acme.cn"]));
    assert_eq!(err["code"], "USAGE", "{err}");
    assert!(
        err["message"].as_str().unwrap().contains("--agree"),
        "{err}"
    );
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
fn ea9_enable_without_agree_is_a_usage_error() {
    let env = acme();
    vacant(&env, "desk@acme.cn", "Li", ID1);
    let mut args = enable_args("desk@acme.cn", "Wang", ID2);
    args.retain(|a| *a != "--agree");
    let err = fail(&env, 2, &args);
    assert_eq!(err["code"], "USAGE", "{err}");
    assert!(
        err["message"].as_str().unwrap().contains("--agree"),
        "{err}"
    );
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
