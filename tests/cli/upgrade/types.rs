use super::*;

// ---------------------------------------------------------------------------
// UP-4: account types and per-subject quotas
// ---------------------------------------------------------------------------

#[test]
fn up4_without_type_main_then_vertical_then_dedicated_by_default_quota() {
    let env = acme();
    let mut types = Vec::new();
    for i in 0..9 {
        // At most five per operator (UP-5): two people share them.
        let v = auto(&env, &format!("dy_{i}"), IDS[i / 5]);
        types.push(v["account_type"].as_str().unwrap().to_string());
    }
    let mut expected = vec!["main".to_string()];
    expected.extend(std::iter::repeat_n("vertical".to_string(), 3));
    expected.extend(std::iter::repeat_n("dedicated".to_string(), 5));
    assert_eq!(types, expected);
    let err = env.fail(4, &holder_args("start", "dy_9", SHOP, IDS[2], &[]));
    assert_err(&err, "NO_ACCOUNT_TYPE_FREE", "UP-4");
    assert_eq!(err["details"]["subject"], SUBJ, "{err}");
}

#[test]
fn up4_without_type_main_then_vertical_then_dedicated_then_none_free() {
    let env = acme();
    let q = env.ok(&[
        "upgrade",
        "quota",
        SUBJ,
        "--vertical",
        "1",
        "--dedicated",
        "1",
    ]);
    assert_eq!(q["vertical"]["limit"], 1, "{q}");
    assert_eq!(q["dedicated"]["limit"], 1, "{q}");
    assert_eq!(start(&env, "dy_1", IDS[0])["account_type"], "main");
    assert_eq!(start(&env, "dy_2", IDS[1])["account_type"], "vertical");
    assert_eq!(start(&env, "dy_3", IDS[2])["account_type"], "dedicated");
    let err = env.fail(4, &holder_args("start", "dy_4", SHOP, IDS[3], &[]));
    assert_err(&err, "NO_ACCOUNT_TYPE_FREE", "UP-4");
    assert_eq!(err["details"]["used"]["dedicated"], 1, "{err}");
    assert_eq!(err["details"]["limit"]["vertical"], 1, "{err}");
    let err = env.fail(4, &holder_args("auto", "dy_4", SHOP, IDS[3], &[]));
    assert_err(&err, "NO_ACCOUNT_TYPE_FREE", "UP-4");
}

#[test]
fn up4_two_pending_upgrades_cannot_both_take_the_last_vertical_seat() {
    let env = acme();
    env.ok(&[
        "upgrade",
        "quota",
        SUBJ,
        "--vertical",
        "1",
        "--dedicated",
        "1",
    ]);
    auto(&env, "dy_main", IDS[0]);
    let v = start(&env, "dy_v1", IDS[1]);
    assert_eq!(v["account_type"], "vertical", "{v}");
    // The seat is reserved while dy_v1 is under review.
    let err = env.fail(
        4,
        &holder_args("start", "dy_v2", SHOP, IDS[2], &["--type", "vertical"]),
    );
    assert_err(&err, "ACCOUNT_TYPE_FULL", "UP-4");
    let v = start(&env, "dy_v2", IDS[2]);
    assert_eq!(v["account_type"], "dedicated", "{v}");
    assert_eq!(approve(&env, "dy_v1")["account_type"], "vertical");
    assert_eq!(approve(&env, "dy_v2")["account_type"], "dedicated");
    let q = quota(&env, SUBJ);
    assert_eq!(q["main"]["used"], 1, "{q}");
    assert_eq!(q["vertical"]["used"], 1, "{q}");
    assert_eq!(q["dedicated"]["used"], 1, "{q}");
}

#[test]
fn up4_explicit_main_when_main_is_taken_is_refused() {
    let env = acme();
    // Reserved by a pending upgrade …
    start(&env, "dy_1", IDS[0]);
    let err = env.fail(
        4,
        &holder_args("start", "dy_2", SHOP, IDS[1], &["--type", "main"]),
    );
    assert_err(&err, "ACCOUNT_TYPE_FULL", "UP-4");
    assert_eq!(err["details"]["used"]["main"], 1, "{err}");
    assert_eq!(err["details"]["limit"]["main"], 1, "{err}");
    // … and held once upgraded, for a shop of the same subject too.
    approve(&env, "dy_1");
    shop_of(&env, "acme-two", "specialty", SUBJ, "13900000002", false);
    let err = env.fail(
        4,
        &holder_args("auto", "dy_2", "acme-two", IDS[1], &["--type", "main"]),
    );
    assert_err(&err, "ACCOUNT_TYPE_FULL", "UP-4");
    // Another subject has its own main.
    shop_of(&env, "beta-shop", "flagship", SUBJ_B, "13900000003", false);
    let v = start_in(&env, "dy_2", "beta-shop", IDS[1], &["--type", "main"]);
    assert_eq!(v["account_type"], "main", "{v}");
}

