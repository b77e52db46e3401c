//! AU-1 through the binary: the audit log's fields, filters and formats.

use super::*;

// ---------------------------------------------------------------------------
// AU-1: audit
// ---------------------------------------------------------------------------

#[test]
fn au1_audit_filters_since_and_until() {
    let mut env = Env::new();
    env.now = "2026-02-10T10:00:00+08:00".into();
    env.agency("a1", "13800138001");
    env.now = "2026-02-12T10:00:00+08:00".into();
    env.agency("a2", "13800138002");
    env.now = "2026-02-14T10:00:00+08:00".into();
    env.agency("a3", "13800138003");
    let objects = |filters: &[&str]| -> Vec<String> {
        env.audit(filters)
            .iter()
            .map(|e| e["object"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(objects(&[]), ["org:a1", "org:a2", "org:a3"]);
    assert_eq!(
        objects(&["--since", "2026-02-12T10:00:00+08:00"]),
        ["org:a2", "org:a3"]
    );
    assert_eq!(
        objects(&["--until", "2026-02-12T02:00:00Z"]),
        ["org:a1", "org:a2"]
    );
    assert_eq!(
        objects(&[
            "--since",
            "2026-02-11T00:00:00Z",
            "--until",
            "2026-02-13T00:00:00Z"
        ]),
        ["org:a2"]
    );
    // A bare date is the end of that day in Asia/Shanghai (docs/commands.md).
    assert_eq!(objects(&["--until", "2026-02-12"]), ["org:a1", "org:a2"]);
    // As a lower bound a bare date is the start of that day, so
    // `--since 2026-02-12` includes a2 (10:00 that day, Shanghai).
    assert_eq!(objects(&["--since", "2026-02-12"]), ["org:a2", "org:a3"]);
    let e = env.fail(5, &w("audit --since last-week"));
    assert_eq!(e["code"], "INVALID_INSTANT");
    assert!(msg(&e).contains("--since"), "{e}");
}

#[test]
fn au1_audit_filters_by_object_exactly_and_by_prefix() {
    let env = Env::new();
    env.agency("star", "13800138000");
    env.agency("starlight", "13800138001");
    env.ok(&w(
        "--org star position create Scouts --perm agency.creators",
    ));
    env.ok(&w("--org star position create Ops --perm agency.tasks"));
    env.ok(&w(
        "--org starlight position create Scouts --perm agency.data",
    ));
    let objects = |filters: &[&str]| -> Vec<String> {
        env.audit(filters)
            .iter()
            .map(|e| e["object"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(objects(&["--object", "org:star"]), ["org:star"]);
    assert_eq!(
        objects(&["--object", "org:star*"]),
        ["org:star", "org:starlight"]
    );
    assert_eq!(
        objects(&["--object", "position:star/*"]),
        ["position:star/Scouts", "position:star/Ops"]
    );
    assert_eq!(
        objects(&["--object", "position:star/Scouts"]),
        ["position:star/Scouts"]
    );
    assert_eq!(objects(&["--object", "position:*"]).len(), 3);
    assert!(objects(&["--object", "position:nobody/*"]).is_empty());
}

#[test]
fn au1_audit_filters_by_action() {
    let env = Env::new();
    env.enterprise("acme");
    env.ok(&w("org verify acme"));
    env.ok(&w("org level acme gold"));
    let ev = env.audit(&["--action", "org.level"]);
    assert_eq!(ev.len(), 1);
    assert_eq!(ev[0]["after"]["level"], "gold");
    assert!(env.audit(&["--action", "org.delete"]).is_empty());
}

#[test]
fn au1_actor_flag_filters_but_roster_actor_env_does_not() {
    let env = Env::new();
    env.ok(&w(
        "--actor alice org create agency a1 --name A --main-phone 13800138001",
    ));
    env.ok(&w(
        "--actor bob org create agency a2 --name B --main-phone 13800138002",
    ));
    env.agency("a3", "13800138003");
    let actors: Vec<String> = env
        .audit(&[])
        .iter()
        .map(|e| e["actor"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(actors, ["alice", "bob", "tester"]);
    let ev = env.audit(&["--actor", "bob"]);
    assert_eq!(ev.len(), 1);
    assert_eq!(ev[0]["object"], "org:a2");
    // Given before the subcommand it is still typed on the line.
    let r = env.run(&w("--actor alice audit --format jsonl"));
    assert_eq!(r.stdout.lines().count(), 1, "{}", r.stdout);
    // ROSTER_ACTOR only names who acts; it does not filter the log.
    let r = env.run_env(&w("audit --format jsonl"), &[("ROSTER_ACTOR", "bob")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout.lines().count(), 3, "{}", r.stdout);
}

#[test]
fn au1_audit_in_every_format() {
    let env = Env::new();
    env.enterprise("acme");
    env.agency("star", "13800138000");
    env.ok(&w("org verify acme"));
    let table = env.run(&w("audit"));
    assert_eq!(table.code, 0);
    for word in ["at", "actor", "action", "object", "org.verify", "org:star"] {
        assert!(table.stdout.contains(word), "{word}: {}", table.stdout);
    }
    let json = env.ok(&w("audit"));
    assert_eq!(json.as_array().unwrap().len(), 3);
    let jsonl = env.run(&w("audit --format jsonl"));
    let lines: Vec<&str> = jsonl.stdout.lines().collect();
    assert_eq!(lines.len(), 3);
    for (line, whole) in lines.iter().zip(json.as_array().unwrap()) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(v.is_object());
        assert_eq!(&v, whole);
    }
    let csv = env.run(&w("audit --format csv"));
    assert_eq!(csv.code, 0);
    let mut rows = csv.stdout.lines();
    assert_eq!(rows.next(), Some("at,actor,action,object,before,after"));
    let mut reader = csv_rows(&csv.stdout);
    assert_eq!(reader.len(), 4);
    assert_eq!(reader.remove(3)[2], "org.verify");
    // An empty log: an empty array, no lines, a header only or nothing.
    let empty = env.ok(&w("audit --action nothing.here"));
    assert_eq!(empty, serde_json::json!([]));
    assert!(
        env.run(&w("audit --format jsonl --action nothing.here"))
            .stdout
            .is_empty()
    );
}
