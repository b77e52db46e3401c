//! Issue 14, "Bounds on every input": refusals that name the field and
//! the rule, exit 5, and leave the database as it was.

use crate::harness::*;

#[test]
fn dep1_dot_and_dot_dot_are_not_department_names() {
    let env = Env::new();
    env.enterprise("acme");
    env.ok(&w("--org acme department create Sales"));
    let before = env.fingerprint();
    for path in [".", "..", "Sales/..", "Sales/./East"] {
        let r = env.run(&["--json", "--org", "acme", "department", "create", path]);
        assert_eq!(r.code, 5, "{path}: {}", r.stderr);
        let e = r.error();
        assert_eq!(e["rule"], "DEP-1", "{path}: {e}");
        assert!(
            e["message"]
                .as_str()
                .unwrap()
                .contains("a path names each level"),
            "{path}: {e}"
        );
    }
    let r = env.run(&w("--json --org acme department rename Sales .."));
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert_eq!(
        env.fingerprint(),
        before,
        "a refused command leaves no trace"
    );
}

#[test]
fn tm1_an_instant_past_the_clock_range_says_so() {
    let env = Env::new();
    for now in ["9999-12-31T23:59:59Z", "10000-01-01"] {
        let r = env.run(&["--json", "--now", now, "org", "list"]);
        assert_eq!(r.code, 5, "{now}: {}", r.stderr);
        let e = r.error();
        assert_eq!(e["code"], "INSTANT_OUT_OF_RANGE", "{now}: {e}");
        assert!(
            e["message"].as_str().unwrap().contains("supported range"),
            "{e}"
        );
    }
    let r = env.run(&w("--json --now yesterday org list"));
    assert_eq!(r.error()["code"], "INVALID_INSTANT");
}

