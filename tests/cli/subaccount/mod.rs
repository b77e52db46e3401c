//! Issue 6: codes, agency and shop sub-accounts, access, customer-service routing through the binary (rules AG-1 … AG-6, SH-1 … SH-4, VC-1, POS-4).

use serde_json::Value;

use crate::harness::*;

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

pub(crate) const AG: &str = "star";
pub(crate) const AG_MAIN: &str = "13900000001";
pub(crate) const AG2: &str = "moon";
pub(crate) const AG2_MAIN: &str = "13900000002";
pub(crate) const SHOP: &str = "acme-shop";
pub(crate) const SHOP_MAIN: &str = "13900000003";
pub(crate) const SHOP2: &str = "beta-shop";
pub(crate) const SHOP2_MAIN: &str = "13900000004";

pub(crate) const P1: &str = "13800138001";
pub(crate) const P2: &str = "13800138002";
pub(crate) const P3: &str = "13800138003";

/// One hour after `NOW`.
pub(crate) const LATER: &str = "2026-02-13T10:00:00+08:00";
/// Between `NOW` and `LATER`.
pub(crate) const BETWEEN: &str = "2026-02-13T09:30:00+08:00";
/// A minute before `NOW`.
pub(crate) const BEFORE: &str = "2026-02-13T08:59:00+08:00";

/// `--org ORG ARGS…`
pub(crate) fn o<'a>(org: &'a str, args: &[&'a str]) -> Vec<&'a str> {
    let mut v = vec!["--org", org];
    v.extend_from_slice(args);
    v
}

/// `--phone` or `--email`, by the look of the target.
pub(crate) fn flag(target: &str) -> &'static str {
    if target.contains('@') {
        "--email"
    } else {
        "--phone"
    }
}

/// `code issue` with `--json`: the code from stdout (VC-1: six digits).
pub(crate) fn issue(env: &Env, org: &str, target: &str) -> String {
    let v = env.ok(&o(org, &["code", "issue", flag(target), target]));
    let code = v["code"]
        .as_str()
        .unwrap_or_else(|| panic!("no code: {v}"))
        .to_string();
    assert_eq!(code.len(), 6, "{v}");
    assert!(code.chars().all(|c| c.is_ascii_digit()), "{v}");
    code
}

/// The arguments of `subaccount add` in `org`.
pub(crate) fn add_args<'a>(
    org: &'a str,
    target: &'a str,
    code: &'a str,
    name: &'a str,
    positions: &'a str,
) -> Vec<&'a str> {
    o(
        org,
        &[
            "subaccount",
            "add",
            flag(target),
            target,
            "--code",
            code,
            "--name",
            name,
            "--position",
            positions,
        ],
    )
}

/// Issues a code for `target` and adds it as a sub-account of `org`.
pub(crate) fn add(env: &Env, org: &str, target: &str, name: &str, positions: &str) -> Value {
    let code = issue(env, org, target);
    env.ok(&add_args(org, target, &code, name, positions))
}

/// Issues a code and adds a shop sub-account with `--im on|off`.
pub(crate) fn add_shop(
    env: &Env,
    org: &str,
    target: &str,
    name: &str,
    positions: &str,
    im: &str,
) -> Value {
    let code = issue(env, org, target);
    let mut a = add_args(org, target, &code, name, positions);
    a.extend_from_slice(&["--im", im]);
    env.ok(&a)
}

/// A six-digit code that is surely not `code`.
pub(crate) fn wrong(code: &str) -> String {
    code.chars()
        .map(|c| char::from_digit((c.to_digit(10).unwrap() + 1) % 10, 10).unwrap())
        .collect()
}

/// `--json ARGS…` run without assertions (for refusals that do change the
/// database, and for batches).
pub(crate) fn run_json(env: &Env, args: &[&str], stdin: Option<&str>) -> Run {
    let mut a = vec!["--json"];
    a.extend_from_slice(args);
    env.run_in(&a, stdin)
}

