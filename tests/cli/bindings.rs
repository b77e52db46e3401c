//! Issue 11: what one phone, one Douyin id and one qualification subject may
//! be at once (AG-2, AG-3, SH-2, EA-11, EA-12, PA-4, PA-8, UP-4). Every end
//! state is reached in both orders: allowed both ways or refused both ways.

use serde_json::Value;

use crate::harness::*;

const P: &str = "13800138009";
const AGENCY_MAIN: &str = "13900000011";
const SHOP_MAIN: &str = "13900000012";

fn o<'a>(org: &'a str, args: &[&'a str]) -> Vec<&'a str> {
    let mut v = vec!["--org", org];
    v.extend_from_slice(args);
    v
}

fn assert_err(err: &Value, code: &str, rule: &str) {
    assert_eq!(err["code"], code, "{err}");
    assert_eq!(err["rule"], rule, "{err}");
}

fn agency_args<'a>(handle: &'a str, phone: &'a str) -> Vec<&'a str> {
    vec![
        "org",
        "create",
        "agency",
        handle,
        "--name",
        "Agency",
        "--main-phone",
        phone,
    ]
}

fn shop_args<'a>(handle: &'a str, subject: &'a str, phone: &'a str, cb: bool) -> Vec<&'a str> {
    let mut a = vec![
        "org",
        "create",
        "shop",
        handle,
        "--name",
        "Shop",
        "--shop-type",
        "flagship",
        "--subject",
        subject,
        "--main-phone",
        phone,
    ];
    if cb {
        a.push("--cross-border");
    }
    a
}

/// An agency or a shop with one position `staff` its sub-accounts take.
fn org_with_staff(env: &Env, args: &[&str]) {
    env.ok(args);
    let (handle, perm) = match args[2] {
        "agency" => (args[3], "agency.tasks"),
        _ => (args[3], "shop.orders"),
    };
    env.ok(&o(handle, &["position", "create", "staff", "--perm", perm]));
}

fn sub_args<'a>(org: &'a str, phone: &'a str, code: &'a str) -> Vec<&'a str> {
    o(
        org,
        &[
            "subaccount",
            "add",
            "--phone",
            phone,
            "--code",
            code,
            "--name",
            "Zhang",
            "--position",
            "staff",
        ],
    )
}

fn code(env: &Env, org: &str, phone: &str) -> String {
    let v = env.ok(&o(org, &["code", "issue", "--phone", phone]));
    v["code"].as_str().unwrap().to_string()
}

/// `subaccount add` of `phone` in `org`: the error envelope if refused.
fn try_sub(env: &Env, org: &str, phone: &str) -> Option<Value> {
    let c = code(env, org, phone);
    let mut a = vec!["--json"];
    a.extend(sub_args(org, phone, &c));
    let r = env.run(&a);
    (r.code != 0).then(|| {
        assert_eq!(r.code, 4, "{}", r.stderr);
        r.error()
    })
}

fn try_create(env: &Env, args: &[&str]) -> Option<Value> {
    let mut a = vec!["--json"];
    a.extend_from_slice(args);
    let r = env.run(&a);
    (r.code != 0).then(|| {
        assert_eq!(r.code, 4, "{}", r.stderr);
        r.error()
    })
}

// ---------------------------------------------------------------------------
// One phone: main accounts and sub-accounts, both orders
// ---------------------------------------------------------------------------

/// Which end state, reached in both orders, and what each order answers:
/// `None` allowed, or the (code, rule) of the refusal.
struct Case {
    /// The org the phone becomes main of: agency or shop.
    main: &'static str,
    /// The org the phone becomes a sub-account of: agency or shop.
    sub: &'static str,
    main_then_sub: Option<(&'static str, &'static str)>,
    sub_then_main: Option<(&'static str, &'static str)>,
}

