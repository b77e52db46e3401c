//! EN-1 … EN-5 through the binary: org create, verify, level, tools, show, list.

use super::*;

// ---------------------------------------------------------------------------
// EN-1: org create
// ---------------------------------------------------------------------------

#[test]
fn en1_create_enterprise_reports_the_contract_fields() {
    let env = Env::new();
    env.enterprise("acme");
    let v = env.ok(&w("org show acme"));
    assert_org_fields(&v);
    assert_eq!(v["handle"], "acme");
    assert_eq!(v["name"], "Acme Ltd");
    assert_eq!(v["uscc"], USCC_A);
    assert_eq!(v["tools"], serde_json::json!([]));
}

#[test]
fn en1_bad_legal_rep_id_is_invalid_and_not_echoed() {
    let env = Env::new();
    env.ok(&["init"]);
    let bad = "110105194912310021";
    let e = env.fail(
        5,
        &[
            "org",
            "create",
            "enterprise",
            "acme",
            "--name",
            "Acme",
            "--uscc",
            USCC_A,
            "--legal-rep-name",
            "Li",
            "--legal-rep-id",
            bad,
        ],
    );
    assert_error_fields(&e);
    assert_eq!(e["code"], "INVALID_ID_NUMBER");
    assert_eq!(e["rule"], "EN-1");
    assert!(msg(&e).starts_with("legal_rep_id:"), "{e}");
    assert!(!msg(&e).contains(bad), "{e}");
}

#[test]
fn en1_create_agency_normalises_the_main_phone() {
    let env = Env::new();
    let v = env.agency("star", "+86 138-0013-8000");
    assert_org_fields(&v);
    assert_eq!(v["kind"], "agency");
    assert_eq!(v["main_phone"], "13800138000");
    assert_eq!(v["level"], serde_json::Value::Null);
    assert_eq!(v["quota_limit"], serde_json::Value::Null);
    assert_eq!(env.ok(&w("org show star"))["main_phone"], "13800138000");
}

#[test]
fn en1_invalid_phone_is_refused() {
    let env = Env::new();
    env.ok(&["init"]);
    for bad in ["12345", "23800138000", "1380013800a", "+1 138 0013 8000"] {
        let e = env.fail(
            5,
            &[
                "org",
                "create",
                "agency",
                "star",
                "--name",
                "Star",
                "--main-phone",
                bad,
            ],
        );
        assert_eq!(e["code"], "INVALID_PHONE", "{bad}: {e}");
        assert!(msg(&e).starts_with("main_phone:"), "{e}");
    }
    let e = env.fail(
        5,
        &w(&format!(
            "org create shop s --name S --shop-type flagship --subject {USCC_B} --main-phone 110"
        )),
    );
    assert_eq!(e["code"], "INVALID_PHONE");
}

#[test]
fn en1_create_shop_reports_its_facts() {
    let env = Env::new();
    let v = env.shop("acme-shop", "13900139000");
    assert_org_fields(&v);
    assert_eq!(v["kind"], "shop");
    assert_eq!(v["shop_type"], "flagship");
    assert_eq!(v["subject"], USCC_B);
    assert_eq!(v["cross_border"], false);
    assert_eq!(v["main_phone"], "13900139000");
}

#[test]
fn en1_unknown_shop_type_is_invalid_and_lists_the_types() {
    let env = Env::new();
    env.ok(&["init"]);
    let e = env.fail(
        5,
        &w(&format!("org create shop s --name S --shop-type kiosk --subject {USCC_B} --main-phone 13900139000")),
    );
    assert!(
        msg(&e).contains("official-flagship") && msg(&e).contains("personal"),
        "{e}"
    );
}

#[test]
fn sh2_same_main_phone_for_a_second_shop_is_refused() {
    let env = Env::new();
    env.shop("one", "13900139000");
    let e = env.fail(
        4,
        &[
            "org",
            "create",
            "shop",
            "two",
            "--name",
            "Two",
            "--shop-type",
            "specialty",
            "--subject",
            USCC_A,
            "--main-phone",
            "139 0013 9000",
        ],
    );
    assert_error_fields(&e);
    // Issue 11: its own code; PHONE_IS_SHOP_MAIN is the SH-2 sub-account
    // refusal only.
    assert_eq!(e["code"], "MAIN_PHONE_TAKEN");
    assert_eq!(e["rule"], "SH-2");
    assert_eq!(e["details"]["org"], "one");
}

