//! Process-level behaviour: concurrent first runs and writers, the busy
//! timeout (exit 7), the database file's mode and version guard, broken
//! pipes, shell completions and `--help` of every command.

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use crate::harness::*;

/// Starts `roster args` without waiting, stdout and stderr piped.
fn spawn(env: &Env, args: &[&str]) -> Child {
    env.command(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Waits for every child; returns (exit code, stdout, stderr) of each.
fn wait_all(children: Vec<Child>) -> Vec<(i32, String, String)> {
    children
        .into_iter()
        .map(|c| {
            let out = c.wait_with_output().unwrap();
            (
                out.status.code().unwrap_or(-1),
                String::from_utf8_lossy(&out.stdout).into_owned(),
                String::from_utf8_lossy(&out.stderr).into_owned(),
            )
        })
        .collect()
}

/// The schema version a fresh database gets: one per migration file.
fn latest_schema() -> i64 {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    let n = std::fs::read_dir(dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "sql")
        })
        .count();
    i64::try_from(n).unwrap()
}

fn user_version(env: &Env) -> i64 {
    env.sql().schema_version()
}

#[test]
fn concurrent_first_inits_all_succeed_with_the_latest_schema() {
    // A few rounds, each on a fresh file: the race is at creation.
    for _ in 0..3 {
        let env = Env::new();
        let children: Vec<Child> = (0..6).map(|_| spawn(&env, &["--json", "init"])).collect();
        for (code, stdout, stderr) in wait_all(children) {
            assert_eq!(code, 0, "stdout: {stdout}\nstderr: {stderr}");
            let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
            assert_eq!(v["schema_version"], latest_schema());
        }
        assert_eq!(user_version(&env), latest_schema());
        assert_eq!(env.ok(&["init"])["schema_version"], latest_schema());
    }
}

#[test]
fn concurrent_org_creates_on_a_fresh_file_all_land() {
    let env = Env::new();
    let handles: Vec<String> = (0..6).map(|i| format!("agency{i}")).collect();
    let phones: Vec<String> = (0..6).map(|i| format!("1380013800{i}")).collect();
    let children: Vec<Child> = handles
        .iter()
        .zip(&phones)
        .map(|(h, p)| {
            spawn(
                &env,
                &[
                    "--json",
                    "org",
                    "create",
                    "agency",
                    h,
                    "--name",
                    "Agency",
                    "--main-phone",
                    p,
                ],
            )
        })
        .collect();
    for (code, stdout, stderr) in wait_all(children) {
        assert_eq!(code, 0, "stdout: {stdout}\nstderr: {stderr}");
    }
    let list = env.ok(&["org", "list"]);
    let mut got: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["handle"].as_str().unwrap())
        .collect();
    got.sort_unstable();
    assert_eq!(got, handles);
    assert_eq!(env.audit_count("org.create"), 6);
    assert_eq!(user_version(&env), latest_schema());
}

#[test]
fn concurrent_identical_creates_land_once() {
    let env = Env::new();
    env.ok(&["init"]);
    let args = [
        "--json",
        "org",
        "create",
        "agency",
        "star",
        "--name",
        "Star",
        "--main-phone",
        "13800138000",
    ];
    let children: Vec<Child> = (0..6).map(|_| spawn(&env, &args)).collect();
    for (code, stdout, stderr) in wait_all(children) {
        assert_eq!(code, 0, "stdout: {stdout}\nstderr: {stderr}");
    }
    assert_eq!(env.audit_count("org.create"), 1);
}

#[test]
fn concurrent_creates_with_one_main_phone_let_exactly_one_through() {
    let env = Env::new();
    env.ok(&["init"]);
    let handles: Vec<String> = (0..6).map(|i| format!("agency{i}")).collect();
    let children: Vec<Child> = handles
        .iter()
        .map(|h| {
            spawn(
                &env,
                &[
                    "--json",
                    "org",
                    "create",
                    "agency",
                    h,
                    "--name",
                    "A",
                    "--main-phone",
                    "13800138000",
                ],
            )
        })
        .collect();
    let results = wait_all(children);
    let won = results.iter().filter(|r| r.0 == 0).count();
    assert_eq!(won, 1, "{results:?}");
    for (code, _, stderr) in results.iter().filter(|r| r.0 != 0) {
        assert_eq!(*code, 4, "{stderr}");
        assert!(stderr.contains("MAIN_PHONE_TAKEN"), "{stderr}");
    }
    assert_eq!(env.ok(&["org", "list"]).as_array().unwrap().len(), 1);
    assert_eq!(env.audit_count("org.create"), 1);
}

