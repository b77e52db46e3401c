use super::*;

// ---------------------------------------------------------------------------
// AG-1: add an agency sub-account
// ---------------------------------------------------------------------------

#[test]
fn ag1_add_by_phone_is_enabled_at_once_and_audited() {
    let env = star();
    let v = add(&env, AG, P1, "Zhang Wei", "运营,财务");
    assert_sub_fields(&v);
    assert_eq!(v["org"], AG);
    assert_eq!(v["phone"], P1);
    assert_eq!(v["email"], Value::Null);
    assert_eq!(v["name"], "Zhang Wei");
    assert_eq!(strs(&v["positions"]), ["运营", "财务"]);
    assert_eq!(v["status"], "enabled");
    assert_eq!(v["im"], Value::Null, "agency sub-accounts have no IM");
    assert_eq!(show(&env, AG, P1), v);
    let ev = env.audit(&["--action", "subaccount.add"]);
    assert_eq!(ev.len(), 1);
    assert_eq!(ev[0]["actor"], "tester");
    assert_eq!(ev[0]["object"], format!("subaccount:{AG}/{P1}"));
    assert_eq!(ev[0]["before"], Value::Null);
    assert_eq!(ev[0]["after"]["status"], "enabled");
}

#[test]
fn ag1_add_by_email_lower_cases_the_key() {
    let env = star();
    let c = issue(&env, AG, "Zhang.Wei@Example.COM");
    let v = env.ok(&add_args(AG, "ZHANG.wei@example.com", &c, "Zhang", "运营"));
    assert_eq!(v["email"], "zhang.wei@example.com");
    assert_eq!(v["phone"], Value::Null);
    assert_eq!(show(&env, AG, "Zhang.Wei@EXAMPLE.com")["status"], "enabled");
    let list = env.ok(&o(AG, &w("subaccount list")));
    assert_eq!(list[0]["email"], "zhang.wei@example.com");
    assert!(allowed(&env, "ZHANG.WEI@example.com", "agency.tasks"));
}

#[test]
fn ag1_invalid_phone_or_email_is_invalid_input() {
    let env = star();
    for bad in ["1380013800", "23800138000", "138001380001"] {
        let err = env.fail(5, &add_args(AG, bad, "123456", "Zhang", "运营"));
        assert_eq!(err["code"], "INVALID_PHONE", "{err}");
        assert_eq!(err["rule"], "AG-1", "{err}");
    }
    let err = env.fail(5, &add_args(AG, "zhang@", "123456", "Zhang", "运营"));
    assert_eq!(err["code"], "INVALID_EMAIL", "{err}");
}

