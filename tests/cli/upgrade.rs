//! Issue 5: shop official account upgrades through the binary (SPEC §5, SW-1).

use serde_json::Value;

use crate::harness::*;

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// The flagship shop most tests use, of subject `SUBJ`.
const SHOP: &str = "acme-shop";
const SUBJ: &str = "91350100M000100Y43";
/// A second subject (the default shop helper's `USCC_B`).
const SUBJ_B: &str = "9144030071526726XG";
/// Subjects for cross-border shops and others.
const SUBJ_X: &str = "914403001922038216";
const SUBJ_C: &str = "91310000MA1FL8XK0Q";

/// Valid resident identity numbers (GB 11643 check digits verified).
const IDS: [&str; 8] = [
    "110105199003071239",
    "310115198805122347",
    "440305199508233456",
    "510107199201014566",
    "330106198706155677",
    "420102199311206784",
    "37020219890909789X",
    "320505199602298903",
];
/// The holder (and first operator) name of `IDS[i]`.
const NAMES: [&str; 8] = [
    "Li Lei",
    "Han Mei",
    "Wang Fang",
    "Zhang Wei",
    "Liu Yang",
    "Chen Jing",
    "Zhao Min",
    "Sun Li",
];
const HOLDER_PHONE: &str = "13800138000";

/// `NOW` + 7 days: a pending upgrade expires then (UP-6).
const REVIEW_EXPIRY: &str = "2026-02-20T09:00:00+08:00";
const REVIEW_EXPIRY_UTC: &str = "2026-02-20T01:00:00Z";
const JUST_BEFORE_REVIEW_EXPIRY: &str = "2026-02-20T08:59:59+08:00";
/// `NOW` + 30 days: an automatic upgrade's cancel deadline (UP-3).
const CANCEL_DEADLINE: &str = "2026-03-15T09:00:00+08:00";
const CANCEL_DEADLINE_UTC: &str = "2026-03-15T01:00:00Z";
const JUST_BEFORE_CANCEL_DEADLINE: &str = "2026-03-15T08:59:59+08:00";

fn name_of(id: &str) -> &'static str {
    let i = IDS.iter().position(|x| *x == id).expect("a known id");
    NAMES[i]
}

/// The masked form of an identity number: first 3 and last 4 (PII-1).
fn masked(id: &str) -> String {
    format!("{}{}{}", &id[..3], "*".repeat(11), &id[14..])
}

/// PII-1: no text shows a full identity number.
fn assert_no_full_id(text: &str) {
    for id in IDS {
        assert!(
            !text.contains(id),
            "printed the full identity number {id}:\n{text}"
        );
    }
}

fn at(env: &mut Env, now: &str) {
    env.now = now.to_string();
}

fn assert_err(err: &Value, code: &str, rule: &str) {
    assert_eq!(err["code"], code, "{err}");
    assert_eq!(err["rule"], rule, "{err}");
    assert!(
        err["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{err}"
    );
}

/// The fields CLI.md requires of an upgrade.
fn assert_upgrade_fields(v: &Value) {
    for f in [
        "shop",
        "douyin_id",
        "status",
        "account_type",
        "operator",
        "attempts",
        "cancel_deadline",
        "posting_limit",
    ] {
        assert!(v.get(f).is_some(), "upgrade lacks {f}: {v}");
    }
}

/// `org create shop HANDLE …` with every fact given.
fn shop_of(env: &Env, handle: &str, shop_type: &str, subject: &str, phone: &str, cb: bool) {
    let mut a = vec![
        "org",
        "create",
        "shop",
        handle,
        "--name",
        "Acme Store",
        "--shop-type",
        shop_type,
        "--subject",
        subject,
        "--main-phone",
        phone,
    ];
    if cb {
        a.push("--cross-border");
    }
    let v = env.ok(&a);
    assert_eq!(v["kind"], "shop", "{v}");
}

/// An env with the flagship shop `SHOP` of subject `SUBJ`.
fn acme() -> Env {
    let env = Env::new();
    shop_of(&env, SHOP, "flagship", SUBJ, "13900000001", false);
    env
}

/// `upgrade VERB DY --shop SHOP --holder-name … --holder-id ID --holder-phone …` + extra.
fn holder_args<'a>(
    verb: &'a str,
    dy: &'a str,
    shop: &'a str,
    id: &'a str,
    extra: &[&'a str],
) -> Vec<&'a str> {
    let mut a = vec![
        "upgrade",
        verb,
        dy,
        "--shop",
        shop,
        "--holder-name",
        name_of(id),
        "--holder-id",
        id,
        "--holder-phone",
        HOLDER_PHONE,
    ];
    a.extend_from_slice(extra);
    a
}

/// A manual upgrade of `dy` for `SHOP`, held by `id`.
fn start(env: &Env, dy: &str, id: &str) -> Value {
    start_in(env, dy, SHOP, id, &[])
}

fn start_in(env: &Env, dy: &str, shop: &str, id: &str, extra: &[&str]) -> Value {
    let v = env.ok(&holder_args("start", dy, shop, id, extra));
    assert_upgrade_fields(&v);
    v
}

/// An automatic upgrade of `dy` for `SHOP`, held by `id`.
fn auto(env: &Env, dy: &str, id: &str) -> Value {
    auto_in(env, dy, SHOP, id, &[])
}

fn auto_in(env: &Env, dy: &str, shop: &str, id: &str, extra: &[&str]) -> Value {
    let v = env.ok(&holder_args("auto", dy, shop, id, extra));
    assert_upgrade_fields(&v);
    v
}

fn approve(env: &Env, dy: &str) -> Value {
    env.ok(&["upgrade", "review", dy, "--approve"])
}

fn reject(env: &Env, dy: &str) -> Value {
    env.ok(&[
        "upgrade",
        "review",
        dy,
        "--reject",
        "--reason",
        "blurry-licence",
    ])
}

fn status(env: &Env, dy: &str) -> Value {
    let v = env.ok(&["upgrade", "status", dy]);
    assert!(v.is_object(), "status of one account is one object: {v}");
    assert_upgrade_fields(&v);
    v
}

fn quota(env: &Env, subject: &str) -> Value {
    env.ok(&["upgrade", "quota", subject])
}

fn sweep(env: &Env) -> Value {
    env.ok(&["sweep"])
}

/// `upgrade operator DY` to `IDS[i]`'s person.
fn operator_args<'a>(dy: &'a str, id: &'a str) -> Vec<&'a str> {
    vec![
        "upgrade",
        "operator",
        dy,
        "--name",
        name_of(id),
        "--id-number",
        id,
        "--phone",
        "13700137000",
    ]
}

fn douyin_ids(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap_or_else(|| panic!("not an array: {list}"))
        .iter()
        .map(|v| v["douyin_id"].as_str().unwrap())
        .collect()
}

fn config(env: &Env, text: &str) -> String {
    env.write_file("roster.toml", text)
}

// ---------------------------------------------------------------------------
// UP-1: which shops can upgrade
// ---------------------------------------------------------------------------

#[test]
fn up1_every_eligible_shop_type_upgrades() {
    let env = Env::new();
    let types = [
        "official-flagship",
        "flagship",
        "specialty",
        "franchise",
        "enterprise",
        "individual-business",
    ];
    let subjects = [SUBJ, SUBJ_B, SUBJ_C, SUBJ, SUBJ_B, SUBJ_C];
    for (i, t) in types.iter().enumerate() {
        let handle = format!("shop-{i}");
        let phone = format!("1390000001{i}");
        let dy = format!("dy_{i}");
        shop_of(&env, &handle, t, subjects[i], &phone, false);
        let v = start_in(&env, &dy, &handle, IDS[i], &[]);
        assert_eq!(v["status"], "reviewing", "{t}: {v}");
        assert_eq!(v["shop"], handle.as_str(), "{v}");
        assert_eq!(v["douyin_id"], dy.as_str(), "{v}");
        let v = approve(&env, &dy);
        assert_eq!(v["status"], "upgraded", "{t}: {v}");
        assert_eq!(v["posting_limit"], 100, "{v}");
    }
    assert_eq!(env.audit_count("upgrade.approve"), 6);
}