pub(crate) fn assert_err(err: &Value, code: &str, rule: &str) {
    assert_eq!(err["code"], code, "{err}");
    assert_eq!(err["rule"], rule, "{err}");
    assert!(
        err["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{err}"
    );
}

/// Agency `star` with positions 运营 (agency.tasks, agency.data) and 财务
/// (agency.orders, agency.data).
pub(crate) fn star() -> Env {
    let env = Env::new();
    env.agency(AG, AG_MAIN);
    positions_of_star(&env, AG);
    env
}

pub(crate) fn positions_of_star(env: &Env, org: &str) {
    env.ok(&o(
        org,
        &w("position create 运营 --perm agency.tasks,agency.data"),
    ));
    env.ok(&o(
        org,
        &w("position create 财务 --perm agency.orders,agency.data"),
    ));
}

/// A second agency `moon` with a position 运营 (agency.tasks).
pub(crate) fn moon(env: &Env) {
    env.agency(AG2, AG2_MAIN);
    env.ok(&o(AG2, &w("position create 运营 --perm agency.tasks")));
}

/// Shop `acme-shop` with positions 客服 (shop.customer_service) and 运营
/// (shop.orders, shop.products).
pub(crate) fn acme_shop() -> Env {
    let env = Env::new();
    env.shop(SHOP, SHOP_MAIN);
    positions_of_shop(&env, SHOP);
    env
}

pub(crate) fn positions_of_shop(env: &Env, org: &str) {
    env.ok(&o(
        org,
        &w("position create 客服 --perm shop.customer_service"),
    ));
    env.ok(&o(
        org,
        &w("position create 运营 --perm shop.orders,shop.products"),
    ));
}

/// A second shop `beta-shop` with the same positions.
pub(crate) fn beta_shop(env: &Env) {
    env.shop(SHOP2, SHOP2_MAIN);
    positions_of_shop(env, SHOP2);
}

pub(crate) fn show(env: &Env, org: &str, key: &str) -> Value {
    env.ok(&o(org, &["subaccount", "show", key]))
}

pub(crate) fn status(env: &Env, org: &str, key: &str) -> String {
    show(env, org, key)["status"].as_str().unwrap().to_string()
}

/// `access check KEY PERM [--at AT]`.
pub(crate) fn check(env: &Env, key: &str, perm: &str, at: Option<&str>) -> Value {
    let mut a = vec!["access", "check", key, perm];
    if let Some(at) = at {
        a.extend_from_slice(&["--at", at]);
    }
    let v = env.access(&a);
    for f in ["account", "permission", "at", "allowed", "via"] {
        assert!(v.get(f).is_some(), "access check lacks {f}: {v}");
    }
    v
}

pub(crate) fn allowed(env: &Env, key: &str, perm: &str) -> bool {
    check(env, key, perm, None)["allowed"].as_bool().unwrap()
}

pub(crate) fn allowed_at(env: &Env, key: &str, perm: &str, at: &str) -> bool {
    check(env, key, perm, Some(at))["allowed"]
        .as_bool()
        .unwrap()
}

pub(crate) fn via(v: &Value) -> Vec<&str> {
    v["via"]
        .as_array()
        .unwrap_or_else(|| panic!("via is not an array: {v}"))
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect()
}

/// The fields docs/json.md names for a sub-account.
pub(crate) fn assert_sub_fields(v: &Value) {
    for f in ["org", "phone", "email", "name", "positions", "status", "im"] {
        assert!(v.get(f).is_some(), "sub-account lacks {f}: {v}");
    }
}

pub(crate) fn strs(v: &Value) -> Vec<&str> {
    v.as_array()
        .unwrap_or_else(|| panic!("not an array: {v}"))
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect()
}

pub(crate) fn route(env: &Env, page: &str) -> Value {
    env.ok(&o(SHOP, &["cs", "route", page]))
}

pub(crate) fn agent(env: &Env, page: &str) -> Option<String> {
    route(env, page)["agent"].as_str().map(str::to_string)
}

/// `n` routes on `page`, each its own process.
pub(crate) fn agents(env: &Env, page: &str, n: usize) -> Vec<String> {
    (0..n)
        .map(|_| agent(env, page).unwrap_or_else(|| "null".to_string()))
        .collect()
}

pub(crate) fn count(list: &[String], who: &str) -> usize {
    list.iter().filter(|a| a.as_str() == who).count()
}

/// acme-shop with P1 and P2 (客服, IM on) in group 售前 (pages 商品详情页,
/// 店铺首页), weights 3 and 1, both online.
pub(crate) fn routing() -> Env {
    let env = acme_shop();
    add_shop(&env, SHOP, P1, "小张", "客服", "on");
    add_shop(&env, SHOP, P2, "小李", "客服", "on");
    env.ok(&o(
        SHOP,
        &[
            "cs",
            "group",
            "create",
            "售前",
            "--pages",
            "商品详情页,店铺首页",
        ],
    ));
    env.ok(&o(
        SHOP,
        &["cs", "member", "add", "售前", P1, "--weight", "3"],
    ));
    env.ok(&o(
        SHOP,
        &["cs", "member", "add", "售前", P2, "--weight", "1"],
    ));
    env.ok(&o(SHOP, &["cs", "online", P1, "on"]));
    env.ok(&o(SHOP, &["cs", "online", P2, "on"]));
    env
}

/// Writes `$XDG_CONFIG_HOME/roster/config.toml`.
pub(crate) fn config(env: &Env, text: &str) {
    let dir = env.path("xdg").join("roster");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("config.toml"), text).unwrap();
}

/// Verified enterprise `acme` with position Sales (backend.video).
pub(crate) fn acme() -> Env {
    let env = Env::new();
    env.enterprise("acme");
    env.ok(&w("org verify acme"));
    env.ok(&o("acme", &w("position create Sales --perm backend.video")));
    env
}

mod agency;
mod audited;
mod codes;
mod permissions;
mod routing;
mod shop;
