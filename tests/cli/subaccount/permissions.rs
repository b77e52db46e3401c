use super::*;

// ---------------------------------------------------------------------------
// POS-4: effective permissions
// ---------------------------------------------------------------------------

#[test]
fn pos4_permissions_are_the_union_of_positions() {
    let env = star();
    add(&env, AG, P1, "Zhang", "运营,财务");
    let v = check(&env, P1, "agency.tasks", None);
    assert_eq!(v["account"], P1);
    assert_eq!(v["permission"], "agency.tasks");
    assert_eq!(v["at"], NOW_UTC);
    assert_eq!(v["allowed"], true);
    assert_eq!(via(&v), ["position:star/运营"]);
    let v = check(&env, P1, "agency.orders", None);
    assert_eq!(via(&v), ["position:star/财务"]);
    // Held through both positions: both named.
    let v = check(&env, P1, "agency.data", None);
    assert_eq!(via(&v), ["position:star/财务", "position:star/运营"]);
    let v = check(&env, P1, "agency.creators", None);
    assert_eq!(v["allowed"], false);
    assert!(via(&v).is_empty());
    // Never grantable, never held.
    assert!(!allowed(&env, P1, "agency.subaccounts"));
}

#[test]
fn pos4_disabled_has_none_and_at_before_the_disable_still_allowed() {
    let mut env = star();
    add(&env, AG, P1, "Zhang", "运营");
    assert!(allowed(&env, P1, "agency.tasks"));
    env.now = LATER.into();
    env.ok1(&o(AG, &["subaccount", "disable", P1]));
    assert!(!allowed(&env, P1, "agency.tasks"));
    assert!(!allowed(&env, P1, "agency.data"));
    let v = check(&env, P1, "agency.tasks", Some(BETWEEN));
    assert_eq!(v["allowed"], true, "{v}");
    assert_eq!(v["at"], "2026-02-13T01:30:00Z");
    assert_eq!(via(&v), ["position:star/运营"]);
    // Before it was added: nothing.
    assert!(!allowed_at(&env, P1, "agency.tasks", BEFORE));
    // Enabled again: allowed again from then on.
    env.now = "2026-02-13T11:00:00+08:00".into();
    env.ok1(&o(AG, &["subaccount", "enable", P1]));
    assert!(allowed(&env, P1, "agency.tasks"));
    assert!(!allowed_at(
        &env,
        P1,
        "agency.tasks",
        "2026-02-13T10:30:00+08:00"
    ));
}

#[test]
fn pos4_deleted_and_revoked_have_none() {
    let mut env = star();
    add(&env, AG, P1, "Zhang", "运营");
    add(&env, AG, P2, "Li", "运营");
    env.now = LATER.into();
    env.ok1(&o(AG, &["subaccount", "delete", P1]));
    env.ok(&o(AG, &["subaccount", "revoke", P2]));
    assert!(!allowed(&env, P1, "agency.tasks"));
    assert!(!allowed(&env, P2, "agency.tasks"));
    assert!(allowed_at(&env, P1, "agency.tasks", BETWEEN));
    assert!(allowed_at(&env, P2, "agency.tasks", BETWEEN));
}

#[test]
fn pos4_same_phone_in_two_orgs_holds_both() {
    let env = acme_shop();
    env.agency(AG, AG_MAIN);
    positions_of_star(&env, AG);
    add(&env, AG, P1, "Zhang", "运营");
    add(&env, SHOP, P1, "小张", "客服");
    let v = check(&env, P1, "shop.customer_service", None);
    assert_eq!(via(&v), [format!("position:{SHOP}/客服")]);
    assert!(allowed(&env, P1, "agency.tasks"));
    env.ok1(&o(SHOP, &["subaccount", "disable", P1]));
    assert!(!allowed(&env, P1, "shop.customer_service"));
    assert!(allowed(&env, P1, "agency.tasks"));
}

