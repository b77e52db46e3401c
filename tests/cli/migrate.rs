//! Issue 15: `roster migrate --to DB` copies a whole database into an
//! empty one, either way between SQLite and PostgreSQL, verified. On the
//! SQLite run of the suite the copies are file to file; on the PostgreSQL
//! run, the test's PostgreSQL database goes to a file and a file back to
//! PostgreSQL.

use crate::harness::*;

const KINDS: [&str; 6] = [
    "orgs",
    "positions",
    "departments",
    "employees",
    "authorizations",
    "subaccounts",
];

/// Every kind's export (revealed) and the audit log of the database `db`.
fn exports(env: &Env, db: &str, key: &str) -> Vec<String> {
    let mut out = Vec::new();
    for kind in KINDS {
        let r = env.run(&[
            "--db",
            db,
            "--key-file",
            key,
            "--reveal-pii",
            "--format",
            "csv",
            "export",
            kind,
        ]);
        assert_eq!(r.code, 0, "export {kind} of {db}: {}", r.stderr);
        out.push(r.stdout);
    }
    out
}

fn audit_lines(env: &Env, db: &str, key: &str) -> Vec<String> {
    let r = env.run(&["--db", db, "--key-file", key, "--format", "jsonl", "audit"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    r.stdout.lines().map(str::to_string).collect()
}

#[test]
fn migrate_copies_everything_both_ways_and_the_copies_answer_the_same() {
    let env = Env::new();
    crate::pii::world(&env);
    env.ok(&w("--org acme department create Sales"));
    env.ok(&w("--org acme department create Sales/East"));
    let key = env.path("roster.key").display().to_string();
    let src = env.db_arg();
    // The reveals above were audited; what is compared is what the source
    // holds now.
    let before = exports(&env, &src, &key);
    let src_audit = audit_lines(&env, &src, &key);
    // Out: to a new file.
    let file = env.path("copy.db").display().to_string();
    let v = env.ok(&["migrate", "--to", &file]);
    assert_eq!(v["verified"], true, "{v}");
    assert!(v["rows"].as_u64().unwrap() > 10, "{v}");
    assert_eq!(v["key_file"], key.as_str());
    let tables = v["tables"].as_array().unwrap();
    assert!(tables.iter().any(|t| t["name"] == "audit"), "{v}");
    assert_eq!(exports(&env, &file, &key), before);
    // The copy's log is the source's, then the copy's own event (then the
    // reveals of the exports above).
    let copied = audit_lines(&env, &file, &key);
    assert!(copied.starts_with(&src_audit));
    let own: serde_json::Value = serde_json::from_str(&copied[src_audit.len()]).unwrap();
    assert_eq!(own["action"], "database.migrate", "{own}");
    assert_eq!(own["object"], "database", "{own}");
    // Back: into a fresh database of the suite's engine.
    let back = Env::new();
    let dest = back.db_arg();
    let v = env.ok(&["--db", &file, "--key-file", &key, "migrate", "--to", &dest]);
    assert_eq!(v["verified"], true, "{v}");
    assert_eq!(exports(&env, &dest, &key), before);
    // The copy goes on working: a new row gets a new id, past the copied.
    env.ok(&[
        "--db",
        &dest,
        "--key-file",
        &key,
        "--org",
        "acme",
        "position",
        "create",
        "Ops",
        "--perm",
        "backend.video",
    ]);
}

#[test]
fn migrate_refuses_a_destination_with_data_or_itself_and_changes_nothing() {
    let env = Env::new();
    env.acme_with_sales();
    let file = env.path("copy.db").display().to_string();
    env.ok(&["migrate", "--to", &file]);
    let bytes = std::fs::read(&file).unwrap();
    let before = env.fingerprint();
    let e = env.fail(5, &["migrate", "--to", &file]);
    assert_eq!(e["code"], "MIGRATE_TARGET_NOT_EMPTY", "{e}");
    assert!(e["message"].as_str().unwrap().contains("has rows"), "{e}");
    assert_eq!(std::fs::read(&file).unwrap(), bytes, "the copy changed");
    let e = env.fail(5, &["migrate", "--to", &env.db_arg()]);
    assert_eq!(e["code"], "MIGRATE_TARGET_NOT_EMPTY", "{e}");
    assert_eq!(env.fingerprint(), before);
}

/// A copy too large for one message (on PostgreSQL the copy's rows are
/// queued and sent about a megabyte at a time) lands whole and verified:
/// 1,000 authorisations and their audit events, out to a file and back
/// into the suite's engine.
#[test]
fn a_copy_larger_than_one_message_lands_whole() {
    let env = Env::new();
    let v = env.acme_with_invitations(1000);
    assert_eq!(v["created"], 1000, "{v}");
    let key = env.path("roster.key").display().to_string();
    let copy = env.path("copy.db").display().to_string();
    assert_eq!(env.ok(&["migrate", "--to", &copy])["verified"], true);
    let back = Env::new();
    let dest = back.db_arg();
    let v = env.ok(&["--db", &copy, "--key-file", &key, "migrate", "--to", &dest]);
    assert_eq!(v["verified"], true, "{v}");
    let rows = |name: &str| {
        v["tables"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["name"] == name)
            .map(|t| t["rows"].as_u64().unwrap())
    };
    assert_eq!(rows("authorizations"), Some(1000), "{v}");
    assert!(rows("audit").unwrap() > 1000, "{v}");
    let r = env.run(&[
        "--db",
        &dest,
        "--key-file",
        &key,
        "--format",
        "jsonl",
        "export",
        "authorizations",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout.lines().count(), 1000);
}
