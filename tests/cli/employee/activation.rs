use super::*;

// ---------------------------------------------------------------------------
// EA-6: activation
// ---------------------------------------------------------------------------

#[test]
fn ea6_activation_sets_activated_and_twice_is_unchanged() {
    let env = acme();
    active(&env, "li@acme.cn", "Li", ID1);
    let v = ok(&env, &activate_args("li@acme.cn", ID1, "20.7"));
    assert_employee_fields(&v);
    assert_eq!(v["status"], "active");
    assert_eq!(v["activated"], true);
    assert_eq!(v["aux_phone"], "13800138000");
    assert_eq!(show(&env, "li@acme.cn")["activated"], true);
    // A retried activation changes nothing (issue 12).
    let events = env.audit(&[]).len();
    let again = ok(&env, &activate_args("li@acme.cn", ID1, "20.7"));
    assert_eq!(again["activated"], true);
    assert_eq!(env.audit(&[]).len(), events);
}

#[test]
fn ea6_app_older_than_20_7_is_too_old() {
    let env = acme();
    active(&env, "li@acme.cn", "Li", ID1);
    let err = fail(&env, 4, &activate_args("li@acme.cn", ID1, "20.6"));
    assert_err(&err, "APP_TOO_OLD", "EA-6");
    assert!(err["hint"].as_str().unwrap().contains("20.7"), "{err}");
    assert_eq!(show(&env, "li@acme.cn")["activated"], false);
}

#[test]
fn ea6_app_version_compares_numerically() {
    let env = acme();
    active(&env, "li@acme.cn", "Li", ID1);
    // "20.10" < "20.7" as text, but 10 > 7.
    let v = ok(&env, &activate_args("li@acme.cn", ID1, "20.10"));
    assert_eq!(v["activated"], true);
}

#[test]
fn ea6_malformed_app_version_is_invalid_input_naming_the_field() {
    let env = acme();
    active(&env, "li@acme.cn", "Li", ID1);
    for bad in ["latest", "20..7", "20.7-beta", "", "v"] {
        let err = fail(&env, 5, &activate_args("li@acme.cn", ID1, bad));
        assert_err(&err, "APP_VERSION_INVALID", "EA-6");
        assert_eq!(err["details"]["field"], "--app-version", "{bad:?}: {err}");
    }
    // Input is checked before the account is looked up.
    let err = fail(&env, 5, &activate_args("nobody@acme.cn", ID1, "latest"));
    assert_eq!(err["code"], "APP_VERSION_INVALID", "{err}");
    assert_eq!(show(&env, "li@acme.cn")["activated"], false);
}

#[test]
fn ea6_web_is_not_supported() {
    let env = acme();
    active(&env, "li@acme.cn", "Li", ID1);
    let err = fail(&env, 4, &activate_args("li@acme.cn", ID1, "web"));
    assert_err(&err, "WEB_NOT_SUPPORTED", "EA-6");
}

#[test]
fn ea6_face_of_someone_else_mismatches() {
    let env = acme();
    active(&env, "li@acme.cn", "Li", ID1);
    let err = fail(&env, 4, &activate_args("li@acme.cn", ID2, "20.7"));
    assert_err(&err, "FACE_MISMATCH", "EA-6");
    let msg = err["message"].as_str().unwrap();
    assert!(msg.contains(&masked(ID2)), "{msg}");
}

#[test]
fn ea6_invalid_aux_phone_is_invalid_input() {
    let env = acme();
    active(&env, "li@acme.cn", "Li", ID1);
    for bad in ["1380013800", "23800138000", "phone"] {
        let err = fail(
            &env,
            5,
            &e(&[
                "activate",
                "li@acme.cn",
                "--face-id-number",
                ID1,
                "--aux-phone",
                bad,
                "--app-version",
                "20.7",
            ]),
        );
        assert_err(&err, "INVALID_PHONE", "EA-6");
    }
}

