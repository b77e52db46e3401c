//! Issue 2: init, orgs, positions, departments, identities, audit, config,
//! through the binary; one submodule per noun, shared checks here.

mod audit;
mod department;
mod identity;
mod org;
mod output;
mod position;

use crate::harness::*;

#[test]
fn init_is_idempotent_and_reports_the_schema() {
    let env = Env::new();
    let v = env.ok(&["init"]);
    let latest = v["schema_version"].as_u64().unwrap();
    assert!(latest >= 1);
    let v = env.ok(&["init"]);
    assert_eq!(v["schema_version"].as_u64().unwrap(), latest);
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
    let e = env.fail(
        5,
        &w(&format!("org create enterprise acme --name Acme --uscc 91350100M000100Y44 --legal-rep-name Li --legal-rep-id {ID_A}")),
    );
    assert_eq!(e["code"], "INVALID_CREDIT_CODE");
    assert_eq!(e["rule"], "EN-1");
    assert!(e["message"].as_str().unwrap().starts_with("uscc:"));
}

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// The fields docs/json.md names for an org.
fn assert_org_fields(v: &serde_json::Value) {
    for f in [
        "handle",
        "kind",
        "name",
        "verified",
        "level",
        "quota_used",
        "quota_limit",
    ] {
        assert!(v.get(f).is_some(), "org lacks {f}: {v}");
    }
}

/// The fields docs/json.md names for an error envelope.
fn assert_error_fields(e: &serde_json::Value) {
    for f in ["code", "rule", "message"] {
        assert!(e.get(f).is_some(), "error lacks {f}: {e}");
    }
}

fn msg(e: &serde_json::Value) -> &str {
    e["message"].as_str().unwrap_or_default()
}

fn strings(v: &serde_json::Value) -> Vec<&str> {
    v.as_array()
        .unwrap_or_else(|| panic!("not an array: {v}"))
        .iter()
        .map(|s| s.as_str().unwrap_or_default())
        .collect()
}

/// Splits CSV text into records (quoted cells may hold commas and quotes).
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => row.push(std::mem::take(&mut cell)),
            ('\n', false) => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (c, _) => cell.push(c),
        }
    }
    rows
}