#[test]
fn up1_personal_shop_is_refused() {
    let env = Env::new();
    shop_of(&env, "solo", "personal", SUBJ, "13900000002", false);
    let err = env.fail(4, &holder_args("start", "dy_solo", "solo", IDS[0], &[]));
    assert_err(&err, "SHOP_TYPE_NOT_ELIGIBLE", "UP-1");
    // The platform cannot upgrade one either.
    let err = env.fail(4, &holder_args("auto", "dy_solo", "solo", IDS[0], &[]));
    assert_err(&err, "SHOP_TYPE_NOT_ELIGIBLE", "UP-1");
    env.fail(3, &["upgrade", "status", "dy_solo"]);
}

#[test]
fn up1_cross_border_flagship_upgrades() {
    let env = Env::new();
    shop_of(&env, "global", "flagship", SUBJ_X, "13900000003", true);
    let v = start_in(&env, "dy_global", "global", IDS[0], &[]);
    assert_eq!(v["status"], "reviewing", "{v}");
    assert_eq!(v["account_type"], "main", "{v}");
    let v = approve(&env, "dy_global");
    assert_eq!(v["status"], "upgraded", "{v}");
    let v = auto_in(&env, "dy_global2", "global", IDS[1], &[]);
    assert_eq!(v["status"], "upgraded", "{v}");
}

#[test]
fn up1_shop_naming_an_agency_is_not_a_shop() {
    let env = acme();
    env.agency("star", "13900000009");
    let err = env.fail(4, &holder_args("start", "dy_a", "star", IDS[0], &[]));
    assert_err(&err, "NOT_A_SHOP", "UP-1");
    let err = env.fail(4, &holder_args("auto", "dy_a", "star", IDS[0], &[]));
    assert_err(&err, "NOT_A_SHOP", "UP-1");
    let err = env.fail(4, &["upgrade", "status", "--shop", "star"]);
    assert_err(&err, "NOT_A_SHOP", "UP-1");
}

#[test]
fn up1_unknown_shop_is_not_found() {
    let env = acme();
    let err = env.fail(3, &holder_args("start", "dy_a", "nowhere", IDS[0], &[]));
    assert!(err["code"].as_str().is_some_and(|c| !c.is_empty()), "{err}");
    assert!(
        err["message"].as_str().unwrap().contains("nowhere"),
        "{err}"
    );
    env.fail(3, &holder_args("auto", "dy_a", "nowhere", IDS[0], &[]));
    env.fail(3, &["upgrade", "status", "--shop", "nowhere"]);
}

// ---------------------------------------------------------------------------
// UP-2 / UP-3: automatic upgrades and their 30-day cancel window
// ---------------------------------------------------------------------------

#[test]
fn up2_auto_upgrade_is_upgraded_at_once_with_a_30_day_cancel_window() {
    let env = acme();
    let v = auto(&env, "dy_auto", IDS[0]);
    assert_eq!(v["shop"], SHOP, "{v}");
    assert_eq!(v["douyin_id"], "dy_auto", "{v}");
    assert_eq!(v["status"], "upgraded", "{v}");
    assert_eq!(v["mode"], "automatic", "{v}");
    assert_eq!(v["account_type"], "main", "{v}");
    assert_eq!(v["operator"], NAMES[0], "{v}");
    assert_eq!(v["attempts"], 1, "{v}");
    assert_eq!(v["cancel_deadline"], CANCEL_DEADLINE_UTC, "{v}");
    assert_eq!(v["cancel_final"], false, "{v}");
    assert_eq!(v["posting_limit"], 100, "{v}");
    assert_eq!(v["upgraded_at"], NOW_UTC, "{v}");
    assert_eq!(v["attempt_history"][0]["mode"], "automatic", "{v}");
    assert_eq!(v["attempt_history"][0]["outcome"], "upgraded", "{v}");
    assert_eq!(status(&env, "dy_auto"), v);
    assert_eq!(env.audit_count("upgrade.auto"), 1);
}

#[test]
fn up2_manual_upgrade_has_no_cancel_deadline() {
    let env = acme();
    let v = start(&env, "dy_m", IDS[0]);
    assert_eq!(v["mode"], "manual", "{v}");
    assert_eq!(v["cancel_deadline"], Value::Null, "{v}");
    assert_eq!(v["review_expires_at"], REVIEW_EXPIRY_UTC, "{v}");
    let v = approve(&env, "dy_m");
    assert_eq!(v["status"], "upgraded", "{v}");
    assert_eq!(v["cancel_deadline"], Value::Null, "{v}");
    assert_eq!(v["cancel_final"], true, "{v}");
}

#[test]
fn up3_cancel_strictly_before_the_deadline_cancels_and_at_it_is_refused() {
    let mut env = acme();
    auto(&env, "dy_one", IDS[0]);
    auto(&env, "dy_two", IDS[1]);
    at(&mut env, JUST_BEFORE_CANCEL_DEADLINE);
    let v = env.ok(&w("upgrade cancel dy_one"));
    assert_eq!(v["status"], "cancelled", "{v}");
    assert_eq!(v["posting_limit"], 75, "{v}");
    assert_eq!(v["cancel_final"], true, "{v}");
    assert_eq!(v["attempt_history"][0]["outcome"], "cancelled", "{v}");
    at(&mut env, CANCEL_DEADLINE);
    let err = env.fail(4, &w("upgrade cancel dy_two"));
    assert_err(&err, "CANCEL_WINDOW_CLOSED", "UP-3");
    assert_eq!(
        err["details"]["cancel_deadline"], CANCEL_DEADLINE_UTC,
        "{err}"
    );
    assert_eq!(status(&env, "dy_two")["status"], "upgraded");
    assert_eq!(env.audit_count("upgrade.cancel"), 1);
}

#[test]
fn up3_manual_upgrade_cannot_be_cancelled() {
    let env = acme();
    start(&env, "dy_m", IDS[0]);
    // Not upgraded yet: the state is wrong.
    let err = env.fail(4, &w("upgrade cancel dy_m"));
    assert_err(&err, "INVALID_STATE", "UP-3");
    approve(&env, "dy_m");
    let err = env.fail(4, &w("upgrade cancel dy_m"));
    assert_err(&err, "NOT_AUTOMATIC", "UP-3");
    env.fail(3, &w("upgrade cancel dy_nobody"));
}

#[test]
fn up3_cancelled_upgrade_cannot_be_cancelled_again() {
    let env = acme();
    auto(&env, "dy_a", IDS[0]);
    env.ok(&w("upgrade cancel dy_a"));
    let err = env.fail(4, &w("upgrade cancel dy_a"));
    assert_err(&err, "INVALID_STATE", "UP-3");
}

#[test]
fn up3_sweep_at_the_deadline_closes_the_cancel_window_once() {
    let mut env = acme();
    auto(&env, "dy_a", IDS[0]);
    at(&mut env, JUST_BEFORE_CANCEL_DEADLINE);
    let s = sweep(&env);
    assert_eq!(s["cancel_windows_closed"], 0, "{s}");
    assert_eq!(status(&env, "dy_a")["cancel_final"], false);
    at(&mut env, CANCEL_DEADLINE);
    let s = sweep(&env);
    assert_eq!(s["cancel_windows_closed"], 1, "{s}");
    assert!(s["changed"].as_u64().unwrap() >= 1, "{s}");
    let v = status(&env, "dy_a");
    assert_eq!(v["status"], "upgraded", "{v}");
    assert_eq!(v["cancel_final"], true, "{v}");
    assert_eq!(v["cancel_deadline"], CANCEL_DEADLINE_UTC, "{v}");
    assert_eq!(v["posting_limit"], 100, "{v}");
    // SW-1: a second run at the same instant changes nothing.
    let before = env.fingerprint();
    let s = sweep(&env);
    assert_eq!(s["cancel_windows_closed"], 0, "{s}");
    assert_eq!(s["changed"], 0, "{s}");
    assert_eq!(before, env.fingerprint());
    let ev = env.audit(&["--action", "upgrade.cancel-window-closed"]);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0]["object"], "upgrade:dy_a");
    // Closed: a cancel is still refused.
    let err = env.fail(4, &w("upgrade cancel dy_a"));
    assert_err(&err, "CANCEL_WINDOW_CLOSED", "UP-3");
}

