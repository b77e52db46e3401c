use super::*;

// ---------------------------------------------------------------------------
// UP-6: review, rejection, restart, 7-day expiry
// ---------------------------------------------------------------------------

#[test]
fn up6_reject_needs_a_reason() {
    let env = acme();
    start(&env, "dy_1", IDS[0]);
    let before = env.fingerprint();
    let r = env.run(&["--json", "upgrade", "review", "dy_1", "--reject"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stdout.is_empty(), "{}", r.stdout);
    assert_eq!(before, env.fingerprint());
    let r = env.run(&["--json", "upgrade", "review", "dy_1"]);
    assert_eq!(r.code, 2, "approve or reject is required: {}", r.stderr);
    let r = env.run(&[
        "--json",
        "upgrade",
        "review",
        "dy_1",
        "--approve",
        "--reject",
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let err = env.fail(
        5,
        &["upgrade", "review", "dy_1", "--reject", "--reason", " "],
    );
    assert_eq!(err["code"], "MISSING_FIELD", "{err}");
    assert_eq!(status(&env, "dy_1")["status"], "reviewing");
}

#[test]
fn up6_rejected_upgrade_starts_again_as_a_new_attempt() {
    let env = acme();
    start(&env, "dy_1", IDS[0]);
    let v = reject(&env, "dy_1");
    assert_eq!(v["status"], "rejected", "{v}");
    assert_eq!(v["rejection_reason"], "blurry-licence", "{v}");
    assert_eq!(v["posting_limit"], 75, "{v}");
    assert_eq!(v["attempt_history"][0]["outcome"], "rejected", "{v}");
    assert_eq!(v["attempt_history"][0]["reason"], "blurry-licence", "{v}");
    let err = env.fail(4, &["upgrade", "review", "dy_1", "--approve"]);
    assert_err(&err, "INVALID_STATE", "UP-6");
    let v = start(&env, "dy_1", IDS[0]);
    assert_eq!(v["status"], "reviewing", "{v}");
    assert_eq!(v["attempts"], 2, "{v}");
    let h = v["attempt_history"].as_array().unwrap();
    assert_eq!(h.len(), 2, "{v}");
    assert_eq!(h[0]["n"], 1, "{v}");
    assert_eq!(h[0]["outcome"], "rejected", "{v}");
    assert_eq!(h[1]["n"], 2, "{v}");
    assert_eq!(h[1]["outcome"], Value::Null, "{v}");
    // Attempts are unlimited until one succeeds.
    reject(&env, "dy_1");
    start(&env, "dy_1", IDS[0]);
    let v = approve(&env, "dy_1");
    assert_eq!(v["status"], "upgraded", "{v}");
    assert_eq!(v["attempts"], 3, "{v}");
    assert_eq!(v["attempt_history"][2]["outcome"], "upgraded", "{v}");
    assert_eq!(env.audit_count("upgrade.start"), 3);
    assert_eq!(env.audit_count("upgrade.reject"), 2);
}

#[test]
fn up6_review_one_second_before_seven_days_works() {
    let mut env = acme();
    start(&env, "dy_1", IDS[0]);
    start(&env, "dy_2", IDS[1]);
    at(&mut env, JUST_BEFORE_REVIEW_EXPIRY);
    assert_eq!(approve(&env, "dy_1")["status"], "upgraded");
    assert_eq!(reject(&env, "dy_2")["status"], "rejected");
}

#[test]
fn up6_review_at_seven_days_is_review_expired() {
    let mut env = acme();
    start(&env, "dy_1", IDS[0]);
    at(&mut env, REVIEW_EXPIRY);
    let err = env.fail(4, &["upgrade", "review", "dy_1", "--approve"]);
    assert_err(&err, "REVIEW_EXPIRED", "UP-6");
    let err = env.fail(
        4,
        &["upgrade", "review", "dy_1", "--reject", "--reason", "late"],
    );
    assert_err(&err, "REVIEW_EXPIRED", "UP-6");
}

#[test]
fn up6_sweep_expires_pending_upgrades_at_seven_days_and_they_restart() {
    let mut env = acme();
    start(&env, "dy_1", IDS[0]);
    at(&mut env, JUST_BEFORE_REVIEW_EXPIRY);
    let s = sweep(&env);
    assert_eq!(s["upgrades_expired"], 0, "{s}");
    assert_eq!(status(&env, "dy_1")["status"], "reviewing");
    at(&mut env, REVIEW_EXPIRY);
    let before = env.fingerprint();
    let s = env.ok(&w("sweep --dry-run"));
    assert_eq!(s["upgrades_expired"], 1, "{s}");
    assert_eq!(before, env.fingerprint());
    let s = sweep(&env);
    assert_eq!(s["upgrades_expired"], 1, "{s}");
    assert_eq!(s["changed"], 1, "{s}");
    let v = status(&env, "dy_1");
    assert_eq!(v["status"], "expired", "{v}");
    assert_eq!(v["posting_limit"], 75, "{v}");
    assert_eq!(v["attempt_history"][0]["outcome"], "expired", "{v}");
    let s = sweep(&env);
    assert_eq!(s["upgrades_expired"], 0, "{s}");
    assert_eq!(s["changed"], 0, "{s}");
    let ev = env.audit(&["--action", "upgrade.expired"]);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0]["object"], "upgrade:dy_1");
    assert_eq!(ev[0]["before"]["status"], "reviewing");
    assert_eq!(ev[0]["after"]["status"], "expired");
    // An expired application can be restarted: a new 7 days. Reviewing it
    // answers as it did before the sweep (issue 10).
    let err = env.fail(4, &["upgrade", "review", "dy_1", "--approve"]);
    assert_err(&err, "REVIEW_EXPIRED", "UP-6");
    let v = start(&env, "dy_1", IDS[0]);
    assert_eq!(v["status"], "reviewing", "{v}");
    assert_eq!(v["attempts"], 2, "{v}");
    assert_eq!(v["review_expires_at"], "2026-02-27T01:00:00Z", "{v}");
    assert_eq!(v["attempt_history"][0]["outcome"], "expired", "{v}");
    assert_eq!(approve(&env, "dy_1")["status"], "upgraded");
}

#[test]
fn up6_start_after_review_expired_begins_a_new_attempt_before_the_sweep() {
    let mut env = acme();
    start(&env, "dy_1", IDS[0]);
    at(&mut env, REVIEW_EXPIRY);
    let err = env.fail(4, &["upgrade", "review", "dy_1", "--approve"]);
    assert_err(&err, "REVIEW_EXPIRED", "UP-6");
    // The hint: "start a new attempt with `roster upgrade start`".
    let v = start(&env, "dy_1", IDS[0]);
    assert_eq!(v["status"], "reviewing", "{v}");
    assert_eq!(v["attempts"], 2, "{v}");
    assert_eq!(v["review_expires_at"], "2026-02-27T01:00:00Z", "{v}");
    assert_eq!(v["attempt_history"][0]["outcome"], "expired", "{v}");
}

#[test]
fn up6_upgraded_account_cannot_start_again() {
    let env = acme();
    start(&env, "dy_1", IDS[0]);
    approve(&env, "dy_1");
    let err = env.fail(4, &holder_args("start", "dy_1", SHOP, IDS[1], &[]));
    assert_err(&err, "ALREADY_UPGRADED", "UP-6");
    assert_eq!(err["details"]["status"], "upgraded", "{err}");
    let err = env.fail(4, &holder_args("auto", "dy_1", SHOP, IDS[0], &[]));
    assert_err(&err, "ALREADY_UPGRADED", "UP-6");
    auto(&env, "dy_2", IDS[0]);
    let err = env.fail(4, &holder_args("start", "dy_2", SHOP, IDS[0], &[]));
    assert_err(&err, "ALREADY_UPGRADED", "UP-6");
    // Approving an upgraded one again changes nothing (issue 12);
    // rejecting it is a state error.
    let v = env.ok(&["upgrade", "review", "dy_1", "--approve"]);
    assert_eq!(v["status"], "upgraded");
    let err = env.fail(
        4,
        &["upgrade", "review", "dy_1", "--reject", "--reason", "x"],
    );
    assert_err(&err, "INVALID_STATE", "UP-6");
}

#[test]
fn up6_identical_start_while_reviewing_changes_nothing() {
    let env = acme();
    let first = start(&env, "dy_1", IDS[0]);
    let before = env.fingerprint();
    let again = start(&env, "dy_1", IDS[0]);
    assert_eq!(first, again);
    assert_eq!(before, env.fingerprint());
    // The reserved type may be named explicitly too.
    start_in(&env, "dy_1", SHOP, IDS[0], &["--type", "main"]);
    assert_eq!(before, env.fingerprint());
    assert_eq!(env.audit_count("upgrade.start"), 1);
}

#[test]
fn up6_another_start_while_reviewing_is_upgrade_in_progress() {
    let env = acme();
    shop_of(&env, "acme-two", "specialty", SUBJ, "13900000002", false);
    start(&env, "dy_1", IDS[0]);
    let err = env.fail(
        4,
        &holder_args("start", "dy_1", SHOP, IDS[0], &["--type", "vertical"]),
    );
    assert_err(&err, "UPGRADE_IN_PROGRESS", "UP-6");
    assert_eq!(err["details"]["status"], "reviewing", "{err}");
    let err = env.fail(4, &holder_args("start", "dy_1", "acme-two", IDS[0], &[]));
    assert_err(&err, "UPGRADE_IN_PROGRESS", "UP-6");
    let err = env.fail(4, &holder_args("start", "dy_1", SHOP, IDS[1], &[]));
    assert_err(&err, "UPGRADE_IN_PROGRESS", "UP-6");
    let err = env.fail(4, &holder_args("auto", "dy_1", SHOP, IDS[0], &[]));
    assert_err(&err, "UPGRADE_IN_PROGRESS", "UP-6");
}

#[test]
fn up6_start_while_reviewing_with_another_holder_name_is_not_silently_ignored() {
    let env = acme();
    start(&env, "dy_1", IDS[0]);
    let mut a = vec![
        "--json",
        "upgrade",
        "start",
        "dy_1",
        "--shop",
        SHOP,
        "--holder-name",
        "Someone Else",
        "--holder-id",
        IDS[0],
        "--holder-phone",
        "13600136000",
    ];
    let r = env.run(&a);
    if r.code == 0 {
        // Accepted: then the new values must be what status shows.
        let v = status(&env, "dy_1");
        assert_eq!(v["holder_name"], "Someone Else", "{v}");
        assert_eq!(v["operator_phone"], "13600136000", "{v}");
    } else {
        a.remove(0);
        let err = env.fail(4, &a);
        assert_err(&err, "UPGRADE_IN_PROGRESS", "UP-6");
    }
}
