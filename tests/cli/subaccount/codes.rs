use super::*;

// ---------------------------------------------------------------------------
// VC-1: verification codes
// ---------------------------------------------------------------------------

#[test]
fn vc1_code_issue_prints_six_digits_valid_five_minutes() {
    let env = star();
    let v = env.ok(&o(AG, &["code", "issue", "--phone", P1]));
    assert_eq!(v["org"], AG);
    assert_eq!(v["target"], P1);
    assert_eq!(v["issued_at"], NOW_UTC);
    assert_eq!(v["expires_at"], "2026-02-13T01:05:00Z");
    assert_eq!(v["tries"], 0);
    assert_eq!(v["used"], false);
    assert_eq!(v["void"], false);
    let code = v["code"].as_str().unwrap();
    assert!(code.len() == 6 && code.chars().all(|c| c.is_ascii_digit()));
    // Audited without the digits; stored only as a hash.
    let ev = &env.audit(&["--action", "code.issue"])[0];
    assert_eq!(ev["object"], format!("code:{AG}/{P1}"));
    assert!(ev["after"].get("code").is_none(), "{ev}");
    let hash = env.sql().texts("SELECT code_hash FROM codes").remove(0);
    assert_ne!(hash, code);
    assert!(hash.len() > 20, "{hash}");
}

