use super::*;

// ---------------------------------------------------------------------------
// SH-1 … SH-3: shop sub-accounts
// ---------------------------------------------------------------------------

#[test]
fn sh1_shop_sub_account_is_authorised_with_im_off_by_default() {
    let env = acme_shop();
    let v = add(&env, SHOP, P1, "小张", "客服");
    assert_sub_fields(&v);
    assert_eq!(v["org"], SHOP);
    assert_eq!(v["status"], "enabled");
    assert_eq!(v["im"], false);
    assert_eq!(v["online"], false);
    let v = add_shop(&env, SHOP, P2, "小李", "客服,运营", "on");
    assert_eq!(v["im"], true);
    assert_eq!(strs(&v["positions"]), ["客服", "运营"]);
    let ev = env.audit(&["--action", "subaccount.add"]);
    assert_eq!(ev.len(), 2);
    assert_eq!(ev[1]["after"]["im"], true);
}

#[test]
fn sh2_phone_already_in_this_shop_is_refused() {
    let env = acme_shop();
    add(&env, SHOP, P1, "小张", "客服");
    let c = issue(&env, SHOP, P1);
    let err = env.fail(4, &add_args(SHOP, P1, &c, "小张张", "运营"));
    assert_err(&err, "PHONE_ALREADY_IN_SHOP", "SH-2");
}

#[test]
fn sh2_identical_re_add_to_the_same_shop_is_refused_whatever_the_code() {
    let env = acme_shop();
    add_shop(&env, SHOP, P1, "小张", "客服", "on");
    for code in ["000000".to_string(), issue(&env, SHOP, P1)] {
        let mut a = add_args(SHOP, P1, &code, "小张", "客服");
        a.extend_from_slice(&["--im", "on"]);
        let err = env.fail(4, &a);
        assert_err(&err, "PHONE_ALREADY_IN_SHOP", "SH-2");
        let hint = err["hint"].as_str().unwrap_or_default();
        assert!(
            hint.contains(&format!("roster --org {SHOP} subaccount edit {P1}")),
            "{err}"
        );
    }
    assert_eq!(env.audit_count("subaccount.add"), 1);
}

#[test]
fn sh2_phone_bound_to_another_shop_is_refused_until_unbound_there() {
    let env = acme_shop();
    beta_shop(&env);
    add(&env, SHOP2, P1, "小张", "客服");
    let c = issue(&env, SHOP, P1);
    let err = env.fail(4, &add_args(SHOP, P1, &c, "小张", "客服"));
    assert_err(&err, "PHONE_BOUND_TO_OTHER_SHOP", "SH-2");
    assert_eq!(err["details"]["shop"], SHOP2, "{err}");
    assert!(err["hint"].as_str().unwrap().contains(SHOP2), "{err}");
    // Unbind it there; the refused add left the code unused.
    env.ok1(&o(SHOP2, &["subaccount", "delete", P1]));
    let v = env.ok(&add_args(SHOP, P1, &c, "小张", "客服"));
    assert_eq!(v["status"], "enabled");
}

#[test]
fn sh2_agency_sub_account_may_also_serve_a_shop() {
    let env = acme_shop();
    env.agency(AG, AG_MAIN);
    positions_of_star(&env, AG);
    add(&env, AG, P1, "Zhang", "运营");
    let v = add(&env, SHOP, P1, "小张", "客服");
    assert_eq!(v["status"], "enabled");
}

#[test]
fn sh2_shop_main_phone_cannot_be_a_sub_account() {
    let env = acme_shop();
    beta_shop(&env);
    let c = issue(&env, SHOP, SHOP2_MAIN);
    let err = env.fail(4, &add_args(SHOP, SHOP2_MAIN, &c, "老板", "客服"));
    assert_err(&err, "PHONE_IS_SHOP_MAIN", "SH-2");
    let c = issue(&env, SHOP, SHOP_MAIN);
    let err = env.fail(4, &add_args(SHOP, SHOP_MAIN, &c, "老板", "客服"));
    assert_err(&err, "PHONE_IS_SHOP_MAIN", "SH-2");
}

/// Issue 11: it asserted that an agency sub-account could not become a
/// shop's main account (citing SH-2, which speaks of shop sub-accounts
/// only), while a shop's main account could become an agency sub-account.
/// The same end state is now allowed in both orders; a shop sub-account is
/// what stands in the way of a shop main account.
#[test]
fn sh2_live_shop_sub_account_phone_cannot_become_a_shop_main() {
    let env = acme_shop();
    add(&env, SHOP, P1, "小张", "客服");
    let create = [
        "org",
        "create",
        "shop",
        "new-shop",
        "--name",
        "New",
        "--shop-type",
        "flagship",
        "--subject",
        USCC_A,
        "--main-phone",
        P1,
    ];
    let err = env.fail(4, &create);
    assert_err(&err, "PHONE_IS_SHOP_SUBACCOUNT", "SH-2");
    env.ok1(&o(SHOP, &["subaccount", "delete", P1]));
    let v = env.ok(&create);
    assert_eq!(v["main_phone"], P1);
}

#[test]
fn agency_sub_account_phone_may_become_a_shop_main() {
    let env = star();
    add(&env, AG, P1, "Zhang", "运营");
    let v = env.ok(&[
        "org",
        "create",
        "shop",
        "new-shop",
        "--name",
        "New",
        "--shop-type",
        "flagship",
        "--subject",
        USCC_A,
        "--main-phone",
        P1,
    ]);
    assert_eq!(v["main_phone"], P1);
    assert_eq!(
        env.ok(&o(AG, &["subaccount", "show", P1]))["status"],
        "enabled"
    );
}

#[test]
fn sh2_main_phone_is_unique_per_kind() {
    let env = acme_shop();
    let err = env.fail(
        4,
        &[
            "org",
            "create",
            "shop",
            "dup",
            "--name",
            "Dup",
            "--shop-type",
            "flagship",
            "--subject",
            USCC_A,
            "--main-phone",
            SHOP_MAIN,
        ],
    );
    // Issue 11: a second main account is its own condition, not the SH-2
    // or AG-3 sub-account refusal.
    assert_err(&err, "MAIN_PHONE_TAKEN", "SH-2");
    env.agency(AG, AG_MAIN);
    let err = env.fail(
        4,
        &[
            "org",
            "create",
            "agency",
            "dup",
            "--name",
            "D",
            "--main-phone",
            AG_MAIN,
        ],
    );
    assert_err(&err, "MAIN_PHONE_TAKEN", "AG-3");
}

#[test]
fn sh3_edit_nickname_position_and_im() {
    let env = acme_shop();
    add(&env, SHOP, P1, "小张", "客服");
    let v = env.ok(&o(
        SHOP,
        &[
            "subaccount",
            "edit",
            P1,
            "--name",
            "张客服",
            "--position",
            "运营",
            "--im",
            "on",
        ],
    ));
    assert_eq!(v["name"], "张客服");
    assert_eq!(strs(&v["positions"]), ["运营"]);
    assert_eq!(v["im"], true);
    let ev = &env.audit(&["--action", "subaccount.edit"])[0];
    assert_eq!(ev["before"]["im"], false);
    assert_eq!(ev["after"]["im"], true);
    assert_eq!(ev["before"]["name"], "小张");
    let v = env.ok(&o(SHOP, &["subaccount", "edit", P1, "--im", "off"]));
    assert_eq!(v["im"], false);
    assert_eq!(v["name"], "张客服");
    assert_eq!(env.audit_count("subaccount.edit"), 2);
}
