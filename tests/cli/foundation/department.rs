//! DEP-1 through the binary: the department tree of an enterprise.

use super::*;

// ---------------------------------------------------------------------------
// DEP-1: departments
// ---------------------------------------------------------------------------

#[test]
fn dep1_create_a_parent_then_a_child() {
    let env = Env::new();
    env.enterprise("acme");
    let v = env.ok(&w("--org acme department create Sales"));
    for f in ["org", "path", "parent"] {
        assert!(v.get(f).is_some(), "department lacks {f}: {v}");
    }
    assert_eq!(v["org"], "acme");
    assert_eq!(v["path"], "Sales");
    assert_eq!(v["parent"], serde_json::Value::Null);
    let v = env.ok(&w("--org acme department create Sales/East"));
    assert_eq!(v["path"], "Sales/East");
    assert_eq!(v["parent"], "Sales");
    // Creating what exists is unchanged.
    env.ok(&w("--org acme department create Sales/East"));
    assert_eq!(env.audit_count("department.create"), 2);
    let list = env.ok(&w("--org acme department list"));
    let paths: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["Sales", "Sales/East"]);
}

#[test]
fn dep1_child_without_its_parent_is_not_found() {
    let env = Env::new();
    env.enterprise("acme");
    env.ok(&w("--org acme department create Sales"));
    let e = env.fail(3, &w("--org acme department create Sales/East/Team"));
    assert_error_fields(&e);
    assert_eq!(e["code"], "DEPARTMENT_NOT_FOUND");
    assert!(msg(&e).contains("Sales/East"), "{e}");
}

#[test]
fn dep1_rename_carries_the_subtree_paths() {
    let env = Env::new();
    env.enterprise("acme");
    for p in ["Sales", "Sales/East", "Sales/East/Team"] {
        env.ok(&["--org", "acme", "department", "create", p]);
    }
    let v = env.ok(&w("--org acme department rename Sales Vertrieb"));
    assert_eq!(v["path"], "Vertrieb");
    let list = env.ok(&w("--org acme department list"));
    let paths: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["Vertrieb", "Vertrieb/East", "Vertrieb/East/Team"]);
    assert_eq!(list[2]["parent"], "Vertrieb/East");
    let ev = env.audit(&["--action", "department.rename"]);
    assert_eq!(ev.len(), 1);
    assert_eq!(ev[0]["before"]["path"], "Sales");
    assert_eq!(ev[0]["after"]["path"], "Vertrieb");
    let e = env.fail(3, &w("--org acme department rename Sales X"));
    assert_eq!(e["code"], "DEPARTMENT_NOT_FOUND");
    let e = env.fail(5, &w("--org acme department rename Vertrieb a/b"));
    assert_eq!(e["rule"], "DEP-1");
}

#[test]
fn dep1_rename_onto_a_sibling_is_refused() {
    let env = Env::new();
    env.enterprise("acme");
    env.ok(&w("--org acme department create Sales"));
    env.ok(&w("--org acme department create Ops"));
    let e = env.fail(4, &w("--org acme department rename Ops Sales"));
    assert_eq!(e["code"], "DEPARTMENT_EXISTS");
}

#[test]
fn dep1_move_to_the_top_level_and_under_another() {
    let env = Env::new();
    env.enterprise("acme");
    for p in ["Sales", "Sales/East", "Sales/East/Team", "Ops"] {
        env.ok(&["--org", "acme", "department", "create", p]);
    }
    let v = env.ok(&w("--org acme department move Sales/East --to /"));
    assert_eq!(v["path"], "East");
    assert_eq!(v["parent"], serde_json::Value::Null);
    let v = env.ok(&w("--org acme department move East --to Ops"));
    assert_eq!(v["path"], "Ops/East");
    let list = env.ok(&w("--org acme department list"));
    let paths: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["path"].as_str().unwrap())
        .collect();
    assert!(paths.contains(&"Ops/East/Team"), "{paths:?}");
    assert_eq!(env.audit_count("department.move"), 2);
    let e = env.fail(3, &w("--org acme department move Ops/East --to Nowhere"));
    assert_eq!(e["code"], "DEPARTMENT_NOT_FOUND");
}

#[test]
fn dep1_move_under_its_own_descendant_is_a_cycle() {
    let env = Env::new();
    env.enterprise("acme");
    for p in ["Sales", "Sales/East", "Sales/East/Team"] {
        env.ok(&["--org", "acme", "department", "create", p]);
    }
    for to in ["Sales/East/Team", "Sales/East", "Sales"] {
        let e = env.fail(
            4,
            &["--org", "acme", "department", "move", "Sales", "--to", to],
        );
        assert_error_fields(&e);
        assert_eq!(e["code"], "DEPARTMENT_CYCLE", "{to}");
        assert_eq!(e["rule"], "DEP-1");
    }
}

#[test]
fn dep1_delete_with_children_is_not_empty() {
    let env = Env::new();
    env.enterprise("acme");
    env.ok(&w("--org acme department create Sales"));
    env.ok(&w("--org acme department create Sales/East"));
    let e = env.fail(4, &w("--org acme department delete Sales"));
    assert_error_fields(&e);
    assert_eq!(e["code"], "DEPARTMENT_NOT_EMPTY");
    assert_eq!(e["rule"], "DEP-1");
    assert_eq!(e["details"]["children"], 1);
    let v = env.ok(&w("--org acme department delete Sales/East"));
    assert_eq!(v["path"], "Sales/East");
    env.ok(&w("--org acme department delete Sales"));
    assert_eq!(
        env.ok(&w("--org acme department list")),
        serde_json::json!([])
    );
    assert_eq!(env.audit_count("department.delete"), 2);
    let e = env.fail(3, &w("--org acme department delete Sales"));
    assert_eq!(e["code"], "DEPARTMENT_NOT_FOUND");
}

#[test]
fn dep1_departments_of_a_shop_or_agency_are_not_an_enterprise() {
    let env = Env::new();
    env.shop("s1", "13900139000");
    env.agency("star", "13800138000");
    for org in ["s1", "star"] {
        let e = env.fail(4, &["--org", org, "department", "create", "Sales"]);
        assert_error_fields(&e);
        assert_eq!(e["code"], "NOT_AN_ENTERPRISE");
        assert_eq!(e["rule"], "DEP-1");
        let e = env.fail(4, &["--org", org, "department", "list"]);
        assert_eq!(e["code"], "NOT_AN_ENTERPRISE");
    }
}

#[test]
fn dep1_malformed_path_is_invalid() {
    let env = Env::new();
    env.enterprise("acme");
    env.ok(&w("--org acme department create Sales"));
    let e = env.fail(5, &w("--org acme department create Sales//East"));
    assert_eq!(e["code"], "INVALID_DEPARTMENT_PATH");
}