#[test]
fn ea6_new_password_equal_to_the_initial_one_is_refused() {
    let env = acme();
    let pw = "Initial2026pass";
    let v = ok_in(
        &env,
        &[
            apply_args("li@acme.cn", "Li", ID1),
            vec!["--password-stdin"],
        ]
        .concat(),
        Some(&format!("{pw}\n")),
    );
    // A chosen password is not echoed.
    assert!(v.get("initial_password").is_none(), "{v}");
    approve(&env, "li@acme.cn");
    let mut args = activate_args("li@acme.cn", ID1, "20.7");
    args.push("--new-password-stdin");
    let before = env.fingerprint();
    let r = env.run_in(
        &[vec!["--json"], args.clone()].concat(),
        Some(&format!("{pw}\n")),
    );
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(r.stdout.is_empty());
    assert_err(&r.error(), "PASSWORD_UNCHANGED", "EA-6");
    assert_eq!(before, env.fingerprint());
    let v = ok_in(&env, &args, Some("Changed2026pass\n"));
    assert_eq!(v["activated"], true);
    assert!(v.get("initial_password").is_none(), "{v}");
}

// ---------------------------------------------------------------------------
// PII-1: the initial password is shown once, never stored in clear
// ---------------------------------------------------------------------------

#[test]
fn pii1_initial_password_is_in_the_apply_json_only() {
    let env = acme();
    let v = apply(&env, "li@acme.cn", "Li", ID1);
    let pw = v["initial_password"].as_str().expect("initial_password");
    assert_eq!(pw.chars().count(), 16, "{pw}");
    let s = show(&env, "li@acme.cn");
    assert!(s.get("initial_password").is_none(), "{s}");
    let list = ok(&env, &w("--org acme employee list"));
    assert!(!list.to_string().contains(pw));
    let r = env.run(&["employee", "show", "li@acme.cn"]);
    assert!(!r.stdout.contains(pw) && !r.stderr.contains(pw));
}

#[test]
fn pii1_initial_password_goes_to_stderr_in_table_mode() {
    let env = acme();
    let r = env.run(&apply_args("li@acme.cn", "Li", ID1));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let line = r
        .stderr
        .lines()
        .find(|l| l.contains("initial password"))
        .unwrap_or_else(|| panic!("no password on stderr: {}", r.stderr));
    let pw = line.rsplit(' ').next().unwrap().trim();
    assert_eq!(pw.chars().count(), 16, "{line}");
    assert!(!r.stdout.contains(pw), "the password went to stdout");
    assert!(r.stdout.contains("li@acme.cn"), "{}", r.stdout);
}

#[test]
fn pii1_password_is_never_in_the_audit_log_or_the_database_file() {
    let env = acme();
    let v = apply(&env, "li@acme.cn", "Li", ID1);
    let initial = v["initial_password"].as_str().unwrap().to_string();
    let chosen = "Chosen2026pass";
    ok_in(
        &env,
        &[
            apply_args("wang@acme.cn", "Wang", ID2),
            vec!["--password-stdin"],
        ]
        .concat(),
        Some(&format!("{chosen}\n")),
    );
    approve(&env, "wang@acme.cn");
    let new = "Renewed2026pass";
    let mut args = activate_args("wang@acme.cn", ID2, "20.7");
    args.push("--new-password-stdin");
    ok_in(&env, &args, Some(&format!("{new}\n")));
    let audit = env.run(&w("audit --format jsonl"));
    assert_eq!(audit.code, 0);
    for pw in [initial.as_str(), chosen, new] {
        assert!(!audit.stdout.contains(pw), "audit holds {pw}");
        for f in ["roster.db", "roster.db-wal"] {
            let p = env.path(f);
            if !p.exists() {
                continue;
            }
            let bytes = std::fs::read(&p).unwrap();
            assert!(
                !bytes.windows(pw.len()).any(|b| b == pw.as_bytes()),
                "{f} holds the password {pw} in clear"
            );
        }
    }
}

#[test]
fn pii1_quiet_json_apply_still_shows_the_generated_password_once() {
    let env = acme();
    let mut args = vec!["--json", "-q"];
    args.extend(apply_args("li@acme.cn", "Li", ID1));
    let r = env.run(&args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // Shown nowhere, stored only hashed: nobody can ever log in with it.
    assert!(
        r.stdout.contains("initial_password") || r.stderr.contains("initial password"),
        "the generated password was never shown: stdout {:?} stderr {:?}",
        r.stdout,
        r.stderr
    );
}
