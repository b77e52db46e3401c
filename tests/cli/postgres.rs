//! Issue 15: what `--db` selects, and the refusals that need no server.

use crate::harness::*;

#[test]
fn an_unreachable_server_is_db_unreachable_and_never_shows_the_password() {
    let env = Env::new();
    let key = env.path("k.key").display().to_string();
    let r = env.run(&[
        "--json",
        "--db",
        "postgres://ops:s3cret-pw@localhost/roster?host=/nonexistent/socket/dir",
        "--key-file",
        &key,
        "org",
        "list",
    ]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(r.error()["code"], "DB_UNREACHABLE", "{}", r.stderr);
    assert!(r.stderr.contains("postgres://ops@"), "{}", r.stderr);
    assert!(!r.stderr.contains("s3cret-pw"), "{}", r.stderr);
    assert!(r.stdout.is_empty());
    // Nothing was created where an SQLite file would have been.
    assert!(!env.db().exists());
}

#[test]
fn a_malformed_url_is_invalid_db_url() {
    let env = Env::new();
    let key = env.path("k.key").display().to_string();
    let r = env.run(&[
        "--json",
        "--db",
        "postgres://ops@localhost:notaport/roster",
        "--key-file",
        &key,
        "org",
        "list",
    ]);
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert_eq!(r.error()["code"], "INVALID_DB_URL", "{}", r.stderr);
    assert_eq!(r.error()["details"]["field"], "--db", "{}", r.stderr);
}

#[test]
fn a_postgres_database_needs_its_key_named() {
    let env = Env::new();
    let mut c = env.command(&["--json", "org", "list"]);
    c.env(
        "ROSTER_DB",
        "postgres://ops@localhost/roster?host=/nonexistent",
    )
    .env_remove("ROSTER_KEY_FILE");
    let r = env.run_cmd(c, None);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("--key-file"), "{}", r.stderr);
}

/// `backup` and `doctor` are tools for the SQLite file (exit 2 on
/// PostgreSQL, naming the server's own tools).
#[test]
fn backup_and_doctor_say_they_are_for_the_file() {
    let env = Env::new();
    if !on_postgres() {
        return;
    }
    env.ok(&w("init"));
    for args in [vec!["doctor"], vec!["backup", "copy.db"]] {
        let r = env.run(&args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains("pg_dump"), "{}", r.stderr);
    }
    assert!(!env.path("copy.db").exists());
}

#[test]
fn a_sqlite_url_is_a_file() {
    let env = Env::new();
    let file = env.path("via-url.db");
    let url = format!("sqlite:{}", file.display());
    let key = env.path("via-url.key").display().to_string();
    env.ok(&["--db", &url, "--key-file", &key, "init"]);
    assert!(file.exists());
}