#[test]
fn up3_sweep_dry_run_reports_the_closing_and_changes_nothing() {
    let mut env = acme();
    auto(&env, "dy_a", IDS[0]);
    at(&mut env, CANCEL_DEADLINE);
    let before = env.fingerprint();
    let s = env.ok(&w("sweep --dry-run"));
    assert_eq!(s["cancel_windows_closed"], 1, "{s}");
    assert_eq!(before, env.fingerprint());
}

#[test]
fn up3_cancelled_upgrade_frees_its_type_seat_and_operator_slot() {
    let env = acme();
    // One person operates five: main, 3 vertical, 1 dedicated.
    for i in 0..5 {
        auto(&env, &format!("dy_{i}"), IDS[0]);
    }
    let q = quota(&env, SUBJ);
    assert_eq!(q["main"]["used"], 1, "{q}");
    assert_eq!(q["vertical"]["used"], 3, "{q}");
    let err = env.fail(4, &holder_args("start", "dy_5", SHOP, IDS[0], &[]));
    assert_err(&err, "OPERATOR_LIMIT", "UP-5");
    let v = env.ok(&w("upgrade cancel dy_0"));
    assert_eq!(v["account_type"], "main", "{v}");
    let q = quota(&env, SUBJ);
    assert_eq!(q["main"]["used"], 0, "{q}");
    // The freed main seat and operator slot go to the next one.
    let v = start(&env, "dy_5", IDS[0]);
    assert_eq!(v["account_type"], "main", "{v}");
}

#[test]
fn up3_cancelled_upgrade_can_start_again() {
    let env = acme();
    auto(&env, "dy_a", IDS[0]);
    env.ok(&w("upgrade cancel dy_a"));
    let v = start(&env, "dy_a", IDS[0]);
    assert_eq!(v["status"], "reviewing", "{v}");
    assert_eq!(v["mode"], "manual", "{v}");
    assert_eq!(v["attempts"], 2, "{v}");
    assert_eq!(v["cancel_deadline"], Value::Null, "{v}");
    let h = v["attempt_history"].as_array().unwrap();
    assert_eq!(h.len(), 2, "{v}");
    assert_eq!(h[0]["outcome"], "cancelled", "{v}");
    assert_eq!(h[0]["mode"], "automatic", "{v}");
    assert_eq!(h[1]["outcome"], Value::Null, "{v}");
}

// ---------------------------------------------------------------------------
// UP-4: account types and per-subject quotas
// ---------------------------------------------------------------------------

#[test]
fn up4_without_type_main_then_vertical_then_dedicated_by_default_quota() {
    let env = acme();
    let mut types = Vec::new();
    for i in 0..9 {
        // At most five per operator (UP-5): two people share them.
        let v = auto(&env, &format!("dy_{i}"), IDS[i / 5]);
        types.push(v["account_type"].as_str().unwrap().to_string());
    }
    let mut expected = vec!["main".to_string()];
    expected.extend(std::iter::repeat_n("vertical".to_string(), 3));
    expected.extend(std::iter::repeat_n("dedicated".to_string(), 5));
    assert_eq!(types, expected);
    let err = env.fail(4, &holder_args("start", "dy_9", SHOP, IDS[2], &[]));
    assert_err(&err, "NO_ACCOUNT_TYPE_FREE", "UP-4");
    assert_eq!(err["details"]["subject"], SUBJ, "{err}");
}

#[test]
fn up4_without_type_main_then_vertical_then_dedicated_then_none_free() {
    let env = acme();
    let q = env.ok(&[
        "upgrade",
        "quota",
        SUBJ,
        "--vertical",
        "1",
        "--dedicated",
        "1",
    ]);
    assert_eq!(q["vertical"]["limit"], 1, "{q}");
    assert_eq!(q["dedicated"]["limit"], 1, "{q}");
    assert_eq!(start(&env, "dy_1", IDS[0])["account_type"], "main");
    assert_eq!(start(&env, "dy_2", IDS[1])["account_type"], "vertical");
    assert_eq!(start(&env, "dy_3", IDS[2])["account_type"], "dedicated");
    let err = env.fail(4, &holder_args("start", "dy_4", SHOP, IDS[3], &[]));
    assert_err(&err, "NO_ACCOUNT_TYPE_FREE", "UP-4");
    assert_eq!(err["details"]["used"]["dedicated"], 1, "{err}");
    assert_eq!(err["details"]["limit"]["vertical"], 1, "{err}");
    let err = env.fail(4, &holder_args("auto", "dy_4", SHOP, IDS[3], &[]));
    assert_err(&err, "NO_ACCOUNT_TYPE_FREE", "UP-4");
}

#[test]
fn up4_two_pending_upgrades_cannot_both_take_the_last_vertical_seat() {
    let env = acme();
    env.ok(&[
        "upgrade",
        "quota",
        SUBJ,
        "--vertical",
        "1",
        "--dedicated",
        "1",
    ]);
    auto(&env, "dy_main", IDS[0]);
    let v = start(&env, "dy_v1", IDS[1]);
    assert_eq!(v["account_type"], "vertical", "{v}");
    // The seat is reserved while dy_v1 is under review.
    let err = env.fail(
        4,
        &holder_args("start", "dy_v2", SHOP, IDS[2], &["--type", "vertical"]),
    );
    assert_err(&err, "ACCOUNT_TYPE_FULL", "UP-4");
    let v = start(&env, "dy_v2", IDS[2]);
    assert_eq!(v["account_type"], "dedicated", "{v}");
    assert_eq!(approve(&env, "dy_v1")["account_type"], "vertical");
    assert_eq!(approve(&env, "dy_v2")["account_type"], "dedicated");
    let q = quota(&env, SUBJ);
    assert_eq!(q["main"]["used"], 1, "{q}");
    assert_eq!(q["vertical"]["used"], 1, "{q}");
    assert_eq!(q["dedicated"]["used"], 1, "{q}");
}

#[test]
fn up4_explicit_main_when_main_is_taken_is_refused() {
    let env = acme();
    // Reserved by a pending upgrade …
    start(&env, "dy_1", IDS[0]);
    let err = env.fail(
        4,
        &holder_args("start", "dy_2", SHOP, IDS[1], &["--type", "main"]),
    );
    assert_err(&err, "ACCOUNT_TYPE_FULL", "UP-4");
    assert_eq!(err["details"]["used"]["main"], 1, "{err}");
    assert_eq!(err["details"]["limit"]["main"], 1, "{err}");
    // … and held once upgraded, for a shop of the same subject too.
    approve(&env, "dy_1");
    shop_of(&env, "acme-two", "specialty", SUBJ, "13900000002", false);
    let err = env.fail(
        4,
        &holder_args("auto", "dy_2", "acme-two", IDS[1], &["--type", "main"]),
    );
    assert_err(&err, "ACCOUNT_TYPE_FULL", "UP-4");
    // Another subject has its own main.
    shop_of(&env, "beta-shop", "flagship", SUBJ_B, "13900000003", false);
    let v = start_in(&env, "dy_2", "beta-shop", IDS[1], &["--type", "main"]);
    assert_eq!(v["account_type"], "main", "{v}");
}

#[test]
fn up4_seats_are_shared_by_every_shop_of_a_subject() {
    let env = acme();
    shop_of(&env, "acme-two", "franchise", SUBJ, "13900000002", false);
    assert_eq!(start(&env, "dy_1", IDS[0])["account_type"], "main");
    let v = start_in(&env, "dy_2", "acme-two", IDS[1], &[]);
    assert_eq!(v["account_type"], "vertical", "{v}");
    assert_eq!(v["subject"], SUBJ, "{v}");
}

#[test]
fn up4_invalid_type_is_invalid_input() {
    let env = acme();
    env.fail(
        5,
        &holder_args("start", "dy_1", SHOP, IDS[0], &["--type", "premium"]),
    );
}

