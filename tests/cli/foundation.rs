//! Issue 2: init, orgs, positions, departments, identities, audit, config.

use crate::harness::*;

#[test]
fn init_is_idempotent_and_reports_the_schema() {
    let env = Env::new();
    let v = env.ok(&["init"]);
    assert_eq!(v["schema_version"], 1);
    let v = env.ok(&["init"]);
    assert_eq!(v["schema_version"], 1);
}

#[test]
fn en1_create_enterprise_masks_the_legal_rep_id() {
    let env = Env::new();
    env.enterprise("acme");
    let v = env.ok(&["org", "show", "acme"]);
    assert_eq!(v["kind"], "enterprise");
    assert_eq!(v["legal_rep_id"], "110***********002X");
    assert_eq!(v["verified"], false);
    assert_eq!(v["level"], "bronze");
    assert_eq!(v["quota_used"], 0);
    assert_eq!(v["quota_limit"], 5);
}

#[test]
fn en1_bad_credit_code_is_invalid_and_names_the_field() {
    let env = Env::new();
    env.ok(&["init"]);
    let e = env.fail(5, &[
        "org", "create", "enterprise", "acme", "--name", "Acme", "--uscc", "91350100M000100Y44",
        "--legal-rep-name", "Li", "--legal-rep-id", ID_A,
    ]);
    assert_eq!(e["code"], "INVALID_CREDIT_CODE");
    assert_eq!(e["rule"], "EN-1");
    assert!(e["message"].as_str().unwrap().starts_with("uscc:"));
}
