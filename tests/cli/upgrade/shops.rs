use super::*;

// ---------------------------------------------------------------------------
// UP-1: which shops can upgrade
// ---------------------------------------------------------------------------

#[test]
fn up1_every_eligible_shop_type_upgrades() {
    let env = Env::new();
    let types = [
        "official-flagship",
        "flagship",
        "specialty",
        "franchise",
        "enterprise",
        "individual-business",
    ];
    let subjects = [SUBJ, SUBJ_B, SUBJ_C, SUBJ, SUBJ_B, SUBJ_C];
    for (i, t) in types.iter().enumerate() {
        let handle = format!("shop-{i}");
        let phone = format!("1390000001{i}");
        let dy = format!("dy_{i}");
        shop_of(&env, &handle, t, subjects[i], &phone, false);
        let v = start_in(&env, &dy, &handle, IDS[i], &[]);
        assert_eq!(v["status"], "reviewing", "{t}: {v}");
        assert_eq!(v["shop"], handle.as_str(), "{v}");
        assert_eq!(v["douyin_id"], dy.as_str(), "{v}");
        let v = approve(&env, &dy);
        assert_eq!(v["status"], "upgraded", "{t}: {v}");
        assert_eq!(v["posting_limit"], 100, "{v}");
    }
    assert_eq!(env.audit_count("upgrade.approve"), 6);
}

#[test]
fn up1_personal_shop_is_refused() {
    let env = Env::new();
    shop_of(&env, "solo", "personal", SUBJ, "13900000002", false);
    let err = env.fail(4, &holder_args("start", "dy_solo", "solo", IDS[0], &[]));
    assert_err(&err, "SHOP_TYPE_NOT_ELIGIBLE", "UP-1");
    // The platform cannot upgrade one either.
    let err = env.fail(4, &holder_args("auto", "dy_solo", "solo", IDS[0], &[]));
    assert_err(&err, "SHOP_TYPE_NOT_ELIGIBLE", "UP-1");
    env.fail(3, &["upgrade", "status", "dy_solo"]);
}

#[test]
fn up1_cross_border_flagship_upgrades() {
    let env = Env::new();
    shop_of(&env, "global", "flagship", SUBJ_X, "13900000003", true);
    let v = start_in(&env, "dy_global", "global", IDS[0], &[]);
    assert_eq!(v["status"], "reviewing", "{v}");
    assert_eq!(v["account_type"], "main", "{v}");
    let v = approve(&env, "dy_global");
    assert_eq!(v["status"], "upgraded", "{v}");
    let v = auto_in(&env, "dy_global2", "global", IDS[1], &[]);
    assert_eq!(v["status"], "upgraded", "{v}");
}

#[test]
fn up1_shop_naming_an_agency_is_not_a_shop() {
    let env = acme();
    env.agency("star", "13900000009");
    let err = env.fail(4, &holder_args("start", "dy_a", "star", IDS[0], &[]));
    assert_err(&err, "NOT_A_SHOP", "UP-1");
    let err = env.fail(4, &holder_args("auto", "dy_a", "star", IDS[0], &[]));
    assert_err(&err, "NOT_A_SHOP", "UP-1");
    let err = env.fail(4, &["upgrade", "status", "--shop", "star"]);
    assert_err(&err, "NOT_A_SHOP", "UP-1");
}

#[test]
fn up1_unknown_shop_is_not_found() {
    let env = acme();
    let err = env.fail(3, &holder_args("start", "dy_a", "nowhere", IDS[0], &[]));
    assert!(err["code"].as_str().is_some_and(|c| !c.is_empty()), "{err}");
    assert!(
        err["message"].as_str().unwrap().contains("nowhere"),
        "{err}"
    );
    env.fail(3, &holder_args("auto", "dy_a", "nowhere", IDS[0], &[]));
    env.fail(3, &["upgrade", "status", "--shop", "nowhere"]);
}

// ---------------------------------------------------------------------------
// UP-2 / UP-3: automatic upgrades and their 30-day cancel window
// ---------------------------------------------------------------------------