#[test]
fn up4_rejected_pending_upgrade_releases_its_reservation() {
    let env = acme();
    start(&env, "dy_1", IDS[0]);
    assert_eq!(quota(&env, SUBJ)["main"]["used"], 1);
    reject(&env, "dy_1");
    let q = quota(&env, SUBJ);
    assert_eq!(q["main"]["used"], 0, "{q}");
    let v = start(&env, "dy_2", IDS[1]);
    assert_eq!(v["account_type"], "main", "{v}");
}

#[test]
fn up4_expired_pending_upgrade_releases_its_reservation() {
    let mut env = acme();
    start(&env, "dy_1", IDS[0]);
    at(&mut env, REVIEW_EXPIRY);
    sweep(&env);
    assert_eq!(quota(&env, SUBJ)["main"]["used"], 0);
    let v = start_in(&env, "dy_2", SHOP, IDS[1], &["--type", "main"]);
    assert_eq!(v["account_type"], "main", "{v}");
}

#[test]
fn up4_unspecified_type_is_decided_on_approval() {
    let env = acme();
    start(&env, "dy_1", IDS[0]);
    let v = start(&env, "dy_2", IDS[1]);
    assert_eq!(
        v["account_type"], "vertical",
        "reserved while reviewing: {v}"
    );
    reject(&env, "dy_1");
    // Main has room again: the approval takes the first type with room.
    let v = approve(&env, "dy_2");
    assert_eq!(v["account_type"], "main", "{v}");
    // An explicit type stays what was asked for.
    let v = start_in(&env, "dy_3", SHOP, IDS[2], &["--type", "dedicated"]);
    assert_eq!(v["account_type"], "dedicated", "{v}");
    assert_eq!(approve(&env, "dy_3")["account_type"], "dedicated");
}

#[test]
fn up4_cross_border_subject_has_no_vertical() {
    let env = Env::new();
    // The subject is cross-border when any of its shops is.
    shop_of(&env, "home", "flagship", SUBJ_X, "13900000004", false);
    shop_of(&env, "global", "flagship", SUBJ_X, "13900000005", true);
    let err = env.fail(
        4,
        &holder_args("start", "dy_v", "home", IDS[0], &["--type", "vertical"]),
    );
    assert_err(&err, "NO_VERTICAL_FOR_CROSS_BORDER", "UP-4");
    let err = env.fail(
        4,
        &holder_args("auto", "dy_v", "global", IDS[0], &["--type", "vertical"]),
    );
    assert_err(&err, "NO_VERTICAL_FOR_CROSS_BORDER", "UP-4");
    assert_eq!(
        start_in(&env, "dy_1", "home", IDS[0], &[])["account_type"],
        "main"
    );
    assert_eq!(
        start_in(&env, "dy_2", "global", IDS[1], &[])["account_type"],
        "dedicated"
    );
    let q = quota(&env, SUBJ_X);
    assert_eq!(q["cross_border"], true, "{q}");
    assert_eq!(q["vertical"]["limit"], 0, "{q}");
    assert_eq!(q["dedicated"]["used"], 1, "{q}");
}

#[test]
fn up4_quota_shows_used_and_limit_per_type() {
    let env = acme();
    let q = quota(&env, SUBJ);
    assert_eq!(q["subject"], SUBJ, "{q}");
    assert_eq!(q["cross_border"], false, "{q}");
    for (t, limit) in [("main", 1), ("vertical", 3), ("dedicated", 5)] {
        assert_eq!(q[t]["used"], 0, "{q}");
        assert_eq!(q[t]["limit"], limit, "{q}");
    }
    start(&env, "dy_1", IDS[0]);
    start_in(&env, "dy_2", SHOP, IDS[1], &["--type", "dedicated"]);
    let q = quota(&env, SUBJ);
    assert_eq!(q["main"]["used"], 1, "{q}");
    assert_eq!(q["vertical"]["used"], 0, "{q}");
    assert_eq!(q["dedicated"]["used"], 1, "{q}");
    let q = env.ok(&[
        "upgrade",
        "quota",
        SUBJ,
        "--vertical",
        "5",
        "--dedicated",
        "8",
    ]);
    assert_eq!(q["vertical"]["limit"], 5, "{q}");
    assert_eq!(q["dedicated"]["limit"], 8, "{q}");
    assert_eq!(q["dedicated"]["used"], 1, "{q}");
    assert_eq!(quota(&env, SUBJ), q);
    let ev = env.audit(&["--action", "upgrade.quota"]);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0]["before"]["vertical"]["limit"], 3, "{ev:?}");
    assert_eq!(ev[0]["after"]["vertical"]["limit"], 5, "{ev:?}");
    // Setting the same again changes nothing.
    let before = env.fingerprint();
    env.ok(&["upgrade", "quota", SUBJ, "--vertical", "5"]);
    assert_eq!(before, env.fingerprint());
    assert_eq!(env.audit_count("upgrade.quota"), 1);
    // Showing the quota of one subject leaves the others at the defaults.
    shop_of(&env, "beta-shop", "flagship", SUBJ_B, "13900000002", false);
    assert_eq!(quota(&env, SUBJ_B)["vertical"]["limit"], 3);
}

#[test]
fn up4_quota_below_use_is_refused() {
    let env = acme();
    start_in(&env, "dy_1", SHOP, IDS[0], &["--type", "vertical"]);
    auto_in(&env, "dy_2", SHOP, IDS[1], &["--type", "vertical"]);
    start_in(&env, "dy_3", SHOP, IDS[2], &["--type", "dedicated"]);
    let err = env.fail(4, &["upgrade", "quota", SUBJ, "--vertical", "1"]);
    assert_err(&err, "QUOTA_BELOW_USE", "UP-4");
    let err = env.fail(4, &["upgrade", "quota", SUBJ, "--dedicated", "0"]);
    assert_err(&err, "QUOTA_BELOW_USE", "UP-4");
    let q = env.ok(&[
        "upgrade",
        "quota",
        SUBJ,
        "--vertical",
        "2",
        "--dedicated",
        "1",
    ]);
    assert_eq!(q["vertical"]["limit"], 2, "{q}");
    // Full now: an explicit vertical is refused.
    let err = env.fail(
        4,
        &holder_args("start", "dy_4", SHOP, IDS[3], &["--type", "vertical"]),
    );
    assert_err(&err, "ACCOUNT_TYPE_FULL", "UP-4");
}

