//! Issue 10: access is per organisation. `access check` and `access list`
//! answer for `--org` (or ROSTER_ORG, or the config's default_org) when one
//! is given, and say which org grants what when none is (rules POS-4, AG-2:
//! one phone is a sub-account of up to 20 agencies).

use serde_json::{Value, json};

use crate::harness::*;
use crate::subaccount::{AG, AG2, AG2_MAIN, P1, add, config, o, star};

/// star (运营: agency.tasks, agency.data; 财务: agency.orders,
/// agency.data) and moon (达人: agency.creators, agency.data), with P1 a
/// sub-account of both: 运营 in star, 达人 in moon.
fn two_agencies() -> Env {
    let env = star();
    env.agency(AG2, AG2_MAIN);
    env.ok(&o(
        AG2,
        &w("position create 达人 --perm agency.creators,agency.data"),
    ));
    add(&env, AG, P1, "Zhang", "运营");
    add(&env, AG2, P1, "Zhang", "达人");
    env
}

/// `[--org ORG] access check KEY PERM` with the fields docs/json.md names.
fn check_in(env: &Env, org: Option<&str>, key: &str, perm: &str) -> Value {
    let mut a = Vec::new();
    if let Some(org) = org {
        a.extend(["--org", org]);
    }
    a.extend(["access", "check", key, perm]);
    let v = env.access(&a);
    for f in [
        "account",
        "org",
        "orgs",
        "permission",
        "at",
        "allowed",
        "via",
    ] {
        assert!(v.get(f).is_some(), "access check lacks {f}: {v}");
    }
    v
}

/// (account, kind, org, permission, via) of every row of a JSON listing.
fn rows(list: &Value) -> Vec<(String, String, String, String, Value)> {
    list.as_array()
        .unwrap_or_else(|| panic!("not an array: {list}"))
        .iter()
        .map(|g| {
            let s = |f: &str| {
                g[f].as_str()
                    .unwrap_or_else(|| panic!("{f}: {g}"))
                    .to_string()
            };
            (
                s("account"),
                s("kind"),
                s("org"),
                s("permission"),
                g["via"].clone(),
            )
        })
        .collect()
}

#[test]
fn ag2_phone_in_two_agencies_is_answered_for_the_org_asked_about() {
    let env = two_agencies();
    // agency.creators: only moon grants it.
    let v = check_in(&env, Some(AG), P1, "agency.creators");
    assert_eq!(v["allowed"], false, "{v}");
    assert_eq!(v["org"], AG, "{v}");
    assert_eq!(v["orgs"], json!([]), "{v}");
    assert_eq!(v["via"], json!([]), "{v}");
    let v = check_in(&env, Some(AG2), P1, "agency.creators");
    assert_eq!(v["allowed"], true, "{v}");
    assert_eq!(v["org"], AG2, "{v}");
    assert_eq!(v["orgs"], json!([AG2]), "{v}");
    assert_eq!(v["via"], json!(["position:moon/达人"]), "{v}");
    // agency.tasks: only star grants it.
    assert_eq!(
        check_in(&env, Some(AG2), P1, "agency.tasks")["allowed"],
        false
    );
    assert_eq!(
        check_in(&env, Some(AG), P1, "agency.tasks")["allowed"],
        true
    );
    // Both grant agency.data: scoped, only the org's own position.
    let v = check_in(&env, Some(AG), P1, "agency.data");
    assert_eq!(v["via"], json!(["position:star/运营"]), "{v}");
    // Disabled in moon: moon no longer grants it, star still does.
    env.ok1(&o(AG2, &["subaccount", "disable", P1]));
    assert_eq!(
        check_in(&env, Some(AG2), P1, "agency.data")["allowed"],
        false
    );
    assert_eq!(check_in(&env, Some(AG), P1, "agency.data")["allowed"], true);
    // The exit status answers too (issue 12): 4 on no, the answer still
    // on stdout.
    let r = env.run(&o(AG, &["access", "check", P1, "agency.creators"]));
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(r.stdout.contains("org"), "{}", r.stdout);
}