#[test]
fn up2_auto_upgrade_is_upgraded_at_once_with_a_30_day_cancel_window() {
    let env = acme();
    let v = auto(&env, "dy_auto", IDS[0]);
    assert_eq!(v["shop"], SHOP, "{v}");
    assert_eq!(v["douyin_id"], "dy_auto", "{v}");
    assert_eq!(v["status"], "upgraded", "{v}");
    assert_eq!(v["mode"], "automatic", "{v}");
    assert_eq!(v["account_type"], "main", "{v}");
    assert_eq!(v["operator"], NAMES[0], "{v}");
    assert_eq!(v["attempts"], 1, "{v}");
    assert_eq!(v["cancel_deadline"], CANCEL_DEADLINE_UTC, "{v}");
    assert_eq!(v["cancel_final"], false, "{v}");
    assert_eq!(v["posting_limit"], 100, "{v}");
    assert_eq!(v["upgraded_at"], NOW_UTC, "{v}");
    assert_eq!(v["attempt_history"][0]["mode"], "automatic", "{v}");
    assert_eq!(v["attempt_history"][0]["outcome"], "upgraded", "{v}");
    assert_eq!(status(&env, "dy_auto"), v);
    assert_eq!(env.audit_count("upgrade.auto"), 1);
}

#[test]
fn up2_manual_upgrade_has_no_cancel_deadline() {
    let env = acme();
    let v = start(&env, "dy_m", IDS[0]);
    assert_eq!(v["mode"], "manual", "{v}");
    assert_eq!(v["cancel_deadline"], Value::Null, "{v}");
    assert_eq!(v["review_expires_at"], REVIEW_EXPIRY_UTC, "{v}");
    let v = approve(&env, "dy_m");
    assert_eq!(v["status"], "upgraded", "{v}");
    assert_eq!(v["cancel_deadline"], Value::Null, "{v}");
    assert_eq!(v["cancel_final"], true, "{v}");
}

#[test]
fn up3_cancel_strictly_before_the_deadline_cancels_and_at_it_is_refused() {
    let mut env = acme();
    auto(&env, "dy_one", IDS[0]);
    auto(&env, "dy_two", IDS[1]);
    at(&mut env, JUST_BEFORE_CANCEL_DEADLINE);
    let v = env.ok(&w("upgrade cancel dy_one"));
    assert_eq!(v["status"], "cancelled", "{v}");
    assert_eq!(v["posting_limit"], 75, "{v}");
    assert_eq!(v["cancel_final"], true, "{v}");
    assert_eq!(v["attempt_history"][0]["outcome"], "cancelled", "{v}");
    at(&mut env, CANCEL_DEADLINE);
    let err = env.fail(4, &w("upgrade cancel dy_two"));
    assert_err(&err, "CANCEL_WINDOW_CLOSED", "UP-3");
    assert_eq!(
        err["details"]["cancel_deadline"], CANCEL_DEADLINE_UTC,
        "{err}"
    );
    assert_eq!(status(&env, "dy_two")["status"], "upgraded");
    assert_eq!(env.audit_count("upgrade.cancel"), 1);
}

#[test]
fn up3_manual_upgrade_cannot_be_cancelled() {
    let env = acme();
    start(&env, "dy_m", IDS[0]);
    // Not upgraded yet: the state is wrong.
    let err = env.fail(4, &w("upgrade cancel dy_m"));
    assert_err(&err, "INVALID_STATE", "UP-3");
    approve(&env, "dy_m");
    let err = env.fail(4, &w("upgrade cancel dy_m"));
    assert_err(&err, "NOT_AUTOMATIC", "UP-3");
    env.fail(3, &w("upgrade cancel dy_nobody"));
}

#[test]
fn up3_cancelling_a_cancelled_upgrade_again_changes_nothing() {
    let env = acme();
    auto(&env, "dy_a", IDS[0]);
    env.ok(&w("upgrade cancel dy_a"));
    let events = env.audit(&[]).len();
    assert_eq!(env.ok(&w("upgrade cancel dy_a"))["status"], "cancelled");
    assert_eq!(env.audit(&[]).len(), events);
    let err = env.fail(4, &w("upgrade review dy_a --approve"));
    assert_err(&err, "INVALID_STATE", "UP-6");
}