#[test]
fn en1_rerunning_an_identical_create_is_unchanged_and_audited_once() {
    let env = Env::new();
    env.enterprise("acme");
    env.enterprise("acme");
    env.agency("star", "13800138000");
    // The same facts written another way are the same facts.
    env.agency("star", "+86 138-0013-8000");
    env.shop("s1", "13900139000");
    env.shop("s1", "13900139000");
    // Verifying or levelling up does not make a re-run of the create differ.
    env.ok(&w("org verify acme"));
    env.enterprise("acme");
    assert_eq!(env.audit_count("org.create"), 3);
    let r = env.run(&[
        "org",
        "create",
        "agency",
        "star",
        "--name",
        "Star MCN",
        "--main-phone",
        "13800138000",
    ]);
    assert_eq!(r.code, 0);
    assert!(
        r.stderr.contains("unchanged"),
        "table mode says so: {}",
        r.stderr
    );
    assert_eq!(env.ok(&w("org list")).as_array().unwrap().len(), 3);
}

#[test]
fn en1_same_handle_with_other_facts_is_org_exists() {
    let env = Env::new();
    env.agency("star", "13800138000");
    let e = env.fail(
        4,
        &w("org create agency star --name Other --main-phone 13800138000"),
    );
    assert_error_fields(&e);
    assert_eq!(e["code"], "ORG_EXISTS");
    assert_eq!(e["rule"], "EN-1");
    // Another kind under the same handle too.
    let e = env.fail(
        4,
        &w(&format!("org create enterprise star --name Acme --uscc {USCC_A} --legal-rep-name Li --legal-rep-id {ID_A}")),
    );
    assert_eq!(e["code"], "ORG_EXISTS");
}

#[test]
fn en1_unknown_org_is_not_found() {
    let env = Env::new();
    env.enterprise("acme");
    for args in [
        w("org show nope"),
        w("org verify nope"),
        w("org level nope gold"),
        w("org tools nope --grant live.card"),
        w("--org nope position list"),
        w("--org nope department list"),
    ] {
        let e = env.fail(3, &args);
        assert_error_fields(&e);
        assert_eq!(e["code"], "ORG_NOT_FOUND", "{args:?}");
        assert!(msg(&e).contains("nope"), "{e}");
    }
}

#[test]
fn en1_missing_required_flag_is_a_usage_error() {
    let env = Env::new();
    let r = env.run(&w("org create agency star --name Star"));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("--main-phone"), "{}", r.stderr);
    assert!(r.stdout.is_empty());
}

#[test]
fn en1_bad_handle_is_invalid() {
    let env = Env::new();
    env.ok(&["init"]);
    let e = env.fail(
        5,
        &[
            "org",
            "create",
            "agency",
            "no spaces",
            "--name",
            "S",
            "--main-phone",
            "13800138000",
        ],
    );
    assert_eq!(e["code"], "INVALID_HANDLE");
}

#[test]
fn au1_org_create_writes_one_event_with_the_contract_fields() {
    let env = Env::new();
    env.enterprise("acme");
    let events = env.audit(&[]);
    assert_eq!(events.len(), 1);
    let ev = &events[0];
    for f in ["at", "actor", "action", "object", "before", "after"] {
        assert!(ev.get(f).is_some(), "audit event lacks {f}: {ev}");
    }
    assert_eq!(ev["at"], NOW_UTC);
    assert_eq!(ev["actor"], "tester");
    assert_eq!(ev["action"], "org.create");
    assert_eq!(ev["object"], "org:acme");
    assert_eq!(ev["before"], serde_json::Value::Null);
    assert_eq!(ev["after"]["handle"], "acme");
    assert_eq!(ev["after"]["legal_rep_id"], "110***********002X");
}

// ---------------------------------------------------------------------------
// EN-2: verify
// ---------------------------------------------------------------------------

#[test]
fn en2_verify_marks_verified_and_twice_is_unchanged() {
    let mut env = Env::new();
    env.enterprise("acme");
    let v = env.ok(&w("org verify acme"));
    assert_org_fields(&v);
    assert_eq!(v["verified"], true);
    assert_eq!(v["verified_at"], NOW_UTC);
    env.now = "2026-02-20T09:00:00+08:00".into();
    let v = env.ok(&w("org verify acme"));
    assert_eq!(v["verified"], true);
    assert_eq!(v["verified_at"], NOW_UTC, "the first verification stands");
    let events = env.audit(&["--action", "org.verify"]);
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["before"]["verified"], false);
    assert_eq!(events[0]["after"]["verified"], true);
}