#[test]
fn vc1_code_in_table_mode_goes_to_stderr() {
    let env = star();
    let r = env.run(&o(AG, &["code", "issue", "--phone", P1]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let line = r
        .stderr
        .lines()
        .find(|l| l.starts_with("verification code for"))
        .unwrap_or_else(|| panic!("no code on stderr: {}", r.stderr));
    assert!(line.contains(P1), "{line}");
    let digits = line.rsplit(": ").next().unwrap().trim().to_string();
    assert_eq!(digits.len(), 6, "{line}");
    assert!(digits.chars().all(|c| c.is_ascii_digit()), "{line}");
    // The code printed works.
    env.ok(&add_args(AG, P1, &digits, "Zhang", "运营"));
    // --quiet: nothing on stdout, the code still reaches the person.
    let r = env.run(&o(AG, &["-q", "code", "issue", "--phone", P2]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.trim().is_empty(), "{}", r.stdout);
    assert!(r.stderr.contains(P2), "{}", r.stderr);
}

#[test]
fn vc1_code_issue_for_an_invalid_phone_or_email_is_invalid() {
    let env = star();
    for bad in ["1380013800", "12800138000", "phone"] {
        let err = env.fail(5, &o(AG, &["code", "issue", "--phone", bad]));
        assert_eq!(err["code"], "INVALID_PHONE", "{err}");
    }
    for bad in ["no-at-sign", "a@@b.cn"] {
        let err = env.fail(5, &o(AG, &["code", "issue", "--email", bad]));
        assert_eq!(err["code"], "INVALID_EMAIL", "{err}");
    }
}

#[test]
fn vc1_code_issue_in_an_enterprise_is_refused() {
    let env = Env::new();
    env.enterprise("acme");
    let err = env.fail(4, &o("acme", &["code", "issue", "--phone", P1]));
    assert_eq!(err["code"], "NOT_AN_AGENCY_OR_SHOP", "{err}");
}

#[test]
fn vc1_code_at_4_59_works_and_at_5_00_is_expired() {
    let mut env = star();
    let c1 = issue(&env, AG, P1);
    let c2 = issue(&env, AG, P2);
    env.now = "2026-02-13T09:04:59+08:00".into();
    let v = env.ok(&add_args(AG, P1, &c1, "Zhang", "运营"));
    assert_eq!(v["status"], "enabled");
    env.now = "2026-02-13T09:05:00+08:00".into();
    let err = env.fail(4, &add_args(AG, P2, &c2, "Li", "运营"));
    assert_err(&err, "CODE_EXPIRED", "VC-1");
    assert!(
        err["hint"].as_str().unwrap().contains("code issue"),
        "{err}"
    );
}

#[test]
fn vc1_used_code_is_code_used() {
    let env = star();
    let c = issue(&env, AG, P1);
    env.ok(&add_args(AG, P1, &c, "Zhang", "运营"));
    env.ok1(&o(AG, &["subaccount", "delete", P1]));
    let err = env.fail(4, &add_args(AG, P1, &c, "Zhang", "运营"));
    assert_err(&err, "CODE_USED", "VC-1");
}

#[test]
fn vc1_no_code_issued_is_code_not_issued() {
    let env = star();
    let err = env.fail(4, &add_args(AG, P1, "123456", "Zhang", "运营"));
    assert_err(&err, "CODE_NOT_ISSUED", "VC-1");
}

#[test]
fn vc1_code_of_one_org_does_not_work_in_another() {
    let env = star();
    moon(&env);
    let c = issue(&env, AG, P1);
    let err = env.fail(4, &add_args(AG2, P1, &c, "Zhang", "运营"));
    assert_err(&err, "CODE_NOT_ISSUED", "VC-1");
    // Still good where it was issued.
    env.ok(&add_args(AG, P1, &c, "Zhang", "运营"));
}

#[test]
fn vc1_code_of_one_target_does_not_work_for_another() {
    let env = star();
    let c = issue(&env, AG, P1);
    let err = env.fail(4, &add_args(AG, P2, &c, "Li", "运营"));
    assert_err(&err, "CODE_NOT_ISSUED", "VC-1");
}

#[test]
fn vc1_wrong_try_is_counted_and_audited_though_refused() {
    let env = star();
    let c = issue(&env, AG, P1);
    let before = env.fingerprint();
    let r = run_json(&env, &add_args(AG, P1, &wrong(&c), "Zhang", "运营"), None);
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(r.stdout.trim().is_empty(), "{}", r.stdout);
    let err = r.error();
    assert_err(&err, "CODE_WRONG", "VC-1");
    assert_eq!(err["details"]["tries_left"], 4, "{err}");
    assert_ne!(before, env.fingerprint(), "the wrong try was not recorded");
    let ev = env.audit(&["--action", "code.wrong-try"]);
    assert_eq!(ev.len(), 1);
    assert_eq!(ev[0]["after"]["tries"], 1);
    assert_eq!(ev[0]["object"], format!("code:{AG}/{P1}"));
    // No sub-account came of it.
    let err = env.fail(3, &o(AG, &["subaccount", "show", P1]));
    assert_eq!(err["code"], "SUBACCOUNT_NOT_FOUND");
    assert_eq!(env.audit_count("subaccount.add"), 0);
}

#[test]
fn vc1_four_wrong_tries_then_the_right_one_works() {
    let env = star();
    let c = issue(&env, AG, P1);
    let bad = wrong(&c);
    for left in [4, 3, 2, 1] {
        let r = run_json(&env, &add_args(AG, P1, &bad, "Zhang", "运营"), None);
        assert_eq!(r.code, 4, "{}", r.stderr);
        let err = r.error();
        assert_err(&err, "CODE_WRONG", "VC-1");
        assert_eq!(err["details"]["tries_left"], left, "{err}");
    }
    let v = env.ok(&add_args(AG, P1, &c, "Zhang", "运营"));
    assert_eq!(v["status"], "enabled");
    assert_eq!(env.audit_count("code.wrong-try"), 4);
}

#[test]
fn vc1_fifth_wrong_try_voids_the_code() {
    let env = star();
    let c = issue(&env, AG, P1);
    let bad = wrong(&c);
    for _ in 0..5 {
        let r = run_json(&env, &add_args(AG, P1, &bad, "Zhang", "运营"), None);
        assert_eq!(r.code, 4, "{}", r.stderr);
    }
    let ev = env.audit(&["--action", "code.wrong-try"]);
    assert_eq!(ev.len(), 5);
    assert_eq!(ev[4]["after"]["tries"], 5);
    assert_eq!(ev[4]["after"]["void"], true);
    // The right digits no longer open the door, and trying is not counted.
    let err = env.fail(4, &add_args(AG, P1, &c, "Zhang", "运营"));
    assert_err(&err, "CODE_VOID", "VC-1");
    assert!(
        err["hint"].as_str().unwrap().contains("code issue"),
        "{err}"
    );
    // A new code does.
    add(&env, AG, P1, "Zhang", "运营");
}

#[test]
fn vc1_fifth_wrong_try_answers_code_void() {
    let env = star();
    let c = issue(&env, AG, P1);
    let bad = wrong(&c);
    for _ in 0..4 {
        run_json(&env, &add_args(AG, P1, &bad, "Zhang", "运营"), None);
    }
    let r = run_json(&env, &add_args(AG, P1, &bad, "Zhang", "运营"), None);
    assert_eq!(r.code, 4, "{}", r.stderr);
    let err = r.error();
    assert!(
        err["code"] == "CODE_VOID"
            || (err["code"] == "CODE_WRONG" && err["details"]["tries_left"] == 0),
        "the try that voids the code should say so: {err}"
    );
}

#[test]
fn vc1_second_issue_voids_the_first() {
    let env = star();
    let first = issue(&env, AG, P1);
    let second = issue(&env, AG, P1);
    if first != second {
        // Only the newest code of a target works.
        let r = run_json(&env, &add_args(AG, P1, &first, "Zhang", "运营"), None);
        assert_eq!(r.code, 4, "{}", r.stderr);
        assert!(
            ["CODE_WRONG", "CODE_VOID"].contains(&r.error()["code"].as_str().unwrap()),
            "{}",
            r.stderr
        );
    }
    env.ok(&add_args(AG, P1, &second, "Zhang", "运营"));
    // The first is marked void in the store.
    let voided = env.sql_i64("SELECT count(*) FROM codes WHERE voided_at IS NOT NULL");
    assert_eq!(voided, 1);
}

#[test]
fn vc1_malformed_code_is_invalid_input() {
    let env = star();
    issue(&env, AG, P1);
    for bad in ["12345", "1234567", "abcdef"] {
        let err = env.fail(5, &add_args(AG, P1, bad, "Zhang", "运营"));
        assert_eq!(err["code"], "INVALID_CODE", "{err}");
    }
}

#[test]
fn vc1_refused_add_leaves_the_code_unused() {
    let env = star();
    let c = issue(&env, AG, P1);
    // Unknown position: not found, nothing written, the code still good.
    let err = env.fail(3, &add_args(AG, P1, &c, "Zhang", "市场"));
    assert_eq!(err["code"], "POSITION_NOT_FOUND", "{err}");
    env.ok(&add_args(AG, P1, &c, "Zhang", "运营"));
}

// ---------------------------------------------------------------------------
// SW-1: the sweep purges expired codes
// ---------------------------------------------------------------------------

#[test]
fn sw1_sweep_purges_expired_codes_idempotently() {
    let mut env = star();
    issue(&env, AG, P1);
    issue(&env, AG, P2);
    env.now = "2026-02-13T09:04:59+08:00".into();
    let v = env.ok(&w("sweep"));
    assert_eq!(v["codes_purged"], 0, "{v}");
    env.now = "2026-02-13T09:05:00+08:00".into();
    let v = env.ok(&w("sweep"));
    assert_eq!(v["codes_purged"], 2, "{v}");
    assert_eq!(v["changed"], 2, "{v}");
    assert_eq!(env.audit_count("code.purge"), 2);
    let v = env.ok(&w("sweep"));
    assert_eq!(v["codes_purged"], 0, "{v}");
    assert_eq!(v["changed"], 0, "{v}");
    // VC-1: no hash of an expired code is kept (the newest code of each
    // target stays as a hashless row, so that a late try still says expired).
    let n = env.sql_i64("SELECT count(*) FROM codes WHERE code_hash <> ''");
    assert_eq!(n, 0);
}

#[test]
fn sw1_sweep_leaves_live_codes_alone() {
    let mut env = star();
    let c = issue(&env, AG, P1);
    env.now = "2026-02-13T09:04:00+08:00".into();
    let before = env.fingerprint();
    let v = env.ok(&w("sweep"));
    assert_eq!(v["changed"], 0, "{v}");
    assert_eq!(before, env.fingerprint());
    env.ok(&add_args(AG, P1, &c, "Zhang", "运营"));
}