const CASES: [Case; 4] = [
    // AG-3: "while a phone is a sub-account anywhere it cannot be the main
    // account of an agency".
    Case {
        main: "agency",
        sub: "agency",
        main_then_sub: Some(("PHONE_IS_AGENCY_MAIN", "AG-3")),
        sub_then_main: Some(("PHONE_IS_SUBACCOUNT", "AG-3")),
    },
    Case {
        main: "agency",
        sub: "shop",
        main_then_sub: Some(("PHONE_IS_AGENCY_MAIN", "AG-3")),
        sub_then_main: Some(("PHONE_IS_SUBACCOUNT", "AG-3")),
    },
    // SH-2: a shop's main phone is no shop sub-account, and the other way.
    Case {
        main: "shop",
        sub: "shop",
        main_then_sub: Some(("PHONE_IS_SHOP_MAIN", "SH-2")),
        sub_then_main: Some(("PHONE_IS_SHOP_SUBACCOUNT", "SH-2")),
    },
    // Neither AG-3 nor SH-2 speaks of a shop main that is an agency
    // sub-account: allowed whatever the order (it used to be refused when
    // the sub-account came first).
    Case {
        main: "shop",
        sub: "agency",
        main_then_sub: None,
        sub_then_main: None,
    },
];

fn main_args(kind: &str, phone: &'static str) -> Vec<&'static str> {
    match kind {
        "agency" => agency_args("new-main", phone),
        _ => shop_args("new-main", USCC_A, phone, false),
    }
}

/// An env with an agency `ag` and a shop `sh` (their own main phones),
/// each with the position `staff`.
fn two_orgs() -> Env {
    let env = Env::new();
    org_with_staff(&env, &agency_args("ag", AGENCY_MAIN));
    org_with_staff(&env, &shop_args("sh", USCC_B, SHOP_MAIN, false));
    env
}

fn sub_org(kind: &str) -> &'static str {
    if kind == "agency" { "ag" } else { "sh" }
}

#[test]
fn one_phone_main_and_sub_account_answer_the_same_in_both_orders() {
    for c in CASES {
        let what = format!("{} main + {} sub-account", c.main, c.sub);
        // The main account first, then the sub-account.
        let env = two_orgs();
        env.ok(&main_args(c.main, P));
        let got = try_sub(&env, sub_org(c.sub), P);
        match c.main_then_sub {
            Some((code, rule)) => assert_err(&got.expect(&what), code, rule),
            None => assert!(got.is_none(), "{what}: {got:?}"),
        }
        // The sub-account first, then the main account.
        let env = two_orgs();
        assert!(try_sub(&env, sub_org(c.sub), P).is_none(), "{what}");
        let got = try_create(&env, &main_args(c.main, P));
        match c.sub_then_main {
            Some((code, rule)) => assert_err(&got.expect(&what), code, rule),
            None => assert!(got.is_none(), "{what}: {got:?}"),
        }
        assert_eq!(
            c.main_then_sub.is_some(),
            c.sub_then_main.is_some(),
            "{what}: one end state, one answer"
        );
    }
}

#[test]
fn sh2_shop_sub_account_becomes_a_shop_main_once_unbound() {
    let env = two_orgs();
    assert!(try_sub(&env, "sh", P).is_none());
    let create = shop_args("new-shop", USCC_A, P, false);
    let err = env.fail(4, &create);
    assert_err(&err, "PHONE_IS_SHOP_SUBACCOUNT", "SH-2");
    assert_eq!(err["details"]["org"], "sh", "{err}");
    assert!(
        err["hint"]
            .as_str()
            .unwrap_or_default()
            .contains("roster --org sh subaccount delete"),
        "{err}"
    );
    env.ok1(&o("sh", &["subaccount", "delete", P]));
    assert_eq!(env.ok(&create)["main_phone"], P);
}