#[test]
fn busy_database_exits_7_after_the_timeout() {
    let env = Env::new();
    env.ok(&["init"]);
    let mut conn = env.sql();
    conn.hold_write_lock();
    let create = [
        "--json",
        "--busy-timeout",
        "200",
        "org",
        "create",
        "agency",
        "star",
        "--name",
        "Star",
        "--main-phone",
        "13800138000",
    ];
    let start = Instant::now();
    let r = env.run(&create);
    let waited = start.elapsed();
    assert_eq!(r.code, 7, "stdout: {}\nstderr: {}", r.stdout, r.stderr);
    assert!(r.stdout.is_empty(), "{}", r.stdout);
    let e = r.error();
    assert_eq!(e["code"], "DATABASE_BUSY");
    assert_eq!(e["details"]["waited_ms"], 200);
    assert!(
        waited >= Duration::from_millis(190),
        "gave up after {waited:?}"
    );
    // The environment variable sets the same timeout.
    let r = env.run_env(&create[3..], &[("ROSTER_BUSY_TIMEOUT_MS", "50")]);
    assert_eq!(r.code, 7, "{}", r.stderr);
    assert!(r.stderr.starts_with("error[DATABASE_BUSY]"), "{}", r.stderr);
    // Readers are not blocked by a writer (WAL).
    assert_eq!(env.ok(&["org", "list"]), serde_json::json!([]));
    conn.release();
    let r = env.run(&create);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(env.audit_count("org.create"), 1);
}

#[cfg(unix)]
#[test]
fn pii1_a_new_database_file_is_owner_only() {
    if sqlite_only("the mode of the SQLite file") {
        return;
    }
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    env.ok(&["init"]);
    let mode = std::fs::metadata(env.db()).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "mode {:o}", mode & 0o777);
    // Also when the first command is a write.
    let env = Env::new();
    env.agency("star", "13800138000");
    let mode = std::fs::metadata(env.db()).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "mode {:o}", mode & 0o777);
}

#[test]
fn a_database_from_a_newer_roster_is_refused_and_left_untouched() {
    let env = Env::new();
    env.agency("star", "13800138000");
    env.sql().set_schema_version(99);
    let before = env.fingerprint();
    // On SQLite, not a byte of the file changes either.
    let file = (!on_postgres()).then(|| std::fs::read(env.db()).unwrap());
    for args in [
        vec!["init"],
        vec!["org", "list"],
        vec![
            "org",
            "create",
            "agency",
            "moon",
            "--name",
            "M",
            "--main-phone",
            "13700137000",
        ],
    ] {
        let r = env.run(&args);
        assert_ne!(r.code, 0, "{args:?}");
        assert!(r.stdout.is_empty(), "{}", r.stdout);
        assert!(r.stderr.contains("newer roster"), "{args:?}: {}", r.stderr);
    }
    assert_eq!(env.fingerprint(), before, "the database changed");
    if let Some(file) = file {
        assert_eq!(std::fs::read(env.db()).unwrap(), file, "the file changed");
    }
    assert_eq!(user_version(&env), 99);
}

/// Multiplies the audit log (each doubling copies every row) so that the
/// output is far larger than a pipe's buffer.
fn big_audit_log(env: &Env) {
    env.enterprise("acme");
    env.agency("star", "13800138000");
    let mut conn = env.sql();
    for _ in 0..10 {
        conn.exec(
            "INSERT INTO audit (at, actor, action, object, before, after) \
             SELECT at, actor, action, object, before, after FROM audit",
        );
    }
}

#[test]
fn a_reader_that_stops_early_is_no_error() {
    let env = Env::new();
    big_audit_log(&env);
    for format in ["jsonl", "json", "csv", "table"] {
        let mut child = spawn(&env, &["audit", "--format", format]);
        {
            let mut out = BufReader::new(child.stdout.take().unwrap());
            let mut line = String::new();
            out.read_line(&mut line).unwrap();
            assert!(!line.is_empty(), "{format}: no output");
            // Dropping the reader closes the pipe.
        }
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{format}: {:?}\nstderr: {stderr}",
            out.status
        );
        assert!(stderr.is_empty(), "{format}: {stderr}");
    }
}

#[test]
fn completions_match_the_committed_files() {
    let env = Env::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for (shell, file) in [
        ("bash", "completions/roster.bash"),
        ("zsh", "completions/_roster"),
        ("fish", "completions/roster.fish"),
        ("elvish", "completions/roster.elv"),
        ("powershell", "completions/_roster.ps1"),
    ] {
        let r = env.run(&["completions", shell]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(r.stdout.contains("roster"), "{shell}");
        let committed = std::fs::read_to_string(root.join(file))
            .unwrap_or_else(|e| panic!("{file} ({e}); generate it with scripts/completions.sh"));
        assert_eq!(
            r.stdout, committed,
            "{file} is stale; regenerate it with scripts/completions.sh"
        );
    }
}

#[test]
fn completions_for_every_shell_clap_knows() {
    let env = Env::new();
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let r = env.run(&["completions", shell]);
        assert_eq!(r.code, 0, "{shell}: {}", r.stderr);
        assert!(!r.stdout.is_empty(), "{shell}");
    }
    assert_eq!(env.run(&["completions", "tcsh"]).code, 2);
}