#[test]
fn up4_seats_are_shared_by_every_shop_of_a_subject() {
    let env = acme();
    shop_of(&env, "acme-two", "franchise", SUBJ, "13900000002", false);
    assert_eq!(start(&env, "dy_1", IDS[0])["account_type"], "main");
    let v = start_in(&env, "dy_2", "acme-two", IDS[1], &[]);
    assert_eq!(v["account_type"], "vertical", "{v}");
    assert_eq!(v["subject"], SUBJ, "{v}");
}

#[test]
fn up4_invalid_type_is_invalid_input() {
    let env = acme();
    env.fail(
        5,
        &holder_args("start", "dy_1", SHOP, IDS[0], &["--type", "premium"]),
    );
}

#[test]
fn up4_rejected_pending_upgrade_releases_its_reservation() {
    let env = acme();
    start(&env, "dy_1", IDS[0]);
    assert_eq!(quota(&env, SUBJ)["main"]["used"], 1);
    reject(&env, "dy_1");
    let q = quota(&env, SUBJ);
    assert_eq!(q["main"]["used"], 0, "{q}");
    let v = start(&env, "dy_2", IDS[1]);
    assert_eq!(v["account_type"], "main", "{v}");
}

#[test]
fn up4_expired_pending_upgrade_releases_its_reservation() {
    let mut env = acme();
    start(&env, "dy_1", IDS[0]);
    at(&mut env, REVIEW_EXPIRY);
    sweep(&env);
    assert_eq!(quota(&env, SUBJ)["main"]["used"], 0);
    let v = start_in(&env, "dy_2", SHOP, IDS[1], &["--type", "main"]);
    assert_eq!(v["account_type"], "main", "{v}");
}

#[test]
fn up4_unspecified_type_is_decided_on_approval() {
    let env = acme();
    start(&env, "dy_1", IDS[0]);
    let v = start(&env, "dy_2", IDS[1]);
    assert_eq!(
        v["account_type"], "vertical",
        "reserved while reviewing: {v}"
    );
    reject(&env, "dy_1");
    // Main has room again: the approval takes the first type with room.
    let v = approve(&env, "dy_2");
    assert_eq!(v["account_type"], "main", "{v}");
    // An explicit type stays what was asked for.
    let v = start_in(&env, "dy_3", SHOP, IDS[2], &["--type", "dedicated"]);
    assert_eq!(v["account_type"], "dedicated", "{v}");
    assert_eq!(approve(&env, "dy_3")["account_type"], "dedicated");
}

#[test]
fn up4_cross_border_subject_has_no_vertical() {
    let env = Env::new();
    // The subject is cross-border when any of its shops is.
    shop_of(&env, "home", "flagship", SUBJ_X, "13900000004", false);
    shop_of(&env, "global", "flagship", SUBJ_X, "13900000005", true);
    let err = env.fail(
        4,
        &holder_args("start", "dy_v", "home", IDS[0], &["--type", "vertical"]),
    );
    assert_err(&err, "NO_VERTICAL_FOR_CROSS_BORDER", "UP-4");
    let err = env.fail(
        4,
        &holder_args("auto", "dy_v", "global", IDS[0], &["--type", "vertical"]),
    );
    assert_err(&err, "NO_VERTICAL_FOR_CROSS_BORDER", "UP-4");
    assert_eq!(
        start_in(&env, "dy_1", "home", IDS[0], &[])["account_type"],
        "main"
    );
    assert_eq!(
        start_in(&env, "dy_2", "global", IDS[1], &[])["account_type"],
        "dedicated"
    );
    let q = quota(&env, SUBJ_X);
    assert_eq!(q["cross_border"], true, "{q}");
    assert_eq!(q["vertical"]["limit"], 0, "{q}");
    assert_eq!(q["dedicated"]["used"], 1, "{q}");
}

