use super::*;

// ---------------------------------------------------------------------------
// SH-4: customer-service routing
// ---------------------------------------------------------------------------

#[test]
fn sh4_weights_3_to_1_share_6_to_2_across_processes() {
    let env = routing();
    let got = agents(&env, "商品详情页", 8);
    assert_eq!(count(&got, P1), 6, "{got:?}");
    assert_eq!(count(&got, P2), 2, "{got:?}");
    // Smooth: P2 once in each half.
    assert_eq!(count(&got[..4], P2), 1, "{got:?}");
    let v = route(&env, "店铺首页");
    assert_eq!(v["page"], "店铺首页");
    assert_eq!(v["group"], "售前");
    assert!(v["agent"].is_string(), "{v}");
    assert_eq!(env.audit_count("cs.route"), 9);
}

#[test]
fn sh4_concurrent_routes_still_share_6_to_2() {
    let env = routing();
    let got: Vec<String> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..8)
            .map(|_| s.spawn(|| agent(&env, "商品详情页").unwrap()))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(count(&got, P1), 6, "{got:?}");
    assert_eq!(count(&got, P2), 2, "{got:?}");
}

#[test]
fn sh4_group_show_lists_members_weights_and_routability() {
    let env = routing();
    let v = env.ok(&o(SHOP, &w("cs group show 售前")));
    assert_eq!(v["group"], "售前");
    assert_eq!(strs(&v["pages"]), ["商品详情页", "店铺首页"]);
    let m = v["members"].as_array().unwrap();
    assert_eq!(m.len(), 2);
    assert_eq!(m[0]["agent"], P1);
    assert_eq!(m[0]["weight"], 3);
    assert_eq!(m[0]["online"], true);
    assert_eq!(m[0]["routable"], true);
    assert_eq!(env.audit_count("cs.group-create"), 1);
    assert_eq!(env.audit_count("cs.member-add"), 2);
    assert_eq!(env.audit_count("subaccount.online"), 2);
}

#[test]
fn sh4_offline_member_takes_no_conversations() {
    let env = routing();
    env.ok(&o(SHOP, &["cs", "online", P1, "off"]));
    let got = agents(&env, "商品详情页", 4);
    assert_eq!(count(&got, P2), 4, "{got:?}");
    assert_eq!(env.audit_count("subaccount.offline"), 1);
    env.ok(&o(SHOP, &["cs", "online", P1, "on"]));
    let got = agents(&env, "商品详情页", 8);
    assert!(count(&got, P1) >= 5, "{got:?}");
}

#[test]
fn sh4_disabled_member_is_out_of_routing() {
    let env = routing();
    env.ok1(&o(SHOP, &["subaccount", "disable", P1]));
    assert_eq!(show(&env, SHOP, P1)["online"], false);
    let got = agents(&env, "商品详情页", 4);
    assert_eq!(count(&got, P2), 4, "{got:?}");
    // Disabled cannot go online.
    let err = env.fail(4, &o(SHOP, &["cs", "online", P1, "on"]));
    assert_eq!(err["code"], "SUBACCOUNT_DISABLED", "{err}");
    // Enabled again, it stays offline until it goes online.
    env.ok1(&o(SHOP, &["subaccount", "enable", P1]));
    let got = agents(&env, "商品详情页", 2);
    assert_eq!(count(&got, P2), 2, "{got:?}");
    env.ok(&o(SHOP, &["cs", "online", P1, "on"]));
    let got = agents(&env, "商品详情页", 4);
    assert!(got.iter().any(|a| a == P1), "{got:?}");
}

#[test]
fn sh4_im_off_takes_a_member_out_of_routing() {
    let env = routing();
    env.ok(&o(SHOP, &["subaccount", "edit", P2, "--im", "off"]));
    let got = agents(&env, "商品详情页", 4);
    assert_eq!(count(&got, P1), 4, "{got:?}");
    let v = env.ok(&o(SHOP, &w("cs group show 售前")));
    assert_eq!(v["members"][1]["routable"], false, "{v}");
}

#[test]
fn sh4_deleted_member_is_out_of_routing() {
    let env = routing();
    env.ok1(&o(SHOP, &["subaccount", "delete", P2]));
    let got = agents(&env, "商品详情页", 4);
    assert_eq!(count(&got, P1), 4, "{got:?}");
}

