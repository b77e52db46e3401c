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

/// Rows of one import batch read what earlier rows of the same batch
/// wrote, on either engine. On PostgreSQL the lookups a batch's rules make
/// by Douyin id are read ahead in one query each and kept for the
/// transaction; a row's own writes, and a failed row's rollback, must make
/// the later rows read the database as it now stands (PA-4, PA-8, EN-4).
#[test]
fn rows_of_one_batch_see_what_earlier_rows_wrote() {
    for mode in [None, Some("--all-or-nothing"), Some("--dry-run")] {
        let env = crate::auth::acme();
        crate::auth::beta(&env);
        env.ok(&w("identity xingtu dy_x --on"));
        let file = env.write_file(
            "a.csv",
            "org,douyin_id,modules\n\
             acme,dy_1,backend.video\n\
             beta,dy_1,backend.video\n\
             acme,dy_1,backend.video\n\
             acme,dy_x,backend.video\n\
             acme,dy_2,backend.nonsense\n\
             acme,DY_2,backend.video\n\
             beta,dy_2,backend.video\n\
             beta,dy_3,backend.live\n",
        );
        let mut args = vec![
            "--json",
            "import",
            "authorizations",
            file.as_str(),
            "--agree",
        ];
        args.extend(mode);
        let r = env.run(&args);
        let v = r.json();
        let failed: Vec<(u64, String)> = v["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["line"].as_u64().unwrap(),
                    e["code"].as_str().unwrap().into(),
                )
            })
            .collect();
        assert_eq!(
            failed,
            [
                (3, "BOUND_TO_OTHER_ENTERPRISE".to_string()),
                (5, "XINGTU_EXCLUSIVE".into()),
                (6, "UNKNOWN_PERMISSION".into()),
                (8, "BOUND_TO_OTHER_ENTERPRISE".into()),
            ],
            "{mode:?}: {v}"
        );
        crate::bulk::assert_counts(&v, 8, 3, 0, 1, 4);
        let landed = mode.is_none();
        assert_eq!(v["landed"], landed, "{mode:?}: {v}");
        let org_of = |id: &str| {
            let r = env.run(&["--json", "auth", "show", id]);
            (r.code == 0).then(|| r.json()["org"].as_str().unwrap().to_string())
        };
        if landed {
            assert_eq!(org_of("dy_1").as_deref(), Some("acme"));
            assert_eq!(org_of("dy_2").as_deref(), Some("acme"));
            assert_eq!(org_of("dy_3").as_deref(), Some("beta"));
            assert_eq!(env.audit_count("auth.invite"), 3);
        } else {
            assert_eq!(org_of("dy_1"), None, "{mode:?}");
            assert_eq!(env.audit_count("auth.invite"), 0);
        }
    }
}

/// Writes queued on PostgreSQL go to the server as literals: text with
/// quotes, backslashes and characters beyond ASCII reads back exactly, in
/// the row and in its audit event, on either engine.
#[test]
fn text_written_with_quotes_and_backslashes_reads_back_exactly() {
    let env = Env::new();
    let name = "O'Brien \\ 北京'; DROP TABLE audit; -- 🙂 \\x00ff";
    env.ok(&[
        "org",
        "create",
        "enterprise",
        "quoted",
        "--name",
        name,
        "--uscc",
        "91350100M000100Y43",
        "--legal-rep-name",
        "Li'Lei",
        "--legal-rep-id",
        "11010519491231002X",
    ]);
    assert_eq!(env.ok(&w("org show quoted"))["name"], name);
    let events = env.audit(&["--action", "org.create"]);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0]["after"]["name"], name, "{events:?}");
    assert_eq!(env.audit_count("org.create"), 1);
}
