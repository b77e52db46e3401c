//! EA-7, EA-12 and PII-1 through the binary: penalties, the creator-marketplace
//! identity, and identity numbers masked everywhere unless revealed.

use super::*;

// ---------------------------------------------------------------------------
// EA-7 / EA-12: identities
// ---------------------------------------------------------------------------

#[test]
fn ea7_penalize_until_a_bare_date_ends_at_midnight_shanghai() {
    let mut env = Env::new();
    let v = env.ok(&w(&format!(
        "identity penalize {ID_A} --kind ban --until 2026-03-01"
    )));
    assert_eq!(v["id_number"], "110***********002X");
    assert_eq!(v["penalized"], true);
    assert_eq!(v["penalties"][0]["kind"], "ban");
    assert_eq!(v["penalties"][0]["since"], NOW_UTC);
    // 2026-03-01 23:59:59 in Asia/Shanghai (UTC+8), stored in UTC.
    assert_eq!(v["penalties"][0]["until"], "2026-03-01T15:59:59Z");
    env.now = "2026-03-01T23:59:58+08:00".into();
    assert_eq!(env.ok(&["identity", "show", ID_A])["penalized"], true);
    env.now = "2026-03-02T00:00:00+08:00".into();
    let v = env.ok(&["identity", "show", ID_A]);
    assert_eq!(v["penalized"], false);
    assert_eq!(v["penalties"][0]["in_force"], false);
}

#[test]
fn ea7_penalize_with_an_rfc3339_until_is_stored_in_utc() {
    let env = Env::new();
    let v = env.ok(&w(&format!(
        "identity penalize {ID_A} --kind live-restricted --until 2026-02-20T08:00:00+08:00"
    )));
    assert_eq!(v["penalties"][0]["until"], "2026-02-20T00:00:00Z");
    // The same penalty again is unchanged; a new end updates it in place.
    env.ok(&w(&format!(
        "identity penalize {ID_A} --kind live-restricted --until 2026-02-20T00:00:00Z"
    )));
    assert_eq!(env.audit_count("identity.penalize"), 1);
    let v = env.ok(&w(&format!(
        "identity penalize {ID_A} --kind live-restricted --until 2026-02-21"
    )));
    assert_eq!(v["penalties"].as_array().unwrap().len(), 1);
    assert_eq!(env.audit_count("identity.penalize"), 2);
}

#[test]
fn ea7_clear_ends_every_penalty_in_force() {
    let env = Env::new();
    env.ok(&["identity", "penalize", ID_A, "--kind", "ban"]);
    env.ok(&w(&format!(
        "identity penalize {ID_A} --kind posting-restricted --until 2026-06-01"
    )));
    let v = env.ok(&["identity", "show", ID_A]);
    assert_eq!(v["penalized"], true);
    assert_eq!(v["penalties"].as_array().unwrap().len(), 2);
    let v = env.ok(&["identity", "clear", ID_A]);
    assert_eq!(v["penalized"], false);
    assert_eq!(v["penalties"][0]["cleared_at"], NOW_UTC);
    assert_eq!(env.ok(&["identity", "show", ID_A])["penalized"], false);
    // Clearing again changes nothing.
    env.ok(&["identity", "clear", ID_A]);
    let ev = env.audit(&["--action", "identity.clear"]);
    assert_eq!(ev.len(), 1);
    assert_eq!(ev[0]["object"], "identity:110***********002X#1");
    assert_eq!(ev[0]["before"]["penalized"], true);
    assert_eq!(ev[0]["after"]["penalized"], false);
}

#[test]
fn ea7_show_an_identity_without_penalties() {
    let env = Env::new();
    env.ok(&w("init"));
    let v = env.ok(&["identity", "show", ID_B]);
    assert_eq!(v["penalized"], false);
    assert_eq!(v["penalties"], serde_json::json!([]));
}

#[test]
fn ea7_penalize_until_in_the_past_is_invalid() {
    let env = Env::new();
    env.ok(&["init"]);
    for until in [
        "2026-02-12",
        "2026-02-13T09:00:00+08:00",
        "2025-01-01T00:00:00Z",
    ] {
        let e = env.fail(
            5,
            &[
                "identity", "penalize", ID_A, "--kind", "ban", "--until", until,
            ],
        );
        assert_error_fields(&e);
        assert_eq!(e["code"], "INVALID_INSTANT", "{until}");
        assert!(msg(&e).contains("--until"), "{e}");
    }
    let e = env.fail(
        5,
        &[
            "identity", "penalize", ID_A, "--kind", "ban", "--until", "soon",
        ],
    );
    assert_eq!(e["code"], "INVALID_INSTANT");
    let e = env.fail(5, &["identity", "penalize", ID_A, "--kind", "jail"]);
    assert!(msg(&e).contains("posting-restricted"), "{e}");
}

