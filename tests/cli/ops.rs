//! Issue 14, operations: `roster backup` while others write, `roster
//! doctor` and what makes it fail, reads on a read-only mount, and a busy
//! timeout past SQLite's limit.

use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use serde_json::Value;

use crate::harness::*;

fn sql(db: &Path, text: &str) {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.execute_batch(text).unwrap();
}

fn count(db: &Path, query: &str) -> i64 {
    let conn =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    conn.query_row(query, [], |r| r.get(0)).unwrap()
}

fn integrity(db: &Path) -> String {
    let conn =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap()
}

/// An agency with two positions: no identity number anywhere.
fn agency_world() -> Env {
    let env = Env::new();
    env.agency("star", "13800138000");
    env.ok(&w("--org star position create ops --perm agency.tasks"));
    env.ok(&w("--org star position create money --perm agency.data"));
    env
}

/// `roster --json doctor`: (exit code, checks by name, stderr).
fn doctor(env: &Env) -> (i32, serde_json::Map<String, Value>, String) {
    let r = env.run(&w("--json doctor"));
    let mut by_name = serde_json::Map::new();
    for c in r.json().as_array().unwrap() {
        by_name.insert(c["name"].as_str().unwrap().to_string(), c.clone());
    }
    (r.code, by_name, r.stderr)
}

#[test]
fn backup_refuses_an_existing_file_unless_force_and_is_owner_only() {
    if sqlite_only("backup copies an SQLite file") {
        return;
    }
    use std::os::unix::fs::PermissionsExt;
    let env = agency_world();
    let file = env.path("copy.db");
    let out = env.ok(&["backup", file.to_str().unwrap()]);
    assert_eq!(out["path"], file.to_str().unwrap());
    assert_eq!(
        out["schema_version"],
        count(&env.db(), "PRAGMA user_version")
    );
    let bytes = std::fs::metadata(&file).unwrap().len();
    assert_eq!(out["bytes"], bytes);
    assert_eq!(
        out["pages"].as_u64().unwrap() * out["page_size"].as_u64().unwrap(),
        bytes
    );
    let mode = std::fs::metadata(&file).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    assert_eq!(integrity(&file), "ok");
    assert_eq!(count(&file, "SELECT count(*) FROM positions"), 2);
    // A self-contained file: no journal beside it, and no temporary copy.
    let names: Vec<String> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("copy"))
        .collect();
    assert_eq!(names, ["copy.db"]);

    let e = env.fail(1, &["backup", file.to_str().unwrap()]);
    assert_eq!(e["code"], "BACKUP_EXISTS");
    env.ok(&w("--org star position create third --perm agency.data"));
    env.ok(&["backup", file.to_str().unwrap(), "--force"]);
    assert_eq!(count(&file, "SELECT count(*) FROM positions"), 3);
    // Never onto the database itself, --force or not.
    let e = env.fail(1, &["backup", env.db().to_str().unwrap(), "--force"]);
    assert_eq!(e["code"], "BACKUP_EXISTS");
    // A missing folder: nothing left behind.
    let e = env.fail(1, &["backup", env.path("no/such/dir.db").to_str().unwrap()]);
    assert_eq!(e["code"], "BACKUP_UNWRITABLE");
    // No database: not found, none created.
    let other = Env::new();
    assert_eq!(other.fail(3, &w("backup x.db"))["code"], "DB_NOT_FOUND");
    assert!(!other.db().exists());
}

#[test]
fn backup_while_a_writer_loops_is_sound_and_consistent() {
    if sqlite_only("backup copies an SQLite file") {
        return;
    }
    let env = Arc::new(agency_world());
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (env, stop) = (Arc::clone(&env), Arc::clone(&stop));
        std::thread::spawn(move || {
            let mut n = 0u32;
            while !stop.load(Ordering::Relaxed) && n < 400 {
                let r = env.run(&[
                    "--json",
                    "--org",
                    "star",
                    "position",
                    "create",
                    &format!("p{n}"),
                    "--perm",
                    "agency.data",
                ]);
                assert_eq!(r.code, 0, "{}", r.stderr);
                n += 1;
            }
            n
        })
    };
    // Let the writer get going, then back up several times meanwhile.
    while count(&env.db(), "SELECT count(*) FROM positions") < 5 {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let mut seen = Vec::new();
    for i in 0..5 {
        let file = env.path(&format!("b{i}.db"));
        let out = env.ok(&["backup", file.to_str().unwrap()]);
        assert_eq!(integrity(&file), "ok", "backup {i}");
        // One snapshot: every position with its create event, no more.
        let rows = count(&file, "SELECT count(*) FROM positions");
        let events = count(
            &file,
            "SELECT count(*) FROM audit WHERE action = 'position.create'",
        );
        assert_eq!(rows, events, "backup {i}: {out}");
        seen.push(rows);
    }
    stop.store(true, Ordering::Relaxed);
    let written = writer.join().unwrap();
    assert!(
        seen.windows(2).all(|p| p[0] <= p[1]),
        "later backups hold at least as much: {seen:?}"
    );
    assert!(
        seen.first() < seen.last() || written < 400,
        "the writer ran during the backups: {seen:?}"
    );
}