#[test]
fn shop_main_that_is_an_agency_sub_account_is_one_state_whatever_the_order() {
    // Order 1: shop main, then agency sub-account.
    let one = two_orgs();
    one.ok(&shop_args("mine", USCC_A, P, false));
    assert!(try_sub(&one, "ag", P).is_none());
    // Order 2: agency sub-account, then shop main.
    let two = two_orgs();
    assert!(try_sub(&two, "ag", P).is_none());
    two.ok(&shop_args("mine", USCC_A, P, false));
    for env in [&one, &two] {
        assert_eq!(env.ok(&["org", "show", "mine"])["main_phone"], P);
        assert_eq!(
            env.ok(&o("ag", &["subaccount", "show", P]))["status"],
            "enabled"
        );
    }
}

#[test]
fn one_phone_may_be_main_of_an_agency_and_of_a_shop_in_either_order() {
    let env = Env::new();
    env.ok(&agency_args("a1", P));
    env.ok(&shop_args("s1", USCC_A, P, false));
    let env = Env::new();
    env.ok(&shop_args("s1", USCC_A, P, false));
    env.ok(&agency_args("a1", P));
}

#[test]
fn one_phone_may_serve_an_agency_and_a_shop_as_sub_account_in_either_order() {
    let env = two_orgs();
    assert!(try_sub(&env, "ag", P).is_none());
    assert!(try_sub(&env, "sh", P).is_none());
    let env = two_orgs();
    assert!(try_sub(&env, "sh", P).is_none());
    assert!(try_sub(&env, "ag", P).is_none());
}

#[test]
fn main_phone_taken_is_its_own_code_for_either_kind() {
    let env = two_orgs();
    let err = env.fail(4, &shop_args("second", USCC_A, SHOP_MAIN, false));
    assert_err(&err, "MAIN_PHONE_TAKEN", "SH-2");
    assert_eq!(err["details"]["org"], "sh", "{err}");
    let err = env.fail(4, &agency_args("second", AGENCY_MAIN));
    assert_err(&err, "MAIN_PHONE_TAKEN", "AG-3");
    assert_eq!(err["details"]["org"], "ag", "{err}");
    // PHONE_IS_SHOP_MAIN now means one thing: a shop's main phone cannot be
    // a shop sub-account.
    let err = try_sub(&env, "sh", SHOP_MAIN).expect("refused");
    assert_err(&err, "PHONE_IS_SHOP_MAIN", "SH-2");
}

// ---------------------------------------------------------------------------
// One Douyin id: employee account, authorised personal account, xingtu
// ---------------------------------------------------------------------------

const ORG: &str = "acme";
const XINGTU_WORDS: &str = "the creator-marketplace identity (星图达人) and an employee account of either kind (enterprise employee account or authorised personal account) exclude each other";

fn acme() -> Env {
    let env = Env::new();
    env.enterprise(ORG);
    env.ok(&w("org verify acme"));
    env.ok(&w("--org acme position create Sales --perm backend.video"));
    env
}

fn apply<'a>(email: &'a str, id: &'a str, douyin: &'a str) -> Vec<&'a str> {
    vec![
        "--org",
        ORG,
        "employee",
        "apply",
        email,
        "--name",
        "Staff",
        "--id-number",
        id,
        "--position",
        "Sales",
        "--proof",
        "sealed",
        "--agree",
        "--douyin-id",
        douyin,
    ]
}

fn invite(douyin: &str) -> Vec<&str> {
    vec![
        "--org",
        ORG,
        "auth",
        "invite",
        douyin,
        "--modules",
        "backend.video",
        "--agree",
    ]
}

fn xingtu(douyin: &str) -> Vec<&str> {
    vec!["identity", "xingtu", douyin, "--on"]
}

#[test]
fn ea11_employee_and_authorised_account_refused_in_both_orders() {
    let env = acme();
    env.ok(&apply("li@acme.cn", ID_A, "dy_e"));
    assert_err(
        &env.fail_row(&invite("dy_e")),
        "IS_EMPLOYEE_ACCOUNT",
        "EA-11",
    );
    env.ok(&invite("dy_a"));
    assert_err(
        &env.fail(4, &apply("wang@acme.cn", ID_B, "dy_a")),
        "IS_AUTHORIZED_PERSONAL_ACCOUNT",
        "EA-11",
    );
}