#[test]
fn up4_quota_shows_used_and_limit_per_type() {
    let env = acme();
    let q = quota(&env, SUBJ);
    assert_eq!(q["subject"], SUBJ, "{q}");
    assert_eq!(q["cross_border"], false, "{q}");
    for (t, limit) in [("main", 1), ("vertical", 3), ("dedicated", 5)] {
        assert_eq!(q[t]["used"], 0, "{q}");
        assert_eq!(q[t]["limit"], limit, "{q}");
    }
    start(&env, "dy_1", IDS[0]);
    start_in(&env, "dy_2", SHOP, IDS[1], &["--type", "dedicated"]);
    let q = quota(&env, SUBJ);
    assert_eq!(q["main"]["used"], 1, "{q}");
    assert_eq!(q["vertical"]["used"], 0, "{q}");
    assert_eq!(q["dedicated"]["used"], 1, "{q}");
    let q = env.ok(&[
        "upgrade",
        "quota",
        SUBJ,
        "--vertical",
        "5",
        "--dedicated",
        "8",
    ]);
    assert_eq!(q["vertical"]["limit"], 5, "{q}");
    assert_eq!(q["dedicated"]["limit"], 8, "{q}");
    assert_eq!(q["dedicated"]["used"], 1, "{q}");
    assert_eq!(quota(&env, SUBJ), q);
    let ev = env.audit(&["--action", "upgrade.quota"]);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0]["before"]["vertical"]["limit"], 3, "{ev:?}");
    assert_eq!(ev[0]["after"]["vertical"]["limit"], 5, "{ev:?}");
    // Setting the same again changes nothing.
    let before = env.fingerprint();
    env.ok(&["upgrade", "quota", SUBJ, "--vertical", "5"]);
    assert_eq!(before, env.fingerprint());
    assert_eq!(env.audit_count("upgrade.quota"), 1);
    // Showing the quota of one subject leaves the others at the defaults.
    shop_of(&env, "beta-shop", "flagship", SUBJ_B, "13900000002", false);
    assert_eq!(quota(&env, SUBJ_B)["vertical"]["limit"], 3);
}

#[test]
fn up4_quota_below_use_is_refused() {
    let env = acme();
    start_in(&env, "dy_1", SHOP, IDS[0], &["--type", "vertical"]);
    auto_in(&env, "dy_2", SHOP, IDS[1], &["--type", "vertical"]);
    start_in(&env, "dy_3", SHOP, IDS[2], &["--type", "dedicated"]);
    let err = env.fail(4, &["upgrade", "quota", SUBJ, "--vertical", "1"]);
    assert_err(&err, "QUOTA_BELOW_USE", "UP-4");
    let err = env.fail(4, &["upgrade", "quota", SUBJ, "--dedicated", "0"]);
    assert_err(&err, "QUOTA_BELOW_USE", "UP-4");
    let q = env.ok(&[
        "upgrade",
        "quota",
        SUBJ,
        "--vertical",
        "2",
        "--dedicated",
        "1",
    ]);
    assert_eq!(q["vertical"]["limit"], 2, "{q}");
    // Full now: an explicit vertical is refused.
    let err = env.fail(
        4,
        &holder_args("start", "dy_4", SHOP, IDS[3], &["--type", "vertical"]),
    );
    assert_err(&err, "ACCOUNT_TYPE_FULL", "UP-4");
}

#[test]
fn up4_quota_of_an_unknown_or_malformed_subject() {
    let env = acme();
    let err = env.fail(3, &["upgrade", "quota", SUBJ_C]);
    assert_eq!(err["code"], "SUBJECT_NOT_FOUND", "{err}");
    env.fail(3, &["upgrade", "quota", SUBJ_C, "--vertical", "4"]);
    env.fail(5, &["upgrade", "quota", "91350100M000100Y44"]);
    let before = env.fingerprint();
    let r = env.run(&["--json", "upgrade", "quota", SUBJ, "--vertical", "-1"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_eq!(before, env.fingerprint());
}

#[test]
fn up4_type_never_changes_after_success() {
    let mut env = acme();
    env.ok(&[
        "upgrade",
        "quota",
        SUBJ,
        "--vertical",
        "1",
        "--dedicated",
        "1",
    ]);
    auto(&env, "dy_main", IDS[0]);
    start(&env, "dy_v", IDS[1]);
    start(&env, "dy_d", IDS[2]);
    assert_eq!(approve(&env, "dy_v")["account_type"], "vertical");
    assert_eq!(approve(&env, "dy_d")["account_type"], "dedicated");
    // Main and vertical seats free up; the upgraded ones keep their types.
    env.ok(&w("upgrade cancel dy_main"));
    assert_eq!(quota(&env, SUBJ)["main"]["used"], 0);
    assert_eq!(status(&env, "dy_v")["account_type"], "vertical");
    assert_eq!(status(&env, "dy_d")["account_type"], "dedicated");
    // An operator change or a sweep does not re-decide it either.
    env.ok(&operator_args("dy_d", IDS[3]));
    at(&mut env, CANCEL_DEADLINE);
    sweep(&env);
    assert_eq!(status(&env, "dy_d")["account_type"], "dedicated");
    assert_eq!(status(&env, "dy_v")["account_type"], "vertical");
}