#[test]
fn en2_verify_an_agency_is_not_an_enterprise() {
    let env = Env::new();
    env.agency("star", "13800138000");
    let e = env.fail(4, &w("org verify star"));
    assert_error_fields(&e);
    assert_eq!(e["code"], "NOT_AN_ENTERPRISE");
    assert_eq!(e["rule"], "EN-2");
}

// ---------------------------------------------------------------------------
// EN-3 / EN-4: level
// ---------------------------------------------------------------------------

#[test]
fn en3_every_level_code_sets_its_quota() {
    let env = Env::new();
    env.enterprise("acme");
    let table = [
        ("silver", 5),
        ("gold", 50),
        ("platinum-1", 50),
        ("platinum-2", 50),
        ("diamond-1", 50),
        ("diamond-2", 50),
        ("diamond-3", 50),
        ("black-diamond-1", 100),
        ("black-diamond-2", 1000),
        ("bronze", 5),
    ];
    for (level, quota) in table {
        let v = env.ok(&["org", "level", "acme", level]);
        assert_org_fields(&v);
        assert_eq!(v["level"], level);
        assert_eq!(v["quota_limit"], quota, "{level}");
        assert_eq!(v["quota_used"], 0);
    }
    assert_eq!(env.audit_count("org.level"), table.len());
}

#[test]
fn en3_same_level_again_is_unchanged() {
    let env = Env::new();
    env.enterprise("acme");
    env.ok(&w("org level acme gold"));
    env.ok(&w("org level acme gold"));
    let events = env.audit(&["--action", "org.level"]);
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["before"]["level"], "bronze");
    assert_eq!(events[0]["after"]["level"], "gold");
    assert_eq!(events[0]["after"]["quota_limit"], 50);
}

#[test]
fn en3_unknown_level_is_invalid_and_lists_the_codes() {
    let env = Env::new();
    env.enterprise("acme");
    let e = env.fail(5, &w("org level acme platinum"));
    assert_error_fields(&e);
    for code in [
        "bronze",
        "silver",
        "gold",
        "platinum-1",
        "platinum-2",
        "diamond-1",
        "diamond-2",
        "diamond-3",
        "black-diamond-1",
        "black-diamond-2",
    ] {
        assert!(msg(&e).contains(code), "{code} missing from {e}");
    }
}

#[test]
fn en3_level_of_an_agency_or_shop_is_not_an_enterprise() {
    let env = Env::new();
    env.agency("star", "13800138000");
    env.shop("s1", "13900139000");
    for h in ["star", "s1"] {
        let e = env.fail(4, &["org", "level", h, "gold"]);
        assert_eq!(e["code"], "NOT_AN_ENTERPRISE");
        assert_eq!(e["rule"], "EN-3");
    }
}

// ---------------------------------------------------------------------------
// EN-5: tools
// ---------------------------------------------------------------------------

#[test]
fn en5_tools_grant_and_revoke() {
    let env = Env::new();
    env.enterprise("acme");
    let v = env.ok(&w(
        "org tools acme --grant video.group_buy,live.card;home.flash_group_buy",
    ));
    assert_eq!(
        strings(&v["tools"]),
        ["home.flash_group_buy", "live.card", "video.group_buy"]
    );
    let v = env.ok(&w(
        "org tools acme --revoke live.card --grant video.booking",
    ));
    assert_eq!(
        strings(&v["tools"]),
        ["home.flash_group_buy", "video.booking", "video.group_buy"]
    );
    // Granting what is held and revoking what is not change nothing.
    env.ok(&w(
        "org tools acme --grant video.booking --revoke live.booking",
    ));
    let events = env.audit(&["--action", "org.tools"]);
    assert_eq!(events.len(), 2);
    assert_eq!(
        strings(&events[1]["before"]["tools"]),
        ["home.flash_group_buy", "live.card", "video.group_buy"]
    );
    assert_eq!(strings(&env.ok(&w("org show acme"))["tools"]).len(), 3);
}

#[test]
fn en5_a_back_end_module_is_not_a_tool() {
    let env = Env::new();
    env.enterprise("acme");
    let e = env.fail(5, &w("org tools acme --grant backend.video"));
    assert_error_fields(&e);
    assert_eq!(e["code"], "UNKNOWN_TOOL");
    assert_eq!(e["rule"], "EN-5");
    assert!(msg(&e).contains("backend.video"), "{e}");
    let e = env.fail(5, &w("org tools acme --grant live.teleport"));
    assert_eq!(e["code"], "UNKNOWN_TOOL");
    assert!(
        msg(&e).contains("home.flash_group_buy"),
        "lists the tools: {e}"
    );
}