#[test]
fn ag2_roster_org_and_default_org_scope_access_like_the_flag() {
    let env = two_agencies();
    let r = env.run_env(
        &["--json", "access", "check", P1, "agency.creators"],
        &[("ROSTER_ORG", AG)],
    );
    assert_eq!(r.code, 4, "{}", r.stderr);
    let v = r.json();
    assert_eq!(
        (v["allowed"].clone(), v["org"].clone()),
        (json!(false), json!(AG))
    );
    let r = env.run_env(&["--json", "access", "list"], &[("ROSTER_ORG", AG2)]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(rows(&r.json()).iter().all(|r| r.2 == AG2), "{}", r.stdout);
    config(&env, "default_org = \"star\"\n");
    let v = check_in(&env, None, P1, "agency.creators");
    assert_eq!(
        (v["allowed"].clone(), v["org"].clone()),
        (json!(false), json!(AG))
    );
    // --org still wins over the config.
    assert_eq!(
        check_in(&env, Some(AG2), P1, "agency.creators")["allowed"],
        true
    );
}

#[test]
fn ag2_without_org_the_answer_names_the_orgs_that_grant_it() {
    let env = two_agencies();
    let v = check_in(&env, None, P1, "agency.creators");
    assert_eq!(v["allowed"], true, "{v}");
    assert_eq!(v["org"], AG2, "{v}");
    assert_eq!(v["orgs"], json!([AG2]), "{v}");
    // Both grant it: `org` is the first by handle, `orgs` all of them.
    let v = check_in(&env, None, P1, "agency.data");
    assert_eq!(v["allowed"], true, "{v}");
    assert_eq!(v["org"], AG2, "{v}");
    assert_eq!(v["orgs"], json!([AG2, AG]), "{v}");
    assert_eq!(
        v["via"],
        json!(["position:moon/达人", "position:star/运营"]),
        "{v}"
    );
    // Nobody grants it: no org.
    let v = check_in(&env, None, P1, "agency.orders");
    assert_eq!(v["allowed"], false, "{v}");
    assert_eq!(v["org"], Value::Null, "{v}");
    assert_eq!(v["orgs"], json!([]), "{v}");
    // Disabled in moon: star alone.
    env.ok1(&o(AG2, &["subaccount", "disable", P1]));
    let v = check_in(&env, None, P1, "agency.data");
    assert_eq!(v["org"], AG, "{v}");
    assert_eq!(v["orgs"], json!([AG]), "{v}");
}

#[test]
fn ag2_access_list_gives_each_account_org_permission_once() {
    let env = two_agencies();
    // agency.data through two positions of star: one row, both in `via`.
    env.ok(&o(
        AG,
        &["subaccount", "edit", P1, "--position", "运营,财务"],
    ));
    let sub = || "subaccount".to_string();
    let row = |org: &str, perm: &str, via: Value| {
        (
            P1.to_string(),
            sub(),
            org.to_string(),
            perm.to_string(),
            via,
        )
    };
    assert_eq!(
        rows(&env.ok(&w("access list"))),
        [
            row(AG2, "agency.creators", json!(["position:moon/达人"])),
            row(AG2, "agency.data", json!(["position:moon/达人"])),
            row(
                AG,
                "agency.data",
                json!(["position:star/财务", "position:star/运营"])
            ),
            row(AG, "agency.orders", json!(["position:star/财务"])),
            row(AG, "agency.tasks", json!(["position:star/运营"])),
        ]
    );
    // Scoped to one org.
    assert_eq!(
        rows(&env.ok(&o(AG2, &w("access list")))),
        [
            row(AG2, "agency.creators", json!(["position:moon/达人"])),
            row(AG2, "agency.data", json!(["position:moon/达人"])),
        ]
    );
    // csv: the same rows, a list in one cell.
    let r = env.run(&o(AG, &w("--format csv access list")));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(
        lines,
        [
            "account,kind,org,permission,via",
            &format!("{P1},subaccount,star,agency.data,\"position:star/财务,position:star/运营\""),
            &format!("{P1},subaccount,star,agency.orders,position:star/财务"),
            &format!("{P1},subaccount,star,agency.tasks,position:star/运营"),
        ]
    );
}

/// Verified enterprise acme (Sales: backend.video) with li@acme.cn active
/// and activated, and agency star with li@acme.cn as a sub-account (运营).
fn employee_and_sub_account() -> Env {
    let env = star();
    env.enterprise("acme");
    env.ok(&w("org verify acme"));
    env.ok(&o("acme", &w("position create Sales --perm backend.video")));
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
        ],
    ));
    env.ok(&o("acme", &w("employee review li@acme.cn --approve")));
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
    add(&env, AG, "li@acme.cn", "Li", "运营");
    env
}

