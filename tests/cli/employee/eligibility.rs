use super::*;

// ---------------------------------------------------------------------------
// EA-11: Douyin ids
// ---------------------------------------------------------------------------

#[test]
fn ea11_douyin_id_of_another_employee_account_is_taken() {
    let env = acme();
    let mut a = apply_args("li@acme.cn", "Li", ID1);
    a.extend(["--douyin-id", "dy_acme_li"]);
    assert_eq!(ok(&env, &a)["douyin_id"], "dy_acme_li");
    let mut b = apply_args("wang@acme.cn", "Wang", ID2);
    b.extend(["--douyin-id", "dy_acme_li"]);
    let err = fail(&env, 4, &b);
    assert_err(&err, "DOUYIN_ID_TAKEN", "EA-11");
}

// ---------------------------------------------------------------------------
// EA-12: eligibility reports
// ---------------------------------------------------------------------------

#[test]
fn ea12_showcase_names_every_unmet_condition() {
    let env = acme();
    active(&env, "li@acme.cn", "Li", ID1);
    let v = check(&env, "li@acme.cn", "showcase", &[]);
    assert_eq!(v["eligible"], false);
    assert_eq!(v["unmet"].as_array().unwrap().len(), 4, "{v}");
    let text = v["unmet"].to_string();
    for word in ["real-name", "500", "10", "1000"] {
        assert!(text.contains(word), "no {word} in {text}");
    }
}

#[test]
fn ea12_showcase_needs_more_than_1000_followers() {
    let env = acme();
    active(&env, "li@acme.cn", "Li", ID1);
    let facts = w("--real-name --deposit-paid --public-videos 10 --followers 1000");
    let v = check(&env, "li@acme.cn", "showcase", &facts);
    assert_eq!(v["eligible"], false);
    let unmet = v["unmet"].as_array().unwrap();
    assert_eq!(unmet.len(), 1, "{v}");
    assert!(unmet[0]["condition"].as_str().unwrap().contains("1000"));
    let facts = w("--real-name --deposit-paid --public-videos 10 --followers 1001");
    let v = check(&env, "li@acme.cn", "showcase", &facts);
    assert_eq!(v["eligible"], true, "{v}");
    assert_eq!(v["unmet"], serde_json::json!([]));
    // 9 videos is too few.
    let facts = w("--real-name --deposit-paid --public-videos 9 --followers 1001");
    let v = check(&env, "li@acme.cn", "showcase", &facts);
    assert_eq!(v["unmet"].as_array().unwrap().len(), 1, "{v}");
}

#[test]
fn ea12_flash_group_buy_needs_the_group_buy_tool() {
    let env = acme();
    ok(
        &env,
        &w("org tools acme --grant home.flash_group_buy,video.group_buy"),
    );
    ok(
        &env,
        &w("--org acme position create Shop --perm home.flash_group_buy"),
    );
    let mut args = apply_args("li@acme.cn", "Li", ID1);
    let i = args.iter().position(|a| *a == "Sales").unwrap();
    args[i] = "Shop";
    ok(&env, &args);
    approve(&env, "li@acme.cn");
    let v = check(
        &env,
        "li@acme.cn",
        "merchant-page",
        &["--module", "home.flash_group_buy:approved"],
    );
    assert_eq!(v["eligible"], false);
    let text = v["unmet"].to_string();
    assert!(text.contains("video.group_buy"), "{v}");
    // No module configured at all.
    let v = check(&env, "li@acme.cn", "merchant-page", &[]);
    assert_eq!(v["eligible"], false);
    assert_eq!(v["unmet"].as_array().unwrap().len(), 1, "{v}");
    // Once the position carries the group-buy tool, the page shows.
    ok(
        &env,
        &w("--org acme position edit Shop --perm home.flash_group_buy,video.group_buy"),
    );
    let v = check(
        &env,
        "li@acme.cn",
        "merchant-page",
        &["--module", "home.flash_group_buy:approved"],
    );
    assert_eq!(v["eligible"], true, "{v}");
    // A module still pending approval does not count.
    let v = check(
        &env,
        "li@acme.cn",
        "merchant-page",
        &["--module", "home.flash_group_buy:pending"],
    );
    assert_eq!(v["eligible"], false, "{v}");
}

#[test]
fn ea12_xingtu_identity_excludes_an_employee_account() {
    let env = acme();
    let mut a = apply_args("li@acme.cn", "Li", ID1);
    a.extend(["--douyin-id", "dy_acme_li"]);
    ok(&env, &a);
    approve(&env, "li@acme.cn");
    let v = check(&env, "li@acme.cn", "xingtu", &[]);
    assert_eq!(v["eligible"], true, "{v}");
    let v = check(&env, "li@acme.cn", "xingtu", &["--xingtu"]);
    assert_eq!(v["eligible"], false, "{v}");
    assert_eq!(v["unmet"].as_array().unwrap().len(), 1, "{v}");
    // Exclusive the other way round too: the account's Douyin id cannot
    // take the creator-marketplace identity.
    let err = fail(&env, 4, &w("identity xingtu dy_acme_li --on"));
    assert_eq!(err["code"], "XINGTU_EXCLUSIVE", "{err}");
}

#[test]
fn ea12_xingtu_holder_cannot_become_an_employee_account() {
    let env = acme();
    ok(&env, &w("identity xingtu dy_star --on"));
    let mut a = apply_args("li@acme.cn", "Li", ID1);
    a.extend(["--douyin-id", "dy_star"]);
    let err = fail(&env, 4, &a);
    assert_err(&err, "XINGTU_EXCLUSIVE", "EA-12");
}

#[test]
fn ea12_unknown_check_is_invalid() {
    let env = acme();
    active(&env, "li@acme.cn", "Li", ID1);
    let err = fail(&env, 5, &w("employee check li@acme.cn livestream"));
    assert!(
        err["message"].as_str().unwrap().contains("showcase"),
        "{err}"
    );
    let err = fail(
        &env,
        5,
        &w("employee check li@acme.cn merchant-page --module home.banner:approved"),
    );
    assert_eq!(err["code"], "UNKNOWN_MODULE");
    assert_eq!(err["rule"], "EA-12");
    let err = fail(
        &env,
        5,
        &w("employee check li@acme.cn merchant-page --module home.profile_card:maybe"),
    );
    assert_eq!(err["rule"], "EA-12");
    let err = fail(&env, 3, &w("employee check nobody@acme.cn showcase"));
    assert_eq!(err["code"], "EMPLOYEE_NOT_FOUND");
}