#[test]
fn doctor_passes_a_healthy_database_and_reads_only() {
    if sqlite_only("doctor checks an SQLite file") {
        return;
    }
    let env = agency_world();
    let before = env.fingerprint();
    let (code, checks, stderr) = doctor(&env);
    assert_eq!(code, 0, "{checks:?}\n{stderr}");
    let names: Vec<&str> = checks.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "integrity",
            "schema_version",
            "file_size",
            "row_counts",
            "seat_counters",
            "attempt_counters",
            "audit_trail",
            "clear_identity_numbers"
        ]
    );
    for c in checks.values() {
        assert_eq!(c["ok"], true, "{c}");
        assert!(c["detail"].as_str().unwrap().len() > 1, "{c}");
    }
    assert_eq!(checks["row_counts"]["data"]["positions"], 2);
    assert_eq!(checks["schema_version"]["data"]["known"], true);
    assert_eq!(before, env.fingerprint());
    let other = Env::new();
    assert_eq!(other.fail(3, &w("doctor"))["code"], "DB_NOT_FOUND");
}

#[test]
fn doctor_fails_on_a_seat_counter_that_drifted() {
    if sqlite_only("doctor checks an SQLite file") {
        return;
    }
    let env = Env::new();
    env.acme_with_sales();
    sql(
        &env.db(),
        "UPDATE orgs SET seats_held = 3 WHERE handle = 'acme'",
    );
    let (code, checks, stderr) = doctor(&env);
    assert_eq!(code, 1);
    let e: Value = serde_json::from_str(stderr.trim()).unwrap();
    assert_eq!(e["error"]["code"], "DOCTOR_FOUND_PROBLEMS");
    let seats = &checks["seat_counters"];
    assert_eq!(seats["ok"], false, "{seats}");
    assert_eq!(seats["data"][0]["org"], "acme");
    assert_eq!(seats["data"][0]["stored"], 3);
    assert_eq!(seats["data"][0]["counted"], 0);
    assert!(
        seats["detail"]
            .as_str()
            .unwrap()
            .contains("acme: stored 3, counted 0")
    );
}

#[test]
fn doctor_finds_a_planted_identity_number_in_clear_and_never_prints_it() {
    if sqlite_only("doctor checks an SQLite file") {
        return;
    }
    let env = agency_world();
    sql(
        &env.db(),
        &format!("UPDATE positions SET description = 'holder {ID_B} ok' WHERE name = 'ops'"),
    );
    let r = env.run(&w("--json doctor"));
    assert_eq!(r.code, 1);
    assert!(!r.stdout.contains(ID_B) && !r.stderr.contains(ID_B));
    let checks = r.json();
    let pii = checks
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "clear_identity_numbers")
        .unwrap();
    assert_eq!(pii["ok"], false);
    assert_eq!(
        pii["data"],
        serde_json::json!([{ "column": "positions.description", "count": 1 }])
    );
    // The same in a table.
    let t = env.run(&w("doctor"));
    assert_eq!(t.code, 1);
    assert!(t.stdout.contains("positions.description 1"), "{}", t.stdout);
    assert!(!t.stdout.contains(ID_B));
}

#[test]
fn doctor_finds_rows_without_their_audit_event_and_events_without_their_row() {
    if sqlite_only("doctor checks an SQLite file") {
        return;
    }
    let env = agency_world();
    sql(
        &env.db(),
        "DELETE FROM audit WHERE action = 'position.create' AND object = 'position:star/ops'; \
         INSERT INTO audit (at, actor, action, object) \
         VALUES ('2026-02-13T01:00:00Z', 'x', 'org.create', 'org:ghost')",
    );
    let (code, checks, _) = doctor(&env);
    assert_eq!(code, 1);
    let trail = &checks["audit_trail"];
    assert_eq!(trail["ok"], false);
    let detail = trail["detail"].as_str().unwrap();
    assert!(
        detail.contains("1 org create event(s) without their row"),
        "{detail}"
    );
    assert!(
        detail.contains("star: 2 position row(s) against 1"),
        "{detail}"
    );
}

/// Runs roster with `args` where `dir` is mounted read-only (a private
/// mount namespace: root ignores permission bits, not a read-only mount).
/// `None` when this machine cannot make one; the reason is printed.
fn on_read_only_mount(env: &Env, dir: &Path, args: &[&str]) -> Option<Run> {
    let probe = Command::new("unshare")
        .args(["-m", "sh", "-c"])
        .arg(format!(
            "mount --bind '{0}' '{0}' && mount -o remount,bind,ro '{0}'",
            dir.display()
        ))
        .output();
    if !probe.as_ref().is_ok_and(|o| o.status.success()) {
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED: no read-only bind mount here (unshare -m, mount): {probe:?}"
        );
        return None;
    }
    let template = env.command(args);
    let mut c = Command::new("unshare");
    c.args(["-m", "sh", "-c"])
        .arg(format!(
            "mount --bind '{0}' '{0}' && mount -o remount,bind,ro '{0}' && exec \"$@\"",
            dir.display()
        ))
        .arg("sh")
        .arg(env!("CARGO_BIN_EXE_roster"))
        .args(args)
        .current_dir(env.dir.path())
        .env_clear();
    for (k, v) in template.get_envs() {
        if let Some(v) = v {
            c.env(k, v);
        }
    }
    let out = c
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    Some(Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    })
}