#[test]
fn pos4_email_that_is_an_employee_login_and_a_sub_account_is_answered_per_org() {
    let env = employee_and_sub_account();
    let li = "li@acme.cn";
    assert_eq!(
        check_in(&env, Some(AG), li, "backend.video")["allowed"],
        false
    );
    assert_eq!(
        check_in(&env, Some("acme"), li, "agency.tasks")["allowed"],
        false
    );
    let v = check_in(&env, Some("acme"), li, "backend.video");
    assert_eq!(v["allowed"], true, "{v}");
    assert_eq!(v["via"], json!(["position:acme/Sales"]), "{v}");
    let v = check_in(&env, Some(AG), li, "agency.tasks");
    assert_eq!(v["via"], json!(["position:star/运营"]), "{v}");
    // Across orgs: each permission names the org that grants it.
    let v = check_in(&env, None, li, "backend.video");
    assert_eq!(
        (v["org"].clone(), v["orgs"].clone()),
        (json!("acme"), json!(["acme"]))
    );
    let v = check_in(&env, None, li, "agency.tasks");
    assert_eq!(
        (v["org"].clone(), v["orgs"].clone()),
        (json!(AG), json!([AG]))
    );
    // The listing keeps the two apart.
    let acme = rows(&env.ok(&o("acme", &w("access list"))));
    assert_eq!(
        acme,
        [(
            li.to_string(),
            "employee".to_string(),
            "acme".to_string(),
            "backend.video".to_string(),
            json!(["position:acme/Sales"])
        )]
    );
    let star = rows(&env.ok(&o(AG, &w("access list"))));
    let perms: Vec<(&str, &str)> = star.iter().map(|r| (r.1.as_str(), r.3.as_str())).collect();
    assert_eq!(
        perms,
        [
            ("subaccount", "agency.data"),
            ("subaccount", "agency.tasks")
        ]
    );
}

#[test]
fn pos4_access_in_an_unknown_org_is_not_found_and_an_account_of_another_org_is_no() {
    let env = two_agencies();
    let e = env.fail(3, &o("nope", &["access", "check", P1, "agency.data"]));
    assert_eq!(e["code"], "ORG_NOT_FOUND", "{e}");
    let e = env.fail(3, &o("nope", &w("access list")));
    assert_eq!(e["code"], "ORG_NOT_FOUND", "{e}");
    // An account unknown everywhere is still not found, scoped or not.
    let e = env.fail(
        3,
        &o(AG, &["access", "check", "13800138999", "agency.data"]),
    );
    assert_eq!(e["code"], "ACCOUNT_NOT_FOUND", "{e}");
    // An account of other orgs only: it holds nothing in this one.
    env.enterprise("acme");
    let v = check_in(&env, Some("acme"), P1, "agency.data");
    assert_eq!(v["allowed"], false, "{v}");
    assert_eq!(v["org"], "acme", "{v}");
}