#[test]
fn ag1_needs_at_least_one_existing_position() {
    let env = star();
    let c = issue(&env, AG, P1);
    let err = env.fail(5, &add_args(AG, P1, &c, "Zhang", ""));
    assert_err(&err, "MISSING_FIELD", "AG-1");
    let err = env.fail(3, &add_args(AG, P1, &c, "Zhang", "运营,市场"));
    assert_eq!(err["code"], "POSITION_NOT_FOUND", "{err}");
    // Without --position at all: a usage error.
    let r = env.run(&[
        "--org",
        AG,
        "subaccount",
        "add",
        "--phone",
        P1,
        "--code",
        &c,
        "--name",
        "Zhang",
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    // Without --phone or --email: usage.
    let r = env.run(&o(
        AG,
        &[
            "subaccount",
            "add",
            "--code",
            &c,
            "--name",
            "Z",
            "--position",
            "运营",
        ],
    ));
    assert_eq!(r.code, 2, "{}", r.stderr);
}

#[test]
fn ag1_im_on_an_agency_is_invalid() {
    let env = star();
    let c = issue(&env, AG, P1);
    let mut a = add_args(AG, P1, &c, "Zhang", "运营");
    a.extend_from_slice(&["--im", "on"]);
    let err = env.fail(5, &a);
    assert_eq!(err["code"], "IM_NOT_FOR_AGENCY", "{err}");
    env.ok(&add_args(AG, P1, &c, "Zhang", "运营"));
    let err = env.fail(5, &o(AG, &["subaccount", "edit", P1, "--im", "off"]));
    assert_eq!(err["code"], "IM_NOT_FOR_AGENCY", "{err}");
}

#[test]
fn ag2_identical_re_add_is_refused_as_already_bound_whatever_the_code() {
    let env = star();
    add(&env, AG, P1, "Zhang", "运营");
    // The same data again with a code never issued: refused, not `unchanged`.
    let err = env.fail(4, &add_args(AG, P1, "000000", "Zhang", "运营"));
    assert_err(&err, "ALREADY_BOUND_TO_AGENCY", "AG-2");
    let hint = err["hint"].as_str().unwrap_or_default();
    assert!(
        hint.contains(&format!("roster --org {AG} subaccount edit {P1}")),
        "{err}"
    );
    // With a fresh code too: refused before the code is used (VC-1).
    let c = issue(&env, AG, P1);
    let err = env.fail(4, &add_args(AG, P1, &c, "Zhang", "运营"));
    assert_err(&err, "ALREADY_BOUND_TO_AGENCY", "AG-2");
    // A malformed code is invalid input, whatever else is true (VC-1).
    let err = env.fail(5, &add_args(AG, P1, "12ab", "Zhang", "运营"));
    assert_err(&err, "INVALID_CODE", "VC-1");
    // In table mode: the refusal and the way out.
    let r = env.run(&add_args(AG, P1, &c, "Zhang", "运营"));
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(r.stderr.contains("ALREADY_BOUND_TO_AGENCY"), "{}", r.stderr);
    assert!(r.stderr.contains("subaccount edit"), "{}", r.stderr);
    assert_eq!(env.audit_count("subaccount.add"), 1);
    // The code is still unused: after a delete it adds the phone again.
    env.ok1(&o(AG, &["subaccount", "delete", P1]));
    env.ok(&add_args(AG, P1, &c, "Zhang", "运营"));
    assert_eq!(env.audit_count("subaccount.add"), 2);
}

#[test]
fn ag1_sub_accounts_are_not_for_enterprises() {
    let env = Env::new();
    env.enterprise("acme");
    let err = env.fail(4, &add_args("acme", P1, "123456", "Zhang", "Sales"));
    assert_eq!(err["code"], "NOT_AN_AGENCY_OR_SHOP", "{err}");
}

// ---------------------------------------------------------------------------
// AG-2: one agency once; at most 20 agencies
// ---------------------------------------------------------------------------

#[test]
fn ag2_phone_already_bound_to_this_agency_is_refused() {
    let env = star();
    add(&env, AG, P1, "Zhang", "运营");
    let c = issue(&env, AG, P1);
    let err = env.fail(4, &add_args(AG, P1, &c, "Zhang Wei", "财务"));
    assert_err(&err, "ALREADY_BOUND_TO_AGENCY", "AG-2");
    assert!(
        err["message"].as_str().unwrap().contains("already bound"),
        "{err}"
    );
    // Also while disabled.
    env.ok1(&o(AG, &["subaccount", "disable", P1]));
    let err = env.fail(4, &add_args(AG, P1, &c, "Zhang Wei", "财务"));
    assert_err(&err, "ALREADY_BOUND_TO_AGENCY", "AG-2");
    // After delete it may be added again, with the same unused code.
    env.ok1(&o(AG, &["subaccount", "delete", P1]));
    let v = env.ok(&add_args(AG, P1, &c, "Zhang Wei", "财务"));
    assert_eq!(v["status"], "enabled");
    assert_eq!(strs(&v["positions"]), ["财务"]);
    assert_eq!(status(&env, AG, P1), "enabled");
}

#[test]
fn ag2_twenty_first_agency_is_refused() {
    let env = Env::new();
    let handles: Vec<String> = (0..21).map(|i| format!("ag{i:02}")).collect();
    for (i, h) in handles.iter().enumerate() {
        env.agency(h, &format!("139000001{i:02}"));
        env.ok(&o(h, &w("position create 运营 --perm agency.tasks")));
    }
    for h in &handles[..20] {
        let v = add(&env, h, P1, "Zhang", "运营");
        assert_eq!(v["status"], "enabled", "{h}: {v}");
    }
    let c = issue(&env, &handles[20], P1);
    let err = env.fail(4, &add_args(&handles[20], P1, &c, "Zhang", "运营"));
    assert_err(&err, "AGENCY_LIMIT", "AG-2");
    assert_eq!(err["details"]["agencies"], 20, "{err}");
    assert_eq!(err["details"]["limit"], 20, "{err}");
    // A disabled sub-account still counts.
    env.ok1(&o(&handles[0], &["subaccount", "disable", P1]));
    let err = env.fail(4, &add_args(&handles[20], P1, &c, "Zhang", "运营"));
    assert_err(&err, "AGENCY_LIMIT", "AG-2");
    // A deleted one frees a place; the refused add left the code unused.
    env.ok1(&o(&handles[0], &["subaccount", "delete", P1]));
    let v = env.ok(&add_args(&handles[20], P1, &c, "Zhang", "运营"));
    assert_eq!(v["status"], "enabled");
    let live = env.ok(&["subaccount", "list", "--status", "enabled"]);
    assert_eq!(live.as_array().unwrap().len(), 20);
}

#[test]
fn ag2_agencies_per_phone_comes_from_the_config() {
    let env = star();
    config(&env, "[policy]\nagencies_per_phone = 1\n");
    moon(&env);
    add(&env, AG, P1, "Zhang", "运营");
    let c = issue(&env, AG2, P1);
    let err = env.fail(4, &add_args(AG2, P1, &c, "Zhang", "运营"));
    assert_err(&err, "AGENCY_LIMIT", "AG-2");
    assert_eq!(err["details"]["limit"], 1, "{err}");
    // Shops do not count toward the agency limit.
    env.shop(SHOP, SHOP_MAIN);
    env.ok(&o(
        SHOP,
        &w("position create 客服 --perm shop.customer_service"),
    ));
    add(&env, SHOP, P2, "小李", "客服");
    add(&env, AG, P2, "Li", "运营");
}

// ---------------------------------------------------------------------------
// AG-3: a sub-account phone is not an agency main account, and back
// ---------------------------------------------------------------------------

#[test]
fn ag3_agency_main_phone_cannot_be_a_sub_account() {
    let env = star();
    moon(&env);
    let c = issue(&env, AG, AG2_MAIN);
    let err = env.fail(4, &add_args(AG, AG2_MAIN, &c, "Moon boss", "运营"));
    assert_err(&err, "PHONE_IS_AGENCY_MAIN", "AG-3");
    assert!(err["message"].as_str().unwrap().contains(AG2), "{err}");
    // Not even of its own agency.
    let c = issue(&env, AG, AG_MAIN);
    let err = env.fail(4, &add_args(AG, AG_MAIN, &c, "Boss", "运营"));
    assert_err(&err, "PHONE_IS_AGENCY_MAIN", "AG-3");
}

#[test]
fn ag3_live_sub_account_phone_cannot_become_an_agency_main() {
    let env = star();
    moon(&env);
    add(&env, AG, P1, "Zhang", "运营");
    add(&env, AG2, P1, "Zhang", "运营");
    let create = [
        "org",
        "create",
        "agency",
        "sun",
        "--name",
        "Sun",
        "--main-phone",
        P1,
    ];
    let err = env.fail(4, &create);
    assert_err(&err, "PHONE_IS_SUBACCOUNT", "AG-3");
    // Disabled is still bound.
    env.ok1(&o(AG, &["subaccount", "disable", P1]));
    let err = env.fail(4, &create);
    assert_err(&err, "PHONE_IS_SUBACCOUNT", "AG-3");
    // One of two deleted: still a sub-account elsewhere.
    env.ok1(&o(AG, &["subaccount", "delete", P1]));
    let err = env.fail(4, &create);
    assert_err(&err, "PHONE_IS_SUBACCOUNT", "AG-3");
    // Every sub-account deleted or revoked: now it can.
    env.ok(&o(AG2, &["subaccount", "revoke", P1]));
    let v = env.ok(&create);
    assert_eq!(v["main_phone"], P1);
    // And now the other direction holds.
    let c = issue(&env, AG, P1);
    let err = env.fail(4, &add_args(AG, P1, &c, "Zhang", "运营"));
    assert_err(&err, "PHONE_IS_AGENCY_MAIN", "AG-3");
}

#[test]
fn ag3_shop_sub_account_phone_cannot_become_an_agency_main() {
    let env = acme_shop();
    add_shop(&env, SHOP, P1, "小张", "客服", "off");
    let err = env.fail(
        4,
        &[
            "org",
            "create",
            "agency",
            "sun",
            "--name",
            "Sun",
            "--main-phone",
            P1,
        ],
    );
    assert_err(&err, "PHONE_IS_SUBACCOUNT", "AG-3");
}

// ---------------------------------------------------------------------------
// AG-4: edit the name and positions
// ---------------------------------------------------------------------------

#[test]
fn ag4_edit_changes_name_and_positions_audited_before_after() {
    let env = star();
    add(&env, AG, P1, "Zhang", "运营");
    let v = env.ok(&o(
        AG,
        &[
            "subaccount",
            "edit",
            P1,
            "--name",
            "Zhang Wei",
            "--position",
            "财务",
        ],
    ));
    assert_eq!(v["name"], "Zhang Wei");
    assert_eq!(strs(&v["positions"]), ["财务"]);
    assert_eq!(v["status"], "enabled");
    assert_eq!(v["phone"], P1);
    let ev = env.audit(&["--action", "subaccount.edit"]);
    assert_eq!(ev.len(), 1);
    assert_eq!(ev[0]["object"], format!("subaccount:{AG}/{P1}"));
    assert_eq!(ev[0]["before"]["name"], "Zhang");
    assert_eq!(strs(&ev[0]["before"]["positions"]), ["运营"]);
    assert_eq!(ev[0]["after"]["name"], "Zhang Wei");
    assert_eq!(strs(&ev[0]["after"]["positions"]), ["财务"]);
    // Access follows the positions.
    assert!(!allowed(&env, P1, "agency.tasks"));
    assert!(allowed(&env, P1, "agency.orders"));
    // The same again: unchanged, nothing written.
    let before = env.fingerprint();
    let r = env.run(&o(AG, &["subaccount", "edit", P1, "--name", "Zhang Wei"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("unchanged"), "{}", r.stderr);
    assert_eq!(before, env.fingerprint());
}

#[test]
fn ag4_edit_refusals() {
    let env = star();
    add(&env, AG, P1, "Zhang", "运营");
    let err = env.fail(3, &o(AG, &["subaccount", "edit", P1, "--position", "市场"]));
    assert_eq!(err["code"], "POSITION_NOT_FOUND", "{err}");
    let err = env.fail(5, &o(AG, &["subaccount", "edit", P1, "--position", ""]));
    assert_eq!(err["code"], "MISSING_FIELD", "{err}");
    let err = env.fail(3, &o(AG, &["subaccount", "edit", P2, "--name", "X"]));
    assert_eq!(err["code"], "SUBACCOUNT_NOT_FOUND", "{err}");
    env.ok1(&o(AG, &["subaccount", "delete", P1]));
    let err = env.fail(4, &o(AG, &["subaccount", "edit", P1, "--name", "X"]));
    assert_err(&err, "INVALID_STATE", "AG-4");
}

// ---------------------------------------------------------------------------
// AG-5: disable, enable, delete — one or many
// ---------------------------------------------------------------------------

#[test]
fn ag5_single_disable_enable_delete() {
    let env = star();
    add(&env, AG, P1, "Zhang", "运营");
    let v = env.ok1(&o(AG, &["subaccount", "disable", P1]));
    assert_eq!(v["status"], "disabled");
    // Disabling again changes nothing (issue 12): unchanged, no audit.
    let v = env.ok1(&o(AG, &["subaccount", "disable", P1]));
    assert_eq!(
        (v["result"].as_str(), v["status"].as_str()),
        (Some("unchanged"), Some("disabled"))
    );
    let v = env.ok1(&o(AG, &["subaccount", "enable", P1]));
    assert_eq!(v["status"], "enabled");
    let v = env.ok1(&o(AG, &["subaccount", "enable", P1]));
    assert_eq!(v["result"], "unchanged");
    let err = env.fail_row(&o(AG, &["subaccount", "delete", P2]));
    assert_eq!(err["code"], "SUBACCOUNT_NOT_FOUND", "{err}");
    for action in ["subaccount.disable", "subaccount.enable"] {
        let ev = env.audit(&["--action", action]);
        assert_eq!(ev.len(), 1, "{action}");
        assert_eq!(ev[0]["object"], format!("subaccount:{AG}/{P1}"));
    }
    let ev = &env.audit(&["--action", "subaccount.disable"])[0];
    assert_eq!(ev["before"]["status"], "enabled");
    assert_eq!(ev["after"]["status"], "disabled");
}

#[test]
fn ag5_delete_ends_the_authorisation() {
    let env = star();
    add(&env, AG, P1, "Zhang", "运营");
    let v = env.ok1(&o(AG, &["subaccount", "delete", P1]));
    assert_eq!(v["status"], "deleted");
    assert_eq!(v["next_steps"], serde_json::json!([]), "{v}");
    assert!(!allowed(&env, P1, "agency.tasks"));
    for verb in ["enable", "disable", "revoke"] {
        let args = o(AG, &["subaccount", verb, P1]);
        // revoke names one key; the others are batch verbs (rows).
        let err = if verb == "revoke" {
            env.fail(4, &args)
        } else {
            env.fail_row(&args)
        };
        assert_eq!(err["code"], "INVALID_STATE", "{verb}: {err}");
    }
    // Deleting again changes nothing (issue 12).
    assert_eq!(
        env.ok1(&o(AG, &["subaccount", "delete", P1]))["result"],
        "unchanged"
    );
    let ev = env.audit(&["--action", "subaccount.delete"]);
    assert_eq!(ev.len(), 1);
    assert_eq!(ev[0]["after"]["status"], "deleted");
    let deleted = env.ok(&o(AG, &w("subaccount list --status deleted")));
    assert_eq!(deleted.as_array().unwrap().len(), 1);
    let enabled = env.ok(&o(AG, &w("subaccount list --status enabled")));
    assert_eq!(enabled.as_array().unwrap().len(), 0);
    env.fail(5, &o(AG, &w("subaccount list --status gone")));
}

#[test]
fn ag5_batch_with_a_bad_key_in_the_middle_reports_rows_and_exits_6() {
    let env = star();
    add(&env, AG, P1, "Zhang", "运营");
    add(&env, AG, P3, "Wang", "运营");
    let r = run_json(&env, &o(AG, &["subaccount", "disable", P1, P2, P3]), None);
    assert_eq!(r.code, 6, "{}", r.stderr);
    let rows = r.json();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 3);
    for row in rows {
        for f in ["key", "result", "status", "error_code", "error_message"] {
            assert!(row.get(f).is_some(), "row lacks {f}: {row}");
        }
    }
    assert_eq!(rows[0]["key"], P1);
    assert_eq!(rows[0]["result"], "updated");
    assert_eq!(rows[0]["status"], "disabled");
    assert_eq!(rows[0]["error_code"], Value::Null);
    assert_eq!(rows[1]["key"], P2);
    assert_eq!(rows[1]["result"], "failed");
    assert_eq!(rows[1]["status"], Value::Null);
    assert_eq!(rows[1]["error_code"], "SUBACCOUNT_NOT_FOUND");
    assert!(rows[1]["error_message"].as_str().unwrap().contains(P2));
    assert_eq!(rows[2]["key"], P3);
    assert_eq!(rows[2]["status"], "disabled");
    // The good rows landed, each its own transaction.
    assert_eq!(status(&env, AG, P1), "disabled");
    assert_eq!(status(&env, AG, P3), "disabled");
    assert_eq!(env.audit_count("subaccount.disable"), 2);
    let err = r.error();
    assert_eq!(err["details"]["failed"], 1, "{err}");

    // enable: from stdin, with the bad key again in the middle.
    let r = run_json(
        &env,
        &o(AG, &["subaccount", "enable", "-"]),
        Some(&format!("{P1}\n{P2}\n{P3}\n")),
    );
    assert_eq!(r.code, 6, "{}", r.stderr);
    let rows = r.json();
    let got: Vec<(&str, &str)> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|x| (x["key"].as_str().unwrap(), x["result"].as_str().unwrap()))
        .collect();
    assert_eq!(got, [(P1, "updated"), (P2, "failed"), (P3, "updated")]);
    assert_eq!(status(&env, AG, P1), "enabled");

    // delete: P1 twice, the second already deleted (unchanged), and a key
    // that is not there (failed).
    let r = run_json(&env, &o(AG, &["subaccount", "delete", P1, P1, P2]), None);
    assert_eq!(r.code, 6, "{}", r.stderr);
    let rows = r.json();
    assert_eq!(rows[0]["status"], "deleted");
    assert_eq!(rows[1]["result"], "unchanged");
    assert_eq!(rows[2]["result"], "failed");
    assert_eq!(rows[2]["error_code"], "SUBACCOUNT_NOT_FOUND");
    assert_eq!(rows[1]["status"], "deleted");
    assert_eq!(env.audit_count("subaccount.delete"), 1);
}

#[test]
fn ag5_batch_all_good_exits_0_with_rows() {
    let env = star();
    add(&env, AG, P1, "Zhang", "运营");
    add(&env, AG, P2, "Li", "运营");
    let v = env.ok(&o(AG, &["subaccount", "disable", P1, P2]));
    let rows = v.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().all(|r| r["status"] == "disabled"), "{v}");
    assert!(!allowed(&env, P1, "agency.tasks"));
    assert!(!allowed(&env, P2, "agency.tasks"));
}

#[test]
fn ag5_one_key_on_stdin_is_a_batch_of_one_row() {
    let env = star();
    add(&env, AG, P1, "Zhang", "运营");
    let r = run_json(
        &env,
        &o(AG, &["subaccount", "disable", "-"]),
        Some(&format!("{P1}\n")),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v = r.json();
    assert_eq!(v[0]["status"], "disabled", "{v}");
    assert_eq!(v[0]["result"], "updated", "{v}");
    // A single failing key is a batch of one failed row (exit 6).
    let err = env.fail_row(&o(AG, &["subaccount", "disable", P2]));
    assert_eq!(err["code"], "SUBACCOUNT_NOT_FOUND", "{err}");
}

// ---------------------------------------------------------------------------
// AG-6: the holder revokes
// ---------------------------------------------------------------------------

#[test]
fn ag6_revoke_ends_the_authorisation() {
    let env = star();
    add(&env, AG, P1, "Zhang", "运营");
    env.ok1(&o(AG, &["subaccount", "disable", P1]));
    let v = env.ok(&o(AG, &["subaccount", "revoke", P1]));
    assert_eq!(v["status"], "revoked");
    assert_eq!(v["next_steps"], serde_json::json!([]), "{v}");
    assert!(!allowed(&env, P1, "agency.tasks"));
    let err = env.fail_row(&o(AG, &["subaccount", "enable", P1]));
    assert_eq!(err["code"], "INVALID_STATE", "{err}");
    // Revoking again changes nothing (issue 12).
    assert_eq!(
        env.ok(&o(AG, &["subaccount", "revoke", P1]))["status"],
        "revoked"
    );
    let ev = env.audit(&["--action", "subaccount.revoke"]);
    assert_eq!(ev.len(), 1);
    assert_eq!(ev[0]["before"]["status"], "disabled");
    assert_eq!(ev[0]["after"]["status"], "revoked");
    // It can be added again later with a new code.
    let v = add(&env, AG, P1, "Zhang", "运营");
    assert_eq!(v["status"], "enabled");
}

#[test]
fn ag6_revoke_is_not_for_shops() {
    let env = acme_shop();
    add_shop(&env, SHOP, P1, "小张", "客服", "on");
    let v = show(&env, SHOP, P1);
    assert!(!strs(&v["next_steps"]).contains(&"revoke"), "{v}");
    let err = env.fail(4, &o(SHOP, &["subaccount", "revoke", P1]));
    assert_err(&err, "REVOKE_NOT_FOR_SHOP", "AG-6");
}