/// The subcommand names listed under "Commands:" in a help text.
fn subcommands(help: &str) -> Vec<String> {
    help.lines()
        .skip_while(|l| l.trim() != "Commands:")
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .filter_map(|l| l.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(str::to_string)
        .collect()
}

/// Every command path under `roster`, with its help text: (path, help, is a group).
fn command_tree(env: &Env) -> Vec<(Vec<String>, String, bool)> {
    let mut out = Vec::new();
    let mut todo: Vec<Vec<String>> = vec![vec![]];
    while let Some(path) = todo.pop() {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let r = env.run(&args);
        assert_eq!(r.code, 0, "roster {args:?}: {}", r.stderr);
        assert!(r.stderr.is_empty(), "roster {args:?}: {}", r.stderr);
        let subs = subcommands(&r.stdout);
        for s in &subs {
            let mut p = path.clone();
            p.push(s.clone());
            todo.push(p);
        }
        out.push((path, r.stdout, !subs.is_empty()));
    }
    out
}

#[test]
fn help_of_every_command_exits_0_and_leaves_have_an_example() {
    let env = Env::new();
    let tree = command_tree(&env);
    let paths: Vec<String> = tree.iter().map(|(p, _, _)| p.join(" ")).collect();
    for expected in [
        "init",
        "org create enterprise",
        "org create agency",
        "org create shop",
        "org verify",
        "org level",
        "org tools",
        "org show",
        "org list",
        "position create",
        "position edit",
        "position delete",
        "position show",
        "position list",
        "position catalogue",
        "department create",
        "department rename",
        "department move",
        "department delete",
        "department list",
        "identity penalize",
        "identity clear",
        "identity show",
        "identity xingtu",
        "audit",
        "config show",
        "calendar show",
        "calendar check",
        "completions",
    ] {
        assert!(
            paths.iter().any(|p| p == expected),
            "`roster {expected}` is missing from {paths:?}"
        );
    }
    for (path, help, group) in &tree {
        if !group || path.is_empty() {
            assert!(
                help.contains("Example"),
                "`roster {} --help` has no example:\n{help}",
                path.join(" ")
            );
        }
    }
    // The shorthand -h works as well.
    assert_eq!(env.run(&["org", "show", "-h"]).code, 0);
}

#[test]
fn help_of_every_command_group_has_an_example() {
    let env = Env::new();
    let missing: Vec<String> = command_tree(&env)
        .into_iter()
        .filter(|(_, help, _)| !help.contains("Example"))
        .map(|(p, _, _)| p.join(" "))
        .collect();
    assert!(missing.is_empty(), "no example in the help of: {missing:?}");
}

#[test]
fn no_or_unknown_subcommand_is_a_usage_error() {
    let env = Env::new();
    for args in [
        vec![],
        vec!["frobnicate"],
        vec!["org", "frobnicate"],
        vec!["org", "show"],
    ] {
        let r = env.run(&args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stdout.is_empty(), "{args:?}: {}", r.stdout);
    }
    let r = env.run(&["--version"]);
    assert_eq!(r.code, 0);
    assert!(r.stdout.starts_with("roster "), "{}", r.stdout);
}

/// EN-4, PA-7: a count-then-write rule stays exact under concurrency: 20
/// processes invite 20 accounts into an enterprise with 10 seats at once;
/// exactly 10 land (each with its event), the other 10 are refused with
/// QUOTA_EXCEEDED (each row's error; exit 6), and the seat counter agrees with the rows.
#[test]
fn en4_twenty_concurrent_invitations_for_ten_seats_land_exactly_ten() {
    let env = Env::new();
    env.acme_with_sales();
    let cfg = env.write_file("roster.toml", "[policy.quota]\nbronze = 10\n");
    let children: Vec<Child> = (0..20)
        .map(|i| {
            let dy = format!("dy_race{i:02}");
            spawn(
                &env,
                &[
                    "--json",
                    "--config",
                    &cfg,
                    "--org",
                    "acme",
                    "auth",
                    "invite",
                    &dy,
                    "--modules",
                    "backend.video",
                    "--agree",
                ],
            )
        })
        .collect();
    let results = wait_all(children);
    let landed = results.iter().filter(|r| r.0 == 0).count();
    assert_eq!(landed, 10, "{results:?}");
    // `auth invite` is a batch verb: the row says why, exit 6.
    for (code, stdout, stderr) in results.iter().filter(|r| r.0 != 0) {
        assert_eq!(*code, 6, "{stderr}");
        assert!(stdout.contains("QUOTA_EXCEEDED"), "{stdout}");
    }
    assert_eq!(env.audit_count("auth.invite"), 10);
    let show = env.ok(&["--config", &cfg, "org", "show", "acme"]);
    assert_eq!(show["quota_used"], 10, "{show}");
    assert_eq!(show["quota_limit"], 10, "{show}");
}