#[test]
fn ea12_pa8_xingtu_refused_in_both_orders_in_one_wording() {
    let env = acme();
    // Employee account, then the identity; the identity, then an employee
    // account (EA-12).
    env.ok(&apply("li@acme.cn", ID_A, "dy_e"));
    let e1 = env.fail(4, &xingtu("dy_e"));
    env.ok(&xingtu("dy_x1"));
    let e2 = env.fail(4, &apply("wang@acme.cn", ID_B, "dy_x1"));
    // Authorised personal account, then the identity; the identity, then
    // an invitation (PA-8).
    env.ok(&invite("dy_a"));
    let p1 = env.fail(4, &xingtu("dy_a"));
    env.ok(&xingtu("dy_x2"));
    let p2 = env.fail_row(&invite("dy_x2"));
    for (err, rule) in [(&e1, "EA-12"), (&e2, "EA-12"), (&p1, "PA-8"), (&p2, "PA-8")] {
        assert_err(err, "XINGTU_EXCLUSIVE", rule);
        let msg = err["message"].as_str().unwrap_or_default();
        assert!(msg.ends_with(XINGTU_WORDS), "{err}");
    }
}

#[test]
fn douyin_id_bindings_do_not_depend_on_the_sweep() {
    // An invitation past its 48 hours binds nobody, swept or not (PA-2).
    for swept in [false, true] {
        let mut env = acme();
        env.ok(&invite("dy_a"));
        env.ok(&invite("dy_b"));
        env.now = "2026-02-15T09:00:00+08:00".to_string();
        if swept {
            env.ok(&["sweep"]);
        }
        env.ok(&apply("li@acme.cn", ID_A, "dy_a"));
        assert_eq!(env.ok(&xingtu("dy_b"))["xingtu"], true, "swept: {swept}");
    }
}

// ---------------------------------------------------------------------------
// One qualification subject: cross-border shops and vertical accounts
// ---------------------------------------------------------------------------

const SUBJ: &str = USCC_A;
const HOLDERS: [&str; 2] = [ID_A, ID_B];

fn upgrade<'a>(
    verb: &'a str,
    dy: &'a str,
    shop: &'a str,
    i: usize,
    extra: &[&'a str],
) -> Vec<&'a str> {
    let mut a = vec![
        "upgrade",
        verb,
        dy,
        "--shop",
        shop,
        "--holder-name",
        "Holder",
        "--holder-id",
        HOLDERS[i],
        "--holder-phone",
        "13700137000",
    ];
    a.extend_from_slice(extra);
    a
}

/// Every type's `used` is within its `limit` (UP-4).
fn assert_quota_holds(env: &Env, subject: &str) -> Value {
    let q = env.ok(&["upgrade", "quota", subject]);
    for t in ["main", "vertical", "dedicated"] {
        assert!(
            q[t]["used"].as_u64() <= q[t]["limit"].as_u64(),
            "{t} used over its limit: {q}"
        );
    }
    q
}

#[test]
fn up4_subject_with_a_vertical_account_cannot_gain_a_cross_border_shop() {
    let env = Env::new();
    env.ok(&shop_args("home", SUBJ, "13900000021", false));
    env.ok(&upgrade("auto", "dy_main", "home", 0, &[]));
    let v = env.ok(&upgrade("auto", "dy_v", "home", 1, &["--type", "vertical"]));
    assert_eq!(v["account_type"], "vertical", "{v}");
    let err = env.fail(4, &shop_args("global", SUBJ, "13900000022", true));
    assert_err(&err, "SUBJECT_HAS_VERTICAL", "UP-4");
    assert_eq!(err["details"]["vertical"], 1, "{err}");
    let q = assert_quota_holds(&env, SUBJ);
    assert_eq!(q["cross_border"], false, "{q}");
    assert_eq!(q["vertical"]["used"], 1, "{q}");
    // A shop of the subject that is not cross-border is welcome.
    env.ok(&shop_args("local", SUBJ, "13900000023", false));
}