#[test]
fn up4_quota_of_an_unknown_or_malformed_subject() {
    let env = acme();
    let err = env.fail(3, &["upgrade", "quota", SUBJ_C]);
    assert_eq!(err["code"], "SUBJECT_NOT_FOUND", "{err}");
    env.fail(3, &["upgrade", "quota", SUBJ_C, "--vertical", "4"]);
    env.fail(5, &["upgrade", "quota", "91350100M000100Y44"]);
    let before = env.fingerprint();
    let r = env.run(&["--json", "upgrade", "quota", SUBJ, "--vertical", "-1"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_eq!(before, env.fingerprint());
}

#[test]
fn up4_type_never_changes_after_success() {
    let mut env = acme();
    env.ok(&[
        "upgrade",
        "quota",
        SUBJ,
        "--vertical",
        "1",
        "--dedicated",
        "1",
    ]);
    auto(&env, "dy_main", IDS[0]);
    start(&env, "dy_v", IDS[1]);
    start(&env, "dy_d", IDS[2]);
    assert_eq!(approve(&env, "dy_v")["account_type"], "vertical");
    assert_eq!(approve(&env, "dy_d")["account_type"], "dedicated");
    // Main and vertical seats free up; the upgraded ones keep their types.
    env.ok(&w("upgrade cancel dy_main"));
    assert_eq!(quota(&env, SUBJ)["main"]["used"], 0);
    assert_eq!(status(&env, "dy_v")["account_type"], "vertical");
    assert_eq!(status(&env, "dy_d")["account_type"], "dedicated");
    // An operator change or a sweep does not re-decide it either.
    env.ok(&operator_args("dy_d", IDS[3]));
    at(&mut env, CANCEL_DEADLINE);
    sweep(&env);
    assert_eq!(status(&env, "dy_d")["account_type"], "dedicated");
    assert_eq!(status(&env, "dy_v")["account_type"], "vertical");
}

// ---------------------------------------------------------------------------
// UP-5: one operator per account, at most five accounts per person
// ---------------------------------------------------------------------------

#[test]
fn up5_first_operator_is_the_holder() {
    let env = acme();
    let v = start(&env, "dy_1", IDS[1]);
    assert_eq!(v["operator"], NAMES[1], "{v}");
    assert_eq!(v["operator_id"], masked(IDS[1]), "{v}");
    assert_eq!(v["operator_phone"], HOLDER_PHONE, "{v}");
    assert_eq!(v["holder_name"], NAMES[1], "{v}");
    assert_eq!(v["holder_id"], masked(IDS[1]), "{v}");
    let v = auto(&env, "dy_2", IDS[2]);
    assert_eq!(v["operator"], NAMES[2], "{v}");
}

#[test]
fn up5_sixth_account_of_one_operator_is_refused() {
    let env = acme();
    shop_of(&env, "beta-shop", "flagship", SUBJ_B, "13900000002", false);
    // Pending and upgraded accounts, over two shops and subjects, all count.
    for i in 0..3 {
        start(&env, &format!("dy_{i}"), IDS[0]);
    }
    auto_in(&env, "dy_3", "beta-shop", IDS[0], &[]);
    let v = start_in(&env, "dy_4", "beta-shop", IDS[0], &[]);
    assert_eq!(v["status"], "reviewing", "the fifth lands: {v}");
    let err = env.fail(4, &holder_args("start", "dy_5", SHOP, IDS[0], &[]));
    assert_err(&err, "OPERATOR_LIMIT", "UP-5");
    assert_eq!(err["details"]["operated"], 5, "{err}");
    assert_eq!(err["details"]["limit"], 5, "{err}");
    assert_no_full_id(&err.to_string());
    let err = env.fail(4, &holder_args("auto", "dy_5", "beta-shop", IDS[0], &[]));
    assert_err(&err, "OPERATOR_LIMIT", "UP-5");
    // Another person can.
    start(&env, "dy_5", IDS[1]);
}

#[test]
fn up5_operator_change_to_a_person_at_the_limit_is_refused() {
    let env = acme();
    for i in 0..5 {
        auto(&env, &format!("dy_{i}"), IDS[0]);
    }
    start(&env, "dy_x", IDS[1]);
    let err = env.fail(4, &operator_args("dy_x", IDS[0]));
    assert_err(&err, "OPERATOR_LIMIT", "UP-5");
    assert_eq!(err["details"]["operated"], 5, "{err}");
    assert_eq!(err["details"]["limit"], 5, "{err}");
    assert_eq!(status(&env, "dy_x")["operator"], NAMES[1]);
}

#[test]
fn up5_changing_the_operator_frees_a_slot_for_the_old_one() {
    let env = acme();
    for i in 0..5 {
        auto(&env, &format!("dy_{i}"), IDS[0]);
    }
    env.fail(4, &holder_args("start", "dy_5", SHOP, IDS[0], &[]));
    let v = env.ok(&operator_args("dy_4", IDS[1]));
    assert_eq!(v["operator"], NAMES[1], "{v}");
    assert_eq!(v["operator_id"], masked(IDS[1]), "{v}");
    assert_eq!(v["operator_phone"], "13700137000", "{v}");
    // The holder stays who it was.
    assert_eq!(v["holder_name"], NAMES[0], "{v}");
    assert_eq!(v["holder_id"], masked(IDS[0]), "{v}");
    let v = start(&env, "dy_5", IDS[0]);
    assert_eq!(v["status"], "reviewing", "{v}");
    let ev = env.audit(&["--action", "upgrade.operator"]);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0]["object"], "upgrade:dy_4", "{ev:?}");
    assert_eq!(ev[0]["before"]["operator"], NAMES[0], "{ev:?}");
    assert_eq!(ev[0]["after"]["operator"], NAMES[1], "{ev:?}");
}

#[test]
fn up5_operator_can_change_while_reviewing_or_upgraded_only() {
    let env = acme();
    start(&env, "dy_r", IDS[0]);
    assert_eq!(env.ok(&operator_args("dy_r", IDS[1]))["operator"], NAMES[1]);
    // Approval re-checks the operator, not the holder.
    let v = approve(&env, "dy_r");
    assert_eq!(v["operator"], NAMES[1], "{v}");
    assert_eq!(env.ok(&operator_args("dy_r", IDS[2]))["operator"], NAMES[2]);
    start(&env, "dy_x", IDS[3]);
    reject(&env, "dy_x");
    let err = env.fail(4, &operator_args("dy_x", IDS[4]));
    assert_err(&err, "INVALID_STATE", "UP-5");
    env.fail(3, &operator_args("dy_nobody", IDS[4]));
}

#[test]
fn up5_operator_with_identical_values_changes_nothing() {
    let env = acme();
    start(&env, "dy_1", IDS[0]);
    env.ok(&operator_args("dy_1", IDS[1]));
    let before = env.fingerprint();
    let v = env.ok(&operator_args("dy_1", IDS[1]));
    assert_eq!(v["operator"], NAMES[1], "{v}");
    assert_eq!(before, env.fingerprint());
    assert_eq!(env.audit_count("upgrade.operator"), 1);
}

#[test]
fn up5_invalid_identity_or_phone_is_invalid_input() {
    let env = acme();
    start(&env, "dy_1", IDS[0]);
    // A wrong check digit.
    let bad = "110105199003071238";
    let err = env.fail(
        5,
        &[
            "upgrade",
            "operator",
            "dy_1",
            "--name",
            "X",
            "--id-number",
            bad,
            "--phone",
            "13700137000",
        ],
    );
    assert_eq!(err["code"], "INVALID_ID_NUMBER", "{err}");
    assert!(!err.to_string().contains(bad), "{err}");
    let err = env.fail(
        5,
        &[
            "upgrade",
            "start",
            "dy_2",
            "--shop",
            SHOP,
            "--holder-name",
            "X",
            "--holder-id",
            bad,
            "--holder-phone",
            HOLDER_PHONE,
        ],
    );
    assert_eq!(err["code"], "INVALID_ID_NUMBER", "{err}");
    env.fail(
        5,
        &[
            "upgrade",
            "operator",
            "dy_1",
            "--name",
            "X",
            "--id-number",
            IDS[1],
            "--phone",
            "12345",
        ],
    );
    env.fail(
        5,
        &[
            "upgrade",
            "start",
            "dy_2",
            "--shop",
            SHOP,
            "--holder-name",
            "X",
            "--holder-id",
            IDS[1],
            "--holder-phone",
            "not-a-phone",
        ],
    );
    // A malformed Douyin id.
    env.fail(5, &holder_args("start", "dy 2!", SHOP, IDS[1], &[]));
}

#[test]
fn up5_operator_limit_is_checked_again_at_approval() {
    let env = acme();
    for i in 0..3 {
        start(&env, &format!("dy_{i}"), IDS[0]);
    }
    // The policy is lowered to two while three are pending.
    let cfg = config(&env, "[policy]\naccounts_per_operator = 2\n");
    let err = env.fail(
        4,
        &["--config", &cfg, "upgrade", "review", "dy_0", "--approve"],
    );
    assert_err(&err, "OPERATOR_LIMIT", "UP-5");
    assert_eq!(err["details"]["operated"], 2, "{err}");
    assert_eq!(err["details"]["limit"], 2, "{err}");
    // A rejection is still possible, and then the next one fits.
    env.ok(&[
        "--config", &cfg, "upgrade", "review", "dy_0", "--reject", "--reason", "too-many",
    ]);
    env.ok(&["--config", &cfg, "upgrade", "review", "dy_1", "--approve"]);
}

// ---------------------------------------------------------------------------
// UP-6: review, rejection, restart, 7-day expiry
// ---------------------------------------------------------------------------