#[test]
fn ea7_invalid_identity_number_is_invalid_and_not_echoed() {
    let env = Env::new();
    env.ok(&["init"]);
    for bad in [
        "110105194912310021",
        "11010519491331002X",
        "1101051949123100",
        "A1010519491231002X",
    ] {
        for verb in ["penalize", "show", "clear"] {
            let mut args = vec!["identity", verb, bad];
            if verb == "penalize" {
                args.extend(["--kind", "ban"]);
            }
            let e = env.fail(5, &args);
            assert_error_fields(&e);
            assert_eq!(e["code"], "INVALID_ID_NUMBER", "{bad} {verb}");
            assert!(!msg(&e).contains(bad), "{e}");
            let r = env.run(&args);
            assert!(!r.stderr.contains(bad), "table mode: {}", r.stderr);
        }
    }
}

#[test]
fn ea12_xingtu_on_off_and_show() {
    let env = Env::new();
    env.ok(&w("init"));
    let v = env.ok(&w("identity xingtu dy_lilei"));
    assert_eq!(v["douyin_id"], "dy_lilei");
    assert_eq!(v["xingtu"], false);
    let v = env.ok(&w("identity xingtu DY_LiLei --on"));
    assert_eq!(v["douyin_id"], "dy_lilei");
    assert_eq!(v["xingtu"], true);
    assert_eq!(v["since"], NOW_UTC);
    assert_eq!(env.ok(&w("identity xingtu dy_lilei"))["xingtu"], true);
    env.ok(&w("identity xingtu dy_lilei --on"));
    assert_eq!(env.audit_count("identity.xingtu-on"), 1);
    let v = env.ok(&w("identity xingtu dy_lilei --off"));
    assert_eq!(v["xingtu"], false);
    let ev = env.audit(&["--object", "douyin:dy_lilei"]);
    let actions: Vec<&str> = ev.iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(actions, ["identity.xingtu-on", "identity.xingtu-off"]);
}

#[test]
fn ea12_xingtu_refusals() {
    let env = Env::new();
    env.ok(&["init"]);
    let e = env.fail(5, &["identity", "xingtu", "bad id!", "--on"]);
    assert_eq!(e["code"], "INVALID_DOUYIN_ID");
    let r = env.run(&w("identity xingtu dy_lilei --on --off"));
    assert_eq!(r.code, 2, "{}", r.stderr);
}

// ---------------------------------------------------------------------------
// PII-1
// ---------------------------------------------------------------------------

/// Runs `args` in every output format and asserts that neither stdout nor
/// stderr holds the full identity number.
fn assert_never_shows(env: &Env, full: &str, args: &[&str]) {
    for fmt in ["table", "json", "jsonl", "csv"] {
        let mut a = vec!["--format", fmt];
        a.extend_from_slice(args);
        let r = env.run(&a);
        assert!(
            !r.stdout.contains(full) && !r.stderr.contains(full),
            "roster {a:?} showed the identity number:\nstdout: {}\nstderr: {}",
            r.stdout,
            r.stderr
        );
    }
}

#[test]
fn pii1_identity_number_never_shown_in_any_format() {
    let env = Env::new();
    let create = [
        "org",
        "create",
        "enterprise",
        "acme",
        "--name",
        "Acme Ltd",
        "--uscc",
        USCC_A,
        "--legal-rep-name",
        "Li Lei",
        "--legal-rep-id",
        ID_A,
    ];
    // Creating (then re-running the create) in every format.
    assert_never_shows(&env, ID_A, &create);
    let lower = ID_A.to_ascii_lowercase();
    let scripts: Vec<Vec<&str>> = vec![
        w("org show acme"),
        w("org list"),
        w("org verify acme"),
        w("org level acme gold"),
        w("org tools acme --grant live.card"),
        vec![
            "identity",
            "penalize",
            ID_A,
            "--kind",
            "ban",
            "--until",
            "2026-03-01",
        ],
        vec!["identity", "show", ID_A],
        vec!["identity", "show", lower.as_str()],
        vec!["identity", "clear", ID_A],
        // Refusals that involve the number.
        vec![
            "identity",
            "penalize",
            ID_A,
            "--kind",
            "ban",
            "--until",
            "2020-01-01",
        ],
        vec!["identity", "penalize", ID_A, "--kind", "jail"],
        vec![
            "org",
            "create",
            "enterprise",
            "acme",
            "--name",
            "Other",
            "--uscc",
            USCC_A,
            "--legal-rep-name",
            "Li",
            "--legal-rep-id",
            ID_A,
        ],
        vec![
            "org",
            "create",
            "enterprise",
            "beta",
            "--name",
            "Beta",
            "--uscc",
            "91350100M000100Y44",
            "--legal-rep-name",
            "Li",
            "--legal-rep-id",
            ID_A,
        ],
        vec!["audit", "--object", ID_A],
        w("audit"),
        w("config show"),
    ];
    for s in &scripts {
        assert_never_shows(&env, ID_A, s);
    }
    let r = env.run(&w("audit --format jsonl"));
    assert!(r.stdout.lines().count() >= 6, "{}", r.stdout);
    assert!(!r.stdout.contains(ID_A));
    assert!(r.stdout.contains("110***********002X"));
}

