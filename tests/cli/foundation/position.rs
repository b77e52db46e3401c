//! POS-1 … POS-5 through the binary: positions, catalogues, and how an
//! org-scoped command finds its org (`--org`, `ROSTER_ORG`, `default_org`).

use super::*;

// ---------------------------------------------------------------------------
// POS-1 … POS-5: positions
// ---------------------------------------------------------------------------

#[test]
fn pos1_create_show_list_carry_the_contract_fields() {
    let env = Env::new();
    env.agency("star", "13800138000");
    let v = env.ok(&[
        "--org",
        "star",
        "position",
        "create",
        "Scouts",
        "--perm",
        "agency.creators,agency.data",
        "--description",
        "Find creators",
    ]);
    for f in ["org", "name", "description", "permissions"] {
        assert!(v.get(f).is_some(), "position lacks {f}: {v}");
    }
    assert_eq!(v["org"], "star");
    assert_eq!(v["name"], "Scouts");
    assert_eq!(v["description"], "Find creators");
    assert_eq!(
        strings(&v["permissions"]),
        ["agency.creators", "agency.data"]
    );
    assert_eq!(env.ok(&w("--org star position show Scouts")), v);
    let list = env.ok(&w("--org star position list"));
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0], v);
    let ev = env.audit(&["--action", "position.create"]);
    assert_eq!(ev.len(), 1);
    assert_eq!(ev[0]["object"], "position:star/Scouts");
}

#[test]
fn pos1_unknown_permission_is_invalid_and_lists_the_valid_codes() {
    let env = Env::new();
    env.shop("s1", "13900139000");
    let e = env.fail(
        5,
        &w("--org s1 position create Ops --perm shop.orders,shop.teleport"),
    );
    assert_error_fields(&e);
    assert_eq!(e["code"], "UNKNOWN_PERMISSION");
    assert_eq!(e["rule"], "POS-1");
    assert!(msg(&e).contains("shop.teleport"), "{e}");
    for code in [
        "shop.orders",
        "shop.finance",
        "shop.settings",
        "shop.customer_service",
    ] {
        assert!(msg(&e).contains(code), "{code} missing: {e}");
    }
    // A code of another kind's catalogue is unknown here.
    let e = env.fail(5, &w("--org s1 position create Ops --perm agency.tasks"));
    assert_eq!(e["code"], "UNKNOWN_PERMISSION");
}

#[test]
fn pos3_subaccount_permission_refused_by_name() {
    let env = Env::new();
    env.agency("star", "13800138000");
    env.shop("s1", "13900139000");
    for (org, code) in [
        ("star", "agency.tasks,agency.subaccounts"),
        ("s1", "shop.subaccounts"),
    ] {
        let e = env.fail(
            4,
            &["--org", org, "position", "create", "Admin", "--perm", code],
        );
        assert_error_fields(&e);
        assert_eq!(e["code"], "PERMISSION_NOT_GRANTABLE");
        assert_eq!(e["rule"], "POS-3");
        assert!(msg(&e).contains(".subaccounts"), "{e}");
    }
    env.ok(&w("--org star position create Admin --perm agency.tasks"));
    let e = env.fail(
        4,
        &w("--org star position edit Admin --perm agency.subaccounts"),
    );
    assert_eq!(e["code"], "PERMISSION_NOT_GRANTABLE");
}

#[test]
fn pos1_duplicate_name_is_refused_and_an_identical_create_is_unchanged() {
    let env = Env::new();
    env.agency("star", "13800138000");
    env.ok(&w(
        "--org star position create Scouts --perm agency.creators",
    ));
    env.ok(&w(
        "--org star position create Scouts --perm agency.creators",
    ));
    assert_eq!(env.audit_count("position.create"), 1);
    let e = env.fail(
        4,
        &w("--org star position create Scouts --perm agency.tasks"),
    );
    assert_error_fields(&e);
    assert_eq!(e["code"], "POSITION_EXISTS");
    assert_eq!(e["rule"], "POS-1");
    // The same name in another org is another position.
    env.agency("moon", "13700137000");
    env.ok(&w("--org moon position create Scouts --perm agency.tasks"));
}

#[test]
fn pos2a_list_separators_are_accepted_in_perm() {
    let env = Env::new();
    env.shop("s1", "13900139000");
    let v = env.ok(&[
        "--org",
        "s1",
        "position",
        "create",
        "Ops",
        "--perm",
        "shop.orders;shop.data、shop.finance|shop.products, shop.orders",
    ]);
    assert_eq!(
        strings(&v["permissions"]),
        ["shop.data", "shop.finance", "shop.orders", "shop.products"]
    );
}

#[test]
fn pos5_edit_audits_the_old_and_new_permissions() {
    let env = Env::new();
    env.shop("s1", "13900139000");
    env.ok(&w(
        "--org s1 position create Ops --perm shop.orders,shop.data",
    ));
    let v = env.ok(&w("--org s1 position edit Ops --perm shop.finance"));
    assert_eq!(strings(&v["permissions"]), ["shop.finance"]);
    assert_eq!(
        strings(&env.ok(&w("--org s1 position show Ops"))["permissions"]),
        ["shop.finance"]
    );
    let ev = env.audit(&["--action", "position.edit"]);
    assert_eq!(ev.len(), 1);
    assert_eq!(ev[0]["object"], "position:s1/Ops");
    assert_eq!(
        strings(&ev[0]["before"]["permissions"]),
        ["shop.data", "shop.orders"]
    );
    assert_eq!(strings(&ev[0]["after"]["permissions"]), ["shop.finance"]);
    // An edit that changes nothing writes nothing.
    env.ok(&w("--org s1 position edit Ops --perm shop.finance"));
    assert_eq!(env.audit_count("position.edit"), 1);
}

