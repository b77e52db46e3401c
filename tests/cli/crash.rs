//! Issue 14, crashes: real roster processes killed with SIGKILL at seeded
//! random instants during an import, a sweep and a migration. After each
//! kill the file is sound (`PRAGMA integrity_check`), every change has its
//! audit event and no audit event is without its change (stated per kind
//! below), and running the same work again finishes it without
//! duplicates.
//!
//! Each kill lands somewhere in the job's own duration, measured first on
//! the same data (a dry run, or a run on a copy), so that kills fall
//! before, inside and after the commits.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::harness::*;

/// Starts `cmd`, kills it with SIGKILL after `delay` if it is still
/// running; whether it was killed.
fn kill_after(mut cmd: Command, delay: Duration) -> bool {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(delay);
    let killed = child.try_wait().unwrap().is_none();
    if killed {
        child.kill().unwrap(); // SIGKILL on Unix
    }
    child.wait().unwrap();
    killed
}

/// How long `cmd` takes to run to its end.
fn duration_of(mut cmd: Command) -> Duration {
    let start = Instant::now();
    let out = cmd.output().unwrap();
    assert!(
        out.status.code().is_some(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    start.elapsed()
}

/// The kill instants: `n` of them, uniform over the job's duration and a
/// little past it.
fn kill_points(seed: u64, n: usize, job: Duration) -> Vec<Duration> {
    let mut rng = Rng(seed);
    let span = u64::try_from(job.as_micros()).unwrap() * 11 / 10 + 1;
    (0..n)
        .map(|_| Duration::from_micros(rng.below(span)))
        .collect()
}

fn conn(db: &Path) -> rusqlite::Connection {
    rusqlite::Connection::open(db).unwrap()
}

fn one(db: &Path, sql: &str) -> i64 {
    conn(db).query_row(sql, [], |r| r.get(0)).unwrap()
}

fn assert_sound(db: &Path, at: &str) {
    let ok: String = conn(db)
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok", "{at}");
}

/// A pristine copy of a database that no process has open.
fn restore(from: &Path, to: &Path) {
    for suffix in ["-wal", "-shm"] {
        let mut p = to.as_os_str().to_os_string();
        p.push(suffix);
        let _ = std::fs::remove_file(p);
    }
    std::fs::copy(from, to).unwrap();
}

/// `roster doctor`'s verdict on the named checks.
fn doctor_ok(env: &Env, checks: &[&str], at: &str) {
    let r = env.run(&w("--json doctor"));
    let all = r.json();
    for name in checks {
        let c = all
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == *name)
            .unwrap();
        assert_eq!(c["ok"], true, "{at}: {c}");
    }
}

#[test]
fn an_import_killed_anywhere_leaves_every_position_with_its_event_and_finishes_once() {
    if sqlite_only("kills writers of an SQLite file and checks the file") {
        return;
    }
    const ROWS: usize = 6000;
    let env = Env::new();
    env.agency("star", "13800138000");
    let mut csv = String::from("name,permissions,description\n");
    for i in 0..ROWS {
        csv.push_str(&format!("p{i:05},agency.data,row {i}\n"));
    }
    let file = env.write_file("positions.csv", &csv);
    let import = [
        "--org",
        "star",
        "import",
        "positions",
        &file,
        "--batch",
        "250",
    ];
    let mut dry = env.command(&import);
    dry.arg("--dry-run");
    let job = duration_of(dry);
    let mut killed = 0;
    for (i, at) in kill_points(14, 8, job).into_iter().enumerate() {
        killed += usize::from(kill_after(env.command(&import), at));
        let at = format!("kill {i} after {at:?} of {job:?}");
        assert_sound(&env.db(), &at);
        let db = env.db();
        // Each position row has its position.create event, and each
        // position.create event its row.
        let keys = "SELECT 'position:' || o.handle || '/' || p.name FROM positions p \
                    JOIN orgs o ON o.id = p.org_id";
        let events = "SELECT object FROM audit WHERE action = 'position.create'";
        let rows_without = one(
            &db,
            &format!("SELECT count(*) FROM ({keys} EXCEPT {events})"),
        );
        let events_without = one(
            &db,
            &format!("SELECT count(*) FROM ({events} EXCEPT {keys})"),
        );
        assert_eq!((rows_without, events_without), (0, 0), "{at}");
        let dup = one(
            &db,
            "SELECT (SELECT count(*) - count(DISTINCT name) FROM positions) + \
             (SELECT count(*) - count(DISTINCT object) FROM audit WHERE action = 'position.create')",
        );
        assert_eq!(dup, 0, "{at}");
        doctor_ok(
            &env,
            &["integrity", "audit_trail", "seat_counters", "row_counts"],
            &at,
        );
    }
    assert!(killed > 0, "no kill landed inside the import ({job:?})");
    // Run again: it finishes the job, and nothing is there twice.
    let r = env.run(&import);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let db = env.db();
    assert_eq!(one(&db, "SELECT count(*) FROM positions"), ROWS as i64);
    assert_eq!(
        one(
            &db,
            "SELECT count(*) FROM audit WHERE action = 'position.create'"
        ),
        ROWS as i64
    );
    let again = env.ok(&import);
    assert_eq!(again["unchanged"], ROWS, "{again}");
    assert_eq!(env.run(&w("doctor")).code, 0);
}

#[test]
fn a_sweep_killed_anywhere_expires_each_invitation_once_with_its_event() {
    if sqlite_only("kills writers of an SQLite file and checks the file") {
        return;
    }
    const INVITES: usize = 3000;
    let env = Env::new();
    std::fs::create_dir_all(env.path("xdg/roster")).unwrap();
    std::fs::write(
        env.path("xdg/roster/config.toml"),
        "[policy.quota]\nblack-diamond-2 = 10000\n",
    )
    .unwrap();
    env.acme_with_invitations(INVITES);
    let pristine = env.path("pristine.db");
    assert!(!env.path("roster.db-wal").exists());
    std::fs::copy(env.db(), &pristine).unwrap();
    // Three days on: every invitation is past its 48 hours (PA-2).
    let later = "2026-02-16T09:00:00+08:00";
    let sweep = |dry: bool| {
        let mut c = env.command(&["--now", later, "sweep"]);
        if dry {
            c.arg("--dry-run");
        }
        c
    };
    let job = duration_of(sweep(true));
    let mut killed = 0;
    for (i, at) in kill_points(1414, 7, job).into_iter().enumerate() {
        restore(&pristine, &env.db());
        killed += usize::from(kill_after(sweep(false), at));
        let at = format!("kill {i} after {at:?} of {job:?}");
        let db = env.db();
        assert_sound(&db, &at);
        // An expired invitation has exactly one expiry event, one still
        // invited has none, and every authorisation its invite event.
        let mismatched = one(
            &db,
            "SELECT count(*) FROM authorizations t WHERE (t.status = 'expired') <> EXISTS \
             (SELECT 1 FROM audit a WHERE a.action = 'auth.invitation-expired' \
              AND a.object = 'douyin:' || t.douyin_id)",
        );
        let dup = one(
            &db,
            "SELECT count(*) - count(DISTINCT object) FROM audit \
             WHERE action = 'auth.invitation-expired'",
        );
        let expired = one(
            &db,
            "SELECT count(*) FROM authorizations WHERE status = 'expired'",
        );
        assert_eq!((mismatched, dup), (0, 0), "{at}");
        // One transaction per kind: all of them or none.
        assert!(expired == 0 || expired == INVITES as i64, "{at}: {expired}");
        doctor_ok(&env, &["integrity", "audit_trail", "seat_counters"], &at);
        // Run again: it finishes, and expires nothing twice.
        let r = env.run(&["--json", "--now", later, "sweep"]);
        assert_eq!(r.code, 0, "{at}: {}", r.stderr);
        assert_eq!(
            r.json()["invitations_expired"],
            INVITES as i64 - expired,
            "{at}"
        );
        assert_eq!(
            one(
                &db,
                "SELECT count(*) FROM audit WHERE action = 'auth.invitation-expired'"
            ),
            INVITES as i64,
            "{at}"
        );
        doctor_ok(&env, &["seat_counters", "audit_trail"], &at);
    }
    assert!(killed > 0, "no kill landed inside the sweep ({job:?})");
}

/// A database at schema version 9 (before 0010 rebuilt the authorisations
/// table), built from the migration files themselves, holding `n` ended
/// authorisations of one enterprise, each with its invite event.
fn schema_9_database(path: &Path, n: usize) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "sql"))
        .collect();
    files.sort();
    let c = conn(path);
    c.pragma_update(None, "journal_mode", "WAL").unwrap();
    let tx = c.unchecked_transaction().unwrap();
    for f in &files[..9] {
        tx.execute_batch(&std::fs::read_to_string(f).unwrap())
            .unwrap();
    }
    tx.pragma_update(None, "user_version", 9).unwrap();
    tx.execute_batch(&format!(
        "INSERT INTO orgs (handle, kind, name, created_at, uscc, legal_rep_id, level, verified_at) \
         VALUES ('acme', 'enterprise', 'Acme', '2026-01-01T00:00:00Z', '{USCC_A}', '{ID_A}', \
                 'black-diamond-2', '2026-01-01T00:00:00Z'); \
         INSERT INTO audit (at, actor, action, object) \
         VALUES ('2026-01-01T00:00:00Z', 't', 'org.create', 'org:acme'); \
         WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < {n}) \
         INSERT INTO authorizations (org_id, douyin_id, status, modules, invited_at, \
             invite_expires_at, holder_name, holder_id, ended_at, end_reason, created_at, updated_at) \
         SELECT 1, 'dy_' || i, 'ended', 'backend.video', '2026-01-01T00:00:00Z', \
             '2026-01-03T00:00:00Z', 'Holder ' || i, '{ID_B}', '2026-01-05T00:00:00Z', 'ended', \
             '2026-01-01T00:00:00Z', '2026-01-05T00:00:00Z' FROM s; \
         INSERT INTO audit (at, actor, action, object) \
         SELECT '2026-01-01T00:00:00Z', 't', 'auth.invite', 'douyin:' || douyin_id \
         FROM authorizations;"
    ))
    .unwrap();
    tx.commit().unwrap();
    c.pragma_update(None, "wal_checkpoint", "TRUNCATE").ok();
    drop(c);
}

