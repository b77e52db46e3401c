use super::*;

// ---------------------------------------------------------------------------
// PA-7: one quota for both kinds
// ---------------------------------------------------------------------------

#[test]
fn pa7_employees_and_invitations_share_the_bronze_quota() {
    let env = full_acme();
    let org = env.ok(&w("org show acme"));
    assert_eq!(org["quota_used"], 5, "{org}");
    assert_eq!(org["quota_limit"], 5, "{org}");
    let err = env.fail_row(&a(&w("invite dy_three --modules backend.video --agree")));
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
    env.fail_row(&a(&w("invite dy_five --modules backend.video --agree")));
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
    let err = env.fail_row(&a(&w("invite DY_X --modules backend.video --agree")));
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
    let err = env.fail_row(&a(&w("invite dy_z --modules backend.video --agree")));
    assert_err(&err, "IS_EMPLOYEE_ACCOUNT", "EA-11");
    let err = env.fail_row(&auth_in(
        OTHER,
        &w("invite dy_z --modules backend.video --agree"),
    ));
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