#[test]
fn up4_cross_border_subject_cannot_gain_a_vertical_account() {
    let env = Env::new();
    env.ok(&shop_args("global", SUBJ, "13900000022", true));
    let err = env.fail(
        4,
        &upgrade("auto", "dy_v", "global", 0, &["--type", "vertical"]),
    );
    assert_err(&err, "NO_VERTICAL_FOR_CROSS_BORDER", "UP-4");
    assert_quota_holds(&env, SUBJ);
}

#[test]
fn up4_a_pending_vertical_reservation_counts_until_it_ends() {
    let mut env = Env::new();
    env.ok(&shop_args("home", SUBJ, "13900000021", false));
    env.ok(&upgrade("auto", "dy_main", "home", 0, &[]));
    // Without --type the second account reserves a vertical seat.
    let v = env.ok(&upgrade("start", "dy_v", "home", 1, &[]));
    assert_eq!(v["account_type"], "vertical", "{v}");
    let cross = shop_args("global", SUBJ, "13900000022", true);
    assert_err(&env.fail(4, &cross), "SUBJECT_HAS_VERTICAL", "UP-4");
    // Seven days later the reservation is void, swept or not (UP-6, SW-1).
    env.now = "2026-02-20T09:00:00+08:00".to_string();
    env.ok(&cross);
    let q = assert_quota_holds(&env, SUBJ);
    assert_eq!(q["cross_border"], true, "{q}");
    assert_eq!(q["vertical"]["limit"], 0, "{q}");
}

#[test]
fn au1_quota_that_changes_nothing_is_unchanged_and_not_audited() {
    let env = Env::new();
    env.ok(&shop_args("home", SUBJ, "13900000021", false));
    // The defaults written out (3 vertical, 5 dedicated) change nothing.
    for args in [
        vec!["upgrade", "quota", SUBJ, "--vertical", "3"],
        vec![
            "upgrade",
            "quota",
            SUBJ,
            "--vertical",
            "3",
            "--dedicated",
            "5",
        ],
    ] {
        let before = env.fingerprint();
        let r = env.run(&args);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(r.stderr.contains("unchanged"), "{}", r.stderr);
        assert_eq!(before, env.fingerprint(), "{args:?}");
    }
    assert_eq!(env.audit_count("upgrade.quota"), 0);
    // A real change is audited once, with different before and after.
    env.ok(&["upgrade", "quota", SUBJ, "--vertical", "4"]);
    let ev = env.audit(&["--action", "upgrade.quota"]);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_ne!(ev[0]["before"], ev[0]["after"], "{ev:?}");
}

#[test]
fn up4_cross_border_subject_has_no_vertical_quota_to_set() {
    let env = Env::new();
    env.ok(&shop_args("global", USCC_B, "13900000022", true));
    let err = env.fail(4, &["upgrade", "quota", USCC_B, "--vertical", "2"]);
    assert_err(&err, "NO_VERTICAL_FOR_CROSS_BORDER", "UP-4");
    // Zero is what it has: nothing changes, nothing is recorded.
    let before = env.fingerprint();
    let r = env.run(&["upgrade", "quota", USCC_B, "--vertical", "0"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("unchanged"), "{}", r.stderr);
    assert_eq!(before, env.fingerprint());
    let q = env.ok(&["upgrade", "quota", USCC_B, "--dedicated", "6"]);
    assert_eq!(q["dedicated"]["limit"], 6, "{q}");
    assert_eq!(q["vertical"]["limit"], 0, "{q}");
    let ev = env.audit(&["--action", "upgrade.quota"]);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_ne!(ev[0]["before"], ev[0]["after"], "{ev:?}");
}