#[test]
fn reads_work_on_a_read_only_mount_and_writes_name_the_directory() {
    let env = Env::new();
    let data = env.path("data");
    std::fs::create_dir(&data).unwrap();
    let db = data.join("r.db");
    let db_arg = db.to_str().unwrap();
    env.ok(&[
        "--db",
        db_arg,
        "org",
        "create",
        "agency",
        "star",
        "--name",
        "Star",
        "--main-phone",
        "13800138000",
    ]);
    // Closed cleanly: no -wal left, so the read opens it immutable.
    assert!(!data.join("r.db-wal").exists());
    let Some(r) = on_read_only_mount(&env, &data, &["--json", "--db", db_arg, "org", "list"])
    else {
        return;
    };
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.json()[0]["handle"], "star");
    let doctor = on_read_only_mount(&env, &data, &["--json", "--db", db_arg, "doctor"]).unwrap();
    assert_eq!(doctor.code, 0, "{}", doctor.stderr);
    let backup = env.path("copy.db");
    let b = on_read_only_mount(
        &env,
        &data,
        &["--json", "--db", db_arg, "backup", backup.to_str().unwrap()],
    )
    .unwrap();
    assert_eq!(b.code, 0, "{}", b.stderr);
    assert_eq!(count(&backup, "SELECT count(*) FROM orgs"), 1);

    let create = [
        "--json",
        "--db",
        db_arg,
        "org",
        "create",
        "agency",
        "moon",
        "--name",
        "Moon",
        "--main-phone",
        "13800138001",
    ];
    let before = env.fingerprint();
    let w = on_read_only_mount(&env, &data, &create).unwrap();
    assert_eq!(w.code, 1, "{}", w.stderr);
    let e = w.error();
    assert_eq!(e["code"], "DATABASE_READ_ONLY");
    let msg = e["message"].as_str().unwrap();
    assert!(
        msg.contains(&format!("the directory {} is not writable", data.display())),
        "{msg}"
    );
    assert!(w.stdout.is_empty());
    // --reveal-pii is audited first: a write, refused the same way.
    let reveal = on_read_only_mount(
        &env,
        &data,
        &["--json", "--db", db_arg, "--reveal-pii", "org", "list"],
    )
    .unwrap();
    assert_eq!(reveal.code, 1);
    assert_eq!(reveal.error()["code"], "DATABASE_READ_ONLY");
    assert!(reveal.stdout.is_empty());
    // A database that does not exist yet cannot be created there either.
    let new_db = data.join("new.db");
    let init = on_read_only_mount(
        &env,
        &data,
        &["--json", "--db", new_db.to_str().unwrap(), "init"],
    )
    .unwrap();
    assert_eq!(init.code, 1);
    assert_eq!(init.error()["code"], "DATABASE_READ_ONLY");
    assert_eq!(before, env.fingerprint());

    // A writer that has the database open elsewhere: -wal and -shm are
    // there, and a read on the read-only mount sees its latest commit.
    let holder = rusqlite::Connection::open(&db).unwrap();
    holder
        .query_row("SELECT count(*) FROM orgs", [], |r| r.get::<_, i64>(0))
        .unwrap();
    env.ok(&create[1..]);
    assert!(data.join("r.db-wal").exists() && data.join("r.db-shm").exists());
    let r = on_read_only_mount(&env, &data, &["--json", "--db", db_arg, "org", "list"]).unwrap();
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.json().as_array().unwrap().len(), 2);
    drop(holder);
}

#[test]
fn a_busy_timeout_past_sqlites_limit_is_a_usage_error() {
    let env = agency_world();
    for args in [
        &["--json", "--busy-timeout", "2147483648", "org", "list"][..],
        &[
            "--json",
            "--busy-timeout",
            "18446744073709551615",
            "org",
            "list",
        ][..],
    ] {
        let r = env.run(args);
        assert_eq!(r.code, 2, "{}", r.stderr);
        assert_eq!(r.error()["code"], "USAGE");
        assert!(!r.stderr.contains("panicked"));
    }
    let r = env.run_env(
        &w("--json org list"),
        &[("ROSTER_BUSY_TIMEOUT_MS", "2147483648")],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_eq!(r.error()["code"], "USAGE");
    // The limit itself is accepted.
    env.ok(&w("--busy-timeout 2147483647 org list"));
}