#[test]
fn up3_sweep_at_the_deadline_closes_the_cancel_window_once() {
    let mut env = acme();
    auto(&env, "dy_a", IDS[0]);
    at(&mut env, JUST_BEFORE_CANCEL_DEADLINE);
    let s = sweep(&env);
    assert_eq!(s["cancel_windows_closed"], 0, "{s}");
    assert_eq!(status(&env, "dy_a")["cancel_final"], false);
    at(&mut env, CANCEL_DEADLINE);
    let s = sweep(&env);
    assert_eq!(s["cancel_windows_closed"], 1, "{s}");
    assert!(s["changed"].as_u64().unwrap() >= 1, "{s}");
    let v = status(&env, "dy_a");
    assert_eq!(v["status"], "upgraded", "{v}");
    assert_eq!(v["cancel_final"], true, "{v}");
    assert_eq!(v["cancel_deadline"], CANCEL_DEADLINE_UTC, "{v}");
    assert_eq!(v["posting_limit"], 100, "{v}");
    // SW-1: a second run at the same instant changes nothing.
    let before = env.fingerprint();
    let s = sweep(&env);
    assert_eq!(s["cancel_windows_closed"], 0, "{s}");
    assert_eq!(s["changed"], 0, "{s}");
    assert_eq!(before, env.fingerprint());
    let ev = env.audit(&["--action", "upgrade.cancel-window-closed"]);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0]["object"], "upgrade:dy_a");
    // Closed: a cancel is still refused.
    let err = env.fail(4, &w("upgrade cancel dy_a"));
    assert_err(&err, "CANCEL_WINDOW_CLOSED", "UP-3");
}

#[test]
fn up3_sweep_dry_run_reports_the_closing_and_changes_nothing() {
    let mut env = acme();
    auto(&env, "dy_a", IDS[0]);
    at(&mut env, CANCEL_DEADLINE);
    let before = env.fingerprint();
    let s = env.ok(&w("sweep --dry-run"));
    assert_eq!(s["cancel_windows_closed"], 1, "{s}");
    assert_eq!(before, env.fingerprint());
}

#[test]
fn up3_cancelled_upgrade_frees_its_type_seat_and_operator_slot() {
    let env = acme();
    // One person operates five: main, 3 vertical, 1 dedicated.
    for i in 0..5 {
        auto(&env, &format!("dy_{i}"), IDS[0]);
    }
    let q = quota(&env, SUBJ);
    assert_eq!(q["main"]["used"], 1, "{q}");
    assert_eq!(q["vertical"]["used"], 3, "{q}");
    let err = env.fail(4, &holder_args("start", "dy_5", SHOP, IDS[0], &[]));
    assert_err(&err, "OPERATOR_LIMIT", "UP-5");
    let v = env.ok(&w("upgrade cancel dy_0"));
    assert_eq!(v["account_type"], "main", "{v}");
    let q = quota(&env, SUBJ);
    assert_eq!(q["main"]["used"], 0, "{q}");
    // The freed main seat and operator slot go to the next one.
    let v = start(&env, "dy_5", IDS[0]);
    assert_eq!(v["account_type"], "main", "{v}");
}

#[test]
fn up3_cancelled_upgrade_can_start_again() {
    let env = acme();
    auto(&env, "dy_a", IDS[0]);
    env.ok(&w("upgrade cancel dy_a"));
    let v = start(&env, "dy_a", IDS[0]);
    assert_eq!(v["status"], "reviewing", "{v}");
    assert_eq!(v["mode"], "manual", "{v}");
    assert_eq!(v["attempts"], 2, "{v}");
    assert_eq!(v["cancel_deadline"], Value::Null, "{v}");
    let h = v["attempt_history"].as_array().unwrap();
    assert_eq!(h.len(), 2, "{v}");
    assert_eq!(h[0]["outcome"], "cancelled", "{v}");
    assert_eq!(h[0]["mode"], "automatic", "{v}");
    assert_eq!(h[1]["outcome"], Value::Null, "{v}");
}
