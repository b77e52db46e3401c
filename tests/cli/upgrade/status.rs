use super::*;

// ---------------------------------------------------------------------------
// UP-7 / UP-8: ownership, posting limit, status
// ---------------------------------------------------------------------------

#[test]
fn up7_posting_limit_and_owner_follow_the_upgrade() {
    let env = acme();
    let v = start(&env, "dy_1", IDS[0]);
    assert_eq!(v["posting_limit"], 75, "{v}");
    assert_eq!(v["owner"], format!("holder {}", NAMES[0]), "{v}");
    let v = approve(&env, "dy_1");
    assert_eq!(v["posting_limit"], 100, "{v}");
    assert_eq!(v["owner"], format!("subject {SUBJ}"), "{v}");
    assert_eq!(v["shop"], SHOP, "the shop binding is kept: {v}");
    let v = auto(&env, "dy_2", IDS[1]);
    assert_eq!(v["posting_limit"], 100, "{v}");
    assert_eq!(v["owner"], format!("subject {SUBJ}"), "{v}");
    let v = env.ok(&w("upgrade cancel dy_2"));
    assert_eq!(v["posting_limit"], 75, "{v}");
    assert_eq!(v["owner"], format!("holder {}", NAMES[1]), "{v}");
    let v = start(&env, "dy_3", IDS[2]);
    let v2 = reject(&env, "dy_3");
    assert_eq!(v["posting_limit"], 75, "{v}");
    assert_eq!(v2["posting_limit"], 75, "{v2}");
    assert_eq!(v2["owner"], format!("holder {}", NAMES[2]), "{v2}");
}

#[test]
fn up8_status_by_shop_lists_every_account_of_the_shop() {
    let env = acme();
    shop_of(&env, "beta-shop", "flagship", SUBJ_B, "13900000002", false);
    shop_of(&env, "empty-shop", "flagship", SUBJ_C, "13900000003", false);
    start(&env, "dy_b", IDS[0]);
    auto(&env, "dy_a", IDS[1]);
    start(&env, "dy_c", IDS[2]);
    reject(&env, "dy_c");
    start_in(&env, "dy_other", "beta-shop", IDS[3], &[]);
    let list = env.ok(&["upgrade", "status", "--shop", SHOP]);
    assert_eq!(douyin_ids(&list), ["dy_a", "dy_b", "dy_c"]);
    for v in list.as_array().unwrap() {
        assert_upgrade_fields(v);
        assert_eq!(v["shop"], SHOP, "{v}");
    }
    let a = &list[0];
    assert_eq!(a["status"], "upgraded", "{a}");
    // dy_b's pending upgrade reserved main first.
    assert_eq!(a["account_type"], "vertical", "{a}");
    assert_eq!(list[1]["account_type"], "main");
    assert_eq!(a["operator"], NAMES[1], "{a}");
    assert_eq!(a["attempts"], 1, "{a}");
    assert_eq!(a["cancel_deadline"], CANCEL_DEADLINE_UTC, "{a}");
    assert_eq!(a["posting_limit"], 100, "{a}");
    assert_eq!(list[2]["status"], "rejected");
    // Without a shop: every account.
    let all = env.ok(&["upgrade", "status"]);
    assert_eq!(douyin_ids(&all), ["dy_a", "dy_b", "dy_c", "dy_other"]);
    let none = env.ok(&["upgrade", "status", "--shop", "empty-shop"]);
    assert_eq!(none, serde_json::json!([]));
    // One account: one object.
    let one = status(&env, "dy_other");
    assert_eq!(one["shop"], "beta-shop", "{one}");
    assert_eq!(one["douyin_id"], "dy_other", "{one}");
    assert_eq!(one["status"], "reviewing", "{one}");
    assert_eq!(one["account_type"], "main", "{one}");
    assert_eq!(one["operator"], NAMES[3], "{one}");
    assert_eq!(one["attempts"], 1, "{one}");
    assert_eq!(one["cancel_deadline"], Value::Null, "{one}");
    assert_eq!(one["posting_limit"], 75, "{one}");
    // The Douyin id matches without regard to case.
    assert_eq!(status(&env, "DY_OTHER")["douyin_id"], "dy_other");
    let one = env.ok(&["upgrade", "status", "dy_a", "--shop", SHOP]);
    assert_eq!(one["douyin_id"], "dy_a", "{one}");
}