#[test]
fn a_migration_killed_anywhere_is_all_or_nothing_and_finishes_once() {
    if sqlite_only("SQLite migrations and their file") {
        return;
    }
    const ROWS: usize = 20_000;
    let env = Env::new();
    let pristine = env.path("v9.db");
    schema_9_database(&pristine, ROWS);
    restore(&pristine, &env.db());
    let job = duration_of(env.command(&["init"]));
    // Every migration since 9, in one transaction: 0010 rebuilds the
    // table, 0011 seals the 20,000 holders' identity numbers.
    let latest = one(&env.db(), "PRAGMA user_version");
    assert!(latest >= 11, "{latest}");
    let mut killed = 0;
    for (i, at) in kill_points(141_414, 7, job).into_iter().enumerate() {
        restore(&pristine, &env.db());
        killed += usize::from(kill_after(env.command(&["init"]), at));
        let at = format!("kill {i} after {at:?} of {job:?}");
        let db = env.db();
        assert_sound(&db, &at);
        // Version 9 with the old table, or the latest with the new one and
        // every number sealed: never half of it.
        let version = one(&db, "PRAGMA user_version");
        let leftover = one(
            &db,
            "SELECT count(*) FROM sqlite_schema WHERE name = 'authorizations_new'",
        );
        assert!(version == 9 || version == latest, "{at}: {version}");
        assert_eq!(leftover, 0, "{at}");
        // Every row is there once, each with its invite event, and no
        // invite event without its row.
        assert_eq!(
            one(&db, "SELECT count(DISTINCT douyin_id) FROM authorizations"),
            ROWS as i64,
            "{at}"
        );
        assert_eq!(
            one(&db, "SELECT count(*) FROM authorizations"),
            ROWS as i64,
            "{at}"
        );
        let gaps = one(
            &db,
            "SELECT (SELECT count(*) FROM authorizations t WHERE NOT EXISTS \
               (SELECT 1 FROM audit a WHERE a.action = 'auth.invite' AND a.object = 'douyin:' || t.douyin_id)) \
             + (SELECT count(*) FROM audit a WHERE a.action = 'auth.invite' AND NOT EXISTS \
               (SELECT 1 FROM authorizations t WHERE t.douyin_id = substr(a.object, 8)))",
        );
        assert_eq!(gaps, 0, "{at}");
        // Run again: the migration completes once.
        let v = env.ok(&["init"]);
        assert_eq!(v["schema_version"], latest, "{at}");
        assert_eq!(
            one(&db, "SELECT count(*) FROM authorizations"),
            ROWS as i64,
            "{at}"
        );
        doctor_ok(
            &env,
            &[
                "integrity",
                "schema_version",
                "audit_trail",
                "seat_counters",
                "clear_identity_numbers",
            ],
            &at,
        );
    }
    assert!(killed > 0, "no kill landed inside the migration ({job:?})");
}