#[test]
fn en5_granting_and_revoking_one_tool_at_once_is_invalid() {
    let env = Env::new();
    env.enterprise("acme");
    let e = env.fail(5, &w("org tools acme --grant live.card --revoke live.card"));
    assert_eq!(e["code"], "CONFLICTING_FLAGS");
}

#[test]
fn en5_tools_of_a_shop_is_not_an_enterprise() {
    let env = Env::new();
    env.shop("s1", "13900139000");
    let e = env.fail(4, &w("org tools s1 --grant live.card"));
    assert_eq!(e["code"], "NOT_AN_ENTERPRISE");
    assert_eq!(e["rule"], "EN-5");
}

#[test]
fn en5_position_with_a_tool_the_enterprise_does_not_hold_is_refused() {
    let env = Env::new();
    env.enterprise("acme");
    env.ok(&w("org tools acme --grant live.card"));
    let e = env.fail(
        4,
        &w("--org acme position create Sales --perm live.card,video.group_buy,backend.video"),
    );
    assert_error_fields(&e);
    assert_eq!(e["code"], "TOOL_NOT_HELD");
    assert_eq!(e["rule"], "EN-5");
    assert_eq!(strings(&e["details"]["missing"]), ["video.group_buy"]);
    // Back-end modules need no grant (EN-6).
    env.ok(&w(
        "--org acme position create Sales --perm live.card,backend.video",
    ));
    env.ok(&w("--org acme position create Ops --perm backend.video"));
    let e = env.fail(
        4,
        &w("--org acme position edit Ops --perm backend.video,home.profile_card"),
    );
    assert_eq!(e["code"], "TOOL_NOT_HELD");
}

#[test]
fn en5_revoking_a_tool_a_position_carries_is_refused() {
    let env = Env::new();
    env.enterprise("acme");
    env.ok(&w("org tools acme --grant live.card,video.booking"));
    env.ok(&w("--org acme position create Sales --perm live.card"));
    let e = env.fail(4, &w("org tools acme --revoke live.card"));
    assert_error_fields(&e);
    assert_eq!(e["code"], "TOOL_IN_USE");
    assert_eq!(e["rule"], "EN-5");
    assert_eq!(strings(&e["details"]["positions"]), ["Sales"]);
    // Once the position lets go of it, the tool can go.
    env.ok(&w("--org acme position edit Sales --perm video.booking"));
    let v = env.ok(&w("org tools acme --revoke live.card"));
    assert_eq!(strings(&v["tools"]), ["video.booking"]);
}

// ---------------------------------------------------------------------------
// org show / list
// ---------------------------------------------------------------------------

#[test]
fn org_list_lists_every_kind_and_filters_by_kind() {
    let env = Env::new();
    env.enterprise("acme");
    env.agency("star", "13800138000");
    env.shop("s1", "13900139000");
    let all = env.ok(&w("org list"));
    let all = all.as_array().unwrap();
    assert_eq!(all.len(), 3);
    all.iter().for_each(assert_org_fields);
    let shops = env.ok(&w("org list --kind shop"));
    assert_eq!(shops.as_array().unwrap().len(), 1);
    assert_eq!(shops[0]["handle"], "s1");
    let e = env.fail(5, &w("org list --kind school"));
    assert!(msg(&e).contains("enterprise"), "{e}");
}

#[test]
fn org_list_of_an_empty_database_is_an_empty_array() {
    let env = Env::new();
    env.ok(&w("init"));
    assert_eq!(env.ok(&w("org list")), serde_json::json!([]));
}

#[test]
fn ag3_same_main_phone_for_a_second_agency_is_refused() {
    let env = Env::new();
    env.agency("star", "13800138000");
    let e = env.fail(
        4,
        &w("org create agency moon --name Moon --main-phone 0086-138-0013-8000"),
    );
    assert_error_fields(&e);
    // Issue 11: its own code; PHONE_IS_AGENCY_MAIN is the AG-3 sub-account
    // refusal only.
    assert_eq!(e["code"], "MAIN_PHONE_TAKEN");
    assert_eq!(e["rule"], "AG-3");
    assert_eq!(e["details"]["org"], "star");
    // A shop may have the same main phone as an agency: another back-end.
    env.shop("s1", "13800138000");
}
