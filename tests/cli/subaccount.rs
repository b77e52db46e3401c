//! Issue 6: codes, agency and shop sub-accounts, access, customer-service routing through the binary (SPEC §6 … §8, POS-4).

use serde_json::Value;

use crate::harness::*;

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

pub(crate) const AG: &str = "star";
pub(crate) const AG_MAIN: &str = "13900000001";
pub(crate) const AG2: &str = "moon";
pub(crate) const AG2_MAIN: &str = "13900000002";
const SHOP: &str = "acme-shop";
const SHOP_MAIN: &str = "13900000003";
const SHOP2: &str = "beta-shop";
const SHOP2_MAIN: &str = "13900000004";

pub(crate) const P1: &str = "13800138001";
pub(crate) const P2: &str = "13800138002";
const P3: &str = "13800138003";

/// One hour after `NOW`.
const LATER: &str = "2026-02-13T10:00:00+08:00";
/// Between `NOW` and `LATER`.
const BETWEEN: &str = "2026-02-13T09:30:00+08:00";
/// A minute before `NOW`.
const BEFORE: &str = "2026-02-13T08:59:00+08:00";

/// `--org ORG ARGS…`
pub(crate) fn o<'a>(org: &'a str, args: &[&'a str]) -> Vec<&'a str> {
    let mut v = vec!["--org", org];
    v.extend_from_slice(args);
    v
}

/// `--phone` or `--email`, by the look of the target.
fn flag(target: &str) -> &'static str {
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
fn add_shop(env: &Env, org: &str, target: &str, name: &str, positions: &str, im: &str) -> Value {
    let code = issue(env, org, target);
    let mut a = add_args(org, target, &code, name, positions);
    a.extend_from_slice(&["--im", im]);
    env.ok(&a)
}

/// A six-digit code that is surely not `code`.
fn wrong(code: &str) -> String {
    code.chars()
        .map(|c| char::from_digit((c.to_digit(10).unwrap() + 1) % 10, 10).unwrap())
        .collect()
}

/// `--json ARGS…` run without assertions (for refusals that do change the
/// database, and for batches).
fn run_json(env: &Env, args: &[&str], stdin: Option<&str>) -> Run {
    let mut a = vec!["--json"];
    a.extend_from_slice(args);
    env.run_in(&a, stdin)
}

fn assert_err(err: &Value, code: &str, rule: &str) {
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
fn moon(env: &Env) {
    env.agency(AG2, AG2_MAIN);
    env.ok(&o(AG2, &w("position create 运营 --perm agency.tasks")));
}

/// Shop `acme-shop` with positions 客服 (shop.customer_service) and 运营
/// (shop.orders, shop.products).
fn acme_shop() -> Env {
    let env = Env::new();
    env.shop(SHOP, SHOP_MAIN);
    positions_of_shop(&env, SHOP);
    env
}

fn positions_of_shop(env: &Env, org: &str) {
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
fn beta_shop(env: &Env) {
    env.shop(SHOP2, SHOP2_MAIN);
    positions_of_shop(env, SHOP2);
}

fn show(env: &Env, org: &str, key: &str) -> Value {
    env.ok(&o(org, &["subaccount", "show", key]))
}

fn status(env: &Env, org: &str, key: &str) -> String {
    show(env, org, key)["status"].as_str().unwrap().to_string()
}

/// `access check KEY PERM [--at AT]`.
fn check(env: &Env, key: &str, perm: &str, at: Option<&str>) -> Value {
    let mut a = vec!["access", "check", key, perm];
    if let Some(at) = at {
        a.extend_from_slice(&["--at", at]);
    }
    let v = env.ok(&a);
    for f in ["account", "permission", "at", "allowed", "via"] {
        assert!(v.get(f).is_some(), "access check lacks {f}: {v}");
    }
    v
}

fn allowed(env: &Env, key: &str, perm: &str) -> bool {
    check(env, key, perm, None)["allowed"].as_bool().unwrap()
}

fn allowed_at(env: &Env, key: &str, perm: &str, at: &str) -> bool {
    check(env, key, perm, Some(at))["allowed"]
        .as_bool()
        .unwrap()
}

fn via(v: &Value) -> Vec<&str> {
    v["via"]
        .as_array()
        .unwrap_or_else(|| panic!("via is not an array: {v}"))
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect()
}

/// The fields CLI.md requires of a sub-account.
fn assert_sub_fields(v: &Value) {
    for f in ["org", "phone", "email", "name", "positions", "status", "im"] {
        assert!(v.get(f).is_some(), "sub-account lacks {f}: {v}");
    }
}

fn strs(v: &Value) -> Vec<&str> {
    v.as_array()
        .unwrap_or_else(|| panic!("not an array: {v}"))
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect()
}

fn route(env: &Env, page: &str) -> Value {
    env.ok(&o(SHOP, &["cs", "route", page]))
}

fn agent(env: &Env, page: &str) -> Option<String> {
    route(env, page)["agent"].as_str().map(str::to_string)
}

/// `n` routes on `page`, each its own process.
fn agents(env: &Env, page: &str, n: usize) -> Vec<String> {
    (0..n)
        .map(|_| agent(env, page).unwrap_or_else(|| "null".to_string()))
        .collect()
}

fn count(list: &[String], who: &str) -> usize {
    list.iter().filter(|a| a.as_str() == who).count()
}

/// acme-shop with P1 and P2 (客服, IM on) in group 售前 (pages 商品详情页,
/// 店铺首页), weights 3 and 1, both online.
fn routing() -> Env {
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

// ---------------------------------------------------------------------------
// VC-1: verification codes
// ---------------------------------------------------------------------------

#[test]
fn vc1_code_issue_prints_six_digits_valid_five_minutes() {
    let env = star();
    let v = env.ok(&o(AG, &["code", "issue", "--phone", P1]));
    assert_eq!(v["org"], AG);
    assert_eq!(v["target"], P1);
    assert_eq!(v["issued_at"], NOW_UTC);
    assert_eq!(v["expires_at"], "2026-02-13T01:05:00Z");
    assert_eq!(v["tries"], 0);
    assert_eq!(v["used"], false);
    assert_eq!(v["void"], false);
    let code = v["code"].as_str().unwrap();
    assert!(code.len() == 6 && code.chars().all(|c| c.is_ascii_digit()));
    // Audited without the digits; stored only as a hash.
    let ev = &env.audit(&["--action", "code.issue"])[0];
    assert_eq!(ev["object"], format!("code:{AG}/{P1}"));
    assert!(ev["after"].get("code").is_none(), "{ev}");
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let hash: String = conn
        .query_row("SELECT code_hash FROM codes", [], |r| r.get(0))
        .unwrap();
    assert_ne!(hash, code);
    assert!(hash.len() > 20, "{hash}");
}

#[test]
fn vc1_code_in_table_mode_goes_to_stderr() {
    let env = star();
    let r = env.run(&o(AG, &["code", "issue", "--phone", P1]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let line = r
        .stderr
        .lines()
        .find(|l| l.starts_with("verification code for"))
        .unwrap_or_else(|| panic!("no code on stderr: {}", r.stderr));
    assert!(line.contains(P1), "{line}");
    let digits = line.rsplit(": ").next().unwrap().trim().to_string();
    assert_eq!(digits.len(), 6, "{line}");
    assert!(digits.chars().all(|c| c.is_ascii_digit()), "{line}");
    // The code printed works.
    env.ok(&add_args(AG, P1, &digits, "Zhang", "运营"));
    // --quiet: nothing on stdout, the code still reaches the person.
    let r = env.run(&o(AG, &["-q", "code", "issue", "--phone", P2]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.trim().is_empty(), "{}", r.stdout);
    assert!(r.stderr.contains(P2), "{}", r.stderr);
}

#[test]
fn vc1_code_issue_for_an_invalid_phone_or_email_is_invalid() {
    let env = star();
    for bad in ["1380013800", "12800138000", "phone"] {
        let err = env.fail(5, &o(AG, &["code", "issue", "--phone", bad]));
        assert_eq!(err["code"], "INVALID_PHONE", "{err}");
    }
    for bad in ["no-at-sign", "a@@b.cn"] {
        let err = env.fail(5, &o(AG, &["code", "issue", "--email", bad]));
        assert_eq!(err["code"], "INVALID_EMAIL", "{err}");
    }
}

#[test]
fn vc1_code_issue_in_an_enterprise_is_refused() {
    let env = Env::new();
    env.enterprise("acme");
    let err = env.fail(4, &o("acme", &["code", "issue", "--phone", P1]));
    assert_eq!(err["code"], "NOT_AN_AGENCY_OR_SHOP", "{err}");
}

#[test]
fn vc1_code_at_4_59_works_and_at_5_00_is_expired() {
    let mut env = star();
    let c1 = issue(&env, AG, P1);
    let c2 = issue(&env, AG, P2);
    env.now = "2026-02-13T09:04:59+08:00".into();
    let v = env.ok(&add_args(AG, P1, &c1, "Zhang", "运营"));
    assert_eq!(v["status"], "enabled");
    env.now = "2026-02-13T09:05:00+08:00".into();
    let err = env.fail(4, &add_args(AG, P2, &c2, "Li", "运营"));
    assert_err(&err, "CODE_EXPIRED", "VC-1");
    assert!(
        err["hint"].as_str().unwrap().contains("code issue"),
        "{err}"
    );
}

#[test]
fn vc1_used_code_is_code_used() {
    let env = star();
    let c = issue(&env, AG, P1);
    env.ok(&add_args(AG, P1, &c, "Zhang", "运营"));
    env.ok(&o(AG, &["subaccount", "delete", P1]));
    let err = env.fail(4, &add_args(AG, P1, &c, "Zhang", "运营"));
    assert_err(&err, "CODE_USED", "VC-1");
}

#[test]
fn vc1_no_code_issued_is_code_not_issued() {
    let env = star();
    let err = env.fail(4, &add_args(AG, P1, "123456", "Zhang", "运营"));
    assert_err(&err, "CODE_NOT_ISSUED", "VC-1");
}

#[test]
fn vc1_code_of_one_org_does_not_work_in_another() {
    let env = star();
    moon(&env);
    let c = issue(&env, AG, P1);
    let err = env.fail(4, &add_args(AG2, P1, &c, "Zhang", "运营"));
    assert_err(&err, "CODE_NOT_ISSUED", "VC-1");
    // Still good where it was issued.
    env.ok(&add_args(AG, P1, &c, "Zhang", "运营"));
}

#[test]
fn vc1_code_of_one_target_does_not_work_for_another() {
    let env = star();
    let c = issue(&env, AG, P1);
    let err = env.fail(4, &add_args(AG, P2, &c, "Li", "运营"));
    assert_err(&err, "CODE_NOT_ISSUED", "VC-1");
}

#[test]
fn vc1_wrong_try_is_counted_and_audited_though_refused() {
    let env = star();
    let c = issue(&env, AG, P1);
    let before = env.fingerprint();
    let r = run_json(&env, &add_args(AG, P1, &wrong(&c), "Zhang", "运营"), None);
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(r.stdout.trim().is_empty(), "{}", r.stdout);
    let err = r.error();
    assert_err(&err, "CODE_WRONG", "VC-1");
    assert_eq!(err["details"]["tries_left"], 4, "{err}");
    assert_ne!(before, env.fingerprint(), "the wrong try was not recorded");
    let ev = env.audit(&["--action", "code.wrong-try"]);
    assert_eq!(ev.len(), 1);
    assert_eq!(ev[0]["after"]["tries"], 1);
    assert_eq!(ev[0]["object"], format!("code:{AG}/{P1}"));
    // No sub-account came of it.
    let err = env.fail(3, &o(AG, &["subaccount", "show", P1]));
    assert_eq!(err["code"], "SUBACCOUNT_NOT_FOUND");
    assert_eq!(env.audit_count("subaccount.add"), 0);
}

#[test]
fn vc1_four_wrong_tries_then_the_right_one_works() {
    let env = star();
    let c = issue(&env, AG, P1);
    let bad = wrong(&c);
    for left in [4, 3, 2, 1] {
        let r = run_json(&env, &add_args(AG, P1, &bad, "Zhang", "运营"), None);
        assert_eq!(r.code, 4, "{}", r.stderr);
        let err = r.error();
        assert_err(&err, "CODE_WRONG", "VC-1");
        assert_eq!(err["details"]["tries_left"], left, "{err}");
    }
    let v = env.ok(&add_args(AG, P1, &c, "Zhang", "运营"));
    assert_eq!(v["status"], "enabled");
    assert_eq!(env.audit_count("code.wrong-try"), 4);
}

#[test]
fn vc1_fifth_wrong_try_voids_the_code() {
    let env = star();
    let c = issue(&env, AG, P1);
    let bad = wrong(&c);
    for _ in 0..5 {
        let r = run_json(&env, &add_args(AG, P1, &bad, "Zhang", "运营"), None);
        assert_eq!(r.code, 4, "{}", r.stderr);
    }
    let ev = env.audit(&["--action", "code.wrong-try"]);
    assert_eq!(ev.len(), 5);
    assert_eq!(ev[4]["after"]["tries"], 5);
    assert_eq!(ev[4]["after"]["void"], true);
    // The right digits no longer open the door, and trying is not counted.
    let err = env.fail(4, &add_args(AG, P1, &c, "Zhang", "运营"));
    assert_err(&err, "CODE_VOID", "VC-1");
    assert!(
        err["hint"].as_str().unwrap().contains("code issue"),
        "{err}"
    );
    // A new code does.
    add(&env, AG, P1, "Zhang", "运营");
}

#[test]
fn vc1_fifth_wrong_try_answers_code_void() {
    let env = star();
    let c = issue(&env, AG, P1);
    let bad = wrong(&c);
    for _ in 0..4 {
        run_json(&env, &add_args(AG, P1, &bad, "Zhang", "运营"), None);
    }
    let r = run_json(&env, &add_args(AG, P1, &bad, "Zhang", "运营"), None);
    assert_eq!(r.code, 4, "{}", r.stderr);
    let err = r.error();
    assert!(
        err["code"] == "CODE_VOID"
            || (err["code"] == "CODE_WRONG" && err["details"]["tries_left"] == 0),
        "the try that voids the code should say so: {err}"
    );
}

#[test]
fn vc1_second_issue_voids_the_first() {
    let env = star();
    let first = issue(&env, AG, P1);
    let second = issue(&env, AG, P1);
    if first != second {
        // Only the newest code of a target works.
        let r = run_json(&env, &add_args(AG, P1, &first, "Zhang", "运营"), None);
        assert_eq!(r.code, 4, "{}", r.stderr);
        assert!(
            ["CODE_WRONG", "CODE_VOID"].contains(&r.error()["code"].as_str().unwrap()),
            "{}",
            r.stderr
        );
    }
    env.ok(&add_args(AG, P1, &second, "Zhang", "运营"));
    // The first is marked void in the store.
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let voided: i64 = conn
        .query_row(
            "SELECT count(*) FROM codes WHERE voided_at IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(voided, 1);
}

#[test]
fn vc1_malformed_code_is_invalid_input() {
    let env = star();
    issue(&env, AG, P1);
    for bad in ["12345", "1234567", "abcdef"] {
        let err = env.fail(5, &add_args(AG, P1, bad, "Zhang", "运营"));
        assert_eq!(err["code"], "INVALID_CODE", "{err}");
    }
}

#[test]
fn vc1_refused_add_leaves_the_code_unused() {
    let env = star();
    let c = issue(&env, AG, P1);
    // Unknown position: not found, nothing written, the code still good.
    let err = env.fail(3, &add_args(AG, P1, &c, "Zhang", "市场"));
    assert_eq!(err["code"], "POSITION_NOT_FOUND", "{err}");
    env.ok(&add_args(AG, P1, &c, "Zhang", "运营"));
}

// ---------------------------------------------------------------------------
// SW-1: the sweep purges expired codes
// ---------------------------------------------------------------------------

#[test]
fn sw1_sweep_purges_expired_codes_idempotently() {
    let mut env = star();
    issue(&env, AG, P1);
    issue(&env, AG, P2);
    env.now = "2026-02-13T09:04:59+08:00".into();
    let v = env.ok(&w("sweep"));
    assert_eq!(v["codes_purged"], 0, "{v}");
    env.now = "2026-02-13T09:05:00+08:00".into();
    let v = env.ok(&w("sweep"));
    assert_eq!(v["codes_purged"], 2, "{v}");
    assert_eq!(v["changed"], 2, "{v}");
    assert_eq!(env.audit_count("code.purge"), 2);
    let v = env.ok(&w("sweep"));
    assert_eq!(v["codes_purged"], 0, "{v}");
    assert_eq!(v["changed"], 0, "{v}");
    // VC-1: no hash of an expired code is kept (the newest code of each
    // target stays as a hashless row, so that a late try still says expired).
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let n: i64 = conn
        .query_row(
            "SELECT count(*) FROM codes WHERE code_hash <> ''",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(n, 0);
}

#[test]
fn sw1_sweep_leaves_live_codes_alone() {
    let mut env = star();
    let c = issue(&env, AG, P1);
    env.now = "2026-02-13T09:04:00+08:00".into();
    let before = env.fingerprint();
    let v = env.ok(&w("sweep"));
    assert_eq!(v["changed"], 0, "{v}");
    assert_eq!(before, env.fingerprint());
    env.ok(&add_args(AG, P1, &c, "Zhang", "运营"));
}

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
    env.ok(&o(AG, &["subaccount", "delete", P1]));
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
    env.ok(&o(AG, &["subaccount", "disable", P1]));
    let err = env.fail(4, &add_args(AG, P1, &c, "Zhang Wei", "财务"));
    assert_err(&err, "ALREADY_BOUND_TO_AGENCY", "AG-2");
    // After delete it may be added again, with the same unused code.
    env.ok(&o(AG, &["subaccount", "delete", P1]));
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
    env.ok(&o(&handles[0], &["subaccount", "disable", P1]));
    let err = env.fail(4, &add_args(&handles[20], P1, &c, "Zhang", "运营"));
    assert_err(&err, "AGENCY_LIMIT", "AG-2");
    // A deleted one frees a place; the refused add left the code unused.
    env.ok(&o(&handles[0], &["subaccount", "delete", P1]));
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
    env.ok(&o(AG, &["subaccount", "disable", P1]));
    let err = env.fail(4, &create);
    assert_err(&err, "PHONE_IS_SUBACCOUNT", "AG-3");
    // One of two deleted: still a sub-account elsewhere.
    env.ok(&o(AG, &["subaccount", "delete", P1]));
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
    env.ok(&o(AG, &["subaccount", "delete", P1]));
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
    let v = env.ok(&o(AG, &["subaccount", "disable", P1]));
    assert_eq!(v["status"], "disabled");
    let err = env.fail(4, &o(AG, &["subaccount", "disable", P1]));
    assert_err(&err, "INVALID_STATE", "AG-5");
    let v = env.ok(&o(AG, &["subaccount", "enable", P1]));
    assert_eq!(v["status"], "enabled");
    let err = env.fail(4, &o(AG, &["subaccount", "enable", P1]));
    assert_err(&err, "INVALID_STATE", "AG-5");
    let err = env.fail(3, &o(AG, &["subaccount", "delete", P2]));
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
    let v = env.ok(&o(AG, &["subaccount", "delete", P1]));
    assert_eq!(v["status"], "deleted");
    assert_eq!(v["next_steps"], serde_json::json!([]), "{v}");
    assert!(!allowed(&env, P1, "agency.tasks"));
    for verb in ["enable", "disable", "delete", "revoke"] {
        let err = env.fail(4, &o(AG, &["subaccount", verb, P1]));
        assert_eq!(err["code"], "INVALID_STATE", "{verb}: {err}");
    }
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

    // delete: P1 twice, the second already deleted.
    let r = run_json(&env, &o(AG, &["subaccount", "delete", P1, P1, P3]), None);
    assert_eq!(r.code, 6, "{}", r.stderr);
    let rows = r.json();
    assert_eq!(rows[0]["status"], "deleted");
    assert_eq!(rows[1]["result"], "failed");
    assert_eq!(rows[1]["error_code"], "INVALID_STATE");
    assert_eq!(rows[2]["status"], "deleted");
    assert_eq!(env.audit_count("subaccount.delete"), 2);
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
fn ag5_one_key_on_stdin_behaves_like_a_single_command() {
    let env = star();
    add(&env, AG, P1, "Zhang", "运营");
    let r = run_json(
        &env,
        &o(AG, &["subaccount", "disable", "-"]),
        Some(&format!("{P1}\n")),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v = r.json();
    assert!(v.is_object(), "{v}");
    assert_eq!(v["status"], "disabled");
    // A single failing key is a plain refusal, not a batch report.
    let err = env.fail(4, &o(AG, &["subaccount", "disable", P1]));
    assert_err(&err, "INVALID_STATE", "AG-5");
}

// ---------------------------------------------------------------------------
// AG-6: the holder revokes
// ---------------------------------------------------------------------------

#[test]
fn ag6_revoke_ends_the_authorisation() {
    let env = star();
    add(&env, AG, P1, "Zhang", "运营");
    env.ok(&o(AG, &["subaccount", "disable", P1]));
    let v = env.ok(&o(AG, &["subaccount", "revoke", P1]));
    assert_eq!(v["status"], "revoked");
    assert_eq!(v["next_steps"], serde_json::json!([]), "{v}");
    assert!(!allowed(&env, P1, "agency.tasks"));
    let err = env.fail(4, &o(AG, &["subaccount", "enable", P1]));
    assert_eq!(err["code"], "INVALID_STATE", "{err}");
    let err = env.fail(4, &o(AG, &["subaccount", "revoke", P1]));
    assert_eq!(err["code"], "INVALID_STATE", "{err}");
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
    env.ok(&o(SHOP2, &["subaccount", "delete", P1]));
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
    env.ok(&o(SHOP, &["subaccount", "delete", P1]));
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
    env.ok(&o(AG, &["subaccount", "disable", P1]));
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
    env.ok(&o(AG, &["subaccount", "enable", P1]));
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
    env.ok(&o(AG, &["subaccount", "delete", P1]));
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
    env.ok(&o(SHOP, &["subaccount", "disable", P1]));
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
    env.ok(&o(AG, &["subaccount", "disable", P2]));
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
    env.ok(&o(AG, &["subaccount", "disable", P2]));
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
    env.ok(&o(AG, &["subaccount", "delete", P1]));
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

/// Verified enterprise `acme` with position Sales (backend.video).
fn acme() -> Env {
    let env = Env::new();
    env.enterprise("acme");
    env.ok(&w("org verify acme"));
    env.ok(&o("acme", &w("position create Sales --perm backend.video")));
    env
}

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
    env.ok(&o(
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
    env.ok(&o(SHOP, &["subaccount", "disable", P1]));
    assert_eq!(show(&env, SHOP, P1)["online"], false);
    let got = agents(&env, "商品详情页", 4);
    assert_eq!(count(&got, P2), 4, "{got:?}");
    // Disabled cannot go online.
    let err = env.fail(4, &o(SHOP, &["cs", "online", P1, "on"]));
    assert_eq!(err["code"], "SUBACCOUNT_DISABLED", "{err}");
    // Enabled again, it stays offline until it goes online.
    env.ok(&o(SHOP, &["subaccount", "enable", P1]));
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
    env.ok(&o(SHOP, &["subaccount", "delete", P2]));
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

// ---------------------------------------------------------------------------
// AU-1: every change audited
// ---------------------------------------------------------------------------

#[test]
fn au1_every_sub_account_change_is_audited_and_reads_are_not() {
    let env = routing();
    let before = env.audit(&[]).len();
    let fp = env.fingerprint();
    env.ok(&o(SHOP, &["subaccount", "show", P1]));
    env.ok(&o(SHOP, &w("subaccount list")));
    env.ok(&o(SHOP, &w("cs group show 售前")));
    env.ok(&["access", "check", P1, "shop.customer_service"]);
    env.ok(&w("access list"));
    assert_eq!(env.audit(&[]).len(), before, "a read wrote an audit event");
    assert_eq!(fp, env.fingerprint(), "a read changed the database");
    for (action, n) in [
        ("code.issue", 2),
        ("subaccount.add", 2),
        ("cs.group-create", 1),
        ("cs.member-add", 2),
        ("subaccount.online", 2),
    ] {
        assert_eq!(env.audit_count(action), n, "{action}");
    }
    for ev in env.audit(&["--object", &format!("subaccount:{SHOP}/{P1}")]) {
        for f in ["at", "actor", "action", "object", "before", "after"] {
            assert!(ev.get(f).is_some(), "audit event lacks {f}: {ev}");
        }
        assert_eq!(ev["actor"], "tester");
        assert_eq!(ev["at"], NOW_UTC);
    }
}

// ---------------------------------------------------------------------------
// Issue 10: no answer depends on whether the sweep has run (SW-1)
// ---------------------------------------------------------------------------

#[test]
fn vc1_expired_used_or_void_code_answers_the_same_after_the_sweep() {
    let mut env = star();
    // P1: never used; P2: used, its sub-account deleted; P3: void.
    let c1 = issue(&env, AG, P1);
    let c2 = issue(&env, AG, P2);
    env.ok(&add_args(AG, P2, &c2, "Li", "运营"));
    env.ok(&o(AG, &["subaccount", "delete", P2]));
    let c3 = issue(&env, AG, P3);
    for _ in 0..5 {
        run_json(&env, &add_args(AG, P3, &wrong(&c3), "Wang", "运营"), None);
    }
    env.now = "2026-02-13T09:05:00+08:00".into();
    let tries = [(P1, c1.as_str()), (P2, c2.as_str()), (P3, c3.as_str())];
    let answers = |env: &Env| -> Vec<Value> {
        tries
            .iter()
            .map(|(p, c)| env.fail(4, &add_args(AG, p, c, "Zhang", "运营")))
            .collect()
    };
    let before = answers(&env);
    let codes: Vec<&str> = before.iter().map(|e| e["code"].as_str().unwrap()).collect();
    assert_eq!(codes, ["CODE_EXPIRED", "CODE_USED", "CODE_VOID"]);
    assert_eq!(env.ok(&w("sweep"))["codes_purged"], 3);
    assert_eq!(before, answers(&env));
    // A new code works as ever, and the next sweep purges it alone.
    let c = issue(&env, AG, P1);
    env.ok(&add_args(AG, P1, &c, "Zhang", "运营"));
    env.now = "2026-02-13T09:11:00+08:00".into();
    assert_eq!(env.ok(&w("sweep"))["codes_purged"], 1);
    assert_eq!(env.ok(&w("sweep"))["codes_purged"], 0);
}