#[test]
fn up6_reject_needs_a_reason() {
    let env = acme();
    start(&env, "dy_1", IDS[0]);
    let before = env.fingerprint();
    let r = env.run(&["--json", "upgrade", "review", "dy_1", "--reject"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stdout.is_empty(), "{}", r.stdout);
    assert_eq!(before, env.fingerprint());
    let r = env.run(&["--json", "upgrade", "review", "dy_1"]);
    assert_eq!(r.code, 2, "approve or reject is required: {}", r.stderr);
    let r = env.run(&[
        "--json",
        "upgrade",
        "review",
        "dy_1",
        "--approve",
        "--reject",
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let err = env.fail(
        5,
        &["upgrade", "review", "dy_1", "--reject", "--reason", " "],
    );
    assert_eq!(err["code"], "MISSING_FIELD", "{err}");
    assert_eq!(status(&env, "dy_1")["status"], "reviewing");
}

#[test]
fn up6_rejected_upgrade_starts_again_as_a_new_attempt() {
    let env = acme();
    start(&env, "dy_1", IDS[0]);
    let v = reject(&env, "dy_1");
    assert_eq!(v["status"], "rejected", "{v}");
    assert_eq!(v["rejection_reason"], "blurry-licence", "{v}");
    assert_eq!(v["posting_limit"], 75, "{v}");
    assert_eq!(v["attempt_history"][0]["outcome"], "rejected", "{v}");
    assert_eq!(v["attempt_history"][0]["reason"], "blurry-licence", "{v}");
    let err = env.fail(4, &["upgrade", "review", "dy_1", "--approve"]);
    assert_err(&err, "INVALID_STATE", "UP-6");
    let v = start(&env, "dy_1", IDS[0]);
    assert_eq!(v["status"], "reviewing", "{v}");
    assert_eq!(v["attempts"], 2, "{v}");
    let h = v["attempt_history"].as_array().unwrap();
    assert_eq!(h.len(), 2, "{v}");
    assert_eq!(h[0]["n"], 1, "{v}");
    assert_eq!(h[0]["outcome"], "rejected", "{v}");
    assert_eq!(h[1]["n"], 2, "{v}");
    assert_eq!(h[1]["outcome"], Value::Null, "{v}");
    // Attempts are unlimited until one succeeds.
    reject(&env, "dy_1");
    start(&env, "dy_1", IDS[0]);
    let v = approve(&env, "dy_1");
    assert_eq!(v["status"], "upgraded", "{v}");
    assert_eq!(v["attempts"], 3, "{v}");
    assert_eq!(v["attempt_history"][2]["outcome"], "upgraded", "{v}");
    assert_eq!(env.audit_count("upgrade.start"), 3);
    assert_eq!(env.audit_count("upgrade.reject"), 2);
}

#[test]
fn up6_review_one_second_before_seven_days_works() {
    let mut env = acme();
    start(&env, "dy_1", IDS[0]);
    start(&env, "dy_2", IDS[1]);
    at(&mut env, JUST_BEFORE_REVIEW_EXPIRY);
    assert_eq!(approve(&env, "dy_1")["status"], "upgraded");
    assert_eq!(reject(&env, "dy_2")["status"], "rejected");
}

#[test]
fn up6_review_at_seven_days_is_review_expired() {
    let mut env = acme();
    start(&env, "dy_1", IDS[0]);
    at(&mut env, REVIEW_EXPIRY);
    let err = env.fail(4, &["upgrade", "review", "dy_1", "--approve"]);
    assert_err(&err, "REVIEW_EXPIRED", "UP-6");
    let err = env.fail(
        4,
        &["upgrade", "review", "dy_1", "--reject", "--reason", "late"],
    );
    assert_err(&err, "REVIEW_EXPIRED", "UP-6");
}

#[test]
fn up6_sweep_expires_pending_upgrades_at_seven_days_and_they_restart() {
    let mut env = acme();
    start(&env, "dy_1", IDS[0]);
    at(&mut env, JUST_BEFORE_REVIEW_EXPIRY);
    let s = sweep(&env);
    assert_eq!(s["upgrades_expired"], 0, "{s}");
    assert_eq!(status(&env, "dy_1")["status"], "reviewing");
    at(&mut env, REVIEW_EXPIRY);
    let before = env.fingerprint();
    let s = env.ok(&w("sweep --dry-run"));
    assert_eq!(s["upgrades_expired"], 1, "{s}");
    assert_eq!(before, env.fingerprint());
    let s = sweep(&env);
    assert_eq!(s["upgrades_expired"], 1, "{s}");
    assert_eq!(s["changed"], 1, "{s}");
    let v = status(&env, "dy_1");
    assert_eq!(v["status"], "expired", "{v}");
    assert_eq!(v["posting_limit"], 75, "{v}");
    assert_eq!(v["attempt_history"][0]["outcome"], "expired", "{v}");
    let s = sweep(&env);
    assert_eq!(s["upgrades_expired"], 0, "{s}");
    assert_eq!(s["changed"], 0, "{s}");
    let ev = env.audit(&["--action", "upgrade.expired"]);
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0]["object"], "upgrade:dy_1");
    assert_eq!(ev[0]["before"]["status"], "reviewing");
    assert_eq!(ev[0]["after"]["status"], "expired");
    // An expired application can be restarted: a new 7 days. Reviewing it
    // answers as it did before the sweep (issue 10).
    let err = env.fail(4, &["upgrade", "review", "dy_1", "--approve"]);
    assert_err(&err, "REVIEW_EXPIRED", "UP-6");
    let v = start(&env, "dy_1", IDS[0]);
    assert_eq!(v["status"], "reviewing", "{v}");
    assert_eq!(v["attempts"], 2, "{v}");
    assert_eq!(v["review_expires_at"], "2026-02-27T01:00:00Z", "{v}");
    assert_eq!(v["attempt_history"][0]["outcome"], "expired", "{v}");
    assert_eq!(approve(&env, "dy_1")["status"], "upgraded");
}

#[test]
fn up6_start_after_review_expired_begins_a_new_attempt_before_the_sweep() {
    let mut env = acme();
    start(&env, "dy_1", IDS[0]);
    at(&mut env, REVIEW_EXPIRY);
    let err = env.fail(4, &["upgrade", "review", "dy_1", "--approve"]);
    assert_err(&err, "REVIEW_EXPIRED", "UP-6");
    // The hint: "start a new attempt with `roster upgrade start`".
    let v = start(&env, "dy_1", IDS[0]);
    assert_eq!(v["status"], "reviewing", "{v}");
    assert_eq!(v["attempts"], 2, "{v}");
    assert_eq!(v["review_expires_at"], "2026-02-27T01:00:00Z", "{v}");
    assert_eq!(v["attempt_history"][0]["outcome"], "expired", "{v}");
}

#[test]
fn up6_upgraded_account_cannot_start_again() {
    let env = acme();
    start(&env, "dy_1", IDS[0]);
    approve(&env, "dy_1");
    let err = env.fail(4, &holder_args("start", "dy_1", SHOP, IDS[1], &[]));
    assert_err(&err, "ALREADY_UPGRADED", "UP-6");
    assert_eq!(err["details"]["status"], "upgraded", "{err}");
    let err = env.fail(4, &holder_args("auto", "dy_1", SHOP, IDS[0], &[]));
    assert_err(&err, "ALREADY_UPGRADED", "UP-6");
    auto(&env, "dy_2", IDS[0]);
    let err = env.fail(4, &holder_args("start", "dy_2", SHOP, IDS[0], &[]));
    assert_err(&err, "ALREADY_UPGRADED", "UP-6");
    // Approving an upgraded one is a state error.
    let err = env.fail(4, &["upgrade", "review", "dy_1", "--approve"]);
    assert_err(&err, "INVALID_STATE", "UP-6");
}

#[test]
fn up6_identical_start_while_reviewing_changes_nothing() {
    let env = acme();
    let first = start(&env, "dy_1", IDS[0]);
    let before = env.fingerprint();
    let again = start(&env, "dy_1", IDS[0]);
    assert_eq!(first, again);
    assert_eq!(before, env.fingerprint());
    // The reserved type may be named explicitly too.
    start_in(&env, "dy_1", SHOP, IDS[0], &["--type", "main"]);
    assert_eq!(before, env.fingerprint());
    assert_eq!(env.audit_count("upgrade.start"), 1);
}

#[test]
fn up6_another_start_while_reviewing_is_upgrade_in_progress() {
    let env = acme();
    shop_of(&env, "acme-two", "specialty", SUBJ, "13900000002", false);
    start(&env, "dy_1", IDS[0]);
    let err = env.fail(
        4,
        &holder_args("start", "dy_1", SHOP, IDS[0], &["--type", "vertical"]),
    );
    assert_err(&err, "UPGRADE_IN_PROGRESS", "UP-6");
    assert_eq!(err["details"]["status"], "reviewing", "{err}");
    let err = env.fail(4, &holder_args("start", "dy_1", "acme-two", IDS[0], &[]));
    assert_err(&err, "UPGRADE_IN_PROGRESS", "UP-6");
    let err = env.fail(4, &holder_args("start", "dy_1", SHOP, IDS[1], &[]));
    assert_err(&err, "UPGRADE_IN_PROGRESS", "UP-6");
    let err = env.fail(4, &holder_args("auto", "dy_1", SHOP, IDS[0], &[]));
    assert_err(&err, "UPGRADE_IN_PROGRESS", "UP-6");
}

#[test]
fn up6_start_while_reviewing_with_another_holder_name_is_not_silently_ignored() {
    let env = acme();
    start(&env, "dy_1", IDS[0]);
    let mut a = vec![
        "--json",
        "upgrade",
        "start",
        "dy_1",
        "--shop",
        SHOP,
        "--holder-name",
        "Someone Else",
        "--holder-id",
        IDS[0],
        "--holder-phone",
        "13600136000",
    ];
    let r = env.run(&a);
    if r.code == 0 {
        // Accepted: then the new values must be what status shows.
        let v = status(&env, "dy_1");
        assert_eq!(v["holder_name"], "Someone Else", "{v}");
        assert_eq!(v["operator_phone"], "13600136000", "{v}");
    } else {
        a.remove(0);
        let err = env.fail(4, &a);
        assert_err(&err, "UPGRADE_IN_PROGRESS", "UP-6");
    }
}

// ---------------------------------------------------------------------------
// UP-7 / UP-8: ownership, posting limit, status
// ---------------------------------------------------------------------------

#[test]
fn up7_posting_limit_and_owner_follow_the_upgrade() {
    let env = acme();
    let v = start(&env, "dy_1", IDS[0]);
    assert_eq!(v["posting_limit"], 75, "{v}");
    assert_eq!(v["owner"], format!("holder {}", NAMES[0]), "{v}");
    let v = approve(&env, "dy_1");
    assert_eq!(v["posting_limit"], 100, "{v}");
    assert_eq!(v["owner"], format!("subject {SUBJ}"), "{v}");
    assert_eq!(v["shop"], SHOP, "the shop binding is kept: {v}");
    let v = auto(&env, "dy_2", IDS[1]);
    assert_eq!(v["posting_limit"], 100, "{v}");
    assert_eq!(v["owner"], format!("subject {SUBJ}"), "{v}");
    let v = env.ok(&w("upgrade cancel dy_2"));
    assert_eq!(v["posting_limit"], 75, "{v}");
    assert_eq!(v["owner"], format!("holder {}", NAMES[1]), "{v}");
    let v = start(&env, "dy_3", IDS[2]);
    let v2 = reject(&env, "dy_3");
    assert_eq!(v["posting_limit"], 75, "{v}");
    assert_eq!(v2["posting_limit"], 75, "{v2}");
    assert_eq!(v2["owner"], format!("holder {}", NAMES[2]), "{v2}");
}

#[test]
fn up8_status_by_shop_lists_every_account_of_the_shop() {
    let env = acme();
    shop_of(&env, "beta-shop", "flagship", SUBJ_B, "13900000002", false);
    shop_of(&env, "empty-shop", "flagship", SUBJ_C, "13900000003", false);
    start(&env, "dy_b", IDS[0]);
    auto(&env, "dy_a", IDS[1]);
    start(&env, "dy_c", IDS[2]);
    reject(&env, "dy_c");
    start_in(&env, "dy_other", "beta-shop", IDS[3], &[]);
    let list = env.ok(&["upgrade", "status", "--shop", SHOP]);
    assert_eq!(douyin_ids(&list), ["dy_a", "dy_b", "dy_c"]);
    for v in list.as_array().unwrap() {
        assert_upgrade_fields(v);
        assert_eq!(v["shop"], SHOP, "{v}");
    }
    let a = &list[0];
    assert_eq!(a["status"], "upgraded", "{a}");
    // dy_b's pending upgrade reserved main first.
    assert_eq!(a["account_type"], "vertical", "{a}");
    assert_eq!(list[1]["account_type"], "main");
    assert_eq!(a["operator"], NAMES[1], "{a}");
    assert_eq!(a["attempts"], 1, "{a}");
    assert_eq!(a["cancel_deadline"], CANCEL_DEADLINE_UTC, "{a}");
    assert_eq!(a["posting_limit"], 100, "{a}");
    assert_eq!(list[2]["status"], "rejected");
    // Without a shop: every account.
    let all = env.ok(&["upgrade", "status"]);
    assert_eq!(douyin_ids(&all), ["dy_a", "dy_b", "dy_c", "dy_other"]);
    let none = env.ok(&["upgrade", "status", "--shop", "empty-shop"]);
    assert_eq!(none, serde_json::json!([]));
    // One account: one object.
    let one = status(&env, "dy_other");
    assert_eq!(one["shop"], "beta-shop", "{one}");
    assert_eq!(one["douyin_id"], "dy_other", "{one}");
    assert_eq!(one["status"], "reviewing", "{one}");
    assert_eq!(one["account_type"], "main", "{one}");
    assert_eq!(one["operator"], NAMES[3], "{one}");
    assert_eq!(one["attempts"], 1, "{one}");
    assert_eq!(one["cancel_deadline"], Value::Null, "{one}");
    assert_eq!(one["posting_limit"], 75, "{one}");
    // The Douyin id matches without regard to case.
    assert_eq!(status(&env, "DY_OTHER")["douyin_id"], "dy_other");
    let one = env.ok(&["upgrade", "status", "dy_a", "--shop", SHOP]);
    assert_eq!(one["douyin_id"], "dy_a", "{one}");
}

#[test]
fn up8_jsonl_and_csv_status_carry_the_contract_fields() {
    let env = acme();
    start(&env, "dy_1", IDS[0]);
    auto(&env, "dy_2", IDS[1]);
    let r = env.run(&["--format", "jsonl", "upgrade", "status", "--shop", SHOP]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines: Vec<Value> = r
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "{}", r.stdout);
    lines.iter().for_each(assert_upgrade_fields);
    let r = env.run(&["--format", "csv", "upgrade", "status"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let header = r.stdout.lines().next().unwrap();
    for f in [
        "shop",
        "douyin_id",
        "status",
        "account_type",
        "operator",
        "attempts",
        "cancel_deadline",
        "posting_limit",
    ] {
        assert!(header.split(',').any(|h| h == f), "csv lacks {f}: {header}");
    }
    assert_eq!(r.stdout.lines().count(), 3, "{}", r.stdout);
}

#[test]
fn up8_unknown_account_is_upgrade_not_found() {
    let env = acme();
    shop_of(&env, "beta-shop", "flagship", SUBJ_B, "13900000002", false);
    start(&env, "dy_1", IDS[0]);
    for args in [
        vec!["upgrade", "status", "dy_nobody"],
        vec!["upgrade", "review", "dy_nobody", "--approve"],
        vec!["upgrade", "cancel", "dy_nobody"],
        // Known, but not of that shop.
        vec!["upgrade", "status", "dy_1", "--shop", "beta-shop"],
    ] {
        let err = env.fail(3, &args);
        assert_eq!(err["code"], "UPGRADE_NOT_FOUND", "{args:?}: {err}");
    }
}

// ---------------------------------------------------------------------------
// PII-1 and AU-1
// ---------------------------------------------------------------------------

#[test]
fn pii1_operator_and_holder_ids_are_masked_in_every_format() {
    let env = acme();
    start(&env, "dy_1", IDS[0]);
    env.ok(&operator_args("dy_1", IDS[1]));
    for i in 2..7 {
        auto(&env, &format!("dy_{i}"), IDS[2]);
    }
    for fmt in ["table", "json", "jsonl", "csv"] {
        for args in [
            vec!["--format", fmt, "upgrade", "status"],
            vec!["--format", fmt, "upgrade", "status", "dy_1"],
            vec!["--format", fmt, "audit"],
        ] {
            let r = env.run(&args);
            assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
            assert_no_full_id(&r.stdout);
            assert_no_full_id(&r.stderr);
        }
        // An error message names the person masked.
        let mut a = vec!["--format", fmt];
        a.extend(holder_args("start", "dy_9", SHOP, IDS[2], &[]));
        let r = env.run(&a);
        assert_eq!(r.code, 4, "{}", r.stderr);
        assert!(r.stderr.contains("OPERATOR_LIMIT"), "{}", r.stderr);
        assert!(r.stderr.contains(&masked(IDS[2])), "{}", r.stderr);
        assert_no_full_id(&r.stderr);
    }
    let v = status(&env, "dy_1");
    assert_eq!(v["operator_id"], masked(IDS[1]), "{v}");
    assert_eq!(v["holder_id"], masked(IDS[0]), "{v}");
    // --reveal-pii shows them, and is itself audited.
    let v = env.ok(&["--reveal-pii", "upgrade", "status", "dy_1"]);
    assert_eq!(v["operator_id"], IDS[1], "{v}");
    assert_eq!(v["holder_id"], IDS[0], "{v}");
    let list = env.ok(&["--reveal-pii", "upgrade", "status", "--shop", SHOP]);
    assert_eq!(list[0]["holder_id"], IDS[0], "{list}");
    assert!(env.audit_count("pii.reveal") >= 2);
    // The audit keeps them masked even so.
    let r = env.run(&["--format", "jsonl", "audit", "--object", "upgrade:dy_1"]);
    assert_no_full_id(&r.stdout);
}

#[test]
fn au1_each_upgrade_change_writes_one_audit_event() {
    let mut env = acme();
    start(&env, "dy_1", IDS[0]);
    approve(&env, "dy_1");
    env.ok(&operator_args("dy_1", IDS[1]));
    start(&env, "dy_2", IDS[2]);
    reject(&env, "dy_2");
    auto(&env, "dy_3", IDS[3]);
    env.ok(&w("upgrade cancel dy_3"));
    auto(&env, "dy_4", IDS[4]);
    start(&env, "dy_5", IDS[5]);
    // Refusals and reads write nothing.
    env.fail(4, &w("upgrade cancel dy_1"));
    env.ok(&w("upgrade status"));
    at(&mut env, CANCEL_DEADLINE);
    sweep(&env);
    let ev = env.audit(&["--object", "upgrade:*"]);
    let got: Vec<(String, String)> = ev
        .iter()
        .map(|e| {
            (
                e["action"].as_str().unwrap().to_string(),
                e["object"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let want: Vec<(String, String)> = [
        ("upgrade.start", "dy_1"),
        ("upgrade.approve", "dy_1"),
        ("upgrade.operator", "dy_1"),
        ("upgrade.start", "dy_2"),
        ("upgrade.reject", "dy_2"),
        ("upgrade.auto", "dy_3"),
        ("upgrade.cancel", "dy_3"),
        ("upgrade.auto", "dy_4"),
        ("upgrade.start", "dy_5"),
        ("upgrade.expired", "dy_5"),
        ("upgrade.cancel-window-closed", "dy_4"),
    ]
    .iter()
    .map(|(a, d)| (a.to_string(), format!("upgrade:{d}")))
    .collect();
    assert_eq!(got, want);
    for e in &ev {
        assert_eq!(e["actor"], "tester", "{e}");
        assert!(e["after"].is_object(), "{e}");
    }
    assert_eq!(ev[0]["before"], Value::Null);
    assert_eq!(ev[0]["after"]["status"], "reviewing");
    assert_eq!(ev[1]["before"]["status"], "reviewing");
    assert_eq!(ev[1]["after"]["status"], "upgraded");
    assert_eq!(ev[6]["before"]["status"], "upgraded");
    assert_eq!(ev[6]["after"]["status"], "cancelled");
    assert_eq!(ev[0]["at"], NOW_UTC);
    assert_eq!(ev[10]["at"], CANCEL_DEADLINE_UTC);
}

#[test]
fn au1_audit_before_shows_the_attempts_as_they_were() {
    let env = acme();
    start(&env, "dy_1", IDS[0]);
    reject(&env, "dy_1");
    start(&env, "dy_1", IDS[0]);
    let ev = env.audit(&["--object", "upgrade:dy_1"]);
    assert_eq!(ev.len(), 3, "{ev:?}");
    // The rejection: before it, the attempt had no outcome.
    assert_eq!(ev[1]["action"], "upgrade.reject");
    assert_eq!(
        ev[1]["before"]["attempt_history"][0]["outcome"],
        Value::Null,
        "{}",
        ev[1]
    );
    // The restart: before it, there was one attempt.
    assert_eq!(ev[2]["action"], "upgrade.start");
    assert_eq!(
        ev[2]["before"]["attempt_history"].as_array().unwrap().len(),
        1,
        "{}",
        ev[2]
    );
    assert_eq!(ev[2]["before"]["attempts"], 1, "{}", ev[2]);
}

// ---------------------------------------------------------------------------
// Issue 10: no answer depends on whether the sweep has run (SW-1)
// ---------------------------------------------------------------------------

/// A view without `updated_at`, the one field only the sweep's write moves.
fn settled(mut v: Value) -> Value {
    if let Some(o) = v.as_object_mut() {
        o.remove("updated_at");
    }
    v
}

#[test]
fn up6_operator_change_past_the_review_time_is_refused_before_the_sweep() {
    let mut env = acme();
    start(&env, "dy_1", IDS[0]);
    at(&mut env, REVIEW_EXPIRY);
    let args = operator_args("dy_1", IDS[1]);
    let before = env.fail(4, &args);
    assert_err(&before, "INVALID_STATE", "UP-5");
    sweep(&env);
    assert_eq!(before, env.fail(4, &args));
}

#[test]
fn up6_status_past_the_review_time_says_expired_before_the_sweep() {
    let mut env = acme();
    start(&env, "dy_1", IDS[0]);
    at(&mut env, REVIEW_EXPIRY);
    let before = status(&env, "dy_1");
    assert_eq!(before["status"], "expired", "{before}");
    assert_eq!(
        before["attempt_history"][0]["outcome"], "expired",
        "{before}"
    );
    assert_eq!(
        before["attempt_history"][0]["ended_at"], REVIEW_EXPIRY_UTC,
        "{before}"
    );
    let listed = env.ok(&["upgrade", "status", "--shop", SHOP]);
    assert_eq!(listed[0]["status"], "expired", "{listed}");
    // Swept a day later, the record still says when time ended it.
    at(&mut env, "2026-02-21T09:00:00+08:00");
    sweep(&env);
    assert_eq!(settled(before), settled(status(&env, "dy_1")));
}

#[test]
fn up3_refusal_past_the_cancel_window_answers_the_same_before_and_after_the_sweep() {
    let mut env = acme();
    auto(&env, "dy_a", IDS[0]);
    at(&mut env, CANCEL_DEADLINE);
    // The refusal lists the next steps: no more `cancel`.
    let args = ["upgrade", "review", "dy_a", "--approve"];
    let before = env.fail(4, &args);
    assert_err(&before, "INVALID_STATE", "UP-6");
    let cancel = env.fail(4, &w("upgrade cancel dy_a"));
    sweep(&env);
    assert_eq!(before, env.fail(4, &args));
    assert_eq!(cancel, env.fail(4, &w("upgrade cancel dy_a")));
}
