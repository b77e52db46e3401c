//! Output formats, the config file and the fixed clock (docs/commands.md, TM-1).

use super::*;

// ---------------------------------------------------------------------------
// Output formats
// ---------------------------------------------------------------------------

#[test]
fn out_csv_org_list_has_a_header_row() {
    let env = Env::new();
    env.enterprise("acme");
    env.agency("star", "13800138000");
    let r = env.run(&w("org list --format csv"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rows = csv_rows(&r.stdout);
    assert_eq!(rows.len(), 3, "{}", r.stdout);
    for f in [
        "handle",
        "kind",
        "name",
        "verified",
        "level",
        "quota_used",
        "quota_limit",
    ] {
        assert!(
            rows[0].iter().any(|h| h == f),
            "{f} not in header {:?}",
            rows[0]
        );
    }
    let handle = rows[0].iter().position(|h| h == "handle").unwrap();
    assert_eq!(rows[1][handle], "acme");
    assert_eq!(rows[2][handle], "star");
}

/// The header line of a table as printed: its cells, trimmed.
fn table_header(stdout: &str) -> Vec<String> {
    stdout
        .lines()
        .find(|l| l.contains('│') || l.contains('|'))
        .unwrap_or_else(|| panic!("no table header in:\n{stdout}"))
        .split(['│', '┆', '|'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn out_empty_listing_in_a_table_is_its_header_row() {
    let env = Env::new();
    env.ok(&["init"]);
    let r = env.run(&w("org list"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        table_header(&r.stdout),
        [
            "handle",
            "kind",
            "name",
            "verified",
            "level",
            "quota_used",
            "quota_limit"
        ]
    );
    // A header and no rows.
    assert!(!r.stdout.contains("enterprise"), "{}", r.stdout);
    env.enterprise("acme");
    let r = env.run(&w("--org acme employee list"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        table_header(&r.stdout),
        [
            "org",
            "email",
            "status",
            "holder_name",
            "position",
            "department",
            "activated"
        ]
    );
    // A listing whose table shows every field: the view's fields.
    let r = env.run(&w("--org acme department list"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let header = table_header(&r.stdout);
    assert!(
        ["org", "path", "parent"]
            .iter()
            .all(|f| header.iter().any(|h| h == f)),
        "{header:?}"
    );
    // --quiet still prints nothing.
    let r = env.run(&w("-q org list --kind agency"));
    assert_eq!((r.code, r.stdout.as_str()), (0, ""));
}

#[test]
fn out_empty_listing_is_an_empty_array_in_json_nothing_in_jsonl_a_header_in_csv() {
    let env = Env::new();
    env.ok(&["init"]);
    for cmd in ["org list", "employee list"] {
        let r = env.run(&w(&format!("--format json {cmd}")));
        assert_eq!(
            (r.code, r.stdout.as_str()),
            (0, "[]\n"),
            "{cmd}: {}",
            r.stderr
        );
        let r = env.run(&w(&format!("--format jsonl {cmd}")));
        assert_eq!((r.code, r.stdout.as_str()), (0, ""), "{cmd}: {}", r.stderr);
        let r = env.run(&w(&format!("--format csv {cmd}")));
        assert_eq!(r.code, 0, "{cmd}: {}", r.stderr);
        assert_eq!(r.stdout.lines().count(), 1, "{cmd}: {}", r.stdout);
    }
    let r = env.run(&w("--format csv org list"));
    assert!(r.stdout.starts_with("handle,kind,name,"), "{}", r.stdout);
}

#[test]
fn out_quiet_prints_nothing_on_success_but_still_reports_errors() {
    let env = Env::new();
    for args in [
        w("--quiet init"),
        w("-q org create agency star --name Star --main-phone 13800138000"),
        w("--quiet --json org show star"),
        w("--quiet org list --format csv"),
        w("--quiet audit --format jsonl"),
        w("-q config show"),
    ] {
        let r = env.run(&args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
        assert!(r.stdout.is_empty(), "{args:?}: {}", r.stdout);
        assert!(r.stderr.is_empty(), "{args:?}: {}", r.stderr);
    }
    assert_eq!(env.audit_count("org.create"), 1);
    let r = env.run(&w("--quiet org show nope"));
    assert_eq!(r.code, 3);
    assert!(r.stdout.is_empty());
    assert!(r.stderr.contains("ORG_NOT_FOUND"), "{}", r.stderr);
}

#[test]
fn out_json_flag_equals_format_json() {
    let env = Env::new();
    env.enterprise("acme");
    env.agency("star", "13800138000");
    for args in [
        w("org list"),
        w("org show acme"),
        w("audit"),
        w("config show"),
    ] {
        let mut a = vec!["--json"];
        a.extend_from_slice(&args);
        let mut b = vec!["--format", "json"];
        b.extend_from_slice(&args);
        let (a, b) = (env.run(&a), env.run(&b));
        assert_eq!(a.code, 0);
        assert_eq!(a.stdout, b.stdout, "{args:?}");
        a.json();
    }
}

#[test]
fn out_roster_format_env_selects_jsonl() {
    let env = Env::new();
    env.enterprise("acme");
    env.agency("star", "13800138000");
    let r = env.run_env(&w("org list"), &[("ROSTER_FORMAT", "jsonl")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{}", r.stdout);
    for l in lines {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        assert!(v["handle"].is_string());
    }
    // One object is one line too.
    let r = env.run_env(&w("org show acme"), &[("ROSTER_FORMAT", "jsonl")]);
    assert_eq!(r.stdout.lines().count(), 1, "{}", r.stdout);
    // Errors in jsonl mode are the JSON envelope.
    let r = env.run_env(&w("org show nope"), &[("ROSTER_FORMAT", "jsonl")]);
    assert_eq!(r.code, 3);
    assert_eq!(r.error()["code"], "ORG_NOT_FOUND");
}

#[test]
fn out_invalid_format_is_a_usage_error() {
    let env = Env::new();
    let r = env.run(&w("--format xml org list"));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stdout.is_empty());
    assert!(r.stderr.contains("xml"), "{}", r.stderr);
    let r = env.run_env(&w("org list"), &[("ROSTER_FORMAT", "yaml")]);
    assert_eq!(r.code, 2, "{}", r.stderr);
}

#[test]
fn out_table_errors_are_one_readable_line_with_the_rule() {
    let env = Env::new();
    env.agency("star", "13800138000");
    let r = env.run(&w("org verify star"));
    assert_eq!(r.code, 4);
    assert!(r.stdout.is_empty());
    let first = r.stderr.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("error[NOT_AN_ENTERPRISE]:"),
        "{}",
        r.stderr
    );
    assert!(first.contains("EN-2"), "{}", r.stderr);
    let r = env.run(&w("org show star"));
    assert!(
        r.stdout.contains("star") && r.stdout.contains("agency"),
        "{}",
        r.stdout
    );
}

// ---------------------------------------------------------------------------
// Config
// ---------------------------------------------------------------------------

#[test]
fn config_show_has_the_default_policy() {
    let env = Env::new();
    let v = env.ok(&w("config show"));
    assert_eq!(v["policy"]["invite_ttl_hours"], 48);
    assert_eq!(v["policy"]["quota"]["gold"], 50);
    assert_eq!(v["policy"]["quota"]["bronze"], 5);
    assert_eq!(v["policy"]["quota"]["black-diamond-2"], 1000);
    assert_eq!(v["policy"]["min_app_version"], "20.7");
    assert_eq!(v["calendar"]["last_year"], 2026);
    assert_eq!(v["config_file"], serde_json::Value::Null);
}

#[test]
fn config_file_overrides_values() {
    let env = Env::new();
    let cfg = env.write_file(
        "roster.toml",
        "[policy]\ninvite_ttl_hours = 24\nmin_app_version = \"21.0\"\n[policy.quota]\ngold = 60\n",
    );
    let v = env.ok(&["--config", &cfg, "config", "show"]);
    assert_eq!(v["policy"]["invite_ttl_hours"], 24);
    assert_eq!(v["policy"]["quota"]["gold"], 60);
    assert_eq!(v["policy"]["quota"]["silver"], 5);
    assert_eq!(v["policy"]["min_app_version"], "21.0");
    assert_eq!(v["config_file"], cfg.as_str());
    // The quota in force is the configured one.
    env.enterprise("acme");
    let v = env.ok(&["--config", &cfg, "org", "level", "acme", "gold"]);
    assert_eq!(v["quota_limit"], 60);
    // ROSTER_CONFIG works as well.
    let r = env.run_env(&w("--json config show"), &[("ROSTER_CONFIG", &cfg)]);
    assert_eq!(r.json()["policy"]["quota"]["gold"], 60);
}

#[test]
fn config_in_xdg_config_home_is_picked_up() {
    let env = Env::new();
    std::fs::create_dir_all(env.path("xdg/roster")).unwrap();
    env.write_file(
        "xdg/roster/config.toml",
        "[policy]\ninvite_ttl_hours = 12\n",
    );
    assert_eq!(env.ok(&w("config show"))["policy"]["invite_ttl_hours"], 12);
}

#[test]
fn config_unknown_key_is_invalid_and_named() {
    let env = Env::new();
    let cfg = env.write_file("roster.toml", "[policy]\ninvite_ttl_hour = 24\n");
    let e = env.fail(5, &["--config", &cfg, "config", "show"]);
    assert_error_fields(&e);
    assert_eq!(e["code"], "INVALID_CONFIG");
    assert!(msg(&e).contains("invite_ttl_hour"), "{e}");
    let cfg = env.write_file("zero.toml", "[policy]\ninvite_ttl_hours = 0\n");
    let e = env.fail(5, &["--config", &cfg, "config", "show"]);
    assert!(msg(&e).contains("invite_ttl_hours"), "{e}");
    let missing = env.path("missing.toml").display().to_string();
    let e = env.fail(5, &["--config", &missing, "config", "show"]);
    assert!(msg(&e).contains("cannot read"), "{e}");
}

// ---------------------------------------------------------------------------
// TM-1: --now
// ---------------------------------------------------------------------------

#[test]
fn tm1_invalid_roster_now_is_invalid_input_naming_now() {
    let env = Env::new();
    let r = env.run_env(&w("--json org list"), &[("ROSTER_NOW", "yesterday")]);
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert!(r.stdout.is_empty());
    let e = r.error();
    assert_eq!(e["code"], "INVALID_INSTANT");
    assert!(msg(&e).contains("--now"), "{e}");
    let r = env.run(&w("--now 2026-13-01T00:00:00Z org list"));
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert!(r.stderr.contains("--now"), "{}", r.stderr);
}

#[test]
fn tm1_created_at_is_the_fixed_now_in_utc() {
    let env = Env::new();
    let v = env.agency("star", "13800138000");
    assert_eq!(v["created_at"], NOW_UTC);
    // --now on the line wins over ROSTER_NOW.
    let v = env.ok(&w(
        "--now 2026-02-14T23:30:00-05:00 org create agency moon --name M --main-phone 13700137000",
    ));
    assert_eq!(v["created_at"], "2026-02-15T04:30:00Z");
    assert_eq!(
        env.audit(&["--object", "org:moon"])[0]["at"],
        "2026-02-15T04:30:00Z"
    );
}

#[test]
fn out_csv_quotes_cells_with_commas_and_quotes() {
    let env = Env::new();
    env.ok(&[
        "org",
        "create",
        "agency",
        "star",
        "--name",
        "Star, \"the best\" MCN",
        "--main-phone",
        "13800138000",
    ]);
    let r = env.run(&w("org show star --format csv"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rows = csv_rows(&r.stdout);
    assert_eq!(rows.len(), 2, "{}", r.stdout);
    let name = rows[0].iter().position(|h| h == "name").unwrap();
    assert_eq!(rows[1][name], "Star, \"the best\" MCN");
}

#[test]
fn an_unusable_database_path_is_an_io_error() {
    let env = Env::new();
    let r = env.run(&w("--json --db no/such/dir/roster.db init"));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stdout.is_empty());
    let e = r.error();
    assert_eq!(e["code"], "INTERNAL");
    assert!(msg(&e).contains("no/such/dir/roster.db"), "{e}");
}
