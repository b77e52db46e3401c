use super::*;

// ---------------------------------------------------------------------------
// UP-5: one operator per account, at most five accounts per person
// ---------------------------------------------------------------------------

#[test]
fn up5_first_operator_is_the_holder() {
    let env = acme();
    let v = start(&env, "dy_1", IDS[1]);
    assert_eq!(v["operator"], NAMES[1], "{v}");
    assert_eq!(v["operator_id"], masked(IDS[1]), "{v}");
    assert_eq!(v["operator_phone"], HOLDER_PHONE, "{v}");
    assert_eq!(v["holder_name"], NAMES[1], "{v}");
    assert_eq!(v["holder_id"], masked(IDS[1]), "{v}");
    let v = auto(&env, "dy_2", IDS[2]);
    assert_eq!(v["operator"], NAMES[2], "{v}");
}

#[test]
fn up5_sixth_account_of_one_operator_is_refused() {
    let env = acme();
    shop_of(&env, "beta-shop", "flagship", SUBJ_B, "13900000002", false);
    // Pending and upgraded accounts, over two shops and subjects, all count.
    for i in 0..3 {
        start(&env, &format!("dy_{i}"), IDS[0]);
    }
    auto_in(&env, "dy_3", "beta-shop", IDS[0], &[]);
    let v = start_in(&env, "dy_4", "beta-shop", IDS[0], &[]);
    assert_eq!(v["status"], "reviewing", "the fifth lands: {v}");
    let err = env.fail(4, &holder_args("start", "dy_5", SHOP, IDS[0], &[]));
    assert_err(&err, "OPERATOR_LIMIT", "UP-5");
    assert_eq!(err["details"]["operated"], 5, "{err}");
    assert_eq!(err["details"]["limit"], 5, "{err}");
    assert_no_full_id(&err.to_string());
    let err = env.fail(4, &holder_args("auto", "dy_5", "beta-shop", IDS[0], &[]));
    assert_err(&err, "OPERATOR_LIMIT", "UP-5");
    // Another person can.
    start(&env, "dy_5", IDS[1]);
}

#[test]
fn up5_operator_change_to_a_person_at_the_limit_is_refused() {
    let env = acme();
    for i in 0..5 {
        auto(&env, &format!("dy_{i}"), IDS[0]);
    }
    start(&env, "dy_x", IDS[1]);
    let err = env.fail(4, &operator_args("dy_x", IDS[0]));
    assert_err(&err, "OPERATOR_LIMIT", "UP-5");
    assert_eq!(err["details"]["operated"], 5, "{err}");
    assert_eq!(err["details"]["limit"], 5, "{err}");
    assert_eq!(status(&env, "dy_x")["operator"], NAMES[1]);
}

#[test]
fn up5_changing_the_operator_frees_a_slot_for_the_old_one() {
    let env = acme();
    for i in 0..5 {
        auto(&env, &format!("dy_{i}"), IDS[0]);
    }
    env.fail(4, &holder_args("start", "dy_5", SHOP, IDS[0], &[]));
    let v = env.ok(&operator_args("dy_4", IDS[1]));
    assert_eq!(v["operator"], NAMES[1], "{v}");
    assert_eq!(v["operator_id"], masked(IDS[1]), "{v}");
    assert_eq!(v["operator_phone"], "13700137000", "{v}");
    // The holder stays who it was.
    assert_eq!(v["holder_name"], NAMES[0], "{v}");
    assert_eq!(v["holder_id"], masked(IDS[0]), "{v}");
    let v = start(&env, "dy_5", IDS[0]);
    assert_eq!(v["status"], "reviewing", "{v}");
    let ev = env.audit(&["--action", "upgrade.operator"]);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0]["object"], "upgrade:dy_4", "{ev:?}");
    assert_eq!(ev[0]["before"]["operator"], NAMES[0], "{ev:?}");
    assert_eq!(ev[0]["after"]["operator"], NAMES[1], "{ev:?}");
}