#[test]
fn up8_jsonl_and_csv_status_carry_the_contract_fields() {
    let env = acme();
    start(&env, "dy_1", IDS[0]);
    auto(&env, "dy_2", IDS[1]);
    let r = env.run(&["--format", "jsonl", "upgrade", "status", "--shop", SHOP]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines: Vec<Value> = r
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "{}", r.stdout);
    lines.iter().for_each(assert_upgrade_fields);
    let r = env.run(&["--format", "csv", "upgrade", "status"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let header = r.stdout.lines().next().unwrap();
    for f in [
        "shop",
        "douyin_id",
        "status",
        "account_type",
        "operator",
        "attempts",
        "cancel_deadline",
        "posting_limit",
    ] {
        assert!(header.split(',').any(|h| h == f), "csv lacks {f}: {header}");
    }
    assert_eq!(r.stdout.lines().count(), 3, "{}", r.stdout);
}

#[test]
fn up8_unknown_account_is_upgrade_not_found() {
    let env = acme();
    shop_of(&env, "beta-shop", "flagship", SUBJ_B, "13900000002", false);
    start(&env, "dy_1", IDS[0]);
    for args in [
        vec!["upgrade", "status", "dy_nobody"],
        vec!["upgrade", "review", "dy_nobody", "--approve"],
        vec!["upgrade", "cancel", "dy_nobody"],
        // Known, but not of that shop.
        vec!["upgrade", "status", "dy_1", "--shop", "beta-shop"],
    ] {
        let err = env.fail(3, &args);
        assert_eq!(err["code"], "UPGRADE_NOT_FOUND", "{args:?}: {err}");
    }
}

// ---------------------------------------------------------------------------
// PII-1 and AU-1
// ---------------------------------------------------------------------------

#[test]
fn pii1_operator_and_holder_ids_are_masked_in_every_format() {
    let env = acme();
    start(&env, "dy_1", IDS[0]);
    env.ok(&operator_args("dy_1", IDS[1]));
    for i in 2..7 {
        auto(&env, &format!("dy_{i}"), IDS[2]);
    }
    for fmt in ["table", "json", "jsonl", "csv"] {
        for args in [
            vec!["--format", fmt, "upgrade", "status"],
            vec!["--format", fmt, "upgrade", "status", "dy_1"],
            vec!["--format", fmt, "audit"],
        ] {
            let r = env.run(&args);
            assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
            assert_no_full_id(&r.stdout);
            assert_no_full_id(&r.stderr);
        }
        // An error message names the person masked.
        let mut a = vec!["--format", fmt];
        a.extend(holder_args("start", "dy_9", SHOP, IDS[2], &[]));
        let r = env.run(&a);
        assert_eq!(r.code, 4, "{}", r.stderr);
        assert!(r.stderr.contains("OPERATOR_LIMIT"), "{}", r.stderr);
        assert!(r.stderr.contains(&masked(IDS[2])), "{}", r.stderr);
        assert_no_full_id(&r.stderr);
    }
    let v = status(&env, "dy_1");
    assert_eq!(v["operator_id"], masked(IDS[1]), "{v}");
    assert_eq!(v["holder_id"], masked(IDS[0]), "{v}");
    // --reveal-pii shows them, and is itself audited.
    let v = env.ok(&["--reveal-pii", "upgrade", "status", "dy_1"]);
    assert_eq!(v["operator_id"], IDS[1], "{v}");
    assert_eq!(v["holder_id"], IDS[0], "{v}");
    let list = env.ok(&["--reveal-pii", "upgrade", "status", "--shop", SHOP]);
    assert_eq!(list[0]["holder_id"], IDS[0], "{list}");
    assert!(env.audit_count("pii.reveal") >= 2);
    // The audit keeps them masked even so.
    let r = env.run(&["--format", "jsonl", "audit", "--object", "upgrade:dy_1"]);
    assert_no_full_id(&r.stdout);
}

#[test]
fn au1_each_upgrade_change_writes_one_audit_event() {
    let mut env = acme();
    start(&env, "dy_1", IDS[0]);
    approve(&env, "dy_1");
    env.ok(&operator_args("dy_1", IDS[1]));
    start(&env, "dy_2", IDS[2]);
    reject(&env, "dy_2");
    auto(&env, "dy_3", IDS[3]);
    env.ok(&w("upgrade cancel dy_3"));
    auto(&env, "dy_4", IDS[4]);
    start(&env, "dy_5", IDS[5]);
    // Refusals and reads write nothing.
    env.fail(4, &w("upgrade cancel dy_1"));
    env.ok(&w("upgrade status"));
    at(&mut env, CANCEL_DEADLINE);
    sweep(&env);
    let ev = env.audit(&["--object", "upgrade:*"]);
    let got: Vec<(String, String)> = ev
        .iter()
        .map(|e| {
            (
                e["action"].as_str().unwrap().to_string(),
                e["object"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let want: Vec<(String, String)> = [
        ("upgrade.start", "dy_1"),
        ("upgrade.approve", "dy_1"),
        ("upgrade.operator", "dy_1"),
        ("upgrade.start", "dy_2"),
        ("upgrade.reject", "dy_2"),
        ("upgrade.auto", "dy_3"),
        ("upgrade.cancel", "dy_3"),
        ("upgrade.auto", "dy_4"),
        ("upgrade.start", "dy_5"),
        ("upgrade.expired", "dy_5"),
        ("upgrade.cancel-window-closed", "dy_4"),
    ]
    .iter()
    .map(|(a, d)| (a.to_string(), format!("upgrade:{d}")))
    .collect();
    assert_eq!(got, want);
    for e in &ev {
        assert_eq!(e["actor"], "tester", "{e}");
        assert!(e["after"].is_object(), "{e}");
    }
    assert_eq!(ev[0]["before"], Value::Null);
    assert_eq!(ev[0]["after"]["status"], "reviewing");
    assert_eq!(ev[1]["before"]["status"], "reviewing");
    assert_eq!(ev[1]["after"]["status"], "upgraded");
    assert_eq!(ev[6]["before"]["status"], "upgraded");
    assert_eq!(ev[6]["after"]["status"], "cancelled");
    assert_eq!(ev[0]["at"], NOW_UTC);
    assert_eq!(ev[10]["at"], CANCEL_DEADLINE_UTC);
}

#[test]
fn au1_audit_before_shows_the_attempts_as_they_were() {
    let env = acme();
    start(&env, "dy_1", IDS[0]);
    reject(&env, "dy_1");
    start(&env, "dy_1", IDS[0]);
    let ev = env.audit(&["--object", "upgrade:dy_1"]);
    assert_eq!(ev.len(), 3, "{ev:?}");
    // The rejection: before it, the attempt had no outcome.
    assert_eq!(ev[1]["action"], "upgrade.reject");
    assert_eq!(
        ev[1]["before"]["attempt_history"][0]["outcome"],
        Value::Null,
        "{}",
        ev[1]
    );
    // The restart: before it, there was one attempt.
    assert_eq!(ev[2]["action"], "upgrade.start");
    assert_eq!(
        ev[2]["before"]["attempt_history"].as_array().unwrap().len(),
        1,
        "{}",
        ev[2]
    );
    assert_eq!(ev[2]["before"]["attempts"], 1, "{}", ev[2]);
}

// ---------------------------------------------------------------------------
// Issue 10: no answer depends on whether the sweep has run (SW-1)
// ---------------------------------------------------------------------------

#[test]
fn up6_operator_change_past_the_review_time_is_refused_before_the_sweep() {
    let mut env = acme();
    start(&env, "dy_1", IDS[0]);
    at(&mut env, REVIEW_EXPIRY);
    let args = operator_args("dy_1", IDS[1]);
    let before = env.fail(4, &args);
    assert_err(&before, "INVALID_STATE", "UP-5");
    sweep(&env);
    assert_eq!(before, env.fail(4, &args));
}

#[test]
fn up6_status_past_the_review_time_says_expired_before_the_sweep() {
    let mut env = acme();
    start(&env, "dy_1", IDS[0]);
    at(&mut env, REVIEW_EXPIRY);
    let before = status(&env, "dy_1");
    assert_eq!(before["status"], "expired", "{before}");
    assert_eq!(
        before["attempt_history"][0]["outcome"], "expired",
        "{before}"
    );
    assert_eq!(
        before["attempt_history"][0]["ended_at"], REVIEW_EXPIRY_UTC,
        "{before}"
    );
    let listed = env.ok(&["upgrade", "status", "--shop", SHOP]);
    assert_eq!(listed[0]["status"], "expired", "{listed}");
    // Swept a day later, the record still says when time ended it.
    at(&mut env, "2026-02-21T09:00:00+08:00");
    sweep(&env);
    assert_eq!(settled(before), settled(status(&env, "dy_1")));
}

#[test]
fn up3_refusal_past_the_cancel_window_answers_the_same_before_and_after_the_sweep() {
    let mut env = acme();
    auto(&env, "dy_a", IDS[0]);
    at(&mut env, CANCEL_DEADLINE);
    // The refusal lists the next steps: no more `cancel`.
    let args = ["upgrade", "review", "dy_a", "--reject", "--reason", "x"];
    let before = env.fail(4, &args);
    assert_err(&before, "INVALID_STATE", "UP-6");
    let cancel = env.fail(4, &w("upgrade cancel dy_a"));
    sweep(&env);
    assert_eq!(before, env.fail(4, &args));
    assert_eq!(cancel, env.fail(4, &w("upgrade cancel dy_a")));
}