#[test]
fn sh4_nobody_online_is_agent_null_exit_0() {
    let env = routing();
    env.ok(&o(SHOP, &["cs", "online", P1, "off"]));
    env.ok(&o(SHOP, &["cs", "online", P2, "off"]));
    let r = run_json(&env, &o(SHOP, &["cs", "route", "商品详情页"]), None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v = r.json();
    assert_eq!(v["page"], "商品详情页");
    assert_eq!(v["group"], "售前");
    assert_eq!(v["agent"], Value::Null);
    assert!(v.get("agent").is_some(), "{v}");
}

#[test]
fn sh4_empty_group_is_agent_null() {
    let env = acme_shop();
    env.ok(&o(
        SHOP,
        &["cs", "group", "create", "售后", "--pages", "订单页"],
    ));
    let v = route(&env, "订单页");
    assert_eq!(v["group"], "售后");
    assert_eq!(v["agent"], Value::Null);
}

#[test]
fn sh4_page_bound_to_no_group_is_page_not_routed() {
    let env = routing();
    let err = env.fail(3, &o(SHOP, &["cs", "route", "直播间"]));
    assert_eq!(err["code"], "PAGE_NOT_ROUTED", "{err}");
}

#[test]
fn sh4_routing_is_for_shops_only() {
    let env = star();
    add(&env, AG, P1, "Zhang", "运营");
    let err = env.fail(
        4,
        &o(AG, &["cs", "group", "create", "售前", "--pages", "首页"]),
    );
    assert_err(&err, "NOT_A_SHOP", "SH-4");
    let err = env.fail(4, &o(AG, &["cs", "route", "首页"]));
    assert_err(&err, "NOT_A_SHOP", "SH-4");
    let err = env.fail(4, &o(AG, &["cs", "online", P1, "on"]));
    assert_err(&err, "NOT_A_SHOP", "SH-4");
}

#[test]
fn sh4_member_needs_the_im_permission() {
    let env = acme_shop();
    add_shop(&env, SHOP, P1, "小张", "客服", "off");
    env.ok(&o(
        SHOP,
        &["cs", "group", "create", "售前", "--pages", "首页"],
    ));
    let err = env.fail(4, &o(SHOP, &["cs", "member", "add", "售前", P1]));
    assert_err(&err, "NO_IM_PERMISSION", "SH-4");
    assert!(err["hint"].as_str().unwrap().contains("--im on"), "{err}");
    env.ok(&o(SHOP, &["subaccount", "edit", P1, "--im", "on"]));
    let v = env.ok(&o(SHOP, &["cs", "member", "add", "售前", P1]));
    assert_eq!(v["members"][0]["weight"], 1, "default weight: {v}");
}

#[test]
fn sh4_member_weight_out_of_range_is_invalid() {
    let env = acme_shop();
    add_shop(&env, SHOP, P1, "小张", "客服", "on");
    env.ok(&o(
        SHOP,
        &["cs", "group", "create", "售前", "--pages", "首页"],
    ));
    for bad in ["0", "1001"] {
        let err = env.fail(
            5,
            &o(SHOP, &["cs", "member", "add", "售前", P1, "--weight", bad]),
        );
        assert_eq!(err["code"], "INVALID_WEIGHT", "{bad}: {err}");
    }
    for good in ["1", "1000"] {
        let v = env.ok(&o(
            SHOP,
            &["cs", "member", "add", "售前", P1, "--weight", good],
        ));
        assert_eq!(v["members"][0]["weight"].to_string(), good);
    }
}

#[test]
fn sh4_member_remove_and_unknown_group_or_sub_account() {
    let env = routing();
    let v = env.ok(&o(SHOP, &["cs", "member", "remove", "售前", P1]));
    assert_eq!(v["members"].as_array().unwrap().len(), 1);
    assert_eq!(env.audit_count("cs.member-remove"), 1);
    let got = agents(&env, "商品详情页", 3);
    assert_eq!(count(&got, P2), 3, "{got:?}");
    let err = env.fail(3, &o(SHOP, &["cs", "member", "add", "售后", P1]));
    assert_eq!(err["code"], "CS_GROUP_NOT_FOUND", "{err}");
    let err = env.fail(3, &o(SHOP, &["cs", "member", "add", "售前", P3]));
    assert_eq!(err["code"], "SUBACCOUNT_NOT_FOUND", "{err}");
}