#[test]
fn pos5_edit_description_and_rename() {
    let env = Env::new();
    env.shop("s1", "13900139000");
    env.ok(&w("--org s1 position create Ops --perm shop.orders"));
    env.ok(&w("--org s1 position create Finance --perm shop.finance"));
    let v = env.ok(&[
        "--org",
        "s1",
        "position",
        "edit",
        "Ops",
        "--rename",
        "Operations",
        "--description",
        "Day to day",
    ]);
    assert_eq!(v["name"], "Operations");
    assert_eq!(v["description"], "Day to day");
    assert_eq!(strings(&v["permissions"]), ["shop.orders"]);
    env.ok(&w("--org s1 position show Operations"));
    let e = env.fail(3, &w("--org s1 position show Ops"));
    assert_eq!(e["code"], "POSITION_NOT_FOUND");
    let e = env.fail(4, &w("--org s1 position edit Operations --rename Finance"));
    assert_eq!(e["code"], "POSITION_EXISTS");
    let e = env.fail(3, &w("--org s1 position edit Nope --perm shop.orders"));
    assert_eq!(e["code"], "POSITION_NOT_FOUND");
}

#[test]
fn pos5_delete_removes_the_position() {
    let env = Env::new();
    env.shop("s1", "13900139000");
    env.ok(&w("--org s1 position create Ops --perm shop.orders"));
    let v = env.ok(&w("--org s1 position delete Ops"));
    assert_eq!(v["name"], "Ops");
    assert_eq!(env.ok(&w("--org s1 position list")), serde_json::json!([]));
    let ev = env.audit(&["--action", "position.delete"]);
    assert_eq!(ev.len(), 1);
    assert_eq!(ev[0]["before"]["name"], "Ops");
    assert_eq!(ev[0]["after"], serde_json::Value::Null);
    let e = env.fail(3, &w("--org s1 position delete Ops"));
    assert_eq!(e["code"], "POSITION_NOT_FOUND");
}

#[test]
fn pos2a_catalogue_of_each_kind() {
    let env = Env::new();
    for (kind, n, never) in [
        ("enterprise", 16, None),
        ("agency", 5, Some("agency.subaccounts")),
        ("shop", 9, Some("shop.subaccounts")),
    ] {
        let v = env.ok(&["position", "catalogue", kind]);
        let items = v.as_array().unwrap();
        assert_eq!(items.len(), n, "{kind}");
        for p in items {
            let code = p["code"].as_str().unwrap();
            assert_eq!(p["grantable"], Some(code) != never, "{code}");
        }
    }
    let ent = env.ok(&w("position catalogue enterprise"));
    let codes: Vec<&str> = ent
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["code"].as_str().unwrap())
        .collect();
    for code in [
        "video.booking",
        "home.flash_group_buy",
        "backend.video",
        "backend.data_center",
    ] {
        assert!(codes.contains(&code), "{code}");
    }
    let e = env.fail(5, &w("position catalogue school"));
    assert!(msg(&e).contains("agency"), "{e}");
}

#[test]
fn usage_missing_org_for_an_org_scoped_command_is_exit_2() {
    let env = Env::new();
    env.enterprise("acme");
    for args in [
        w("position list"),
        w("position create Sales --perm backend.video"),
        w("position show Sales"),
        w("department list"),
        w("department create Sales"),
    ] {
        let e = env.fail(2, &args);
        assert_error_fields(&e);
        assert_eq!(e["code"], "USAGE", "{args:?}");
        assert!(msg(&e).contains("--org"), "{e}");
    }
    // In table mode the same refusal is one readable line.
    let r = env.run(&w("position list"));
    assert_eq!(r.code, 2);
    assert!(r.stderr.starts_with("error[USAGE]:"), "{}", r.stderr);
}

#[test]
fn roster_org_env_selects_the_org_and_the_flag_wins() {
    let env = Env::new();
    env.enterprise("acme");
    env.agency("star", "13800138000");
    let r = env.run_env(
        &w("--json position create Sales --perm backend.video"),
        &[("ROSTER_ORG", "acme")],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.json()["org"], "acme");
    let r = env.run_env(
        &w("--json --org star position list"),
        &[("ROSTER_ORG", "acme")],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.json(), serde_json::json!([]));
}

#[test]
fn config_default_org_selects_the_org() {
    let env = Env::new();
    env.enterprise("acme");
    let cfg = env.write_file("roster.toml", "default_org = \"acme\"\n");
    let v = env.ok(&[
        "--config",
        &cfg,
        "position",
        "create",
        "Sales",
        "--perm",
        "backend.video",
    ]);
    assert_eq!(v["org"], "acme");
    let v = env.ok(&["--config", &cfg, "department", "create", "Sales"]);
    assert_eq!(v["org"], "acme");
    assert_eq!(
        env.ok(&["--config", &cfg, "config", "show"])["default_org"],
        "acme"
    );
}

#[test]
fn pos1_a_position_name_cannot_hold_a_list_separator() {
    let env = Env::new();
    env.agency("star", "13800138000");
    for name in ["A,B", "A;B", "A|B", "A、B", "A，B", "  "] {
        let e = env.fail(
            5,
            &[
                "--org",
                "star",
                "position",
                "create",
                name,
                "--perm",
                "agency.tasks",
            ],
        );
        assert_eq!(e["code"], "INVALID_VALUE", "{name:?}");
        assert_eq!(e["details"]["field"], "name");
    }
    env.ok(&w("--org star position create Ops --perm agency.tasks"));
    let e = env.fail(5, &w("--org star position edit Ops --rename A|B"));
    assert_eq!(e["code"], "INVALID_VALUE");
}
