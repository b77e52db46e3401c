//! Issue 5: shop official account upgrades through the binary (rules UP-1 … UP-8, SW-1).

use serde_json::Value;

use crate::harness::*;

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// The flagship shop most tests use, of subject `SUBJ`.
pub(crate) const SHOP: &str = "acme-shop";
pub(crate) const SUBJ: &str = "91350100M000100Y43";
/// A second subject (the default shop helper's `USCC_B`).
pub(crate) const SUBJ_B: &str = "9144030071526726XG";
/// Subjects for cross-border shops and others.
pub(crate) const SUBJ_X: &str = "914403001922038216";
pub(crate) const SUBJ_C: &str = "91310000MA1FL8XK0Q";

/// Valid resident identity numbers (GB 11643 check digits verified).
pub(crate) const IDS: [&str; 8] = [
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
pub(crate) const NAMES: [&str; 8] = [
    "Li Lei",
    "Han Mei",
    "Wang Fang",
    "Zhang Wei",
    "Liu Yang",
    "Chen Jing",
    "Zhao Min",
    "Sun Li",
];
pub(crate) const HOLDER_PHONE: &str = "13800138000";

/// `NOW` + 7 days: a pending upgrade expires then (UP-6).
pub(crate) const REVIEW_EXPIRY: &str = "2026-02-20T09:00:00+08:00";
pub(crate) const REVIEW_EXPIRY_UTC: &str = "2026-02-20T01:00:00Z";
pub(crate) const JUST_BEFORE_REVIEW_EXPIRY: &str = "2026-02-20T08:59:59+08:00";
/// `NOW` + 30 days: an automatic upgrade's cancel deadline (UP-3).
pub(crate) const CANCEL_DEADLINE: &str = "2026-03-15T09:00:00+08:00";
pub(crate) const CANCEL_DEADLINE_UTC: &str = "2026-03-15T01:00:00Z";
pub(crate) const JUST_BEFORE_CANCEL_DEADLINE: &str = "2026-03-15T08:59:59+08:00";

pub(crate) fn name_of(id: &str) -> &'static str {
    let i = IDS.iter().position(|x| *x == id).expect("a known id");
    NAMES[i]
}

/// The masked form of an identity number: first 3 and last 4 (PII-1).
pub(crate) fn masked(id: &str) -> String {
    format!("{}{}{}", &id[..3], "*".repeat(11), &id[14..])
}

/// PII-1: no text shows a full identity number.
pub(crate) fn assert_no_full_id(text: &str) {
    for id in IDS {
        assert!(
            !text.contains(id),
            "printed the full identity number {id}:\n{text}"
        );
    }
}

pub(crate) fn at(env: &mut Env, now: &str) {
    env.now = now.to_string();
}

pub(crate) fn assert_err(err: &Value, code: &str, rule: &str) {
    assert_eq!(err["code"], code, "{err}");
    assert_eq!(err["rule"], rule, "{err}");
    assert!(
        err["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{err}"
    );
}

/// The fields docs/json.md names for an upgrade.
pub(crate) fn assert_upgrade_fields(v: &Value) {
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
pub(crate) fn shop_of(
    env: &Env,
    handle: &str,
    shop_type: &str,
    subject: &str,
    phone: &str,
    cb: bool,
) {
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
pub(crate) fn acme() -> Env {
    let env = Env::new();
    shop_of(&env, SHOP, "flagship", SUBJ, "13900000001", false);
    env
}

/// `upgrade VERB DY --shop SHOP --holder-name … --holder-id ID --holder-phone …` + extra.
pub(crate) fn holder_args<'a>(
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
pub(crate) fn start(env: &Env, dy: &str, id: &str) -> Value {
    start_in(env, dy, SHOP, id, &[])
}

pub(crate) fn start_in(env: &Env, dy: &str, shop: &str, id: &str, extra: &[&str]) -> Value {
    let v = env.ok(&holder_args("start", dy, shop, id, extra));
    assert_upgrade_fields(&v);
    v
}

/// An automatic upgrade of `dy` for `SHOP`, held by `id`.
pub(crate) fn auto(env: &Env, dy: &str, id: &str) -> Value {
    auto_in(env, dy, SHOP, id, &[])
}

pub(crate) fn auto_in(env: &Env, dy: &str, shop: &str, id: &str, extra: &[&str]) -> Value {
    let v = env.ok(&holder_args("auto", dy, shop, id, extra));
    assert_upgrade_fields(&v);
    v
}

pub(crate) fn approve(env: &Env, dy: &str) -> Value {
    env.ok(&["upgrade", "review", dy, "--approve"])
}

pub(crate) fn reject(env: &Env, dy: &str) -> Value {
    env.ok(&[
        "upgrade",
        "review",
        dy,
        "--reject",
        "--reason",
        "blurry-licence",
    ])
}

pub(crate) fn status(env: &Env, dy: &str) -> Value {
    let v = env.ok(&["upgrade", "status", dy]);
    assert!(v.is_object(), "status of one account is one object: {v}");
    assert_upgrade_fields(&v);
    v
}

pub(crate) fn quota(env: &Env, subject: &str) -> Value {
    env.ok(&["upgrade", "quota", subject])
}

pub(crate) fn sweep(env: &Env) -> Value {
    env.ok(&["sweep"])
}

/// `upgrade operator DY` to `IDS[i]`'s person.
pub(crate) fn operator_args<'a>(dy: &'a str, id: &'a str) -> Vec<&'a str> {
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

pub(crate) fn douyin_ids(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap_or_else(|| panic!("not an array: {list}"))
        .iter()
        .map(|v| v["douyin_id"].as_str().unwrap())
        .collect()
}

pub(crate) fn config(env: &Env, text: &str) -> String {
    env.write_file("roster.toml", text)
}

/// A view without `updated_at`, the one field only the sweep's write moves.
pub(crate) fn settled(mut v: Value) -> Value {
    if let Some(o) = v.as_object_mut() {
        o.remove("updated_at");
    }
    v
}

mod operators;
mod review;
mod shops;
mod status;
mod types;