/// PII-1: a report that already exists is replaced by a new file made 0600,
/// not truncated in place: a reader that opened the old one while it was
/// readable by others never sees the initial passwords.
#[cfg(unix)]
#[test]
fn pii1_an_existing_report_is_replaced_not_rewritten_in_place() {
    use std::io::Read;
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    env.acme_with_sales();
    let staff = env.write_file(
        "staff.csv",
        &format!(
            "email,holder_name,holder_id,position,proof\nli@acme.cn,Li Lei,{ID_A},Sales,sealed\n"
        ),
    );
    let report = env.path("staff.report.csv");
    std::fs::write(&report, "an old report\n").unwrap();
    std::fs::set_permissions(&report, std::fs::Permissions::from_mode(0o644)).unwrap();
    let mut old_reader = std::fs::File::open(&report).unwrap();
    let r = env.run(&[
        "--org",
        "acme",
        "import",
        "employees",
        &staff,
        "--agree",
        "--report",
        report.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let mut seen = String::new();
    old_reader.read_to_string(&mut seen).unwrap();
    assert_eq!(
        seen, "an old report\n",
        "the old file was rewritten in place"
    );
    let mode = std::fs::metadata(&report).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    let text = std::fs::read_to_string(&report).unwrap();
    assert!(text.contains("initial_password"), "{text}");
}

/// AU-1: an actor that would drive a terminal printing the audit log (an
/// escape sequence, NUL, a bidi control) or that has no bound is refused
/// before anything is written, from the flag and from the environment.
#[test]
fn au1_an_actor_with_control_characters_or_no_bound_is_refused() {
    let env = Env::new();
    env.enterprise("acme");
    let before = env.fingerprint();
    let long = "a".repeat(129);
    for actor in ["x\u{1b}]0;pwned\u{7}", "a\u{202E}b", long.as_str()] {
        let r = env.run(&["--json", "--actor", actor, "org", "verify", "acme"]);
        assert_eq!(r.code, 5, "{actor:?}: {}", r.stderr);
        let e = r.error();
        assert_eq!(e["code"], "INVALID_ACTOR", "{e}");
        assert_eq!(e["rule"], "AU-1", "{e}");
        assert!(!r.stderr.contains('\u{1b}'), "the error echoes the escape");
    }
    // From the environment, as cron would pass it.
    let r = env.run_env(
        &w("--json org verify acme"),
        &[("ROSTER_ACTOR", ""), ("USER", "ops\u{1b}[2J")],
    );
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert_eq!(r.error()["code"], "INVALID_ACTOR");
    assert_eq!(
        env.fingerprint(),
        before,
        "a refused command leaves no trace"
    );
    let ok = env.run(&[
        "--json",
        "--actor",
        &"a".repeat(128),
        "org",
        "verify",
        "acme",
    ]);
    assert_eq!(ok.code, 0, "{}", ok.stderr);
}

/// Anything printed as a table reaches a person: a control character in a
/// text field (stored by an older roster, before they were refused) is
/// shown escaped, never sent raw to retitle or clear the terminal; JSON
/// escapes it by its own rules. New text with one is refused at the door.
#[test]
fn a_table_never_sends_a_stored_escape_sequence_raw() {
    let env = Env::new();
    env.agency("star", "13900000001");
    let evil = "line\u{1b}]0;pwned\u{7}";
    let r = env.run(&[
        "--json",
        "--org",
        "star",
        "position",
        "create",
        "Ops",
        "--perm",
        "agency.tasks",
        "--description",
        evil,
    ]);
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert_eq!(r.error()["code"], "INVALID_TEXT");
    assert!(!r.stderr.contains('\u{1b}'), "the error echoes the escape");
    env.ok(&w("--org star position create Ops --perm agency.tasks"));
    env.sql()
        .exec_text("UPDATE positions SET description = ?1", evil);
    for args in [
        &w("--org star position list")[..],
        &w("--org star position show Ops"),
    ] {
        let out = env.run(args);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(
            !out.stdout.contains('\u{1b}'),
            "{args:?}: raw escape in\n{}",
            out.stdout
        );
        assert!(
            out.stdout.contains("\\u{1B}]0;pwned\\u{7}"),
            "{}",
            out.stdout
        );
    }
    let json = env.ok(&w("--org star position show Ops"));
    assert_eq!(json["description"], evil);
}

/// Look-alikes: a soft hyphen (U+00AD) or another default-ignorable code
/// point in an email, or a bidi override (U+202E) in a name, would make a
/// second account or object that displays exactly like the first.
#[test]
fn look_alike_emails_and_names_are_refused() {
    let env = Env::new();
    env.acme_with_sales();
    let before = env.fingerprint();
    for email in [
        "li\u{AD}@acme.cn",
        "li@acme\u{34F}.cn",
        "l\u{2066}i@acme.cn",
    ] {
        let r = env.run(&[
            "--json",
            "--org",
            "acme",
            "employee",
            "apply",
            email,
            "--name",
            "Li Lei",
            "--id-number",
            ID_B,
            "--position",
            "Sales",
            "--proof",
            "sealed",
            "--agree",
        ]);
        assert_eq!(r.code, 5, "{email:?}: {}", r.stderr);
        assert_eq!(
            r.error()["code"],
            "INVALID_EMAIL",
            "{email:?}: {}",
            r.stderr
        );
    }
    for name in ["Sa\u{202E}les", "Sa\u{AD}les", "Sa\u{2061}les"] {
        let r = env.run(&[
            "--json",
            "--org",
            "acme",
            "position",
            "create",
            name,
            "--perm",
            "backend.video",
        ]);
        assert_eq!(r.code, 5, "{name:?}: {}", r.stderr);
        let r = env.run(&["--json", "--org", "acme", "department", "create", name]);
        assert_eq!(r.code, 5, "{name:?}: {}", r.stderr);
    }
    assert_eq!(
        env.fingerprint(),
        before,
        "a refused command leaves no trace"
    );
}

/// A config or calendar file is read once and bounded (1 MiB): `/dev/zero`
/// as the config is refused at the bound, not read until memory runs out.
#[cfg(unix)]
#[test]
fn a_config_or_calendar_file_is_bounded() {
    let env = Env::new();
    for r in [
        env.run(&w("--json --config /dev/zero org list")),
        env.run_env(&w("--json org list"), &[("ROSTER_CONFIG", "/dev/zero")]),
    ] {
        assert_eq!(r.code, 5, "{}", r.stderr);
        let e = r.error();
        assert_eq!(e["code"], "INVALID_CONFIG", "{e}");
        assert!(
            e["message"]
                .as_str()
                .unwrap()
                .contains("larger than 1024 KiB"),
            "{e}"
        );
    }
    let r = env.run(&w("calendar check /dev/zero"));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("larger than 1024 KiB"), "{}", r.stderr);
}

/// Error messages, warnings and usage errors quote what was typed (a path,
/// a value clap could not place): an escape sequence in it reaches stderr
/// escaped, never raw.
#[test]
fn stderr_never_echoes_an_escape_sequence_raw() {
    let env = Env::new();
    env.ok(&w("init"));
    let evil = "x\u{1b}]0;pwned\u{7}";
    let path = format!("/nonexistent/{evil}.csv");
    for args in [
        vec!["--config", path.as_str(), "org", "list"],
        vec!["import", "positions", path.as_str()],
        vec!["--format", evil, "org", "list"],
        vec!["explain", evil],
    ] {
        let r = env.run(&args);
        assert_ne!(r.code, 0, "{args:?}");
        assert!(
            !r.stderr.contains('\u{1b}'),
            "{args:?}: raw escape in {}",
            r.stderr
        );
        assert!(
            !r.stderr.contains('\u{7}'),
            "{args:?}: raw BEL in {}",
            r.stderr
        );
        // Shown escaped where the message quotes it (clap drops it).
        if args[0] != "--format" {
            assert!(
                r.stderr.to_lowercase().contains("\\u{1b}"),
                "{args:?}: {}",
                r.stderr
            );
        }
    }
}

/// Reading an import input once, from any stream: a process substitution
/// (`<(cat f)`, a pipe under /dev/fd) is read like the file; /dev/zero is
/// refused at the cell bound instead of spinning; a header of 2.5 million
/// columns is refused at the column bound without growing memory.
#[test]
fn import_inputs_are_read_once_and_bounded() {
    let env = Env::new();
    env.agency("star", "13900000001");
    let file = env.write_file("p.csv", "name,permissions\nOps,agency.tasks\n");
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!(
            "\"$ROSTER\" --json --org star import positions <(cat '{file}')"
        ))
        .env("ROSTER", env!("CARGO_BIN_EXE_roster"))
        .envs(env.db_vars())
        .env("ROSTER_NOW", NOW)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["created"], 1, "{v}");
    let err = env.fail(5, &w("--org star import positions /dev/zero"));
    assert_eq!(err["code"], "CELL_TOO_LONG", "{err}");
    let wide: String = (0..2_500_000)
        .map(|i| format!("c{i}"))
        .collect::<Vec<_>>()
        .join(",");
    let wide = env.write_file("wide.csv", &wide);
    let err = env.fail(5, &["--org", "star", "import", "positions", &wide]);
    assert_eq!(err["code"], "TOO_MANY_COLUMNS", "{err}");
}