#[test]
fn pos4_unknown_key_is_not_found_and_unknown_permission_invalid() {
    let env = star();
    add(&env, AG, P1, "Zhang", "运营");
    let err = env.fail(3, &["access", "check", P2, "agency.tasks"]);
    assert_eq!(err["code"], "ACCOUNT_NOT_FOUND", "{err}");
    let err = env.fail(
        3,
        &["access", "check", "nobody@example.com", "agency.tasks"],
    );
    assert_eq!(err["code"], "ACCOUNT_NOT_FOUND", "{err}");
    let err = env.fail(5, &["access", "check", P1, "agency.nope"]);
    assert_eq!(err["code"], "UNKNOWN_PERMISSION", "{err}");
    let err = env.fail(
        5,
        &["access", "check", P1, "agency.tasks", "--at", "yesterday"],
    );
    assert_eq!(err["details"]["field"], "--at", "{err}");
}

#[test]
fn pos4_access_list_in_json_and_csv() {
    let mut env = star();
    add(&env, AG, P1, "Zhang", "运营");
    add(&env, AG, P2, "Li", "财务");
    env.now = LATER.into();
    env.ok1(&o(AG, &["subaccount", "disable", P2]));
    let list = env.ok(&w("access list"));
    let pairs: Vec<(&str, &str)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            for f in ["account", "kind", "org", "permission", "via"] {
                assert!(g.get(f).is_some(), "grant lacks {f}: {g}");
            }
            (
                g["account"].as_str().unwrap(),
                g["permission"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(pairs, [(P1, "agency.data"), (P1, "agency.tasks")]);
    assert_eq!(list[0]["kind"], "subaccount");
    assert_eq!(list[0]["org"], AG);
    assert_eq!(list[0]["via"], serde_json::json!(["position:star/运营"]));
    // Earlier, P2 held its position too.
    let then = env.ok(&["access", "list", "--at", BETWEEN]);
    let accounts: Vec<&str> = then
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["account"].as_str().unwrap())
        .collect();
    assert_eq!(accounts.iter().filter(|a| **a == P2).count(), 2, "{then}");
    // csv: a header row, then one row per pair.
    let r = env.run(&["--format", "csv", "access", "list"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines[0], "account,kind,org,permission,via");
    assert_eq!(lines.len(), 3, "{}", r.stdout);
    assert_eq!(
        lines[1],
        format!("{P1},subaccount,star,agency.data,position:star/运营")
    );
}

#[test]
fn pos4_access_list_csv_without_grants_still_has_a_header() {
    let env = star();
    let r = env.run(&["--format", "csv", "access", "list"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout.lines().next(),
        Some("account,kind,org,permission,via")
    );
}

// ---------------------------------------------------------------------------
// POS-5: positions held by sub-accounts
// ---------------------------------------------------------------------------

#[test]
fn pos5_position_held_by_sub_accounts_cannot_be_deleted() {
    let env = star();
    add(&env, AG, P1, "Zhang", "运营,财务");
    add(&env, AG, P2, "Li", "财务");
    let err = env.fail(4, &o(AG, &w("position delete 财务")));
    assert_err(&err, "POSITION_IN_USE", "POS-5");
    assert_eq!(err["details"]["holders"], 2, "{err}");
    // A disabled holder still holds it.
    env.ok1(&o(AG, &["subaccount", "disable", P2]));
    let err = env.fail(4, &o(AG, &w("position delete 财务")));
    assert_eq!(err["details"]["holders"], 2, "{err}");
    // Moved elsewhere: one holder left.
    env.ok(&o(AG, &["subaccount", "edit", P1, "--position", "运营"]));
    let err = env.fail(4, &o(AG, &w("position delete 财务")));
    assert_eq!(err["details"]["holders"], 1, "{err}");
}

#[test]
fn pos5_position_of_ended_sub_accounts_only_can_be_deleted() {
    let env = star();
    add(&env, AG, P1, "Zhang", "运营,财务");
    env.ok1(&o(AG, &["subaccount", "delete", P1]));
    assert_eq!(env.ok(&o(AG, &w("position show 财务")))["holders"], 0);
    env.ok(&o(AG, &w("position delete 财务")));
    // The ended sub-account still shows.
    assert_eq!(status(&env, AG, P1), "deleted");
}

#[test]
fn pos5_editing_a_position_changes_access_from_then_on() {
    let mut env = star();
    add(&env, AG, P1, "Zhang", "运营");
    add(&env, AG, P2, "Li", "运营");
    env.now = LATER.into();
    env.ok(&o(AG, &w("position edit 运营 --perm agency.creators")));
    for p in [P1, P2] {
        assert!(!allowed(&env, p, "agency.tasks"));
        assert!(allowed(&env, p, "agency.creators"));
        assert!(allowed_at(&env, p, "agency.tasks", BETWEEN));
        assert!(!allowed_at(&env, p, "agency.creators", BETWEEN));
    }
    assert_eq!(env.audit_count("position.edit"), 1);
}

// ---------------------------------------------------------------------------
// POS-4 for enterprise accounts: employees and authorisations
// ---------------------------------------------------------------------------

#[test]
fn pos4_employee_holds_its_position_only_once_active_and_activated() {
    let env = acme();
    env.ok(&o(
        "acme",
        &[
            "employee",
            "apply",
            "li@acme.cn",
            "--name",
            "Li",
            "--id-number",
            ID_B,
            "--position",
            "Sales",
            "--proof",
            "sealed",
            "--agree",
            "--douyin-id",
            "dy_li",
        ],
    ));
    assert!(!allowed(&env, "li@acme.cn", "backend.video"), "reviewing");
    env.ok(&o("acme", &w("employee review li@acme.cn --approve")));
    assert!(
        !allowed(&env, "li@acme.cn", "backend.video"),
        "not activated"
    );
    env.ok(&o(
        "acme",
        &[
            "employee",
            "activate",
            "li@acme.cn",
            "--face-id-number",
            ID_B,
            "--aux-phone",
            "13800138000",
            "--app-version",
            "20.7",
        ],
    ));
    let v = check(&env, "li@acme.cn", "backend.video", None);
    assert_eq!(v["allowed"], true, "{v}");
    assert_eq!(via(&v), ["position:acme/Sales"]);
    assert!(!allowed(&env, "li@acme.cn", "backend.live"));
    // By the Douyin id, and the email in any case.
    assert!(allowed(&env, "dy_li", "backend.video"));
    assert!(allowed(&env, "LI@ACME.CN", "backend.video"));
    let list = env.ok(&w("access list"));
    assert_eq!(list[0]["kind"], "employee", "{list}");
    assert_eq!(list[0]["account"], "li@acme.cn", "{list}");
}

#[test]
fn pos4_authorisation_holds_its_modules_while_active_until_valid_until() {
    let mut env = acme();
    env.ok1(&o(
        "acme",
        &[
            "auth",
            "invite",
            "dy_wang",
            "--modules",
            "backend.video,backend.data_center",
            "--agree",
            "--valid-until",
            "2026-03-01",
        ],
    ));
    assert!(!allowed(&env, "dy_wang", "backend.video"), "invited");
    env.ok(&o(
        "acme",
        &[
            "auth",
            "accept",
            "dy_wang",
            "--name",
            "Wang",
            "--id-number",
            ID_A,
        ],
    ));
    assert!(!allowed(&env, "dy_wang", "backend.video"), "reviewing");
    env.now = LATER.into();
    env.ok(&o("acme", &w("auth review dy_wang --approve")));
    let v = check(&env, "dy_wang", "backend.video", None);
    assert_eq!(v["allowed"], true, "{v}");
    assert_eq!(via(&v), ["authorization:acme"]);
    assert!(allowed(&env, "dy_wang", "backend.data_center"));
    assert!(!allowed(&env, "dy_wang", "backend.live"));
    assert!(!allowed_at(&env, "dy_wang", "backend.video", BETWEEN));
    // Until the end of 2026-03-01 in Shanghai.
    env.now = "2026-03-01T23:59:00+08:00".into();
    assert!(allowed(&env, "dy_wang", "backend.video"));
    env.now = "2026-03-02T00:00:00+08:00".into();
    assert!(!allowed(&env, "dy_wang", "backend.video"));
    assert!(allowed_at(&env, "dy_wang", "backend.video", "2026-02-20"));
}