#[test]
fn up5_operator_can_change_while_reviewing_or_upgraded_only() {
    let env = acme();
    start(&env, "dy_r", IDS[0]);
    assert_eq!(env.ok(&operator_args("dy_r", IDS[1]))["operator"], NAMES[1]);
    // Approval re-checks the operator, not the holder.
    let v = approve(&env, "dy_r");
    assert_eq!(v["operator"], NAMES[1], "{v}");
    assert_eq!(env.ok(&operator_args("dy_r", IDS[2]))["operator"], NAMES[2]);
    start(&env, "dy_x", IDS[3]);
    reject(&env, "dy_x");
    let err = env.fail(4, &operator_args("dy_x", IDS[4]));
    assert_err(&err, "INVALID_STATE", "UP-5");
    env.fail(3, &operator_args("dy_nobody", IDS[4]));
}

#[test]
fn up5_operator_with_identical_values_changes_nothing() {
    let env = acme();
    start(&env, "dy_1", IDS[0]);
    env.ok(&operator_args("dy_1", IDS[1]));
    let before = env.fingerprint();
    let v = env.ok(&operator_args("dy_1", IDS[1]));
    assert_eq!(v["operator"], NAMES[1], "{v}");
    assert_eq!(before, env.fingerprint());
    assert_eq!(env.audit_count("upgrade.operator"), 1);
}

#[test]
fn up5_invalid_identity_or_phone_is_invalid_input() {
    let env = acme();
    start(&env, "dy_1", IDS[0]);
    // A wrong check digit.
    let bad = "110105199003071238";
    let err = env.fail(
        5,
        &[
            "upgrade",
            "operator",
            "dy_1",
            "--name",
            "X",
            "--id-number",
            bad,
            "--phone",
            "13700137000",
        ],
    );
    assert_eq!(err["code"], "INVALID_ID_NUMBER", "{err}");
    assert!(!err.to_string().contains(bad), "{err}");
    let err = env.fail(
        5,
        &[
            "upgrade",
            "start",
            "dy_2",
            "--shop",
            SHOP,
            "--holder-name",
            "X",
            "--holder-id",
            bad,
            "--holder-phone",
            HOLDER_PHONE,
        ],
    );
    assert_eq!(err["code"], "INVALID_ID_NUMBER", "{err}");
    env.fail(
        5,
        &[
            "upgrade",
            "operator",
            "dy_1",
            "--name",
            "X",
            "--id-number",
            IDS[1],
            "--phone",
            "12345",
        ],
    );
    env.fail(
        5,
        &[
            "upgrade",
            "start",
            "dy_2",
            "--shop",
            SHOP,
            "--holder-name",
            "X",
            "--holder-id",
            IDS[1],
            "--holder-phone",
            "not-a-phone",
        ],
    );
    // A malformed Douyin id.
    env.fail(5, &holder_args("start", "dy 2!", SHOP, IDS[1], &[]));
}

#[test]
fn up5_operator_limit_is_checked_again_at_approval() {
    let env = acme();
    for i in 0..3 {
        start(&env, &format!("dy_{i}"), IDS[0]);
    }
    // The policy is lowered to two while three are pending.
    let cfg = config(&env, "[policy]\naccounts_per_operator = 2\n");
    let err = env.fail(
        4,
        &["--config", &cfg, "upgrade", "review", "dy_0", "--approve"],
    );
    assert_err(&err, "OPERATOR_LIMIT", "UP-5");
    assert_eq!(err["details"]["operated"], 2, "{err}");
    assert_eq!(err["details"]["limit"], 2, "{err}");
    // A rejection is still possible, and then the next one fits.
    env.ok(&[
        "--config", &cfg, "upgrade", "review", "dy_0", "--reject", "--reason", "too-many",
    ]);
    env.ok(&["--config", &cfg, "upgrade", "review", "dy_1", "--approve"]);
}