#[test]
fn pii1_audit_object_of_an_identity_is_masked_and_found_by_the_full_number() {
    let env = Env::new();
    env.ok(&["identity", "penalize", ID_A, "--kind", "ban"]);
    let ev = env.audit(&["--object", ID_A]);
    assert_eq!(ev.len(), 1);
    assert_eq!(ev[0]["object"], "identity:110***********002X#1");
    assert_eq!(ev[0]["before"]["id_number"], "110***********002X");
    assert_eq!(ev[0]["after"]["id_number"], "110***********002X");
    assert_eq!(
        env.audit(&["--object", &format!("identity:{ID_A}")]).len(),
        1
    );
}

#[test]
fn pii1_reveal_shows_the_number_and_is_audited_masked() {
    let env = Env::new();
    env.enterprise("acme");
    let v = env.ok(&w("--reveal-pii org show acme"));
    assert_eq!(v["legal_rep_id"], ID_A);
    let v = env.ok(&["--reveal-pii", "identity", "show", ID_A]);
    assert_eq!(v["id_number"], ID_A);
    let ev = env.audit(&["--action", "pii.reveal"]);
    assert_eq!(ev.len(), 2);
    assert_eq!(ev[0]["actor"], "tester");
    assert_eq!(ev[0]["at"], NOW_UTC);
    let first = ev[0]["after"]["command"].as_str().unwrap();
    assert!(first.contains("org show acme"), "{first}");
    let second = ev[1]["after"]["command"].as_str().unwrap();
    assert!(
        second.contains("identity show 110***********002X"),
        "{second}"
    );
    let r = env.run(&w("audit --format jsonl"));
    assert!(!r.stdout.contains(ID_A), "{}", r.stdout);
    // Without the flag, masked again.
    assert_eq!(
        env.ok(&w("org show acme"))["legal_rep_id"],
        "110***********002X"
    );
}

#[test]
fn pii1_reveal_masks_the_number_given_as_flag_equals_value() {
    let env = Env::new();
    let arg = format!("--legal-rep-id={ID_A}");
    env.ok(&[
        "--reveal-pii",
        "org",
        "create",
        "enterprise",
        "acme",
        "--name",
        "Acme",
        "--uscc",
        USCC_A,
        "--legal-rep-name",
        "Li",
        &arg,
    ]);
    let ev = env.audit(&["--action", "pii.reveal"]);
    let cmd = ev[0]["after"]["command"].as_str().unwrap();
    assert!(cmd.contains("--legal-rep-id=110***********002X"), "{cmd}");
    assert!(!env.run(&w("audit --format csv")).stdout.contains(ID_A));
}

#[test]
fn pii1_usage_error_does_not_echo_the_identity_number() {
    let env = Env::new();
    // The flag name forgotten: the number becomes an unexpected argument.
    let r = env.run(&w(&format!(
        "org create enterprise acme --name Acme --uscc {USCC_A} --legal-rep-name Li {ID_A}"
    )));
    assert_eq!(r.code, 2);
    assert!(!r.stderr.contains(ID_A), "{}", r.stderr);
}

#[test]
fn pii1_reveal_is_recorded_before_the_command_reads() {
    let env = Env::new();
    env.enterprise("acme");
    let r = env.run(&w("--json --reveal-pii org show nope"));
    assert_eq!(r.code, 3);
    assert_eq!(r.error()["code"], "ORG_NOT_FOUND");
    let reveals = env.audit(&["--action", "pii.reveal"]);
    assert_eq!(reveals.len(), 1, "asking is recorded, whatever follows");
}

#[test]
fn pii1_reveal_on_a_missing_database_creates_nothing() {
    let env = Env::new();
    let e = env.fail(3, &w("--reveal-pii org list"));
    assert_eq!(e["code"], "DB_NOT_FOUND");
    assert!(!env.db().exists());
}

#[test]
fn pii1_reveal_event_masks_an_identity_object_key_on_the_line() {
    let env = Env::new();
    env.ok(&["identity", "penalize", ID_A, "--kind", "ban"]);
    // `audit --help` asks for the full number after `identity:`.
    let key = format!("identity:{ID_A}");
    let ev = env.ok(&["--reveal-pii", "audit", "--object", &key]);
    assert_eq!(ev.as_array().unwrap().len(), 1);
    env.ok(&["--reveal-pii", "audit", &format!("--object={key}")]);
    let r = env.run(&w("audit --format jsonl --action pii.reveal"));
    assert_eq!(r.stdout.lines().count(), 2);
    assert!(!r.stdout.contains(ID_A), "{}", r.stdout);
}

#[test]
fn au1_identity_audit_key_tells_apart_people_with_the_same_mask() {
    let env = Env::new();
    // Both mask to 110***********002X.
    let other = "11010519900103002X";
    env.ok(&["identity", "penalize", other, "--kind", "ban"]);
    assert!(
        env.audit(&["--object", ID_A]).is_empty(),
        "ID_A's history shows the other person's penalty"
    );
}
